/* check_generic.c - generics by instantiation (monomorphization).
 *
 * A generic function or type is not checked as such.  Each instantiation
 * (List[int], MapKeys[int,string], explicit or inferred from a call's
 * arguments) clones the declaration's syntax tree, binds the type parameter
 * names to the type arguments in a scope whose parent is the declaring
 * package's scope, and checks the clone like ordinary code: a function
 * instance becomes one more N_FUNCDECL of the declaring package (so the
 * compiler compiles it like any other), a type instance a named type
 * "List[int]" with its methods instantiated alongside.  Instances are
 * memoised per generic declaration, so List[int] is one Type everywhere.
 *
 * Inference unifies the parameter types of a signature over placeholder
 * types (Type.tparam, one per type parameter) with the argument types
 * (typed arguments first, then untyped constants with their default types),
 * then core types of constraints: [S ~[]E, E any] learns E from S, and
 * [T any, PT interface{ *T }] (or a named constraint like that) PT from T.
 *
 * Deviations from Go, kept on purpose for a teaching simulator: constraints
 * are not verified against the type arguments, and a generic body is only
 * checked per instance (an operation invalid for the type parameter but
 * valid for the argument is accepted; errors repeat per instance).  Errors
 * that only instantiation creates (duplicate case int when T is int, an
 * impossible assertion x.(T)) are not reported in instances (in_instance).
 * Generic bodies are never compiled; imports used only there count as used.
 */
#include "check_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXTP 16
#define MAXINST 200       /* instances of one generic: more is a cycle */

typedef struct GInst {
    struct Generic *g;
    Type **targs;
    Type *type;           /* type instance */
    CSym *sym;            /* function instance */
    struct GInst *next;
} GInst;

struct Generic {
    Node *spec;           /* N_FUNCDECL or N_TYPESPEC, never checked itself */
    Package *pkg;         /* declaring package */
    const char *names[MAXTP];
    Node *cons[MAXTP];    /* constraint expressions */
    Pos tpos[MAXTP];      /* where each type parameter is declared */
    int n;
    Type *ph[MAXTP];      /* placeholders */
    Type *core[MAXTP];    /* ~T / T constraint's type over placeholders, or NULL */
    Scope *phscope;
    Type *sig;            /* functions: the signature over placeholders */
    bool ready;
    CSym *sym;            /* the generic declaration's symbol */
    GInst *insts;
    int ninsts;
};

typedef struct GWork {
    Node *fd;
    Scope *scope;
    Package *pkg;
    CSym *sym;
} GWork;

/* ---------- syntax tree cloning ---------- */

static Node *clone(Checker *c, Node *n, int depth);

static Node **clone_list(Checker *c, Node **l, int n, int depth)
{
    if (!l || n <= 0) return l;
    Node **v = arena_alloc(c->arena, (size_t)n * sizeof *v);
    for (int i = 0; i < n; i++) v[i] = clone(c, l[i], depth + 1);
    return v;
}

/* A deep copy of the parser's part of n; the checker's annotations are reset. */
static Node *clone(Checker *c, Node *n, int depth)
{
    if (!n || depth > 2000) return n;
    Node *m = arena_alloc(c->arena, sizeof *m);
    m->kind = n->kind;
    m->pos = n->pos;
    m->endpos = n->endpos;
    m->oppos = n->oppos;
    m->op = n->op;
    m->flags = n->flags & ~NF_CHECK_OPASSIGN;
    m->name = n->name;
    m->lit = n->lit;
    m->litlen = n->litlen;
    m->dir = n->dir;
    m->ival = n->kind == N_IDENT ? 0 : n->ival;
    m->x = clone(c, n->x, depth + 1);
    m->y = clone(c, n->y, depth + 1);
    m->z = clone(c, n->z, depth + 1);
    m->w = clone(c, n->w, depth + 1);
    m->list = clone_list(c, n->list, n->nlist, depth);
    m->nlist = n->nlist;
    m->list2 = clone_list(c, n->list2, n->nlist2, depth);
    m->nlist2 = n->nlist2;
    m->names = clone_list(c, n->names, n->nnames, depth);
    m->nnames = n->nnames;
    m->index = -1;
    return m;
}

/* ---------- helpers ---------- */

static Generic *gen_of(Symbol *s)
{
    return s ? ((CSym *)s)->gen : NULL;
}

