/* check_stmt.c - statements: assignments and declarations, control flow,
 * switch/type switch/select, range (with node->range_kind), go/defer,
 * return, and Go's terminating-statement rule ("missing return").
 *
 * Scopes: every block, if/for/switch header and clause opens one; closing a
 * scope reports its unused variables (check_close_scope).  Labels and
 * break/continue/goto/fallthrough placement are the parser's (parse_branch.c),
 * as in gc.
 */
#include "check_int.h"
#include <stdio.h>
#include <string.h>

#define ES 256
#define OS 512

static void open_scope(Checker *c) { c->scope = scope_new(c, c->scope); }

static void close_scope(Checker *c)
{
    check_close_scope(c, c->scope);
    c->scope = c->scope->parent;
}

static Node *unparen(Node *n)
{
    while (n && n->kind == N_PAREN) n = n->x;
    return n;
}

static const char *plural(int n, const char *word, char *buf, size_t len)
{
    snprintf(buf, len, "%d %s%s", n, word, n == 1 ? "" : "s");
    return buf;
}

/* ---------- assignment ---------- */

static void assign_mismatch(Checker *c, Node **rhs, int nr, int nl, int nvals)
{
    char v1[64], v2[64], es[ES];
    Node *r0 = nr > 0 ? rhs[0] : NULL;
    if (!r0) return;
    Node *call = unparen(r0);
    if (nr == 1 && call && call->kind == N_CALL)
        check_error(c, check_start_pos(r0), "assignment mismatch: %s but %s returns %s",
                    plural(nl, "variable", v1, sizeof v1), check_estr(c, call->x, es, sizeof es),
                    plural(nvals, "value", v2, sizeof v2));
    else
        check_error(c, check_start_pos(r0), "assignment mismatch: %s but %s", plural(nl, "variable", v1, sizeof v1),
                    plural(nvals, "value", v2, sizeof v2));
}

/* Is the rhs usable as (v, ok)? */
static bool commaok_able(Node *r)
{
    Node *u = unparen(r);
    return u && (r->mode == MODE_COMMAOK || r->mode == MODE_MAPINDEX ||
                 (u->mode == MODE_COMMAOK || u->mode == MODE_MAPINDEX));
}

static void set_commaok(Node *r)
{
    for (Node *n = r; n; n = n->kind == N_PAREN ? n->x : NULL) n->commaok = true;
}

/* The variable an lhs expression denotes, without marking it used. */
static Type *check_lhs(Checker *c, Node *l)
{
    char es[ES];
    Node *u = unparen(l);
    if (u && u->kind == N_IDENT && u->name && strcmp(u->name, "_") == 0) {
        u->mode = MODE_VAR;
        u->type = NULL;
        l->mode = MODE_VAR;
        return NULL;   /* blank */
    }
    bool was_used = false;
    Symbol *sym = NULL;
    if (u && u->kind == N_IDENT && u->name) {
        sym = scope_lookup(c, u->name, NULL);
        if (sym && sym->kind == SYM_VAR) was_used = sym->used;
    }
    check_expr(c, l);
    if (sym && sym->kind == SYM_VAR && !sym->global) sym->used = was_used;
    if (l->mode == MODE_INVALID) return c->tt->t_invalid;
    if (l->mode == MODE_VAR || l->mode == MODE_MAPINDEX) return l->type;
    if (u && u->kind == N_SELECTOR && u->x) {
        Node *bx = unparen(u->x);
        if (bx && bx->mode == MODE_MAPINDEX) {
            check_error(c, check_start_pos(l), "cannot assign to struct field %s in map", check_estr(c, l, es, sizeof es));
            return c->tt->t_invalid;
        }
    }
    if (l->mode == MODE_VALUE && l->type && l->type->kind == T_UNTYPED_NIL) {
        check_error(c, check_start_pos(l), "cannot assign to nil");
        return c->tt->t_invalid;
    }
    if (!check_single_value(c, l)) return c->tt->t_invalid;
    check_error(c, check_start_pos(l), "cannot assign to %s (neither addressable nor a map index expression)",
                check_estr(c, l, es, sizeof es));
    return c->tt->t_invalid;
}

static void mark_lhs_used(Checker *c, Node **lhs, int n)
{
    for (int i = 0; i < n; i++) {
        Node *u = unparen(lhs[i]);
        if (u && u->kind == N_IDENT && u->name) {
            Symbol *s = scope_lookup(c, u->name, NULL);
            if (s && s->kind == SYM_VAR) s->used = true;
        }
    }
}

