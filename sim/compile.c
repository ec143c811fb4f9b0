/* compile.c - checked AST to bytecode: the program as a whole.
 *
 * compile_program numbers every function of every package (so calls can be
 * direct: CALL funcs[i]), assigns global slots, marks variables that must
 * live in a Box (captured by a closure or address taken), compiles each
 * function body, and synthesises the init function (package var
 * initialisers in dependency order, then each init()).  Also: instruction
 * emission, constant pools, register allocation, closures' free variables,
 * and the disassembler.
 */
#include "compile_int.h"
#include "lib.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- diagnostics and strings ---- */

void cerror(Comp *c, Pos pos, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diags_add(c->d, pos, "%s", buf);
    c->failed = true;
}

char *cstrf(Comp *c, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if (n >= (int)sizeof buf) n = sizeof buf - 1;
    return arena_strndup(&c->s->arena, buf, (size_t)n);
}

/* ---- emission ---- */

static void code_push(Fn *fn, Instr w)
{
    if (fn->ncode == fn->capcode) {
        fn->capcode = fn->capcode ? fn->capcode * 2 : 64;
        fn->code = xrealloc(fn->code, (size_t)fn->capcode * sizeof(Instr));
        fn->lines = xrealloc(fn->lines, (size_t)fn->capcode * sizeof(int32_t));
        fn->stmts = xrealloc(fn->stmts, (size_t)fn->capcode);
    }
    fn->lines[fn->ncode] = fn->line;
    fn->stmts[fn->ncode] = 0;
    fn->code[fn->ncode++] = w;
}

int emit(Comp *c, Op op, ...)
{
    Fn *fn = c->fn;
    int pc = fn->ncode;
    code_push(fn, (Instr)op);
    if (fn->stmt_pending) {
        fn->stmts[pc] = 1;
        fn->stmt_pending = false;
    }
    va_list ap;
    va_start(ap, op);
    for (int i = 0; i < op_noperands[op]; i++) code_push(fn, (Instr)va_arg(ap, int));
    va_end(ap);
    return pc;
}

int here(Comp *c) { return c->fn->ncode; }

void patch(Comp *c, int pos, int target) { c->fn->code[pos] = (Instr)target; }

void jumps_add(Jumps *j, int pos)
{
    if (j->n == j->cap) {
        j->cap = j->cap ? j->cap * 2 : 8;
        j->v = xrealloc(j->v, (size_t)j->cap * sizeof(int));
    }
    j->v[j->n++] = pos;
}

void jumps_patch(Comp *c, Jumps *j, int target)
{
    for (int i = 0; i < j->n; i++) patch(c, j->v[i], target);
    free(j->v);
    j->v = NULL;
    j->n = j->cap = 0;
}

int kadd(Comp *c, Value v)
{
    Fn *fn = c->fn;
    for (int i = 0; i < fn->nk; i++)
        if (fn->k[i].u == v.u) return i;
    if (fn->nk == fn->capk) {
        fn->capk = fn->capk ? fn->capk * 2 : 16;
        fn->k = xrealloc(fn->k, (size_t)fn->capk * sizeof(Value));
    }
    fn->k[fn->nk] = v;
    return fn->nk++;
}

int ktype(Comp *c, Type *t) { return kadd(c, (Value){ .p = t }); }

int kstr(Comp *c, const char *s, int64_t len)
{
    Fn *fn = c->fn;
    GoString *g = len ? rt_string(c->s, s, len) : NULL;
    if (!g) return kadd(c, (Value){ .p = NULL });
    if (fn->nk == fn->capk) {
        fn->capk = fn->capk ? fn->capk * 2 : 16;
        fn->k = xrealloc(fn->k, (size_t)fn->capk * sizeof(Value));
    }
    fn->k[fn->nk].p = g;
    return fn->nk++;
}

/* ---- registers ---- */

void reserve(Comp *c, int reg)
{
    if (reg + 1 > c->fn->maxtop) c->fn->maxtop = reg + 1;
}