static bool contains_tparam(Type *t, int depth)
{
    if (!t || depth > 20) return false;
    if (t->tparam) return true;
    if (t->name) return false;
    switch (t->kind) {
    case T_POINTER: case T_SLICE: case T_ARRAY: case T_CHAN: return contains_tparam(t->elem, depth + 1);
    case T_MAP: return contains_tparam(t->key, depth + 1) || contains_tparam(t->elem, depth + 1);
    case T_FUNC: case T_TUPLE:
        for (int i = 0; i < t->nparams; i++)
            if (contains_tparam(t->params[i], depth + 1)) return true;
        for (int i = 0; i < t->nresults; i++)
            if (contains_tparam(t->results[i], depth + 1)) return true;
        return false;
    case T_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (contains_tparam(t->fields[i].type, depth + 1)) return true;
        return false;
    default: return false;
    }
}

static void add_tparams(Checker *c, Generic *g, Node **fields, int n)
{
    for (int i = 0; i < n; i++) {
        Node *f = fields[i];
        if (!f) continue;
        /* a constraint names a package: the import is used */
        Node *cx = f->x;
        if (cx && cx->kind == N_SELECTOR && cx->x && cx->x->kind == N_IDENT) {
            Symbol *ps = scope_lookup(c, cx->x->name, NULL);
            if (ps && ps->kind == SYM_PKG) ps->used = true;
        }
        for (int j = 0; j < f->nnames; j++) {
            if (g->n >= MAXTP) {
                check_error(c, f->pos, "too many type parameters (gocafe supports %d)", MAXTP);
                return;
            }
            g->names[g->n] = f->names[j] && f->names[j]->name ? f->names[j]->name : "_";
            g->tpos[g->n] = f->names[j] ? f->names[j]->pos : f->pos;
            g->cons[g->n++] = f->x;
        }
    }
}

static Scope *bind_scope(Checker *c, Generic *g, const char **names, int n, Type **targs)
{
    Scope *s = scope_new(c, (Scope *)g->pkg->scope);
    for (int i = 0; i < n; i++) {
        if (!names[i] || strcmp(names[i], "_") == 0) continue;
        CSym *o = sym_new(c, SYM_TYPE, names[i], (Pos){0, 0}, targs[i]);
        o->s.pkg = g->pkg;
        o->is_alias = true;
        o->s.used = true;
        scope_insert(c, s, &o->s);
    }
    return s;
}

/* Checker context switched to the declaring package while checking clones. */
typedef struct Saved {
    Scope *scope, *pkgscope;
    Package *pkg;
    FuncCtx *fn;
    CSym *cur_decl;
    int64_t iota;
} Saved;

static Saved enter(Checker *c, Generic *g, Scope *s)
{
    Saved v = {c->scope, c->pkgscope, c->pkg, c->fn, c->cur_decl, c->iota};
    c->scope = s;
    c->pkgscope = (Scope *)g->pkg->scope;
    c->pkg = g->pkg;
    c->fn = NULL;
    c->cur_decl = NULL;
    c->iota = -1;
    return v;
}

static void leave(Checker *c, Saved v)
{
    c->scope = v.scope;
    c->pkgscope = v.pkgscope;
    c->pkg = v.pkg;
    c->fn = v.fn;
    c->cur_decl = v.cur_decl;
    c->iota = v.iota;
}

/* interface{ ~map[K]V } / interface{ Set(string); *T }: the one type term
 * (core type), or NULL. */
static Node *single_term(Node *iface)
{
    Node *term = NULL;
    for (int i = 0; i < iface->nlist; i++) {
        Node *f = iface->list[i];
        if (!f || f->nnames > 0 || !f->x) continue;   /* methods */
        Node *x = f->x;
        if (x->kind == N_IDENT || x->kind == N_SELECTOR || x->kind == N_INDEX) continue;   /* embedded */
        if (term) return NULL;
        term = x;
    }
    return term;
}

/* Setter[T] as a constraint, with type Setter[B any] interface{ Set(string); *B }:
 * the core type *T (over the caller's placeholders, in c->scope). */
