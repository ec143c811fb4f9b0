/* compile_call.c - calls: static functions, methods (static and through
 * interfaces), function values, argument passing (interface conversion,
 * variadic packing, f(g()) forwarding), builtins, and defer / go.
 *
 * Calling convention (ops.h): the arguments go to consecutive registers
 * starting at the call's base, which is always the current top, so the
 * callee's frame overlaps the caller's temporaries and nothing is copied;
 * results come back at base.
 */
#include "compile_int.h"
#include <string.h>

static bool is_agg(Type *t) { return t && (t->kind == T_ARRAY || t->kind == T_STRUCT); }

static Type *param_type(Type *ft, int i, bool packed)
{
    int np = ft->nparams;
    if (ft->variadic && packed && i >= np - 1) return ft->params[np - 1]->elem;
    return i < np ? ft->params[i] : NULL;
}

/* Evaluate call's arguments into base, base+1 ... for a function of type
 * ft.  Returns the number of argument slots (ft's parameter count). */
static int push_args(Comp *c, Node *call, Type *ft, int base)
{
    settop(c, base);
    int np = ft ? ft->nparams : call->nlist;
    bool pack = ft && ft->variadic && !(call->flags & NF_ELLIPSIS);
    Node **args = call->list;
    int na = call->nlist;
    if (na == 1 && args[0]->type && args[0]->type->kind == T_TUPLE && ft) {
        /* f(g()): g's results become f's arguments */
        Type *tt = args[0]->type;
        int k = tt->nresults, nres = 0;
        int r = compile_call(c, unparen(args[0]), ANY, &nres);
        for (int i = 0; i < k; i++)
            if (r != base) emit(c, OP_MOVE, base + i, r + i);
        settop(c, base + k);
        for (int i = 0; i < k; i++)
            convert_store(c, base + i, tt->results[i], param_type(ft, i, pack), true, base + i);
        if (pack) {
            int cnt = k - (np - 1);
            if (cnt <= 0) emit(c, OP_LOADNIL, base + np - 1);
            else emit(c, OP_MKSLICE, base + np - 1, base + np - 1, cnt, ktype(c, ft->params[np - 1]->elem));
        }
        settop(c, base + np);
        return np;
    }
    int nfixed = pack ? np - 1 : (ft ? np : na);
    for (int i = 0; i < nfixed && i < na; i++) {
        int r = tmp(c);
        expr_assign(c, args[i], ft ? ft->params[i] : args[i]->type, r);
        settop(c, r + 1);
    }
    if (pack) {
        int slot = tmp(c);
        int cnt = na - nfixed;
        Type *et = ft->params[np - 1]->elem;
        if (cnt <= 0) {
            emit(c, OP_LOADNIL, slot);
        } else {
            int first = c->fn->top;
            for (int i = nfixed; i < na; i++) {
                int r = tmp(c);
                expr_assign(c, args[i], et, r);
                settop(c, r + 1);
            }
            emit(c, OP_MKSLICE, slot, first, cnt, ktype(c, et));
        }
        settop(c, slot + 1);
    }
    return np;
}

/* The receiver of a method call or method value x.M (after the embedded
 * field path of a promoted method): an address for pointer methods, a copy
 * for value methods, the interface for interface methods (m == NULL). */
