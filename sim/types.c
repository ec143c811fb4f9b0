/* types.c - the type table: interning, named types, method sets, type strings.
 *
 * Contract (types.h): unnamed composite types are interned by structure, so
 * identity is pointer equality; every defined type is one Type.  Everything is
 * allocated in the table's arena and lives as long as the table.
 *
 * Interning: an open-addressing hash set keyed on a structural hash whose
 * inputs are the *ids* of component types (already interned, hence
 * canonical), so hashing and comparing is shallow.
 */
#include "types.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Intern {
    Type **slots;
    size_t cap, n;
} Intern;

/* ---------- allocation ---------- */

static Type *new_type(TypeTable *tt, TypeKind k)
{
    Type *t = arena_alloc(&tt->arena, sizeof *t);
    t->kind = k;
    t->underlying = t;
    t->complete = true;
    if (tt->nall == tt->capall) {
        tt->capall = tt->capall ? tt->capall * 2 : 256;
        tt->all = xrealloc(tt->all, tt->capall * sizeof *tt->all);
    }
    t->id = (uint32_t)tt->nall;
    tt->all[tt->nall++] = t;
    return t;
}

static Type *basic(TypeTable *tt, TypeKind k, const char *name)
{
    Type *t = new_type(tt, k);
    t->name = name;
    return t;
}

/* ---------- interning ---------- */

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

static uint64_t str_hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; s && *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static uint64_t tid(Type *t) { return t ? t->id + 1 : 0; }

static uint64_t hash_type(const Type *t)
{
    uint64_t h = mix(0, t->kind);
    h = mix(h, tid(t->elem));
    h = mix(h, tid(t->key));
    h = mix(h, (uint64_t)t->len);
    h = mix(h, t->dir);
    h = mix(h, t->variadic);
    for (int i = 0; i < t->nparams; i++) h = mix(h, tid(t->params[i]));
    h = mix(h, 77);
    for (int i = 0; i < t->nresults; i++) h = mix(h, tid(t->results[i]));
    for (int i = 0; i < t->nfields; i++) {
        h = mix(h, str_hash(t->fields[i].name));
        h = mix(h, tid(t->fields[i].type));
        h = mix(h, t->fields[i].embedded);
        h = mix(h, str_hash(t->fields[i].tag));
    }
    for (int i = 0; i < t->nmethods; i++) {
        h = mix(h, str_hash(t->methods[i].name));
        h = mix(h, tid(t->methods[i].sig));
        h = mix(h, str_hash(t->methods[i].pkg));
    }
    return h;
}

static bool streq(const char *a, const char *b)
{
    if (a == b) return true;
    if (!a || !b) return false;
    return strcmp(a, b) == 0;
}

static bool same_shape(const Type *a, const Type *b)
{
    if (a->kind != b->kind || a->elem != b->elem || a->key != b->key || a->len != b->len ||
        a->dir != b->dir || a->variadic != b->variadic || a->nparams != b->nparams ||
        a->nresults != b->nresults || a->nfields != b->nfields || a->nmethods != b->nmethods)
        return false;
    for (int i = 0; i < a->nparams; i++)
        if (a->params[i] != b->params[i]) return false;
    for (int i = 0; i < a->nresults; i++)
        if (a->results[i] != b->results[i]) return false;
    for (int i = 0; i < a->nfields; i++)
        if (!streq(a->fields[i].name, b->fields[i].name) || a->fields[i].type != b->fields[i].type ||
            a->fields[i].embedded != b->fields[i].embedded || !streq(a->fields[i].tag, b->fields[i].tag))
            return false;
    for (int i = 0; i < a->nmethods; i++)
        if (!streq(a->methods[i].name, b->methods[i].name) || a->methods[i].sig != b->methods[i].sig ||
            !streq(a->methods[i].pkg, b->methods[i].pkg))
            return false;
    return true;
}

static void intern_grow(Intern *in)
{
    size_t ncap = in->cap ? in->cap * 2 : 1024;
    Type **ns = xcalloc(ncap, sizeof *ns);
    for (size_t i = 0; i < in->cap; i++) {
        Type *t = in->slots[i];
        if (!t) continue;
        size_t j = hash_type(t) & (ncap - 1);
        while (ns[j]) j = (j + 1) & (ncap - 1);
        ns[j] = t;
    }
    free(in->slots);
    in->slots = ns;
    in->cap = ncap;
}

/* Returns the canonical type with proto's shape, copying proto (and its
 * arrays) into the arena when it is new. */