static Type *named_core(Checker *c, Node *cx)
{
    Symbol *s = check_generic_sym(c, cx->x);
    Generic *cg = gen_of(s);
    if (!cg || s->kind != SYM_TYPE || !cg->spec->x || cg->spec->x->kind != N_INTERFACETYPE) return NULL;
    Node *term = single_term(cg->spec->x);
    if (!term) return NULL;
    if (term->kind == N_UNARY && term->op == TK_TILDE) term = term->x;
    Node *one[1] = {cx->y};
    Node **l = cx->nlist > 0 ? cx->list : one;
    int k = cx->nlist > 0 ? cx->nlist : 1;
    if (k != cg->n) return NULL;
    Type *args[MAXTP];
    for (int i = 0; i < k; i++) {
        args[i] = check_type(c, clone(c, l[i], 0));
        if (args[i] == c->tt->t_invalid) return NULL;
    }
    Scope *saved = c->scope;
    c->scope = bind_scope(c, cg, cg->names, cg->n, args);
    Type *t = check_type(c, clone(c, term, 0));
    c->scope = saved;
    return t == c->tt->t_invalid ? NULL : t;
}

/* Placeholders and, for functions, the signature over them. */
static void prepare(Checker *c, Generic *g)
{
    if (g->ready) return;
    g->ready = true;
    g->phscope = scope_new(c, (Scope *)g->pkg->scope);
    const char *pkgname = g->pkg->name ? g->pkg->name : g->pkg->path;
    for (int i = 0; i < g->n; i++) {
        Type *ph = types_named(c->tt, g->pkg->path, pkgname, g->names[i]);
        types_set_underlying(c->tt, ph, c->tt->t_any);
        ph->tparam = true;
        g->ph[i] = ph;
    }
    g->phscope = bind_scope(c, g, g->names, g->n, g->ph);
    Saved sv = enter(c, g, g->phscope);
    for (int i = 0; i < g->n; i++) {
        Node *cx = g->cons[i];
        if (cx && cx->kind == N_INTERFACETYPE) cx = single_term(cx);
        if (cx && cx->kind == N_UNARY && cx->op == TK_TILDE) cx = cx->x;
        else if (!cx || cx->kind == N_IDENT || cx->kind == N_SELECTOR || cx->kind == N_BINARY ||
                 cx->kind == N_INTERFACETYPE || cx->kind == N_INDEX)
            cx = NULL;   /* named constraints: not verified (see the top) */
        if (cx) g->core[i] = check_type(c, clone(c, cx, 0));
        else if (g->cons[i] && g->cons[i]->kind == N_INDEX) g->core[i] = named_core(c, g->cons[i]);
    }
    if (g->spec->kind == N_FUNCDECL) g->sig = check_func_type(c, clone(c, g->spec->y, 0), NULL);
    leave(c, sv);
}

/* "int", "string", "main.Point": Go's type-argument strings (reflect's). */
static const char *inst_name(Checker *c, const char *base, Type **targs, int n)
{
    char buf[1024];
    SBuf b = {buf, 0, sizeof buf};
    sb_printf(&b, "%s[", base);
    for (int i = 0; i < n; i++) {
        char ts[256];
        types_string(targs[i], NULL, ts, sizeof ts);
        sb_printf(&b, "%s%s", i ? "," : "", ts);
    }
    sb_put(&b, "]");
    return arena_strndup(c->arena, buf, strlen(buf));
}

static GInst *find_inst(Generic *g, Type **targs)
{
    for (GInst *in = g->insts; in; in = in->next) {
        bool same = true;
        for (int i = 0; i < g->n && same; i++)
            if (!types_identical(in->targs[i], targs[i])) same = false;
        if (same) return in;
    }
    return NULL;
}

static GInst *new_inst(Checker *c, Generic *g, Type **targs)
{
    GInst *in = arena_alloc(c->arena, sizeof *in);
    in->g = g;
    in->targs = arena_alloc(c->arena, (size_t)(g->n + 1) * sizeof *in->targs);
    memcpy(in->targs, targs, (size_t)g->n * sizeof *targs);
    in->next = g->insts;
    g->insts = in;
    return in;
}

static void queue(Checker *c, Node *fd, Scope *s, Package *pkg, CSym *sym)
{
    if (c->ngwork == c->capgwork) {
        c->capgwork = c->capgwork ? c->capgwork * 2 : 16;
        c->gwork = xrealloc(c->gwork, (size_t)c->capgwork * sizeof(GWork));
    }
    ((GWork *)c->gwork)[c->ngwork++] = (GWork){fd, s, pkg, sym};
}

/* ---------- declarations ---------- */

/* Imports used only inside a generic body are used (Go checks generic
 * bodies once; gocafe per instance, maybe never). */