int method_receiver(Comp *c, Node *x, Selection *sel, Method *m, int dst, bool nocopy)
{
    int save = c->fn->top;
    Type *t = x->type;
    /* type at the end of the path */
    Type *pt = t;
    for (int i = 0; i < sel->npath; i++) {
        Type *st = pt->kind == T_POINTER ? pt->elem : pt;
        pt = st->fields[sel->path[i]].type;
    }
    bool needaddr = m && m->ptr_recv && pt->kind != T_POINTER;
    int d = dst >= 0 ? dst : tmp(c);
    if (needaddr) {
        if (sel->npath == 0) {
            LValue lv = lvalue(c, x);
            lv_addr(c, &lv, d);
        } else {
            int obj = expr(c, x, ANY);
            for (int i = 0; i < sel->npath; i++) {
                bool last = i == sel->npath - 1;
                int r = last ? d : tmp(c);
                if (last) emit(c, t->kind == T_POINTER ? OP_PADDRF : OP_ADDRF, r, obj, sel->path[i]);
                else emit(c, t->kind == T_POINTER ? OP_PGETF : OP_GETF, r, obj, sel->path[i]);
                Type *st = t->kind == T_POINTER ? t->elem : t;
                t = st->fields[sel->path[i]].type;
                obj = r;
            }
        }
        settop(c, dst >= 0 ? save : d + 1);
        return d;
    }
    int r = expr(c, x, ANY);
    for (int i = 0; i < sel->npath; i++) {
        int nr = tmp(c);
        emit(c, t->kind == T_POINTER ? OP_PGETF : OP_GETF, nr, r, sel->path[i]);
        Type *st = t->kind == T_POINTER ? t->elem : t;
        t = st->fields[sel->path[i]].type;
        r = nr;
    }
    if (!m || m->ptr_recv) {
        if (r != d) emit(c, OP_MOVE, d, r);
    } else if (t->kind == T_POINTER) {
        if (is_agg(t->elem) && !nocopy) {
            int v = tmp(c);
            emit(c, OP_LOADPTR, v, r);
            emit(c, OP_COPY, d, v, ktype(c, t->elem));
        } else {
            emit(c, OP_LOADPTR, d, r);
        }
    } else if (is_agg(t) && !nocopy) {
        emit(c, OP_COPY, d, r, ktype(c, t));
    } else if (r != d) {
        emit(c, OP_MOVE, d, r);
    }
    settop(c, dst >= 0 ? save : d + 1);
    return d;
}

static Symbol *static_func(Node *fx)
{
    if (fx->kind == N_IDENT && fx->sym && fx->sym->kind == SYM_FUNC) return fx->sym;
    if (fx->kind == N_SELECTOR && fx->sel && fx->sel->kind == SEL_PKG && fx->sym &&
        fx->sym->kind == SYM_FUNC)
        return fx->sym;
    return NULL;
}

int compile_call(Comp *c, Node *n, int dst, int *nres)
{
    Fn *fn = c->fn;
    int save = fn->top;
    Node *fx = unparen(n->x);
    Type *ft = fx->type;
    if (ft && ft->kind != T_FUNC) ft = NULL;
    Symbol *sf = static_func(fx);
    Selection *sel = fx->kind == N_SELECTOR ? fx->sel : NULL;
    int base, nargs;
    int line = n->oppos.line ? n->oppos.line : n->pos.line ? n->pos.line : fn->line;
    if (sf && sf->func_index >= 0 && sf->func_index < c->nfuncs &&
        strcmp(c->funcs[sf->func_index]->name, "runtime.Goexit") == 0) {
        emit(c, OP_GOEXIT);
        base = fn->top;
        nargs = 0;
    } else if (sf) {
        base = fn->top;
        nargs = push_args(c, n, ft, base);
        fn->line = line;
        emit(c, OP_CALL, base, sf->func_index);
    } else if (sel && sel->kind == SEL_METHOD) {
        base = tmp(c);
        int mfi = method_func_index(c, sel->recv, sel->method->name);
        bool ro = mfi >= 0 && mfi < c->nfuncs && c->funcs[mfi]->recv_readonly;
        method_receiver(c, fx->x, sel, sel->method, base, ro);
        nargs = push_args(c, n, ft, base + 1) + 1;
        fn->line = line;
        emit(c, OP_CALL, base, mfi);
    } else if (sel && sel->kind == SEL_IFACE_METHOD) {
        base = tmp(c);
        method_receiver(c, fx->x, sel, NULL, base, false);
        nargs = push_args(c, n, ft, base + 1) + 1;
        fn->line = line;
        const char *mn = sel->method->name;
        emit(c, OP_CALLI, base, kstr(c, mn, (int64_t)strlen(mn)), nargs, 0, 0, 0, 0);
    } else {
        int fr = expr(c, fx, ANY);
        if (fr >= fn->top) settop(c, fr + 1);
        base = fn->top;
        nargs = push_args(c, n, ft, base);
        fn->line = line;
        emit(c, OP_CALLV, base, fr, nargs);
    }
    reserve(c, base + nargs + 1);
    int nr = ft ? ft->nresults : 0;
    *nres = nr;
    if (dst >= 0) {
        if (dst != base) emit(c, OP_MOVE, dst, base);
        settop(c, save);
        return dst;
    }
    settop(c, base + (nr > 0 ? nr : 1));
    return base;
}

