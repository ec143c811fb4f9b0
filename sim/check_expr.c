/* check_expr.c - expressions: identifiers, literals, operators, untyped
 * constants and their conversion to the context's type, assignability.
 *
 * Each check_* sets n->mode, n->type (and n->cv for constants).  An operand
 * that failed gets MODE_INVALID and is silently accepted by every consumer,
 * so one mistake gives one message (go/types' rule).  Untyped expressions
 * keep their untyped type until the context fixes it (check_assign_to,
 * check_convert_untyped, check_default), which then rewrites the types of
 * the whole untyped subtree (check_set_type), so the compiler always sees
 * final types.
 */
#include "check_int.h"
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define ES 256
#define OS 512

static void invalid(Node *n) { n->mode = MODE_INVALID; }

static bool is_const_kind(Type *t) { return t && t->kind >= T_BOOL && t->kind <= T_UNTYPED_STRING && t->kind != T_UNSAFEPTR && t->kind != T_UNTYPED_NIL; }

static bool is_nil(Node *n) { return n && n->type && n->type->kind == T_UNTYPED_NIL && n->mode != MODE_TYPE; }

/* The predeclared nil, even after its context gave it a type (types2's nilvalue mode). */
static bool is_nil_lit(Node *n)
{
    if (is_nil(n)) return true;
    while (n && n->kind == N_PAREN) n = n->x;
    return n && n->kind == N_IDENT && n->sym && n->sym->kind == SYM_NIL && n->mode != MODE_INVALID;
}

static bool has_nil(Type *t)
{
    if (!t) return false;
    switch (t->kind) {
    case T_POINTER: case T_SLICE: case T_MAP: case T_CHAN: case T_FUNC: case T_INTERFACE:
    case T_UNSAFEPTR: case T_UNTYPED_NIL:
        return true;
    default: return false;
    }
}

/* ---------- untyped conversion ---------- */

/* Rank of untyped numeric kinds for mixing (int < rune < float). */
static int urank(Type *t)
{
    switch (t->kind) {
    case T_UNTYPED_INT: return 1;
    case T_UNTYPED_RUNE: return 2;
    case T_UNTYPED_FLOAT: return 3;
    default: return 0;
    }
}

void check_set_type(Checker *c, Node *n, Type *t)
{
    for (int guard = 0; n && guard < 10000000; guard++) {
        if (!n->type || !types_is_untyped(n->type) || !t) return;
        if (n->mode == MODE_CONST && !types_is_untyped(t) && t->kind != T_INTERFACE) {
            ConstVal v;
            if (cv_represent(n->cv, t, &v) == REPR_OK) n->cv = v;
        }
        n->type = t;
        switch (n->kind) {
        case N_PAREN: n = n->x; continue;
        case N_UNARY: n = n->x; continue;
        case N_BINARY:
            switch (n->op) {
            case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ: return;
            case TK_SHL: case TK_SHR:
                /* a non-constant shift's untyped left operand takes the
                   context's type, which must then be an integer type */
                if (n->mode != MODE_CONST && !types_is_untyped(t) && !types_is_integer(types_under(t)) &&
                    n->mode != MODE_INVALID) {
                    char os[OS], ts[ES];
                    check_error(c, check_start_pos(n->x), "invalid operation: shifted operand %s (type %s) must be integer",
                                check_estr(c, n->x, os, sizeof os), check_tstr(c, t, ts, sizeof ts));
                    n->mode = MODE_INVALID;
                    return;
                }
                n = n->x;
                continue;
            default:
                /* left-deep chains: recurse right, iterate left */
                check_set_type(c, n->y, t);
                n = n->x;
                continue;
            }
        default: return;
        }
    }
}

static void report_conv(Checker *c, Node *n, Type *target, Repr r)
{
    char os[OS], ts[ES];
    check_ostr(c, n, os, sizeof os);
    check_tstr(c, target, ts, sizeof ts);
    if (r == REPR_TRUNCATED) check_error(c, check_start_pos(n), "%s truncated to %s", os, ts);
    else if (r == REPR_OVERFLOW) check_error(c, check_start_pos(n), "%s overflows %s", os, ts);
    else check_error(c, check_start_pos(n), "cannot convert %s to type %s", os, ts);
}

/* implicitTypeAndValue: the type an untyped operand takes in a context of
 * type target; NULL with *r set when it cannot. */
static Type *implicit_type(Checker *c, Node *x, Type *target, ConstVal *val, Repr *r)
{
    *r = REPR_OK;
    if (!types_is_untyped(x->type) || !target || target->kind == T_INVALID) return x->type;
    if (types_is_untyped(target)) {
        if (is_nil(x) || target->kind == T_UNTYPED_NIL) {
            *r = REPR_INVALID;
            return x->type == target ? target : NULL;
        }
        if (types_is_numeric(x->type) && types_is_numeric(target))
            return urank(x->type) > urank(target) ? x->type : target;
        if (x->type == target) return target;
        *r = REPR_INVALID;
        return NULL;
    }
    if (is_nil(x)) {
        if (has_nil(target)) return target;
        *r = REPR_INVALID;
        return NULL;
    }
    Type *u = types_under(target);
    if (u->kind == T_INTERFACE) {
        /* untyped values cannot be converted to non-empty interfaces
           (assignments first replace such a target by the default type) */
        if (u->nmethods > 0) {
            *r = REPR_INVALID;
            return NULL;
        }
        return types_default(c->tt, x->type);
    }
    if (!is_const_kind(u)) {
        *r = REPR_INVALID;
        return NULL;
    }
    if (x->mode == MODE_CONST) {
        *r = cv_represent(x->cv, u, val);
        if (*r != REPR_OK) {
            /* non-numeric mismatch is a plain conversion failure */
            if (!(types_is_numeric(x->type) && types_is_numeric(u))) *r = REPR_INVALID;
            return NULL;
        }
        return target;
    }
    switch (x->type->kind) {
    case T_UNTYPED_BOOL: if (u->kind != T_BOOL) { *r = REPR_INVALID; return NULL; } break;
    case T_UNTYPED_INT: case T_UNTYPED_RUNE: case T_UNTYPED_FLOAT:
        if (!types_is_numeric(u)) { *r = REPR_INVALID; return NULL; }
        break;
    case T_UNTYPED_STRING: if (u->kind != T_STRING) { *r = REPR_INVALID; return NULL; } break;
    default: *r = REPR_INVALID; return NULL;
    }
    return target;
}