static void mark_pkg_uses(Checker *c, Node *n, int depth)
{
    if (!n || depth > 2000) return;
    if (n->kind == N_SELECTOR && n->x && n->x->kind == N_IDENT && n->x->name) {
        Symbol *ps = scope_lookup_local(c->pkgscope, n->x->name);
        if (!ps) ps = scope_lookup(c, n->x->name, NULL);
        if (ps && ps->kind == SYM_PKG) ps->used = true;
    }
    mark_pkg_uses(c, n->x, depth + 1);
    mark_pkg_uses(c, n->y, depth + 1);
    mark_pkg_uses(c, n->z, depth + 1);
    mark_pkg_uses(c, n->w, depth + 1);
    for (int i = 0; i < n->nlist; i++) mark_pkg_uses(c, n->list[i], depth + 1);
    for (int i = 0; i < n->nlist2; i++) mark_pkg_uses(c, n->list2[i], depth + 1);
}

void check_generic_decl(Checker *c, CSym *o)
{
    if (o->gen) return;
    Generic *g = arena_alloc(c->arena, sizeof *g);
    g->spec = o->spec;
    g->pkg = c->pkg;
    g->sym = o;
    o->gen = g;
    add_tparams(c, g, o->spec->list, o->spec->nlist);
    mark_pkg_uses(c, o->spec, 0);
    Node *file = c->pkg->file;
    for (int i = 0; o->s.kind == SYM_TYPE && file && i < file->nlist2; i++) {
        Node *d = file->list2[i];
        bool ptr;
        Node *b = d && d->kind == N_FUNCDECL && d->x ? check_recv_base(d->x->x, &ptr) : NULL;
        if (b && b->kind == N_INDEX && b->x && b->x->kind == N_IDENT && strcmp(b->x->name, o->s.name) == 0)
            mark_pkg_uses(c, d, 0);
    }
    if (o->s.kind == SYM_FUNC) {
        prepare(c, g);
        o->s.type = g->sig;
    } else {
        o->s.type = c->tt->t_invalid;
    }
}

/* func (l *List[T]) M(): a method of a generic type of this package. */
bool check_is_generic_method(Checker *c, Node *fd)
{
    if (!fd || fd->kind != N_FUNCDECL || !fd->x) return false;
    bool ptr;
    Node *b = check_recv_base(fd->x->x, &ptr);
    if (!b || b->kind != N_INDEX || !b->x || b->x->kind != N_IDENT) return false;
    Symbol *s = scope_lookup_local(c->pkgscope, b->x->name);
    return s && s->kind == SYM_TYPE && ((CSym *)s)->spec && (((CSym *)s)->spec->flags & NF_TYPEPARAMS);
}

bool check_is_generic(Symbol *s)
{
    return gen_of(s) != NULL;
}

/* ---------- instantiation ---------- */

static void inst_methods(Checker *c, Generic *g, Type *named, Type **targs)
{
    Node *file = g->pkg->file;
    for (int i = 0; file && i < file->nlist2; i++) {
        Node *d = file->list2[i];
        if (!d || d->kind != N_FUNCDECL || !d->x || !d->name) continue;
        bool ptr;
        Node *b = check_recv_base(d->x->x, &ptr);
        if (!b || b->kind != N_INDEX || !b->x || b->x->kind != N_IDENT || strcmp(b->x->name, g->spec->name) != 0)
            continue;
        Node *fd = clone(c, d, 0);
        Node *rb = check_recv_base(fd->x->x, &ptr);
        const char *names[MAXTP];
        int n = 0;
        if (rb->nlist > 0) {
            for (int j = 0; j < rb->nlist && n < MAXTP; j++)
                names[n++] = rb->list[j] && rb->list[j]->kind == N_IDENT ? rb->list[j]->name : "_";
        } else {
            names[n++] = rb->y && rb->y->kind == N_IDENT ? rb->y->name : "_";
        }
        if (n != g->n) {
            check_error(c, rb->pos, "receiver declares %d type parameters, but receiver base type declares %d", n, g->n);
            continue;
        }
        Scope *s = bind_scope(c, g, names, n, targs);
        Saved sv = enter(c, g, s);
        Type *sig = check_func_type(c, fd->y, NULL);
        rb->type = named;
        rb->mode = MODE_TYPE;
        rb->sym = NULL;
        fd->x->x->type = ptr ? types_pointer(c->tt, named) : named;
        fd->x->x->mode = MODE_TYPE;
        CSym *o = sym_new(c, SYM_FUNC, fd->name, fd->pos, sig);
        o->spec = fd;
        o->s.decl = fd;
        o->s.global = true;
        o->s.used = true;
        fd->sym = &o->s;
        leave(c, sv);
        if (strcmp(fd->name, "_") != 0 && !types_find_method(named, fd->name)) {
            Method m = {.name = fd->name, .sig = sig, .ptr_recv = ptr, .func_index = -1,
                        .pkg = check_exported(fd->name) ? NULL : g->pkg->path};
            types_add_method(c->tt, named, m);
        }
        queue(c, fd, s, g->pkg, o);
    }
}