static Type *intern(TypeTable *tt, const Type *proto)
{
    Intern *in = tt->intern;
    if ((in->n + 1) * 2 > in->cap) intern_grow(in);
    size_t j = hash_type(proto) & (in->cap - 1);
    for (; in->slots[j]; j = (j + 1) & (in->cap - 1))
        if (same_shape(in->slots[j], proto)) return in->slots[j];
    Type *t = new_type(tt, proto->kind);
    uint32_t id = t->id;
    *t = *proto;
    t->id = id;
    t->underlying = t;
    t->complete = true;
    if (proto->nparams) {
        t->params = arena_alloc(&tt->arena, proto->nparams * sizeof *t->params);
        memcpy(t->params, proto->params, proto->nparams * sizeof *t->params);
    }
    if (proto->nresults) {
        t->results = arena_alloc(&tt->arena, proto->nresults * sizeof *t->results);
        memcpy(t->results, proto->results, proto->nresults * sizeof *t->results);
    }
    if (proto->nfields) {
        t->fields = arena_alloc(&tt->arena, proto->nfields * sizeof *t->fields);
        memcpy(t->fields, proto->fields, proto->nfields * sizeof *t->fields);
    }
    if (proto->nmethods) {
        t->methods = arena_alloc(&tt->arena, proto->nmethods * sizeof *t->methods);
        memcpy(t->methods, proto->methods, proto->nmethods * sizeof *t->methods);
    }
    in->slots[j] = t;
    in->n++;
    return t;
}

/* ---------- init ---------- */

void types_init(TypeTable *tt)
{
    memset(tt, 0, sizeof *tt);
    arena_init(&tt->arena);
    tt->intern = xcalloc(1, sizeof(Intern));
    tt->t_invalid = basic(tt, T_INVALID, "invalid type");
    tt->t_bool = basic(tt, T_BOOL, "bool");
    tt->t_int = basic(tt, T_INT, "int");
    tt->t_int8 = basic(tt, T_INT8, "int8");
    tt->t_int16 = basic(tt, T_INT16, "int16");
    tt->t_int32 = basic(tt, T_INT32, "int32");
    tt->t_int64 = basic(tt, T_INT64, "int64");
    tt->t_uint = basic(tt, T_UINT, "uint");
    tt->t_uint8 = basic(tt, T_UINT8, "uint8");
    tt->t_uint16 = basic(tt, T_UINT16, "uint16");
    tt->t_uint32 = basic(tt, T_UINT32, "uint32");
    tt->t_uint64 = basic(tt, T_UINT64, "uint64");
    tt->t_uintptr = basic(tt, T_UINTPTR, "uintptr");
    tt->t_float32 = basic(tt, T_FLOAT32, "float32");
    tt->t_float64 = basic(tt, T_FLOAT64, "float64");
    tt->t_string = basic(tt, T_STRING, "string");
    tt->t_untyped_bool = basic(tt, T_UNTYPED_BOOL, "untyped bool");
    tt->t_untyped_int = basic(tt, T_UNTYPED_INT, "untyped int");
    tt->t_untyped_rune = basic(tt, T_UNTYPED_RUNE, "untyped rune");
    tt->t_untyped_float = basic(tt, T_UNTYPED_FLOAT, "untyped float");
    tt->t_untyped_string = basic(tt, T_UNTYPED_STRING, "untyped string");
    tt->t_untyped_nil = basic(tt, T_UNTYPED_NIL, "untyped nil");
    tt->t_any = types_interface(tt, NULL, 0);
    Type *sig = types_func(tt, NULL, 0, &tt->t_string, 1, false);
    Method m = {.name = "Error", .sig = sig, .func_index = -1};
    Type *ei = types_interface(tt, &m, 1);
    tt->t_error = types_named(tt, NULL, NULL, "error");
    types_set_underlying(tt, tt->t_error, ei);
}

void types_free(TypeTable *tt)
{
    Intern *in = tt->intern;
    if (in) {
        free(in->slots);
        free(in);
    }
    free(tt->all);
    arena_free(&tt->arena);
    memset(tt, 0, sizeof *tt);
}

/* ---------- constructors ---------- */

Type *types_pointer(TypeTable *tt, Type *elem)
{
    Type p = {.kind = T_POINTER, .elem = elem};
    return intern(tt, &p);
}

Type *types_slice(TypeTable *tt, Type *elem)
{
    Type p = {.kind = T_SLICE, .elem = elem};
    return intern(tt, &p);
}

