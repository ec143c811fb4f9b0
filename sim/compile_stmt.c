/* compile_stmt.c - statements: declarations, assignments, control flow,
 * loops (with Go 1.22 per-iteration variables), switches, type switches,
 * labels, returns (through the defer epilogue when the function defers).
 *
 * Every statement starts with top == nactive; locals it declares take the
 * next slots and stay until the end of the enclosing block; its first
 * instruction is marked in Proto.stmts (stepping, --preempt).  Whole-value
 * assignment of an array or struct copies INTO the variable's storage
 * (lv_assign), so earlier &s.f and a[:] see the new value as in Go.
 */
#include "compile_int.h"
#include "check.h"
#include <string.h>

static bool is_agg(Type *t) { return t && (t->kind == T_ARRAY || t->kind == T_STRUCT); }

static int new_slot(Comp *c)
{
    Fn *fn = c->fn;
    int r = fn->nactive++;
    settop(c, fn->nactive);
    return r;
}

/* A 64-bit integer type: arithmetic on it needs no re-wrap (emit_wrap). */
static bool word_int(Type *t)
{
    return t && (t->kind == T_INT || t->kind == T_INT64 || t->kind == T_UINT || t->kind == T_UINT64 ||
                 t->kind == T_UINTPTR);
}

static bool is_blank(Node *n)
{
    n = unparen(n);
    return n->kind == N_IDENT && n->name && strcmp(n->name, "_") == 0;
}

/* Is identifier n the defining occurrence of its symbol (in a := )? */
static bool defines(Node *n)
{
    n = unparen(n);
    if (n->kind != N_IDENT || !n->sym || n->sym->kind != SYM_VAR || n->sym->global) return false;
    if (n->sym->decl) return n->sym->decl == n;
    return n->sym->pos.line == n->pos.line && n->sym->pos.col == n->pos.col;
}

/* Is sym assigned (or its address taken) anywhere in n? */
static bool assigns(Node *n, Symbol *sym)
{
    if (!n) return false;
    switch (n->kind) {
    case N_ASSIGN:
        for (int i = 0; i < n->nlist; i++) {
            Node *l = unparen(n->list[i]);
            if (l->kind == N_IDENT && l->sym == sym) return true;
        }
        break;
    case N_INCDEC:
        if (unparen(n->x)->kind == N_IDENT && unparen(n->x)->sym == sym) return true;
        break;
    case N_RANGE:
        if (n->op == TK_ASSIGN && ((n->x && unparen(n->x)->sym == sym) || (n->y && unparen(n->y)->sym == sym)))
            return true;
        break;
    case N_UNARY:
        if (n->op == TK_AND && unparen(n->x)->kind == N_IDENT && unparen(n->x)->sym == sym) return true;
        break;
    default:
        break;
    }
    if (assigns(n->x, sym) || assigns(n->y, sym) || assigns(n->z, sym) || assigns(n->w, sym)) return true;
    for (int i = 0; i < n->nlist; i++) if (assigns(n->list[i], sym)) return true;
    for (int i = 0; i < n->nlist2; i++) if (assigns(n->list2[i], sym)) return true;
    return false;
}

/* ---- sole ownership of a slice header ----
 * A local slice variable whose every value is fresh (make, a literal, nil,
 * append to itself) and that is otherwise only read through len, cap,
 * indexing, slicing, ranging and copy never shares its header: append can
 * then grow the header in place instead of allocating a new one. */
static bool is_sym(Node *n, Symbol *sym)
{
    n = unparen(n);
    return n && n->kind == N_IDENT && n->sym == sym;
}

static bool fresh_slice_value(Node *v, Symbol *sym)
{
    v = unparen(v);
    if (is_nil(v) || v->kind == N_COMPOSITE) return true;
    if (v->kind == N_CALL && v->builtin == B_MAKE) return true;
    if (v->kind == N_CALL && v->builtin == B_APPEND && v->nlist > 0 && is_sym(v->list[0], sym)) return true;
    return false;
}

static bool owns(Node *n, Symbol *sym);

static bool owns_list(Node **l, int n, Symbol *sym)
{
    for (int i = 0; i < n; i++) if (!owns(l[i], sym)) return false;
    return true;
}

static bool owns(Node *n, Symbol *sym)
{
    if (!n) return true;
    switch (n->kind) {
    case N_IDENT:
        return n->sym != sym;
    case N_FUNCLIT:
        return owns(n->y, sym);
    case N_ASSIGN:
        for (int i = 0; i < n->nlist; i++) {
            if (!is_sym(n->list[i], sym)) { if (!owns(n->list[i], sym)) return false; continue; }
            if (n->nlist != n->nlist2 || !fresh_slice_value(n->list2[i], sym)) return false;
        }
        for (int i = 0; i < n->nlist2; i++) {
            Node *v = unparen(n->list2[i]);
            if (v->kind == N_CALL && v->builtin == B_APPEND && v->nlist > 0 && is_sym(v->list[0], sym)) {
                if (!owns_list(v->list + 1, v->nlist - 1, sym)) return false;
            } else if (!owns(v, sym)) {
                return false;
            }
        }
        return true;
    case N_VALUESPEC:
        for (int i = 0; i < n->nnames; i++)
            if (n->names[i]->sym == sym && n->nlist2 && (n->nlist2 != n->nnames || !fresh_slice_value(n->list2[i], sym)))
                return false;
        return owns_list(n->list2, n->nlist2, sym);
    case N_CALL:
        if ((n->builtin == B_LEN || n->builtin == B_CAP || n->builtin == B_COPY) && !(n->flags & NF_ELLIPSIS)) {
            for (int i = 0; i < n->nlist; i++)
                if (!is_sym(n->list[i], sym) && !owns(n->list[i], sym)) return false;
            return true;
        }
        break;
    case N_INDEX:
        if (is_sym(n->x, sym)) return owns(n->y, sym);
        break;
    case N_SLICEEXPR:
        if (is_sym(n->x, sym)) return owns(n->y, sym) && owns(n->z, sym) && owns(n->w, sym);
        break;
    case N_RANGE:
        if (is_sym(n->z, sym)) return owns(n->x, sym) && owns(n->y, sym) && owns(n->w, sym);
        break;
    default:
        break;
    }
    return owns(n->x, sym) && owns(n->y, sym) && owns(n->z, sym) && owns(n->w, sym) &&
           owns_list(n->list, n->nlist, sym) && owns_list(n->list2, n->nlist2, sym);
}

