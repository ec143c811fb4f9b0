/* check.c - the checker's driver: scopes, the universe, imports, package-level
 * declarations (collected first, then resolved lazily with cycle detection),
 * function bodies, unused imports, and Go's package variable initialization
 * order.
 *
 * Contract: check.h.  Expressions are in check_expr.c/check_call.c, statements
 * in check_stmt.c, type expressions in check_type.c.  All state lives in a
 * Checker; every Symbol the checker makes is a CSym.
 */
#include "check_int.h"
#include "lib.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------- errors ---------- */

void check_error(Checker *c, Pos pos, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (c->errpos.line) pos = c->errpos;
    c->nerrors++;
    /* gc: "only one of multiple equal non-syntax errors per line" */
    if (pos.line == c->last_line && strncmp(c->last_msg, buf, sizeof c->last_msg - 1) == 0) return;
    c->last_line = pos.line;
    size_t n = strlen(buf) < sizeof c->last_msg - 1 ? strlen(buf) : sizeof c->last_msg - 1;
    memcpy(c->last_msg, buf, n);
    c->last_msg[n] = 0;
    diags_add(c->d, pos, "%s", buf);
}

/* "./main.go:5:6", as the continuation lines of gc's messages spell it. */
static const char *pos_str(Checker *c, Pos p, char *buf, size_t n)
{
    const char *f = c->d->filename ? c->d->filename : "";
    const char *pre = (f[0] != '/' && f[0] != '.' && f[0] != '$') ? "./" : "";
    snprintf(buf, n, "%s%s:%d:%d", pre, f, p.line, p.col);
    return buf;
}

const char *check_tstr(Checker *c, Type *t, char *buf, size_t n)
{
    types_string(t, c->pkg->path, buf, n);
    return buf;
}

bool check_exported(const char *name) { return name && name[0] >= 'A' && name[0] <= 'Z'; }

/* types2 reports a node at syntax.StartPos, which the parser stores as pos. */
Pos check_start_pos(Node *n) { return n ? n->pos : (Pos){0, 0}; }

/* ---------- scopes ---------- */

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

Scope *scope_new(Checker *c, Scope *parent)
{
    Scope *s = arena_alloc(c->arena, sizeof *s);
    s->parent = parent;
    return s;
}

Symbol *scope_lookup_local(Scope *s, const char *name)
{
    if (!s || !s->cap || !name) return NULL;
    uint32_t j = name_hash(name) & (uint32_t)(s->cap - 1);
    for (; s->slots[j]; j = (j + 1) & (uint32_t)(s->cap - 1))
        if (strcmp(s->slots[j]->name, name) == 0) return s->slots[j];
    return NULL;
}

Symbol *scope_lookup(Checker *c, const char *name, Scope **where)
{
    for (Scope *s = c->scope; s; s = s->parent) {
        Symbol *sym = scope_lookup_local(s, name);
        if (sym) {
            if (where) *where = s;
            return sym;
        }
    }
    return NULL;
}

static void scope_grow(Checker *c, Scope *s)
{
    int ncap = s->cap ? s->cap * 2 : 8;
    Symbol **ns = arena_alloc(c->arena, (size_t)ncap * sizeof *ns);
    for (int i = 0; i < s->cap; i++) {
        Symbol *sym = s->slots[i];
        if (!sym) continue;
        uint32_t j = name_hash(sym->name) & (uint32_t)(ncap - 1);
        while (ns[j]) j = (j + 1) & (uint32_t)(ncap - 1);
        ns[j] = sym;
    }
    s->slots = ns;
    s->cap = ncap;
}

/* Inserts (or replaces) sym; the caller checks for redeclaration. */
void scope_insert(Checker *c, Scope *s, Symbol *sym)
{
    if ((s->n + 1) * 2 > s->cap) scope_grow(c, s);
    uint32_t j = name_hash(sym->name) & (uint32_t)(s->cap - 1);
    for (; s->slots[j]; j = (j + 1) & (uint32_t)(s->cap - 1))
        if (strcmp(s->slots[j]->name, sym->name) == 0) {
            s->slots[j] = sym;
            return;
        }
    s->slots[j] = sym;
    s->n++;
    if (s->norder == s->caporder) {
        int nc = s->caporder ? s->caporder * 2 : 8;
        Symbol **no = arena_alloc(c->arena, (size_t)nc * sizeof *no);
        if (s->norder) memcpy(no, s->order, (size_t)s->norder * sizeof *no);
        s->order = no;
        s->caporder = nc;
    }
    s->order[s->norder++] = sym;
}

CSym *sym_new(Checker *c, SymKind k, const char *name, Pos pos, Type *t)
{
    CSym *o = arena_alloc(c->arena, sizeof *o);
    o->s.kind = k;
    o->s.name = name ? name : "_";
    o->s.pos = pos;
    o->s.type = t;
    o->s.pkg = c->pkg;
    o->s.index = -1;
    o->s.func_index = -1;
    return o;
}