void check_convert_untyped(Checker *c, Node *n, Type *target)
{
    if (n->mode == MODE_INVALID || !types_is_untyped(n->type) || !target) return;
    ConstVal v = n->cv;
    Repr r;
    Type *t = implicit_type(c, n, target, &v, &r);
    if (!t) {
        Type *shown = types_is_untyped(target) ? target : target;
        if (r == REPR_INVALID && !is_nil(n) && types_is_untyped(target)) {
            char os[OS], ts[ES];
            check_error(c, check_start_pos(n), "cannot convert %s to type %s", check_ostr(c, n, os, sizeof os),
                        check_tstr(c, shown, ts, sizeof ts));
        } else {
            report_conv(c, n, shown, r);
        }
        invalid(n);
        return;
    }
    if (n->mode == MODE_CONST) n->cv = v;
    if (t != n->type) check_set_type(c, n, t);
}

void check_default(Checker *c, Node *n)
{
    if (n->mode == MODE_INVALID || !n->type || !types_is_untyped(n->type) || is_nil(n)) return;
    check_set_type(c, n, types_default(c->tt, n->type));
}

/* ---------- assignability ---------- */

static void method_sig_str(Checker *c, const char *name, Type *sig, SBuf *b)
{
    char ts[ES];
    if (!sig || sig->kind != T_FUNC) {
        sb_put(b, name);
        sb_put(b, "(invalid type)");
        return;
    }
    check_tstr(c, sig, ts, sizeof ts);
    sb_put(b, name);
    sb_put(b, ts + 4); /* drop "func" */
}

/* "T does not implement I (missing method M)" and friends. */
static bool implements_cause(Checker *c, Type *t, Type *iface, SBuf *b)
{
    char why[256], ts[ES], is[ES];
    if (types_implements(t, iface, why, sizeof why)) return true;
    check_tstr(c, t, ts, sizeof ts);
    check_tstr(c, iface, is, sizeof is);
    sb_printf(b, "%s does not implement %s (%s)", ts, is, why);
    if (strncmp(why, "wrong type for method ", 22) == 0) {
        const char *m = why + 22;
        TypesLookup r;
        Method *want = types_find_method(types_under(iface), m);
        if (types_lookup(t, m, &r) && r.method && want) {
            sb_put(b, "\n\t\thave ");
            method_sig_str(c, m, r.method->sig, b);
            sb_put(b, "\n\t\twant ");
            method_sig_str(c, m, want->sig, b);
        }
    }
    return false;
}

bool check_assignable(Checker *c, Node *x, Type *t, char *cause, size_t n)
{
    SBuf b = {cause, 0, n};
    if (n) cause[0] = 0;
    Type *v = x->type;
    if (!v || !t) return false;
    if (v == t) return true;
    if (v->kind == T_INVALID || t->kind == T_INVALID) return true;   /* already reported */
    Type *vu = types_under(v), *tu = types_under(t);
    if (types_is_untyped(v)) {
        ConstVal val;
        Repr r;
        return implicit_type(c, x, t, &val, &r) != NULL;
    }
    if (vu == tu && (!v->name || !t->name)) return true;
    if (tu->kind == T_INTERFACE) return implements_cause(c, v, tu == t ? t : t, &b);
    if (vu->kind == T_INTERFACE) {
        char why[64];
        if (types_implements(t, vu, why, sizeof why)) sb_put(&b, "need type assertion");
        return false;
    }
    if (vu->kind == T_CHAN && vu->dir == CHAN_BOTH && tu->kind == T_CHAN && vu->elem == tu->elem)
        return !v->name || !t->name;
    return false;
}

/* go/types' assignment(): x is used as a value of type t in context. */
void check_assign_to(Checker *c, Node *x, Type *t, const char *context)
{
    if (x->mode == MODE_INVALID) return;
    if (!check_single_value(c, x)) return;
    char os[OS], ts[ES];
    if (t && t->kind == T_INVALID) return;
    if (types_is_untyped(x->type)) {
        Type *target = t;
        if (is_nil(x)) {
            if (!t) {
                check_error(c, check_start_pos(x), "use of untyped nil in %s", context);
                invalid(x);
                return;
            }
        } else if (!t || types_under(t)->kind == T_INTERFACE) {
            target = types_default(c->tt, x->type);
        }
        ConstVal v = x->cv;
        Repr r;
        Type *nt = implicit_type(c, x, target, &v, &r);
        if (!nt) {
            check_ostr(c, x, os, sizeof os);
            check_tstr(c, target, ts, sizeof ts);
            const char *suffix = r == REPR_TRUNCATED ? " (truncated)" : r == REPR_OVERFLOW ? " (overflows)" : "";
            check_error(c, check_start_pos(x), "cannot use %s as %s value in %s%s", os, ts, context, suffix);
            invalid(x);
            return;
        }
        if (x->mode == MODE_CONST) x->cv = v;
        if (nt != x->type) check_set_type(c, x, nt);
        if (is_nil(x) && t) x->type = t;
    }
    if (!t) return;
    char cause[1024];
    if (!check_assignable(c, x, t, cause, sizeof cause)) {
        check_ostr(c, x, os, sizeof os);
        check_tstr(c, t, ts, sizeof ts);
        if (cause[0])
            check_error(c, check_start_pos(x), "cannot use %s as %s value in %s: %s", os, ts, context, cause);
        else
            check_error(c, check_start_pos(x), "cannot use %s as %s value in %s", os, ts, context);
        invalid(x);
    }
}

/* ---------- single values ---------- */