static void assign_stmt(Checker *c, Node *n)
{
    Node **lhs = n->list, **rhs = n->list2;
    int nl = n->nlist, nr = n->nlist2;
    for (int i = 0; i < nl; i++) if (!lhs[i]) return;
    for (int i = 0; i < nr; i++) if (!rhs[i]) return;
    if (nl == nr) {
        Type *lt[256];
        for (int i = 0; i < nl && i < 256; i++) lt[i] = check_lhs(c, lhs[i]);
        for (int i = 0; i < nr && i < 256; i++) {
            check_expr_hint(c, rhs[i], lt[i]);
            if (rhs[i]->mode == MODE_INVALID || lt[i] == c->tt->t_invalid) {
                mark_lhs_used(c, &lhs[i], 1);
                continue;
            }
            check_assign_to(c, rhs[i], lt[i], "assignment");
            if (rhs[i]->mode == MODE_INVALID) mark_lhs_used(c, &lhs[i], 1);
        }
        return;
    }
    if (nr == 1) {
        Node *r = rhs[0];
        check_multi(c, r);
        if (r->mode == MODE_INVALID) {
            for (int i = 0; i < nl; i++) check_lhs(c, lhs[i]);
            mark_lhs_used(c, lhs, nl);
            return;
        }
        if (r->type && r->type->kind == T_TUPLE && r->type->nresults == nl) {
            for (int i = 0; i < nl; i++) {
                Type *lt = check_lhs(c, lhs[i]);
                if (!lt || lt == c->tt->t_invalid) continue;
                Node tmp = *r;
                tmp.type = r->type->results[i];
                char cause[1024], os[OS], ts[ES];
                if (!check_assignable(c, &tmp, lt, cause, sizeof cause)) {
                    check_ostr(c, &tmp, os, sizeof os);
                    check_tstr(c, lt, ts, sizeof ts);
                    check_error(c, check_start_pos(r), "cannot use %s as %s value in assignment%s%s", os, ts,
                                cause[0] ? ": " : "", cause);
                }
            }
            return;
        }
        if (nl == 2 && commaok_able(r)) {
            Type *lt0 = check_lhs(c, lhs[0]);
            Type *lt1 = check_lhs(c, lhs[1]);
            set_commaok(r);
            if (lt0 && lt0 != c->tt->t_invalid) {
                Node tmp = *r;
                tmp.mode = MODE_VALUE;
                char cause[1024], os[OS], ts[ES];
                if (!check_assignable(c, &tmp, lt0, cause, sizeof cause)) {
                    check_ostr(c, r, os, sizeof os);
                    check_tstr(c, lt0, ts, sizeof ts);
                    check_error(c, check_start_pos(r), "cannot use %s as %s value in assignment%s%s", os, ts,
                                cause[0] ? ": " : "", cause);
                }
            }
            Node okv = {0};
            okv.kind = N_IDENT;
            okv.name = "ok";
            okv.mode = MODE_VALUE;
            okv.type = c->tt->t_untyped_bool;
            char cause[256];
            if (lt1 && lt1 != c->tt->t_invalid && !check_assignable(c, &okv, lt1, cause, sizeof cause)) {
                char ts[ES];
                check_error(c, check_start_pos(r), "cannot use %s (untyped bool value) as %s value in assignment",
                            "ok", check_tstr(c, lt1, ts, sizeof ts));
            }
            return;
        }
        int nv = r->type && r->type->kind == T_TUPLE ? r->type->nresults : 1;
        for (int i = 0; i < nl; i++) check_lhs(c, lhs[i]);
        mark_lhs_used(c, lhs, nl);
        assign_mismatch(c, rhs, nr, nl, nv);
        return;
    }
    for (int i = 0; i < nl; i++) check_lhs(c, lhs[i]);
    for (int i = 0; i < nr; i++) check_expr(c, rhs[i]);
    mark_lhs_used(c, lhs, nl);
    assign_mismatch(c, rhs, nr, nl, nr);
}

/* x op= y */
static void op_assign(Checker *c, Node *n)
{
    if (n->nlist != 1 || n->nlist2 != 1 || !n->list[0] || !n->list2[0]) {
        check_error(c, n->oppos, "assignment operation %s requires single-valued expressions", tok_str(n->op));
        return;
    }
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
    /* evaluate as the binary expression x op y, then assign to x */
    Node bin = {0};
    bin.kind = N_BINARY;
    bin.flags = NF_CHECK_OPASSIGN;
    bin.pos = n->pos;
    bin.op = op;
    bin.x = n->list[0];
    bin.y = n->list2[0];
    check_expr(c, &bin);
    if (bin.mode == MODE_INVALID) return;
    Node *l = n->list[0];
    if (l->mode != MODE_VAR && l->mode != MODE_MAPINDEX) {
        char es[ES];
        check_error(c, check_start_pos(l), "cannot assign to %s (neither addressable nor a map index expression)",
                    check_estr(c, l, es, sizeof es));
        return;
    }
    check_assign_to(c, &bin, l->type, "assignment");
}

static void incdec(Checker *c, Node *n)
{
    Node *x = n->x;
    if (!x) return;
    check_rvalue(c, x);
    if (x->mode == MODE_INVALID) return;
    char es[ES], ts[ES];
    if (!types_is_numeric(types_under(x->type))) {
        check_error(c, check_start_pos(x), "invalid operation: %s%s (non-numeric type %s)", check_estr(c, x, es, sizeof es),
                    n->op == TK_INC ? "++" : "--", check_tstr(c, x->type, ts, sizeof ts));
        return;
    }
    if (x->mode != MODE_VAR && x->mode != MODE_MAPINDEX) {
        check_error(c, check_start_pos(x), "cannot assign to %s (neither addressable nor a map index expression)",
                    check_estr(c, x, es, sizeof es));
    }
}

/* var a, b T = vals  /  var a, b = vals  (package level and local), and the
 * right-hand side of a, b := vals (short).  go/types' contexts: one value per
 * variable is a "variable declaration" (short: "assignment"); a multi-valued
 * right-hand side is an "assignment". */
static void init_failed(Checker *c, Symbol **syms, int n, Type *t)
{
    for (int i = 0; i < n; i++)
        if (syms[i]) {
            syms[i]->used = true;
            if (!t) syms[i]->type = c->tt->t_invalid;
        }
}

static void init_multi(Checker *c, Symbol **syms, int n, Type *t, Node *r, Node **vals, int nvals)
{
    const char *ctx = "assignment";
    check_multi(c, r);
    if (r->mode == MODE_INVALID) {
        init_failed(c, syms, n, t);
        return;
    }
    if (r->type && r->type->kind == T_TUPLE && r->type->nresults == n) {
        for (int i = 0; i < n; i++) {
            Type *vt = r->type->results[i];
            if (t) {
                Node tmp = *r;
                tmp.type = vt;
                char cause[1024], os[OS], ts[ES];
                if (!check_assignable(c, &tmp, t, cause, sizeof cause)) {
                    check_ostr(c, &tmp, os, sizeof os);
                    check_tstr(c, t, ts, sizeof ts);
                    check_error(c, check_start_pos(r), "cannot use %s as %s value in %s%s%s", os, ts, ctx,
                                cause[0] ? ": " : "", cause);
                }
            }
            if (syms[i]) syms[i]->type = t ? t : vt;
        }
        return;
    }
    if (n == 2 && commaok_able(r)) {
        set_commaok(r);
        if (t) {
            Node tmp = *r;
            tmp.mode = MODE_VALUE;
            char cause[1024], os[OS], ts[ES];
            if (!check_assignable(c, &tmp, t, cause, sizeof cause)) {
                check_ostr(c, r, os, sizeof os);
                check_tstr(c, t, ts, sizeof ts);
                check_error(c, check_start_pos(r), "cannot use %s as %s value in %s", os, ts, ctx);
            }
        }
        if (syms[0]) syms[0]->type = t ? t : r->type;
        if (syms[1]) syms[1]->type = t ? t : c->tt->t_bool;
        return;
    }
    if (n == 1 && r->mode != MODE_NOVALUE && !(r->type && r->type->kind == T_TUPLE)) {
        /* x := v with a single value */
        check_assign_to(c, r, t, ctx);
        if (r->mode == MODE_INVALID) init_failed(c, syms, n, t);
        else if (syms[0]) syms[0]->type = t ? t : r->type;
        return;
    }
    if (r->mode == MODE_NOVALUE) {
        char es[ES];
        check_error(c, check_start_pos(r), "%s (no value) used as value", check_estr(c, r, es, sizeof es));
    } else {
        int nv = r->type && r->type->kind == T_TUPLE ? r->type->nresults : 1;
        assign_mismatch(c, vals, nvals, n, nv);
    }
    init_failed(c, syms, n, t);
}