static void push_sym(Checker *c, Symbol ***v, int *n, int *cap, Symbol *s)
{
    if (*n == *cap) {
        int nc = *cap ? *cap * 2 : 8;
        Symbol **nv = arena_alloc(c->arena, (size_t)nc * sizeof *nv);
        if (*n) memcpy(nv, *v, (size_t)*n * sizeof *nv);
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = s;
}

/* Declares a local in the current scope and the current function's locals. */
void check_declare_local(Checker *c, Symbol *sym, Node *ident)
{
    if (ident) ident->sym = sym;
    if (c->fn) {
        sym->func = c->fn->node;
        if (sym->kind == SYM_VAR)
            push_sym(c, &c->fn->locals, &c->fn->nlocals, &c->fn->caplocals, sym);
    }
    if (!sym->name || strcmp(sym->name, "_") == 0) return;
    Symbol *old = scope_lookup_local(c->scope, sym->name);
    if (old) {
        char p[256];
        check_error(c, sym->pos, "%s redeclared in this block\n\t%s: other declaration of %s", sym->name,
                    pos_str(c, old->pos, p, sizeof p), sym->name);
        return;
    }
    scope_insert(c, c->scope, sym);
}

/* ---------- universe ---------- */

static void universe_type(Checker *c, const char *name, Type *t)
{
    CSym *o = sym_new(c, SYM_TYPE, name, (Pos){0, 0}, t);
    o->s.pkg = NULL;
    scope_insert(c, c->universe, &o->s);
}

static void make_universe(Checker *c)
{
    TypeTable *tt = c->tt;
    c->universe = scope_new(c, NULL);
    Type *ts[] = {tt->t_bool, tt->t_int, tt->t_int8, tt->t_int16, tt->t_int32, tt->t_int64,
                  tt->t_uint, tt->t_uint8, tt->t_uint16, tt->t_uint32, tt->t_uint64,
                  tt->t_uintptr, tt->t_float32, tt->t_float64, tt->t_string, tt->t_error};
    for (size_t i = 0; i < sizeof ts / sizeof *ts; i++) universe_type(c, ts[i]->name, ts[i]);
    universe_type(c, "byte", tt->t_uint8);
    universe_type(c, "rune", tt->t_int32);
    universe_type(c, "any", tt->t_any);
    {   /* the constraint; not verified (check_generic.c) */
        Type *cmp = types_named(tt, NULL, NULL, "comparable");
        types_set_underlying(tt, cmp, tt->t_any);
        universe_type(c, "comparable", cmp);
    }
    universe_type(c, "complex64", NULL);   /* unsupported: reported on use */
    universe_type(c, "complex128", NULL);
    CSym *t = sym_new(c, SYM_CONST, "true", (Pos){0, 0}, tt->t_untyped_bool);
    t->s.cv = cv_bool(true);
    t->s.pkg = NULL;
    scope_insert(c, c->universe, &t->s);
    CSym *f = sym_new(c, SYM_CONST, "false", (Pos){0, 0}, tt->t_untyped_bool);
    f->s.cv = cv_bool(false);
    f->s.pkg = NULL;
    scope_insert(c, c->universe, &f->s);
    CSym *io = sym_new(c, SYM_CONST, "iota", (Pos){0, 0}, tt->t_untyped_int);
    io->s.pkg = NULL;
    scope_insert(c, c->universe, &io->s);
    CSym *nl = sym_new(c, SYM_NIL, "nil", (Pos){0, 0}, tt->t_untyped_nil);
    nl->s.pkg = NULL;
    scope_insert(c, c->universe, &nl->s);
    static const struct { const char *name; BuiltinId id; } bs[] = {
        {"append", B_APPEND}, {"cap", B_CAP}, {"clear", B_CLEAR}, {"close", B_CLOSE},
        {"complex", B_COMPLEX}, {"copy", B_COPY}, {"delete", B_DELETE}, {"imag", B_IMAG},
        {"len", B_LEN}, {"make", B_MAKE}, {"max", B_MAX}, {"min", B_MIN}, {"new", B_NEW},
        {"panic", B_PANIC}, {"print", B_PRINT}, {"println", B_PRINTLN}, {"real", B_REAL},
        {"recover", B_RECOVER},
    };
    for (size_t i = 0; i < sizeof bs / sizeof *bs; i++) {
        CSym *b = sym_new(c, SYM_BUILTIN, bs[i].name, (Pos){0, 0}, NULL);
        b->s.builtin = bs[i].id;
        b->s.pkg = NULL;
        scope_insert(c, c->universe, &b->s);
    }
}

/* ---------- imports ---------- */

static const char *last_elem(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Real std packages gocafe does not provide (a clearer message than "not in std"). */
static bool is_std_path(const char *path)
{
    static const char *const std[] = {
        "archive/tar", "archive/zip", "bufio", "bytes", "cmp", "compress/gzip", "container/heap",
        "container/list", "container/ring", "context", "crypto/md5", "crypto/rand",
        "crypto/sha1", "crypto/sha256", "crypto/tls", "database/sql", "embed",
        "encoding/base64", "encoding/binary", "encoding/csv", "encoding/hex", "encoding/json",
        "encoding/xml", "errors", "flag", "fmt", "hash", "hash/crc32", "hash/fnv", "html",
        "html/template", "io", "io/fs", "io/ioutil", "iter", "log", "log/slog", "maps", "math",
        "math/big", "math/bits", "math/rand", "math/rand/v2", "mime", "net", "net/http",
        "net/http/httptest", "net/url", "os", "os/exec", "os/signal", "os/user", "path",
        "path/filepath", "reflect", "regexp", "runtime", "runtime/debug", "slices", "sort",
        "strconv", "strings", "sync", "sync/atomic", "syscall", "testing", "text/tabwriter",
        "text/template", "time", "unicode", "unicode/utf16", "unicode/utf8", "unsafe", NULL};
    for (int i = 0; std[i]; i++)
        if (strcmp(std[i], path) == 0) return true;
    return false;
}

static void check_imports(Checker *c, Node *file)
{
    for (int i = 0; i < file->nlist; i++) {
        Node *imp = file->list[i];
        if (!imp || imp->kind != N_IMPORT || !imp->lit) continue;
        const char *path = imp->lit;
        Package *p = NULL;
        if (strcmp(path, "C") == 0) {
            check_error(c, imp->pos, "cgo is not supported by gocafe");
            continue;
        }
        if (strcmp(path, "unsafe") == 0) {
            check_error(c, imp->pos, "package unsafe is not supported by gocafe");
            continue;
        }
        if (c->import) p = c->import(c->ud, path);
        if (!p) {
            /* declare the name anyway (used, no package), so its uses
             * do not cascade into "undefined: http" */
            const char *nm = imp->name ? imp->name : last_elem(path);
            if (!scope_lookup_local(c->pkgscope, nm)) {
                CSym *o = sym_new(c, SYM_PKG, nm, imp->pos, NULL);
                o->s.used = true;
                o->s.decl = imp;
                scope_insert(c, c->pkgscope, &o->s);
            }
            if (lib_reaches_host(path))
                check_error(c, imp->pos, "could not import %s (gocafe does not provide this package: "
                            "a simulated program cannot reach the host)", path);
            else if (is_std_path(path))
                check_error(c, imp->pos, "could not import %s (gocafe does not provide this package)",
                            path);
            else
                check_error(c, imp->pos, "package %s is not in std", path);
            continue;
        }
        const char *name = imp->name ? imp->name : (p->name ? p->name : last_elem(path));
        if (strcmp(name, "_") == 0 || strcmp(name, ".") == 0) {
            check_error(c, imp->pos, "import %s is not supported by gocafe", name);
            continue;
        }
        CSym *o = sym_new(c, SYM_PKG, name, imp->pos, NULL);
        o->s.imported = p;
        o->s.decl = imp;
        imp->sym = &o->s;
        Symbol *old = scope_lookup_local(c->pkgscope, name);
        if (old) {
            char ps[256];
            check_error(c, imp->pos, "%s redeclared in this block\n\t%s: other declaration of %s", name,
                        pos_str(c, old->pos, ps, sizeof ps), name);
            continue;
        }
        scope_insert(c, c->pkgscope, &o->s);
        push_sym(c, &c->imports, &c->nimports, &c->capimports, &o->s);
        bool dup = false;
        for (int k = 0; k < c->pkg->nimports; k++)
            if (c->pkg->imports[k] == p) dup = true;
        if (!dup) {
            Package **ni = arena_alloc(c->arena, (size_t)(c->pkg->nimports + 1) * sizeof *ni);
            if (c->pkg->nimports) memcpy(ni, c->pkg->imports, (size_t)c->pkg->nimports * sizeof *ni);
            ni[c->pkg->nimports++] = p;
            c->pkg->imports = ni;
        }
    }
}

static void check_unused_imports(Checker *c)
{
    for (int i = 0; i < c->nimports; i++) {
        Symbol *s = c->imports[i];
        if (s->used) continue;
        Node *imp = s->decl;
        if (imp->name && strcmp(imp->name, last_elem(imp->lit)) != 0)
            check_error(c, imp->pos, "\"%s\" imported as %s and not used", imp->lit, imp->name);
        else
            check_error(c, imp->pos, "\"%s\" imported and not used", imp->lit);
    }
}

/* ---------- package-level collection ---------- */

static void push_obj(Checker *c, CSym *o)
{
    if (c->nobjs == c->capobjs) {
        c->capobjs = c->capobjs ? c->capobjs * 2 : 32;
        c->objs = xrealloc(c->objs, (size_t)c->capobjs * sizeof *c->objs);
    }
    c->objs[c->nobjs++] = o;
}

static void declare_global(Checker *c, CSym *o)
{
    o->s.global = true;
    o->state = OBJ_TODO;
    push_obj(c, o);
    if (strcmp(o->s.name, "_") == 0) return;
    if (o->s.kind != SYM_FUNC &&
        (strcmp(o->s.name, "init") == 0 || (strcmp(o->s.name, "main") == 0 && strcmp(c->pkg->path, "main") == 0))) {
        check_error(c, o->s.pos, "cannot declare %s - must be func", o->s.name);
        return;
    }
    if (o->s.kind == SYM_FUNC && strcmp(o->s.name, "init") == 0) return;
    Symbol *old = scope_lookup_local(c->pkgscope, o->s.name);
    if (old) {
        char p[256];
        check_error(c, o->s.pos, "%s redeclared in this block\n\t%s: other declaration of %s", o->s.name,
                    pos_str(c, old->pos, p, sizeof p), o->s.name);
        return;
    }
    scope_insert(c, c->pkgscope, &o->s);
}

static void collect_gendecl(Checker *c, Node *g)
{
    Node *last_vals = NULL;   /* const: the last spec with values */
    for (int i = 0; i < g->nlist; i++) {
        Node *spec = g->list[i];
        if (!spec) continue;
        if (spec->kind == N_TYPESPEC) {
            CSym *o = sym_new(c, SYM_TYPE, spec->name, spec->pos, NULL);
            o->spec = spec;
            o->s.decl = spec;
            spec->sym = &o->s;
            declare_global(c, o);
            continue;
        }
        if (spec->kind != N_VALUESPEC) continue;
        if (g->op == TK_CONST && (spec->nlist2 > 0 || !last_vals)) last_vals = spec;
        for (int j = 0; j < spec->nnames; j++) {
            Node *id = spec->names[j];
            if (!id) continue;
            CSym *o = sym_new(c, g->op == TK_CONST ? SYM_CONST : SYM_VAR, id->name, id->pos, NULL);
            o->spec = spec;
            o->spec_index = j;
            o->const_values = last_vals;
            o->s.decl = id;
            id->sym = &o->s;
            declare_global(c, o);
        }
    }
}

static void push_method(Checker *c, Node *fd)
{
    if (c->nmethods == c->capmethods) {
        c->capmethods = c->capmethods ? c->capmethods * 2 : 16;
        c->methods = xrealloc(c->methods, (size_t)c->capmethods * sizeof *c->methods);
    }
    c->methods[c->nmethods++] = fd;
}

static void collect(Checker *c, Node *file)
{
    for (int i = 0; i < file->nlist2; i++) {
        Node *d = file->list2[i];
        if (!d) continue;
        if (d->kind == N_GENDECL) {
            collect_gendecl(c, d);
        } else if (d->kind == N_FUNCDECL) {
            if (d->x) {
                push_method(c, d);
                continue;
            }
            CSym *o = sym_new(c, SYM_FUNC, d->name, d->pos, NULL);
            o->spec = d;
            o->s.decl = d;
            d->sym = &o->s;
            declare_global(c, o);
        }
    }
}

/* ---------- resolution ---------- */

void check_record_dep(Checker *c, Symbol *sym)
{
    CSym *d = c->cur_decl;
    if (!d || !sym->global || sym->pkg != c->pkg) return;
    if (sym->kind != SYM_VAR && sym->kind != SYM_FUNC) return;
    for (int i = 0; i < d->ndeps; i++)
        if (d->deps[i] == (CSym *)sym) return;
    if (d->ndeps == d->capdeps) {
        d->capdeps = d->capdeps ? d->capdeps * 2 : 4;
        CSym **nd = arena_alloc(c->arena, (size_t)d->capdeps * sizeof *nd);
        if (d->ndeps) memcpy(nd, d->deps, (size_t)d->ndeps * sizeof *nd);
        d->deps = nd;
    }
    d->deps[d->ndeps++] = (CSym *)sym;
}

static void resolve_const_finish(Checker *c, CSym *o, Node *e, Type *t, Node *vs);

static void resolve_const(Checker *c, CSym *o)
{
    Node *vs = o->const_values;
    Type *t = NULL;
    Node *spec = o->spec;
    if (vs && vs->x) t = check_type(c, vs->x);
    o->s.type = c->tt->t_invalid;
    /* go/types' arity check, once per spec (at its first name) */
    if (vs == spec && o->spec_index == 0 && spec->nlist2 > spec->nnames && spec->list2[spec->nnames])
        check_error(c, check_start_pos(spec->list2[spec->nnames]), "extra init expr");
    if (!vs || o->spec_index >= vs->nlist2) {
        if (!vs || vs->nlist2 == 0 || vs == spec || o->spec_index == vs->nlist2)
            check_error(c, o->s.pos, "missing init expr for %s", o->s.name);
        return;
    }
    Node *e = vs->list2[o->spec_index];
    if (!e) return;
    int64_t saved = c->iota;
    Pos saved_errpos = c->errpos;
    if (vs != spec) c->errpos = o->s.pos;
    c->iota = spec->ival;
    check_rvalue(c, e);
    c->iota = saved;
    resolve_const_finish(c, o, e, t, vs);
    c->errpos = saved_errpos;
}

static void resolve_const_finish(Checker *c, CSym *o, Node *e, Type *t, Node *vs)
{
    if (e->mode == MODE_INVALID) return;
    if (e->mode != MODE_CONST) {
        char os[512];
        check_error(c, check_start_pos(e), "%s is not constant", check_ostr(c, e, os, sizeof os));
        return;
    }
    if (t && t->kind != T_INVALID) {
        if (!(t->kind >= T_BOOL && t->kind <= T_STRING)) {
            char ts[256];
            check_error(c, vs->x->pos, "invalid constant type %s", check_tstr(c, t, ts, sizeof ts));
            return;
        }
        check_assign_to(c, e, t, "constant declaration");
        if (e->mode == MODE_INVALID) return;
    }
    o->s.type = e->type;
    o->s.cv = e->cv;
}

void check_resolve_const_local(Checker *c, CSym *o)
{
    o->state = OBJ_RESOLVING;
    resolve_const(c, o);
    o->state = OBJ_DONE;
}

/* `var a, b = f()` / `var a, b int = 1, 2`: every name of the spec at once. */
static void resolve_var_spec(Checker *c, Node *spec, CSym *self)
{
    CSym *saved_decl = c->cur_decl;
    c->cur_decl = self;
    Type *t = spec->x ? check_type(c, spec->x) : NULL;
    CSym *objs[64];
    int n = spec->nnames < 64 ? spec->nnames : 64;
    for (int i = 0; i < n; i++) {
        objs[i] = spec->names[i] ? (CSym *)spec->names[i]->sym : NULL;
        if (objs[i]) {
            objs[i]->state = OBJ_RESOLVING;
            objs[i]->s.type = t ? t : c->tt->t_invalid;
        }
    }
    Symbol *syms[64];
    for (int i = 0; i < n; i++) syms[i] = objs[i] ? &objs[i]->s : NULL;
    check_var_init(c, syms, n, t, spec->list2, spec->nlist2, false);
    for (int i = 0; i < n; i++)
        if (objs[i]) {
            objs[i]->state = OBJ_DONE;
            objs[i]->s.used = true;   /* package vars are never "unused" */
        }
    /* share deps among the spec's names */
    for (int i = 0; i < n; i++)
        if (objs[i] && objs[i] != self) {
            objs[i]->deps = self->deps;
            objs[i]->ndeps = self->ndeps;
        }
    c->cur_decl = saved_decl;
}

void check_resolve_obj(Checker *c, CSym *o)
{
    if (o->state == OBJ_DONE) return;
    if (o->state == OBJ_RESOLVING) {
        if (o->s.kind == SYM_TYPE) return;   /* check_type handles type cycles */
        /* variables: init_order reports loops (also those through functions) */
        if (o->s.kind == SYM_CONST) {
            char msg[1024], p[256];
            SBuf b = {msg, 0, sizeof msg};
            int at = 0;
            for (int i = 0; i < c->nvstack; i++)
                if (c->vstack[i] == o) {
                    at = i;
                    break;
                }
            sb_printf(&b, "initialization loop for %s", c->nvstack > at ? c->vstack[at]->s.name : o->s.name);
            for (int i = at; i < c->nvstack; i++)
                sb_printf(&b, "\n\t%s: %s refers to", pos_str(c, c->vstack[i]->s.pos, p, sizeof p), c->vstack[i]->s.name);
            sb_printf(&b, "\n\t%s: %s", pos_str(c, o->s.pos, p, sizeof p), o->s.name);
            check_error(c, c->nvstack > at ? c->vstack[at]->s.pos : o->s.pos, "%s", msg);
        }
        o->s.type = c->tt->t_invalid;
        return;
    }
    if (++c->depth > CHECK_MAX_DEPTH) {
        c->depth--;
        o->s.type = c->tt->t_invalid;
        o->state = OBJ_DONE;
        return;
    }
    /* package-level declarations resolve in the package scope */
    Scope *saved_scope = c->scope;
    FuncCtx *saved_fn = c->fn;
    c->scope = c->pkgscope;
    c->fn = NULL;
    o->state = OBJ_RESOLVING;
    switch (o->s.kind) {
    case SYM_CONST:
        if (c->nvstack < 64) c->vstack[c->nvstack++] = o;
        resolve_const(c, o);
        if (c->nvstack > 0 && c->vstack[c->nvstack - 1] == o) c->nvstack--;
        break;
    case SYM_VAR:
        if (c->nvstack < 64) c->vstack[c->nvstack++] = o;
        resolve_var_spec(c, o->spec, o);
        if (c->nvstack > 0 && c->vstack[c->nvstack - 1] == o) c->nvstack--;
        break;
    case SYM_TYPE: check_typespec(c, o); break;
    case SYM_FUNC: {
        Node *fd = o->spec;
        if (fd->flags & NF_TYPEPARAMS) {
            check_generic_decl(c, o);
            break;
        }
        o->s.type = check_func_type(c, fd->y, NULL);
        break;
    }
    default: break;
    }
    o->state = OBJ_DONE;
    c->scope = saved_scope;
    c->fn = saved_fn;
    c->depth--;
}

/* ---------- function bodies ---------- */

static void declare_params(Checker *c, Node **fields, int n, Type **types, bool results,
                           Symbol **out, int *nout)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        Node *f = fields[i];
        if (!f) continue;
        if (f->nnames == 0) {
            if (out) out[(*nout)++] = NULL;
            k++;
            continue;
        }
        for (int j = 0; j < f->nnames; j++) {
            Node *id = f->names[j];
            Type *t = types ? types[k] : c->tt->t_invalid;
            k++;
            bool dup = id && id->ival == -1;   /* reported by check_func_type */
            CSym *o = sym_new(c, SYM_VAR, dup ? "_" : id ? id->name : "_", id ? id->pos : f->pos, t);
            o->s.param = !results;
            o->s.result = results;
            o->s.used = true;
            check_declare_local(c, &o->s, id);
            if (out) out[(*nout)++] = &o->s;
        }
    }
}

