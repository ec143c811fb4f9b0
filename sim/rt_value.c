/* rt_value.c - type-directed operations on Values: zero, deep copy,
 * equality (==) and hashing (map keys).
 *
 * Arrays and structs are GoArray* with value semantics: rt_zero allocates
 * them (nested aggregates too), rt_copy_value deep-copies them (fields that
 * are themselves arrays/structs); every other kind is one shared slot.
 * Equality follows the spec: floats compare numerically (NaN != NaN,
 * +0 == -0), interfaces compare dynamic types then values, and comparing two
 * interfaces holding the same uncomparable type panics with Go's
 * "runtime error: comparing uncomparable type []int".
 */
#include "rt_internal.h"
#include <math.h>
#include <string.h>

int64_t rt_wrap_int(TypeKind k, int64_t v)
{
    switch (k) {
    case T_INT8: return (int8_t)v;
    case T_INT16: return (int16_t)v;
    case T_INT32: return (int32_t)v;
    case T_UINT8: return (uint8_t)v;
    case T_UINT16: return (uint16_t)v;
    case T_UINT32: return (uint32_t)v;
    default: return v;
    }
}

Value rt_zero(Sim *s, Type *t)
{
    Value v = {0};
    if (!t) return v;
    if (t->kind == T_ARRAY) {
        GoArray *a = rt_array(s, t->len);
        if (types_is_aggregate(t->elem))
            for (int64_t i = 0; i < a->len; i++) a->v[i] = rt_zero(s, t->elem);
        v.p = a;
    } else if (t->kind == T_STRUCT) {
        GoArray *a = rt_array(s, t->nfields);
        for (int64_t i = 0; i < a->len; i++)
            if (types_is_aggregate(t->fields[i].type)) a->v[i] = rt_zero(s, t->fields[i].type);
        v.p = a;
    }
    return v;
}

Value rt_copy_value(Sim *s, Type *t, Value v)
{
    if (!t || !types_is_aggregate(t) || !v.p) return v;
    GoArray *src = v.p;
    GoArray *dst = rt_array(s, src->len);
    int64_t n = dst->len < src->len ? dst->len : src->len;
    for (int64_t i = 0; i < n; i++) {
        Type *et = t->kind == T_ARRAY ? t->elem : t->fields[i].type;
        dst->v[i] = types_is_aggregate(et) ? rt_copy_value(s, et, src->v[i]) : src->v[i];
    }
    Value r = {.p = dst};
    return r;
}

/* Type string as Go's runtime prints it ("[]int", "main.T"). */
static void uncomparable(Sim *s, G *g, Type *t, bool *panicked)
{
    char name[256], msg[300];
    types_string(t, NULL, name, sizeof name);
    snprintf(msg, sizeof msg, "comparing uncomparable type %s", name);
    if (g && !*panicked) rt_panic_runtime(s, g, msg);
    *panicked = true;
}

static bool iface_equal(Sim *s, G *g, GoIface *x, GoIface *y, bool *panicked)
{
    if (!x || !y) return x == y;
    if (x->type != y->type) return false;
    if (!types_comparable(x->type)) {
        uncomparable(s, g, x->type, panicked);
        return false;
    }
    return rt_equal(s, g, x->type, x->v, y->v, panicked);
}

bool rt_equal(Sim *s, G *g, Type *t, Value a, Value b, bool *panicked)
{
    bool dummy = false;
    if (!panicked) panicked = &dummy;
    switch (t->kind) {
    case T_FLOAT32: case T_FLOAT64: return a.f == b.f;
    case T_STRING: return rt_streq(a.p, b.p);
    case T_INTERFACE: return iface_equal(s, g, a.p, b.p, panicked);
    case T_ARRAY: {
        GoArray *x = a.p, *y = b.p;
        if (x == y) return true;
        /* Go compares element by element and stops at the first difference */
        for (int64_t i = 0; i < x->len && i < y->len; i++)
            if (!rt_equal(s, g, t->elem, x->v[i], y->v[i], panicked)) return false;
        return true;
    }
    case T_STRUCT: {
        GoArray *x = a.p, *y = b.p;
        if (x == y) return true;
        for (int i = 0; i < t->nfields; i++) {
            if (t->fields[i].name && strcmp(t->fields[i].name, "_") == 0) continue;
            if (!rt_equal(s, g, t->fields[i].type, x->v[i], y->v[i], panicked)) return false;
        }
        return true;
    }
    case T_SLICE: case T_MAP: case T_FUNC:
        /* only comparable to nil; the checker guarantees b is nil here,
         * anything else reaching us is an uncomparable interface payload */
        if (a.p && b.p) { uncomparable(s, g, t, panicked); return false; }
        return a.p == b.p;
    default: return a.u == b.u;   /* ints, bools, pointers, chans */
    }
}