bool check_single_value(Checker *c, Node *n)
{
    char os[OS], es[ES];
    switch (n->mode) {
    case MODE_INVALID: return false;
    case MODE_NOVALUE:
        check_error(c, check_start_pos(n), "%s (no value) used as value", check_estr(c, n, es, sizeof es));
        invalid(n);
        return false;
    case MODE_BUILTIN:
        check_error(c, check_start_pos(n), "%s must be called", check_ostr(c, n, os, sizeof os));
        invalid(n);
        return false;
    case MODE_TYPE:
        check_error(c, check_start_pos(n), "%s (type) is not an expression", check_estr(c, n, es, sizeof es));
        invalid(n);
        return false;
    case MODE_PKG:
        check_error(c, check_start_pos(n), "use of package %s without selector", check_estr(c, n, es, sizeof es));
        invalid(n);
        return false;
    default: break;
    }
    if (n->type && n->type->kind == T_TUPLE) {
        check_error(c, check_start_pos(n), "multiple-value %s in single-value context",
                    check_ostr(c, n, os, sizeof os));
        invalid(n);
        return false;
    }
    return true;
}

void check_rvalue(Checker *c, Node *n)
{
    check_expr(c, n);
    check_single_value(c, n);
}

void check_multi(Checker *c, Node *n)
{
    check_expr(c, n);
    if (n->mode == MODE_INVALID) return;
    if (n->type && n->type->kind == T_TUPLE) return;
    check_single_value(c, n);
}

/* ---------- identifiers ---------- */

static void add_capture(Checker *c, FuncCtx *f, Symbol *sym)
{
    for (int i = 0; i < f->ncaptures; i++)
        if (f->captures[i] == sym) return;
    if (f->ncaptures == f->capcaptures) {
        int nc = f->capcaptures ? f->capcaptures * 2 : 4;
        Symbol **nv = arena_alloc(c->arena, (size_t)nc * sizeof *nv);
        if (f->ncaptures) memcpy(nv, f->captures, (size_t)f->ncaptures * sizeof *nv);
        f->captures = nv;
        f->capcaptures = nc;
    }
    f->captures[f->ncaptures++] = sym;
}

/* A use of sym from the current function: captures and init dependencies. */
void check_use_sym(Checker *c, Symbol *sym)
{
    if (sym->kind == SYM_VAR && !sym->global && sym->func && c->fn && sym->func != c->fn->node) {
        sym->captured = true;
        for (FuncCtx *f = c->fn; f && f->node != sym->func; f = f->outer) add_capture(c, f, sym);
    }
    if (sym->global) check_record_dep(c, sym);
}

static void ident(Checker *c, Node *n)
{
    if (!n->name || strcmp(n->name, "_") == 0) {
        check_error(c, n->pos, "cannot use _ as value");
        invalid(n);
        return;
    }
    Symbol *sym = scope_lookup(c, n->name, NULL);
    if (!sym) {
        check_error(c, n->pos, "undefined: %s", n->name);
        invalid(n);
        return;
    }
    n->sym = sym;
    CSym *o = (CSym *)sym;
    if (o->state == OBJ_TODO) check_resolve_obj(c, o);
    else if (o->state == OBJ_RESOLVING && sym->kind != SYM_TYPE) check_resolve_obj(c, o);
    switch (sym->kind) {
    case SYM_VAR:
        sym->used = true;
        check_use_sym(c, sym);
        n->mode = MODE_VAR;
        n->type = sym->type;
        if (!n->type || n->type->kind == T_INVALID) invalid(n);
        return;
    case SYM_CONST:
        sym->used = true;
        if (!sym->pkg && strcmp(sym->name, "iota") == 0) {
            if (c->iota < 0) {
                check_error(c, n->pos, "cannot use iota outside constant declaration");
                invalid(n);
                return;
            }
            n->mode = MODE_CONST;
            n->type = c->tt->t_untyped_int;
            n->cv = cv_int(c->iota);
            return;
        }
        n->mode = MODE_CONST;
        n->type = sym->type;
        n->cv = sym->cv;
        if (!n->type || n->type->kind == T_INVALID) invalid(n);
        return;
    case SYM_TYPE: {
        Type *t = check_type(c, n);
        n->mode = t == c->tt->t_invalid ? MODE_INVALID : MODE_TYPE;
        n->type = t;
        return;
    }
    case SYM_FUNC:
        sym->used = true;
        check_use_sym(c, sym);
        n->mode = MODE_VALUE;
        n->type = sym->type;
        if (check_is_generic(sym) && !c->generic_ok) {
            check_generic_without_inst(c, n, sym);
            invalid(n);
            return;
        }
        c->generic_ok = false;
        if (!n->type || n->type->kind == T_INVALID) invalid(n);
        return;
    case SYM_PKG:
        sym->used = true;
        n->mode = MODE_PKG;
        n->type = NULL;
        return;
    case SYM_BUILTIN:
        n->mode = MODE_BUILTIN;
        n->type = NULL;
        n->builtin = sym->builtin;
        return;
    case SYM_NIL:
        n->mode = MODE_VALUE;
        n->type = c->tt->t_untyped_nil;
        return;
    default: invalid(n); return;
    }
}

static void basic_lit(Checker *c, Node *n)
{
    if (n->flags & NF_BAD) {   /* lexical error already reported */
        invalid(n);
        return;
    }
    if (n->op == TK_IMAG) {
        check_error(c, n->pos, "complex numbers are not supported by gocafe");
        invalid(n);
        return;
    }
    ConstVal v;
    if (!cv_from_lit(c->arena, n->op, n->lit, n->litlen, &v)) {
        if (n->op == TK_INT) check_error(c, n->pos, "integer constant overflow");
        else check_error(c, n->pos, "invalid literal %.*s", n->litlen, n->lit ? n->lit : "");
        invalid(n);
        return;
    }
    n->mode = MODE_CONST;
    n->cv = v;
    switch (n->op) {
    case TK_INT: n->type = c->tt->t_untyped_int; break;
    case TK_FLOAT: n->type = c->tt->t_untyped_float; break;
    case TK_CHAR: n->type = c->tt->t_untyped_rune; break;
    default: n->type = c->tt->t_untyped_string; break;
    }
}

/* ---------- unary ---------- */

