/* check_type.c - type expressions to Types, type declarations, and detection
 * of invalid recursive types (a type containing itself other than through a
 * pointer, slice, map, channel or function).
 *
 * While a type declaration is being resolved its named Type exists but is
 * incomplete; a reference to it that is reached only through "direct"
 * containment (struct fields, array elements, the underlying type itself)
 * is a cycle.  c->tstack records the declarations being resolved and whether
 * each was reached through an indirection.
 */
#include "check_int.h"
#include <stdio.h>
#include <string.h>

typedef struct TEntry {
    CSym *o;
    bool via_indirect;    /* reached through a pointer/slice/map/chan/func */
} TEntry;

/* The type-resolution stack lives in the Checker's arena-allocated extension. */
typedef struct TStack {
    TEntry v[256];
    int n;
    int indirect;         /* > 0 while checking behind an indirection */
} TStack;

static TStack *tstack(Checker *c)
{
    if (!c->tstack) c->tstack = arena_alloc(c->arena, sizeof(TStack));
    return (TStack *)c->tstack;
}

static const char *pos_str(Checker *c, Pos p, char *buf, size_t n)
{
    const char *f = c->d->filename ? c->d->filename : "";
    const char *pre = (f[0] != '/' && f[0] != '.' && f[0] != '$') ? "./" : "";
    snprintf(buf, n, "%s%s:%d:%d", pre, f, p.line, p.col);
    return buf;
}

static Type *invalid(Checker *c, Node *n)
{
    if (n) {
        n->type = c->tt->t_invalid;
        n->mode = MODE_INVALID;
    }
    return c->tt->t_invalid;
}

static Type *set(Node *n, Type *t)
{
    n->type = t;
    n->mode = MODE_TYPE;
    return t;
}

/* A reference to a type declaration that is still being resolved. */
static Type *cycle_check(Checker *c, CSym *o, Node *n)
{
    TStack *ts = tstack(c);
    if (ts->indirect > 0 || !o->s.type || o->s.type->complete) return o->s.type ? o->s.type : invalid(c, n);
    int at = -1;
    for (int i = ts->n - 1; i >= 0; i--)
        if (ts->v[i].o == o) {
            at = i;
            break;
        }
    if (at < 0) return o->s.type;
    for (int i = at + 1; i < ts->n; i++)
        if (ts->v[i].via_indirect) return o->s.type;
    char msg[1024], p[256];
    SBuf b = {msg, 0, sizeof msg};
    sb_printf(&b, "invalid recursive type %s", o->s.name);
    for (int i = at; i < ts->n; i++)
        sb_printf(&b, "\n\t%s: %s refers to", pos_str(c, ts->v[i].o->s.pos, p, sizeof p), ts->v[i].o->s.name);
    sb_printf(&b, "\n\t%s: %s", pos_str(c, o->s.pos, p, sizeof p), o->s.name);
    check_error(c, o->s.pos, "%s", msg);
    /* make every type of the cycle invalid so nothing cascades */
    for (int i = at; i < ts->n; i++) {
        Type *t = ts->v[i].o->s.type;
        if (t && !t->complete) types_set_underlying(c->tt, t, c->tt->t_invalid);
    }
    return invalid(c, n);
}

/* Sets the indirection depth of the type being resolved (generic instances
 * resolve their underlying type from depth 0, as declarations do); returns
 * the previous depth. */
int check_type_indirect(Checker *c, int depth)
{
    TStack *ts = tstack(c);
    int old = ts->indirect;
    if (depth >= 0) ts->indirect = depth;
    return old;
}

static Type *ident_type(Checker *c, Node *n)
{
    Symbol *sym = scope_lookup(c, n->name, NULL);
    if (!sym) {
        check_error(c, n->pos, "undefined: %s", n->name);
        return invalid(c, n);
    }
    n->sym = sym;
    if (sym->kind != SYM_TYPE) {
        char os[512];
        check_expr(c, n);
        if (n->mode != MODE_INVALID) check_error(c, n->pos, "%s is not a type", check_ostr(c, n, os, sizeof os));
        else if (sym->kind == SYM_FUNC || sym->kind == SYM_VAR || sym->kind == SYM_CONST)
            check_error(c, n->pos, "%s is not a type", n->name);
        return invalid(c, n);
    }
    if (!sym->type && !sym->pkg && (strcmp(sym->name, "complex64") == 0 || strcmp(sym->name, "complex128") == 0)) {
        check_error(c, n->pos, "complex numbers are not supported by gocafe");
        return invalid(c, n);
    }
    CSym *o = (CSym *)sym;
    if (o->state == OBJ_TODO) check_resolve_obj(c, o);
    else if (o->state == OBJ_RESOLVING && !(o->spec && (o->spec->flags & NF_TYPEPARAMS)))
        return set(n, cycle_check(c, o, n));
    if (o->spec && o->spec->kind == N_TYPESPEC && (o->spec->flags & NF_TYPEPARAMS)) {
        check_generic_without_inst(c, n, sym);
        return invalid(c, n);
    }
    return set(n, sym->type ? sym->type : c->tt->t_invalid);
}