int tmp(Comp *c)
{
    Fn *fn = c->fn;
    int r = fn->top++;
    if (fn->top > fn->maxtop) fn->maxtop = fn->top;
    return r;
}

int tmpn(Comp *c, int n)
{
    int r = c->fn->top;
    for (int i = 0; i < n; i++) tmp(c);
    return r;
}

void settop(Comp *c, int t)
{
    c->fn->top = t;
    if (t > c->fn->maxtop) c->fn->maxtop = t;
}

bool sym_boxed(Symbol *sym) { return sym && (sym->captured || sym->addr_taken); }

int declare_local(Comp *c, Symbol *sym, int reg)
{
    if (!sym) return reg;
    sym->index = reg;
    if (sym_boxed(sym)) emit(c, OP_BOXV, reg, reg);
    return reg;
}

int free_index(Fn *fn, Symbol *sym)
{
    for (int i = 0; i < fn->nfree; i++)
        if (fn->frees[i] == sym) return i;
    return -1;
}

/* ---- analysis: which variables need a Box, which a closure captures ---- */

static void analyze(Node *n, Node *cur);

static void analyze_list(Node **l, int n, Node *cur)
{
    for (int i = 0; i < n; i++) analyze(l[i], cur);
}

static void analyze(Node *n, Node *cur)
{
    if (!n) return;
    switch (n->kind) {
    case N_FUNCLIT:
        analyze(n->y, n);
        return;
    case N_IDENT: {
        Symbol *sym = n->sym;
        if (sym && sym->kind == SYM_VAR && !sym->global && sym->func && sym->func != cur)
            sym->captured = true;
        return;
    }
    case N_UNARY:
        if (n->op == TK_AND) {
            Node *x = unparen(n->x);
            if (x->kind == N_IDENT && x->sym && x->sym->kind == SYM_VAR) x->sym->addr_taken = true;
        }
        break;
    case N_SELECTOR:
        if (n->sel && n->sel->addr && n->sel->npath == 0) {
            Node *x = unparen(n->x);
            if (x->kind == N_IDENT && x->sym && x->sym->kind == SYM_VAR) x->sym->addr_taken = true;
        }
        break;
    default:
        break;
    }
    analyze(n->x, cur);
    analyze(n->y, cur);
    analyze(n->z, cur);
    analyze(n->w, cur);
    analyze_list(n->list, n->nlist, cur);
    analyze_list(n->list2, n->nlist2, cur);
}

/* Free variables of function literal `lit`, in order of first use: every
 * local of an enclosing function referenced inside it (or inside literals
 * nested in it). */
typedef struct FreeScan {
    Node *stack[64];
    int depth;
    Symbol **v;
    int n, cap;
} FreeScan;

static void scan_frees(FreeScan *fs, Node *n)
{
    if (!n) return;
    if (n->kind == N_FUNCLIT) {
        if (fs->depth < 64) fs->stack[fs->depth] = n;
        fs->depth++;
        scan_frees(fs, n->y);
        fs->depth--;
        return;
    }
    if (n->kind == N_IDENT) {
        Symbol *sym = n->sym;
        if (!sym || sym->kind != SYM_VAR || sym->global || !sym->func) return;
        for (int i = 0; i < fs->depth && i < 64; i++)
            if (fs->stack[i] == sym->func) return;
        for (int i = 0; i < fs->n; i++)
            if (fs->v[i] == sym) return;
        if (fs->n == fs->cap) {
            fs->cap = fs->cap ? fs->cap * 2 : 8;
            fs->v = xrealloc(fs->v, (size_t)fs->cap * sizeof(Symbol *));
        }
        fs->v[fs->n++] = sym;
        return;
    }
    scan_frees(fs, n->x);
    scan_frees(fs, n->y);
    scan_frees(fs, n->z);
    scan_frees(fs, n->w);
    for (int i = 0; i < n->nlist; i++) scan_frees(fs, n->list[i]);
    for (int i = 0; i < n->nlist2; i++) scan_frees(fs, n->list2[i]);
}