void check_func_body(Checker *c, Node *fn, Type *sig, Node *recv, Node *ftype, Node *body)
{
    if (!sig || sig->kind != T_FUNC || !body) return;
    FuncCtx f = {0};
    f.outer = c->fn;
    f.node = fn;
    f.sig = sig;
    Scope *saved = c->scope;
    c->fn = &f;
    c->scope = scope_new(c, c->scope);
    c->scope->funcscope = true;
    f.scope = c->scope;
    if (recv && recv->nnames > 0 && recv->x) {
        Node *id = recv->names[0];
        Type *rt = recv->x->type ? recv->x->type : c->tt->t_invalid;
        CSym *o = sym_new(c, SYM_VAR, id ? id->name : "_", id ? id->pos : recv->pos, rt);
        o->s.param = true;
        o->s.used = true;
        check_declare_local(c, &o->s, id);
    } else if (recv) {
        /* unnamed receiver still occupies slot 0 */
        CSym *o = sym_new(c, SYM_VAR, "_", recv->pos, recv->x && recv->x->type ? recv->x->type : c->tt->t_invalid);
        o->s.param = true;
        o->s.used = true;
        check_declare_local(c, &o->s, NULL);
    }
    if (ftype) {
        int dummy = 0;
        declare_params(c, ftype->list, ftype->nlist, sig->params, false, NULL, &dummy);
        Symbol **res = arena_alloc(c->arena, (size_t)(sig->nresults + 1) * sizeof *res);
        int nres = 0;
        if (sig->nresults > 0) {
            declare_params(c, ftype->list2, ftype->nlist2, sig->results, true, res, &nres);
            f.named_results = nres > 0 && res[0] != NULL;
        }
        f.results = res;
    }
    for (int i = 0; i < body->nlist; i++) check_stmt(c, body->list[i]);
    if (sig->nresults > 0 && !check_is_terminating(body, NULL))
        check_error(c, body->endpos, "missing return");
    check_close_scope(c, c->scope);
    fn->locals = f.locals;
    fn->nlocals = f.nlocals;
    if (fn->kind == N_FUNCLIT) {
        fn->captures = f.captures;
        fn->ncaptures = f.ncaptures;
    }
    c->scope = saved;
    c->fn = f.outer;
}