void check_var_init(Checker *c, Symbol **syms, int n, Type *t, Node **vals, int nvals, bool short_decl)
{
    const char *ctx = short_decl ? "assignment" : "variable declaration";
    for (int i = 0; i < nvals; i++)
        if (!vals[i]) {
            init_failed(c, syms, n, t);
            return;
        }
    if (nvals == 0) {
        for (int i = 0; i < n; i++)
            if (syms[i]) syms[i]->type = t ? t : c->tt->t_invalid;
        return;
    }
    Node *call = unparen(vals[0]);
    bool single_call = nvals == 1 && call && call->kind == N_CALL;
    if (n == nvals && !(short_decl && single_call)) {
        for (int i = 0; i < n; i++) {
            Node *v = vals[i];
            if (t) check_expr_hint(c, v, t);
            else check_expr(c, v);
            if (v->mode != MODE_INVALID) check_assign_to(c, v, t, ctx);
            if (v->mode == MODE_INVALID) {
                init_failed(c, &syms[i], 1, t);
                continue;
            }
            if (syms[i]) syms[i]->type = t ? t : v->type;
        }
        return;
    }
    if (nvals == 1) {
        init_multi(c, syms, n, t, vals[0], vals, nvals);
        return;
    }
    for (int i = 0; i < nvals; i++) check_expr(c, vals[i]);
    if (short_decl) {
        assign_mismatch(c, vals, nvals, n, nvals);
    } else if (n < nvals) {
        check_error(c, check_start_pos(vals[n]), "extra init expr");
    } else {
        Symbol *s = syms[nvals];
        check_error(c, s ? s->pos : check_start_pos(vals[0]), "missing init expr for %s", s ? s->name : "_");
    }
    init_failed(c, syms, n, t);
}

/* a, b := ... */
static void short_var_decl(Checker *c, Node *n)
{
    char es[ES];
    int nl = n->nlist;
    Symbol *syms[256];
    bool isnew[256];
    int nnew = 0;
    bool bad = false;
    if (nl > 256) return;
    for (int i = 0; i < nl; i++) {
        Node *l = n->list[i];
        syms[i] = NULL;
        isnew[i] = false;
        if (!l || l->kind != N_IDENT) {
            if (l) {
                check_expr(c, l);
                check_error(c, check_start_pos(l), "non-name %s on left side of :=", check_estr(c, l, es, sizeof es));
            }
            bad = true;
            continue;
        }
        bool dup = false;
        for (int j = 0; j < i; j++)
            if (n->list[j] && n->list[j]->kind == N_IDENT && strcmp(n->list[j]->name, l->name) == 0 &&
                strcmp(l->name, "_") != 0)
                dup = true;
        if (dup) {
            check_error(c, l->pos, "%s repeated on left side of :=", l->name);
            bad = true;
            continue;
        }
        Symbol *old = strcmp(l->name, "_") == 0 ? NULL : scope_lookup_local(c->scope, l->name);
        if (old && old->kind == SYM_VAR) {
            syms[i] = old;
            l->sym = old;
            continue;
        }
        CSym *o = sym_new(c, SYM_VAR, l->name, l->pos, NULL);
        syms[i] = &o->s;
        isnew[i] = true;
        if (strcmp(l->name, "_") != 0) nnew++;
        else isnew[i] = true;
    }
    /* rhs types: reuse check_var_init on the new symbols; existing ones are assigned */
    Symbol *targets[256];
    Type *known = NULL;
    (void)known;
    bool any_old = false;
    for (int i = 0; i < nl; i++) {
        targets[i] = syms[i];
        if (syms[i] && !isnew[i]) any_old = true;
    }
    if (!any_old) {
        check_var_init(c, targets, nl, NULL, n->list2, n->nlist2, true);
    } else {
        /* mixed: evaluate like an assignment whose new variables take the rhs types */
        Type *saved[256];
        for (int i = 0; i < nl; i++) saved[i] = syms[i] && !isnew[i] ? syms[i]->type : NULL;
        Symbol *tmp[256];
        CSym fake[256];
        for (int i = 0; i < nl; i++) {
            if (syms[i] && !isnew[i]) {
                memset(&fake[i], 0, sizeof fake[i]);
                fake[i].s.kind = SYM_VAR;
                tmp[i] = &fake[i].s;
            } else {
                tmp[i] = syms[i];
            }
        }
        check_var_init(c, tmp, nl, NULL, n->list2, n->nlist2, true);
        for (int i = 0; i < nl; i++) {
            if (!syms[i] || isnew[i]) continue;
            Type *vt = fake[i].s.type;
            if (!vt || vt->kind == T_INVALID || !saved[i] || saved[i]->kind == T_INVALID) continue;
            /* assignability of the value to the existing variable */
            Node *r = n->nlist2 == nl ? n->list2[i] : n->list2[0];
            if (!r || r->mode == MODE_INVALID) continue;
            Node tnode = *r;
            tnode.type = vt;
            if (n->nlist2 != nl) tnode.mode = MODE_VALUE;
            char cause[1024], os[OS], ts[ES];
            if (!check_assignable(c, &tnode, saved[i], cause, sizeof cause)) {
                check_ostr(c, &tnode, os, sizeof os);
                check_tstr(c, saved[i], ts, sizeof ts);
                check_error(c, check_start_pos(r), "cannot use %s as %s value in assignment%s%s", os, ts,
                            cause[0] ? ": " : "", cause);
            } else if (n->nlist2 == nl && types_is_untyped(r->type)) {
                check_set_type(c, r, saved[i]);
            }
        }
    }
    if (!bad && nnew == 0) {
        bool all_blank_or_old = true;
        for (int i = 0; i < nl; i++)
            if (isnew[i] && strcmp(n->list[i]->name, "_") != 0) all_blank_or_old = false;
        if (all_blank_or_old) check_error(c, n->oppos, "no new variables on left side of :=");
    }
    for (int i = 0; i < nl; i++) {
        if (!syms[i] || !isnew[i]) continue;
        if (!syms[i]->type) syms[i]->type = c->tt->t_invalid;
        if (syms[i]->type->kind == T_UNTYPED_NIL) {
            syms[i]->type = c->tt->t_invalid;
            syms[i]->used = true;
        }
        check_declare_local(c, syms[i], n->list[i]);
        n->list[i]->mode = MODE_VAR;
        n->list[i]->type = syms[i]->type;
    }
    for (int i = 0; i < nl; i++)
        if (syms[i] && !isnew[i] && n->list[i]) {
            n->list[i]->mode = MODE_VAR;
            n->list[i]->type = syms[i]->type;
        }
}

