/* rt_map.c - Go maps, laid out like Go's runtime hashmap so that iteration
 * order looks like Go's.
 *
 * 2^B buckets of 8 slots (tophash, keys, values) with overflow chains; a new
 * key goes into the first free slot of its bucket chain; the table doubles
 * when count > 6.5 * 2^B (Go's load factor) or is rebuilt at the same size
 * when overflow buckets pile up.  Go grows incrementally; we rehash at once
 * into a fresh bucket array and leave the old one untouched.
 *
 * Iteration is Go's: a random start bucket and a random start offset within
 * every bucket (from the Sim's seeded generator), then wrap around.  So a
 * small map (one bucket) comes out as a rotation of insertion order, as in
 * Go.  An iterator keeps walking the bucket array it started on; if the map
 * was rehashed meanwhile it looks each key up in the live table to skip keys
 * deleted since and to yield current values (what Go does for old buckets).
 * Deleted entries are never produced; entries added during iteration may or
 * may not be.
 *
 * Value slots returned by rt_map_get/rt_map_set stay valid until the next
 * insertion of a new key into that map.
 */
#include "rt_internal.h"
#include <stdlib.h>
#include <string.h>

#define BUCKET_CNT 8
#define EMPTY 0
#define DELETED 1
#define MIN_TOPHASH 5

typedef struct Bucket {
    uint8_t top[BUCKET_CNT];      /* EMPTY, DELETED or top byte of the hash */
    struct Bucket *overflow;
    Value keys[BUCKET_CNT];
    Value vals[BUCKET_CNT];
} Bucket;

typedef struct BucketArray {      /* one heap object holding 2^B buckets */
    ObjHdr h;
    Bucket b[];
} BucketArray;

typedef struct OverflowBucket {
    ObjHdr h;
    Bucket b;
} OverflowBucket;

struct GoMap {
    ObjHdr h;
    Type *type;                   /* the map type (key, elem) */
    int64_t count;                /* live entries: len(m) */
    uint8_t B;                    /* log2 of the number of buckets */
    uint64_t hash0;               /* per-map hash seed, as Go's */
    Bucket *buckets;
    int64_t noverflow;            /* overflow buckets allocated */
};

struct MapIter {
    ObjHdr h;
    Sim *s;                       /* for lookups after a rehash */
    GoMap *m;                     /* NULL once finished */
    Bucket *buckets;              /* bucket array the iteration started on */
    uint8_t B;
    uint64_t startb;              /* random start bucket */
    uint8_t offset;               /* random start slot in every bucket */
    uint64_t nvisited;            /* buckets finished */
    Bucket *b;                    /* current bucket in its chain, or NULL */
    int i;                        /* next slot index (0..8) in b */
};

static uint64_t nbuckets(uint8_t B) { return (uint64_t)1 << B; }

static uint8_t tophash(uint64_t h)
{
    uint8_t t = (uint8_t)(h >> 56);
    return t < MIN_TOPHASH ? (uint8_t)(t + MIN_TOPHASH) : t;
}

static bool over_load(int64_t count, uint8_t B)
{
    return count > BUCKET_CNT && (uint64_t)count > 13 * (nbuckets(B) / 2);
}

static bool too_many_overflow(int64_t noverflow, uint8_t B)
{
    if (B > 15) B = 15;
    return noverflow >= ((int64_t)1 << B);
}

static Bucket *new_buckets(Sim *s, uint8_t B)
{
    BucketArray *a = rt_alloc(s, sizeof(BucketArray) + nbuckets(B) * sizeof(Bucket), OBJ_MAP);
    return a->b;
}

GoMap *rt_map_new(Sim *s, Type *maptype, int64_t hint)
{
    GoMap *m = rt_alloc(s, sizeof(GoMap), OBJ_MAP);
    m->type = maptype;
    m->hash0 = sim_rand(s);
    uint8_t B = 0;
    if (hint > 0 && hint < ((int64_t)1 << 40))
        while (over_load(hint, B)) B++;
    m->B = B;
    m->buckets = new_buckets(s, B);
    return m;
}

int64_t rt_map_len(GoMap *m) { return m ? m->count : 0; }
Type *rt_map_type(GoMap *m) { return m ? m->type : NULL; }

