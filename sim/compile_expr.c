/* compile_expr.c - expressions: constants, variables, operators,
 * conversions, composite literals, selectors, indexing, type assertions,
 * closures, and lvalues (assignable places).
 *
 * expr(c, n, dst) leaves the value of n in a register and returns it: dst
 * when dst >= 0, otherwise any register (a local's own slot when n is a
 * plain local, else a new temporary).  An expression writes dst only with
 * its last instruction, so `x = f(x)`-like statements may target x directly.
 * Arrays and structs are GoArray* with value semantics: reading a field or
 * element never copies; storing a non-fresh aggregate into a new home does
 * (convert_store).
 */
#include "compile_int.h"
#include "parse.h"
#include <math.h>
#include <string.h>

Node *unparen(Node *n)
{
    while (n && n->kind == N_PAREN) n = n->x;
    return n;
}

bool is_nil(Node *n)
{
    n = unparen(n);
    if (!n) return false;
    if (n->kind == N_IDENT && ((n->sym && n->sym->kind == SYM_NIL) ||
                               (!n->sym && n->name && strcmp(n->name, "nil") == 0)))
        return true;
    return n->type && n->type->kind == T_UNTYPED_NIL;
}

static int target(Comp *c, int dst) { return dst >= 0 ? dst : tmp(c); }

static bool is_agg(Type *t) { return t && (t->kind == T_ARRAY || t->kind == T_STRUCT); }
static bool is_iface(Type *t) { return t && t->kind == T_INTERFACE; }
static bool kind_signed(TypeKind k) { return k >= T_INT && k <= T_INT64; }
static bool kind_unsigned(TypeKind k) { return k >= T_UINT && k <= T_UINTPTR; }
static bool kind_int(TypeKind k) { return kind_signed(k) || kind_unsigned(k) || k == T_UNTYPED_INT || k == T_UNTYPED_RUNE; }
static bool kind_float(TypeKind k) { return k == T_FLOAT32 || k == T_FLOAT64 || k == T_UNTYPED_FLOAT; }

bool is_fresh(Node *n)
{
    n = unparen(n);
    if (!n) return false;
    switch (n->kind) {
    case N_COMPOSITE: return true;
    case N_CALL: return !n->conversion || is_fresh(n->nlist ? n->list[0] : NULL);
    case N_TYPEASSERT: return false;
    default: return false;
    }
}

/* ---- constants ---- */

static void load_int(Comp *c, int64_t v, int dst)
{
    if (v >= INT32_MIN && v <= INT32_MAX) emit(c, OP_LOADI, dst, (int)(int32_t)v);
    else emit(c, OP_LOADK, dst, kadd(c, (Value){ .i = v }));
}

static Type *default_type(Comp *c, CVKind k)
{
    switch (k) {
    case CV_BOOL: return c->tt->t_bool;
    case CV_FLOAT: return c->tt->t_float64;
    case CV_STRING: return c->tt->t_string;
    default: return c->tt->t_int;
    }
}

void emit_const(Comp *c, ConstVal *cv, Type *t, int dst)
{
    if (!cv) {
        /* the zero value of t */
        if (is_agg(t)) emit(c, OP_ZERO, dst, ktype(c, t));
        else emit(c, OP_LOADNIL, dst);
        return;
    }
    TypeKind k = t ? t->kind : T_INVALID;
    if (k == T_INTERFACE) {
        Type *dt = default_type(c, cv->kind);
        emit_const(c, cv, dt, dst);
        emit(c, OP_BOX, dst, dst, ktype(c, dt));
        return;
    }
    if (k == T_BOOL || k == T_UNTYPED_BOOL || (k == T_INVALID && cv->kind == CV_BOOL)) {
        emit(c, OP_LOADI, dst, cv->b ? 1 : 0);
        return;
    }
    if (kind_float(k) || (!kind_int(k) && cv->kind == CV_FLOAT && k != T_STRING)) {
        double d = cv->kind == CV_INT ? (double)cv->i : (double)cv->f;
        if (k == T_FLOAT32) d = (double)(float)d;
        if (d == 0 && !signbit(d)) emit(c, OP_LOADI, dst, 0);
        else emit(c, OP_LOADK, dst, kadd(c, (Value){ .f = d }));
        return;
    }
    if (cv->kind == CV_STRING || k == T_STRING) {
        if (cv->slen == 0) emit(c, OP_LOADNIL, dst);
        else emit(c, OP_LOADK, dst, kstr(c, cv->s, cv->slen));
        return;
    }
    int64_t v = cv->kind == CV_FLOAT ? (int64_t)cv->f : (int64_t)cv->i;
    if (kind_unsigned(k)) {
        uint64_t u = (uint64_t)cv->i;
        if (cv->kind == CV_FLOAT) u = (uint64_t)cv->f;
        v = (int64_t)u;
    }
    load_int(c, v, dst);
}

/* Re-wrap a sized integer after arithmetic; round float32. */
void emit_wrap(Comp *c, Type *t, int r)
{
    if (!t) return;
    switch (t->kind) {
    case T_INT8: emit(c, OP_SEXT8, r); break;
    case T_INT16: emit(c, OP_SEXT16, r); break;
    case T_INT32: emit(c, OP_SEXT32, r); break;
    case T_UINT8: emit(c, OP_ZEXT8, r); break;
    case T_UINT16: emit(c, OP_ZEXT16, r); break;
    case T_UINT32: emit(c, OP_ZEXT32, r); break;
    case T_FLOAT32: emit(c, OP_F32, r); break;
    default: break;
    }
}

/* ---- storing values ---- */

int convert_store(Comp *c, int r, Type *from, Type *to, bool fresh, int dst)
{
    if (to && is_iface(to) && from && !is_iface(from)) {
        int d = target(c, dst);
        if (from->kind == T_UNTYPED_NIL) emit(c, OP_LOADNIL, d);
        else emit(c, OP_BOX, d, r, ktype(c, from));
        return d;
    }
    if (is_agg(to ? to : from) && !fresh) {
        int d = target(c, dst);
        emit(c, OP_COPY, d, r, ktype(c, to ? to : from));
        return d;
    }
    if (dst >= 0 && dst != r) {
        emit(c, OP_MOVE, dst, r);
        return dst;
    }
    return r;
}