Type *types_array(TypeTable *tt, Type *elem, int64_t len)
{
    Type p = {.kind = T_ARRAY, .elem = elem, .len = len};
    return intern(tt, &p);
}

Type *types_map(TypeTable *tt, Type *key, Type *elem)
{
    Type p = {.kind = T_MAP, .key = key, .elem = elem};
    return intern(tt, &p);
}

Type *types_chan(TypeTable *tt, Type *elem, ChanDir dir)
{
    Type p = {.kind = T_CHAN, .elem = elem, .dir = dir};
    return intern(tt, &p);
}

Type *types_func(TypeTable *tt, Type **params, int np, Type **results, int nr, bool variadic)
{
    Type p = {.kind = T_FUNC, .params = params, .nparams = np, .results = results,
              .nresults = nr, .variadic = variadic};
    return intern(tt, &p);
}

Type *types_tuple(TypeTable *tt, Type **elems, int n)
{
    Type p = {.kind = T_TUPLE, .results = elems, .nresults = n, .len = n};
    return intern(tt, &p);
}

Type *types_struct(TypeTable *tt, Field *fields, int n)
{
    Type p = {.kind = T_STRUCT, .fields = fields, .nfields = n, .len = n};
    return intern(tt, &p);
}

static int cmp_method(const void *a, const void *b)
{
    const Method *x = a, *y = b;
    return strcmp(x->name, y->name);
}

Type *types_interface(TypeTable *tt, Method *methods, int n)
{
    Method *tmp = NULL;
    if (n > 0) {
        tmp = xmalloc(n * sizeof *tmp);
        memcpy(tmp, methods, n * sizeof *tmp);
        for (int i = 0; i < n; i++) {
            tmp[i].ptr_recv = false;
            tmp[i].func_index = -1;
        }
        qsort(tmp, n, sizeof *tmp, cmp_method);
    }
    Type p = {.kind = T_INTERFACE, .methods = tmp, .nmethods = n};
    Type *t = intern(tt, &p);
    free(tmp);
    return t;
}

Type *types_named(TypeTable *tt, const char *pkg, const char *pkgname, const char *name)
{
    Type *t = new_type(tt, T_INVALID);
    t->name = name;
    t->pkg = pkg;
    t->pkgname = pkgname;
    t->complete = false;
    return t;
}

void types_set_underlying(TypeTable *tt, Type *named, Type *u)
{
    (void)tt;
    if (!u) return;
    u = u->underlying ? u->underlying : u;
    Method *own = named->methods;
    int nown = named->nmethods;
    named->kind = u->kind;
    named->underlying = u;
    named->elem = u->elem;
    named->key = u->key;
    named->len = u->len;
    named->dir = u->dir;
    named->fields = u->fields;
    named->nfields = u->nfields;
    named->params = u->params;
    named->nparams = u->nparams;
    named->results = u->results;
    named->nresults = u->nresults;
    named->variadic = u->variadic;
    named->embeds = u->embeds;
    named->nembeds = u->nembeds;
    if (u->kind == T_INTERFACE) {
        named->methods = u->methods;
        named->nmethods = u->nmethods;
    } else {
        named->methods = own;
        named->nmethods = nown;
    }
    named->complete = true;
}

void types_add_method(TypeTable *tt, Type *named, Method m)
{
    Method *nm = arena_alloc(&tt->arena, (named->nmethods + 1) * sizeof *nm);
    int j = 0;
    bool placed = false;
    for (int i = 0; i < named->nmethods; i++) {
        if (!placed && strcmp(m.name, named->methods[i].name) < 0) {
            nm[j++] = m;
            placed = true;
        }
        nm[j++] = named->methods[i];
    }
    if (!placed) nm[j++] = m;
    named->methods = nm;
    named->nmethods = j;
}

/* ---------- queries ---------- */

Type *types_under(Type *t)
{
    if (!t) return NULL;
    return t->underlying ? t->underlying : t;
}

bool types_identical(Type *a, Type *b) { return a == b; }

bool types_is_integer(Type *t)
{
    if (!t) return false;
    return (t->kind >= T_INT && t->kind <= T_UINTPTR) || t->kind == T_UNTYPED_INT ||
           t->kind == T_UNTYPED_RUNE;
}

bool types_is_unsigned(Type *t) { return t && t->kind >= T_UINT && t->kind <= T_UINTPTR; }