/* ---------- declarations inside functions ---------- */

static void decl_stmt(Checker *c, Node *g)
{
    if (!g || g->kind != N_GENDECL) return;
    Node *last_vals = NULL;
    for (int i = 0; i < g->nlist; i++) {
        Node *spec = g->list[i];
        if (!spec) continue;
        if (spec->kind == N_TYPESPEC) {
            CSym *o = sym_new(c, SYM_TYPE, spec->name, spec->pos, NULL);
            o->spec = spec;
            o->s.decl = spec;
            spec->sym = &o->s;
            /* the name is in scope inside its own declaration (recursive types) */
            check_declare_local(c, &o->s, NULL);
            o->state = OBJ_RESOLVING;
            check_typespec(c, o);
            o->state = OBJ_DONE;
            continue;
        }
        if (spec->kind != N_VALUESPEC) continue;
        if (g->op == TK_CONST) {
            if (spec->nlist2 > 0 || !last_vals) last_vals = spec;
            CSym *objs[256];
            int n = spec->nnames < 256 ? spec->nnames : 256;
            for (int j = 0; j < n; j++) {
                Node *id = spec->names[j];
                objs[j] = sym_new(c, SYM_CONST, id ? id->name : "_", id ? id->pos : spec->pos, NULL);
                objs[j]->spec = spec;
                objs[j]->spec_index = j;
                objs[j]->const_values = last_vals;
                objs[j]->s.decl = id;
                objs[j]->s.used = true;
                objs[j]->state = OBJ_TODO;
                if (id) id->sym = &objs[j]->s;
            }
            /* resolve before declaring: the scope starts after the spec */
            for (int j = 0; j < n; j++) {
                check_resolve_const_local(c, objs[j]);
            }
            for (int j = 0; j < n; j++) check_declare_local(c, &objs[j]->s, spec->names[j]);
            continue;
        }
        Type *t = spec->x ? check_type(c, spec->x) : NULL;
        Symbol *syms[256];
        int n = spec->nnames < 256 ? spec->nnames : 256;
        for (int j = 0; j < n; j++) {
            Node *id = spec->names[j];
            CSym *o = sym_new(c, SYM_VAR, id ? id->name : "_", id ? id->pos : spec->pos, t);
            o->s.decl = id;
            syms[j] = &o->s;
        }
        check_var_init(c, syms, n, t, spec->list2, spec->nlist2, false);
        for (int j = 0; j < n; j++) {
            if (!syms[j]->type) syms[j]->type = c->tt->t_invalid;
            if (syms[j]->type->kind == T_UNTYPED_NIL) syms[j]->type = c->tt->t_invalid;
            check_declare_local(c, syms[j], spec->names[j]);
            if (spec->names[j]) {
                spec->names[j]->mode = MODE_VAR;
                spec->names[j]->type = syms[j]->type;
            }
        }
    }
}

/* ---------- control flow ---------- */

static void cond(Checker *c, Node *e, const char *what)
{
    if (!e) return;
    check_rvalue(c, e);
    if (e->mode == MODE_INVALID) return;
    if (types_under(e->type)->kind != T_BOOL && e->type->kind != T_UNTYPED_BOOL) {
        check_error(c, check_start_pos(e), "non-boolean condition in %s statement", what);
        return;
    }
    check_default(c, e);
}

static void if_stmt(Checker *c, Node *n)
{
    open_scope(c);
    if (n->x) check_stmt(c, n->x);
    cond(c, n->y, "if");
    if (n->z) check_block(c, n->z, true);
    if (n->w) {
        if (n->w->kind == N_IF) if_stmt(c, n->w);
        else check_block(c, n->w, true);
    }
    close_scope(c);
}

static void for_stmt(Checker *c, Node *n)
{
    open_scope(c);
    if (n->x) check_stmt(c, n->x);
    cond(c, n->y, "for");
    if (n->z) check_stmt(c, n->z);
    if (n->w) check_block(c, n->w, true);
    close_scope(c);
}