static bool has_defer(Node *n)
{
    if (!n || n->kind == N_FUNCLIT) return false;
    if (n->kind == N_DEFER) return true;
    if (has_defer(n->x) || has_defer(n->y) || has_defer(n->z) || has_defer(n->w)) return true;
    for (int i = 0; i < n->nlist; i++) if (has_defer(n->list[i])) return true;
    for (int i = 0; i < n->nlist2; i++) if (has_defer(n->list2[i])) return true;
    return false;
}

/* Does the body modify the value receiver r in place (assignment to it or
 * its fields/array elements, &r, r.ptrMethod(), capture by a closure), or
 * run code that might modify the caller's original while r is in use (a call
 * of Go code, a channel operation)?  If not, direct calls pass the caller's
 * struct itself instead of a copy. */
static Symbol *root_sym(Node *n)
{
    for (;;) {
        n = unparen(n);
        if (!n) return NULL;
        if (n->kind == N_IDENT) return n->sym;
        if (n->kind == N_SELECTOR && n->sel && n->sel->kind == SEL_FIELD) {
            Type *t = n->x->type;
            for (int i = 0; t && i < n->sel->npath; i++) {
                if (t->kind == T_POINTER) return NULL;
                t = t->fields[n->sel->path[i]].type;
            }
            n = n->x;
            continue;
        }
        if ((n->kind == N_INDEX || n->kind == N_SLICEEXPR) && n->x->type && n->x->type->kind == T_ARRAY) {
            n = n->x;
            continue;
        }
        return NULL;
    }
}

static bool mutates(Node *n, Symbol *r)
{
    if (!n) return false;
    switch (n->kind) {
    case N_FUNCLIT: {
        FreeScan fs = { .depth = 1 };
        fs.stack[0] = n;
        scan_frees(&fs, n->y);
        bool found = false;
        for (int i = 0; i < fs.n; i++) if (fs.v[i] == r) found = true;
        free(fs.v);
        return found;
    }
    case N_ASSIGN:
        for (int i = 0; i < n->nlist; i++) if (root_sym(n->list[i]) == r) return true;
        break;
    case N_INCDEC:
        if (root_sym(n->x) == r) return true;
        break;
    case N_RANGE:
        if (n->op == TK_ASSIGN && ((n->x && root_sym(n->x) == r) || (n->y && root_sym(n->y) == r))) return true;
        break;
    case N_UNARY:
        if (n->op == TK_AND && root_sym(n->x) == r) return true;
        if (n->op == TK_ARROW) return true;
        break;
    case N_SLICEEXPR:
        if (root_sym(n->x) == r && n->x->type && n->x->type->kind == T_ARRAY) return true;
        break;
    case N_SELECTOR:
        if (n->sel && n->sel->addr && root_sym(n->x) == r) return true;
        break;
    case N_CALL:
        if (!n->conversion && !n->builtin) {
            Node *fx = unparen(n->x);
            Symbol *fs = fx->kind == N_IDENT || (fx->kind == N_SELECTOR && fx->sel && fx->sel->kind == SEL_PKG)
                             ? fx->sym : NULL;
            /* only bodiless (native) library functions are harmless */
            if (!fs || fs->kind != SYM_FUNC || !fs->decl || fs->decl->kind != N_FUNCDECL || fs->decl->z) return true;
        }
        break;
    case N_SEND: case N_SELECT: case N_GO:
        return true;
    default:
        break;
    }
    if (mutates(n->x, r) || mutates(n->y, r) || mutates(n->z, r) || mutates(n->w, r)) return true;
    for (int i = 0; i < n->nlist; i++) if (mutates(n->list[i], r)) return true;
    for (int i = 0; i < n->nlist2; i++) if (mutates(n->list2[i], r)) return true;
    return false;
}

/* ---- functions ---- */