static bool sole_owner(Comp *c, Symbol *sym)
{
    Fn *fn = c->fn;
    if (!fn->node || sym->param || sym->result || sym_boxed(sym) || sym->global) return false;
    for (int i = 0; i < fn->nuniq; i++)
        if (fn->uniq[i] == sym) return fn->uniqres[i];
    Node *body = fn->node->kind == N_FUNCLIT ? fn->node->y : fn->node->z;
    bool r = owns(body, sym);
    if (fn->nuniq < 16) {
        fn->uniq[fn->nuniq] = sym;
        fn->uniqres[fn->nuniq++] = r;
    }
    return r;
}

static bool plain_int_local(Comp *c, Node *n)
{
    n = unparen(n);
    return n && n->kind == N_IDENT && n->sym && n->sym->kind == SYM_VAR && !n->sym->global &&
           !sym_boxed(n->sym) && (!n->sym->func || n->sym->func == c->fn->node) && n->type &&
           (n->type->kind == T_INT || n->type->kind == T_INT64);
}

void block(Comp *c, Node **list, int n)
{
    Fn *fn = c->fn;
    int save = fn->nactive;
    for (int i = 0; i < n; i++) stmt(c, list[i]);
    fn->nactive = save;
    settop(c, save);
}

/* ---- assignment ---- */

/* Multi-value right-hand side (call, comma-ok) into base..base+n-1;
 * returns the type of result i via from[]. */
static bool multi_rhs(Comp *c, Node *rhs, int n, int base, Type **from)
{
    settop(c, base);
    Node *r0 = unparen(rhs);
    if (r0->kind == N_CALL && !r0->conversion && !r0->builtin) {
        int nres = 0;
        int r = compile_call(c, r0, ANY, &nres);
        for (int i = 0; i < n; i++) if (r != base) emit(c, OP_MOVE, base + i, r + i);
        for (int i = 0; i < n; i++) from[i] = r0->type && r0->type->kind == T_TUPLE ? r0->type->results[i] : NULL;
        settop(c, base + n);
        return true;                /* call results are fresh values */
    } else {
        r0->commaok = true;
        int r = expr(c, r0, ANY);
        if (r != base) { emit(c, OP_MOVE, base, r); emit(c, OP_MOVE, base + 1, r + 1); }
        Type *vt = r0->type && r0->type->kind == T_TUPLE ? r0->type->results[0] : r0->type;
        if (r0->kind == N_TYPEASSERT && r0->y && r0->y->type) vt = r0->y->type;
        from[0] = vt;
        from[1] = c->tt->t_bool;
    }
    settop(c, base + n);
    return false;                   /* map element / interface contents: shared */
}