/* ---- builtins ---- */

static int kpush(Comp *c, Value v)
{
    Fn *fn = c->fn;
    if (fn->nk == fn->capk) {
        fn->capk = fn->capk ? fn->capk * 2 : 16;
        fn->k = xrealloc(fn->k, (size_t)fn->capk * sizeof(Value));
    }
    fn->k[fn->nk] = v;
    return fn->nk++;
}

/* go/types' "struct{a int}" / "interface{}" as gc's backend prints them:
 * "struct { a int }", "interface {}". */
static const char *gc_type_string(const char *ts, char *out, size_t cap)
{
    bool spaced[64];                      /* per open brace: gc adds " }" */
    int depth = 0;
    size_t o = 0;
    for (const char *p = ts; *p && o + 4 < cap; p++) {
        bool kw = (p - ts >= 6 && strncmp(p - 6, "struct", 6) == 0) ||
                  (p - ts >= 9 && strncmp(p - 9, "interface", 9) == 0);
        if (*p == '{') {
            bool empty = p[1] == '}';
            if (kw) out[o++] = ' ';
            out[o++] = '{';
            if (kw && !empty) out[o++] = ' ';
            if (depth < 64) spaced[depth] = kw && !empty;
            depth++;
        } else if (*p == '}') {
            if (depth > 0 && --depth < 64 && spaced[depth]) out[o++] = ' ';
            out[o++] = '}';
        } else {
            out[o++] = *p;
        }
    }
    out[o] = 0;
    return out;
}

static Type *arg_type(Comp *c, Node *a)
{
    Type *t = a->type;
    if (!t || types_is_untyped(t)) {
        if (a->mode == MODE_CONST) {
            switch (a->cv.kind) {
            case CV_BOOL: return c->tt->t_bool;
            case CV_FLOAT: return c->tt->t_float64;
            case CV_STRING: return c->tt->t_string;
            default: return t && t->kind == T_UNTYPED_RUNE ? c->tt->t_int32 : c->tt->t_int;
            }
        }
        if (t && t->kind == T_UNTYPED_NIL) return c->tt->t_any;
        if (t && t->kind == T_UNTYPED_BOOL) return c->tt->t_bool;
    }
    return t ? t : c->tt->t_int;
}

static int minmax(Comp *c, Node *n, int dst)
{
    Type *t = n->type;
    int d = tmp(c);
    expr_to(c, n->list[0], d);
    bool ismin = n->builtin == B_MIN;
    TypeKind k = t->kind;
    Op lt = (k == T_FLOAT32 || k == T_FLOAT64) ? OP_LT_F64 : k == T_STRING ? OP_LT_STR
          : (k >= T_UINT && k <= T_UINTPTR) ? OP_LT_UINT : OP_LT_INT;
    for (int i = 1; i < n->nlist; i++) {
        int s2 = c->fn->top;
        int b = expr(c, n->list[i], ANY);
        int cr = tmp(c);
        if (ismin) emit(c, lt, cr, b, d); else emit(c, lt, cr, d, b);
        int j = emit(c, OP_JF, cr, 0);
        emit(c, OP_MOVE, d, b);
        patch(c, j + 2, here(c));
        settop(c, s2);
    }
    if (dst >= 0) { emit(c, OP_MOVE, dst, d); settop(c, d); return dst; }
    return d;
}