/* Reports unused variables of a scope being closed. */
void check_close_scope(Checker *c, Scope *s)
{
    for (int i = 0; i < s->norder; i++) {
        Symbol *sym = s->order[i];
        if (sym->kind != SYM_VAR || sym->used || sym->param || sym->result || sym->global) continue;
        if (strcmp(sym->name, "_") == 0) continue;
        check_error(c, sym->pos, "declared and not used: %s", sym->name);
        sym->used = true;
    }
}

/* ---------- methods ---------- */

/* The type name of a receiver type expression (T, *T, (T), (*T)); *ptr
 * says whether it was a pointer receiver. */
Node *check_recv_base(Node *rt, bool *ptr)
{
    *ptr = false;
    while (rt && rt->kind == N_PAREN) rt = rt->x;
    if (rt && rt->kind == N_STAR) {
        *ptr = true;
        rt = rt->x;
        while (rt && rt->kind == N_PAREN) rt = rt->x;
    }
    return rt;
}

/* Resolves the method declarations whose receiver base type is `named`
 * (called from check_typespec once the type's underlying is known). */
void check_collect_methods(Checker *c, Type *named, const char *name)
{
    for (int i = 0; i < c->nmethods; i++) {
        Node *fd = c->methods[i];
        if (!fd || fd->sym) continue;
        bool ptr;
        Node *base = check_recv_base(fd->x->x, &ptr);
        if (!base || base->kind != N_IDENT || strcmp(base->name, name) != 0) continue;
        CSym *o = sym_new(c, SYM_FUNC, fd->name, fd->pos, NULL);
        o->spec = fd;
        o->s.decl = fd;
        o->s.global = true;
        fd->sym = &o->s;
        base->sym = NULL;
        Type *rt = ptr ? types_pointer(c->tt, named) : named;
        fd->x->x->type = rt;
        fd->x->x->mode = MODE_TYPE;
        base->type = named;
        base->mode = MODE_TYPE;
        if (fd->flags & NF_TYPEPARAMS) {
            check_error(c, fd->pos, "generic methods are not supported by gocafe");
            o->s.type = c->tt->t_invalid;
            continue;
        }
        Scope *saved = c->scope;
        c->scope = c->pkgscope;
        Type *sig = check_func_type(c, fd->y, NULL);
        c->scope = saved;
        o->s.type = sig;
        if (named->kind == T_INTERFACE || named->kind == T_POINTER) {
            char ts[256];
            check_error(c, base->pos, "invalid receiver type %s (pointer or interface type)",
                        check_tstr(c, named, ts, sizeof ts));
            continue;
        }
        if (!fd->name || strcmp(fd->name, "_") == 0) continue;
        char p[256];
        Method *old = types_find_method(named, fd->name);
        if (old) {
            Pos op = {0, 0};
            for (int j = 0; j < i; j++) {
                Node *od = c->methods[j];
                bool p2;
                Node *ob = od ? check_recv_base(od->x->x, &p2) : NULL;
                if (od && od->name && strcmp(od->name, fd->name) == 0 && ob && ob->kind == N_IDENT &&
                    strcmp(ob->name, name) == 0) {
                    op = od->pos;
                    break;
                }
            }
            check_error(c, fd->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s", name,
                        fd->name, pos_str(c, op, p, sizeof p), fd->name);
            continue;
        }
        if (named->kind == T_STRUCT) {
            bool clash = false;
            for (int j = 0; j < named->nfields; j++)
                if (strcmp(named->fields[j].name, fd->name) == 0) clash = true;
            if (clash) {
                Pos fp = check_field_pos(c, named, fd->name);
                check_error(c, fd->pos, "field and method with the same name %s\n\t%s: other declaration of %s",
                            fd->name, pos_str(c, fp, p, sizeof p), fd->name);
                continue;
            }
        }
        Method m = {.name = fd->name, .sig = sig, .ptr_recv = ptr, .func_index = -1,
                    .pkg = check_exported(fd->name) ? NULL : c->pkg->path};
        types_add_method(c->tt, named, m);
    }
}