/* A use of instance `in` while its underlying type is being resolved: a
 * cycle (type Bad[T any] struct{ x Bad[T] }) unless a pointer, slice, map,
 * chan or func lies between; reports it as gc does. */
static bool inst_cycle(Checker *c, GInst *in, Node *at)
{
    if (in->type->complete || check_type_indirect(c, -1) != 0) return false;
    int k = c->ngres - 1;
    while (k >= 0 && c->gres[k] != in) k--;
    if (k < 0) return false;
    for (int j = k + 1; j < c->ngres; j++)
        if (c->gres_via[j]) return false;
    const char *f = c->d->filename ? c->d->filename : "";
    const char *pre = (f[0] != '/' && f[0] != '.' && f[0] != '$') ? "./" : "";
    const char *name = in->g->spec->name;
    Pos p = at ? check_start_pos(at) : in->g->spec->pos;
    check_error(c, p, "invalid recursive type %s\n\t%s%s:%d:%d: %s refers to\n\t%s%s:%d:%d: %s", name, pre, f,
                p.line, p.col, name, pre, f, p.line, p.col, name);
    types_set_underlying(c->tt, in->type, c->tt->t_invalid);
    return true;
}

static Type *instantiate_type(Checker *c, CSym *gs, Type **targs, Node *at)
{
    Generic *g = gs->gen;
    GInst *in = find_inst(g, targs);
    if (in) {
        if (inst_cycle(c, in, at)) return c->tt->t_invalid;
        return in->type->complete && in->type->kind == T_INVALID ? c->tt->t_invalid : in->type;
    }
    if (g->ninsts++ >= MAXINST) {
        if (g->ninsts == MAXINST + 1)
            check_error(c, at ? check_start_pos(at) : g->spec->pos, "instantiation cycle");
        return c->tt->t_invalid;
    }
    in = new_inst(c, g, targs);
    const char *pkgname = g->pkg->name ? g->pkg->name : g->pkg->path;
    Type *named = types_named(c->tt, g->pkg->path, pkgname, inst_name(c, g->spec->name, targs, g->n));
    named->ginst = in;
    for (int i = 0; i < g->n; i++)
        if (contains_tparam(targs[i], 0)) named->tparam = true;
    in->type = named;
    Scope *s = bind_scope(c, g, g->names, g->n, targs);
    Saved sv = enter(c, g, s);
    int ind = check_type_indirect(c, 0);
    if (c->ngres < 64) {
        c->gres[c->ngres] = in;
        c->gres_via[c->ngres++] = ind > 0;
    }
    Type *u = check_type(c, clone(c, g->spec->x, 0));
    if (c->ngres > 0 && c->gres[c->ngres - 1] == in) c->ngres--;
    check_type_indirect(c, ind);
    leave(c, sv);
    if (named->complete) return named->kind == T_INVALID ? c->tt->t_invalid : named;   /* a cycle was reported */
    if (!u || u->kind == T_INVALID || !u->complete) u = c->tt->t_invalid;
    types_set_underlying(c->tt, named, u);
    if (!named->tparam && u != c->tt->t_invalid) inst_methods(c, g, named, targs);
    return named;
}

CSym *check_instantiate_func(Checker *c, Symbol *gsym, Type **targs, Node *at)
{
    CSym *gs = (CSym *)gsym;
    Generic *g = gs->gen;
    GInst *in = find_inst(g, targs);
    if (in) return in->sym;
    if (g->ninsts++ >= MAXINST) {   /* func F[T any]() { F[[]T]() } */
        if (g->ninsts == MAXINST + 1)
            check_error(c, at ? check_start_pos(at) : g->spec->pos, "instantiation cycle");
        return NULL;
    }
    in = new_inst(c, g, targs);
    Node *fd = clone(c, g->spec, 0);
    fd->flags &= ~NF_TYPEPARAMS;
    fd->list = NULL;
    fd->nlist = 0;
    /* Go's tracebacks print every instance as F[...] */
    char nm[256];
    snprintf(nm, sizeof nm, "%s[...]", g->spec->name);
    fd->name = arena_strndup(c->arena, nm, strlen(nm));
    Scope *s = bind_scope(c, g, g->names, g->n, targs);
    Saved sv = enter(c, g, s);
    Type *sig = check_func_type(c, fd->y, NULL);
    CSym *o = sym_new(c, SYM_FUNC, fd->name, fd->pos, sig);
    leave(c, sv);
    o->spec = fd;
    o->s.decl = fd;
    o->s.global = true;
    o->s.used = true;
    o->s.pkg = g->pkg;
    fd->sym = &o->s;
    in->sym = o;
    bool concrete = true;
    for (int i = 0; i < g->n; i++)
        if (contains_tparam(targs[i], 0)) concrete = false;
    if (concrete) queue(c, fd, s, g->pkg, o);
    return o;
}