int compile_builtin(Comp *c, Node *n, int dst)
{
    Fn *fn = c->fn;
    int save = fn->top;
    Node **a = n->list;
    int na = n->nlist;
    int d;
#define TARGET() (d = dst >= 0 ? dst : tmp(c))
    switch (n->builtin) {
    case B_LEN: case B_CAP: {
        Type *t = a[0]->type;
        if (t->kind == T_POINTER) t = t->elem;
        if (t->kind == T_ARRAY) {
            /* not constant (a call or receive inside): the operand is
             * evaluated for its effects, as the spec says, then N */
            if (n->mode != MODE_CONST) {
                expr(c, a[0], ANY);
                settop(c, save);
            }
            TARGET();
            emit(c, OP_LOADI, d, (int)t->len);
            return d;
        }
        int r = expr(c, a[0], ANY);
        settop(c, save);
        TARGET();
        if (t->kind == T_STRING || t->kind == T_UNTYPED_STRING) emit(c, OP_LEN_STR, d, r);
        else if (t->kind == T_SLICE) emit(c, n->builtin == B_LEN ? OP_LEN_SL : OP_CAP_SL, d, r);
        else if (t->kind == T_MAP) emit(c, OP_LEN_MAP, d, r);
        else if (t->kind == T_CHAN) emit(c, n->builtin == B_LEN ? OP_LEN_CHAN : OP_CAP_CHAN, d, r);
        else cerror(c, n->pos, "gocafe: len/cap of this type is not supported yet");
        return d;
    }
    case B_APPEND: {
        Type *st = n->type;
        int s = expr(c, a[0], ANY);
        if (n->flags & NF_ELLIPSIS) {
            int x = expr(c, a[1], ANY);
            settop(c, save);
            TARGET();
            Type *xt = a[1]->type;
            if (xt && (xt->kind == T_STRING || xt->kind == T_UNTYPED_STRING)) emit(c, OP_APPENDSTR, d, s, x);
            else emit(c, OP_APPENDSL, d, s, x, ktype(c, st->elem));
            return d;
        }
        int first = fn->top;
        for (int i = 1; i < na; i++) {
            int r = tmp(c);
            expr_assign(c, a[i], st->elem, r);
            settop(c, r + 1);
        }
        settop(c, save);
        TARGET();
        reserve(c, first + na);
        if (na == 1) { if (d != s) emit(c, OP_MOVE, d, s); return d; }
        Node *a0 = unparen(a[0]);
        if (c->inplace && a0->kind == N_IDENT && a0->sym == c->inplace && d == s)
            emit(c, OP_APPENDIN, d, first, na - 1, ktype(c, st->elem));
        else
            emit(c, OP_APPEND, d, s, first, na - 1, ktype(c, st->elem));
        return d;
    }
    case B_COPY: {
        int x = expr(c, a[0], ANY);
        int y = expr(c, a[1], ANY);
        settop(c, save);
        TARGET();
        Type *yt = a[1]->type;
        if (yt && (yt->kind == T_STRING || yt->kind == T_UNTYPED_STRING)) emit(c, OP_COPYSTR, d, x, y);
        else emit(c, OP_COPYSL, d, x, y, ktype(c, a[0]->type->elem));
        return d;
    }
    case B_DELETE: {
        Type *mt = a[0]->type;
        int m = expr(c, a[0], ANY);
        int k = expr_assign(c, a[1], mt->key, ANY);
        emit(c, OP_MAPDEL, m, k, ktype(c, mt));
        settop(c, save);
        return dst >= 0 ? dst : save;
    }
    case B_MAKE: {
        Type *t = n->type;
        if (t->kind == T_SLICE) {
            int l = expr(c, a[1], ANY);
            int cp = na > 2 ? expr(c, a[2], ANY) : l;
            settop(c, save);
            TARGET();
            emit(c, OP_MAKESLICE, d, ktype(c, t->elem), l, cp);
            return d;
        }
        if (t->kind == T_MAP) {
            int h;
            if (na > 1) h = expr(c, a[1], ANY);
            else { h = tmp(c); emit(c, OP_LOADI, h, 0); }
            settop(c, save);
            TARGET();
            emit(c, OP_MAPNEW, d, ktype(c, t), h);
            return d;
        }
        if (t->kind == T_CHAN) {
            int z;
            if (na > 1) z = expr(c, a[1], ANY);
            else { z = tmp(c); emit(c, OP_LOADI, z, 0); }
            settop(c, save);
            TARGET();
            const char *vn = c->varname && c->varnode == n ? c->varname : "";
            emit(c, OP_MAKECHAN, d, ktype(c, t->elem), z, kstr(c, vn, (int64_t)strlen(vn)));
            return d;
        }
        cerror(c, n->pos, "gocafe: make of this type is not supported yet");
        return TARGET();
    }
    case B_NEW: {
        Type *t = n->type->elem;
        int z = tmp(c);
        emit_const(c, NULL, t, z);
        settop(c, save);
        TARGET();
        emit(c, OP_PTRBOX, d, z);
        return d;
    }
    case B_PANIC: {
        int v = expr_assign(c, a[0], c->tt->t_any, ANY);
        emit(c, OP_PANIC, v);
        settop(c, save);
        return dst >= 0 ? dst : save;
    }
    case B_RECOVER:
        TARGET();
        emit(c, OP_RECOVER, d);
        return d;
    case B_PRINT: case B_PRINTLN: {
        int first = fn->top;
        int k0 = -1;
        Type **types = xmalloc((size_t)(na ? na : 1) * sizeof(Type *));
        bool fwd = false;
        if (na == 1 && a[0]->type && a[0]->type->kind == T_TUPLE) {
            /* println(f()): f's results, in order, are the arguments */
            Type *tu = a[0]->type;
            int nres = 0;
            int r = compile_call(c, unparen(a[0]), ANY, &nres);
            na = tu->nresults;
            types = xrealloc(types, (size_t)(na ? na : 1) * sizeof(Type *));
            for (int i = 0; i < na; i++) {
                if (r != first) emit(c, OP_MOVE, first + i, r + i);
                types[i] = tu->results[i];
            }
            settop(c, first + na);
            fwd = true;
        }
        for (int i = 0; i < na && !fwd; i++) {
            int r = tmp(c);
            types[i] = arg_type(c, a[i]);
            if (a[i]->mode == MODE_CONST && a[i]->cv.kind != CV_NONE) emit_const(c, &a[i]->cv, types[i], r);
            else expr_to(c, a[i], r);
            settop(c, r + 1);
        }
        for (int i = 0; i < na; i++) {
            /* gc's walk (after type checking): print takes no struct or array */
            TypeKind tk = types[i] ? types[i]->kind : T_INT;
            if (tk == T_STRUCT || tk == T_ARRAY) {
                char ts[256], gs[512];
                types_string(types[i], c->pkg ? c->pkg->path : NULL, ts, sizeof ts);
                cerror(c, n->oppos, "illegal types for operand: print\n\t%s", gc_type_string(ts, gs, sizeof gs));
            }
        }
        for (int i = 0; i < na; i++) {
            int k = kpush(c, (Value){ .p = types[i] });
            if (i == 0) k0 = k;
        }
        free(types);
        emit(c, OP_PRINT, first, na, k0 < 0 ? 0 : k0, n->builtin == B_PRINTLN);
        settop(c, save);
        return dst >= 0 ? dst : save;
    }
    case B_CLOSE: {
        int r = expr(c, a[0], ANY);
        emit(c, OP_CLOSE, r);
        settop(c, save);
        return dst >= 0 ? dst : save;
    }
    case B_MIN: case B_MAX:
        return minmax(c, n, dst);
    case B_CLEAR: {
        Type *t = a[0]->type;
        int r = expr(c, a[0], ANY);
        if (t->kind == T_MAP) emit(c, OP_MAPCLEAR, r);
        else emit(c, OP_SLCLEAR, r, ktype(c, t->elem));
        settop(c, save);
        return dst >= 0 ? dst : save;
    }
    default:
        cerror(c, n->pos, "gocafe: this builtin is not supported yet");
        return TARGET();
    }
#undef TARGET
}