bool types_is_float(Type *t)
{
    return t && (t->kind == T_FLOAT32 || t->kind == T_FLOAT64 || t->kind == T_UNTYPED_FLOAT);
}

bool types_is_numeric(Type *t) { return types_is_integer(t) || types_is_float(t); }

bool types_is_string(Type *t) { return t && (t->kind == T_STRING || t->kind == T_UNTYPED_STRING); }

bool types_is_untyped(Type *t) { return t && t->kind >= T_UNTYPED_BOOL && t->kind <= T_UNTYPED_NIL; }

bool types_is_interface(Type *t) { return t && t->kind == T_INTERFACE; }

static bool comparable_depth(Type *t, int depth)
{
    if (!t || depth > 100) return false;
    switch (t->kind) {
    case T_SLICE: case T_MAP: case T_FUNC: case T_TUPLE: case T_INVALID: return false;
    case T_ARRAY: return comparable_depth(t->elem, depth + 1);
    case T_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!comparable_depth(t->fields[i].type, depth + 1)) return false;
        return true;
    default: return true;
    }
}

bool types_comparable(Type *t) { return comparable_depth(t, 0); }

bool types_is_aggregate(Type *t) { return t && (t->kind == T_ARRAY || t->kind == T_STRUCT); }

int types_int_bits(Type *t)
{
    if (!t) return 64;
    switch (t->kind) {
    case T_INT8: case T_UINT8: return 8;
    case T_INT16: case T_UINT16: return 16;
    case T_INT32: case T_UINT32: case T_FLOAT32: return 32;
    default: return 64;
    }
}

Type *types_default(TypeTable *tt, Type *t)
{
    if (!t) return t;
    switch (t->kind) {
    case T_UNTYPED_BOOL: return tt->t_bool;
    case T_UNTYPED_INT: return tt->t_int;
    case T_UNTYPED_RUNE: return tt->t_int32;
    case T_UNTYPED_FLOAT: return tt->t_float64;
    case T_UNTYPED_STRING: return tt->t_string;
    default: return t;
    }
}

/* ---------- method and field lookup ---------- */

Method *types_find_method(Type *t, const char *name)
{
    if (!t || !name) return NULL;
    if (t->kind == T_POINTER && !t->name && t->elem && t->elem->kind != T_INTERFACE) t = t->elem;
    int lo = 0, hi = t->nmethods - 1;
    if (!t->name && t->kind != T_INTERFACE) return NULL;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(name, t->methods[mid].name);
        if (c == 0) return &t->methods[mid];
        if (c < 0) hi = mid - 1;
        else lo = mid + 1;
    }
    return NULL;
}

/* One candidate in the breadth-first search through embedded fields. */
typedef struct Cand {
    Type *t;              /* named or unnamed type searched at this depth */
    int path[TYPES_MAX_PATH];
    int npath;
    bool indirect;
} Cand;

static bool seen_before(Type **seen, int nseen, Type *t)
{
    for (int i = 0; i < nseen; i++)
        if (seen[i] == t) return true;
    return false;
}