/* Type arguments of x[A, B] in a type context, or NULL after an error. */
static bool type_args(Checker *c, Node *n, Generic *g, const char *what, Type **out)
{
    Node *one[1] = {n->y};
    Node **l = n->nlist > 0 ? n->list : one;
    int k = n->nlist > 0 ? n->nlist : 1;
    bool ok = true;
    for (int i = 0; i < k; i++) {
        Type *t = check_type(c, l[i]);
        if (t == c->tt->t_invalid) ok = false;
        if (i < MAXTP) out[i] = t;
    }
    if (!ok) return false;
    char es[256];
    if (k > g->n && strcmp(what, "function") == 0) {   /* types2's funcInst */
        check_error(c, check_start_pos(l[g->n]), "got %d type arguments but %s has %d type parameters", k,
                    check_estr(c, n->x, es, sizeof es), g->n);
        return false;
    }
    if (k > g->n || (k < g->n && strcmp(what, "type") == 0)) {   /* validateTArgLen */
        check_error(c, check_start_pos(n), "%s type arguments for type %s: have %d, want %d",
                    k > g->n ? "too many" : "not enough", check_estr(c, n->x, es, sizeof es), k, g->n);
        return false;
    }
    for (int i = k; i < g->n; i++) out[i] = NULL;
    return true;
}

/* n->x as a generic declaration's symbol, without checking (and without
 * errors): an identifier or pkg.Name. */
Symbol *check_generic_sym(Checker *c, Node *x)
{
    while (x && x->kind == N_PAREN) x = x->x;
    if (!x) return NULL;
    Symbol *s = NULL;
    if (x->kind == N_IDENT && x->name) {
        s = scope_lookup(c, x->name, NULL);
        if (s && ((CSym *)s)->state == OBJ_TODO) check_resolve_obj(c, (CSym *)s);
    } else if (x->kind == N_SELECTOR && x->x && x->x->kind == N_IDENT && x->name) {
        Symbol *ps = scope_lookup(c, x->x->name, NULL);
        if (ps && ps->kind == SYM_PKG && ps->imported && ps->imported->scope) {
            ps->used = true;
            s = scope_lookup_local((Scope *)ps->imported->scope, x->name);
            if (s && !check_exported(x->name)) s = NULL;
        }
    }
    return gen_of(s) ? s : NULL;
}

/* List[int] in a type context. */
Type *check_instantiate_type_expr(Checker *c, Node *n)
{
    Symbol *s = check_generic_sym(c, n->x);
    if (!s || s->kind != SYM_TYPE) return NULL;
    Generic *g = gen_of(s);
    Type *targs[MAXTP];
    if (!type_args(c, n, g, "type", targs)) return c->tt->t_invalid;
    prepare(c, g);
    return instantiate_type(c, (CSym *)s, targs, n);
}

/* F[int] as an expression: all type arguments given, or the rest inferred
 * by the call (partial is then true). */
CSym *check_instantiate_func_expr(Checker *c, Node *n, Type **targs, bool *partial)
{
    Symbol *s = check_generic_sym(c, n->x);
    if (!s || s->kind != SYM_FUNC) return NULL;
    Generic *g = gen_of(s);
    if (!type_args(c, n, g, "function", targs)) return NULL;
    *partial = false;
    for (int i = 0; i < g->n; i++)
        if (!targs[i]) *partial = true;
    if (*partial) return (CSym *)s;
    return check_instantiate_func(c, s, targs, n);
}

/* ---------- inference ---------- */

static int ph_index(Generic *g, Type *t)
{
    for (int i = 0; i < g->n; i++)
        if (g->ph[i] == t) return i;
    return -1;
}