static void check_method_receivers(Checker *c)
{
    for (int i = 0; i < c->nmethods; i++) {
        Node *fd = c->methods[i];
        if (!fd || fd->sym) continue;
        if (check_is_generic_method(c, fd)) continue;   /* instantiated with its type */
        /* receiver base is not a type declared in this package */
        bool ptr;
        Node *base = check_recv_base(fd->x ? fd->x->x : NULL, &ptr);
        CSym *o = sym_new(c, SYM_FUNC, fd->name, fd->pos, c->tt->t_invalid);
        o->s.decl = fd;
        fd->sym = &o->s;
        if (!base) continue;
        Type *t = check_type(c, base);
        if (t && t->kind != T_INVALID) {
            char ts[256];
            check_error(c, base->pos, "cannot define new methods on non-local type %s",
                        check_tstr(c, t, ts, sizeof ts));
        }
    }
}

/* ---------- initialization order ---------- */

/* Does o's initializer refer (directly or through functions) to a variable
 * of another spec that is not initialized yet?  Visits each object once per
 * query (marks), so call graphs cannot make it exponential. */
static bool depends_on_uninit(Checker *c, CSym *o, CSym **done, int ndone)
{
    int gen = ++c->mark_gen;
    CSym **queue = xmalloc((size_t)(c->nobjs + c->nmethods + 16) * sizeof *queue);
    int qh = 0, qt = 0, cap = c->nobjs + c->nmethods + 16;
    bool blocked = false;
    queue[qt++] = o;
    o->mark = gen;
    while (qh < qt && !blocked) {
        CSym *x = queue[qh++];
        for (int i = 0; i < x->ndeps; i++) {
            CSym *d = x->deps[i];
            if (d->mark == gen) continue;
            d->mark = gen;
            if (d->s.kind == SYM_VAR) {
                if (d->spec == o->spec) continue;
                bool ok = false;
                for (int j = 0; j < ndone; j++)
                    if (done[j] == d) ok = true;
                if (!ok) {
                    blocked = true;
                    break;
                }
                continue;
            }
            if (qt < cap) queue[qt++] = d;
        }
    }
    free(queue);
    return blocked;
}