static void assign(Comp *c, Node *n)
{
    Fn *fn = c->fn;
    bool define = n->op == TK_DEFINE;
    int nl = n->nlist, nr = n->nlist2;
    if (n->op != TK_ASSIGN && n->op != TK_DEFINE) {
        /* x op= y */
        TokKind op;
        switch (n->op) {
        case TK_ADD_ASSIGN: op = TK_ADD; break;
        case TK_SUB_ASSIGN: op = TK_SUB; break;
        case TK_MUL_ASSIGN: op = TK_MUL; break;
        case TK_QUO_ASSIGN: op = TK_QUO; break;
        case TK_REM_ASSIGN: op = TK_REM; break;
        case TK_AND_ASSIGN: op = TK_AND; break;
        case TK_OR_ASSIGN: op = TK_OR; break;
        case TK_XOR_ASSIGN: op = TK_XOR; break;
        case TK_SHL_ASSIGN: op = TK_SHL; break;
        case TK_SHR_ASSIGN: op = TK_SHR; break;
        default: op = TK_AND_NOT; break;
        }
        Node *lhs = n->list[0], *rhs = n->list2[0];
        LValue lv = lvalue(c, lhs);
        if (lv.k == LV_MAP && (op == TK_ADD || op == TK_SUB) && word_int(lhs->type)) {
            /* m[k] += v on a 64-bit integer: one fused instruction */
            int64_t imm;
            if (rhs->mode == MODE_CONST && rhs->cv.kind == CV_INT && rhs->cv.i > INT32_MIN &&
                rhs->cv.i <= INT32_MAX) {
                imm = (int64_t)rhs->cv.i;
                emit(c, OP_MAPADDI, lv.a, lv.b, (int)(op == TK_ADD ? imm : -imm));
                return;
            }
            int v = expr(c, rhs, ANY);
            if (op == TK_SUB) {
                int nv = tmp(c);
                emit(c, OP_NEG_INT, nv, v);
                v = nv;
            }
            emit(c, OP_MAPADD_INT, lv.a, lv.b, v);
            return;
        }
        if (lv.k == LV_MAP && op != TK_QUO && op != TK_REM && op != TK_SHL && op != TK_SHR) {
            /* one lookup: a pointer to the (possibly new) slot */
            int v = expr(c, rhs, ANY);
            int p = tmp(c), cur = tmp(c);
            emit(c, OP_MAPREF, p, lv.a, lv.b);
            emit(c, OP_LOADPTR, cur, p);
            emit_arith(c, op, lhs->type, NULL, cur, cur, v);
            emit(c, OP_STOREPTR, p, cur);
            return;
        }
        int cur = lv_load(c, &lv, ANY);
        int v = expr(c, rhs, ANY);
        int d = lv.k == LV_REG ? lv.a : tmp(c);
        emit_arith(c, op, lhs->type, (op == TK_SHL || op == TK_SHR) && rhs->mode != MODE_CONST ? rhs->type : NULL,
                   d, cur, v);
        lv_store(c, &lv, d);
        return;
    }
    if (nl == 1 && nr == 1) {
        Node *lhs = n->list[0], *rhs = n->list2[0];
        chan_name(c, lhs, NULL, rhs);
        if (is_blank(lhs)) {
            expr(c, rhs, ANY);
            return;
        }
        if (define && defines(lhs)) {
            Symbol *sym = unparen(lhs)->sym;
            int slot = new_slot(c);
            expr_assign(c, rhs, sym->type, slot);
            obj_name(c, slot, sym->type, sym->name, rhs);
            declare_local(c, sym, slot);
            settop(c, fn->nactive);
            return;
        }
        LValue lv = lvalue(c, lhs);
        if (is_agg(lhs->type) && lv.k != LV_MAP) {
            /* s = T{...}, a = b: into s's storage, no intermediate copy */
            int r = expr(c, rhs, ANY);
            lv_assign(c, &lv, r, lhs->type);
            return;
        }
        if (lv.k == LV_REG) {
            Node *rv = unparen(rhs);
            Symbol *ls = unparen(lhs)->kind == N_IDENT ? unparen(lhs)->sym : NULL;
            if (ls && rv->kind == N_CALL && rv->builtin == B_APPEND && rv->nlist > 1 && is_sym(rv->list[0], ls) &&
                !(rv->flags & NF_ELLIPSIS) && sole_owner(c, ls))
                c->inplace = ls;
            expr_assign(c, rhs, lhs->type, lv.a);
            c->inplace = NULL;
            obj_name(c, lv.a, lhs->type, obj_var_text(c, lhs), rhs);
            return;
        }
        int r = expr_assign(c, rhs, lhs->type, ANY);
        obj_name(c, r, lhs->type, obj_var_text(c, lhs), rhs);
        lv_store(c, &lv, r);
        return;
    }
    /* several variables */
    LValue *lvs = xcalloc((size_t)nl, sizeof(LValue));
    bool *isnew = xcalloc((size_t)nl, sizeof(bool));
    bool anynew = false;
    for (int i = 0; i < nl; i++) {
        Node *lhs = n->list[i];
        if (is_blank(lhs)) { lvs[i].k = LV_BLANK; continue; }
        if (define && defines(lhs)) { isnew[i] = true; anynew = true; continue; }
        lvs[i] = lvalue(c, lhs);
        /* index operands and pointers are evaluated before any assignment:
         * copy those living in variables that this statement may assign */
        LValue *lv = &lvs[i];
        bool pina = lv->k == LV_SLICE || lv->k == LV_MAP || lv->k == LV_PTR || lv->k == LV_PFIELD;
        bool pinb = lv->k == LV_SLICE || lv->k == LV_MAP || lv->k == LV_ARR;
        if (pina && lv->a < fn->nactive) { int t = tmp(c); emit(c, OP_MOVE, t, lv->a); lv->a = t; }
        if (pinb && lv->b < fn->nactive) { int t = tmp(c); emit(c, OP_MOVE, t, lv->b); lv->b = t; }
    }
    int base = fn->top;
    if (nr == nl) {
        for (int i = 0; i < nr; i++) {
            int r = tmp(c);
            Node *lhs = n->list[i];
            chan_name(c, lhs, NULL, n->list2[i]);
            Type *to = isnew[i] ? unparen(lhs)->sym->type : (lvs[i].k == LV_BLANK ? NULL : lhs->type);
            if (to) expr_assign(c, n->list2[i], to, r);
            else expr_to(c, n->list2[i], r);
            settop(c, r + 1);
        }
    } else {
        Type *from[16] = { 0 };
        bool fresh = multi_rhs(c, n->list2[0], nl < 16 ? nl : 16, base, from);
        for (int i = 0; i < nl && i < 16; i++) {
            Node *lhs = n->list[i];
            Type *to = isnew[i] ? unparen(lhs)->sym->type : (lvs[i].k == LV_BLANK ? NULL : lhs->type);
            if (to && from[i]) convert_store(c, base + i, from[i], to, fresh, base + i);
        }
    }
    for (int i = 0; i < nl; i++) {
        Node *lhs = n->list[i], *rhs = n->list2[nr == nl ? i : 0];
        if (isnew[i]) {
            Symbol *sym = unparen(lhs)->sym;
            obj_name(c, base + i, sym->type, sym->name, rhs);
            declare_local(c, sym, base + i);
        } else if (lvs[i].k != LV_BLANK) {
            obj_name(c, base + i, lhs->type, obj_var_text(c, lhs), rhs);
            lv_assign(c, &lvs[i], base + i, lhs->type);
        }
    }
    if (anynew) fn->nactive = fn->top;
    free(lvs);
    free(isnew);
}

static void incdec(Comp *c, Node *n)
{
    LValue lv = lvalue(c, n->x);
    Type *t = n->x->type;
    if (lv.k == LV_MAP && word_int(t)) {
        emit(c, OP_MAPADDI, lv.a, lv.b, n->op == TK_INC ? 1 : -1);
        return;
    }
    if (lv.k == LV_MAP) {
        int p = tmp(c);
        emit(c, OP_MAPREF, p, lv.a, lv.b);
        lv.k = LV_PTR;
        lv.a = p;
    }
    int cur = lv_load(c, &lv, ANY);
    int d = lv.k == LV_REG ? lv.a : tmp(c);
    if (t->kind == T_FLOAT32 || t->kind == T_FLOAT64) {
        int one = tmp(c);
        ConstVal cv = { .kind = CV_FLOAT, .f = 1.0 };
        emit_const(c, &cv, t, one);
        emit(c, n->op == TK_INC ? OP_ADD_F64 : OP_SUB_F64, d, cur, one);
    } else {
        emit(c, OP_ADDI, d, cur, n->op == TK_INC ? 1 : -1);
    }
    emit_wrap(c, t, d);
    lv_store(c, &lv, d);
}