int new_proto(Comp *c, const char *name, const char *file, Pos pos)
{
    Proto *p = xcalloc(1, sizeof *p);
    p->name = name;
    p->file = file;
    p->pos = pos;
    p->retpc = -1;
    if (c->nfuncs == c->capfuncs) {
        c->capfuncs = c->capfuncs ? c->capfuncs * 2 : 64;
        c->funcs = xrealloc(c->funcs, (size_t)c->capfuncs * sizeof(Proto *));
    }
    c->funcs[c->nfuncs] = p;
    return c->nfuncs++;
}

static Type *func_type(Node *node)
{
    if (!node) return NULL;
    if (node->kind == N_FUNCLIT) return node->type ? node->type : (node->x ? node->x->type : NULL);
    if (node->sym && node->sym->type && node->sym->type->kind == T_FUNC) return node->sym->type;
    if (node->type && node->type->kind == T_FUNC) return node->type;
    if (node->y && node->y->type && node->y->type->kind == T_FUNC) return node->y->type;
    return NULL;
}

/* Bind the parameters (receiver first) and results of node to slots 0.. */
static void bind_signature(Comp *c, Fn *fn, Node *node)
{
    Node *ft = node->kind == N_FUNCLIT ? node->x : node->y;
    Type *t = func_type(node);
    int slot = 0;
    if (node->kind == N_FUNCDECL && node->x) {
        Node *recv = node->x;
        if (recv->nnames > 0 && recv->names[0]->sym) recv->names[0]->sym->index = slot;
        slot++;
    }
    if (ft) {
        for (int i = 0; i < ft->nlist; i++) {
            Node *fld = ft->list[i];
            if (fld->nnames == 0) { slot++; continue; }
            for (int j = 0; j < fld->nnames; j++) {
                if (fld->names[j]->sym) fld->names[j]->sym->index = slot;
                slot++;
            }
        }
    }
    fn->p->nparams = slot;
    fn->p->variadic = t ? t->variadic : false;
    fn->p->type = t;
    fn->nresults = t ? t->nresults : 0;
    fn->rtypes = t ? t->results : NULL;
    fn->p->nresults = fn->nresults;
    fn->nactive = fn->top = fn->maxtop = slot;
    fn->named = false;
    if (fn->nresults > 0) {
        fn->rslots = xcalloc((size_t)fn->nresults, sizeof(int));
        fn->rsyms = xcalloc((size_t)fn->nresults, sizeof(Symbol *));
        int ri = 0;
        for (int i = 0; ft && i < ft->nlist2; i++) {
            Node *fld = ft->list2[i];
            if (fld->nnames == 0) { ri++; continue; }
            fn->named = true;
            for (int j = 0; j < fld->nnames && ri < fn->nresults; j++) fn->rsyms[ri++] = fld->names[j]->sym;
        }
    }
}

/* Prologue: box escaping parameters; zero-initialise result slots. */
static void prologue(Comp *c, Fn *fn, Node *node)
{
    Node *ft = node->kind == N_FUNCLIT ? node->x : node->y;
    if (node->kind == N_FUNCDECL && node->x && node->x->nnames > 0) {
        Symbol *sym = node->x->names[0]->sym;
        if (sym_boxed(sym)) emit(c, OP_BOXV, sym->index, sym->index);
    }
    for (int i = 0; ft && i < ft->nlist; i++)
        for (int j = 0; j < ft->list[i]->nnames; j++) {
            Symbol *sym = ft->list[i]->names[j]->sym;
            if (sym_boxed(sym)) emit(c, OP_BOXV, sym->index, sym->index);
        }
    if (fn->named || fn->has_defer) {
        for (int i = 0; i < fn->nresults; i++) {
            int r = fn->nactive++;
            settop(c, fn->nactive);
            fn->rslots[i] = r;
            Type *t = fn->rtypes[i];
            emit_const(c, NULL, t, r);
            if (fn->rsyms[i]) declare_local(c, fn->rsyms[i], r);
            else if (fn->rsyms && fn->named) { /* blank named result */ }
        }
    }
}