/* Marks the variable whose storage an address expression refers to. */
void check_mark_addr(Node *n)
{
    for (int i = 0; n && i < 1000; i++) {
        switch (n->kind) {
        case N_PAREN: n = n->x; continue;
        case N_IDENT:
            if (n->sym && n->sym->kind == SYM_VAR) n->sym->addr_taken = true;
            return;
        case N_SELECTOR:
            if (!n->sel || n->sel->kind != SEL_FIELD || !n->x || !n->x->type) return;
            if (n->x->type->kind == T_POINTER) return;
            for (int k = 0; k < n->sel->npath - 1; k++) (void)k;
            n = n->x;
            continue;
        case N_INDEX:
            if (!n->x || !n->x->type || n->x->type->kind != T_ARRAY) return;
            n = n->x;
            continue;
        default: return;
        }
    }
}

static bool ops_allowed(TokKind op, Type *t)
{
    switch (op) {
    case TK_ADD: return types_is_numeric(t) || types_is_string(t);
    case TK_SUB: case TK_MUL: case TK_QUO: return types_is_numeric(t);
    case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT: return types_is_integer(t);
    case TK_LAND: case TK_LOR: return t && (t->kind == T_BOOL || t->kind == T_UNTYPED_BOOL);
    default: return false;
    }
}

/* A typed constant's value must fit its type ("... overflows int8"). */
static void check_const_overflow(Checker *c, Node *n)
{
    if (n->mode != MODE_CONST || !n->type || types_is_untyped(n->type)) return;
    ConstVal v;
    Repr r = cv_represent(n->cv, types_under(n->type), &v);
    if (r == REPR_OK) {
        n->cv = v;
        return;
    }
    report_conv(c, n, n->type, r == REPR_INVALID ? REPR_OVERFLOW : r);
    invalid(n);
}

static void unary(Checker *c, Node *n)
{
    char os[OS];
    Node *x = n->x;
    if (!x) { invalid(n); return; }
    if (n->op == TK_AND) {
        Node *u = x;
        while (u && u->kind == N_PAREN) u = u->x;
        if (u && u->kind == N_COMPOSITE) {
            check_expr(c, x);
            if (x->mode == MODE_INVALID) { invalid(n); return; }
            n->mode = MODE_VALUE;
            n->type = types_pointer(c->tt, x->type);
            return;
        }
        check_expr(c, x);
        if (x->mode == MODE_INVALID) { invalid(n); return; }
        if (!check_single_value(c, x)) { invalid(n); return; }
        if (x->mode != MODE_VAR) {
            check_error(c, check_start_pos(x), "invalid operation: cannot take address of %s", check_ostr(c, x, os, sizeof os));
            invalid(n);
            return;
        }
        check_mark_addr(x);
        n->mode = MODE_VALUE;
        n->type = types_pointer(c->tt, x->type);
        return;
    }
    if (n->op == TK_ARROW) {
        check_rvalue(c, x);
        if (x->mode == MODE_INVALID) { invalid(n); return; }
        Type *u = types_under(x->type);
        if (!u || u->kind != T_CHAN) {
            check_error(c, check_start_pos(x), "invalid operation: cannot receive from non-channel %s",
                        check_ostr(c, x, os, sizeof os));
            invalid(n);
            return;
        }
        if (u->dir == CHAN_SEND) {
            check_error(c, check_start_pos(x), "invalid operation: cannot receive from send-only channel %s",
                        check_ostr(c, x, os, sizeof os));
            invalid(n);
            return;
        }
        n->mode = MODE_COMMAOK;
        n->type = u->elem;
        return;
    }
    check_rvalue(c, x);
    if (x->mode == MODE_INVALID) { invalid(n); return; }
    Type *t = x->type;
    bool ok = n->op == TK_NOT ? (types_under(t)->kind == T_BOOL || t->kind == T_UNTYPED_BOOL)
            : n->op == TK_XOR ? types_is_integer(t)
                              : types_is_numeric(t);
    if (!ok) {
        check_error(c, check_start_pos(x), "invalid operation: operator %s not defined on %s", tok_str(n->op),
                    check_ostr(c, x, os, sizeof os));
        invalid(n);
        return;
    }
    n->type = t;
    if (x->mode == MODE_CONST) {
        ConstVal v;
        bool uns = types_is_unsigned(t);
        if (!cv_unary(n->op, x->cv, types_int_bits(t), uns, &v)) {
            check_error(c, n->pos, "constant overflow");
            invalid(n);
            return;
        }
        n->mode = MODE_CONST;
        n->cv = v;
        check_const_overflow(c, n);
        return;
    }
    n->mode = MODE_VALUE;
}

/* ---------- binary ---------- */