static void unify(Generic *g, Type *p, Type *a, Type **targs, int depth)
{
    if (!p || !a || depth > 20 || a->kind == T_INVALID) return;
    int k = ph_index(g, p);
    if (k >= 0) {
        if (!targs[k]) targs[k] = a;
        return;
    }
    if (!contains_tparam(p, 0)) return;
    if (p->name) {
        GInst *pi = p->ginst, *ai = a->ginst;
        if (pi && ai && pi->g == ai->g)
            for (int i = 0; i < pi->g->n; i++) unify(g, pi->targs[i], ai->targs[i], targs, depth + 1);
        else if (pi && !a->name && p->underlying != p)   /* Func2[A, R] vs func(int) string */
            unify(g, p->underlying, a, targs, depth + 1);
        return;
    }
    Type *au = a->name ? a->underlying : a;
    if (!au || au->kind != p->kind) return;
    switch (p->kind) {
    case T_POINTER: case T_SLICE: case T_ARRAY: case T_CHAN: unify(g, p->elem, au->elem, targs, depth + 1); break;
    case T_MAP:
        unify(g, p->key, au->key, targs, depth + 1);
        unify(g, p->elem, au->elem, targs, depth + 1);
        break;
    case T_FUNC:
        if (p->nparams == au->nparams && p->nresults == au->nresults) {
            for (int i = 0; i < p->nparams; i++) unify(g, p->params[i], au->params[i], targs, depth + 1);
            for (int i = 0; i < p->nresults; i++) unify(g, p->results[i], au->results[i], targs, depth + 1);
        }
        break;
    case T_STRUCT:
        if (p->nfields == au->nfields)
            for (int i = 0; i < p->nfields; i++) unify(g, p->fields[i].type, au->fields[i].type, targs, depth + 1);
        break;
    default: break;
    }
}

/* t with the placeholders of g replaced by targs; NULL while one is unknown. */
static Type *subst(Checker *c, Generic *g, Type *t, Type **targs, int depth)
{
    if (!t || depth > 20) return NULL;
    int k = ph_index(g, t);
    if (k >= 0) return targs[k];
    if (!contains_tparam(t, 0)) return t;
    TypeTable *tt = c->tt;
    if (t->name) {
        GInst *in = t->ginst;
        if (!in) return NULL;
        Type *args[MAXTP];
        for (int i = 0; i < in->g->n; i++)
            if (!(args[i] = subst(c, g, in->targs[i], targs, depth + 1))) return NULL;
        return instantiate_type(c, in->g->sym, args, NULL);
    }
    Type *e = t->elem ? subst(c, g, t->elem, targs, depth + 1) : NULL;
    switch (t->kind) {
    case T_POINTER: return e ? types_pointer(tt, e) : NULL;
    case T_SLICE: return e ? types_slice(tt, e) : NULL;
    case T_ARRAY: return e ? types_array(tt, e, t->len) : NULL;
    case T_CHAN: return e ? types_chan(tt, e, t->dir) : NULL;
    case T_MAP: {
        Type *key = subst(c, g, t->key, targs, depth + 1);
        return key && e ? types_map(tt, key, e) : NULL;
    }
    case T_FUNC: {
        Type *ps[64], *rs[64];
        if (t->nparams > 64 || t->nresults > 64) return NULL;
        for (int i = 0; i < t->nparams; i++)
            if (!(ps[i] = subst(c, g, t->params[i], targs, depth + 1))) return NULL;
        for (int i = 0; i < t->nresults; i++)
            if (!(rs[i] = subst(c, g, t->results[i], targs, depth + 1))) return NULL;
        return types_func(tt, ps, t->nparams, rs, t->nresults, t->variadic);
    }
    default: return NULL;
    }
}

static int untyped_rank(Type *t)
{
    switch (t ? t->kind : T_INVALID) {
    case T_UNTYPED_INT: return 1;
    case T_UNTYPED_RUNE: return 2;
    case T_UNTYPED_FLOAT: return 3;
    default: return 0;
    }
}

/* Fills the missing entries of targs from the call's arguments; reports
 * "in call to F, cannot infer T" and returns false when some stay unknown. */