bool types_lookup(Type *t, const char *name, TypesLookup *r)
{
    memset(r, 0, sizeof *r);
    if (!t || !name) return false;
    bool indirect = false, fields_only = false;
    if (t->kind == T_POINTER && t->elem) {
        /* a defined pointer type (type Q *T) reaches T's fields, not its methods */
        fields_only = t->name != NULL;
        t = t->elem;
        indirect = true;
        if (t->kind == T_INTERFACE) return false;  /* pointer to interface has no methods */
    }
    enum { MAXC = 64 };
    Cand *cur = xcalloc(MAXC, sizeof *cur), *next = xcalloc(MAXC, sizeof *next);
    Type *seen[MAXC];
    int nseen = 0, ncur = 1, found = 0;
    cur[0].t = t;
    cur[0].indirect = indirect;
    for (int depth = 0; ncur > 0 && depth < TYPES_MAX_PATH && !found; depth++) {
        int nnext = 0;
        for (int c = 0; c < ncur; c++) {
            Type *ct = cur[c].t;
            if (ct->name) {
                if (seen_before(seen, nseen, ct)) continue;
                if (nseen < MAXC) seen[nseen++] = ct;
            }
            /* methods: declared on a named type, or abstract on an interface */
            if (ct->name || ct->kind == T_INTERFACE) {
                Method *m = types_find_method(ct, name);
                if (m) {
                    if (found++ == 0) {
                        r->kind = ct->kind == T_INTERFACE ? LOOKUP_IFACE_METHOD : LOOKUP_METHOD;
                        r->method = m;
                        r->recv = ct;
                        memcpy(r->path, cur[c].path, sizeof r->path);
                        r->npath = cur[c].npath;
                        r->indirect = cur[c].indirect;
                    }
                    continue;
                }
            }
            if (ct->kind != T_STRUCT) continue;
            for (int i = 0; i < ct->nfields; i++) {
                Field *f = &ct->fields[i];
                if (streq(f->name, name)) {
                    if (found++ == 0) {
                        r->kind = LOOKUP_FIELD;
                        r->field = f;
                        r->recv = ct;
                        memcpy(r->path, cur[c].path, sizeof r->path);
                        r->npath = cur[c].npath;
                        if (r->npath < TYPES_MAX_PATH) r->path[r->npath++] = i;
                        r->indirect = cur[c].indirect;
                        r->type = f->type;
                    }
                    continue;
                }
                if (!f->embedded || nnext >= MAXC || cur[c].npath + 1 >= TYPES_MAX_PATH) continue;
                Cand *n = &next[nnext++];
                *n = cur[c];
                n->path[n->npath++] = i;
                Type *ft = f->type;
                if (ft && ft->kind == T_POINTER && !ft->name && ft->elem) {
                    ft = ft->elem;
                    n->indirect = true;
                }
                if (!ft) nnext--;
                else n->t = ft;
            }
        }
        Cand *tmp = cur;
        cur = next;
        next = tmp;
        ncur = nnext;
    }
    free(cur);
    free(next);
    if (found > 1) {
        r->ambiguous = true;
        return false;
    }
    if (found && r->method) r->type = r->method->sig;
    if (found == 1 && fields_only && r->kind != LOOKUP_FIELD) {
        /* a method shadows deeper fields but is not reachable through a defined pointer type */
        memset(r, 0, sizeof *r);
        return false;
    }
    return found == 1;
}

/* Go's method set rule: a method with a pointer receiver belongs to the
 * method set of T only if reached through a pointer. */
bool types_implements(Type *t, Type *iface, char *why, size_t whylen)
{
    if (why && whylen) why[0] = 0;
    if (!t || !iface || iface->kind != T_INTERFACE) return false;
    bool tiface = t->kind == T_INTERFACE;
    for (int i = 0; i < iface->nmethods; i++) {
        Method *want = &iface->methods[i];
        TypesLookup r;
        bool ok;
        if (tiface) {
            Method *m = types_find_method(t, want->name);
            ok = m != NULL;
            r.method = m;
        } else {
            ok = types_lookup(t, want->name, &r) && r.kind != LOOKUP_FIELD;
        }
        if (!ok) {
            if (why) snprintf(why, whylen, "missing method %s", want->name);
            return false;
        }
        if (r.method->sig != want->sig) {
            if (why) snprintf(why, whylen, "wrong type for method %s", want->name);
            return false;
        }
        if (!tiface && r.kind == LOOKUP_METHOD && r.method->ptr_recv && !r.indirect) {
            if (why) snprintf(why, whylen, "method %s has pointer receiver", want->name);
            return false;
        }
    }
    return true;
}

/* ---------- strings ---------- */

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

static void put(Buf *b, const char *s)
{
    for (; *s; s++) {
        if (b->cap && b->len + 1 < b->cap) b->p[b->len] = *s;
        b->len++;
    }
    if (b->cap) b->p[b->len < b->cap ? b->len : b->cap - 1] = 0;
}

static void write_type(Buf *b, Type *t, const char *rel, bool q, int depth);

/* A struct tag as strconv.Quote writes it (ASCII escapes; UTF-8 kept). */
static void put_quoted(Buf *b, const char *s)
{
    put(b, "\"");
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        char tmp[8];
        switch (ch) {
        case '"': put(b, "\\\""); break;
        case '\\': put(b, "\\\\"); break;
        case '\n': put(b, "\\n"); break;
        case '\t': put(b, "\\t"); break;
        case '\r': put(b, "\\r"); break;
        default:
            if (ch < 0x20 || ch == 0x7f) {
                snprintf(tmp, sizeof tmp, "\\x%02x", ch);
                put(b, tmp);
            } else {
                tmp[0] = (char)ch;
                tmp[1] = 0;
                put(b, tmp);
            }
        }
    }
    put(b, "\"");
}