/* ---- defer and go ---- */

/* defer/go of a builtin: a small synthesized function taking the evaluated
 * arguments as parameters and applying the builtin to them. */
static void defer_builtin(Comp *c, Node *call, bool isgo)
{
    Fn *parent = c->fn;
    int save = parent->top;
    int na = call->nlist;
    int base = tmpn(c, na);
    for (int i = 0; i < na; i++) {
        settop(c, base + i);
        expr_to(c, call->list[i], base + i);
    }
    settop(c, base + na);
    /* the wrapper: parameters are fake identifiers bound to slots 0..na-1 */
    Arena *ar = &c->s->arena;
    Node *fake = arena_alloc(ar, sizeof(Node));
    fake->kind = N_FUNCLIT;
    fake->pos = call->pos;
    Node *fcall = arena_alloc(ar, sizeof(Node));
    *fcall = *call;
    fcall->list = arena_alloc(ar, (size_t)(na ? na : 1) * sizeof(Node *));
    for (int i = 0; i < na; i++) {
        Node *id = arena_alloc(ar, sizeof(Node));
        Symbol *sym = arena_alloc(ar, sizeof(Symbol));
        *id = *call->list[i];
        id->kind = N_IDENT;
        id->name = "arg";
        id->mode = MODE_VALUE;
        id->cv.kind = CV_NONE;
        id->type = arg_type(c, call->list[i]);
        id->sym = sym;
        sym->kind = SYM_VAR;
        sym->name = "arg";
        sym->type = id->type;
        sym->func = fake;
        sym->index = i;
        fcall->list[i] = id;
    }
    const char *name = cstrf(c, parent->node && parent->node->kind == N_FUNCLIT ? "%s.%d" : "%s.func%d",
                             parent->name, ++parent->nclosures);
    int idx = new_proto(c, name, c->pkg ? c->pkg->filename : "", call->pos);
    Fn fn;
    fn_begin(c, &fn, fake, idx, name);
    fn.p->nparams = na;
    fn.nactive = fn.top = fn.maxtop = na;
    fn.line = call->pos.line;
    int r = compile_builtin(c, fcall, ANY);
    (void)r;
    emit(c, OP_RET, 0, 0);
    fn_end(c, &fn);
    int fr = tmp(c);
    emit(c, OP_LOADFN, fr, idx);
    emit(c, isgo ? OP_GO : OP_DEFER, base, fr, na);
    settop(c, save);
}