static void range_stmt(Checker *c, Node *n)
{
    char os[OS], ts[ES];
    open_scope(c);
    Node *x = n->z;
    Type *kt = NULL, *vt = NULL;
    bool ok = false;
    if (x) {
        check_rvalue(c, x);
        if (x->mode != MODE_INVALID) {
            Type *u = types_under(x->type);
            ok = true;
            n->range_kind = u->kind;
            switch (u->kind) {
            case T_UNTYPED_INT: case T_UNTYPED_RUNE: case T_UNTYPED_FLOAT:
                if (x->mode == MODE_CONST && cv_is_int_valued(x->cv)) {
                    if (n->y) {
                        check_error(c, check_start_pos(n->y), "range over %s permits only one iteration variable",
                                    check_ostr(c, x, os, sizeof os));
                    }
                    check_convert_untyped(c, x, c->tt->t_int);
                    if (x->mode == MODE_INVALID) { ok = false; break; }
                    kt = c->tt->t_int;
                    n->range_kind = T_INT;
                    break;
                }
                ok = false;
                break;
            case T_STRING: case T_UNTYPED_STRING:
                check_default(c, x);
                kt = c->tt->t_int;
                vt = c->tt->t_int32;
                n->range_kind = T_STRING;
                break;
            case T_ARRAY: kt = c->tt->t_int; vt = u->elem; break;
            case T_SLICE: kt = c->tt->t_int; vt = u->elem; break;
            case T_POINTER:
                if (u->elem && types_under(u->elem)->kind == T_ARRAY) {
                    kt = c->tt->t_int;
                    vt = types_under(u->elem)->elem;
                } else {
                    ok = false;
                }
                break;
            case T_MAP: kt = u->key; vt = u->elem; break;
            case T_CHAN:
                kt = u->elem;
                if (u->dir == CHAN_SEND) {
                    check_error(c, check_start_pos(x), "cannot range over %s: receive from send-only channel",
                                check_ostr(c, x, os, sizeof os));
                    ok = false;
                    kt = NULL;
                    x->mode = MODE_INVALID;
                }
                break;
            case T_FUNC:   /* iterators: rewritten into a call (check_rangefunc.c) */
                check_range_func(c, n);
                close_scope(c);
                return;
            default:
                if (types_is_integer(u)) {
                    kt = x->type;
                    n->range_kind = u->kind;
                } else {
                    ok = false;
                }
            }
            if (!ok && x->mode != MODE_INVALID) {
                check_error(c, check_start_pos(x), "cannot range over %s", check_ostr(c, x, os, sizeof os));
                x->mode = MODE_INVALID;
            }
            if (ok && n->y && !vt && n->range_kind != T_INT) {
                check_error(c, check_start_pos(n->y), "range over %s permits only one iteration variable",
                            check_ostr(c, x, os, sizeof os));
            }
        }
    }
    if (n->nlist > 2) check_error(c, check_start_pos(n->list[2]), "range clause permits at most two iteration variables");
    Node *lhs[2] = {n->x, n->y};
    Type *types[2] = {kt, vt};
    if (n->op == TK_DEFINE) {
        Symbol *syms[2] = {NULL, NULL};
        for (int i = 0; i < 2; i++) {
            Node *l = lhs[i];
            if (!l) continue;
            if (l->kind != N_IDENT) {
                char es[ES];
                check_error(c, check_start_pos(l), "non-name %s on left side of :=", check_estr(c, l, es, sizeof es));
                continue;
            }
            Type *t = types[i] ? types[i] : c->tt->t_invalid;
            CSym *o = sym_new(c, SYM_VAR, l->name, l->pos, t);
            if (!ok || !types[i]) o->s.used = true;
            syms[i] = &o->s;
        }
        for (int i = 0; i < 2; i++)
            if (syms[i]) {
                check_declare_local(c, syms[i], lhs[i]);
                lhs[i]->mode = MODE_VAR;
                lhs[i]->type = syms[i]->type;
            }
    } else if (n->op == TK_ASSIGN) {
        for (int i = 0; i < 2; i++) {
            Node *l = lhs[i];
            if (!l) continue;
            Node *u = unparen(l);
            bool blank = u && u->kind == N_IDENT && u->name && strcmp(u->name, "_") == 0;
            if (blank) { l->mode = MODE_VAR; continue; }
            check_expr(c, l);
            if (l->mode == MODE_INVALID || !ok || !types[i]) continue;
            if (l->mode != MODE_VAR && l->mode != MODE_MAPINDEX) {
                char es[ES];
                check_error(c, check_start_pos(l), "cannot assign to %s (neither addressable nor a map index expression)",
                            check_estr(c, l, es, sizeof es));
                continue;
            }
            Node tmp = {0};
            tmp.kind = N_IDENT;
            tmp.name = i == 0 ? "key" : "value";
            tmp.mode = MODE_VALUE;
            tmp.type = types[i];
            char cause[512];
            if (!check_assignable(c, &tmp, l->type, cause, sizeof cause)) {
                check_error(c, check_start_pos(l), "cannot use %s (value of type %s) as %s value in range clause",
                            check_estr(c, l, os, sizeof os), check_tstr(c, types[i], ts, sizeof ts),
                            check_tstr(c, l->type, os, sizeof os));
            }
        }
    }
    if (n->w) check_block(c, n->w, true);
    close_scope(c);
}

/* ---------- switch ---------- */

static void clause_stmts(Checker *c, Node *clause)
{
    for (int i = 0; i < clause->nlist2; i++) check_stmt(c, clause->list2[i]);
}

static const char *pos_str(Checker *c, Pos p, char *buf, size_t n)
{
    const char *f = c->d->filename ? c->d->filename : "";
    const char *pre = (f[0] != '/' && f[0] != '.' && f[0] != '$') ? "./" : "";
    snprintf(buf, n, "%s%s:%d:%d", pre, f, p.line, p.col);
    return buf;
}

static bool multiple_defaults(Checker *c, Node *n)
{
    Node *first = NULL;
    for (int i = 0; i < n->nlist; i++) {
        Node *cl = n->list[i];
        if (!cl) continue;
        bool isdef = cl->kind == N_COMMCLAUSE ? cl->x == NULL : cl->nlist == 0;
        if (!isdef) continue;
        if (first) {
            char p[256];
            check_error(c, cl->pos, "multiple defaults (first at %s)", pos_str(c, first->pos, p, sizeof p));
        } else {
            first = cl;
        }
    }
    return first != NULL;
}

static void switch_stmt(Checker *c, Node *n)
{
    open_scope(c);
    if (n->x) check_stmt(c, n->x);
    Node *tag = n->y;
    if (tag) {
        check_rvalue(c, tag);
        if (tag->mode != MODE_INVALID) {
            check_assign_to(c, tag, NULL, "switch expression");
            Type *tu = tag->mode != MODE_INVALID ? types_under(tag->type) : NULL;
            bool hasnil = tu && (tu->kind == T_POINTER || tu->kind == T_SLICE || tu->kind == T_MAP ||
                                 tu->kind == T_CHAN || tu->kind == T_FUNC || tu->kind == T_INTERFACE);
            if (tu && !types_comparable(tag->type) && !hasnil) {
                char os[OS], ts[ES];
                check_error(c, check_start_pos(tag), "cannot switch on %s (%s is not comparable)",
                            check_ostr(c, tag, os, sizeof os), check_tstr(c, tag->type, ts, sizeof ts));
                tag->mode = MODE_INVALID;
            }
        }
    }
    multiple_defaults(c, n);
    for (int i = 0; i < n->nlist; i++) {
        Node *cl = n->list[i];
        if (!cl) continue;
        for (int j = 0; j < cl->nlist; j++) {
            Node *e = cl->list[j];
            if (!e) continue;
            check_rvalue(c, e);
            if (e->mode == MODE_INVALID) continue;
            Node res = {0};
            res.kind = N_BINARY;
            res.op = TK_EQL;
            if (tag) {
                if (tag->mode == MODE_INVALID) continue;
                Node tcopy = *tag;
                check_convert_untyped(c, e, tag->type);
                if (e->mode == MODE_INVALID) continue;
                check_comparison(c, &res, e, &tcopy, TK_EQL, tag, false);
            } else {
                Node t = {0};
                t.kind = N_IDENT;
                t.name = "true";
                t.mode = MODE_CONST;
                t.type = c->tt->t_bool;
                t.cv = cv_bool(true);
                check_convert_untyped(c, e, c->tt->t_bool);
                if (e->mode == MODE_INVALID) continue;
                check_comparison(c, &res, e, &t, TK_EQL, NULL, true);
            }
            if (res.mode != MODE_INVALID) check_default(c, e);
            /* duplicate constant cases */
            if (e->mode == MODE_CONST && res.mode != MODE_INVALID && e->cv.kind != CV_BOOL) {
                for (int pi = 0; pi <= i; pi++) {
                    Node *pc = n->list[pi];
                    if (!pc) continue;
                    int lim = pi == i ? j : pc->nlist;
                    for (int pj = 0; pj < lim; pj++) {
                        Node *pe = pc->list[pj];
                        if (!pe || pe->mode != MODE_CONST || pe->type != e->type || pe->cv.kind != e->cv.kind) continue;
                        if (c->in_instance) continue;   /* case T(0) in a generic body */
                        if (cv_compare(TK_EQL, pe->cv, e->cv)) {
                            char os[OS], p[256];
                            check_error(c, check_start_pos(e), "duplicate case %s in expression switch\n\t%s: previous case",
                                        check_ostr(c, e, os, sizeof os), pos_str(c, check_start_pos(pe), p, sizeof p));
                            pi = i + 1;
                            break;
                        }
                    }
                }
            }
        }
        open_scope(c);
        clause_stmts(c, cl);
        close_scope(c);
    }
    close_scope(c);
}