static bool is_comparison(TokKind op)
{
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

static bool all_basic(Type *t) { Type *u = types_under(t); return u && u->kind >= T_BOOL && u->kind <= T_UNTYPED_NIL; }
static bool all_bool(Type *t) { Type *u = types_under(t); return u && (u->kind == T_BOOL || u->kind == T_UNTYPED_BOOL); }
static bool all_string(Type *t) { return types_is_string(types_under(t)); }

/* matchTypes: may an untyped operand convert to the other's type? */
static bool may_convert(Node *x, Node *y)
{
    if (!types_is_untyped(x->type) && !types_is_untyped(y->type)) return false;
    if (all_basic(x->type) != all_basic(y->type)) return false;
    if (all_bool(x->type) != all_bool(y->type)) return false;
    if (all_string(x->type) != all_string(y->type)) return false;
    if (is_nil(x)) return has_nil(y->type);
    if (is_nil(y)) return has_nil(x->type);
    if (types_under(x->type)->kind == T_POINTER || types_under(y->type)->kind == T_POINTER) return false;
    return true;
}

static const char *kind_string(Checker *c, Type *t, char *buf, size_t n)
{
    switch (types_under(t)->kind) {
    case T_SLICE: return "slice";
    case T_FUNC: return "func";
    case T_MAP: return "map";
    case T_CHAN: return "chan";
    case T_STRUCT: return "struct";
    case T_POINTER: return "pointer";
    case T_INTERFACE: return "interface";
    default: return check_tstr(c, t, buf, n);
    }
}

/* go/types' comparable() report: the innermost reason a type is not comparable. */
static void incomparable_cause(Checker *c, Type *t, char *buf, size_t n)
{
    char ts[ES];
    for (int guard = 0; t && guard < 100; guard++) {
        Type *u = types_under(t);
        if (u->kind == T_STRUCT) {
            Type *bad = NULL;
            for (int i = 0; i < u->nfields && !bad; i++)
                if (!types_comparable(u->fields[i].type)) bad = u->fields[i].type;
            if (!bad) break;
            Type *bu = types_under(bad);
            if (bu->kind == T_STRUCT || bu->kind == T_ARRAY) {
                t = bad;
                continue;
            }
            snprintf(buf, n, "struct containing %s cannot be compared", check_tstr(c, bad, ts, sizeof ts));
            return;
        }
        if (u->kind == T_ARRAY) {
            Type *eu = types_under(u->elem);
            if (eu->kind == T_STRUCT || eu->kind == T_ARRAY) {
                t = u->elem;
                continue;
            }
            snprintf(buf, n, "%s cannot be compared", check_tstr(c, t, ts, sizeof ts));
            return;
        }
        break;
    }
    snprintf(buf, n, "%s cannot be compared", check_tstr(c, t, ts, sizeof ts));
}

static bool ordered(Type *t)
{
    return types_is_numeric(types_under(t)) || types_is_string(types_under(t));
}

/* The comparison x op y; switch_tag non-NULL for "invalid case" wording. */
void check_comparison(Checker *c, Node *n, Node *x, Node *y, TokKind op, Node *switch_tag, bool tagless)
{
    char cause[512] = "", es[ES], es2[ES], ts[ES], ts2[ES];
    Node *errop = x;
    char why[512];
    bool ok = check_assignable(c, x, y->type, why, sizeof why) || check_assignable(c, y, x->type, why, sizeof why);
    if (!ok) {
        errop = y;
        snprintf(cause, sizeof cause, "mismatched types %s and %s", check_tstr(c, x->type, ts, sizeof ts),
                 check_tstr(c, y->type, ts2, sizeof ts2));
        goto fail;
    }
    if (op == TK_EQL || op == TK_NEQ) {
        if (is_nil_lit(x) && is_nil_lit(y)) {
            snprintf(cause, sizeof cause, "operator %s not defined on nil", tok_str(op));
            goto fail;
        }
        if (is_nil_lit(x) || is_nil_lit(y)) {
            Type *t = is_nil_lit(x) ? y->type : x->type;
            if (!has_nil(t)) {
                errop = y;
                goto fail;
            }
        } else if (!types_comparable(x->type) || !types_comparable(y->type)) {
            errop = !types_comparable(x->type) ? x : y;
            Type *u = types_under(errop->type);
            if (u->kind == T_SLICE || u->kind == T_FUNC || u->kind == T_MAP)
                snprintf(cause, sizeof cause, "%s can only be compared to nil", kind_string(c, errop->type, ts, sizeof ts));
            else if (u->kind == T_STRUCT || u->kind == T_ARRAY)
                incomparable_cause(c, errop->type, cause, sizeof cause);
            goto fail;
        }
    } else {
        if (!ordered(x->type)) { errop = x; goto fail; }
        if (!ordered(y->type)) { errop = y; goto fail; }
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cv = cv_bool(cv_compare(op, x->cv, y->cv));
    } else {
        n->mode = MODE_VALUE;
        check_default(c, x);
        check_default(c, y);
        if (is_nil_lit(x)) x->type = y->type;
        if (is_nil_lit(y)) y->type = x->type;
    }
    n->type = c->tt->t_untyped_bool;
    return;
fail:
    if (!cause[0])
        snprintf(cause, sizeof cause, "operator %s not defined on %s", tok_str(op),
                 kind_string(c, errop->type, ts, sizeof ts));
    if (switch_tag || tagless) {
        if (tagless)
            check_error(c, check_start_pos(x), "invalid case %s in switch on true (%s)", check_estr(c, x, es, sizeof es), cause);
        else
            check_error(c, check_start_pos(x), "invalid case %s in switch on %s (%s)", check_estr(c, x, es, sizeof es),
                        check_estr(c, switch_tag, es2, sizeof es2), cause);
    } else {
        check_error(c, check_start_pos(errop), "invalid operation: %s %s %s (%s)", check_estr(c, x, es, sizeof es),
                    tok_str(op), check_estr(c, y, es2, sizeof es2), cause);
    }
    invalid(n);
}

static void shift(Checker *c, Node *n, Node *x, Node *y)
{
    char os[OS];
    bool xint_const = x->mode == MODE_CONST && types_is_untyped(x->type) && cv_is_int_valued(x->cv);
    if (!(types_is_integer(types_under(x->type)) || xint_const)) {
        check_error(c, check_start_pos(x), "invalid operation: shifted operand %s must be integer",
                    check_ostr(c, x, os, sizeof os));
        invalid(n);
        return;
    }
    ConstVal yv = {0};
    if (y->mode == MODE_CONST) {
        if (!cv_is_int_valued(y->cv) && types_is_untyped(y->type)) {
            ConstVal tmp;
            if (cv_represent(y->cv, c->tt->t_uint, &tmp) != REPR_OK) {
                report_conv(c, y, c->tt->t_uint, REPR_TRUNCATED);
                invalid(n);
                return;
            }
        }
        yv = cv_to_int(y->cv);
        if (yv.kind == CV_INT && yv.i < 0) {
            check_error(c, check_start_pos(y), "invalid operation: negative shift count %s",
                        check_ostr(c, y, os, sizeof os));
            invalid(n);
            return;
        }
        if (types_is_untyped(y->type)) check_convert_untyped(c, y, c->tt->t_uint);
        if (y->mode == MODE_INVALID) { invalid(n); return; }
        if (!types_is_integer(types_under(y->type))) {
            check_error(c, check_start_pos(y), "invalid operation: shift count %s must be integer",
                        check_ostr(c, y, os, sizeof os));
            invalid(n);
            return;
        }
    } else {
        if (types_is_untyped(y->type)) {
            check_convert_untyped(c, y, c->tt->t_uint);
            if (y->mode == MODE_INVALID) { invalid(n); return; }
        } else if (!types_is_integer(types_under(y->type))) {
            check_error(c, check_start_pos(y), "invalid operation: shift count %s must be integer",
                        check_ostr(c, y, os, sizeof os));
            invalid(n);
            return;
        }
    }
    if (x->mode == MODE_CONST) {
        if (y->mode == MODE_CONST) {
            if (yv.i > 1074) {
                check_error(c, check_start_pos(y), "invalid operation: invalid shift count %s",
                            check_ostr(c, y, os, sizeof os));
                invalid(n);
                return;
            }
            Type *t = x->type;
            if (types_is_untyped(t) && !types_is_integer(t)) t = c->tt->t_untyped_int;
            ConstVal v;
            bool ok = cv_shift(n->op, cv_to_int(x->cv), (unsigned)yv.i, &v);
            if (!ok && n->op == TK_SHL) {
                /* past 128 bits: keep the magnitude (Go's constants have 512) */
                v = cv_float(ldexpl(cv_to_float(x->cv).f, (int)yv.i));
                ok = isfinite(v.f);
            }
            if (!ok) {
                if (types_is_untyped(t)) check_error(c, check_start_pos(x), "constant shift overflow");
                else {
                    char es[ES], ts[ES];
                    check_error(c, check_start_pos(x), "%s (constant of type %s) overflows %s",
                                check_estr(c, n, es, sizeof es), check_tstr(c, t, ts, sizeof ts), ts);
                }
                invalid(n);
                return;
            }
            n->mode = MODE_CONST;
            n->type = t;
            n->cv = v;
            if (x->type != t) x->type = t;
            check_const_overflow(c, n);
            return;
        }
        if (types_is_untyped(x->type)) {
            /* the type comes from the context (check_set_type) */
            n->mode = MODE_VALUE;
            n->type = x->type->kind == T_UNTYPED_FLOAT ? c->tt->t_untyped_int : x->type;
            return;
        }
    }
    if (!types_is_integer(types_under(x->type))) {
        check_error(c, check_start_pos(x), "invalid operation: shifted operand %s must be integer",
                    check_ostr(c, x, os, sizeof os));
        invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = x->type;
}

/* x op y with x already checked. */
static void binary_rest(Checker *c, Node *n)
{
    Node *x = n->x, *y = n->y;
    n->mode = MODE_INVALID;
    if (!x || !y) { invalid(n); return; }
    check_rvalue(c, y);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) { invalid(n); return; }
    TokKind op = n->op;
    if (op == TK_SHL || op == TK_SHR) {
        shift(c, n, x, y);
        return;
    }
    if (may_convert(x, y)) {
        check_convert_untyped(c, x, y->type);
        if (x->mode == MODE_INVALID) { invalid(n); return; }
        check_convert_untyped(c, y, x->type);
        if (y->mode == MODE_INVALID) { invalid(n); return; }
    }
    if (is_comparison(op)) {
        check_comparison(c, n, x, y, op, NULL, false);
        return;
    }
    char es[ES], ts[ES], ts2[ES], os[OS];
    if (x->type != y->type) {
        if (x->type->kind != T_INVALID && y->type->kind != T_INVALID) {
            if (n->flags & NF_CHECK_OPASSIGN) {   /* x op= y prints as written */
                char es2[ES];
                snprintf(es, sizeof es, "%s %s= %s", check_estr(c, x, ts, sizeof ts), tok_str(op),
                         check_estr(c, y, es2, sizeof es2));
            } else {
                check_estr(c, n, es, sizeof es);
            }
            check_error(c, check_start_pos(x), "invalid operation: %s (mismatched types %s and %s)", es,
                        check_tstr(c, x->type, ts, sizeof ts), check_tstr(c, y->type, ts2, sizeof ts2));
        }
        invalid(n);
        return;
    }
    if (!ops_allowed(op, types_under(x->type))) {
        check_error(c, check_start_pos(x), "invalid operation: operator %s not defined on %s", tok_str(op),
                    check_ostr(c, x, os, sizeof os));
        invalid(n);
        return;
    }
    if ((op == TK_QUO || op == TK_REM) && (x->mode == MODE_CONST || types_is_integer(x->type)) &&
        y->mode == MODE_CONST && cv_is_zero(y->cv)) {
        check_error(c, check_start_pos(y), "invalid operation: division by zero");
        invalid(n);
        return;
    }
    n->type = x->type;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        ConstVal v;
        bool intdiv = types_is_integer(x->type);
        bool ok = cv_binary(c->arena, op, x->cv, y->cv, intdiv, &v);
        if (!ok && x->cv.kind == CV_INT && y->cv.kind == CV_INT && (op == TK_ADD || op == TK_SUB || op == TK_MUL)) {
            /* past 128 bits: keep the magnitude (Go's constants have 512) */
            ok = cv_binary(c->arena, op, cv_to_float(x->cv), cv_to_float(y->cv), false, &v);
        }
        if (!ok) {
            check_error(c, check_start_pos(x), "constant %s overflow",
                        op == TK_MUL ? "multiplication" : op == TK_ADD ? "addition" : op == TK_SUB ? "subtraction" : "division");
            invalid(n);
            return;
        }
        n->mode = MODE_CONST;
        n->cv = v;
        check_const_overflow(c, n);
        return;
    }
    n->mode = MODE_VALUE;
}

