/* check_rangefunc.c - range over functions (Go 1.23 iterators), by rewriting.
 *
 *     for k, v := range seq { body }
 * becomes
 *     seq(func(k K, v V) bool { body'; return true })
 * where body' has each `break` of this loop turned into `return false` and
 * each `continue` into `return true` (those inside nested loops, switches
 * and selects, and inside function literals, are left alone).  The N_RANGE
 * node is rewritten in place into an N_EXPRSTMT of that call, so the
 * compiler sees an ordinary call of a function literal.  The parameters
 * are fresh names; the body starts with `k, v := ...` (or `=` for
 * `k, v = range`), so an unused k is reported as Go does.
 *
 * Not supported (reported): return, goto, defer and labeled break/continue
 * inside such a loop body: they would need the loop's state machine that
 * Go's compiler generates.
 */
#include "check_int.h"
#include <string.h>

static Node *mk(Checker *c, NodeKind k, Pos pos)
{
    Node *n = arena_alloc(c->arena, sizeof *n);
    n->kind = k;
    n->pos = pos;
    n->oppos = pos;
    n->endpos = pos;
    n->index = -1;
    return n;
}

static Node *ident(Checker *c, const char *name, Pos pos)
{
    Node *n = mk(c, N_IDENT, pos);
    n->name = name;
    return n;
}

/* A type name visible only to the rewritten code. */
static Node *type_ref(Checker *c, const char *name, Type *t, Pos pos)
{
    CSym *o = sym_new(c, SYM_TYPE, name, pos, t);
    o->is_alias = true;
    o->s.used = true;
    scope_insert(c, c->scope, &o->s);
    return ident(c, name, pos);
}

static Node *ret_bool(Checker *c, Pos pos, bool v)
{
    Node *r = mk(c, N_RETURN, pos);
    r->list = arena_alloc(c->arena, sizeof *r->list);
    r->list[0] = ident(c, v ? "true" : "false", pos);
    r->nlist = 1;
    return r;
}

/* in_loop: inside a nested for/range (continue and break are theirs);
 * in_brk: inside a nested switch/select (break is theirs). */
static void rewrite(Checker *c, Node *n, bool in_loop, bool in_brk, int depth)
{
    if (!n || depth > 2000) return;
    switch (n->kind) {
    case N_FUNCLIT: return;
    case N_BRANCH:
        if (n->name) {
            if (n->op == TK_BREAK || n->op == TK_CONTINUE)
                check_error(c, n->pos, "labeled %s in a range-over-func loop is not supported by gocafe",
                            n->op == TK_BREAK ? "break" : "continue");
            else if (n->op == TK_GOTO)
                check_error(c, n->pos, "goto in a range-over-func loop is not supported by gocafe");
            return;
        }
        if (n->op == TK_BREAK && !in_loop && !in_brk) *n = *ret_bool(c, n->pos, false);
        else if (n->op == TK_CONTINUE && !in_loop) *n = *ret_bool(c, n->pos, true);
        return;
    case N_RETURN:
        check_error(c, n->pos, "return in a range-over-func loop is not supported by gocafe");
        return;
    case N_DEFER:
        check_error(c, n->pos, "defer in a range-over-func loop is not supported by gocafe");
        return;
    case N_FOR: case N_RANGE: in_loop = true; break;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT: in_brk = true; break;
    default: break;
    }
    rewrite(c, n->x, in_loop, in_brk, depth + 1);
    rewrite(c, n->y, in_loop, in_brk, depth + 1);
    rewrite(c, n->z, in_loop, in_brk, depth + 1);
    rewrite(c, n->w, in_loop, in_brk, depth + 1);
    for (int i = 0; i < n->nlist; i++) rewrite(c, n->list[i], in_loop, in_brk, depth + 1);
    for (int i = 0; i < n->nlist2; i++) rewrite(c, n->list2[i], in_loop, in_brk, depth + 1);
}

/* Called by range_stmt with n->z checked and of func type: reports a wrong
 * iterator signature, or rewrites n and checks the result.  The caller's
 * scope for the range is open. */