static Type *qualified_type(Checker *c, Node *n)
{
    check_expr(c, n);
    if (n->mode == MODE_INVALID) return invalid(c, n);
    if (n->mode != MODE_TYPE) {
        char os[512];
        check_error(c, check_start_pos(n), "%s is not a type", check_ostr(c, n, os, sizeof os));
        return invalid(c, n);
    }
    return n->type;
}

static Type *behind(Checker *c, Node *n)
{
    TStack *ts = tstack(c);
    ts->indirect++;
    Type *t = check_type(c, n);
    ts->indirect--;
    return t;
}

static Type *array_type(Checker *c, Node *n)
{
    if (!n->x && !(n->flags & NF_ELLIPSIS_LEN)) {
        Type *e = behind(c, n->y);
        if (e->kind == T_INVALID && e == c->tt->t_invalid) return invalid(c, n);
        return set(n, types_slice(c->tt, e));
    }
    if (n->flags & NF_ELLIPSIS_LEN) {
        check_error(c, n->pos, "invalid use of [...] array (outside a composite literal)");
        check_type(c, n->y);
        return invalid(c, n);
    }
    check_expr(c, n->x);
    int64_t len = 0;
    bool ok = true;
    if (n->x->mode == MODE_INVALID) {
        ok = false;
    } else if (n->x->mode != MODE_CONST) {
        char es[256];
        if (n->x->mode == MODE_TYPE)
            check_error(c, check_start_pos(n->x), "invalid array length %s", check_estr(c, n->x, es, sizeof es));
        else
            check_error(c, check_start_pos(n->x), "array length %s (%s) must be constant",
                        check_estr(c, n->x, es, sizeof es), "value of type int");
        ok = false;
    } else {
        ConstVal v;
        if (!types_is_integer(n->x->type) && !(types_is_untyped(n->x->type) && cv_is_int_valued(n->x->cv))) {
            char os[512];
            check_error(c, check_start_pos(n->x), "array length %s must be integer",
                        check_ostr(c, n->x, os, sizeof os));
            ok = false;
        } else if (cv_represent(n->x->cv, c->tt->t_int, &v) != REPR_OK || v.i < 0) {
            char es[256];
            check_error(c, check_start_pos(n->x), "invalid array length %s", check_estr(c, n->x, es, sizeof es));
            ok = false;
        } else {
            len = (int64_t)v.i;
            if (types_is_untyped(n->x->type)) check_set_type(c, n->x, c->tt->t_int);
        }
    }
    Type *e = check_type(c, n->y);
    if (!ok || e == c->tt->t_invalid) return invalid(c, n);
    return set(n, types_array(c->tt, e, len));
}