Fn *fn_begin(Comp *c, Fn *fn, Node *node, int index, const char *name)
{
    memset(fn, 0, sizeof *fn);
    fn->parent = c->fn;
    fn->node = node;
    fn->index = index;
    fn->p = c->funcs[index];
    fn->name = name;
    fn->line = fn->p->pos.line;
    c->fn = fn;
    return fn;
}

void fn_end(Comp *c, Fn *fn)
{
    Proto *p = fn->p;
    p->code = fn->code;
    p->lines = fn->lines;
    p->stmts = fn->stmts;
    p->ncode = fn->ncode;
    p->consts = fn->k;
    p->nconsts = fn->nk;
    p->nlocals = fn->nactive;
    p->maxstack = fn->maxtop - fn->nactive + 2;
    p->framesize = fn->maxtop + 2;   /* +1: a bound method value shifts its args up */
    p->nfree = fn->nfree;
    for (int i = 0; i < fn->nlabels; i++) free(fn->labels[i].pending.v);
    free(fn->labels);
    free(fn->rslots);
    free(fn->rsyms);
    free(fn->retjumps.v);
    free(fn->frees);
    c->fn = fn->parent;
}

/* Body of a function declaration or literal, in the already-begun fn. */
static void compile_body(Comp *c, Fn *fn, Node *node)
{
    Node *body = node->kind == N_FUNCLIT ? node->y : node->z;
    fn->has_defer = has_defer(body);
    bind_signature(c, fn, node);
    prologue(c, fn, node);
    if (body) {
        block(c, body->list, body->nlist);
        fn->line = body->endpos.line ? body->endpos.line : fn->line;
    }
    /* falling off the end */
    if (fn->has_defer || fn->nresults == 0) {
        if (fn->has_defer) {
            emit_return_epilogue(c);
        } else {
            emit(c, OP_RET, 0, 0);
        }
    } else {
        emit(c, OP_UNREACHABLE);
    }
    for (int i = 0; i < fn->nlabels; i++)
        if (fn->labels[i].pc < 0 && fn->labels[i].pending.n)
            cerror(c, node->pos, "label %s not defined", fn->labels[i].name);
}

void compile_funclit_body(Comp *c, Fn *fn, Node *lit)
{
    FreeScan fs = { .depth = 0 };
    fs.stack[0] = lit;
    fs.depth = 1;
    scan_frees(&fs, lit->y);
    fn->frees = fs.v;
    fn->nfree = fs.n;
    compile_body(c, fn, lit);
}

/* ---- program ---- */

static Type *recv_named(Node *texpr, bool *ptr)
{
    *ptr = false;
    while (texpr && (texpr->kind == N_PAREN || texpr->kind == N_STAR)) {
        if (texpr->kind == N_STAR) *ptr = true;
        texpr = texpr->x;
    }
    if (!texpr) return NULL;
    if (texpr->sym && texpr->sym->kind == SYM_TYPE && texpr->sym->type) return texpr->sym->type;
    return texpr->type;
}

static const char *func_name(Comp *c, Package *pkg, Node *fd, int *ninit)
{
    if (fd->x) {
        bool ptr;
        Type *t = recv_named(fd->x->x, &ptr);
        const char *tn = t && t->name ? t->name : "?";
        /* Go's tracebacks print a method of an instance as Box[...] whatever
         * its type arguments: the name up to its first '[' (the instance's
         * name is "Box[int]"). */
        const char *br = t && t->ginst ? strchr(tn, '[') : NULL;
        if (br) tn = cstrf(c, "%.*s[...]", (int)(br - tn), tn);
        return ptr ? cstrf(c, "%s.(*%s).%s", pkg->path, tn, fd->name)
                   : cstrf(c, "%s.%s.%s", pkg->path, tn, fd->name);
    }
    if (strcmp(fd->name, "init") == 0) return cstrf(c, "%s.init.%d", pkg->path, (*ninit)++);
    return cstrf(c, "%s.%s", pkg->path, fd->name);
}