/* Go panics on an unhashable dynamic key type even for lookups. */
static bool check_key(Sim *s, G *g, GoMap *m, Type *kt, Value key, bool *panicked)
{
    (void)m;
    Type *bad = rt_unhashable(kt, key);
    if (!bad) return true;
    char name[256], msg[300];
    types_string(bad, NULL, name, sizeof name);
    snprintf(msg, sizeof msg, "hash of unhashable type %s", name);
    if (g) rt_panic_runtime(s, g, msg);
    if (panicked) *panicked = true;
    return false;
}

/* Finds key; returns its bucket and slot. */
static Bucket *find(Sim *s, GoMap *m, Value key, uint64_t h, int *slot)
{
    Type *kt = m->type->key;
    uint8_t top = tophash(h);
    for (Bucket *b = &m->buckets[h & (nbuckets(m->B) - 1)]; b; b = b->overflow)
        for (int i = 0; i < BUCKET_CNT; i++)
            if (b->top[i] == top && rt_equal(s, NULL, kt, b->keys[i], key, NULL)) {
                *slot = i;
                return b;
            }
    return NULL;
}

Value *rt_map_get(Sim *s, G *g, GoMap *m, Value key, bool *panicked)
{
    if (!m) return NULL;                  /* nil map reads give the zero value */
    Type *kt = m->type->key;
    if (!check_key(s, g, m, kt, key, panicked)) return NULL;
    if (m->count == 0) return NULL;
    int slot;
    Bucket *b = find(s, m, key, rt_hash(s, kt, key, m->hash0), &slot);
    return b ? &b->vals[slot] : NULL;
}

/* Puts an entry known to be absent (rehash and insert). */
static Value *place(Sim *s, GoMap *m, Value key, Value val, uint64_t h)
{
    uint8_t top = tophash(h);
    Bucket *b = &m->buckets[h & (nbuckets(m->B) - 1)], *last = NULL;
    for (; b; last = b, b = b->overflow)
        for (int i = 0; i < BUCKET_CNT; i++)
            if (b->top[i] == EMPTY || b->top[i] == DELETED) {
                b->top[i] = top;
                b->keys[i] = key;
                b->vals[i] = val;
                return &b->vals[i];
            }
    OverflowBucket *o = rt_alloc(s, sizeof(OverflowBucket), OBJ_MAP);
    last->overflow = &o->b;
    m->noverflow++;
    o->b.top[0] = top;
    o->b.keys[0] = key;
    o->b.vals[0] = val;
    return &o->b.vals[0];
}

static void rehash(Sim *s, GoMap *m, uint8_t B)
{
    Bucket *old = m->buckets;
    uint64_t n = nbuckets(m->B);
    m->B = B;
    m->buckets = new_buckets(s, B);
    m->noverflow = 0;
    Type *kt = m->type->key;
    for (uint64_t j = 0; j < n; j++)
        for (Bucket *b = &old[j]; b; b = b->overflow)
            for (int i = 0; i < BUCKET_CNT; i++)
                if (b->top[i] >= MIN_TOPHASH)
                    place(s, m, b->keys[i], b->vals[i], rt_hash(s, kt, b->keys[i], m->hash0));
}

Value *rt_map_set(Sim *s, G *g, GoMap *m, Value key, bool *panicked)
{
    if (!m) {
        if (g) rt_panic_plain(s, g, "assignment to entry in nil map");
        if (panicked) *panicked = true;
        return NULL;
    }
    Type *kt = m->type->key;
    if (!check_key(s, g, m, kt, key, panicked)) return NULL;
    uint64_t h = rt_hash(s, kt, key, m->hash0);
    int slot;
    Bucket *b = find(s, m, key, h, &slot);
    if (b) {
        /* Go rewrites the key on assignment for floats (+0/-0), strings and
         * interfaces (needkeyupdate) */
        if (kt->kind == T_FLOAT32 || kt->kind == T_FLOAT64 || kt->kind == T_STRING ||
            kt->kind == T_INTERFACE)
            b->keys[slot] = key;
        return &b->vals[slot];
    }
    if (over_load(m->count + 1, m->B)) rehash(s, m, (uint8_t)(m->B + 1));
    else if (too_many_overflow(m->noverflow, m->B)) rehash(s, m, m->B);
    m->count++;
    return place(s, m, rt_copy_value(s, kt, key), rt_zero(s, m->type->elem), h);
}

void rt_map_delete(Sim *s, G *g, GoMap *m, Value key, bool *panicked)
{
    if (!m) return;       /* nil map: no-op (its key type is not known here) */
    Type *kt = m->type->key;
    if (!check_key(s, g, m, kt, key, panicked) || m->count == 0) return;
    int slot;
    Bucket *b = find(s, m, key, rt_hash(s, kt, key, m->hash0), &slot);
    if (!b) return;
    b->top[slot] = DELETED;
    b->keys[slot].u = 0;
    b->vals[slot].u = 0;
    m->count--;
}