static Type *struct_type(Checker *c, Node *n)
{
    int nf = 0;
    for (int i = 0; i < n->nlist; i++)
        if (n->list[i]) nf += n->list[i]->nnames ? n->list[i]->nnames : 1;
    Field *fs = arena_alloc(c->arena, (size_t)(nf + 1) * sizeof *fs);
    Pos *ps = arena_alloc(c->arena, (size_t)(nf + 1) * sizeof *ps);
    int k = 0;
    bool bad = false;
    for (int i = 0; i < n->nlist; i++) {
        Node *f = n->list[i];
        if (!f) continue;
        if (f->nnames == 0) {
            /* embedded: T, *T, pkg.T, G[A] (named G) */
            Node *tn = f->x;
            bool ptr = false;
            if (tn && tn->kind == N_STAR) {
                ptr = true;
                tn = tn->x;
            }
            Type *t = ptr ? behind(c, tn) : check_type(c, tn);
            if (ptr && t != c->tt->t_invalid) set(f->x, types_pointer(c->tt, t));
            Node *nn = tn && tn->kind == N_INDEX ? tn->x : tn;
            const char *name = nn && nn->kind == N_SELECTOR ? nn->name : nn && nn->kind == N_IDENT ? nn->name : "?";
            if (t == c->tt->t_invalid) {
                /* reported; the struct stays valid */
            } else if (ptr && (t->kind == T_POINTER || t->kind == T_INTERFACE)) {
                check_error(c, f->pos, "embedded field type cannot be a pointer to an interface");
                bad = true;
            } else if (!ptr && t->kind == T_POINTER) {
                check_error(c, f->pos, "embedded field type cannot be a pointer");
                bad = true;
            }
            fs[k] = (Field){.name = name, .type = ptr ? types_pointer(c->tt, t) : t, .embedded = true,
                            .exported = check_exported(name),
                            .tag = f->lit ? arena_strndup(c->arena, f->lit, (size_t)f->litlen) : NULL};
            ps[k++] = f->pos;
        } else {
            Type *t = check_type(c, f->x);
            const char *tag = f->lit ? arena_strndup(c->arena, f->lit, (size_t)f->litlen) : NULL;
            for (int j = 0; j < f->nnames; j++) {
                Node *id = f->names[j];
                const char *name = id && id->name ? id->name : "_";
                fs[k] = (Field){.name = name, .type = t, .exported = check_exported(name), .tag = tag};
                ps[k++] = id ? id->pos : f->pos;
            }
        }
    }
    for (int i = 0; i < k; i++) {
        if (strcmp(fs[i].name, "_") == 0) continue;
        for (int j = 0; j < i; j++)
            if (strcmp(fs[i].name, fs[j].name) == 0) {
                char p[256];
                check_error(c, ps[i], "%s redeclared\n\t%s: other declaration of %s", fs[i].name,
                            pos_str(c, ps[j], p, sizeof p), fs[i].name);
                /* keep the first: drop this one */
                for (int m = i; m < k - 1; m++) {
                    fs[m] = fs[m + 1];
                    ps[m] = ps[m + 1];
                }
                k--;
                i--;
                break;
            }
    }
    if (bad) return invalid(c, n);
    return set(n, types_struct(c->tt, fs, k));
}

static Type *interface_type(Checker *c, Node *n)
{
    Method ms[256];
    Pos mp[256];
    bool explicit[256];
    int k = 0;
    bool bad = false;
    for (int i = 0; i < n->nlist; i++) {
        Node *f = n->list[i];
        if (!f) continue;
        if (f->nnames > 0 && f->x && f->x->kind == N_FUNCTYPE) {
            TStack *ts = tstack(c);
            ts->indirect++;
            Type *sig = check_func_type(c, f->x, NULL);
            ts->indirect--;
            const char *name = f->names[0] && f->names[0]->name ? f->names[0]->name : "_";
            if (k < 256) {
                explicit[k] = true;
                mp[k] = f->names[0] ? f->names[0]->pos : f->pos;
                ms[k++] = (Method){.name = name, .sig = sig, .func_index = -1,
                                   .pkg = check_exported(name) ? NULL : c->pkg->path};
            }
            continue;
        }
        Node *tn = f->x;
        /* type-set elements (~int | ~string, int): a constraint interface;
           constraints are not verified (check_generic.c), so they add nothing */
        if (!tn || (tn->kind != N_IDENT && tn->kind != N_SELECTOR && tn->kind != N_PAREN && tn->kind != N_INDEX))
            continue;
        Type *t = check_type(c, tn);
        if (t == c->tt->t_invalid) {
            bad = true;
            continue;
        }
        if (t->kind != T_INTERFACE) continue;
        for (int j = 0; j < t->nmethods && k < 256; j++) {
            explicit[k] = false;
            mp[k] = tn->pos;
            ms[k++] = t->methods[j];
        }
    }
    /* duplicates: identical embedded methods are fine */
    int m = 0;
    for (int i = 0; i < k; i++) {
        bool dup = false;
        for (int j = 0; j < m; j++)
            if (strcmp(ms[i].name, ms[j].name) == 0) {
                if (ms[i].sig != ms[j].sig || (explicit[i] && explicit[j])) {
                    char p[256];
                    check_error(c, mp[i], "duplicate method %s\n\t%s: other declaration of %s", ms[i].name,
                                pos_str(c, mp[j], p, sizeof p), ms[i].name);
                    bad = true;
                }
                dup = true;
            }
        if (!dup) {
            mp[m] = mp[i];
            explicit[m] = explicit[i];
            ms[m++] = ms[i];
        }
    }
    if (bad) return invalid(c, n);
    return set(n, types_interface(c->tt, ms, m));
}