int expr_assign(Comp *c, Node *n, Type *to, int dst)
{
    if (is_nil(n)) {
        int d = target(c, dst);
        if (is_agg(to)) emit_const(c, NULL, to, d); else emit(c, OP_LOADNIL, d);
        return d;
    }
    if (n->mode == MODE_CONST && n->cv.kind != CV_NONE && to && is_iface(to)) {
        int d = target(c, dst);
        Type *ct = n->type && !is_iface(n->type) && !types_is_untyped(n->type) ? n->type
                                                                                : default_type(c, n->cv.kind);
        emit_const(c, &n->cv, ct, d);
        emit(c, OP_BOX, d, d, ktype(c, ct));
        return d;
    }
    Type *from = n->type;
    bool needs_conv = (to && is_iface(to) && from && !is_iface(from)) || is_agg(to ? to : from);
    if (!needs_conv) return expr(c, n, dst);
    int save = c->fn->top;
    int r = expr(c, n, ANY);
    if (dst < 0) {
        settop(c, save);
        if (r >= save) settop(c, r + 1);
    }
    return convert_store(c, r, from, to, is_fresh(n), dst);
}

int expr_to(Comp *c, Node *n, int dst)
{
    int r = expr(c, n, dst);
    if (r != dst) emit(c, OP_MOVE, dst, r);
    return dst;
}

/* ---- variables ---- */

static int load_var(Comp *c, Symbol *sym, int dst)
{
    Fn *fn = c->fn;
    if (sym->global) {
        int d = target(c, dst);
        emit(c, OP_LOADG, d, sym->index);
        return d;
    }
    if (sym->func && fn->node != sym->func) {
        int fi = free_index(fn, sym);
        if (fi < 0) {
            cerror(c, sym->pos, "gocafe: internal error: %s is not captured", sym->name);
            return target(c, dst);
        }
        int d = target(c, dst);
        emit(c, OP_LOADFREE, d, fi);
        return d;
    }
    if (sym_boxed(sym)) {
        int d = target(c, dst);
        emit(c, OP_LOADBOX, d, sym->index);
        return d;
    }
    if (dst < 0) return sym->index;
    if (dst != sym->index) emit(c, OP_MOVE, dst, sym->index);
    return dst;
}

static int ident(Comp *c, Node *n, int dst)
{
    Symbol *sym = n->sym;
    if (is_nil(n) || !sym) {
        int d = target(c, dst);
        emit(c, OP_LOADNIL, d);
        return d;
    }
    switch (sym->kind) {
    case SYM_VAR:
        return load_var(c, sym, dst);
    case SYM_FUNC: {
        int d = target(c, dst);
        emit(c, OP_LOADFN, d, sym->func_index);
        return d;
    }
    case SYM_CONST: {
        int d = target(c, dst);
        emit_const(c, &sym->cv, n->type ? n->type : sym->type, d);
        return d;
    }
    default: {
        int d = target(c, dst);
        emit(c, OP_LOADNIL, d);
        return d;
    }
    }
}

/* ---- lvalues ---- */

LValue lvalue(Comp *c, Node *n)
{
    LValue lv = { .k = LV_BLANK, .t = n ? n->type : NULL };
    n = unparen(n);
    switch (n->kind) {
    case N_IDENT: {
        Symbol *sym = n->sym;
        if (!sym || strcmp(n->name, "_") == 0) return lv;
        if (sym->global) { lv.k = LV_GLOBAL; lv.a = sym->index; return lv; }
        if (sym->func && c->fn->node != sym->func) {
            lv.k = LV_FREE;
            lv.a = free_index(c->fn, sym);
            return lv;
        }
        lv.k = sym_boxed(sym) ? LV_BOX : LV_REG;
        lv.a = sym->index;
        return lv;
    }
    case N_SELECTOR: {
        Selection *sel = n->sel;
        if (sel && sel->kind == SEL_PKG) {
            Symbol *sym = n->sym;
            if (sym && sym->kind == SYM_VAR) { lv.k = LV_GLOBAL; lv.a = sym->index; }
            return lv;
        }
        if (!sel || sel->kind != SEL_FIELD || sel->npath == 0) break;
        Type *t = n->x->type;
        int obj = expr(c, n->x, ANY);
        for (int i = 0; i < sel->npath - 1; i++) {
            int d = tmp(c);
            emit(c, t->kind == T_POINTER ? OP_PGETF : OP_GETF, d, obj, sel->path[i]);
            Type *st = t->kind == T_POINTER ? t->elem : t;
            t = st->fields[sel->path[i]].type;
            obj = d;
        }
        lv.k = t->kind == T_POINTER ? LV_PFIELD : LV_FIELD;
        lv.a = obj;
        lv.b = sel->path[sel->npath - 1];
        return lv;
    }
    case N_INDEX: {
        Type *t = n->x->type;
        if (t->kind == T_MAP) {
            lv.k = LV_MAP;
            lv.mt = t;
            lv.a = expr(c, n->x, ANY);
            int k = expr_assign(c, n->y, t->key, ANY);
            lv.b = k;
            return lv;
        }
        int obj = expr(c, n->x, ANY);
        if (t->kind == T_POINTER) {
            int d = tmp(c);
            emit(c, OP_LOADPTR, d, obj);
            obj = d;
            t = t->elem;
        }
        lv.k = t->kind == T_SLICE ? LV_SLICE : LV_ARR;
        lv.a = obj;
        lv.b = expr(c, n->y, ANY);
        return lv;
    }
    case N_STAR:
        lv.k = LV_PTR;
        lv.a = expr(c, n->x, ANY);
        return lv;
    default:
        break;
    }
    /* not addressable (e.g. a call result used as a method receiver):
     * evaluate it into a register */
    lv.k = LV_REG;
    lv.a = expr(c, n, tmp(c));
    return lv;
}

int lv_load(Comp *c, LValue *lv, int dst)
{
    int d;
    switch (lv->k) {
    case LV_REG:
        if (dst < 0) return lv->a;
        if (dst != lv->a) emit(c, OP_MOVE, dst, lv->a);
        return dst;
    case LV_BLANK: d = target(c, dst); emit(c, OP_LOADNIL, d); return d;
    case LV_BOX: d = target(c, dst); emit(c, OP_LOADBOX, d, lv->a); return d;
    case LV_FREE: d = target(c, dst); emit(c, OP_LOADFREE, d, lv->a); return d;
    case LV_GLOBAL: d = target(c, dst); emit(c, OP_LOADG, d, lv->a); return d;
    case LV_FIELD: d = target(c, dst); emit(c, OP_GETF, d, lv->a, lv->b); return d;
    case LV_PFIELD: d = target(c, dst); emit(c, OP_PGETF, d, lv->a, lv->b); return d;
    case LV_ARR: d = target(c, dst); emit(c, OP_AGET, d, lv->a, lv->b); return d;
    case LV_SLICE: d = target(c, dst); emit(c, OP_SGET, d, lv->a, lv->b); return d;
    case LV_MAP: d = target(c, dst); emit(c, OP_MAPGET, d, lv->a, lv->b, ktype(c, lv->mt)); return d;
    case LV_PTR: d = target(c, dst); emit(c, OP_LOADPTR, d, lv->a); return d;
    }
    return target(c, dst);
}