void rt_map_clear(GoMap *m)
{
    if (!m) return;
    for (uint64_t j = 0; j < nbuckets(m->B); j++) {
        for (Bucket *b = &m->buckets[j]; b; b = b->overflow) memset(b->top, DELETED, sizeof b->top);
        m->buckets[j].overflow = NULL;
    }
    m->count = 0;
    m->noverflow = 0;
}

/* ---- iteration ---- */

MapIter *rt_map_iter(Sim *s, GoMap *m)
{
    MapIter *it = rt_alloc(s, sizeof(MapIter), OBJ_ITER);
    it->s = s;
    it->m = m;
    if (!m || m->count == 0) {
        it->m = NULL;                 /* nothing to produce */
        return it;
    }
    uint64_t r = sim_rand(s);
    it->buckets = m->buckets;
    it->B = m->B;
    it->startb = r & (nbuckets(m->B) - 1);
    it->offset = (uint8_t)((r >> m->B) & (BUCKET_CNT - 1));
    it->b = &it->buckets[it->startb];
    it->i = 0;
    return it;
}

/* The live entry for a key seen in a stale bucket array, if it still exists. */
static bool current(Sim *s, MapIter *it, Value k, Value v, Value *key, Value *val)
{
    GoMap *m = it->m;
    Type *kt = m->type->key;
    if (!rt_equal(s, NULL, kt, k, k, NULL)) {   /* NaN: cannot be looked up */
        *key = k;
        *val = v;
        return true;
    }
    int slot;
    Bucket *b = find(s, m, k, rt_hash(s, kt, k, m->hash0), &slot);
    if (!b) return false;
    *key = b->keys[slot];
    *val = b->vals[slot];
    return true;
}

bool rt_map_next(MapIter *it, Value *key, Value *val)
{
    Sim *s = it->s;
    if (!it->m) return false;
    while (it->b) {
        while (it->i < BUCKET_CNT) {
            int slot = (it->i + it->offset) & (BUCKET_CNT - 1);
            it->i++;
            Bucket *b = it->b;
            if (b->top[slot] < MIN_TOPHASH) continue;
            if (it->buckets == it->m->buckets) {
                *key = b->keys[slot];
                *val = b->vals[slot];
                return true;
            }
            if (current(s, it, b->keys[slot], b->vals[slot], key, val)) return true;
        }
        it->i = 0;
        it->b = it->b->overflow;
        if (!it->b) {
            if (++it->nvisited >= nbuckets(it->B)) break;
            it->b = &it->buckets[(it->startb + it->nvisited) & (nbuckets(it->B) - 1)];
        }
    }
    it->m = NULL;
    return false;
}

/* ---- sorted keys, for fmt (internal/fmtsort's order) ---- */

typedef struct SortCtx {
    Sim *s;
    Type *kt;
    Value *keys;
} SortCtx;

static int cmp_i64(int64_t a, int64_t b) { return a < b ? -1 : a > b; }
static int cmp_u64(uint64_t a, uint64_t b) { return a < b ? -1 : a > b; }

static int cmp_float(double a, double b)
{
    if (a < b) return -1;
    if (a > b) return 1;
    if (a == b) return 0;
    if (a != a && b == b) return -1;   /* NaN sorts first */
    if (a == a && b != b) return 1;
    return 0;
}

/* Size of Go's type descriptor (runtime._type and its kind-specific tail,
 * uncommontype and method table) on linux/amd64.  fmtsort orders interface
 * keys of different types by descriptor address, and Go's linker lays the
 * descriptors out sorted by symbol size, then by name ("type.*int" ...): so
 * sorting by (size, type string) reproduces the order Go prints. */