static Type *map_type(Checker *c, Node *n)
{
    TStack *ts = tstack(c);
    ts->indirect++;
    Type *k = check_type(c, n->x);
    Type *v = check_type(c, n->y);
    ts->indirect--;
    if (k == c->tt->t_invalid || v == c->tt->t_invalid) return invalid(c, n);
    if (k->kind == T_INVALID && k->complete) {
        /* reported where the key type was declared */
    } else if (!k->complete || !v->complete) {
        /* a type still being declared: check the key when it is complete */
        if (c->nmapkey < 64) {
            c->mapkey_t[c->nmapkey] = k;
            c->mapkey_pos[c->nmapkey++] = check_start_pos(n->x);
        }
    } else if (!types_comparable(k)) {
        char s[256];
        check_error(c, check_start_pos(n->x), "invalid map key type %s", check_tstr(c, k, s, sizeof s));
        return invalid(c, n);
    }
    return set(n, types_map(c->tt, k, v));
}

Type *check_type(Checker *c, Node *n)
{
    if (!n) return c->tt->t_invalid;
    if (++c->depth > CHECK_MAX_DEPTH) {
        c->depth--;
        return invalid(c, n);
    }
    Type *t;
    switch (n->kind) {
    case N_IDENT: t = ident_type(c, n); break;
    case N_SELECTOR: t = qualified_type(c, n); break;
    case N_PAREN: t = check_type(c, n->x); set(n, t); break;
    case N_STAR: {
        Type *e = behind(c, n->x);
        t = e == c->tt->t_invalid ? invalid(c, n) : set(n, types_pointer(c->tt, e));
        break;
    }
    case N_ARRAYTYPE: t = array_type(c, n); break;
    case N_MAPTYPE: t = map_type(c, n); break;
    case N_CHANTYPE: {
        Type *e = behind(c, n->x);
        t = e == c->tt->t_invalid ? invalid(c, n) : set(n, types_chan(c->tt, e, n->dir));
        break;
    }
    case N_FUNCTYPE: {
        TStack *ts = tstack(c);
        ts->indirect++;
        t = check_func_type(c, n, NULL);
        ts->indirect--;
        break;
    }
    case N_STRUCTTYPE: t = struct_type(c, n); break;
    case N_INTERFACETYPE: t = interface_type(c, n); break;
    case N_INDEX: {
        /* List[int], pkg.Generic[T]: an instance (check_generic.c) */
        t = check_instantiate_type_expr(c, n);
        if (t) {
            t = t == c->tt->t_invalid ? invalid(c, n) : set(n, t);
            break;
        }
        char es[256];
        check_expr(c, n->x);
        if (n->x->mode != MODE_INVALID)
            check_error(c, check_start_pos(n->x), "%s is not a generic type", check_estr(c, n->x, es, sizeof es));
        t = invalid(c, n);
        break;
    }
    case N_ELLIPSIS:
        check_error(c, n->pos, "invalid use of ...");
        t = invalid(c, n);
        break;
    case N_BAD: t = invalid(c, n); break;
    default: {
        char es[256];
        check_expr(c, n);
        if (n->mode != MODE_INVALID) {
            if (n->mode == MODE_TYPE) {
                t = n->type;
                break;
            }
            check_error(c, check_start_pos(n), "%s is not a type", check_estr(c, n, es, sizeof es));
        }
        t = invalid(c, n);
        break;
    }
    }
    c->depth--;
    return t ? t : c->tt->t_invalid;
}

/* Parameters and results; the last parameter may be ...T. */
static int field_types(Checker *c, Node **fields, int n, Type **out, int max, bool params, bool *variadic)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        Node *f = fields[i];
        if (!f) continue;
        Node *tn = f->x;
        Type *t;
        if (tn && tn->kind == N_ELLIPSIS) {
            bool last = params && i == n - 1 && f->nnames <= 1;
            if (!last) {
                check_error(c, tn->pos, "can only use ... with final parameter in list");
                check_type(c, tn->x);
                t = c->tt->t_invalid;
            } else {
                Type *e = check_type(c, tn->x);
                t = e == c->tt->t_invalid ? e : types_slice(c->tt, e);
                set(tn, t);
                *variadic = true;
            }
        } else {
            t = check_type(c, tn);
        }
        int cnt = f->nnames ? f->nnames : 1;
        for (int j = 0; j < cnt; j++)
            if (k < max) out[k++] = t;
    }
    return k;
}

