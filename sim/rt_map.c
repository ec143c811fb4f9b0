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
 *
 * Key classes: a map fixes at creation how it hashes and compares keys.
 * Integer kinds, bools, pointers and chans compare as one word; strings by
 * length and bytes; only floats (NaN, +0/-0), interfaces, arrays and structs
 * take the generic rt_hash / rt_equal path, and only keys that can hold an
 * interface pay for the unhashable-dynamic-type check.  rt_hash gives the
 * same hash as the fast paths, so the classes are an optimisation only.
 */
#include "rt_internal.h"
#include <stdlib.h>
#include <string.h>

#define BUCKET_CNT 8
#define EMPTY 0
#define DELETED 1
#define MIN_TOPHASH 5

/* Unlike Go's bucket (8 keys then 8 values) a key sits next to its value,
 * so a hit touches two cache lines (tophash, the pair), not three; the slot
 * an entry lands in, hence iteration order, is the same. */
typedef struct Bucket {
    uint8_t top[BUCKET_CNT];      /* EMPTY, DELETED or top byte of the hash */
    struct Bucket *overflow;
    struct { Value k, v; } kv[BUCKET_CNT];
} Bucket;

typedef struct BucketArray {      /* one heap object holding 2^B buckets */
    ObjHdr h;
    Bucket b[];
} BucketArray;

typedef struct OverflowBucket {
    ObjHdr h;
    Bucket b;
} OverflowBucket;

enum { KC_GENERIC, KC_WORD, KC_PTR, KC_STR };

