/* check_fmt.c - how the checker's messages spell expressions and operands.
 *
 * Expressions print as the gc compiler's syntax printer does in its short
 * form: binary operators with spaces, composite literals and function bodies
 * abbreviated to {…}.  Operands print as go/types' operand.String:
 * `x (variable of type int)`, `100 + 100 (untyped int constant 200)`.
 */
#include "check_int.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void sb_putn(SBuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (b->cap && b->len + 1 < b->cap) b->p[b->len] = s[i];
        b->len++;
    }
    if (b->cap) b->p[b->len < b->cap ? b->len : b->cap - 1] = 0;
}

void sb_put(SBuf *b, const char *s) { sb_putn(b, s, strlen(s)); }

void sb_printf(SBuf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    sb_put(b, tmp);
}

static void expr_str(Checker *c, Node *n, SBuf *b, int depth);

static void list_str(Checker *c, Node **l, int n, SBuf *b, int depth)
{
    for (int i = 0; i < n; i++) {
        if (i) sb_put(b, ", ");
        expr_str(c, l[i], b, depth + 1);
    }
}

/* A parameter or field list: "a, b int, s ...string". */
static void fields_str(Checker *c, Node **l, int n, const char *sep, SBuf *b, int depth)
{
    for (int i = 0; i < n; i++) {
        Node *f = l[i];
        if (i) sb_put(b, sep);
        if (!f) continue;
        if (f->kind != N_FIELD) {
            expr_str(c, f, b, depth + 1);
            continue;
        }
        for (int j = 0; j < f->nnames; j++) {
            if (j) sb_put(b, ", ");
            expr_str(c, f->names[j], b, depth + 1);
        }
        if (f->nnames && f->x) sb_put(b, " ");
        expr_str(c, f->x, b, depth + 1);
    }
}

static void sig_str(Checker *c, Node *ft, SBuf *b, int depth)
{
    sb_put(b, "(");
    if (ft) fields_str(c, ft->list, ft->nlist, ", ", b, depth);
    sb_put(b, ")");
    if (!ft || ft->nlist2 == 0) return;
    sb_put(b, " ");
    if (ft->nlist2 == 1 && ft->list2[0] && ft->list2[0]->nnames == 0) {
        expr_str(c, ft->list2[0]->x, b, depth + 1);
        return;
    }
    sb_put(b, "(");
    fields_str(c, ft->list2, ft->nlist2, ", ", b, depth);
    sb_put(b, ")");
}