/* Depth-first search for a path of references from o back to target. */
static bool find_loop(CSym *o, CSym *target, CSym **path, int *np, CSym **seen, int *nseen)
{
    if (*np >= 64) return false;
    path[(*np)++] = o;
    for (int i = 0; i < o->ndeps; i++) {
        CSym *d = o->deps[i];
        if (d == target || (d->spec == target->spec && d->s.kind == SYM_VAR && target->s.kind == SYM_VAR)) return true;
        bool was = false;
        for (int j = 0; j < *nseen; j++)
            if (seen[j] == d) was = true;
        if (was || *nseen >= 256) continue;
        seen[(*nseen)++] = d;
        if (find_loop(d, target, path, np, seen, nseen)) return true;
    }
    (*np)--;
    return false;
}

/* gc's "initialization loop for x": a variable whose initializer refers
 * back to it, directly or through functions. */
static void report_init_loops(Checker *c)
{
    CSym *reported[64];
    int nrep = 0;
    for (int i = 0; i < c->nobjs; i++) {
        CSym *o = c->objs[i];
        if (o->s.kind != SYM_VAR) continue;
        bool done = false;
        for (int j = 0; j < nrep; j++)
            if (reported[j] == o) done = true;
        if (done) continue;
        CSym *path[64], *seen[256];
        int np = 0, nseen = 0;
        if (!find_loop(o, o, path, &np, seen, &nseen)) continue;
        char msg[1024], p[256];
        SBuf b = {msg, 0, sizeof msg};
        sb_printf(&b, "initialization loop for %s", o->s.name);
        for (int j = 0; j < np; j++) {
            sb_printf(&b, "\n\t%s: %s refers to", pos_str(c, path[j]->s.pos, p, sizeof p), path[j]->s.name);
            if (nrep < 64 && path[j]->s.kind == SYM_VAR) reported[nrep++] = path[j];
        }
        sb_printf(&b, "\n\t%s: %s", pos_str(c, o->s.pos, p, sizeof p), o->s.name);
        check_error(c, o->s.pos, "%s", msg);
    }
}