static void type_switch(Checker *c, Node *n)
{
    char os[OS], ts[ES], es[ES];
    open_scope(c);
    if (n->x) check_stmt(c, n->x);
    Node *guard = n->y;
    Node *ta = NULL, *vid = NULL;
    if (guard && guard->kind == N_ASSIGN && guard->nlist == 1 && guard->nlist2 == 1) {
        vid = guard->list[0];
        ta = guard->list2[0];
    } else if (guard && guard->kind == N_EXPRSTMT) {
        ta = guard->x;
    }
    Node *x = ta ? ta->x : NULL;
    bool ok = false;
    if (x) {
        check_rvalue(c, x);
        if (x->mode != MODE_INVALID) {
            if (types_under(x->type)->kind != T_INTERFACE) {
                check_error(c, check_start_pos(x), "%s is not an interface", check_ostr(c, x, os, sizeof os));
            } else {
                ok = true;
                ta->mode = MODE_VALUE;
                ta->type = x->type;
            }
        }
    }
    if (vid && vid->name && strcmp(vid->name, "_") == 0) {
        check_error(c, vid->pos, "no new variable on left side of :=");
        vid = NULL;
    }
    multiple_defaults(c, n);
    Symbol **csyms = arena_alloc(c->arena, (size_t)(n->nlist + 1) * sizeof *csyms);
    Node *first_nil = NULL;
    for (int i = 0; i < n->nlist; i++) {
        Node *cl = n->list[i];
        if (!cl) continue;
        Type *single = NULL;
        int ntypes = 0;
        for (int j = 0; j < cl->nlist; j++) {
            Node *e = cl->list[j];
            if (!e) continue;
            ntypes++;
            if (e->kind == N_IDENT && e->name && strcmp(e->name, "nil") == 0 &&
                scope_lookup(c, "nil", NULL) && scope_lookup(c, "nil", NULL)->kind == SYM_NIL) {
                e->mode = MODE_VALUE;
                e->type = c->tt->t_untyped_nil;
                single = NULL;
                if (first_nil) {
                    char p[256];
                    check_error(c, e->pos, "multiple nil cases in type switch (first at %s)",
                                pos_str(c, first_nil->pos, p, sizeof p));
                } else {
                    first_nil = e;
                }
                continue;
            }
            Type *t = check_type(c, e);
            single = t;
            if (t == c->tt->t_invalid) continue;
            if (ok && !c->in_instance && types_under(t)->kind != T_INTERFACE) {
                char why[256];
                if (!types_implements(t, types_under(x->type), why, sizeof why)) {
                    check_error(c, check_start_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s (%s)",
                                check_estr(c, e, es, sizeof es), check_ostr(c, x, os, sizeof os),
                                check_tstr(c, t, ts, sizeof ts), why);
                    continue;
                }
            }
            for (int pi = 0; pi <= i; pi++) {
                Node *pc = n->list[pi];
                if (!pc) continue;
                int lim = pi == i ? j : pc->nlist;
                Node *dup = NULL;
                for (int pj = 0; pj < lim; pj++)
                    if (pc->list[pj] && pc->list[pj]->mode == MODE_TYPE && pc->list[pj]->type == t) dup = pc->list[pj];
                if (dup && !c->in_instance) {   /* case T, int with T = int is legal generic Go */
                    char p[256];
                    check_error(c, check_start_pos(e), "duplicate case %s in type switch\n\t%s: previous case",
                                check_estr(c, e, es, sizeof es), pos_str(c, check_start_pos(dup), p, sizeof p));
                    break;
                }
            }
        }
        open_scope(c);
        if (vid) {
            Type *vt = ntypes == 1 && single ? single : (x && x->mode != MODE_INVALID ? x->type : c->tt->t_invalid);
            if (!ok) vt = c->tt->t_invalid;
            CSym *o = sym_new(c, SYM_VAR, vid->name, vid->pos, vt);
            o->s.used = false;
            cl->sym = &o->s;
            csyms[i] = &o->s;
            check_declare_local(c, &o->s, NULL);
            /* do not report per clause: reported once below */
            o->s.param = true;
        }
        clause_stmts(c, cl);
        close_scope(c);
    }
    if (vid) {
        bool used = false;
        for (int i = 0; i < n->nlist; i++)
            if (csyms[i] && csyms[i]->used) used = true;
        for (int i = 0; i < n->nlist; i++)
            if (csyms[i]) csyms[i]->param = false;
        if (!used) {
            check_error(c, vid->pos, "declared and not used: %s", vid->name);
            }
        /* the guard variable itself: a symbol for the compiler with x's type */
        CSym *g = sym_new(c, SYM_VAR, vid->name, vid->pos, x && x->type ? x->type : c->tt->t_invalid);
        g->s.used = true;
        vid->sym = &g->s;
        vid->mode = MODE_VAR;
        vid->type = g->s.type;
    }
    close_scope(c);
}