struct GoMap {
    ObjHdr h;
    Type *type;                   /* the map type (key, elem) */
    int64_t count;                /* live entries: len(m) */
    uint8_t B;                    /* log2 of the number of buckets */
    uint8_t kclass;               /* KC_*: how keys hash and compare */
    bool check_key;               /* keys may hold an unhashable dynamic type */
    bool elem_agg;                /* values are arrays/structs (need rt_zero) */
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

/* The buckets start on a 64-byte boundary so each spans as few cache lines
 * as it can (lookups are dominated by cache misses on big maps).  NULL when
 * the heap cap was hit and rt_alloc could only give a truncated block (the
 * run is stopping: s->fatal is set). */
static Bucket *new_buckets(Sim *s, uint8_t B)
{
    size_t want = sizeof(BucketArray) + nbuckets(B) * sizeof(Bucket) + 64;
    BucketArray *a = rt_alloc(s, want, OBJ_MAP);
    if (RT_TRUNCATED(a, want)) return NULL;
    return (Bucket *)(((uintptr_t)a->b + 63) & ~(uintptr_t)63);
}

static uint8_t key_class(Type *kt)
{
    switch (kt->kind) {
    case T_BOOL: case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
        return KC_WORD;
    case T_POINTER: case T_CHAN: case T_UNSAFEPTR: return KC_PTR;
    case T_STRING: return KC_STR;
    default: return KC_GENERIC;
    }
}

/* Can a value of comparable type t hold an unhashable dynamic type? */
static bool may_hold_iface(Type *t)
{
    switch (t->kind) {
    case T_INTERFACE: return true;
    case T_ARRAY: return may_hold_iface(t->elem);
    case T_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (may_hold_iface(t->fields[i].type)) return true;
        return false;
    default: return false;
    }
}

GoMap *rt_map_new(Sim *s, Type *maptype, int64_t hint)
{
    GoMap *m = rt_alloc(s, sizeof(GoMap), OBJ_MAP);
    m->type = maptype;
    m->kclass = key_class(maptype->key);
    m->check_key = may_hold_iface(maptype->key);
    m->elem_agg = types_is_aggregate(maptype->elem);
    m->hash0 = sim_rand(s);
    uint8_t B = 0;
    if (hint > 0 && hint < ((int64_t)1 << 40))
        while (over_load(hint, B)) B++;
    m->B = B;
    m->buckets = new_buckets(s, B);
    if (!m->buckets) {                    /* out of memory: a tiny map, the run ends */
        m->B = 0;
        m->buckets = new_buckets(s, 0);
    }
    return m;
}

int64_t rt_map_len(GoMap *m) { return m ? m->count : 0; }
Type *rt_map_type(GoMap *m) { return m ? m->type : NULL; }

/* Go panics on an unhashable dynamic key type even for lookups. */
static bool check_key(Sim *s, G *g, Type *kt, Value key, bool *panicked)
{
    Type *bad = rt_unhashable(kt, key);
    if (!bad) return true;
    char name[256], msg[300];
    types_string(bad, NULL, name, sizeof name);
    snprintf(msg, sizeof msg, "hash of unhashable type %s", name);
    if (g) rt_panic_runtime(s, g, msg);
    if (panicked) *panicked = true;
    return false;
}

bool rt_map_check_key(Sim *s, G *g, Type *keytype, Value key, bool *panicked)
{
    return !may_hold_iface(keytype) || check_key(s, g, keytype, key, panicked);
}

static inline uint64_t key_hash(Sim *s, GoMap *m, Value key)
{
    switch (m->kclass) {
    case KC_WORD: return rt_hash_word(key.u, m->hash0);
    case KC_PTR: return rt_hash_word(rt_addr(s, key.p), m->hash0);
    case KC_STR: return rt_hash_bytes(rt_strptr(key.p), rt_strlen(key.p), m->hash0);
    default: return rt_hash(s, m->type->key, key, m->hash0);
    }
}

static Bucket *find_word(Bucket *b, uint8_t top, uint64_t key, int *slot)
{
    for (; b; b = b->overflow)
        for (int i = 0; i < BUCKET_CNT; i++)
            if (b->top[i] == top && b->kv[i].k.u == key) {
                *slot = i;
                return b;
            }
    return NULL;
}

static Bucket *find_str(Bucket *b, uint8_t top, GoString *key, int *slot)
{
    int64_t n = rt_strlen(key);
    const char *p = rt_strptr(key);
    for (; b; b = b->overflow)
        for (int i = 0; i < BUCKET_CNT; i++) {
            if (b->top[i] != top) continue;
            GoString *k = b->kv[i].k.p;
            if (k == key || (rt_strlen(k) == n && memcmp(rt_strptr(k), p, (size_t)n) == 0)) {
                *slot = i;
                return b;
            }
        }
    return NULL;
}

/* Finds key (hash h); returns its bucket and slot. */
static Bucket *find(Sim *s, GoMap *m, Value key, uint64_t h, int *slot)
{
    uint8_t top = tophash(h);
    Bucket *b = &m->buckets[h & (nbuckets(m->B) - 1)];
    if (m->kclass == KC_WORD || m->kclass == KC_PTR) return find_word(b, top, key.u, slot);
    if (m->kclass == KC_STR) return find_str(b, top, key.p, slot);
    Type *kt = m->type->key;
    for (; b; b = b->overflow)
        for (int i = 0; i < BUCKET_CNT; i++)
            if (b->top[i] == top && rt_equal(s, NULL, kt, b->kv[i].k, key, NULL)) {
                *slot = i;
                return b;
            }
    return NULL;
}

Value *rt_map_get(Sim *s, G *g, GoMap *m, Value key, bool *panicked)
{
    if (!m) return NULL;                  /* nil map reads give the zero value */
    if (m->kclass == KC_WORD) {           /* the hot case, kept lean */
        uint64_t h = rt_hash_word(key.u, m->hash0);
        int slot;
        Bucket *b = find_word(&m->buckets[h & (nbuckets(m->B) - 1)], tophash(h), key.u, &slot);
        return b ? &b->kv[slot].v : NULL;
    }
    if (m->check_key && !check_key(s, g, m->type->key, key, panicked)) return NULL;
    if (m->count == 0) return NULL;
    int slot;
    Bucket *b = find(s, m, key, key_hash(s, m, key), &slot);
    return b ? &b->kv[slot].v : NULL;
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
                b->kv[i].k = key;
                b->kv[i].v = val;
                return &b->kv[i].v;
            }
    OverflowBucket *o = rt_alloc(s, sizeof(OverflowBucket), OBJ_MAP);
    last->overflow = &o->b;
    m->noverflow++;
    o->b.top[0] = top;
    o->b.kv[0].k = key;
    o->b.kv[0].v = val;
    return &o->b.kv[0].v;
}