static void var_decl(Comp *c, Node *spec)
{
    Fn *fn = c->fn;
    int nn = spec->nnames, nv = spec->nlist2;
    if (nv == 0) {
        for (int i = 0; i < nn; i++) {
            Symbol *sym = spec->names[i]->sym;
            int slot = new_slot(c);
            emit_const(c, NULL, sym ? sym->type : NULL, slot);
            if (sym) obj_name(c, slot, sym->type, obj_var_text(c, spec->names[i]), NULL);
            declare_local(c, sym, slot);
        }
        return;
    }
    if (nv == nn) {
        int first = fn->nactive;
        for (int i = 0; i < nn; i++) {
            Symbol *sym = spec->names[i]->sym;
            int slot = new_slot(c);
            chan_name(c, NULL, spec->names[i]->name, spec->list2[i]);
            expr_assign(c, spec->list2[i], sym ? sym->type : spec->list2[i]->type, slot);
            if (sym) obj_name(c, slot, sym->type, obj_var_text(c, spec->names[i]), spec->list2[i]);
            settop(c, fn->nactive);
        }
        for (int i = 0; i < nn; i++) declare_local(c, spec->names[i]->sym, first + i);
        return;
    }
    int base = fn->nactive;
    Type *from[16] = { 0 };
    bool fresh = multi_rhs(c, spec->list2[0], nn < 16 ? nn : 16, base, from);
    fn->nactive = base + nn;
    for (int i = 0; i < nn && i < 16; i++) {
        Symbol *sym = spec->names[i]->sym;
        if (sym && from[i]) convert_store(c, base + i, from[i], sym->type, fresh, base + i);
        if (sym) obj_name(c, base + i, sym->type, obj_var_text(c, spec->names[i]), spec->list2[0]);
        declare_local(c, sym, base + i);
    }
    settop(c, fn->nactive);
}

/* ---- returns ---- */

static void result_store(Comp *c, int i, int src)
{
    Fn *fn = c->fn;
    Symbol *sym = fn->rsyms ? fn->rsyms[i] : NULL;
    if (sym && sym_boxed(sym)) emit(c, OP_STOREBOX, fn->rslots[i], src);
    else if (fn->rslots[i] != src) emit(c, OP_MOVE, fn->rslots[i], src);
}

static int results_load(Comp *c)
{
    Fn *fn = c->fn;
    int base = tmpn(c, fn->nresults);
    for (int i = 0; i < fn->nresults; i++) {
        Symbol *sym = fn->rsyms ? fn->rsyms[i] : NULL;
        if (sym && sym_boxed(sym)) emit(c, OP_LOADBOX, base + i, fn->rslots[i]);
        else emit(c, OP_MOVE, base + i, fn->rslots[i]);
    }
    return base;
}

void emit_return_epilogue(Comp *c)
{
    Fn *fn = c->fn;
    int pc = here(c);
    fn->p->retpc = pc;
    jumps_patch(c, &fn->retjumps, pc);
    emit(c, OP_RUNDEFERS);
    settop(c, fn->nactive);
    int base = results_load(c);
    emit(c, OP_RET, base, fn->nresults);
}

static void ret(Comp *c, Node *n)
{
    Fn *fn = c->fn;
    int nres = fn->nresults;
    if (n->nlist == 0) {
        if (fn->has_defer) {
            jumps_add(&fn->retjumps, emit(c, OP_JMP, 0) + 1);
        } else if (nres > 0) {
            int base = results_load(c);
            emit(c, OP_RET, base, nres);
        } else {
            emit(c, OP_RET, 0, 0);
        }
        return;
    }
    if (nres == 1 && !fn->has_defer) {
        int r = expr_assign(c, n->list[0], fn->rtypes[0], ANY);
        emit(c, OP_RET, r, 1);
        return;
    }
    int base = fn->top;
    if (n->nlist == 1 && nres > 1) {
        Type *from[16] = { 0 };
        bool fresh = multi_rhs(c, n->list[0], nres < 16 ? nres : 16, base, from);
        for (int i = 0; i < nres && i < 16; i++)
            if (from[i]) convert_store(c, base + i, from[i], fn->rtypes[i], fresh, base + i);
    } else {
        for (int i = 0; i < n->nlist; i++) {
            int r = tmp(c);
            expr_assign(c, n->list[i], fn->rtypes[i], r);
            settop(c, r + 1);
        }
    }
    if (fn->has_defer) {
        for (int i = 0; i < nres; i++) result_store(c, i, base + i);
        jumps_add(&fn->retjumps, emit(c, OP_JMP, 0) + 1);
    } else {
        emit(c, OP_RET, base, nres);
    }
}

/* ---- loops ---- */

static Loop *loop_push(Comp *c, Loop *l, bool breakonly)
{
    memset(l, 0, sizeof *l);
    l->outer = c->fn->loop;
    l->label = c->label;
    l->breakonly = breakonly;
    c->label = NULL;
    c->fn->loop = l;
    return l;
}

static void loop_pop(Comp *c, Loop *l, int cont, int brk)
{
    jumps_patch(c, &l->conts, cont);
    jumps_patch(c, &l->breaks, brk);
    c->fn->loop = l->outer;
}

static void for_stmt(Comp *c, Node *n)
{
    Fn *fn = c->fn;
    int save = fn->nactive;
    const char *label = c->label;
    c->label = NULL;
    if (n->x) stmt(c, n->x);
    c->label = label;
    /* Go 1.22: escaping loop variables get a fresh copy per iteration */
    Symbol *boxed[16];
    int nboxed = 0;
    if (n->x && n->x->kind == N_ASSIGN && n->x->op == TK_DEFINE)
        for (int i = 0; i < n->x->nlist && nboxed < 16; i++) {
            Node *id = unparen(n->x->list[i]);
            if (id->kind == N_IDENT && id->sym && sym_boxed(id->sym)) boxed[nboxed++] = id->sym;
        }
    Loop l;
    loop_push(c, &l, false);
    int jcond = emit(c, OP_JMP, 0);
    int body = here(c);
    block(c, n->w->list, n->w->nlist);
    int cont = here(c);
    /* for i := ...; i < n; i++ with plain int locals: one fused instruction */
    Node *post = n->z, *cnd = n->y ? unparen(n->y) : NULL;
    int64_t imm = 0;
    if (nboxed == 0 && post && post->kind == N_INCDEC && post->op == TK_INC && plain_int_local(c, post->x) &&
        cnd && cnd->kind == N_BINARY && cnd->op == TK_LSS && unparen(cnd->x)->kind == N_IDENT &&
        unparen(cnd->x)->sym == unparen(post->x)->sym &&
        (plain_int_local(c, cnd->y) ||
         (cnd->y->mode == MODE_CONST && cnd->y->cv.kind == CV_INT && cnd->y->cv.i >= INT32_MIN &&
          cnd->y->cv.i <= INT32_MAX && (imm = (int64_t)cnd->y->cv.i, true)))) {
        int iv = unparen(post->x)->sym->index;
        fn->line = post->pos.line ? post->pos.line : fn->line;
        if (cnd->y->mode == MODE_CONST) emit(c, OP_FORLOOPI, iv, (int)imm, body);
        else emit(c, OP_FORLOOP, iv, unparen(cnd->y)->sym->index, body);
        int jend = emit(c, OP_JMP, 0);
        patch(c, jcond + 1, here(c));
        Jumps j = { 0 };
        cond_jump(c, n->y, true, &j);
        jumps_patch(c, &j, body);
        patch(c, jend + 1, here(c));
        loop_pop(c, &l, cont, here(c));
        fn->nactive = save;
        settop(c, save);
        return;
    }
    for (int i = 0; i < nboxed; i++) {
        int t = tmp(c);
        emit(c, OP_LOADBOX, t, boxed[i]->index);
        emit(c, OP_BOXV, boxed[i]->index, t);
        settop(c, fn->nactive);
    }
    if (n->z) stmt(c, n->z);
    patch(c, jcond + 1, here(c));
    if (n->y) {
        Jumps j = { 0 };
        cond_jump(c, n->y, true, &j);
        jumps_patch(c, &j, body);
    } else {
        emit(c, OP_JMP, body);
    }
    loop_pop(c, &l, cont, here(c));
    fn->nactive = save;
    settop(c, save);
}