/* ---------- select ---------- */

static bool is_recv(Node *e)
{
    Node *u = unparen(e);
    return u && u->kind == N_UNARY && u->op == TK_ARROW;
}

static void select_stmt(Checker *c, Node *n)
{
    multiple_defaults(c, n);
    for (int i = 0; i < n->nlist; i++) {
        Node *cl = n->list[i];
        if (!cl) continue;
        open_scope(c);
        Node *s = cl->x;
        bool valid = true;
        if (s) {
            if (s->kind == N_SEND) {
                check_stmt(c, s);
            } else if (s->kind == N_EXPRSTMT && is_recv(s->x)) {
                check_stmt(c, s);
            } else if (s->kind == N_ASSIGN && (s->op == TK_ASSIGN || s->op == TK_DEFINE) && s->nlist2 == 1 &&
                       s->nlist <= 2 && is_recv(s->list2[0])) {
                check_stmt(c, s);
            } else {
                valid = false;
            }
        }
        if (!valid) {
            /* go/types skips the whole clause */
            check_error(c, check_start_pos(s->kind == N_EXPRSTMT ? s->x : s),
                        "select case must be send or receive (possibly with assignment)");
            close_scope(c);
            continue;
        }
        clause_stmts(c, cl);
        close_scope(c);
    }
}

/* ---------- go, defer, return ---------- */

static void go_defer(Checker *c, Node *n)
{
    const char *kw = n->kind == N_GO ? "go" : "defer";
    Node *call = n->x;
    if (!call) return;
    Node *u = unparen(call);
    if (!u || u->kind != N_CALL) {
        check_error(c, check_start_pos(call), "expression in %s must be function call", kw);
        check_expr(c, call);
        return;
    }
    check_expr(c, call);
    if (call->mode == MODE_INVALID) return;
    char os[OS];
    if (u->conversion) {
        check_error(c, check_start_pos(call), "%s requires function call, not conversion", kw);
        return;
    }
    if (u->builtin && !check_builtin_is_stmt(u->builtin)) {
        check_error(c, check_start_pos(call), "%s discards result of %s", kw, check_ostr(c, call, os, sizeof os));
    }
}

static void return_stmt(Checker *c, Node *n)
{
    if (!c->fn) return;
    Type *sig = c->fn->sig;
    int nres = sig->nresults;
    if (n->nlist == 0) {
        if (nres > 0 && !c->fn->named_results) {
            char want[512];
            SBuf wb = {want, 0, sizeof want};
            check_types_summary(c, sig->results, nres, false, &wb);
            check_error(c, n->pos, "not enough return values\n\thave ()\n\twant %s", want);
        }
        if (nres > 0 && c->fn->named_results) {
            for (int i = 0; i < nres; i++) {
                Symbol *r = c->fn->results[i];
                if (!r || strcmp(r->name, "_") == 0) continue;
                Symbol *cur = scope_lookup(c, r->name, NULL);
                if (cur != r) {
                    char p[256];
                    char ts[ES];
                    check_error(c, n->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of var %s %s",
                                r->name, pos_str(c, cur->pos, p, sizeof p), r->name,
                                check_tstr(c, cur->type, ts, sizeof ts));
                }
            }
        }
        return;
    }
    for (int i = 0; i < n->nlist; i++) if (!n->list[i]) return;
    /* a single call forwarding several results */
    if (n->nlist == 1 && nres > 1) {
        Node *r = n->list[0];
        check_multi(c, r);
        if (r->mode == MODE_INVALID) return;
        if (r->type && r->type->kind == T_TUPLE && r->type->nresults == nres) {
            for (int i = 0; i < nres; i++) {
                Node tmp = *r;
                tmp.type = r->type->results[i];
                char cause[1024], os[OS], ts[ES];
                if (!check_assignable(c, &tmp, sig->results[i], cause, sizeof cause)) {
                    check_ostr(c, &tmp, os, sizeof os);
                    check_tstr(c, sig->results[i], ts, sizeof ts);
                    check_error(c, check_start_pos(r), "cannot use %s as %s value in return statement%s%s", os, ts,
                                cause[0] ? ": " : "", cause);
                }
            }
            return;
        }
        Type **have = r->type && r->type->kind == T_TUPLE ? r->type->results : &r->type;
        int nh = r->type && r->type->kind == T_TUPLE ? r->type->nresults : 1;
        char hs[512], ws[512];
        SBuf hb = {hs, 0, sizeof hs}, wb = {ws, 0, sizeof ws};
        check_types_summary(c, have, nh, false, &hb);
        check_types_summary(c, sig->results, nres, false, &wb);
        check_error(c, check_start_pos(r), "%s return values\n\thave %s\n\twant %s", nh > nres ? "too many" : "not enough",
                    hs, ws);
        return;
    }
    bool ok = true;
    for (int i = 0; i < n->nlist; i++) {
        Node *r = n->list[i];
        if (i < nres) check_expr_hint(c, r, sig->results[i]);
        else check_expr(c, r);
        if (!check_single_value(c, r)) ok = false;
    }
    if (!ok) return;
    if (n->nlist != nres) {
        Type **have = arena_alloc(c->arena, (size_t)n->nlist * sizeof *have);
        for (int i = 0; i < n->nlist; i++) have[i] = n->list[i]->type;
        Pos at = n->pos;
        const char *q = "not enough";
        if (n->nlist > nres) {
            at = check_start_pos(n->list[nres]);
            q = "too many";
        } else if (n->nlist > 0) {
            at = check_start_pos(n->list[n->nlist - 1]);
        }
        char hs[512], ws[512];
        SBuf hb = {hs, 0, sizeof hs}, wb = {ws, 0, sizeof ws};
        check_types_summary(c, have, n->nlist, false, &hb);
        check_types_summary(c, sig->results, nres, false, &wb);
        check_error(c, at, "%s return values\n\thave %s\n\twant %s", q, hs, ws);
        return;
    }
    for (int i = 0; i < nres; i++) check_assign_to(c, n->list[i], sig->results[i], "return statement");
}