void lv_store(Comp *c, LValue *lv, int src)
{
    switch (lv->k) {
    case LV_BLANK: break;
    case LV_REG: if (lv->a != src) emit(c, OP_MOVE, lv->a, src); break;
    case LV_BOX: emit(c, OP_STOREBOX, lv->a, src); break;
    case LV_FREE: emit(c, OP_STOREFREE, lv->a, src); break;
    case LV_GLOBAL: emit(c, OP_STOREG, lv->a, src); break;
    case LV_FIELD: emit(c, OP_SETF, lv->a, lv->b, src); break;
    case LV_PFIELD: emit(c, OP_PSETF, lv->a, lv->b, src); break;
    case LV_ARR: emit(c, OP_ASET, lv->a, lv->b, src); break;
    case LV_SLICE: emit(c, OP_SSET, lv->a, lv->b, src); break;
    case LV_MAP: emit(c, OP_MAPSET, lv->a, lv->b, src); break;
    case LV_PTR: emit(c, OP_STOREPTR, lv->a, src); break;
    }
}

/* Whole-value assignment lv = R[src] of a value of type t.  An array or
 * struct is copied INTO the storage lv already has, so pointers to its
 * fields and slices of it observe the new value as in Go; src need not be a
 * private copy.  A map element (not addressable) is stored: the caller
 * passes a private copy there. */
void lv_assign(Comp *c, LValue *lv, int src, Type *t)
{
    if (!is_agg(t) || lv->k == LV_MAP || lv->k == LV_BLANK) {
        lv_store(c, lv, src);
        return;
    }
    int save = c->fn->top;
    int d = lv_load(c, lv, ANY);
    emit(c, OP_COPYINTO, d, src, ktype(c, t));
    settop(c, save);
}

int lv_addr(Comp *c, LValue *lv, int dst)
{
    int d = target(c, dst);
    switch (lv->k) {
    case LV_BOX: emit(c, OP_ADDRBOX, d, lv->a); break;
    case LV_FREE: emit(c, OP_ADDRFREE, d, lv->a); break;
    case LV_GLOBAL: emit(c, OP_ADDRG, d, lv->a); break;
    case LV_FIELD: emit(c, OP_ADDRF, d, lv->a, lv->b); break;
    case LV_PFIELD: emit(c, OP_PADDRF, d, lv->a, lv->b); break;
    case LV_ARR: emit(c, OP_AADDR, d, lv->a, lv->b); break;
    case LV_SLICE: emit(c, OP_SADDR, d, lv->a, lv->b); break;
    case LV_PTR:
        /* &*p: Go nil-checks p (the spec: evaluating *p panics for nil p) */
        emit(c, OP_NILCHK, lv->a);
        if (d != lv->a) emit(c, OP_MOVE, d, lv->a);
        break;
    default:
        /* a value without a home (or an unboxed local): give it a fresh box */
        emit(c, OP_PTRBOX, d, lv_load(c, lv, ANY));
        break;
    }
    return d;
}

/* ---- operators ---- */

static bool small_const(Node *n, int64_t *v)
{
    if (!n || n->mode != MODE_CONST || n->cv.kind != CV_INT) return false;
    if (!n->type || !kind_int(n->type->kind)) return false;
    if (n->cv.i < INT32_MIN || n->cv.i > INT32_MAX) return false;
    *v = (int64_t)n->cv.i;
    return true;
}