/* Assign a range iteration value to the key or value variable. */
static void range_var(Comp *c, Node *n, Node *v, int slot_or_neg, int src, Type *from)
{
    if (!v || is_blank(v)) return;
    if (n->op == TK_DEFINE) {
        Symbol *sym = unparen(v)->sym;
        if (!sym) return;
        convert_store(c, src, from, sym->type, false, sym->index);
        if (sym_boxed(sym)) emit(c, OP_BOXV, sym->index, sym->index);
        return;
    }
    int save = c->fn->top;
    LValue lv = lvalue(c, v);
    int r = convert_store(c, src, from, v->type, false, ANY);
    lv_assign(c, &lv, r, v->type);
    settop(c, save);
}

/* for k, v = range x (assignment to both): Go evaluates the index and
 * pointer operands of both left sides first, then assigns k, then v (so
 * `for i, a[i] = range` stores into the a[i] of the old i). */
static bool range_pair(Comp *c, Node *n, Node *kv, int ksrc, Type *kt, Node *vv, int vsrc, Type *vt)
{
    if (n->op == TK_DEFINE || !kv || is_blank(kv) || !vv || is_blank(vv)) return false;
    int save = c->fn->top;
    LValue lk = lvalue(c, kv);
    LValue lw = lvalue(c, vv);
    /* as in a parallel assignment: pin operands living in variables */
    LValue *both[2] = { &lk, &lw };
    for (int i = 0; i < 2; i++) {
        LValue *lv = both[i];
        bool pina = lv->k == LV_SLICE || lv->k == LV_MAP || lv->k == LV_PTR || lv->k == LV_PFIELD;
        bool pinb = lv->k == LV_SLICE || lv->k == LV_MAP || lv->k == LV_ARR;
        if (pina && lv->a < c->fn->nactive) { int t = tmp(c); emit(c, OP_MOVE, t, lv->a); lv->a = t; }
        if (pinb && lv->b < c->fn->nactive) { int t = tmp(c); emit(c, OP_MOVE, t, lv->b); lv->b = t; }
    }
    int r = convert_store(c, ksrc, kt, kv->type, false, ANY);
    lv_assign(c, &lk, r, kv->type);
    r = convert_store(c, vsrc, vt, vv->type, false, ANY);
    lv_assign(c, &lw, r, vv->type);
    settop(c, save);
    return true;
}