static void expr_str(Checker *c, Node *n, SBuf *b, int depth)
{
    if (!n) return;
    if (depth > 100) {
        sb_put(b, "…");
        return;
    }
    switch (n->kind) {
    case N_IDENT: sb_put(b, n->name ? n->name : "_"); break;
    case N_BASICLIT: if (n->lit) sb_putn(b, n->lit, (size_t)n->litlen); break;
    case N_COMPOSITE:
        expr_str(c, n->x, b, depth + 1);
        sb_put(b, n->nlist ? "{…}" : "{}");
        break;
    case N_KEYVALUE:
        expr_str(c, n->x, b, depth + 1);
        sb_put(b, ": ");
        expr_str(c, n->y, b, depth + 1);
        break;
    case N_FUNCLIT:
        sb_put(b, "func");
        sig_str(c, n->x, b, depth);
        sb_put(b, n->y && n->y->nlist ? " {…}" : " {}");
        break;
    case N_PAREN: sb_put(b, "("); expr_str(c, n->x, b, depth + 1); sb_put(b, ")"); break;
    case N_SELECTOR:
        expr_str(c, n->x, b, depth + 1);
        sb_put(b, ".");
        sb_put(b, n->name ? n->name : "_");
        break;
    case N_INDEX:
        expr_str(c, n->x, b, depth + 1);
        sb_put(b, "[");
        expr_str(c, n->y, b, depth + 1);
        sb_put(b, "]");
        break;
    case N_SLICEEXPR:
        expr_str(c, n->x, b, depth + 1);
        sb_put(b, "[");
        expr_str(c, n->y, b, depth + 1);
        sb_put(b, ":");
        expr_str(c, n->z, b, depth + 1);
        if (n->flags & NF_SLICE3) {
            sb_put(b, ":");
            expr_str(c, n->w, b, depth + 1);
        }
        sb_put(b, "]");
        break;
    case N_TYPEASSERT:
        expr_str(c, n->x, b, depth + 1);
        sb_put(b, ".(");
        if (n->y) expr_str(c, n->y, b, depth + 1);
        else sb_put(b, "type");
        sb_put(b, ")");
        break;
    case N_CALL:
        expr_str(c, n->x, b, depth + 1);
        sb_put(b, "(");
        list_str(c, n->list, n->nlist, b, depth);
        if (n->flags & NF_ELLIPSIS) sb_put(b, "...");
        sb_put(b, ")");
        break;
    case N_STAR: sb_put(b, "*"); expr_str(c, n->x, b, depth + 1); break;
    case N_UNARY: sb_put(b, tok_str(n->op)); expr_str(c, n->x, b, depth + 1); break;
    case N_BINARY:
        expr_str(c, n->x, b, depth + 1);
        sb_put(b, " ");
        sb_put(b, tok_str(n->op));
        sb_put(b, " ");
        expr_str(c, n->y, b, depth + 1);
        break;
    case N_ARRAYTYPE:
        sb_put(b, "[");
        if (n->flags & NF_ELLIPSIS_LEN) sb_put(b, "...");
        else expr_str(c, n->x, b, depth + 1);
        sb_put(b, "]");
        expr_str(c, n->y, b, depth + 1);
        break;
    case N_STRUCTTYPE:
        sb_put(b, "struct{");
        fields_str(c, n->list, n->nlist, "; ", b, depth);
        sb_put(b, "}");
        break;
    case N_FUNCTYPE: sb_put(b, "func"); sig_str(c, n, b, depth); break;
    case N_INTERFACETYPE:
        sb_put(b, "interface{");
        for (int i = 0; i < n->nlist; i++) {
            Node *f = n->list[i];
            if (i) sb_put(b, "; ");
            if (!f) continue;
            if (f->nnames && f->x && f->x->kind == N_FUNCTYPE) {
                expr_str(c, f->names[0], b, depth + 1);
                sig_str(c, f->x, b, depth);
            } else {
                expr_str(c, f->x, b, depth + 1);
            }
        }
        sb_put(b, "}");
        break;
    case N_MAPTYPE:
        sb_put(b, "map[");
        expr_str(c, n->x, b, depth + 1);
        sb_put(b, "]");
        expr_str(c, n->y, b, depth + 1);
        break;
    case N_CHANTYPE:
        sb_put(b, n->dir == CHAN_RECV ? "<-chan " : n->dir == CHAN_SEND ? "chan<- " : "chan ");
        expr_str(c, n->x, b, depth + 1);
        break;
    case N_ELLIPSIS: sb_put(b, "..."); expr_str(c, n->x, b, depth + 1); break;
    default: break;
    }
}

void check_expr_string(Checker *c, Node *n, SBuf *b) { expr_str(c, n, b, 0); }

const char *check_estr(Checker *c, Node *n, char *buf, size_t len)
{
    SBuf b = {buf, 0, len};
    if (len) buf[0] = 0;
    expr_str(c, n, &b, 0);
    return buf;
}

static const char *mode_str(ExprMode m)
{
    switch (m) {
    case MODE_INVALID: return "invalid operand";
    case MODE_NOVALUE: return "no value";
    case MODE_BUILTIN: return "built-in";
    case MODE_TYPE: return "type";
    case MODE_CONST: return "constant";
    case MODE_VAR: return "variable";
    case MODE_MAPINDEX: return "map index expression";
    case MODE_COMMAOK: return "comma, ok expression";
    default: return "value";
    }
}

/* go/types keeps parameter names in signatures: func(a ...any) (n int, err error).
 * Interned Types have none, so a function's declaration supplies them. */
static Node *decl_functype(Node *n)
{
    while (n && n->kind == N_PAREN) n = n->x;
    if (!n) return NULL;
    if (n->kind == N_FUNCLIT) return n->x;
    if ((n->kind == N_IDENT || (n->kind == N_SELECTOR && n->sel && n->sel->kind == SEL_PKG)) && n->sym &&
        n->sym->kind == SYM_FUNC && n->sym->decl && n->sym->decl->kind == N_FUNCDECL)
        return n->sym->decl->y;
    return NULL;
}