void check_range_func(Checker *c, Node *n)
{
    char os[512];
    Node *x = n->z;
    Type *u = types_under(x->type);
    Type *yield = u->nparams == 1 ? types_under(u->params[0]) : NULL;
    const char *why = NULL;   /* types2's words (rangeKeyVal) */
    if (u->nparams != 1) why = "wrong argument count";
    else if (u->nresults != 0) why = "unexpected results";
    else if (yield->kind != T_FUNC) why = "argument is not func";
    else if (yield->nparams > 2) why = "yield func has too many parameters";
    else if (yield->nresults != 1 || yield->results[0] != c->tt->t_bool)
        why = yield->nresults == 1 && types_under(yield->results[0])->kind == T_BOOL
                  ? "yield func returns user-defined boolean, not bool"
                  : "yield func does not return bool";
    if (why) {
        check_error(c, check_start_pos(x), "cannot range over %s: func must be func(yield func(...) bool): %s",
                    check_ostr(c, x, os, sizeof os), why);
        return;
    }
    Node *lhs[2] = {n->x, n->y};
    int nv = (lhs[0] != NULL) + (lhs[1] != NULL);
    if (nv > yield->nparams) {
        check_error(c, check_start_pos(lhs[yield->nparams]), "range over %s permits only %d iteration variable%s",
                    check_ostr(c, x, os, sizeof os), yield->nparams, yield->nparams == 1 ? "" : "s");
        return;
    }
    Pos pos = n->pos;
    /* func(k K, v V) bool */
    Node *ft = mk(c, N_FUNCTYPE, pos);
    ft->nlist = yield->nparams;
    ft->list = arena_alloc(c->arena, (size_t)(ft->nlist + 1) * sizeof *ft->list);
    Node *body = n->w ? n->w : mk(c, N_BLOCK, pos);
    int nassign = 0;
    Node *assigns[2];
    static const char *const tn[2] = {"range-K", "range-V"}, *const pn[2] = {"range-k", "range-v"};
    for (int i = 0; i < yield->nparams; i++) {
        Node *f = mk(c, N_FIELD, pos);
        f->x = type_ref(c, tn[i], yield->params[i], pos);
        Node *l = lhs[i];
        const char *name = "_";
        Pos npos = pos;
        bool blank = l && l->kind == N_IDENT && l->name && strcmp(l->name, "_") == 0;
        if (l && !blank && (n->op == TK_ASSIGN || (n->op == TK_DEFINE && l->kind == N_IDENT))) {
            /* k := range-k (or k = range-k): an unused k is reported as Go does */
            name = pn[i];
            Node *a = mk(c, N_ASSIGN, l->pos);
            a->op = n->op;
            a->list = arena_alloc(c->arena, sizeof *a->list);
            a->list[0] = l;
            a->nlist = 1;
            a->list2 = arena_alloc(c->arena, sizeof *a->list2);
            a->list2[0] = ident(c, name, l->pos);
            a->nlist2 = 1;
            assigns[nassign++] = a;
        } else if (l && n->op == TK_DEFINE && !blank) {
            check_error(c, check_start_pos(l), "non-name on left side of :=");
        }
        f->names = arena_alloc(c->arena, sizeof *f->names);
        f->names[0] = ident(c, name, npos);
        f->nnames = 1;
        ft->list[i] = f;
    }
    Node *rf = mk(c, N_FIELD, pos);
    rf->x = type_ref(c, "range-bool", c->tt->t_bool, pos);
    ft->list2 = arena_alloc(c->arena, sizeof *ft->list2);
    ft->list2[0] = rf;
    ft->nlist2 = 1;
    rewrite(c, body, false, false, 0);
    Node **stmts = arena_alloc(c->arena, (size_t)(body->nlist + nassign + 1) * sizeof *stmts);
    int k = 0;
    for (int i = 0; i < nassign; i++) stmts[k++] = assigns[i];
    for (int i = 0; i < body->nlist; i++) stmts[k++] = body->list[i];
    stmts[k++] = ret_bool(c, body->endpos.line ? body->endpos : pos, true);
    Node *blk = mk(c, N_BLOCK, body->pos);
    blk->endpos = body->endpos;
    blk->list = stmts;
    blk->nlist = k;
    Node *lit = mk(c, N_FUNCLIT, pos);
    lit->x = ft;
    lit->y = blk;
    check_funclit(c, lit);
    /* seq(lit) as a statement; x is already checked */
    Node *call = mk(c, N_CALL, x->pos);
    call->oppos = n->oppos;
    call->endpos = body->endpos;
    call->x = x;
    call->list = arena_alloc(c->arena, sizeof *call->list);
    call->list[0] = lit;
    call->nlist = 1;
    call->mode = MODE_NOVALUE;
    call->type = NULL;
    Pos spos = n->pos;
    Node *fn = n->func;
    memset(n, 0, sizeof *n);
    n->kind = N_EXPRSTMT;
    n->pos = spos;
    n->oppos = spos;
    n->endpos = spos;
    n->x = call;
    n->func = fn;
    n->index = -1;
}
