/* check_sel.c - selectors (package members, fields through embedded structs,
 * methods, method values and method expressions) and composite literals.
 *
 * A selector's resolution is recorded in n->sel for the compiler: the field
 * path (outermost first), the method, and whether the operand's address must
 * be taken (pointer method on an addressable value) or the operand
 * dereferenced (value method through a pointer).
 */
#include "check_int.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define ES 256
#define OS 512

static void invalid(Node *n) { n->mode = MODE_INVALID; }

/* Position of the selected name: gc reports selector errors there. */
Pos check_sel_pos(Node *n)
{
    if (n->endpos.line) return n->endpos;
    return n->pos;
}

static Selection *new_sel(Checker *c, SelKind k, TypesLookup *r)
{
    Selection *s = arena_alloc(c->arena, sizeof *s);
    s->kind = k;
    if (r) {
        s->npath = r->npath;
        if (r->npath) {
            s->path = arena_alloc(c->arena, (size_t)r->npath * sizeof *s->path);
            memcpy(s->path, r->path, (size_t)r->npath * sizeof *s->path);
        }
        s->method = r->method;
        s->recv = r->recv;
    }
    return s;
}

static bool same_fold(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return false;
    return *a == *b;
}

/* ", but does have field Foo" (current Go's hint for a case mismatch). */
static void case_hint(Type *t, const char *name, SBuf *b)
{
    Type *u = t;
    if (u->kind == T_POINTER && !u->name && u->elem) u = u->elem;
    for (int i = 0; i < u->nmethods; i++)
        if (same_fold(u->methods[i].name, name)) {
            sb_printf(b, ", but does have method %s", u->methods[i].name);
            return;
        }
    if (u->kind == T_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (same_fold(u->fields[i].name, name)) {
                sb_printf(b, ", but does have field %s", u->fields[i].name);
                return;
            }
}

static void pkg_member(Checker *c, Node *n, Symbol *psym)
{
    Package *p = psym->imported;
    psym->used = true;
    n->x->sym = psym;
    n->x->mode = MODE_PKG;
    if (!p) {             /* its import failed and was reported: no cascade */
        invalid(n);
        return;
    }
    Symbol *m = scope_lookup_local((Scope *)p->scope, n->name);
    if (!m || (m->kind == SYM_FUNC && strcmp(m->name, "init") == 0)) {
        char es[ES];
        check_error(c, check_sel_pos(n), "undefined: %s", check_estr(c, n, es, sizeof es));
        invalid(n);
        return;
    }
    if (!check_exported(n->name)) {
        check_error(c, check_sel_pos(n), "name %s not exported by package %s", n->name, p->name);
        invalid(n);
        return;
    }
    n->sym = m;
    n->sel = new_sel(c, SEL_PKG, NULL);
    if (check_is_generic(m) && (m->kind == SYM_TYPE || !c->generic_ok)) {
        check_generic_without_inst(c, n, m);
        invalid(n);
        return;
    }
    c->generic_ok = false;
    switch (m->kind) {
    case SYM_VAR: n->mode = MODE_VAR; n->type = m->type; break;
    case SYM_CONST: n->mode = MODE_CONST; n->type = m->type; n->cv = m->cv; break;
    case SYM_TYPE: n->mode = MODE_TYPE; n->type = m->type; break;
    case SYM_FUNC: n->mode = MODE_VALUE; n->type = m->type; break;
    default: invalid(n); return;
    }
    if (!n->type || n->type->kind == T_INVALID) invalid(n);
}

/* T.M / (*T).M: a function whose first parameter is the receiver. */
static void method_expr(Checker *c, Node *n, Type *t)
{
    char ts[ES], es[ES];
    TypesLookup r;
    memset(&r, 0, sizeof r);
    if (types_is_interface(t)) {
        /* I.M: func(I, params) results; the compiler makes a wrapper that
         * calls M dynamically (Selection.recv is the interface) */
        if (!types_lookup(t, n->name, &r) || r.kind != LOOKUP_IFACE_METHOD || !r.method) {
            check_error(c, check_sel_pos(n), "%s undefined (type %s has no field or method %s)",
                        check_estr(c, n, es, sizeof es), check_tstr(c, t, ts, sizeof ts), n->name);
            invalid(n);
            return;
        }
        Type *sig = r.method->sig;
        Type *ps[257];
        int np = 0;
        ps[np++] = t;
        for (int i = 0; i < sig->nparams && np < 257; i++) ps[np++] = sig->params[i];
        n->sel = new_sel(c, SEL_METHOD_EXPR, &r);
        n->sel->recv = t;
        n->mode = MODE_VALUE;
        n->type = types_func(c->tt, ps, np, sig->results, sig->nresults, sig->variadic);
        return;
    }
    bool found = types_lookup(t, n->name, &r);
    if (!found || r.kind == LOOKUP_FIELD) {
        /* gc: a field is "no method a", an unknown name "no field or method X" */
        check_error(c, check_sel_pos(n), "%s undefined (type %s has no %s %s)", check_estr(c, n, es, sizeof es),
                    check_tstr(c, t, ts, sizeof ts), found ? "method" : "field or method", n->name);
        invalid(n);
        return;
    }
    Method *m = r.method;
    bool isptr = t->kind == T_POINTER && !t->name;
    if (r.kind == LOOKUP_METHOD && m->ptr_recv && !isptr && !r.indirect) {
        char ts2[ES];
        check_tstr(c, t, ts2, sizeof ts2);
        check_error(c, check_sel_pos(n), "invalid method expression %s.%s (needs pointer receiver (*%s).%s)", ts2,
                    n->name, ts2, n->name);
        invalid(n);
        return;
    }
    Type *sig = m->sig;
    Type *ps[257];
    int np = 0;
    ps[np++] = t;
    for (int i = 0; i < sig->nparams && np < 257; i++) ps[np++] = sig->params[i];
    n->sel = new_sel(c, SEL_METHOD_EXPR, &r);
    n->sel->deref = isptr && !m->ptr_recv;
    n->mode = MODE_VALUE;
    n->type = types_func(c->tt, ps, np, sig->results, sig->nresults, sig->variadic);
}

void check_selector(Checker *c, Node *n)
{
    char es[ES], ts[ES];
    Node *x = n->x;
    if (!x || !n->name) { invalid(n); return; }
    if (x->kind == N_IDENT && x->name) {
        Symbol *s = scope_lookup(c, x->name, NULL);
        if (s && s->kind == SYM_PKG) {
            pkg_member(c, n, s);
            return;
        }
    }
    check_expr(c, x);
    if (x->mode == MODE_INVALID) { invalid(n); return; }
    if (x->mode == MODE_TYPE) {
        method_expr(c, n, x->type);
        return;
    }
    if (!check_single_value(c, x)) { invalid(n); return; }
    if (strcmp(n->name, "_") == 0) {
        check_error(c, check_sel_pos(n), "cannot refer to blank field or method");
        invalid(n);
        return;
    }
    Type *t = x->type;
    if ((t && t->kind == T_UNTYPED_NIL)) {
        check_error(c, check_sel_pos(n), "%s undefined (type untyped nil has no field or method %s)",
                    check_estr(c, n, es, sizeof es), n->name);
        invalid(n);
        return;
    }
    TypesLookup r;
    bool found = types_lookup(t, n->name, &r);
    if (found && r.kind != LOOKUP_FIELD && r.method && r.method->pkg && r.method->pkg != c->pkg->path &&
        strcmp(r.method->pkg, c->pkg->path) != 0)
        found = false, r.ambiguous = false, r.kind = LOOKUP_METHOD;
    if (!found) {
        check_estr(c, n, es, sizeof es);
        check_tstr(c, t, ts, sizeof ts);
        if (r.ambiguous) {
            check_error(c, check_sel_pos(n), "ambiguous selector %s", es);
        } else if (t->kind == T_POINTER && t->elem && types_under(t->elem)->kind == T_INTERFACE && !t->name) {
            check_error(c, check_sel_pos(n), "%s undefined (type %s is pointer to interface, not interface)", es, ts);
        } else if (r.kind == LOOKUP_METHOD && r.method) {
            check_error(c, check_sel_pos(n), "%s undefined (cannot refer to unexported method %s)", es, n->name);
        } else {
            char hint[ES] = "";
            SBuf b = {hint, 0, sizeof hint};
            case_hint(t, n->name, &b);
            check_error(c, check_sel_pos(n), "%s undefined (type %s has no field or method %s%s)", es, ts, n->name, hint);
        }
        invalid(n);
        return;
    }
    if (r.kind == LOOKUP_FIELD) {
        /* unexported field of another package's struct */
        Type *base = t->kind == T_POINTER && !t->name && t->elem ? t->elem : t;
        if (!r.field->exported && base->pkg && strcmp(base->pkg, c->pkg->path) != 0) {
            check_error(c, check_sel_pos(n), "%s undefined (cannot refer to unexported field %s)",
                        check_estr(c, n, es, sizeof es), n->name);
            invalid(n);
            return;
        }
        n->sel = new_sel(c, SEL_FIELD, &r);
        n->sel->deref = r.indirect;
        n->type = r.field->type;
        n->mode = (x->mode == MODE_VAR || r.indirect) ? MODE_VAR : MODE_VALUE;
        return;
    }
    Method *m = r.method;
    n->sel = new_sel(c, r.kind == LOOKUP_IFACE_METHOD ? SEL_IFACE_METHOD : SEL_METHOD, &r);
    if (r.kind == LOOKUP_METHOD) {
        if (m->ptr_recv && !r.indirect) {
            if (x->mode != MODE_VAR) {
                char ts2[ES];
                check_error(c, check_sel_pos(n), "cannot call pointer method %s on %s", n->name,
                            check_tstr(c, t, ts2, sizeof ts2));
                invalid(n);
                return;
            }
            n->sel->addr = true;
            check_mark_addr(x);
        } else if (!m->ptr_recv && r.indirect) {
            n->sel->deref = true;
        }
    }
    n->mode = MODE_VALUE;
    n->type = m->sig;
}

/* ---------- composite literals ---------- */

static Type *lit_type(Checker *c, Node *n, Type *hint, bool *ellipsis_len)
{
    *ellipsis_len = false;
    if (!n->x) return hint;
    Node *tn = n->x;
    if (tn->kind == N_ARRAYTYPE && (tn->flags & NF_ELLIPSIS_LEN)) {
        *ellipsis_len = true;
        Type *e = check_type(c, tn->y);
        return e == c->tt->t_invalid ? e : types_array(c->tt, e, 0);
    }
    return check_type(c, tn);
}

static void elem_value(Checker *c, Node *v, Type *t, const char *context)
{
    if (!v) return;
    Type *base = t;
    if (v->kind == N_COMPOSITE && !v->x && strcmp(context, "struct literal") == 0) {
        check_error(c, v->pos, "missing type in composite literal");
        v->mode = MODE_INVALID;
        return;
    }
    if (v->kind == N_COMPOSITE && !v->x) {
        /* elided type: T or &T for *T elements */
        if (types_under(t)->kind == T_POINTER) {   /* also a named PS *S (Go 1.18+) */
            base = types_under(t)->elem;
            check_composite(c, v, base);
            if (v->mode != MODE_INVALID) v->type = t;   /* the compiler takes its address */
            return;
        }
        check_composite(c, v, t);
        return;
    }
    if (v->kind == N_UNARY && v->op == TK_AND && v->x && v->x->kind == N_COMPOSITE && !v->x->x) {
        check_error(c, v->pos, "invalid composite literal type %s", "");
        invalid(v);
        return;
    }
    check_expr(c, v);
    check_assign_to(c, v, t, context);
}

static void struct_lit(Checker *c, Node *n, Type *t)
{
    char ts[ES], es[ES], os[OS];
    Type *u = types_under(t);
    check_tstr(c, t, ts, sizeof ts);
    bool foreign = t->pkg && strcmp(t->pkg, c->pkg->path) != 0;
    if (n->nlist == 0) return;
    bool keyed = n->list[0] && n->list[0]->kind == N_KEYVALUE;
    if (keyed) {
        bool *seen = arena_alloc(c->arena, (size_t)u->nfields + 1);
        for (int i = 0; i < n->nlist; i++) {
            Node *e = n->list[i];
            if (!e) continue;
            if (e->kind != N_KEYVALUE) {
                check_error(c, check_start_pos(e), "mixture of field:value and value elements in struct literal");
                check_expr(c, e);
                continue;
            }
            Node *k = e->x;
            if (!k || k->kind != N_IDENT) {
                check_error(c, k ? check_start_pos(k) : e->pos, "invalid field name %s in struct literal",
                            k ? check_estr(c, k, es, sizeof es) : "");
                if (e->y) check_expr(c, e->y);
                continue;
            }
            int fi = -1;
            for (int j = 0; j < u->nfields; j++)
                if (strcmp(u->fields[j].name, k->name) == 0 && strcmp(k->name, "_") != 0) fi = j;
            if (fi < 0) {
                check_error(c, k->pos, "unknown field %s in struct literal of type %s", k->name, ts);
                if (e->y) check_expr(c, e->y);
                continue;
            }
            if (foreign && !u->fields[fi].exported) {
                check_error(c, k->pos, "cannot refer to unexported field %s in struct literal of type %s", k->name, ts);
                if (e->y) check_expr(c, e->y);
                continue;
            }
            if (seen[fi]) {
                check_error(c, e->pos, "duplicate field name %s in struct literal", k->name);
                if (e->y) check_expr(c, e->y);
                continue;
            }
            seen[fi] = true;
            k->type = u->fields[fi].type;
            k->mode = MODE_VALUE;
            k->ival = fi;
            elem_value(c, e->y, u->fields[fi].type, "struct literal");
        }
        return;
    }
    for (int i = 0; i < n->nlist; i++) {
        Node *e = n->list[i];
        if (!e) continue;
        if (e->kind == N_KEYVALUE) {
            check_error(c, check_start_pos(e), "mixture of field:value and value elements in struct literal");
            if (e->y) check_expr(c, e->y);
            continue;
        }
        if (i >= u->nfields) {
            check_expr(c, e);
            check_error(c, check_start_pos(e), "too many values in struct literal of type %s", ts);
            return;
        }
        elem_value(c, e, u->fields[i].type, "struct literal");
        if (foreign && !u->fields[i].exported && e->mode != MODE_INVALID) {
            check_error(c, check_start_pos(e), "implicit assignment to unexported field %s in struct literal of type %s",
                        u->fields[i].name, ts);
        }
    }
    if (n->nlist < u->nfields) {
        (void)os;
        check_error(c, n->endpos.line ? n->endpos : n->pos, "too few values in struct literal of type %s", ts);
    }
}

/* Arrays and slices: optional constant keys; returns the length used. */
static int64_t array_lit(Checker *c, Node *n, Type *elem, int64_t max)
{
    char os[OS];
    int64_t idx = 0, len = 0;
    int64_t *used = NULL, hi = 0;   /* hi: the highest index used so far */
    int nused = 0;
    used = arena_alloc(c->arena, (size_t)(n->nlist + 1) * sizeof *used);
    for (int i = 0; i < n->nlist; i++) {
        Node *e = n->list[i];
        if (!e) continue;
        Node *v = e;
        if (e->kind == N_KEYVALUE) {
            Node *k = e->x;
            v = e->y;
            check_expr(c, k);
            if (k && k->mode == MODE_CONST && (types_is_integer(k->type) || types_is_untyped(k->type)) &&
                types_is_numeric(k->type) && cv_is_int_valued(k->cv)) {
                ConstVal iv;
                if (cv_represent(k->cv, c->tt->t_int, &iv) == REPR_OK && iv.i >= 0) {
                    idx = (int64_t)iv.i;
                    check_set_type(c, k, c->tt->t_int);
                } else {
                    check_error(c, check_start_pos(k), "index %s must be non-negative integer constant",
                                check_ostr(c, k, os, sizeof os));
                }
            } else if (k && k->mode != MODE_INVALID) {
                check_error(c, check_start_pos(k), "index %s must be integer constant", check_ostr(c, k, os, sizeof os));
            }
        }
        if (max >= 0 && idx >= max) {
            check_error(c, check_start_pos(v ? v : e), "index %lld is out of bounds (>= %lld)", (long long)idx,
                        (long long)max);
            if (v) check_expr(c, v);
            idx = (int64_t)((uint64_t)idx + 1);   /* wraps like Go's int64 */
            continue;
        }
        bool dup = false;
        if (nused > 0 && idx <= hi)   /* only a key can go back: then scan */
            for (int j = 0; j < nused; j++)
                if (used[j] == idx) dup = true;
        if (nused == 0 || idx > hi) hi = idx;
        if (dup) check_error(c, check_start_pos(e), "duplicate index %lld in array or slice literal", (long long)idx);
        used[nused++] = idx;
        elem_value(c, v, elem, "array or slice literal");
        idx = (int64_t)((uint64_t)idx + 1);
        if (idx > len) len = idx;
    }
    return len;
}

static void map_lit(Checker *c, Node *n, Type *t)
{
    Type *u = types_under(t);
    for (int i = 0; i < n->nlist; i++) {
        Node *e = n->list[i];
        if (!e) continue;
        if (e->kind != N_KEYVALUE) {
            check_error(c, check_start_pos(e), "missing key in map literal");
            check_expr(c, e);
            continue;
        }
        elem_value(c, e->x, u->key, "map literal");
        if (e->x && e->x->mode == MODE_CONST && !c->in_instance) {   /* T(0) keys: legal generic Go */
            for (int j = 0; j < i; j++) {
                Node *o = n->list[j];
                if (!o || o->kind != N_KEYVALUE || !o->x || o->x->mode != MODE_CONST) continue;
                if (o->x->type == e->x->type && o->x->cv.kind == e->x->cv.kind &&
                    cv_compare(TK_EQL, o->x->cv, e->x->cv)) {
                    char es[ES];
                    check_error(c, check_start_pos(e->x), "duplicate key %s in map literal",
                                check_estr(c, e->x, es, sizeof es));
                    break;
                }
            }
        }
        elem_value(c, e->y, u->elem, "map literal");
    }
}

void check_composite(Checker *c, Node *n, Type *hint)
{
    bool ell;
    Type *t = lit_type(c, n, hint, &ell);
    if (!t || t == c->tt->t_invalid) {
        for (int i = 0; i < n->nlist; i++) {
            Node *e = n->list[i];
            if (e && e->kind == N_KEYVALUE) { if (e->y && e->y->kind != N_COMPOSITE) check_expr(c, e->y); }
            else if (e && e->kind != N_COMPOSITE) check_expr(c, e);
        }
        invalid(n);
        return;
    }
    Type *u = types_under(t);
    n->type = t;
    n->mode = MODE_VALUE;
    switch (u->kind) {
    case T_STRUCT: struct_lit(c, n, t); break;
    case T_ARRAY:
        if (ell) {
            int64_t len = array_lit(c, n, u->elem, -1);
            t = types_array(c->tt, u->elem, len);
            n->type = t;
            if (n->x) {
                n->x->type = t;
                n->x->mode = MODE_TYPE;
            }
        } else {
            array_lit(c, n, u->elem, u->len);
        }
        break;
    case T_SLICE: array_lit(c, n, u->elem, -1); break;
    case T_MAP: map_lit(c, n, t); break;
    default: {
        char ts[ES];
        if (u->kind == T_INVALID) {   /* e.g. an invalid recursive type: reported */
            invalid(n);
            return;
        }
        check_error(c, n->x ? check_start_pos(n->x) : n->pos, "invalid composite literal type %s",
                    check_tstr(c, t, ts, sizeof ts));
        invalid(n);
        return;
    }
    }
}