static void rehash(Sim *s, GoMap *m, uint8_t B)
{
    Bucket *fresh = new_buckets(s, B);
    if (!fresh) return;                   /* out of memory: keep the old table */
    Bucket *old = m->buckets;
    uint64_t n = nbuckets(m->B);
    m->B = B;
    m->buckets = fresh;
    m->noverflow = 0;
    for (uint64_t j = 0; j < n; j++)
        for (Bucket *b = &old[j]; b; b = b->overflow)
            for (int i = 0; i < BUCKET_CNT; i++)
                if (b->top[i] >= MIN_TOPHASH)
                    place(s, m, b->kv[i].k, b->kv[i].v, key_hash(s, m, b->kv[i].k));
}

/* Inserts key (absent, hash h): grows first if needed, as Go does. */
static __attribute__((noinline)) Value *insert(Sim *s, GoMap *m, Value key, uint64_t h)
{
    if (over_load(m->count + 1, m->B)) rehash(s, m, (uint8_t)(m->B + 1));
    else if (too_many_overflow(m->noverflow, m->B)) rehash(s, m, m->B);
    m->count++;
    Value k = m->kclass == KC_GENERIC ? rt_copy_value(s, m->type->key, key) : key;
    Value zero = {0};
    return place(s, m, k, m->elem_agg ? rt_zero(s, m->type->elem) : zero, h);
}

static __attribute__((noinline)) Value *map_set_slow(Sim *s, G *g, GoMap *m, Value key,
                                                     bool *panicked)
{
    if (!m) {
        if (g) rt_panic_plain(s, g, "assignment to entry in nil map");
        if (panicked) *panicked = true;
        return NULL;
    }
    Type *kt = m->type->key;
    if (m->check_key && !check_key(s, g, kt, key, panicked)) return NULL;
    uint64_t h = key_hash(s, m, key);
    int slot;
    Bucket *b = find(s, m, key, h, &slot);
    if (!b) return insert(s, m, key, h);
    /* Go rewrites the key on assignment for floats (+0/-0), strings and
     * interfaces (needkeyupdate) */
    if (m->kclass == KC_STR || kt->kind == T_FLOAT32 || kt->kind == T_FLOAT64 ||
        kt->kind == T_INTERFACE)
        b->kv[slot].k = key;
    return &b->kv[slot].v;
}

Value *rt_map_set(Sim *s, G *g, GoMap *m, Value key, bool *panicked)
{
    if (m && m->kclass == KC_WORD) {      /* the hot case, kept lean */
        uint64_t h = rt_hash_word(key.u, m->hash0);
        int slot;
        Bucket *b = find_word(&m->buckets[h & (nbuckets(m->B) - 1)], tophash(h), key.u, &slot);
        return b ? &b->kv[slot].v : insert(s, m, key, h);
    }
    if (m && m->kclass == KC_STR) {
        uint64_t h = rt_hash_bytes(rt_strptr(key.p), rt_strlen(key.p), m->hash0);
        int slot;
        Bucket *b = find_str(&m->buckets[h & (nbuckets(m->B) - 1)], tophash(h), key.p, &slot);
        if (!b) return insert(s, m, key, h);
        b->kv[slot].k = key;              /* Go's needkeyupdate for strings */
        return &b->kv[slot].v;
    }
    return map_set_slow(s, g, m, key, panicked);
}

void rt_map_delete(Sim *s, G *g, GoMap *m, Value key, bool *panicked)
{
    if (!m) return;       /* nil map: no-op (the VM calls rt_map_check_key) */
    if (m->check_key && !check_key(s, g, m->type->key, key, panicked)) return;
    if (m->count == 0) return;
    int slot;
    Bucket *b = find(s, m, key, key_hash(s, m, key), &slot);
    if (!b) return;
    b->top[slot] = DELETED;
    b->kv[slot].k.u = 0;
    b->kv[slot].v.u = 0;
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
    if (m->kclass == KC_GENERIC && !rt_equal(s, NULL, m->type->key, k, k, NULL)) {
        *key = k;                               /* NaN: cannot be looked up */
        *val = v;
        return true;
    }
    int slot;
    Bucket *b = find(s, m, k, key_hash(s, m, k), &slot);
    if (!b) return false;
    *key = b->kv[slot].k;
    *val = b->kv[slot].v;
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
                *key = b->kv[slot].k;
                *val = b->kv[slot].v;
                return true;
            }
            if (current(s, it, b->kv[slot].k, b->kv[slot].v, key, val)) return true;
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
                    ks[k] = b->kv[i].k;
                    vs[k] = b->kv[i].v;
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