void compile_defer_go(Comp *c, Node *n, bool isgo)
{
    Fn *fn = c->fn;
    int save = fn->top;
    Node *call = unparen(n->x);
    if (call->kind != N_CALL) {
        cerror(c, n->pos, "expression in %s must be function call", isgo ? "go" : "defer");
        return;
    }
    if (call->builtin) {
        defer_builtin(c, call, isgo);
        return;
    }
    Node *fx = unparen(call->x);
    Type *ft = fx->type;
    if (ft && ft->kind != T_FUNC) ft = NULL;
    Symbol *sf = static_func(fx);
    Selection *sel = fx->kind == N_SELECTOR ? fx->sel : NULL;
    int fr = tmp(c);
    int nargs;
    if (sf) {
        emit(c, OP_LOADFN, fr, sf->func_index);
        nargs = push_args(c, call, ft, fn->top);
    } else if (sel && sel->kind == SEL_METHOD) {
        emit(c, OP_LOADFN, fr, method_func_index(c, sel->recv, sel->method->name));
        int base = tmp(c);
        method_receiver(c, fx->x, sel, sel->method, base, false);
        nargs = push_args(c, call, ft, base + 1) + 1;
    } else {
        expr_to(c, fx, fr);
        nargs = push_args(c, call, ft, fr + 1);
    }
    reserve(c, fr + 1 + nargs);
    fn->line = n->pos.line;
    emit(c, isgo ? OP_GO : OP_DEFER, fr + 1, fr, nargs);
    settop(c, save);
}