static bool named_fields_str(Checker *c, Node **l, int n, SBuf *b)
{
    for (int i = 0; i < n; i++) {
        Node *f = l[i];
        if (!f || !f->x || !f->x->type) return false;
        Node *tn = f->x;
        char ts[256];
        const char *dots = "";
        Type *t = tn->type;
        if (tn->kind == N_ELLIPSIS && t->kind == T_SLICE) {
            dots = "...";
            t = t->elem;
        }
        check_tstr(c, t, ts, sizeof ts);
        int cnt = f->nnames ? f->nnames : 1;
        for (int j = 0; j < cnt; j++) {
            if (i || j) sb_put(b, ", ");
            if (f->nnames && f->names[j] && f->names[j]->name) {
                sb_put(b, f->names[j]->name);
                sb_put(b, " ");
            }
            sb_put(b, dots);
            sb_put(b, ts);
        }
    }
    return true;
}

static bool sig_with_names(Checker *c, Node *ft, SBuf *b)
{
    if (!ft || ft->kind != N_FUNCTYPE) return false;
    char tmp[512];
    SBuf t = {tmp, 0, sizeof tmp};
    sb_put(&t, "func(");
    if (!named_fields_str(c, ft->list, ft->nlist, &t)) return false;
    sb_put(&t, ")");
    if (ft->nlist2 > 0) {
        bool paren = !(ft->nlist2 == 1 && ft->list2[0] && ft->list2[0]->nnames == 0);
        sb_put(&t, paren ? " (" : " ");
        if (!named_fields_str(c, ft->list2, ft->nlist2, &t)) return false;
        if (paren) sb_put(&t, ")");
    }
    if (t.len >= sizeof tmp) return false;
    sb_put(b, tmp);
    return true;
}

const char *check_ostr(Checker *c, Node *n, char *buf, size_t len)
{
    SBuf b = {buf, 0, len};
    if (len) buf[0] = 0;
    if (!n) return buf;
    Type *t = n->type;
    if (t && t->kind == T_UNTYPED_NIL && n->mode != MODE_TYPE) {
        sb_put(&b, "nil");
        return buf;
    }
    char e[256];
    check_estr(c, n, e, sizeof e);
    sb_put(&b, e);
    sb_put(&b, " (");
    bool has_type = false;
    switch (n->mode) {
    case MODE_INVALID: case MODE_NOVALUE: case MODE_BUILTIN: case MODE_TYPE: break;
    default:
        if (t) {
            if (types_is_untyped(t)) {
                sb_put(&b, t->name);
                sb_put(&b, " ");
            } else {
                has_type = true;
            }
        }
    }
    sb_put(&b, mode_str(n->mode));
    if (n->mode == MODE_CONST) {
        char v[512];
        if (n->cv.kind == CV_FLOAT && t && (t->kind == T_UNTYPED_INT || t->kind == T_UNTYPED_RUNE))
            snprintf(v, sizeof v, "%.0Lf", n->cv.f);   /* a big integer kept as long double */
        else
            cv_string(n->cv, v, sizeof v);
        if (strcmp(v, e) != 0) {
            sb_put(&b, " ");
            sb_put(&b, v);
        }
    }
    if (has_type) {
        char ts[256];
        sb_put(&b, " of type ");
        if (!(t->kind == T_FUNC && !t->name && sig_with_names(c, decl_functype(n), &b)))
            sb_put(&b, check_tstr(c, t, ts, sizeof ts));
    }
    sb_put(&b, ")");
    return buf;
}

void check_types_summary(Checker *c, Type **ts, int n, bool variadic, SBuf *b)
{
    sb_put(b, "(");
    for (int i = 0; i < n; i++) {
        Type *t = ts[i];
        if (i) sb_put(b, ", ");
        if (!t || t->kind == T_INVALID) {
            sb_put(b, "<T>");
        } else if (types_is_untyped(t)) {
            if (types_is_numeric(t)) sb_put(b, "number");
            else sb_put(b, t->name + strlen("untyped "));
        } else if (variadic && i == n - 1 && t->kind == T_SLICE) {
            char s[256];
            sb_put(b, "...");
            sb_put(b, check_tstr(c, t->elem, s, sizeof s));
        } else {
            char s[256];
            sb_put(b, check_tstr(c, t, s, sizeof s));
        }
    }
    sb_put(b, ")");
}