/* ---- hashing ---- */

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

/* Bytes, 8 at a time (wyhash-style); the length is mixed in first so that
 * zero-padded tails of different lengths differ. */
uint64_t rt_hash_bytes(const char *p, int64_t n, uint64_t seed)
{
    uint64_t h = rt_mum(seed ^ RT_WY0, (uint64_t)n ^ RT_WY1);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = rt_mum(h ^ w, RT_WY1);
        p += 8;
        n -= 8;
    }
    if (n > 0) {                 /* 1..7 bytes, read without a memcpy call */
        uint64_t w;
        if (n >= 4) {
            uint32_t lo, hi;
            memcpy(&lo, p, 4);
            memcpy(&hi, p + n - 4, 4);            /* overlaps lo when n < 8 */
            w = (uint64_t)lo << 32 | hi;
        } else {
            w = (uint64_t)(unsigned char)p[0] << 16 | (uint64_t)(unsigned char)p[n >> 1] << 8 |
                (unsigned char)p[n - 1];
        }
        h = rt_mum(h ^ w, RT_WY2);
    }
    return rt_mum(h ^ seed, RT_WY2);
}

uint64_t rt_hash(Sim *s, Type *t, Value v, uint64_t seed)
{
    switch (t->kind) {
    case T_FLOAT32: case T_FLOAT64: {
        double f = v.f;
        if (f == 0) return mix(seed, 0);                   /* +0 and -0 */
        if (isnan(f)) return mix(seed, ++rt_state(s)->nan_seq); /* NaN != NaN: spread */
        uint64_t u;
        memcpy(&u, &f, sizeof u);
        return mix(seed, u);
    }
    case T_STRING: return rt_hash_bytes(rt_strptr(v.p), rt_strlen(v.p), seed);
    case T_INTERFACE: {
        GoIface *x = v.p;
        if (!x) return mix(seed, 0);
        return rt_hash(s, x->type, x->v, mix(seed, x->type->id + 1));
    }
    case T_ARRAY: {
        GoArray *a = v.p;
        uint64_t h = seed;
        for (int64_t i = 0; i < a->len; i++) h = rt_hash(s, t->elem, a->v[i], mix(h, (uint64_t)i));
        return h;
    }
    case T_STRUCT: {
        GoArray *a = v.p;
        uint64_t h = seed;
        for (int i = 0; i < t->nfields; i++) {
            if (t->fields[i].name && strcmp(t->fields[i].name, "_") == 0) continue;
            h = rt_hash(s, t->fields[i].type, a->v[i], mix(h, (uint64_t)i));
        }
        return h;
    }
    case T_POINTER: case T_CHAN: case T_UNSAFEPTR:
        /* host addresses change from run to run; fake ones do not, so map
         * iteration order stays a function of the seed */
        return rt_hash_word(rt_addr(s, v.p), seed);
    default: return rt_hash_word(v.u, seed);
    }
}

Type *rt_unhashable(Type *t, Value v)
{
    switch (t->kind) {
    case T_SLICE: case T_MAP: case T_FUNC: return t;
    case T_INTERFACE: {
        GoIface *x = v.p;
        return x ? rt_unhashable(x->type, x->v) : NULL;
    }
    case T_ARRAY: {
        GoArray *a = v.p;
        if (!types_comparable(t->elem)) return t;
        for (int64_t i = 0; i < a->len; i++) {
            Type *bad = rt_unhashable(t->elem, a->v[i]);
            if (bad) return bad;
        }
        return NULL;
    }
    case T_STRUCT: {
        GoArray *a = v.p;
        for (int i = 0; i < t->nfields; i++) {
            if (!types_comparable(t->fields[i].type)) return t;
            Type *bad = rt_unhashable(t->fields[i].type, a->v[i]);
            if (bad) return bad;
        }
        return NULL;
    }
    default: return NULL;
    }
}