static void init_order(Checker *c)
{
    report_init_loops(c);
    int nvars = 0;
    for (int i = 0; i < c->nobjs; i++)
        if (c->objs[i]->s.kind == SYM_VAR) nvars++;
    CSym **done = xcalloc((size_t)nvars + 1, sizeof *done);
    Node **specs = arena_alloc(c->arena, ((size_t)nvars + 1) * sizeof *specs);
    int ndone = 0, nspecs = 0;
    bool progress = true;
    while (ndone < nvars && progress) {
        progress = false;
        for (int i = 0; i < c->nobjs; i++) {
            CSym *o = c->objs[i];
            if (o->s.kind != SYM_VAR) continue;
            bool isdone = false;
            for (int j = 0; j < ndone; j++)
                if (done[j] == o) isdone = true;
            if (isdone) continue;
            /* a spec initializes all its names together */
            Node *spec = o->spec;
            bool blocked = false;
            for (int k = 0; k < c->nobjs && !blocked; k++)
                if (c->objs[k]->spec == spec && c->objs[k]->s.kind == SYM_VAR &&
                    depends_on_uninit(c, c->objs[k], done, ndone))
                    blocked = true;
            if (blocked) continue;
            for (int k = 0; k < c->nobjs; k++)
                if (c->objs[k]->spec == spec && c->objs[k]->s.kind == SYM_VAR) done[ndone++] = c->objs[k];
            specs[nspecs++] = spec;
            progress = true;
            break;
        }
    }
    /* a cycle: keep source order for the rest */
    for (int i = 0; i < c->nobjs && ndone < nvars; i++) {
        CSym *o = c->objs[i];
        if (o->s.kind != SYM_VAR) continue;
        bool isdone = false;
        for (int j = 0; j < ndone; j++)
            if (done[j] == o) isdone = true;
        if (isdone) continue;
        for (int k = 0; k < c->nobjs; k++)
            if (c->objs[k]->spec == o->spec && c->objs[k]->s.kind == SYM_VAR) done[ndone++] = c->objs[k];
        specs[nspecs++] = o->spec;
    }
    free(done);
    c->pkg->var_inits = specs;
    c->pkg->nvar_inits = nspecs;
}