int method_func_index(Comp *c, Type *recv, const char *name)
{
    if (!recv) return -1;
    if (recv->kind == T_POINTER && !recv->name && recv->elem) recv = recv->elem;
    Method *m = types_find_method(recv, name);
    return m ? m->func_index : -1;
}

static void number_package(Comp *c, Package *pkg)
{
    for (int i = 0; i < pkg->nmembers; i++) {
        Symbol *sym = pkg->members[i];
        if (sym->kind != SYM_VAR) continue;
        if (c->nglobals == c->capglobals) {
            c->capglobals = c->capglobals ? c->capglobals * 2 : 64;
            c->gtypes = xrealloc(c->gtypes, (size_t)c->capglobals * sizeof(Type *));
        }
        sym->global = true;
        sym->index = c->nglobals;
        c->gtypes[c->nglobals++] = sym->type;
    }
    int ninit = 0;
    for (int i = 0; i < pkg->nfuncs; i++) pkg->funcs[i]->index = -1;
    for (int i = 0; i < pkg->nfuncs; i++) {
        Node *fd = pkg->funcs[i];
        const char *name = func_name(c, pkg, fd, &ninit);
        int idx = new_proto(c, name, pkg->filename, fd->pos);
        fd->index = idx;
        if (fd->sym) fd->sym->func_index = idx;
        if (fd->x) {
            bool ptr;
            Type *t = recv_named(fd->x->x, &ptr);
            Method *m = t ? types_find_method(t, fd->name) : NULL;
            if (m) m->func_index = idx;
            Symbol *rs = fd->x->nnames ? fd->x->names[0]->sym : NULL;
            if (!ptr && fd->z) c->funcs[idx]->recv_readonly = !rs || !mutates(fd->z, rs);
        }
        if (!fd->z) {
            Proto *p = c->funcs[idx];
            char q[256];
            if (fd->x) {
                bool ptr;
                Type *t = recv_named(fd->x->x, &ptr);
                snprintf(q, sizeof q, ptr ? "%s.(*%s).%s" : "%s.%s.%s", pkg->path,
                         t && t->name ? t->name : "?", fd->name);
            } else {
                snprintf(q, sizeof q, "%s.%s", pkg->path, fd->name);
            }
            p->native = native_lookup(q);
        }
    }
    /* package functions referenced through their symbols */
    for (int i = 0; i < pkg->nmembers; i++) {
        Symbol *sym = pkg->members[i];
        if (sym->kind == SYM_FUNC && sym->decl && sym->decl->kind == N_FUNCDECL && sym->decl->index >= 0)
            sym->func_index = sym->decl->index;
    }
}

static void compile_func(Comp *c, Package *pkg, Node *fd)
{
    Fn fn;
    Proto *p = c->funcs[fd->index];
    fn_begin(c, &fn, fd, fd->index, p->name);
    if (!fd->z) {
        /* native: only the signature matters */
        bind_signature(c, &fn, fd);
        emit(c, OP_UNREACHABLE);
        fn_end(c, &fn);
        return;
    }
    compile_body(c, &fn, fd);
    fn_end(c, &fn);
}