bool check_infer(Checker *c, Symbol *gsym, Type **targs, Type **atypes, int nargs, bool dots, Node *call,
                 const char *fname)
{
    Generic *g = gen_of(gsym);
    prepare(c, g);
    Type *sig = g->sig;
    if (!sig || sig->kind != T_FUNC) return false;
    int np = sig->nparams;
    for (int pass = 0; pass < 2; pass++) {
        Type *untyped[MAXTP] = {0};
        for (int i = 0; i < nargs; i++) {
            Type *pt;
            if (sig->variadic && i >= np - 1) pt = dots ? sig->params[np - 1] : sig->params[np - 1]->elem;
            else if (i < np) pt = sig->params[i];
            else break;
            Type *at = atypes[i];
            if (!at) continue;
            if (pass == 0) {
                if (!types_is_untyped(at)) unify(g, pt, at, targs, 0);
                continue;
            }
            int k = ph_index(g, pt);
            if (k < 0 || !types_is_untyped(at) || at->kind == T_UNTYPED_NIL) continue;
            if (targs[k] && !untyped[k]) continue;
            if (!untyped[k] || untyped_rank(at) > untyped_rank(untyped[k])) untyped[k] = at;
        }
        if (pass == 1)
            for (int k = 0; k < g->n; k++)
                if (untyped[k]) targs[k] = types_default(c->tt, untyped[k]);
        /* core types: [S ~[]E, E any] learns E from S, [T any, PT
           interface{ *T }] learns PT from T */
        for (int r = 0; r < g->n; r++)
            for (int k = 0; k < g->n; k++) {
                if (g->core[k] && targs[k]) unify(g, g->core[k], targs[k], targs, 0);
                else if (g->core[k]) targs[k] = subst(c, g, g->core[k], targs, 0);
            }
    }
    for (int k = 0; k < g->n; k++)
        if (!targs[k]) {
            const char *f = c->d->filename ? c->d->filename : "";
            const char *pre = (f[0] != '/' && f[0] != '.' && f[0] != '$') ? "./" : "";
            check_error(c, call->oppos.line ? call->oppos : check_start_pos(call),
                        "in call to %s, cannot infer %s (declared at %s%s:%d:%d)", fname, g->names[k], pre, f,
                        g->tpos[k].line, g->tpos[k].col);
            return false;
        }
    return true;
}

/* ---------- bodies ---------- */

static void append_func(Checker *c, Package *pkg, Node *fd)
{
    Node **v = arena_alloc(c->arena, ((size_t)pkg->nfuncs + 2) * sizeof *v);
    if (pkg->nfuncs) memcpy(v, pkg->funcs, (size_t)pkg->nfuncs * sizeof *v);
    v[pkg->nfuncs++] = fd;
    pkg->funcs = v;
}

/* Checks the bodies of the instances made so far (which may make more),
 * and adds them to their declaring packages for the compiler. */
void check_generic_drain(Checker *c)
{
    while (c->ngwork > 0) {
        GWork w = ((GWork *)c->gwork)[--c->ngwork];
        Generic gg = {.pkg = w.pkg};
        Saved sv = enter(c, &gg, w.scope);
        c->cur_decl = w.sym;
        bool was = c->in_instance;
        c->in_instance = true;
        if (w.fd->z) check_func_body(c, w.fd, w.sym->s.type, w.fd->x, w.fd->y, w.fd->z);
        c->in_instance = was;
        leave(c, sv);
        append_func(c, w.pkg, w.fd);
    }
    free(c->gwork);
    c->gwork = NULL;
    c->capgwork = 0;
}

/* Go's "cannot use generic type List[T any] without instantiation" and
 * "cannot use generic function F without instantiation". */
void check_generic_without_inst(Checker *c, Node *n, Symbol *s)
{
    CSym *o = (CSym *)s;
    if (s->kind == SYM_FUNC) {
        check_error(c, check_start_pos(n), "cannot use generic function %s without instantiation", s->name);
        return;
    }
    char buf[512];
    SBuf b = {buf, 0, sizeof buf};
    sb_printf(&b, "%s[", s->name);
    Node *spec = o->spec;
    for (int i = 0; spec && i < spec->nlist; i++) {
        Node *f = spec->list[i];
        if (!f) continue;
        for (int j = 0; j < f->nnames; j++) {
            sb_printf(&b, "%s%s", b.len > strlen(s->name) + 1 ? ", " : "", f->names[j]->name);
            if (j == f->nnames - 1 && f->x) {
                char es[256];
                sb_printf(&b, " %s", check_estr(c, f->x, es, sizeof es));
            }
        }
    }
    sb_put(&b, "]");
    check_error(c, check_start_pos(n), "cannot use generic type %s without instantiation", buf);
}