static void range_stmt(Comp *c, Node *n)
{
    Fn *fn = c->fn;
    int save = fn->nactive;
    Node *z = n->z;
    Type *t = z->type;
    int kind = n->range_kind ? n->range_kind : (t ? (int)t->kind : T_INT);
    if (t && t->kind == T_POINTER) { kind = T_POINTER; }
    Node *kv = n->x, *vv = n->y;
    if (kind == T_CHAN) {
        if (n->op == TK_DEFINE && kv && !is_blank(kv) && unparen(kv)->sym) unparen(kv)->sym->index = new_slot(c);
        int ch = new_slot(c), v = new_slot(c);
        new_slot(c);
        expr_to(c, z, ch);
        settop(c, fn->nactive);
        Loop l;
        loop_push(c, &l, false);
        int top = here(c);
        fn->line = n->pos.line;
        emit(c, OP_RECV2, v, ch);
        int jend = emit(c, OP_JF, v + 1, 0);
        range_var(c, n, kv, -1, v, t->elem);
        settop(c, fn->nactive);
        block(c, n->w->list, n->w->nlist);
        emit(c, OP_JMP, top);
        int end = here(c);
        patch(c, jend + 2, end);
        loop_pop(c, &l, top, end);
        fn->nactive = save;
        settop(c, save);
        return;
    }
    /* declared iteration variables get their slots once; boxed ones a
     * new Box each iteration */
    if (n->op == TK_DEFINE) {
        if (kv && !is_blank(kv) && unparen(kv)->sym) unparen(kv)->sym->index = new_slot(c);
        if (vv && !is_blank(vv) && unparen(vv)->sym) unparen(vv)->sym->index = new_slot(c);
    }
    const char *label = c->label;
    int xs = new_slot(c), hi = new_slot(c), idx = new_slot(c), w = new_slot(c);
    new_slot(c);
    Type *elem = NULL;
    TypeKind tk = (TypeKind)kind;
    bool isstr = tk == T_STRING || tk == T_UNTYPED_STRING;
    /* a declared key variable that the body never assigns is the counter
     * itself; a plain value variable is loaded straight into its slot */
    Symbol *ks = n->op == TK_DEFINE && kv && !is_blank(kv) ? unparen(kv)->sym : NULL;
    Symbol *vs = n->op == TK_DEFINE && vv && !is_blank(vv) ? unparen(vv)->sym : NULL;
    bool keydirect = ks && !sym_boxed(ks) && tk != T_MAP && !assigns(n->w, ks);
    if (keydirect) idx = ks->index;
    switch (tk) {
    case T_MAP: {
        expr_to(c, z, xs);
        emit(c, OP_MAPITER, idx, xs);
        c->label = label;
        Loop l;
        loop_push(c, &l, false);
        int top = here(c);
        int jend = emit(c, OP_MAPNEXT, idx, w, w + 1, 0);
        if (!range_pair(c, n, kv, w, t->key, vv, w + 1, t->elem)) {
            range_var(c, n, kv, -1, w, t->key);
            range_var(c, n, vv, -1, w + 1, t->elem);
        }
        block(c, n->w->list, n->w->nlist);
        emit(c, OP_JMP, top);
        int end = here(c);
        patch(c, jend + 4, end);
        loop_pop(c, &l, top, end);
        fn->nactive = save;
        settop(c, save);
        return;
    }
    case T_STRING: case T_UNTYPED_STRING:
        expr_to(c, z, xs);
        emit(c, OP_LEN_STR, hi, xs);
        break;
    case T_SLICE:
        expr_to(c, z, xs);
        emit(c, OP_LEN_SL, hi, xs);
        elem = t->elem;
        break;
    case T_ARRAY:
        if (vv && !is_blank(vv)) {
            /* ranging over an array value iterates over a copy */
            int r = expr(c, z, ANY);
            if (is_fresh(z)) emit(c, OP_MOVE, xs, r);
            else emit(c, OP_COPY, xs, r, ktype(c, t));
        } else {
            /* only the key: len(x) is constant unless x holds a call or a
             * receive, and then x is still evaluated (once) for its effects */
            if (check_has_call_or_recv(z)) {
                expr(c, z, ANY);
                settop(c, fn->nactive);
            }
            emit(c, OP_LOADNIL, xs);
        }
        emit(c, OP_LOADI, hi, (int)t->len);
        elem = t->elem;
        break;
    case T_POINTER: {
        int p = expr(c, z, ANY);
        if (vv && !is_blank(vv)) emit(c, OP_LOADPTR, xs, p);
        emit(c, OP_LOADI, hi, (int)t->elem->len);
        elem = t->elem->elem;
        break;
    }
    default:
        /* range over an integer */
        expr_to(c, z, hi);
        elem = z->type;
        break;
    }
    settop(c, fn->nactive);
    emit(c, OP_LOADI, idx, 0);
    c->label = label;
    Loop l;
    loop_push(c, &l, false);
    int jcond = -1;
    if (isstr) jcond = emit(c, OP_JMP, 0);
    else jumps_add(&l.breaks, emit(c, OP_JLE_INT, hi, idx, 0) + 3);   /* empty: skip */
    int body = here(c);
    Type *keyt = c->tt->t_int;
    if (isstr) {
        emit(c, OP_STRNEXT, w, xs, idx);
        if (!range_pair(c, n, kv, idx, keyt, vv, w, c->tt->t_int32)) {
            if (!keydirect) range_var(c, n, kv, -1, idx, keyt);
            range_var(c, n, vv, -1, w, c->tt->t_int32);
        }
    } else if ((tk == T_SLICE || tk == T_ARRAY || tk == T_POINTER) && n->op != TK_DEFINE && kv &&
               !is_blank(kv) && vv && !is_blank(vv)) {
        emit(c, tk == T_SLICE ? OP_SGET : OP_AGET, w, xs, idx);
        range_pair(c, n, kv, idx, keyt, vv, w, elem);
    } else if (tk == T_SLICE || tk == T_ARRAY || tk == T_POINTER) {
        if (!keydirect) range_var(c, n, kv, -1, idx, keyt);
        if (vv && !is_blank(vv)) {
            Op get = tk == T_SLICE ? OP_SGET : OP_AGET;
            if (vs && !sym_boxed(vs) && vs->type == elem && elem->kind != T_STRUCT && elem->kind != T_ARRAY) {
                emit(c, get, vs->index, xs, idx);
            } else {
                emit(c, get, w, xs, idx);
                range_var(c, n, vv, -1, w, elem);
            }
        }
    } else if (!keydirect) {
        range_var(c, n, kv, -1, idx, elem ? elem : keyt);
    }
    settop(c, fn->nactive);
    block(c, n->w->list, n->w->nlist);
    int cont = here(c);
    if (isstr) {
        emit(c, OP_ADD_INT, idx, idx, w + 1);
        patch(c, jcond + 1, here(c));
        emit(c, OP_JLT_INT, idx, hi, body);
    } else {
        emit(c, OP_FORLOOP, idx, hi, body);
    }
    loop_pop(c, &l, cont, here(c));
    fn->nactive = save;
    settop(c, save);
}

/* ---- switches ---- */

/* Jump to j when the switch tag equals case e: Go compares `tag == e`, so a
 * concrete tag against an interface case is converted to the case's interface
 * type (and a concrete case against an interface tag to the tag's type), and
 * the comparison is the interface one (dynamic types, then values; a runtime
 * panic for an uncomparable dynamic type). */
static void eq_jump(Comp *c, int tag, Type *tt, Node *e, Jumps *j)
{
    int save = c->fn->top;
    TypeKind k = tt ? tt->kind : T_INT;
    bool intlike = (k >= T_BOOL && k <= T_UINTPTR) || k == T_POINTER || k == T_CHAN ||
                   k == T_UNTYPED_INT || k == T_UNTYPED_RUNE || k == T_UNTYPED_BOOL;
    if (tt && tt->kind != T_INTERFACE && e->type && e->type->kind == T_INTERFACE && !is_nil(e)) {
        int r = expr(c, e, ANY);
        int bx = convert_store(c, tag, tt, e->type, false, tmp(c));
        int b = tmp(c);
        emit(c, OP_EQ_GEN, b, bx, r, ktype(c, e->type));
        jumps_add(j, emit(c, OP_JT, b, 0) + 2);
        settop(c, save);
        return;
    }
    if (intlike) {
        int r = expr(c, e, ANY);
        jumps_add(j, emit(c, OP_JEQ_INT, tag, r, 0) + 3);
    } else {
        int r = expr_assign(c, e, tt, ANY);
        int b = tmp(c);
        if (k == T_STRING || k == T_UNTYPED_STRING) emit(c, OP_EQ_STR, b, tag, r);
        else if (k == T_FLOAT32 || k == T_FLOAT64 || k == T_UNTYPED_FLOAT) emit(c, OP_EQ_F64, b, tag, r);
        else emit(c, OP_EQ_GEN, b, tag, r, ktype(c, tt));
        jumps_add(j, emit(c, OP_JT, b, 0) + 2);
    }
    settop(c, save);
}