/* Package var initialisers, in order, then the init() functions. */
static void compile_var_init(Comp *c, Node *spec)
{
    c->fn->line = spec->pos.line;
    int nn = spec->nnames, nv = spec->nlist2;
    int save = c->fn->top;
    if (nv == 0) {
        /* var wg sync.WaitGroup: zeroed by sim_start, named here */
        for (int i = 0; i < nn; i++) {
            Symbol *sym = spec->names[i]->sym;
            if (!sym || strcmp(spec->names[i]->name, "_") == 0) continue;
            if (!obj_nameable(c, sym->type, NULL)) continue;
            int r = tmp(c);
            emit(c, OP_LOADG, r, sym->index);
            obj_name(c, r, sym->type, spec->names[i]->name, NULL);
            settop(c, save);
        }
        return;
    }
    if (nv == nn) {
        for (int i = 0; i < nn; i++) {
            Node *id = spec->names[i];
            Symbol *sym = id->sym;
            Type *t = sym ? sym->type : spec->list2[i]->type;
            chan_name(c, NULL, id->name, spec->list2[i]);
            int r = expr_assign(c, spec->list2[i], t, ANY);
            c->varname = NULL;
            if (sym && strcmp(id->name, "_") != 0) {
                obj_name(c, r, t, id->name, spec->list2[i]);
                emit(c, OP_STOREG, sym->index, r);
            }
            settop(c, save);
        }
        return;
    }
    /* var a, b = f() / m[k] / x.(T) */
    Node *rhs = spec->list2[0];
    int base = tmpn(c, nn);
    bool fresh = rhs->kind == N_CALL && !rhs->conversion && !rhs->builtin;
    if (fresh) {
        int nres = 0;
        int r = compile_call(c, rhs, ANY, &nres);
        for (int i = 0; i < nn; i++) emit(c, OP_MOVE, base + i, r + i);
    } else {
        Node *saved = rhs;
        (void)saved;
        rhs->commaok = true;
        expr(c, rhs, base);
    }
    for (int i = 0; i < nn; i++) {
        Symbol *sym = spec->names[i]->sym;
        if (!sym || strcmp(spec->names[i]->name, "_") == 0) continue;
        Type *from = rhs->type && rhs->type->kind == T_TUPLE ? rhs->type->results[i] : sym->type;
        if (i == 1 && rhs->type && rhs->type->kind != T_TUPLE) from = c->tt->t_bool;
        int r = convert_store(c, base + i, from, sym->type, fresh, base + i);
        obj_name(c, r, sym->type, spec->names[i]->name, rhs);
        emit(c, OP_STOREG, sym->index, r);
    }
    settop(c, save);
}

static void analyze_package(Package *pkg)
{
    for (int i = 0; i < pkg->nfuncs; i++) analyze(pkg->funcs[i]->z, pkg->funcs[i]);
    for (int i = 0; i < pkg->nvar_inits; i++) analyze(pkg->var_inits[i], NULL);
}

Program *compile_program(Sim *s, Package **pkgs, int npkgs, Diags *d)
{
    Comp comp = { .s = s, .d = d, .tt = &s->types };
    Comp *c = &comp;
    for (int i = 0; i < npkgs; i++) number_package(c, pkgs[i]);
    for (int i = 0; i < npkgs; i++) analyze_package(pkgs[i]);
    for (int i = 0; i < npkgs; i++) compile_wrappers(c, pkgs[i]);
    Program *prog = xcalloc(1, sizeof *prog);
    prog->main_index = -1;
    /* the synthesised init function */
    const char *mainfile = npkgs ? pkgs[npkgs - 1]->filename : "";
    int init = new_proto(c, "main.init", mainfile, (Pos){ 0, 0 });
    for (int i = 0; i < npkgs; i++) {
        Package *pkg = pkgs[i];
        c->pkg = pkg;
        for (int j = 0; j < pkg->nfuncs; j++) {
            Node *fd = pkg->funcs[j];
            compile_func(c, pkg, fd);
            if (!fd->x && strcmp(pkg->path, "main") == 0 && strcmp(fd->name, "main") == 0)
                prog->main_index = fd->index;
        }
    }
    {
        Fn fn;
        fn_begin(c, &fn, NULL, init, "main.init");
        for (int i = 0; i < npkgs; i++) {
            Package *pkg = pkgs[i];
            c->pkg = pkg;
            c->funcs[init]->file = pkg->filename;
            for (int j = 0; j < pkg->nvar_inits; j++) compile_var_init(c, pkg->var_inits[j]);
            for (int j = 0; j < pkg->nfuncs; j++) {
                Node *fd = pkg->funcs[j];
                if (!fd->x && strcmp(fd->name, "init") == 0) {
                    fn.line = fd->pos.line;
                    emit(c, OP_CALL, fn.top, fd->index);
                    reserve(c, fn.top);
                }
            }
        }
        c->funcs[init]->file = mainfile;
        emit(c, OP_RET, 0, 0);
        fn_end(c, &fn);
    }
    /* Go's //line directives before library functions (sim/lib/sync.go):
     * their protos take Go's file and line numbers, for goroutine dumps. */
    for (int i = 0; i < npkgs; i++) {
        Package *pkg = pkgs[i];
        if (strcmp(pkg->path, "main") == 0) continue;
        for (int j = 0; j < pkg->nfuncs; j++) {
            Node *fd = pkg->funcs[j];
            char file[256];
            int delta;
            if (fd->index < 0 || !lib_line_directive(pkg->path, fd->pos.line, file, sizeof file, &delta))
                continue;
            Proto *pr = c->funcs[fd->index];
            pr->file = arena_strndup(&s->arena, file, strlen(file));
            for (int k = 0; k < pr->ncode && pr->lines; k++) pr->lines[k] += delta;
            pr->pos.line += delta;
        }
    }
    prog->funcs = c->funcs;
    prog->nfuncs = c->nfuncs;
    prog->init_index = init;
    prog->nglobals = c->nglobals;
    prog->global_types = c->gtypes;
    prog->filename = mainfile;
    if (prog->main_index < 0 && !c->failed) {
        diags_add(d, (Pos){ 0, 0 }, "function main is undeclared in the main package");
        c->failed = true;
    }
    if (c->failed) {
        program_free(prog);
        return NULL;
    }
    return prog;
}

