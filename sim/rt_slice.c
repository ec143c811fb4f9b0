/* rt_slice.c - arrays, slices, make, append and copy, with Go's sizes.
 *
 * append grows capacity exactly as Go's runtime.growslice does, so that
 * cap() prints what Go prints: the new capacity doubles below 256 elements,
 * then grows by (newcap + 3*256)/4 until it fits (Go 1.18+; Go 1.20/1.21
 * rewrote it as nextslicecap with the same results), and is then rounded up
 * to the malloc size class of newcap * sizeof(elem) (roundupsize).  The
 * element size is Go's size of the type (rt_sizeof: byte 1, int32 4,
 * string 16...), not our 8-byte slot.  Note: Go 1.22+ adds an 8-byte malloc
 * header to pointer-holding objects over 512 bytes, which changes some
 * capacities of []string/[]*T past 32 elements; we follow Go 1.19-1.21.
 */
#include "rt_internal.h"
#include <stdlib.h>
#include <string.h>

/* runtime/sizeclasses.go (Go 1.19; unchanged through 1.23) */
static const uint16_t class_to_size[] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
    240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
    1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
    4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
    28672, 32768};
#define MAX_SMALL_SIZE 32768
#define PAGE_SIZE 8192
#define MAX_ALLOC ((int64_t)1 << 48)      /* maxAlloc on linux/amd64 */

int64_t rt_roundupsize(int64_t size)
{
    if (size < MAX_SMALL_SIZE) {
        int n = (int)(sizeof class_to_size / sizeof class_to_size[0]);
        for (int i = 1; i < n; i++)
            if (class_to_size[i] >= size) return class_to_size[i];
    }
    if (size > INT64_MAX - PAGE_SIZE) return size;
    return (size + PAGE_SIZE - 1) & ~(int64_t)(PAGE_SIZE - 1);
}

static int64_t go_align(Type *t)
{
    switch (t->kind) {
    case T_BOOL: case T_INT8: case T_UINT8: return 1;
    case T_INT16: case T_UINT16: return 2;
    case T_INT32: case T_UINT32: case T_FLOAT32: return 4;
    case T_ARRAY: return t->elem ? go_align(t->elem) : 1;
    case T_STRUCT: {
        int64_t a = 1;
        for (int i = 0; i < t->nfields; i++) {
            int64_t fa = go_align(t->fields[i].type);
            if (fa > a) a = fa;
        }
        return a;
    }
    default: return 8;
    }
}

int64_t rt_sizeof(Type *t)
{
    if (!t) return 8;
    switch (t->kind) {
    case T_BOOL: case T_INT8: case T_UINT8: return 1;
    case T_INT16: case T_UINT16: return 2;
    case T_INT32: case T_UINT32: case T_FLOAT32: return 4;
    case T_STRING: case T_INTERFACE: return 16;
    case T_SLICE: return 24;
    case T_ARRAY: return t->len * rt_sizeof(t->elem);
    case T_STRUCT: {
        int64_t off = 0, last = -1;
        for (int i = 0; i < t->nfields; i++) {
            int64_t a = go_align(t->fields[i].type);
            off = (off + a - 1) / a * a;
            last = rt_sizeof(t->fields[i].type);
            off += last;
        }
        if (last == 0 && off > 0) off++;   /* no pointer past the end (cmd/compile) */
        int64_t a = go_align(t);
        return (off + a - 1) / a * a;
    }
    default: return 8;     /* ints, floats, pointers, maps, chans, funcs */
    }
}

static int64_t growcap_size(int64_t size, int64_t oldcap, int64_t newlen)
{
    int64_t newcap = oldcap, doublecap = oldcap + oldcap;
    if (newlen > doublecap) {
        newcap = newlen;
    } else if (oldcap < 256) {
        newcap = doublecap;
    } else {
        while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * 256) / 4;
        if (newcap <= 0) newcap = newlen;
    }
    if (size == 0) return newlen;          /* zero-size elements: cap = len asked */
    if (newcap > MAX_ALLOC / size) return newcap;
    return rt_roundupsize(newcap * size) / size;
}

int64_t rt_growcap(Type *elem, int64_t oldcap, int64_t newlen)
{
    return growcap_size(rt_sizeof(elem), oldcap, newlen);
}

GoArray *rt_array(Sim *s, int64_t len)
{
    if (len < 0) len = 0;
    if (len > ((int64_t)1 << 56)) len = (int64_t)1 << 56;   /* no size_t overflow: fails the cap */
    size_t want = sizeof(GoArray) + (size_t)len * sizeof(Value);
    GoArray *a = rt_alloc(s, want, OBJ_ARRAY);
    a->len = RT_TRUNCATED(a, want) ? 0 : len;
    return a;
}

GoSlice *rt_slice(Sim *s, GoArray *arr, int64_t off, int64_t len, int64_t cap)
{
    GoSlice *sl = rt_alloc(s, sizeof(GoSlice), OBJ_SLICE);
    sl->arr = arr;
    sl->off = off;
    sl->len = len;
    sl->cap = cap;
    return sl;
}

/* Fill slots [from, to) of a with zero values of elem. */
static void zero_fill(Sim *s, Type *elem, GoArray *a, int64_t from, int64_t to)
{
    if (!types_is_aggregate(elem)) return;     /* calloc'd slots are already zero */
    for (int64_t i = from; i < to && i < a->len; i++) a->v[i] = rt_zero(s, elem);
}

GoSlice *rt_make_slice(Sim *s, Type *elem, int64_t len, int64_t cap)
{
    if (cap < len) cap = len;
    GoArray *a = rt_array(s, cap);
    if (a->len < cap) cap = len = a->len;      /* out of memory: s->fatal is set */
    zero_fill(s, elem, a, 0, cap);
    return rt_slice(s, a, 0, len, cap);
}