static void write_tuple(Buf *b, Type **ts, int n, bool variadic, const char *rel, bool q, int depth)
{
    put(b, "(");
    for (int i = 0; i < n; i++) {
        if (i) put(b, ", ");
        if (variadic && i == n - 1 && ts[i] && ts[i]->kind == T_SLICE) {
            put(b, "...");
            write_type(b, ts[i]->elem, rel, q, depth + 1);
        } else {
            write_type(b, ts[i], rel, q, depth + 1);
        }
    }
    put(b, ")");
}

static void write_sig(Buf *b, Type *t, const char *rel, bool q, int depth)
{
    write_tuple(b, t->params, t->nparams, t->variadic, rel, q, depth);
    if (t->nresults == 0) return;
    put(b, " ");
    if (t->nresults == 1 && t->results[0] && t->results[0]->kind != T_TUPLE) {
        write_type(b, t->results[0], rel, q, depth + 1);
        return;
    }
    write_tuple(b, t->results, t->nresults, false, rel, q, depth);
}

static void write_name(Buf *b, Type *t, const char *rel, bool q)
{
    if (t->pkg && (q || !rel || strcmp(t->pkg, rel) != 0)) {
        put(b, t->pkgname ? t->pkgname : t->pkg);
        put(b, ".");
    }
    put(b, t->name);
}

/* q: reflect's spelling (%T, panics); otherwise the compiler's (types2). */
static void write_type(Buf *b, Type *t, const char *rel, bool q, int depth)
{
    if (!t) {
        put(b, "<nil>");
        return;
    }
    if (depth > 50) {
        put(b, "...");
        return;
    }
    if (t->name) {
        write_name(b, t, rel, q);
        return;
    }
    switch (t->kind) {
    case T_POINTER: put(b, "*"); write_type(b, t->elem, rel, q, depth + 1); break;
    case T_SLICE: put(b, "[]"); write_type(b, t->elem, rel, q, depth + 1); break;
    case T_ARRAY: {
        char n[32];
        snprintf(n, sizeof n, "[%lld]", (long long)t->len);
        put(b, n);
        write_type(b, t->elem, rel, q, depth + 1);
        break;
    }
    case T_MAP:
        put(b, "map[");
        write_type(b, t->key, rel, q, depth + 1);
        put(b, "]");
        write_type(b, t->elem, rel, q, depth + 1);
        break;
    case T_CHAN: {
        bool paren = false;
        if (t->dir == CHAN_RECV) put(b, "<-chan ");
        else if (t->dir == CHAN_SEND) put(b, "chan<- ");
        else {
            put(b, "chan ");
            paren = t->elem && !t->elem->name && t->elem->kind == T_CHAN && t->elem->dir == CHAN_RECV;
        }
        if (paren) put(b, "(");
        write_type(b, t->elem, rel, q, depth + 1);
        if (paren) put(b, ")");
        break;
    }
    case T_FUNC: put(b, "func"); write_sig(b, t, rel, q, depth); break;
    case T_TUPLE: write_tuple(b, t->results, t->nresults, false, rel, q, depth); break;
    case T_STRUCT:
        if (t->nfields == 0) {
            put(b, q ? "struct {}" : "struct{}");
            break;
        }
        put(b, q ? "struct { " : "struct{");
        for (int i = 0; i < t->nfields; i++) {
            if (i) put(b, "; ");
            if (!t->fields[i].embedded) {
                put(b, t->fields[i].name);
                put(b, " ");
            }
            write_type(b, t->fields[i].type, rel, q, depth + 1);
            if (t->fields[i].tag) {
                put(b, " ");
                put_quoted(b, t->fields[i].tag);
            }
        }
        put(b, q ? " }" : "}");
        break;
    case T_INTERFACE:
        if (t->nmethods == 0) {
            put(b, q ? "interface {}" : "any");
            break;
        }
        put(b, q ? "interface { " : "interface{");
        for (int i = 0; i < t->nmethods; i++) {
            if (i) put(b, "; ");
            put(b, t->methods[i].name);
            if (t->methods[i].sig) write_sig(b, t->methods[i].sig, rel, q, depth + 1);
        }
        put(b, q ? " }" : "}");
        break;
    default: put(b, "invalid type"); break;
    }
}

size_t types_string(Type *t, const char *relative_to, char *buf, size_t len)
{
    Buf b = {buf, 0, len};
    if (len) buf[0] = 0;
    write_type(&b, t, relative_to, relative_to == NULL, 0);
    return b.len;
}