static bool ends_fallthrough(Node *clause)
{
    if (clause->nlist2 == 0) return false;
    Node *last = clause->list2[clause->nlist2 - 1];
    return last->kind == N_BRANCH && last->op == TK_FALLTHROUGH;
}

static void switch_stmt(Comp *c, Node *n, bool typesw)
{
    Fn *fn = c->fn;
    int save = fn->nactive;
    const char *label = c->label;
    c->label = NULL;
    if (n->x) stmt(c, n->x);
    int tag = -1;
    Type *tt = NULL;
    Node *guard = NULL;
    if (typesw) {
        Node *g = n->y;
        guard = g->kind == N_ASSIGN ? g->list2[0] : g->x;
        guard = unparen(guard);
        tag = new_slot(c);
        expr_to(c, guard->x, tag);
        tt = guard->x->type;
    } else if (n->y) {
        tt = n->y->type;
        tag = new_slot(c);
        expr_to(c, n->y, tag);
    }
    settop(c, fn->nactive);
    int nc = n->nlist;
    Jumps *bj = xcalloc((size_t)(nc ? nc : 1), sizeof(Jumps));
    int deflt = -1;
    for (int i = 0; i < nc; i++) {
        Node *cl = n->list[i];
        if (cl->nlist == 0) { deflt = i; continue; }
        for (int k = 0; k < cl->nlist; k++) {
            Node *e = cl->list[k];
            fn->line = e->pos.line ? e->pos.line : fn->line;
            if (typesw) {
                if (is_nil(e)) {
                    jumps_add(&bj[i], emit(c, OP_JNIL, tag, 0) + 2);
                } else {
                    int b = tmp(c);
                    emit(c, OP_TYPEIS, b, tag, ktype(c, e->type));
                    jumps_add(&bj[i], emit(c, OP_JT, b, 0) + 2);
                    settop(c, fn->nactive);
                }
            } else if (tag >= 0) {
                eq_jump(c, tag, tt, e, &bj[i]);
            } else {
                cond_jump(c, e, true, &bj[i]);
            }
        }
    }
    int jnone = emit(c, OP_JMP, 0);
    c->label = label;
    Loop l;
    loop_push(c, &l, true);
    for (int i = 0; i < nc; i++) {
        Node *cl = n->list[i];
        int start = here(c);
        jumps_patch(c, &bj[i], start);
        if (i == deflt) patch(c, jnone + 1, start);
        int bsave = fn->nactive;
        if (typesw && cl->sym) {
            Symbol *sym = cl->sym;
            int slot = new_slot(c);
            Node *only = cl->nlist == 1 && !is_nil(cl->list[0]) ? cl->list[0] : NULL;
            if (only && only->type && only->type->kind != T_INTERFACE) {
                emit(c, OP_IFACEVAL, slot, tag);
                if (only->type->kind == T_STRUCT || only->type->kind == T_ARRAY)
                    emit(c, OP_COPY, slot, slot, ktype(c, only->type));
            } else {
                emit(c, OP_MOVE, slot, tag);
            }
            declare_local(c, sym, slot);
        }
        block(c, cl->list2, cl->nlist2);
        fn->nactive = bsave;
        settop(c, bsave);
        if (!ends_fallthrough(cl)) jumps_add(&l.breaks, emit(c, OP_JMP, 0) + 1);
    }
    int end = here(c);
    if (deflt < 0) patch(c, jnone + 1, end);
    loop_pop(c, &l, end, end);
    free(bj);
    fn->nactive = save;
    settop(c, save);
}

/* ---- select ---- */

static Node *comm_recv(Node *x)
{
    Node *e = x->kind == N_ASSIGN ? x->list2[0] : x->x;
    return unparen(e);
}

static void select_stmt(Comp *c, Node *n)
{
    Fn *fn = c->fn;
    int save = fn->nactive;
    const char *label = c->label;
    c->label = NULL;
    int nc = n->nlist, k = 0, deflt = -1;
    for (int i = 0; i < nc; i++) {
        if (n->list[i]->x) k++;
        else deflt = i;
    }
    int b = fn->nactive;
    for (int i = 0; i < 3 * k; i++) new_slot(c);
    int chosen = new_slot(c);
    int *caseof = xcalloc((size_t)(nc ? nc : 1), sizeof(int));
    /* channel operands and values to send, in source order */
    int ci = 0;
    for (int i = 0; i < nc; i++) {
        Node *x = n->list[i]->x;
        caseof[i] = -1;
        if (!x) continue;
        caseof[i] = ci;
        int r = b + 3 * ci;
        fn->line = x->pos.line ? x->pos.line : fn->line;
        if (x->kind == N_SEND) {
            expr_to(c, x->x, r);
            Type *ct = x->x->type;
            expr_assign(c, x->y, ct ? ct->elem : NULL, r + 1);
            emit(c, OP_LOADI, r + 2, 1);
        } else {
            Node *rv = comm_recv(x);
            expr_to(c, rv->x, r);
            emit(c, OP_LOADI, r + 2, 0);
        }
        settop(c, fn->nactive);
        ci++;
    }
    fn->line = n->pos.line;
    emit(c, OP_SELECT, chosen, b, k, deflt >= 0);
    Jumps *bj = xcalloc((size_t)(nc ? nc : 1), sizeof(Jumps));
    for (int i = 0; i < nc; i++)
        if (caseof[i] >= 0) jumps_add(&bj[i], emit(c, OP_JEQI, chosen, caseof[i], 0) + 3);
    /* the default last, wherever it is written (a default before the
     * communication cases must not shadow them) */
    if (deflt >= 0) jumps_add(&bj[deflt], emit(c, OP_JMP, 0) + 1);
    c->label = label;
    Loop l;
    loop_push(c, &l, true);
    for (int i = 0; i < nc; i++) {
        Node *cl = n->list[i];
        jumps_patch(c, &bj[i], here(c));
        int bsave = fn->nactive;
        Node *x = cl->x;
        if (x && x->kind == N_ASSIGN) {
            int r = b + 3 * caseof[i];
            Type *et = comm_recv(x)->x->type ? comm_recv(x)->x->type->elem : NULL;
            for (int j = 0; j < x->nlist && j < 2; j++) {
                Node *lhs = x->list[j];
                if (is_blank(lhs)) continue;
                Type *from = j == 0 ? et : c->tt->t_bool;
                if (x->op == TK_DEFINE && defines(lhs)) {
                    Symbol *sym = unparen(lhs)->sym;
                    int slot = new_slot(c);
                    convert_store(c, r + 1 + j, from, sym->type, false, slot);
                    declare_local(c, sym, slot);
                } else {
                    int s2 = fn->top;
                    LValue lv = lvalue(c, lhs);
                    int v = convert_store(c, r + 1 + j, from, lhs->type, false, ANY);
                    lv_assign(c, &lv, v, lhs->type);
                    settop(c, s2);
                }
            }
        }
        settop(c, fn->nactive);
        block(c, cl->list2, cl->nlist2);
        fn->nactive = bsave;
        settop(c, bsave);
        jumps_add(&l.breaks, emit(c, OP_JMP, 0) + 1);
    }
    int end = here(c);
    loop_pop(c, &l, end, end);
    free(bj);
    free(caseof);
    fn->nactive = save;
    settop(c, save);
}