void program_free(Program *p)
{
    if (!p) return;
    for (int i = 0; i < p->nfuncs; i++) {
        Proto *f = p->funcs[i];
        free(f->code);
        free(f->lines);
        free(f->stmts);
        free(f->consts);
        free(f);
    }
    free(p->funcs);
    free(p->global_types);
    free(p);
}

/* ---- disassembler ---- */

static void disasm_proto(const Program *prog, const Proto *p, FILE *out)
{
    fprintf(out, "func %s  params=%d results=%d locals=%d frame=%d free=%d%s\n", p->name,
            p->nparams, p->nresults, p->nlocals, p->framesize, p->nfree, p->native ? " native" : "");
    for (int pc = 0; pc < p->ncode;) {
        Op op = (Op)p->code[pc];
        if (op >= OP_NOPS) { fprintf(out, "  %4d  ??? %u\n", pc, p->code[pc]); pc++; continue; }
        fprintf(out, "  %4d  %-4d %-11s", pc, p->lines[pc], op_names[op]);
        const char *fmt = op_formats[op];
        for (int i = 0; i < op_noperands[op]; i++) {
            Instr w = p->code[pc + 1 + i];
            switch (fmt[i]) {
            case 'r': fprintf(out, " r%u", w); break;
            case 'i': fprintf(out, " %d", (int32_t)w); break;
            case 'j': fprintf(out, " ->%u", w); break;
            case 'f': fprintf(out, " %s", w < (Instr)prog->nfuncs ? prog->funcs[w]->name : "?"); break;
            case 't': {
                char buf[128];
                Type *t = w < (Instr)p->nconsts ? p->consts[w].p : NULL;
                if (t) types_string(t, NULL, buf, sizeof buf); else strcpy(buf, "?");
                fprintf(out, " <%s>", buf);
                break;
            }
            case 's': {
                GoString *g = w < (Instr)p->nconsts ? p->consts[w].p : NULL;
                fprintf(out, " \"%.*s\"", (int)rt_strlen(g), rt_strptr(g));
                break;
            }
            case 'k': fprintf(out, " k%u(%lld)", w, w < (Instr)p->nconsts ? (long long)p->consts[w].i : 0LL); break;
            default: fprintf(out, " %u", w); break;
            }
        }
        fputc('\n', out);
        pc += 1 + op_noperands[op];
    }
}

void program_disasm(const Program *p, FILE *out)
{
    for (int i = 0; i < p->nfuncs; i++) {
        if (p->funcs[i]->native) continue;
        disasm_proto(p, p->funcs[i], out);
    }
}