static void send_stmt(Checker *c, Node *n)
{
    char os[OS];
    Node *ch = n->x, *v = n->y;
    if (!ch || !v) return;
    check_rvalue(c, ch);
    Type *u = ch->mode != MODE_INVALID ? types_under(ch->type) : NULL;
    if (u && u->kind == T_CHAN) check_expr_hint(c, v, u->elem);
    else check_expr(c, v);
    if (ch->mode == MODE_INVALID || v->mode == MODE_INVALID) return;
    if (u->kind != T_CHAN) {
        check_error(c, check_start_pos(ch), "invalid operation: cannot send to non-channel %s",
                    check_ostr(c, ch, os, sizeof os));
        return;
    }
    if (u->dir == CHAN_RECV) {
        check_error(c, check_start_pos(ch), "invalid operation: cannot send to receive-only channel %s",
                    check_ostr(c, ch, os, sizeof os));
        return;
    }
    check_assign_to(c, v, u->elem, "send");
}

static void expr_stmt(Checker *c, Node *n)
{
    Node *x = n->x;
    if (!x) return;
    check_expr(c, x);
    Node *u = unparen(x);
    char os[OS];
    if (x->mode == MODE_INVALID) return;
    if (x->mode == MODE_BUILTIN) {
        check_error(c, check_start_pos(x), "%s must be called", check_ostr(c, x, os, sizeof os));
        return;
    }
    if (x->mode == MODE_TYPE) {
        check_error(c, check_start_pos(x), "%s is not an expression", check_ostr(c, x, os, sizeof os));
        return;
    }
    if (u->kind == N_CALL && !u->conversion && (!u->builtin || check_builtin_is_stmt(u->builtin))) return;
    if (u->kind == N_UNARY && u->op == TK_ARROW) return;
    if (x->mode == MODE_PKG) {
        check_single_value(c, x);
        return;
    }
    check_error(c, check_start_pos(x), "%s is not used", check_ostr(c, x, os, sizeof os));
}

/* Labels, break/continue/goto targets and fallthrough placement are checked
 * by the parser (parse_branch.c), as gc's syntax package does. */

/* ---------- terminating statements ---------- */

static bool has_break(Node *n, const char *label, bool implicit, int depth)
{
    if (!n || depth > 500 || n->kind == N_FUNCLIT) return false;
    switch (n->kind) {
    case N_BRANCH:
        if (n->op != TK_BREAK) return false;
        if (!n->name) return implicit;
        return label && strcmp(n->name, label) == 0;
    case N_BLOCK:
        for (int i = 0; i < n->nlist; i++)
            if (has_break(n->list[i], label, implicit, depth + 1)) return true;
        return false;
    case N_LABELED: return has_break(n->x, label, implicit, depth + 1);
    case N_IF: return has_break(n->z, label, implicit, depth + 1) || has_break(n->w, label, implicit, depth + 1);
    case N_CASECLAUSE: case N_COMMCLAUSE:
        for (int i = 0; i < n->nlist2; i++)
            if (has_break(n->list2[i], label, implicit, depth + 1)) return true;
        return false;
    case N_FOR: case N_RANGE: return label && has_break(n->w, label, false, depth + 1);
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        if (!label) return false;
        for (int i = 0; i < n->nlist; i++)
            if (has_break(n->list[i], label, false, depth + 1)) return true;
        return false;
    default: return false;
    }
}

static bool list_terminating(Node **l, int n, const char *label)
{
    for (int i = n - 1; i >= 0; i--) {
        if (!l[i] || l[i]->kind == N_EMPTY) continue;
        return check_is_terminating(l[i], label);
    }
    return false;
}

bool check_is_terminating(Node *n, const char *label)
{
    if (!n) return false;
    switch (n->kind) {
    case N_RETURN: return true;
    case N_BRANCH: return n->op == TK_GOTO || n->op == TK_FALLTHROUGH;
    case N_EXPRSTMT: {
        Node *u = unparen(n->x);
        return u && u->kind == N_CALL && u->builtin == B_PANIC;
    }
    case N_BLOCK: return list_terminating(n->list, n->nlist, NULL);
    case N_LABELED: return check_is_terminating(n->x, n->name);
    case N_IF:
        return n->w && check_is_terminating(n->z, NULL) && check_is_terminating(n->w, NULL);
    case N_FOR: return !n->y && !has_break(n->w, label, true, 0);
    case N_RANGE: return false;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
        bool has_default = n->kind == N_SELECT;
        for (int i = 0; i < n->nlist; i++) {
            Node *cl = n->list[i];
            if (!cl) continue;
            if (n->kind != N_SELECT && cl->nlist == 0) has_default = true;
            if (has_break(cl, label, true, 0)) return false;
            if (!list_terminating(cl->list2, cl->nlist2, NULL)) {
                /* a trailing fallthrough counts as terminating */
                return false;
            }
        }
        return has_default;
    }
    default: return false;
    }
}

/* ---------- dispatch ---------- */

void check_block(Checker *c, Node *block, bool newscope)
{
    if (!block) return;
    if (newscope) open_scope(c);
    for (int i = 0; i < block->nlist; i++) check_stmt(c, block->list[i]);
    if (newscope) close_scope(c);
}

void check_stmt(Checker *c, Node *n)
{
    if (!n) return;
    if (++c->depth > CHECK_MAX_DEPTH) {
        c->depth--;
        return;
    }
    n->func = c->fn ? c->fn->node : NULL;
    switch (n->kind) {
    case N_EMPTY: case N_BAD: break;
    case N_BLOCK: check_block(c, n, true); break;
    case N_EXPRSTMT: expr_stmt(c, n); break;
    case N_SEND: send_stmt(c, n); break;
    case N_INCDEC: incdec(c, n); break;
    case N_ASSIGN:
        if (n->op == TK_DEFINE) short_var_decl(c, n);
        else if (n->op == TK_ASSIGN) assign_stmt(c, n);
        else op_assign(c, n);
        break;
    case N_GO: case N_DEFER: go_defer(c, n); break;
    case N_RETURN: return_stmt(c, n); break;
    case N_BRANCH: break;   /* validity: check_labels */
    case N_LABELED: check_stmt(c, n->x); break;
    case N_IF: if_stmt(c, n); break;
    case N_SWITCH: switch_stmt(c, n); break;
    case N_TYPESWITCH: type_switch(c, n); break;
    case N_SELECT: select_stmt(c, n); break;
    case N_FOR: for_stmt(c, n); break;
    case N_RANGE: range_stmt(c, n); break;
    case N_DECLSTMT: decl_stmt(c, n->x); break;
    default: break;
    }
    c->depth--;
}