/* ---- branches and labels ---- */

static Label *find_label(Comp *c, const char *name)
{
    Fn *fn = c->fn;
    for (int i = 0; i < fn->nlabels; i++)
        if (strcmp(fn->labels[i].name, name) == 0) return &fn->labels[i];
    if (fn->nlabels == fn->caplabels) {
        fn->caplabels = fn->caplabels ? fn->caplabels * 2 : 8;
        fn->labels = xrealloc(fn->labels, (size_t)fn->caplabels * sizeof(Label));
    }
    Label *l = &fn->labels[fn->nlabels++];
    memset(l, 0, sizeof *l);
    l->name = name;
    l->pc = -1;
    return l;
}

static void branch(Comp *c, Node *n)
{
    Fn *fn = c->fn;
    if (n->op == TK_FALLTHROUGH) return;
    if (n->op == TK_GOTO) {
        Label *l = find_label(c, n->name);
        int pc = emit(c, OP_JMP, 0);
        if (l->pc >= 0) patch(c, pc + 1, l->pc);
        else jumps_add(&l->pending, pc + 1);
        return;
    }
    bool isbreak = n->op == TK_BREAK;
    for (Loop *l = fn->loop; l; l = l->outer) {
        if (n->name && (!l->label || strcmp(l->label, n->name) != 0)) continue;
        if (!isbreak && l->breakonly) continue;
        jumps_add(isbreak ? &l->breaks : &l->conts, emit(c, OP_JMP, 0) + 1);
        return;
    }
    cerror(c, n->pos, "%s is not in a loop, switch, or select", isbreak ? "break" : "continue");
}

static void labeled(Comp *c, Node *n)
{
    Label *l = find_label(c, n->name);
    l->pc = here(c);
    jumps_patch(c, &l->pending, l->pc);
    c->label = n->name;
    stmt(c, n->x);
    c->label = NULL;
}

/* ---- the dispatcher ---- */

void stmt(Comp *c, Node *n)
{
    Fn *fn = c->fn;
    if (!n) return;
    if (n->pos.line) fn->line = n->pos.line;
    settop(c, fn->nactive);
    /* its first instruction is a statement boundary (stepping, --preempt) */
    if (n->kind != N_BLOCK && n->kind != N_LABELED && n->kind != N_EMPTY) fn->stmt_pending = true;
    switch (n->kind) {
    case N_BLOCK: block(c, n->list, n->nlist); break;
    case N_EXPRSTMT: expr(c, n->x, ANY); break;
    case N_ASSIGN: assign(c, n); break;
    case N_INCDEC: incdec(c, n); break;
    case N_DECLSTMT: {
        Node *d = n->x;
        if (d && d->op == TK_VAR)
            for (int i = 0; i < d->nlist; i++) var_decl(c, d->list[i]);
        break;
    }
    case N_RETURN: ret(c, n); break;
    case N_IF: {
        int save = fn->nactive;
        if (n->x) stmt(c, n->x);
        Jumps f = { 0 };
        cond_jump(c, n->y, false, &f);
        block(c, n->z->list, n->z->nlist);
        if (n->w) {
            int j = emit(c, OP_JMP, 0);
            jumps_patch(c, &f, here(c));
            stmt(c, n->w);
            patch(c, j + 1, here(c));
        } else {
            jumps_patch(c, &f, here(c));
        }
        fn->nactive = save;
        break;
    }
    case N_FOR: for_stmt(c, n); break;
    case N_RANGE: range_stmt(c, n); break;
    case N_SWITCH: switch_stmt(c, n, false); break;
    case N_TYPESWITCH: switch_stmt(c, n, true); break;
    case N_BRANCH: branch(c, n); break;
    case N_LABELED: labeled(c, n); break;
    case N_SEND: {
        int ch = expr(c, n->x, ANY);
        Type *ct = n->x->type;
        int v = expr_assign(c, n->y, ct ? ct->elem : NULL, ANY);
        fn->line = n->pos.line;
        emit(c, OP_SEND, ch, v);
        break;
    }
    case N_SELECT: select_stmt(c, n); break;
    case N_DEFER: compile_defer_go(c, n, false); break;
    case N_GO: compile_defer_go(c, n, true); break;
    case N_EMPTY: break;
    default:
        cerror(c, n->pos, "gocafe: this statement is not supported yet");
        break;
    }
    c->label = NULL;
    c->varname = NULL;
    settop(c, fn->nactive);
}