/* Long left-deep chains (a + b + c + ...) are walked iteratively, so their
 * length does not cost C stack. */
static void binary(Checker *c, Node *n)
{
    int depth = 0;
    Node *leaf = n;
    while (leaf->kind == N_BINARY && leaf->x) {
        depth++;
        leaf = leaf->x;
    }
    Node **spine = xmalloc((size_t)depth * sizeof *spine);
    Node *m = n;
    for (int i = depth - 1; i >= 0; i--) {
        spine[i] = m;
        m = m->x;
    }
    check_rvalue(c, leaf);
    for (int i = 0; i < depth; i++) binary_rest(c, spine[i]);
    free(spine);
}

/* ---------- index and slice ---------- */

/* An index operand: integer, non-negative, < max when constant (max < 0: unknown). */
bool check_index(Checker *c, Node *i, int64_t max, int64_t *val)
{
    char os[OS];
    *val = -1;
    check_rvalue(c, i);
    if (i->mode == MODE_INVALID) return false;
    if (types_is_untyped(i->type)) {
        /* "a constant index that is untyped is given type int" */
        check_convert_untyped(c, i, c->tt->t_int);
        if (i->mode == MODE_INVALID) return false;
    }
    if (!types_is_integer(types_under(i->type))) {
        check_error(c, check_start_pos(i), "invalid argument: index %s must be integer", check_ostr(c, i, os, sizeof os));
        invalid(i);
        return false;
    }
    if (i->mode == MODE_CONST) {
        ConstVal v = cv_to_int(i->cv);
        if (v.i < 0) {
            check_error(c, check_start_pos(i), "invalid argument: index %s must not be negative",
                        check_ostr(c, i, os, sizeof os));
            invalid(i);
            return false;
        }
        if (max >= 0 && v.i >= max) {
            char es[ES];
            check_error(c, check_start_pos(i), "invalid argument: index %s out of bounds [0:%lld]",
                        check_estr(c, i, es, sizeof es), (long long)max);
            invalid(i);
            return false;
        }
        *val = (int64_t)v.i;
    }
    return true;
}