static int64_t rtype_size(Type *t)
{
    int64_t n = 48;                                  /* runtime._type */
    switch (t->kind) {
    case T_POINTER: case T_SLICE: n += 8; break;
    case T_ARRAY: n += 24; break;
    case T_CHAN: n += 16; break;
    case T_MAP: n += 40; break;
    case T_FUNC: n += 8 + 8 * (int64_t)(t->nparams + t->nresults); break;
    case T_INTERFACE: n += 32 + 8 * (int64_t)t->nmethods; break;
    case T_STRUCT: n += 32 + 24 * (int64_t)t->nfields; break;
    default: break;
    }
    int64_t methods = 0;                             /* the method set's size */
    Type *named = t->kind == T_POINTER && !t->name && t->elem && t->elem->name ? t->elem : t;
    if (t->kind != T_INTERFACE && named->name)
        for (int i = 0; i < named->nmethods; i++)
            if (named != t || !named->methods[i].ptr_recv) methods++;
    if (t->name || methods) n += 16 + 16 * methods;   /* uncommontype: every named type */
    return n;
}

static int cmp_type_addr(Type *a, Type *b)
{
    int64_t sa = rtype_size(a), sb = rtype_size(b);
    if (sa != sb) return sa < sb ? -1 : 1;
    char na[256], nb[256];
    types_string(a, NULL, na, sizeof na);
    types_string(b, NULL, nb, sizeof nb);
    int c = strcmp(na, nb);
    if (c) return c < 0 ? -1 : 1;
    return cmp_u64(a->id, b->id);
}

int rt_fmt_compare(Sim *s, Type *t, Value a, Value b)
{
    switch (t->kind) {
    case T_BOOL: return cmp_i64(a.i != 0, b.i != 0);
    case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64: return cmp_i64(a.i, b.i);
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
        return cmp_u64(a.u, b.u);
    case T_FLOAT32: case T_FLOAT64: return cmp_float(a.f, b.f);
    case T_STRING: {
        int c = rt_strcmp(a.p, b.p);
        return c < 0 ? -1 : c > 0;
    }
    case T_ARRAY: case T_STRUCT: {
        GoArray *x = a.p, *y = b.p;
        int64_t n = t->kind == T_ARRAY ? t->len : t->nfields;
        for (int64_t i = 0; i < n && i < x->len && i < y->len; i++) {
            Type *et = t->kind == T_ARRAY ? t->elem : t->fields[i].type;
            int c = rt_fmt_compare(s, et, x->v[i], y->v[i]);
            if (c) return c;
        }
        return 0;
    }
    case T_INTERFACE: {
        GoIface *x = a.p, *y = b.p;
        if (!x || !y) return x ? 1 : y ? -1 : 0;    /* nil first */
        if (x->type != y->type) return cmp_type_addr(x->type, y->type);
        return rt_fmt_compare(s, x->type, x->v, y->v);
    }
    default:   /* pointers and channels: by (fake, deterministic) address */
        return cmp_u64(rt_addr(s, a.p), rt_addr(s, b.p));
    }
}

static int cmp_entry(const void *pa, const void *pb, void *ud)
{
    SortCtx *c = ud;
    int64_t ia = *(const int64_t *)pa, ib = *(const int64_t *)pb;
    int r = rt_fmt_compare(c->s, c->kt, c->keys[ia], c->keys[ib]);
    return r ? r : cmp_i64(ia, ib);      /* stable, as sort.Stable */
}

void rt_map_sorted(Sim *s, GoMap *m, Value **keys, Value **vals, int64_t *n)
{
    int64_t cnt = rt_map_len(m), k = 0;
    Value *ks = xmalloc((size_t)(cnt ? cnt : 1) * sizeof(Value));
    Value *vs = xmalloc((size_t)(cnt ? cnt : 1) * sizeof(Value));
    for (uint64_t j = 0; m && j < nbuckets(m->B); j++)
        for (Bucket *b = &m->buckets[j]; b; b = b->overflow)
            for (int i = 0; i < BUCKET_CNT; i++)
                if (b->top[i] >= MIN_TOPHASH && k < cnt) {
                    ks[k] = b->keys[i];
                    vs[k] = b->vals[i];
                    k++;
                }
    int64_t *idx = xmalloc((size_t)(k ? k : 1) * sizeof(int64_t));
    for (int64_t i = 0; i < k; i++) idx[i] = i;
    SortCtx c = {s, m ? m->type->key : NULL, ks};
    if (k > 1) qsort_r(idx, (size_t)k, sizeof *idx, cmp_entry, &c);
    *keys = xmalloc((size_t)(k ? k : 1) * sizeof(Value));
    *vals = xmalloc((size_t)(k ? k : 1) * sizeof(Value));
    for (int64_t i = 0; i < k; i++) {
        (*keys)[i] = ks[idx[i]];
        (*vals)[i] = vs[idx[i]];
    }
    *n = k;
    free(idx);
    free(ks);
    free(vs);
}