/* ---------- the package ---------- */

static void check_bodies(Checker *c, Node *file)
{
    int nfuncs = 0;
    for (int i = 0; i < file->nlist2; i++)
        if (file->list2[i] && file->list2[i]->kind == N_FUNCDECL) nfuncs++;
    c->pkg->funcs = arena_alloc(c->arena, ((size_t)nfuncs + 1) * sizeof(Node *));
    c->pkg->nfuncs = 0;
    for (int i = 0; i < file->nlist2; i++) {
        Node *fd = file->list2[i];
        if (!fd || fd->kind != N_FUNCDECL) continue;
        /* generic functions and methods of generic types: only their
           instances are checked and compiled (check_generic_drain) */
        if ((fd->flags & NF_TYPEPARAMS) && !fd->x) continue;
        if (check_is_generic_method(c, fd)) continue;
        c->pkg->funcs[c->pkg->nfuncs++] = fd;
        Symbol *sym = fd->sym;
        if (!sym || !sym->type || sym->type->kind != T_FUNC) continue;
        if (!fd->x && fd->name && (strcmp(fd->name, "init") == 0 ||
                                   (strcmp(fd->name, "main") == 0 && strcmp(c->pkg->path, "main") == 0))) {
            if (sym->type->nparams || sym->type->nresults)
                check_error(c, fd->pos, "func %s must have no arguments and no return values", fd->name);
        }
        if (!fd->z) {
            if (strcmp(c->pkg->path, "main") == 0)
                check_error(c, fd->pos, "missing function body");
            continue;
        }
        c->cur_decl = (CSym *)sym;
        check_func_body(c, fd, sym->type, fd->x, fd->y, fd->z);
        c->cur_decl = NULL;
    }
    check_generic_drain(c);
}

static void fill_members(Checker *c)
{
    c->pkg->members = arena_alloc(c->arena, ((size_t)c->nobjs + 1) * sizeof(Symbol *));
    c->pkg->nmembers = 0;
    for (int i = 0; i < c->nobjs; i++) c->pkg->members[c->pkg->nmembers++] = &c->objs[i]->s;
}

bool check_package(Sim *s, Package *pkg, Diags *d, ImportFn import, void *ud)
{
    Checker cc = {0};
    Checker *c = &cc;
    c->sim = s;
    c->tt = &s->types;
    c->arena = &s->arena;
    c->d = d;
    c->pkg = pkg;
    c->import = import;
    c->ud = ud;
    c->iota = -1;
    Node *file = pkg->file;
    if (!pkg->path) pkg->path = "main";
    if (!file || file->kind != N_FILE) {
        pkg->checked = true;
        return false;
    }
    if (file->name) pkg->name = file->name;
    make_universe(c);
    c->pkgscope = scope_new(c, c->universe);
    pkg->scope = c->pkgscope;
    c->scope = c->pkgscope;
    check_imports(c, file);
    collect(c, file);
    for (int i = 0; i < c->nobjs; i++) check_resolve_obj(c, c->objs[i]);
    for (int i = 0; i < c->npend; i++) types_set_underlying(c->tt, c->pend_named[i], c->tt->t_invalid);
    c->npend = 0;
    check_deferred_map_keys(c);
    check_method_receivers(c);
    check_bodies(c, file);
    check_deferred_map_keys(c);   /* keys of local types */
    init_order(c);
    fill_members(c);
    check_unused_imports(c);
    if (strcmp(pkg->path, "main") == 0) {
        Symbol *m = scope_lookup_local(c->pkgscope, "main");
        /* a link error in gc: no position, and only when compiling succeeded
         * (no error at all, the parser's and unused imports included) */
        if ((!m || m->kind != SYM_FUNC) && c->nerrors == 0 && c->d->n == 0)
            check_error(c, (Pos){0, 0}, "runtime.main_main\xc2\xb7" "f: function main is undeclared in the main package");
    }
    free(c->objs);
    free(c->methods);
    pkg->checked = true;
    return c->nerrors == 0;
}