static void index_expr(Checker *c, Node *n)
{
    char os[OS];
    Node *x = n->x;
    if (!x || !n->y) { invalid(n); return; }
    Symbol *gs = check_generic_sym(c, x);
    if (gs && gs->kind == SYM_TYPE) {   /* List[int] as an expression: a type */
        Type *t = check_type(c, n);
        n->type = t;
        n->mode = t == c->tt->t_invalid ? MODE_INVALID : MODE_TYPE;
        return;
    }
    if (gs && gs->kind == SYM_FUNC) {   /* F[int]: an instance, as a value */
        Type *targs[16];
        bool partial = false;
        CSym *in = check_instantiate_func_expr(c, n, targs, &partial);
        if (!in || partial) {
            if (in) check_error(c, check_start_pos(n), "in call to %s, cannot infer type arguments", gs->name);
            invalid(n);
            return;
        }
        gs->used = true;
        check_use_sym(c, &in->s);
        /* the node becomes a reference to the instance */
        n->kind = N_IDENT;
        n->name = in->s.name;
        n->sym = &in->s;
        n->x = n->y = NULL;
        n->list = NULL;
        n->nlist = 0;
        n->mode = MODE_VALUE;
        n->type = in->s.type;
        if (!n->type || n->type->kind == T_INVALID) invalid(n);
        return;
    }
    check_expr(c, x);
    if (x->mode == MODE_INVALID) { check_expr(c, n->y); invalid(n); return; }
    if (x->mode == MODE_TYPE) {
        char es[ES];
        check_error(c, check_start_pos(x), "%s is not a generic type", check_estr(c, x, es, sizeof es));
        invalid(n);
        return;
    }
    if (!check_single_value(c, x)) { invalid(n); return; }
    Type *u = types_under(x->type);
    int64_t iv;
    switch (u->kind) {
    case T_STRING: case T_UNTYPED_STRING: {
        int64_t max = x->mode == MODE_CONST ? x->cv.slen : -1;
        if (!check_index(c, n->y, max, &iv)) { invalid(n); return; }
        if (x->mode == MODE_CONST && n->y->mode == MODE_CONST) {
            n->mode = MODE_CONST;
            n->cv = cv_int((unsigned char)x->cv.s[iv]);
            n->mode = MODE_VALUE;  /* indexing a constant string is not constant */
        } else {
            n->mode = MODE_VALUE;
        }
        check_default(c, x);
        n->type = c->tt->t_uint8;
        return;
    }
    case T_ARRAY:
        if (!check_index(c, n->y, u->len, &iv)) { invalid(n); return; }
        n->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
        n->type = u->elem;
        return;
    case T_POINTER:
        if (u->elem && types_under(u->elem)->kind == T_ARRAY) {
            if (!check_index(c, n->y, types_under(u->elem)->len, &iv)) { invalid(n); return; }
            n->mode = MODE_VAR;
            n->type = types_under(u->elem)->elem;
            return;
        }
        break;
    case T_SLICE:
        if (!check_index(c, n->y, -1, &iv)) { invalid(n); return; }
        n->mode = MODE_VAR;
        n->type = u->elem;
        return;
    case T_MAP:
        check_expr_hint(c, n->y, u->key);
        if (n->y->mode == MODE_INVALID) { invalid(n); return; }
        check_assign_to(c, n->y, u->key, "map index");
        if (n->y->mode == MODE_INVALID) { invalid(n); return; }
        n->mode = MODE_MAPINDEX;
        n->type = u->elem;
        return;
    default: break;
    }
    check_error(c, n->oppos, "invalid operation: cannot index %s", check_ostr(c, x, os, sizeof os));
    check_expr(c, n->y);
    invalid(n);
}

static void slice_expr(Checker *c, Node *n)
{
    char os[OS], es[ES];
    Node *x = n->x;
    if (!x) { invalid(n); return; }
    check_rvalue(c, x);
    Node *idx[3] = {n->y, n->z, n->w};
    if (x->mode == MODE_INVALID) {
        for (int i = 0; i < 3; i++)
            if (idx[i]) check_expr(c, idx[i]);
        invalid(n);
        return;
    }
    Type *u = types_under(x->type);
    int64_t max = -1;
    bool slice3 = (n->flags & NF_SLICE3) != 0;
    switch (u->kind) {
    case T_STRING: case T_UNTYPED_STRING:
        if (slice3) {
            check_error(c, check_start_pos(n->w ? n->w : n), "invalid operation: 3-index slice of string");
            invalid(n);
            return;
        }
        if (x->mode == MODE_CONST) max = x->cv.slen + 1;
        check_default(c, x);
        n->type = u->kind == T_UNTYPED_STRING ? c->tt->t_string : x->type;
        break;
    case T_ARRAY:
        if (x->mode != MODE_VAR) {
            check_error(c, check_start_pos(x), "invalid operation: %s (slice of unaddressable value)",
                        check_estr(c, n, es, sizeof es));
            invalid(n);
            return;
        }
        check_mark_addr(x);
        max = u->len + 1;
        n->type = types_slice(c->tt, u->elem);
        break;
    case T_POINTER:
        if (u->elem && types_under(u->elem)->kind == T_ARRAY) {
            max = types_under(u->elem)->len + 1;
            n->type = types_slice(c->tt, types_under(u->elem)->elem);
            break;
        }
        /* fallthrough */
    default:
        if (u->kind == T_SLICE) {
            n->type = x->type;
            break;
        }
        check_error(c, check_start_pos(x), "invalid operation: cannot slice %s", check_ostr(c, x, os, sizeof os));
        invalid(n);
        return;
    }
    int64_t vals[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++) {
        if (!idx[i]) continue;
        if (!check_index(c, idx[i], max, &vals[i])) { invalid(n); return; }
    }
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                check_error(c, check_start_pos(idx[j]), "invalid slice indices: %lld < %lld", (long long)vals[j],
                            (long long)vals[i]);
                invalid(n);
                return;
            }
    n->mode = MODE_VALUE;
}