/* Parameter and result names share one scope: "i redeclared in this block". */
static void dup_params(Checker *c, Node *ft)
{
    Node *ids[256];
    int n = 0;
    for (int pass = 0; pass < 2; pass++) {
        Node **l = pass ? ft->list2 : ft->list;
        int nl = pass ? ft->nlist2 : ft->nlist;
        for (int i = 0; i < nl; i++) {
            Node *f = l[i];
            if (!f) continue;
            for (int j = 0; j < f->nnames; j++) {
                Node *id = f->names[j];
                if (!id || !id->name || strcmp(id->name, "_") == 0) continue;
                for (int k = 0; k < n; k++)
                    if (strcmp(ids[k]->name, id->name) == 0) {
                        char p[256];
                        check_error(c, id->pos, "%s redeclared in this block\n\t%s: other declaration of %s", id->name,
                                    pos_str(c, ids[k]->pos, p, sizeof p), id->name);
                        id->ival = -1;   /* tells declare_params to skip it */
                        goto next;
                    }
                if (n < 256) ids[n++] = id;
            next:;
            }
        }
    }
}

Type *check_func_type(Checker *c, Node *ft, Node *recv)
{
    (void)recv;
    if (!ft || ft->kind != N_FUNCTYPE) return c->tt->t_invalid;
    if (ft->flags & NF_TYPEPARAMS) {
        check_error(c, ft->pos, "generic functions are not supported by gocafe");
        return invalid(c, ft);
    }
    Type *ps[256], *rs[256];
    bool variadic = false, dummy = false;
    dup_params(c, ft);
    int np = field_types(c, ft->list, ft->nlist, ps, 256, true, &variadic);
    int nr = field_types(c, ft->list2, ft->nlist2, rs, 256, false, &dummy);
    /* invalid parameter types were reported; the signature stays usable */
    return set(ft, types_func(c->tt, ps, np, rs, nr, variadic));
}


Type *check_typespec(Checker *c, CSym *o)
{
    Node *spec = o->spec;
    TStack *ts = tstack(c);
    if (spec->flags & NF_TYPEPARAMS) {
        check_generic_decl(c, o);   /* instantiated on use: List[int] */
        return o->s.type;
    }
    int saved_indirect = ts->indirect;
    bool via = ts->indirect > 0;
    if (spec->flags & NF_ALIAS) {
        o->is_alias = true;
        o->s.type = c->tt->t_invalid;
        ts->indirect = 0;
        o->s.type = check_type(c, spec->x);
        ts->indirect = saved_indirect;
        return o->s.type;
    }
    const char *pkgname = c->pkg->name ? c->pkg->name : c->pkg->path;
    Type *named = types_named(c->tt, c->pkg->path, pkgname, o->s.name);
    o->s.type = named;
    if (ts->n < 256) ts->v[ts->n++] = (TEntry){o, via};
    ts->indirect = 0;
    Type *u = check_type(c, spec->x);
    ts->indirect = saved_indirect;
    ts->n--;
    if (!named->complete) {
        if (u && u != c->tt->t_invalid && !u->complete && u->name && c->npend < 64) {
            /* B is being resolved further up (type T1 struct{ *T2 }; type T2 T1) */
            c->pend_named[c->npend] = named;
            c->pend_src[c->npend++] = u;
        } else {
            if (!u || u == c->tt->t_invalid || !u->complete) u = c->tt->t_invalid;
            types_set_underlying(c->tt, named, u);
        }
    }
    /* complete the types that were waiting for this one */
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < c->npend; i++) {
            if (!c->pend_src[i]->complete) continue;
            types_set_underlying(c->tt, c->pend_named[i], c->pend_src[i]);
            c->pend_named[i] = c->pend_named[--c->npend];
            c->pend_src[i] = c->pend_src[c->npend];
            changed = true;
            i--;
        }
    }
    if (o->s.global) check_collect_methods(c, named, o->s.name);
    return named;
}

void check_deferred_map_keys(Checker *c)
{
    for (int i = 0; i < c->nmapkey; i++) {
        Type *k = c->mapkey_t[i];
        if (k->complete && k->kind != T_INVALID && !types_comparable(k)) {
            char s[256];
            check_error(c, c->mapkey_pos[i], "invalid map key type %s", check_tstr(c, k, s, sizeof s));
        }
    }
    c->nmapkey = 0;
}

Pos check_field_pos(Checker *c, Type *named, const char *fname)
{
    for (int i = 0; i < c->nobjs; i++) {
        CSym *o = c->objs[i];
        if (o->s.kind != SYM_TYPE || o->s.type != named || !o->spec) continue;
        Node *st = o->spec->x;
        if (!st || st->kind != N_STRUCTTYPE) break;
        for (int j = 0; j < st->nlist; j++) {
            Node *f = st->list[j];
            if (!f) continue;
            for (int k = 0; k < f->nnames; k++)
                if (f->names[k] && f->names[k]->name && strcmp(f->names[k]->name, fname) == 0)
                    return f->names[k]->pos;
        }
    }
    return (Pos){0, 0};
}