int rt_check_make_slice(Sim *s, G *g, Type *elem, int64_t len, int64_t cap)
{
    int64_t size = rt_sizeof(elem);
    int64_t lim = size ? MAX_ALLOC / size : INT64_MAX;
    if (len < 0 || len > lim) return rt_panic_runtime(s, g, "makeslice: len out of range");
    if (cap < len || cap > lim) return rt_panic_runtime(s, g, "makeslice: cap out of range");
    return 0;
}

/* Value to store in a slot: aggregates are copied (value semantics). */
static Value store_value(Sim *s, Type *elem, Value v)
{
    return types_is_aggregate(elem) ? rt_copy_value(s, elem, v) : v;
}

/* Reallocate to hold newlen elements; copies the old ones.  esize is Go's
 * element size (rt_sizeof(elem); 1 for bytes when elem is NULL). */
static GoSlice *grow(Sim *s, Type *elem, int64_t esize, GoSlice *sl, int64_t newlen)
{
    int64_t len = rt_slen(sl);
    int64_t cap = growcap_size(esize, rt_scap(sl), newlen);
    GoArray *a = rt_array(s, cap);
    if (a->len < cap) return NULL;
    for (int64_t i = 0; i < len; i++) a->v[i] = store_value(s, elem, *rt_selem(sl, i));
    zero_fill(s, elem, a, newlen, cap);
    return rt_slice(s, a, 0, newlen, cap);
}

GoSlice *rt_append(Sim *s, Type *elem, GoSlice *sl, const Value *vals, int64_t n)
{
    if (n <= 0) return sl;
    int64_t len = rt_slen(sl), newlen = len + n;
    GoSlice *out;
    if (newlen <= rt_scap(sl)) {
        out = rt_slice(s, sl->arr, sl->off, newlen, sl->cap);
    } else {
        out = grow(s, elem, rt_sizeof(elem), sl, newlen);
        if (!out) return sl;                    /* out of memory: s->fatal is set */
    }
    /* vals may alias the slice itself (append(s, s...)): read before write
     * is safe because the destination slots lie past the old length. */
    for (int64_t i = 0; i < n; i++) *rt_selem(out, len + i) = store_value(s, elem, vals[i]);
    return out;
}

GoSlice *rt_append_string(Sim *s, Type *elem, GoSlice *sl, GoString *str)
{
    int64_t n = rt_strlen(str);
    if (n == 0) return sl;
    int64_t len = rt_slen(sl), newlen = len + n;
    GoSlice *out;
    if (newlen <= rt_scap(sl)) {
        out = rt_slice(s, sl->arr, sl->off, newlen, sl->cap);
    } else {
        out = grow(s, elem, elem ? rt_sizeof(elem) : 1, sl, newlen);
        if (!out) return sl;
    }
    for (int64_t i = 0; i < n; i++) rt_selem(out, len + i)->i = (unsigned char)str->ptr[i];
    return out;
}

int64_t rt_copy(GoSlice *dst, GoSlice *src)
{
    int64_t n = rt_slen(dst) < rt_slen(src) ? rt_slen(dst) : rt_slen(src);
    if (n > 0) memmove(rt_selem(dst, 0), rt_selem(src, 0), (size_t)n * sizeof(Value));
    return n;
}

int64_t rt_copy_elems(Sim *s, Type *elem, GoSlice *dst, GoSlice *src)
{
    if (!types_is_aggregate(elem)) return rt_copy(dst, src);
    int64_t n = rt_slen(dst) < rt_slen(src) ? rt_slen(dst) : rt_slen(src);
    if (n <= 0) return 0;
    /* copy into fresh values first: src and dst may overlap */
    Value *tmp = xmalloc((size_t)n * sizeof(Value));
    for (int64_t i = 0; i < n; i++) tmp[i] = rt_copy_value(s, elem, *rt_selem(src, i));
    memcpy(rt_selem(dst, 0), tmp, (size_t)n * sizeof(Value));
    free(tmp);
    return n;
}

int64_t rt_copy_string(GoSlice *dst, GoString *src)
{
    int64_t n = rt_slen(dst) < rt_strlen(src) ? rt_slen(dst) : rt_strlen(src);
    for (int64_t i = 0; i < n; i++) rt_selem(dst, i)->i = (unsigned char)src->ptr[i];
    return n;
}

/* Bounds of s[lo:hi] / s[lo:hi:max], checked in the order Go's compiled code
 * checks them (max against cap, then hi, then lo), so the panic names the
 * same bound Go's would.  bound is cap(s) for slices, len for strings and
 * arrays (is_slice false: "with length" wording). */
bool rt_check_slice(Sim *s, G *g, bool is_slice, int64_t lo, int64_t hi,
                    bool has_max, int64_t max, int64_t bound)
{
    if (has_max) {
        if ((uint64_t)max > (uint64_t)bound) {
            rt_panic_slice(s, g, is_slice ? "3acap" : "3alen", max, bound);
            return false;
        }
        if ((uint64_t)hi > (uint64_t)max) { rt_panic_slice(s, g, "3b", hi, max); return false; }
        if ((uint64_t)lo > (uint64_t)hi) { rt_panic_slice(s, g, "3c", lo, hi); return false; }
        return true;
    }
    if ((uint64_t)hi > (uint64_t)bound) {
        rt_panic_slice(s, g, is_slice ? "acap" : "alen", hi, bound);
        return false;
    }
    if ((uint64_t)lo > (uint64_t)hi) { rt_panic_slice(s, g, "b", lo, hi); return false; }
    return true;
}