static bool is_cmp(TokKind op)
{
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

/* Operand type of a comparison, and boxing of a concrete operand compared
 * with an interface. */
static void cmp_operands(Comp *c, Node *n, int *a, int *b, Type **t)
{
    Type *tx = n->x->type, *ty = n->y->type;
    if (is_nil(n->x) || is_nil(n->y)) {
        *t = NULL;
        *a = is_nil(n->x) ? (emit(c, OP_LOADNIL, *a = tmp(c)), *a) : expr(c, n->x, ANY);
        *b = is_nil(n->y) ? (emit(c, OP_LOADNIL, *b = tmp(c)), *b) : expr(c, n->y, ANY);
        return;
    }
    if (is_iface(tx) && !is_iface(ty)) {
        *t = tx;
        *a = expr(c, n->x, ANY);
        *b = expr_assign(c, n->y, tx, ANY);
    } else if (is_iface(ty) && !is_iface(tx)) {
        *t = ty;
        *a = expr_assign(c, n->x, ty, ANY);
        *b = expr(c, n->y, ANY);
    } else {
        *t = tx && !types_is_untyped(tx) ? tx : ty;
        *a = expr(c, n->x, ANY);
        *b = expr(c, n->y, ANY);
    }
}

static int compare(Comp *c, Node *n, int dst)
{
    int save = c->fn->top;
    int a, b;
    Type *t;
    cmp_operands(c, n, &a, &b, &t);
    settop(c, save);
    int d = target(c, dst);
    TokKind op = n->op;
    if (op == TK_GTR || op == TK_GEQ) {
        int x = a; a = b; b = x;
        op = op == TK_GTR ? TK_LSS : TK_LEQ;
    }
    TypeKind k = t ? t->kind : T_POINTER;
    Op o;
    if (kind_float(k)) {
        o = op == TK_EQL ? OP_EQ_F64 : op == TK_NEQ ? OP_NE_F64 : op == TK_LSS ? OP_LT_F64 : OP_LE_F64;
    } else if (k == T_STRING || k == T_UNTYPED_STRING) {
        o = op == TK_EQL ? OP_EQ_STR : op == TK_NEQ ? OP_NE_STR : op == TK_LSS ? OP_LT_STR : OP_LE_STR;
    } else if (k == T_STRUCT || k == T_ARRAY || k == T_INTERFACE) {
        emit(c, op == TK_EQL ? OP_EQ_GEN : OP_NE_GEN, d, a, b, ktype(c, t));
        return d;
    } else if (kind_unsigned(k)) {
        o = op == TK_EQL ? OP_EQ_INT : op == TK_NEQ ? OP_NE_INT : op == TK_LSS ? OP_LT_UINT : OP_LE_UINT;
    } else {
        o = op == TK_EQL ? OP_EQ_INT : op == TK_NEQ ? OP_NE_INT : op == TK_LSS ? OP_LT_INT : OP_LE_INT;
    }
    emit(c, o, d, a, b);
    return d;
}

/* Jump to j when n evaluates to `when`. */
void cond_jump(Comp *c, Node *n, bool when, Jumps *j)
{
    n = unparen(n);
    Fn *fn = c->fn;
    int saveline = fn->line;
    if (n->pos.line) fn->line = n->pos.line;
    if (n->mode == MODE_CONST && n->cv.kind == CV_BOOL) {
        if (n->cv.b == when) jumps_add(j, emit(c, OP_JMP, 0) + 1);
        fn->line = saveline;
        return;
    }
    if (n->kind == N_UNARY && n->op == TK_NOT) {
        cond_jump(c, n->x, !when, j);
        fn->line = saveline;
        return;
    }
    if (n->kind == N_BINARY && (n->op == TK_LAND || n->op == TK_LOR)) {
        bool isand = n->op == TK_LAND;
        if (isand != when) {
            /* && jumping on false / || jumping on true: either side decides */
            cond_jump(c, n->x, when, j);
            cond_jump(c, n->y, when, j);
        } else {
            Jumps skip = { 0 };
            cond_jump(c, n->x, !when, &skip);
            cond_jump(c, n->y, when, j);
            jumps_patch(c, &skip, here(c));
        }
        fn->line = saveline;
        return;
    }
    if (n->kind == N_BINARY && is_cmp(n->op)) {
        Type *tx = n->x->type;
        TypeKind k = tx ? tx->kind : T_INVALID;
        bool nilx = is_nil(n->x), nily = is_nil(n->y);
        int save = fn->top;
        if ((nilx || nily) && (n->op == TK_EQL || n->op == TK_NEQ)) {
            int r = expr(c, nilx ? n->y : n->x, ANY);
            bool jnil = (n->op == TK_EQL) == when;
            jumps_add(j, emit(c, jnil ? OP_JNIL : OP_JNOTNIL, r, 0) + 2);
            settop(c, save);
            fn->line = saveline;
            return;
        }
        if ((kind_signed(k) || k == T_BOOL || k == T_UNTYPED_INT || k == T_UNTYPED_RUNE) &&
            n->y->type && !is_iface(n->y->type)) {
            TokKind op = n->op;
            if (!when) {
                switch (op) {
                case TK_EQL: op = TK_NEQ; break;
                case TK_NEQ: op = TK_EQL; break;
                case TK_LSS: op = TK_GEQ; break;
                case TK_LEQ: op = TK_GTR; break;
                case TK_GTR: op = TK_LEQ; break;
                default: op = TK_LSS; break;
                }
            }
            int64_t imm;
            int a = expr(c, n->x, ANY);
            if (small_const(n->y, &imm)) {
                Op o = op == TK_EQL ? OP_JEQI : op == TK_NEQ ? OP_JNEI : op == TK_LSS ? OP_JLTI
                     : op == TK_LEQ ? OP_JLEI : op == TK_GTR ? OP_JGTI : OP_JGEI;
                jumps_add(j, emit(c, o, a, (int)imm, 0) + 3);
            } else {
                int b = expr(c, n->y, ANY);
                int l = a, r = b;
                Op o;
                switch (op) {
                case TK_EQL: o = OP_JEQ_INT; break;
                case TK_NEQ: o = OP_JNE_INT; break;
                case TK_LSS: o = OP_JLT_INT; break;
                case TK_LEQ: o = OP_JLE_INT; break;
                case TK_GTR: o = OP_JLT_INT; l = b; r = a; break;
                default: o = OP_JLE_INT; l = b; r = a; break;
                }
                jumps_add(j, emit(c, o, l, r, 0) + 3);
            }
            settop(c, save);
            fn->line = saveline;
            return;
        }
    }
    int save = fn->top;
    int r = expr(c, n, ANY);
    jumps_add(j, emit(c, when ? OP_JT : OP_JF, r, 0) + 2);
    settop(c, save);
    fn->line = saveline;
}

static int logical(Comp *c, Node *n, int dst)
{
    int d = tmp(c);
    Jumps f = { 0 };
    cond_jump(c, n, false, &f);
    emit(c, OP_LOADI, d, 1);
    int j = emit(c, OP_JMP, 0);
    jumps_patch(c, &f, here(c));
    emit(c, OP_LOADI, d, 0);
    patch(c, j + 1, here(c));
    if (dst >= 0) { emit(c, OP_MOVE, dst, d); return dst; }
    return d;
}

static Op arith_op(TokKind op, Type *t, Type *count)
{
    TypeKind k = t->kind;
    if (kind_float(k)) {
        switch (op) {
        case TK_ADD: return OP_ADD_F64;
        case TK_SUB: return OP_SUB_F64;
        case TK_MUL: return OP_MUL_F64;
        default: return OP_DIV_F64;
        }
    }
    bool u = kind_unsigned(k);
    bool scount = count && kind_signed(count->kind);
    switch (op) {
    case TK_ADD: return OP_ADD_INT;
    case TK_SUB: return OP_SUB_INT;
    case TK_MUL: return OP_MUL_INT;
    case TK_QUO: return u ? OP_DIV_UINT : OP_DIV_INT;
    case TK_REM: return u ? OP_MOD_UINT : OP_MOD_INT;
    case TK_AND: return OP_AND;
    case TK_OR: return OP_OR;
    case TK_XOR: return OP_XOR;
    case TK_AND_NOT: return OP_ANDNOT;
    case TK_SHL: return scount ? OP_SHL_S : OP_SHL;
    case TK_SHR: return u ? (scount ? OP_SHR_UINT_S : OP_SHR_UINT) : (scount ? OP_SHR_INT_S : OP_SHR_INT);
    default: return OP_NOP;
    }
}

/* Binary arithmetic on registers a, b of type t into d (with re-wrap). */
void emit_arith(Comp *c, TokKind op, Type *t, Type *count, int d, int a, int b)
{
    if (t->kind == T_STRING) {
        emit(c, OP_CONCAT, d, a, b);
        return;
    }
    emit(c, arith_op(op, t, count), d, a, b);
    emit_wrap(c, t, d);
}

static int binary(Comp *c, Node *n, int dst)
{
    if (n->op == TK_LAND || n->op == TK_LOR) return logical(c, n, dst);
    if (is_cmp(n->op)) return compare(c, n, dst);
    Type *t = n->type;
    int save = c->fn->top;
    int64_t imm;
    if ((n->op == TK_ADD || n->op == TK_SUB) && kind_int(t->kind) && small_const(n->y, &imm) &&
        imm > INT32_MIN) {
        int a = expr(c, n->x, ANY);
        settop(c, save);
        int d = target(c, dst);
        emit(c, OP_ADDI, d, a, (int)(n->op == TK_ADD ? imm : -imm));
        emit_wrap(c, t, d);
        return d;
    }
    /* x * k, x & k, x % k with a small constant k: one instruction, no LOADI
     * (signed % only for k > 0, where it can neither panic nor overflow) */
    if ((n->op == TK_MUL || n->op == TK_AND || (n->op == TK_REM && kind_signed(t->kind))) &&
        kind_int(t->kind) && small_const(n->y, &imm) && (n->op != TK_REM || imm > 0)) {
        int a = expr(c, n->x, ANY);
        settop(c, save);
        int d = target(c, dst);
        if (n->op == TK_MUL) emit(c, OP_MULI, d, a, (int)imm);
        else if (n->op == TK_AND) emit(c, OP_ANDI, d, a, (int)imm);
        else emit(c, OP_MODI, d, a, (int)imm, kadd(c, (Value){ .u = UINT64_MAX / (uint64_t)imm + 1 }));
        emit_wrap(c, t, d);
        return d;
    }
    int a = expr(c, n->x, ANY);
    int b = expr(c, n->y, ANY);
    settop(c, save);
    int d = target(c, dst);
    emit_arith(c, n->op, t, (n->op == TK_SHL || n->op == TK_SHR) && n->y->mode != MODE_CONST ? n->y->type : NULL,
               d, a, b);
    return d;
}

static int address_of(Comp *c, Node *x, int dst)
{
    x = unparen(x);
    int save = c->fn->top;
    if (x->kind == N_COMPOSITE) {
        int r = expr(c, x, ANY);
        settop(c, save);
        int d = target(c, dst);
        emit(c, OP_PTRBOX, d, r);
        return d;
    }
    int d = dst >= 0 ? dst : tmp(c);
    LValue lv = lvalue(c, x);
    lv_addr(c, &lv, d);
    settop(c, dst >= 0 ? save : d + 1);
    return d;
}

static int unary(Comp *c, Node *n, int dst)
{
    switch (n->op) {
    case TK_AND: return address_of(c, n->x, dst);
    case TK_ADD: return expr(c, n->x, dst);
    default: break;
    }
    int save = c->fn->top;
    int a = expr(c, n->x, ANY);
    settop(c, save);
    int d = target(c, dst);
    Type *t = n->type;
    switch (n->op) {
    case TK_SUB:
        emit(c, kind_float(t->kind) ? OP_NEG_F64 : OP_NEG_INT, d, a);
        if (!kind_float(t->kind)) emit_wrap(c, t, d);
        break;
    case TK_XOR: emit(c, OP_BNOT, d, a); emit_wrap(c, t, d); break;
    case TK_NOT: emit(c, OP_NOT, d, a); break;
    default:
        cerror(c, n->pos, "gocafe: unsupported unary operator");
        break;
    }
    return d;
}

/* ---- conversions T(x) ---- */

static int conversion(Comp *c, Node *n, int dst)
{
    Type *to = n->type;
    Node *x = n->list[0];
    Type *from = x->type;
    if (is_iface(to)) return expr_assign(c, x, to, dst);
    int save = c->fn->top;
    int a = expr(c, x, ANY);
    settop(c, save);
    TypeKind fk = from ? from->kind : T_INVALID, tk = to->kind;
    if (tk == T_STRING && fk != T_STRING && fk != T_UNTYPED_STRING) {
        int d = target(c, dst);
        if (kind_int(fk)) emit(c, OP_RUNE2STR, d, a);
        else if (fk == T_SLICE && (from->elem->kind == T_UINT8)) emit(c, OP_BYTES2STR, d, a);
        else emit(c, OP_RUNES2STR, d, a);
        return d;
    }
    if (tk == T_SLICE && (fk == T_STRING || fk == T_UNTYPED_STRING)) {
        int d = target(c, dst);
        emit(c, to->elem->kind == T_UINT8 ? OP_STR2BYTES : OP_STR2RUNES, d, a);
        return d;
    }
    if (tk == T_POINTER && fk == T_SLICE) {    /* (*[N]T)(s), Go 1.17 */
        int d = target(c, dst);
        emit(c, OP_SLICE2ARRP, d, a, ktype(c, types_under(to)->elem));
        return d;
    }
    if (tk == T_ARRAY && fk == T_SLICE) {      /* [N]T(s), Go 1.20 */
        int d = target(c, dst);
        emit(c, OP_SLICE2ARR, d, a, ktype(c, to));
        return d;
    }
    if (kind_int(tk) && kind_float(fk)) {
        int d = target(c, dst);
        emit(c, kind_unsigned(tk) ? OP_F2U : OP_F2I, d, a);
        emit_wrap(c, to, d);
        return d;
    }
    if (kind_float(tk) && kind_int(fk)) {
        int d = target(c, dst);
        emit(c, kind_unsigned(fk) ? OP_U2F : OP_I2F, d, a);
        emit_wrap(c, to, d);
        return d;
    }
    if (kind_float(tk) && kind_float(fk)) {
        if (tk == T_FLOAT32 && fk != T_FLOAT32) {
            int d = target(c, dst);
            emit(c, OP_MOVE, d, a);
            emit(c, OP_F32, d);
            return d;
        }
    } else if (kind_int(tk) && kind_int(fk)) {
        bool need = false;
        switch (tk) {
        case T_INT8: case T_INT16: case T_INT32: case T_UINT8: case T_UINT16: case T_UINT32: need = true; break;
        default: break;
        }
        if (need && !(fk == tk)) {
            int d = target(c, dst);
            emit(c, OP_MOVE, d, a);
            emit_wrap(c, to, d);
            return d;
        }
    }
    if (dst >= 0 && dst != a) { emit(c, OP_MOVE, dst, a); return dst; }
    if (dst < 0 && a >= save) settop(c, a + 1);
    return a;
}

/* ---- composite literals ---- */

static int field_index(Type *st, const char *name)
{
    for (int i = 0; i < st->nfields; i++)
        if (st->fields[i].name && strcmp(st->fields[i].name, name) == 0) return i;
    return -1;
}

/* The value of a `gocafe:"..."` key in a struct tag, or NULL. */
static const char *tag_name(Comp *c, const char *tag)
{
    const char *p = tag ? strstr(tag, "gocafe:\"") : NULL;
    if (!p) return NULL;
    p += 8;
    const char *e = strchr(p, '"');
    return e ? cstrf(c, "%.*s", (int)(e - p), p) : NULL;
}

/* The field a selector expression denotes, or NULL. */
static Field *selected_field(Node *n)
{
    n = unparen(n);
    if (!n || n->kind != N_SELECTOR || !n->sel || n->sel->kind != SEL_FIELD || !n->x) return NULL;
    Type *t = n->x->type;
    Field *f = NULL;
    for (int i = 0; i < n->sel->npath && t; i++) {
        if (t->kind == T_POINTER) t = t->elem;
        if (!t || t->kind != T_STRUCT || n->sel->path[i] >= t->nfields) return NULL;
        f = &t->fields[n->sel->path[i]];
        t = f->type;
    }
    return f;
}

void chan_name(Comp *c, Node *lhs, const char *lhs_text, Node *rhs)
{
    c->varname = NULL;
    c->varnode = rhs ? unparen(rhs) : NULL;
    if (!c->varnode) return;
    if (lhs_text) { c->varname = lhs_text; return; }
    Node *l = unparen(lhs);
    if (!l || (l->kind == N_IDENT && strcmp(l->name, "_") == 0)) return;
    Field *f = selected_field(l);
    const char *tn = f ? tag_name(c, f->tag) : NULL;
    if (tn) { c->varname = tn; return; }
    char buf[128];
    ast_expr_str(l, buf, sizeof buf);
    c->varname = cstrf(c, "%s", buf);
}

const char *field_chan_name(Comp *c, Field *f, Node *lit)
{
    const char *tn = tag_name(c, f->tag);
    if (tn) return tn;
    Node *v = c->varnode;
    if (v && v->kind == N_UNARY && v->op == TK_AND) v = unparen(v->x);
    return c->varname && v == lit ? cstrf(c, "%s.%s", c->varname, f->name) : f->name;
}

/* ---- names of contexts and WaitGroups (OP_NAMEOBJ, for the UI) ---- */

static bool named(const Type *t, const char *pkg, const char *name)
{
    return t && t->name && t->pkg && strcmp(t->name, name) == 0 && strcmp(t->pkg, pkg) == 0;
}

static bool is_wg(const Type *t) { return named(t, "sync", "WaitGroup"); }

const char *obj_var_text(Comp *c, Node *lhs)
{
    Node *l = unparen(lhs);
    if (!l || (l->kind == N_IDENT && strcmp(l->name, "_") == 0)) return NULL;
    if (l->kind == N_IDENT) return l->name;
    char buf[128];
    ast_expr_str(l, buf, sizeof buf);
    return cstrf(c, "%s", buf);
}

bool obj_nameable(Comp *c, Type *t, Node *rhs)
{
    if (!t || !c->pkg || !c->pkg->filename || strncmp(c->pkg->filename, "$GOROOT/", 8) == 0)
        return false;                         /* the library's own variables */
    if (named(t, "context", "Context")) {
        /* a context is made by a call (context.WithCancel, a user's
         * constructor); copies of one already named keep its name */
        Node *r = unparen(rhs);
        return r && r->kind == N_CALL && !r->conversion && !r->builtin;
    }
    if (t->kind == T_POINTER && t->elem) t = t->elem;
    if (is_wg(t)) return true;
    for (int i = 0; t->kind == T_STRUCT && i < t->nfields; i++)
        if (is_wg(t->fields[i].type)) return true;
    return false;
}

void obj_name(Comp *c, int reg, Type *t, const char *name, Node *rhs)
{
    if (!name || !obj_nameable(c, t, rhs)) return;
    if (named(t, "context", "Context")) {
        emit(c, OP_NAMEOBJ, reg, kstr(c, name, (int64_t)strlen(name)), NAMEOBJ_CTX);
        return;
    }
    int deref = 0;
    if (t->kind == T_POINTER && t->elem) {
        deref = NAMEOBJ_DEREF;
        t = t->elem;
    }
    if (is_wg(t)) {
        emit(c, OP_NAMEOBJ, reg, kstr(c, name, (int64_t)strlen(name)), NAMEOBJ_WG | deref);
        return;
    }
    if (t->kind != T_STRUCT) return;
    for (int i = 0; i < t->nfields; i++) {   /* s.wg of a struct s */
        if (!is_wg(t->fields[i].type)) continue;
        const char *fn = cstrf(c, "%s.%s", name, t->fields[i].name);
        emit(c, OP_NAMEOBJ, reg, kstr(c, fn, (int64_t)strlen(fn)),
             NAMEOBJ_WG | deref | (i + 1) << NAMEOBJ_FIELD_SHIFT);
    }
}

static int composite(Comp *c, Node *n, int dst)
{
    Type *t = n->type;
    int save = c->fn->top;
    if (t->kind == T_POINTER) {
        /* &T{...} elided inside an outer literal */
        Node tmpn = *n;
        tmpn.type = t->elem;
        int r = composite(c, &tmpn, ANY);
        settop(c, save);
        int d = target(c, dst);
        emit(c, OP_PTRBOX, d, r);
        return d;
    }
    int obj = tmp(c);
    switch (t->kind) {
    case T_STRUCT: {
        emit(c, OP_ZERO, obj, ktype(c, t));
        for (int i = 0; i < n->nlist; i++) {
            Node *e = n->list[i];
            int fi = i;
            if (e->kind == N_KEYVALUE) {
                fi = field_index(t, e->x->name);
                e = e->y;
            }
            if (fi < 0 || fi >= t->nfields) continue;
            int s2 = c->fn->top;
            const char *vn = c->varname;
            Node *vnode = c->varnode;
            if (unparen(e)->kind == N_CALL && t->fields[fi].type && t->fields[fi].type->kind == T_CHAN) {
                c->varname = field_chan_name(c, &t->fields[fi], n);   /* W{jobs: make(chan J)} */
                c->varnode = unparen(e);
            }
            int r = expr_assign(c, e, t->fields[fi].type, ANY);
            c->varname = vn;
            c->varnode = vnode;
            emit(c, OP_SETF, obj, fi, r);
            settop(c, s2);
        }
        break;
    }
    case T_ARRAY: {
        emit(c, OP_ZERO, obj, ktype(c, t));
        int64_t idx = 0;
        for (int i = 0; i < n->nlist; i++) {
            Node *e = n->list[i];
            if (e->kind == N_KEYVALUE) {
                idx = (int64_t)e->x->cv.i;
                e = e->y;
            }
            int s2 = c->fn->top;
            int r = expr_assign(c, e, t->elem, ANY);
            emit(c, OP_SETF, obj, (int)idx, r);
            settop(c, s2);
            idx = (int64_t)((uint64_t)idx + 1);
        }
        break;
    }
    case T_SLICE: {
        bool keyed = false;
        int64_t len = 0, idx = 0;
        for (int i = 0; i < n->nlist; i++) {
            if (n->list[i]->kind == N_KEYVALUE) { keyed = true; idx = (int64_t)n->list[i]->x->cv.i; }
            idx = (int64_t)((uint64_t)idx + 1);   /* wraps as Go's int64 would: no UB */
            if (idx > len) len = idx;
        }
        if (!keyed) {
            int first = c->fn->top;
            for (int i = 0; i < n->nlist; i++) {
                int r = tmp(c);
                expr_assign(c, n->list[i], t->elem, r);
                settop(c, r + 1);
            }
            emit(c, OP_MKSLICE, obj, first, n->nlist, ktype(c, t->elem));
            break;
        }
        int lr = tmp(c);
        load_int(c, len, lr);
        emit(c, OP_MAKESLICE, obj, ktype(c, t->elem), lr, lr);
        idx = 0;
        for (int i = 0; i < n->nlist; i++) {
            Node *e = n->list[i];
            if (e->kind == N_KEYVALUE) { idx = (int64_t)e->x->cv.i; e = e->y; }
            int s2 = c->fn->top;
            int ir = tmp(c);
            load_int(c, idx, ir);
            int r = expr_assign(c, e, t->elem, ANY);
            emit(c, OP_SSET, obj, ir, r);
            settop(c, s2);
            idx = (int64_t)((uint64_t)idx + 1);
        }
        break;
    }
    case T_MAP: {
        int hr = tmp(c);
        load_int(c, n->nlist, hr);
        emit(c, OP_MAPNEW, obj, ktype(c, t), hr);
        for (int i = 0; i < n->nlist; i++) {
            Node *e = n->list[i];
            if (e->kind != N_KEYVALUE) continue;
            int s2 = c->fn->top;
            int k = expr_assign(c, e->x, t->key, ANY);
            int v = expr_assign(c, e->y, t->elem, ANY);
            emit(c, OP_MAPSET, obj, k, v);
            settop(c, s2);
        }
        break;
    }
    default:
        cerror(c, n->pos, "gocafe: unsupported composite literal");
        break;
    }
    if (dst >= 0) {
        emit(c, OP_MOVE, dst, obj);
        settop(c, save);
        return dst;
    }
    settop(c, obj + 1);
    return obj;
}

/* ---- selectors, indexing, slicing, assertions ---- */

static int selector(Comp *c, Node *n, int dst)
{
    Selection *sel = n->sel;
    if (!sel) { cerror(c, n->pos, "gocafe: unresolved selector"); return target(c, dst); }
    switch (sel->kind) {
    case SEL_PKG: {
        Node id = *n;
        id.kind = N_IDENT;
        return ident(c, &id, dst);
    }
    case SEL_FIELD: {
        int save = c->fn->top;
        Type *t = n->x->type;
        int obj = expr(c, n->x, ANY);
        for (int i = 0; i < sel->npath; i++) {
            bool last = i == sel->npath - 1;
            int d;
            if (last) { settop(c, save); d = target(c, dst); }
            else d = tmp(c);
            emit(c, t->kind == T_POINTER ? OP_PGETF : OP_GETF, d, obj, sel->path[i]);
            Type *st = t->kind == T_POINTER ? t->elem : t;
            t = st->fields[sel->path[i]].type;
            obj = d;
        }
        return obj;
    }
    case SEL_METHOD: {
        int fi = method_func_index(c, sel->recv, sel->method->name);
        int save = c->fn->top;
        int r = method_receiver(c, n->x, sel, sel->method, ANY, false);
        settop(c, save);
        int d = target(c, dst);
        emit(c, OP_BIND, d, r, fi);
        return d;
    }
    case SEL_IFACE_METHOD: {
        int save = c->fn->top;
        int r = method_receiver(c, n->x, sel, NULL, ANY, false);
        settop(c, save);
        int d = target(c, dst);
        emit(c, OP_BINDI, d, r, kstr(c, sel->method->name, (int64_t)strlen(sel->method->name)));
        return d;
    }
    case SEL_METHOD_EXPR: {
        if (n->x && is_iface(n->x->type)) {
            int fw = iface_method_expr_wrapper(c, n->type, n->x->type, sel->method->name);
            int d = target(c, dst);
            emit(c, OP_LOADFN, d, fw);
            return d;
        }
        int fi = method_func_index(c, sel->recv, sel->method->name);
        bool ptr_recv = sel->method->ptr_recv;
        if (sel->npath > 0 && n->x && n->x->type) {
            /* T.M for a promoted M: T's own wrapper (compile_wrap.c) walks
             * the embedding path; the declaring type's M would get a T */
            Type *T = n->x->type;
            if (T->kind == T_POINTER && !T->name && T->elem) T = T->elem;
            Method *pm = types_find_method(T, sel->method->name);
            if (pm && pm->func_index >= 0) {
                fi = pm->func_index;
                ptr_recv = pm->ptr_recv;
            }
        }
        Type *ft = n->type;
        if (!ptr_recv && ft && ft->kind == T_FUNC && ft->nparams > 0 &&
            ft->params[0]->kind == T_POINTER && fi >= 0)
            fi = method_expr_wrapper(c, ft, fi, ft->params[0]->elem);
        int d = target(c, dst);
        emit(c, OP_LOADFN, d, fi);
        return d;
    }
    default:
        break;
    }
    return target(c, dst);
}

static int index_expr(Comp *c, Node *n, int dst)
{
    Type *t = n->x->type;
    int save = c->fn->top;
    if (t->kind == T_MAP) {
        int m = expr(c, n->x, ANY);
        int k = expr_assign(c, n->y, t->key, ANY);
        settop(c, save);
        if (n->commaok) {
            int d = dst >= 0 ? dst : tmpn(c, 2);
            reserve(c, d + 1);
            emit(c, OP_MAPGET2, d, m, k, ktype(c, t));
            return d;
        }
        int d = target(c, dst);
        emit(c, OP_MAPGET, d, m, k, ktype(c, t));
        return d;
    }
    int obj = expr(c, n->x, ANY);
    Op op;
    if (t->kind == T_POINTER) {
        int p = tmp(c);
        emit(c, OP_LOADPTR, p, obj);
        obj = p;
        t = t->elem;
    }
    switch (t->kind) {
    case T_SLICE: op = OP_SGET; break;
    case T_STRING: op = OP_STRGET; break;
    default: op = OP_AGET; break;
    }
    int i = expr(c, n->y, ANY);
    settop(c, save);
    int d = target(c, dst);
    emit(c, op, d, obj, i);
    return d;
}

static int slice_expr(Comp *c, Node *n, int dst)
{
    Type *t = n->x->type;
    int save = c->fn->top;
    int obj;
    Op op;
    if (t->kind == T_POINTER) {
        int p = expr(c, n->x, ANY);
        obj = tmp(c);
        emit(c, OP_LOADPTR, obj, p);
        t = t->elem;
    } else {
        obj = expr(c, n->x, ANY);
    }
    op = t->kind == T_STRING || t->kind == T_UNTYPED_STRING ? OP_SLICE_STR
       : t->kind == T_ARRAY ? OP_SLICE_ARR : OP_SLICE;
    int flags = 0, lo = 0, hi = 0, mx = 0;
    if (n->y) { lo = expr(c, n->y, ANY); flags |= 1; }
    if (n->z) { hi = expr(c, n->z, ANY); flags |= 2; }
    if (n->w) { mx = expr(c, n->w, ANY); flags |= 4; }
    settop(c, save);
    int d = target(c, dst);
    if (op == OP_SLICE_STR) emit(c, op, d, obj, lo, hi, flags);
    else emit(c, op, d, obj, lo, hi, mx, flags);
    return d;
}

static int assert_expr(Comp *c, Node *n, int dst)
{
    int save = c->fn->top;
    int x = expr(c, n->x, ANY);
    settop(c, save);
    Type *want = n->commaok && n->type && n->type->kind == T_TUPLE ? n->type->results[0] : n->type;
    if (n->y && n->y->type) want = n->y->type;
    if (n->commaok) {
        int d = dst >= 0 ? dst : tmpn(c, 2);
        reserve(c, d + 1);
        emit(c, OP_ASSERT2, d, x, ktype(c, want), ktype(c, n->x->type));
        return d;
    }
    int d = target(c, dst);
    emit(c, OP_ASSERT, d, x, ktype(c, want), ktype(c, n->x->type));
    return d;
}

/* ---- closures ---- */

static int closure(Comp *c, Node *lit, int dst)
{
    Fn *parent = c->fn;
    /* name: main.main.func1, nested main.main.func1.1 */
    Fn *top = parent;
    const char *name;
    if (parent->node && parent->node->kind == N_FUNCLIT) {
        name = cstrf(c, "%s.%d", parent->name, ++parent->nclosures);
    } else {
        while (top->parent) top = top->parent;
        if (!parent->node && c->pkg)   /* package var initialisers: Go's main.glob..func1 */
            name = cstrf(c, "%s.glob..func%d", c->pkg->path, ++parent->nclosures);
        else
            name = cstrf(c, "%s.func%d", parent->name, ++parent->nclosures);
    }
    int idx = new_proto(c, name, c->pkg ? c->pkg->filename : "", lit->pos);
    Fn fn;
    fn_begin(c, &fn, lit, idx, name);
    compile_funclit_body(c, &fn, lit);
    int nfree = fn.nfree;
    Symbol **frees = xmalloc((size_t)(nfree ? nfree : 1) * sizeof(Symbol *));
    if (nfree) memcpy(frees, fn.frees, (size_t)nfree * sizeof(Symbol *));
    fn_end(c, &fn);
    /* gather the captured variables' Boxes */
    int save = c->fn->top;
    int first = tmpn(c, nfree);
    for (int i = 0; i < nfree; i++) {
        Symbol *sym = frees[i];
        int fi = free_index(parent, sym);
        if (fi >= 0 && sym->func != parent->node) emit(c, OP_FREEBOX, first + i, fi);
        else emit(c, OP_MOVE, first + i, sym->index);
    }
    free(frees);
    settop(c, save);
    int d = target(c, dst);
    if (d < first + nfree) reserve(c, first + nfree);
    emit(c, OP_CLOSURE, d, idx, first, nfree);
    return d;
}

/* ---- the dispatcher ---- */

static int expr1(Comp *c, Node *n, int dst)
{
    if (n->mode == MODE_CONST && n->cv.kind != CV_NONE) {
        int d = target(c, dst);
        emit_const(c, &n->cv, n->type, d);
        return d;
    }
    switch (n->kind) {
    case N_PAREN: return expr(c, n->x, dst);
    case N_IDENT: return ident(c, n, dst);
    case N_FUNCLIT: return closure(c, n, dst);
    case N_COMPOSITE: return composite(c, n, dst);
    case N_SELECTOR: return selector(c, n, dst);
    case N_INDEX: return index_expr(c, n, dst);
    case N_SLICEEXPR: return slice_expr(c, n, dst);
    case N_TYPEASSERT: return assert_expr(c, n, dst);
    case N_CALL:
        if (n->conversion) return conversion(c, n, dst);
        if (n->builtin) return compile_builtin(c, n, dst);
        {
            int nres = 0;
            int r = compile_call(c, n, dst, &nres);
            return r;
        }
    case N_STAR: {
        int save = c->fn->top;
        int p = expr(c, n->x, ANY);
        settop(c, save);
        int d = target(c, dst);
        emit(c, OP_LOADPTR, d, p);
        return d;
    }
    case N_UNARY:
        if (n->op == TK_ARROW) {
            int save = c->fn->top;
            int ch = expr(c, n->x, ANY);
            settop(c, save);
            if (n->commaok) {
                int d = dst >= 0 ? dst : tmpn(c, 2);
                reserve(c, d + 1);
                emit(c, OP_RECV2, d, ch);
                return d;
            }
            int d = target(c, dst);
            emit(c, OP_RECV, d, ch);
            return d;
        }
        return unary(c, n, dst);
    case N_BINARY: return binary(c, n, dst);
    default: break;
    }
    cerror(c, n->pos, "gocafe: this expression is not supported yet");
    return target(c, dst);
}

int expr(Comp *c, Node *n, int dst)
{
    Fn *fn = c->fn;
    int saveline = fn->line;
    if (n->pos.line) fn->line = n->pos.line;
    int r = expr1(c, n, dst);
    fn->line = saveline;
    return r;
}