/* ---------- type assertion, deref ---------- */

static void type_assert(Checker *c, Node *n)
{
    char os[OS], es[ES];
    Node *x = n->x;
    if (!x) { invalid(n); return; }
    check_rvalue(c, x);
    if (!n->y) {
        check_error(c, n->pos, "invalid syntax tree: use of .(type) outside type switch");
        invalid(n);
        return;
    }
    if (x->mode == MODE_INVALID) { check_type(c, n->y); invalid(n); return; }
    if (types_under(x->type)->kind != T_INTERFACE) {
        check_error(c, check_start_pos(x), "invalid operation: %s is not an interface", check_ostr(c, x, os, sizeof os));
        check_type(c, n->y);
        invalid(n);
        return;
    }
    Type *t = check_type(c, n->y);
    if (t == c->tt->t_invalid) { invalid(n); return; }
    if (types_under(t)->kind != T_INTERFACE) {
        char cause[512];
        SBuf b = {cause, 0, sizeof cause};
        cause[0] = 0;
        /* in a generic instance the assertion is legal Go: it fails at run time */
        if (!c->in_instance && !implements_cause(c, t, types_under(x->type), &b)) {
            /* "T does not implement I (missing method M)" names I as written */
            char ts[ES], is[ES], why[256];
            types_implements(t, types_under(x->type), why, sizeof why);
            check_error(c, check_start_pos(x), "impossible type assertion: %s\n\t%s does not implement %s (%s)",
                        check_estr(c, n, es, sizeof es), check_tstr(c, t, ts, sizeof ts),
                        check_tstr(c, x->type, is, sizeof is), why);
            invalid(n);
            return;
        }
    }
    n->mode = MODE_COMMAOK;
    n->type = t;
}

static void star(Checker *c, Node *n)
{
    char os[OS];
    Node *x = n->x;
    if (!x) { invalid(n); return; }
    check_expr(c, x);
    if (x->mode == MODE_INVALID) { invalid(n); return; }
    if (x->mode == MODE_TYPE) {
        n->mode = MODE_TYPE;
        n->type = types_pointer(c->tt, x->type);
        return;
    }
    if (!check_single_value(c, x)) { invalid(n); return; }
    if (is_nil(x)) {
        check_error(c, check_start_pos(x), "invalid operation: cannot indirect nil");
        invalid(n);
        return;
    }
    Type *u = types_under(x->type);
    if (u->kind != T_POINTER) {
        check_error(c, check_start_pos(x), "invalid operation: cannot indirect %s", check_ostr(c, x, os, sizeof os));
        invalid(n);
        return;
    }
    n->mode = MODE_VAR;
    n->type = u->elem;
}

/* ---------- function literals ---------- */

void check_funclit(Checker *c, Node *n)
{
    Type *sig = check_func_type(c, n->x, NULL);
    if (sig == c->tt->t_invalid) { invalid(n); return; }
    n->mode = MODE_VALUE;
    n->type = sig;
    if (n->y) check_func_body(c, n, sig, NULL, n->x, n->y);
}

/* ---------- dispatch ---------- */

void check_expr_hint(Checker *c, Node *n, Type *hint)
{
    if (n && n->kind == N_COMPOSITE && !n->x && hint) {
        check_composite(c, n, hint);
        return;
    }
    check_expr(c, n);
}

void check_expr(Checker *c, Node *n)
{
    if (!n) return;
    if (++c->depth > CHECK_MAX_DEPTH) {
        if (c->depth == CHECK_MAX_DEPTH + 1) check_error(c, n->pos, "expression nesting too deep");
        c->depth--;
        invalid(n);
        return;
    }
    n->mode = MODE_INVALID;
    switch (n->kind) {
    case N_IDENT: ident(c, n); break;
    case N_BASICLIT: basic_lit(c, n); break;
    case N_COMPOSITE:
        if (!n->x) {
            check_error(c, n->pos, "invalid composite literal type: missing type");
            invalid(n);
            break;
        }
        check_composite(c, n, NULL);
        break;
    case N_FUNCLIT: check_funclit(c, n); break;
    case N_PAREN:
        check_expr(c, n->x);
        if (n->x) {
            n->mode = n->x->mode;
            n->type = n->x->type;
            n->cv = n->x->cv;
            n->builtin = n->x->builtin;
            n->sym = n->x->sym;
        }
        break;
    case N_SELECTOR: check_selector(c, n); break;
    case N_INDEX: index_expr(c, n); break;
    case N_SLICEEXPR: slice_expr(c, n); break;
    case N_TYPEASSERT: type_assert(c, n); break;
    case N_CALL: check_call(c, n); break;
    case N_STAR: star(c, n); break;
    case N_UNARY: unary(c, n); break;
    case N_BINARY: binary(c, n); break;
    case N_KEYVALUE:
        check_error(c, n->pos, "unexpected key:value expression");
        invalid(n);
        break;
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE: case N_MAPTYPE:
    case N_CHANTYPE: {
        Type *t = check_type(c, n);
        n->type = t;
        n->mode = t == c->tt->t_invalid ? MODE_INVALID : MODE_TYPE;
        break;
    }
    case N_ELLIPSIS:
        check_error(c, n->pos, "invalid use of ...");
        invalid(n);
        break;
    default: invalid(n); break;
    }
    if (n->mode != MODE_INVALID && n->mode != MODE_TYPE && n->mode != MODE_PKG && n->mode != MODE_BUILTIN &&
        n->mode != MODE_NOVALUE && !n->type)
        n->mode = MODE_INVALID;
    c->depth--;
}
