/* parse.c - Go source to AST: a port of the gc compiler's recursive-descent
 * parser (cmd/compile/internal/syntax/parser.go, Go 1.19, with the error texts
 * of current Go: "expected X", "unexpected keyword else", "unexpected name x")
 * onto ast.h's Nodes.
 *
 * Contract (parse.h): parse_file never fails; it returns an N_FILE (possibly
 * partial) and adds diagnostics with gc's exact texts and positions.  Error
 * handling follows gc: syntax errors name the unexpected token, at most one
 * syntax error is kept per line (gc's base.ErrorfAt rule), and recovery skips
 * to a follow token or a statement keyword (advance).  Every loop consumes a
 * token or stops at EOF; nesting deeper than MAX_DEPTH stops the parse with
 * "syntax error: too deeply nested", so the parser is safe to fuzz.
 *
 * Positions: Node.pos is where types2 reports a node (syntax.StartPos), Node.oppos
 * is gc's own node position (operator, '(' of a call, ...); see ast.h.
 * Type parameters are parsed (so recovery is exact) but reported as unsupported.
 */
#include "parse_int.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MAX_DEPTH 1000    /* nested expressions/types/statements */

typedef struct NVec { Node **v; int n, cap; } NVec;

typedef struct Parser {
    Lexer lx;
    Token tok;            /* current token */
    Arena *a;
    Diags *d;
    int errcnt;           /* all errors so far (gc's p.errcnt; p.first != nil) */
    int nstop;            /* errors that stop compilation (N_FILE ival) */
    int fnest;            /* function nesting (advance's stopset applies inside) */
    int xnest;            /* expression nesting: < 0 in if/for/switch headers */
    int depth;            /* recursion guard */
    int bail;             /* too deep: every further token is EOF */
    int32_t syn_line;     /* line of the last syntax error kept */
    int32_t other_line;   /* line and text of the last other error */
    char other_msg[256];
} Parser;

/* ---- nodes and lists ---- */

Node *ast_new(Arena *a, NodeKind k, Pos pos)
{
    Node *n = arena_alloc(a, sizeof *n);
    n->kind = k;
    n->pos = pos;
    n->oppos = pos;
    return n;
}

static const char *const kind_names[] = {
    "BAD", "IDENT", "BASICLIT", "COMPOSITE", "KEYVALUE", "FUNCLIT", "PAREN",
    "SELECTOR", "INDEX", "SLICEEXPR", "TYPEASSERT", "CALL", "STAR", "UNARY", "BINARY",
    "ARRAYTYPE", "STRUCTTYPE", "FUNCTYPE", "INTERFACETYPE", "MAPTYPE", "CHANTYPE",
    "ELLIPSIS", "FIELD",
    "BLOCK", "EXPRSTMT", "SEND", "INCDEC", "ASSIGN", "GO", "DEFER", "RETURN",
    "BRANCH", "LABELED", "IF", "SWITCH", "TYPESWITCH", "CASECLAUSE", "SELECT",
    "COMMCLAUSE", "FOR", "RANGE", "DECLSTMT", "EMPTY",
    "FILE", "IMPORT", "GENDECL", "VALUESPEC", "TYPESPEC", "FUNCDECL",
};

const char *ast_kind_name(NodeKind k)
{
    _Static_assert(sizeof kind_names / sizeof kind_names[0] == N_NKINDS, "kind_names");
    return (unsigned)k < N_NKINDS ? kind_names[k] : "?";
}

static Node *mk(Parser *p, NodeKind k, Pos pos) { return ast_new(p->a, k, pos); }

static void vpush(Parser *p, NVec *v, Node *x)
{
    if (v->n == v->cap) {
        int nc = v->cap ? v->cap * 2 : 4;
        Node **nv = arena_alloc(p->a, (size_t)nc * sizeof *nv);
        if (v->n) memcpy(nv, v->v, (size_t)v->n * sizeof *nv);
        v->v = nv;
        v->cap = nc;
    }
    v->v[v->n++] = x;
}

static void set_names1(Parser *p, Node *f, Node *name)
{
    f->names = NULL;
    f->nnames = 0;
    if (name) {
        f->names = arena_alloc(p->a, sizeof *f->names);
        f->names[0] = name;
        f->nnames = 1;
    }
}

static Node *fname(Node *f) { return f->nnames ? f->names[0] : NULL; }

/* ---- errors ---- */

static void report(Parser *p, Pos pos, const char *msg)
{
    p->errcnt++;
    if (strncmp(msg, "syntax error", 12) == 0) {
        p->nstop++;
        if (p->syn_line == pos.line) return;   /* one syntax error per line */
        p->syn_line = pos.line;
    } else {
        if (p->other_line == pos.line && strcmp(p->other_msg, msg) == 0) return;
        p->other_line = pos.line;
        snprintf(p->other_msg, sizeof p->other_msg, "%s", msg);
    }
    diags_add(p->d, pos, "%s", msg);
}

static void lex_error(void *ud, Pos pos, const char *msg) { report(ud, pos, msg); }

static int is_literal(TokKind k) { return k >= TK_INT && k <= TK_STRING; }

/* gc's tokstring: how a token is named in a syntax error, after "unexpected"
 * or "expected".  Since Go 1.20 keywords read "keyword else" (Go 1.19 said
 * "else"); the returned text lives in a static table. */
static const char *tokstring(TokKind k)
{
    static const char *const kw[] = {
#define KW(k, s) [k - TK_BREAK] = "keyword " s,
        KW(TK_BREAK, "break") KW(TK_CASE, "case") KW(TK_CHAN, "chan") KW(TK_CONST, "const")
        KW(TK_CONTINUE, "continue") KW(TK_DEFAULT, "default") KW(TK_DEFER, "defer")
        KW(TK_ELSE, "else") KW(TK_FALLTHROUGH, "fallthrough") KW(TK_FOR, "for")
        KW(TK_FUNC, "func") KW(TK_GO, "go") KW(TK_GOTO, "goto") KW(TK_IF, "if")
        KW(TK_IMPORT, "import") KW(TK_INTERFACE, "interface") KW(TK_MAP, "map")
        KW(TK_PACKAGE, "package") KW(TK_RANGE, "range") KW(TK_RETURN, "return")
        KW(TK_SELECT, "select") KW(TK_STRUCT, "struct") KW(TK_SWITCH, "switch")
        KW(TK_TYPE, "type") KW(TK_VAR, "var")
#undef KW
    };
    if (k == TK_COMMA) return "comma";
    if (k == TK_SEMICOLON) return "semicolon or newline";
    if (k >= TK_BREAK && k <= TK_VAR) return kw[k - TK_BREAK];
    return tok_str(k);
}

static const char *semi_lit(const Token *t)
{
    if (t->len == 0) return "EOF";
    return t->text[0] == ';' ? "semicolon" : "newline";
}

static int starts(const char *s, const char *pre) { return strncmp(s, pre, strlen(pre)) == 0; }

static void syntax_error_at(Parser *p, Pos pos, const char *msg)
{
    char buf[600];
    const char *sep;
    if (p->tok.kind == TK_EOF && p->errcnt > 0) return;  /* no follow-up noise */
    if (msg[0] == 0) sep = "";
    else if (starts(msg, "in ") || starts(msg, "at ") || starts(msg, "after ")) sep = " ";
    else if (starts(msg, "expected ")) sep = ", ";
    else {
        snprintf(buf, sizeof buf, "syntax error: %s", msg);
        report(p, pos, buf);
        return;
    }
    const Token *t = &p->tok;
    if (t->kind == TK_IDENT)
        snprintf(buf, sizeof buf, "syntax error: unexpected name %.*s%s%s", t->len, t->text, sep, msg);
    else if (t->kind == TK_SEMICOLON)
        snprintf(buf, sizeof buf, "syntax error: unexpected %s%s%s", semi_lit(t), sep, msg);
    else if (is_literal(t->kind))
        snprintf(buf, sizeof buf, "syntax error: unexpected literal %.*s%s%s",
                 t->len > 200 ? 200 : t->len, t->text, sep, msg);
    else
        snprintf(buf, sizeof buf, "syntax error: unexpected %s%s%s", tokstring(t->kind), sep, msg);
    report(p, pos, buf);
}

static void syntax_error(Parser *p, const char *msg) { syntax_error_at(p, p->tok.pos, msg); }

static void error_at(Parser *p, Pos pos, const char *msg) { report(p, pos, msg); }

/* ---- tokens ---- */

static void next(Parser *p)
{
    if (p->bail) {
        p->tok.kind = TK_EOF;
        p->tok.len = 0;
        p->tok.text = "";
        return;
    }
    p->tok = lex_next(&p->lx);
}

static int got(Parser *p, TokKind k)
{
    if (p->tok.kind == k) {
        next(p);
        return 1;
    }
    return 0;
}

static void advance_(Parser *p, const int *follow, int n);
#define ADV(p, ...) advance_((p), (const int[]){__VA_ARGS__}, \
                             (int)(sizeof((const int[]){__VA_ARGS__}) / sizeof(int)))
#define TK_ANYOP ((int)TK_NKINDS + 1)   /* follow-list marker: any gc _Operator */

static void want(Parser *p, TokKind k)
{
    if (!got(p, k)) {
        char m[64];
        snprintf(m, sizeof m, "expected %s", tokstring(k));
        syntax_error(p, m);
        advance_(p, NULL, 0);
    }
}

static int got_assign(Parser *p)
{
    if (p->tok.kind == TK_DEFINE) syntax_error(p, "expected =");
    if (p->tok.kind == TK_DEFINE || p->tok.kind == TK_ASSIGN) {
        next(p);
        return 1;
    }
    return 0;
}

/* gc's _Operator class (binary operators except '*', plus ! and ~). */
static int is_gc_operator(TokKind k)
{
    switch (k) {
    case TK_ADD: case TK_SUB: case TK_QUO: case TK_REM: case TK_AND: case TK_OR:
    case TK_XOR: case TK_SHL: case TK_SHR: case TK_AND_NOT: case TK_LAND: case TK_LOR:
    case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ:
    case TK_NOT: case TK_TILDE:
        return 1;
    default:
        return 0;
    }
}

static int binprec(TokKind k)
{
    switch (k) {
    case TK_LOR: return 1;
    case TK_LAND: return 2;
    case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ: return 3;
    case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: return 4;
    case TK_MUL: case TK_QUO: case TK_REM: case TK_AND: case TK_AND_NOT: case TK_SHL:
    case TK_SHR: return 5;
    default: return 0;
    }
}

static int is_assignop(TokKind k) { return k >= TK_ADD_ASSIGN && k <= TK_AND_NOT_ASSIGN; }

static int in_stopset(TokKind k)
{
    switch (k) {
    case TK_BREAK: case TK_CONST: case TK_CONTINUE: case TK_DEFER: case TK_FALLTHROUGH:
    case TK_FOR: case TK_GO: case TK_GOTO: case TK_IF: case TK_RETURN: case TK_SELECT:
    case TK_SWITCH: case TK_TYPE: case TK_VAR:
        return 1;
    default:
        return 0;
    }
}

/* Skips to a token of the follow list (or, inside a function, a statement
 * keyword); with an empty list, consumes exactly one non-EOF token. */
static void advance_(Parser *p, const int *follow, int n)
{
    for (;;) {
        TokKind k = p->tok.kind;
        if (k == TK_EOF) return;
        if (n > 0) {
            if (p->fnest > 0 && in_stopset(k)) return;
            for (int i = 0; i < n; i++)
                if (follow[i] == (int)k || (follow[i] == TK_ANYOP && is_gc_operator(k))) return;
        }
        next(p);
        if (n == 0) return;
    }
}

static Node *bad(Parser *p) { return mk(p, N_BAD, p->tok.pos); }

static int enter(Parser *p)
{
    if (++p->depth <= MAX_DEPTH && !p->bail) return 1;
    if (!p->bail) {
        syntax_error(p, "too deeply nested");
        p->bail = 1;
        next(p);
    }
    return 0;
}

static void leave(Parser *p) { p->depth--; }

/* Go's syntax.String(n), short form, into an arena string. */
static const char *node_str(Parser *p, Node *n)
{
    char tmp[300];
    size_t len = ast_expr_str(n, tmp, sizeof tmp);
    return arena_strndup(p->a, tmp, len);
}

/* An expression list as gc prints it: "a, b". */
static const char *list_str(Parser *p, Node **v, int n)
{
    char tmp[300];
    size_t len = 0;
    tmp[0] = 0;
    for (int i = 0; i < n && len < sizeof tmp - 1; i++) {
        if (i) len += (size_t)snprintf(tmp + len, sizeof tmp - len, ", ");
        if (len < sizeof tmp - 1) len += ast_expr_str(v[i], tmp + len, sizeof tmp - len);
    }
    if (len > sizeof tmp - 1) len = sizeof tmp - 1;
    return arena_strndup(p->a, tmp, len);
}

/* ---- start positions (types2's syntax.StartPos) ---- */

static Pos start_pos(Node *n) { return n ? n->pos : (Pos){0, 0}; }

/* ---- forward declarations ---- */

static Node *expr(Parser *p);
static Node *binary_expr(Parser *p, Node *x, int prec);
static Node *unary_expr(Parser *p);
static Node *pexpr(Parser *p, Node *x, int keep_parens);
static Node *type_(Parser *p);
static Node *type_or_nil(Parser *p);
static Node *func_type(Parser *p, const char *context, Pos pos, NVec *tparams);
static Node *block_stmt(Parser *p, const char *context);
static Node *stmt_or_nil(Parser *p);
static void stmt_list(Parser *p, Node ***out, int *nout);
static NVec param_list(Parser *p, Node *name, Node *typ, TokKind close, int require_names, int dddok);
static Node *complit_expr(Parser *p);
static Node *qualified_name(Parser *p, Node *name);
static NVec expr_list(Parser *p);
static Node *type_list(Parser *p, int *comma, NVec *all);
static Node *embedded_elem(Parser *p, Node *f);

/* ---- common productions ---- */

static Node *ident_at(Parser *p, Pos pos, const char *s, size_t n)
{
    Node *x = mk(p, N_IDENT, pos);
    x->name = arena_strndup(p->a, s, n);
    return x;
}

static Node *name(Parser *p)
{
    if (p->tok.kind == TK_IDENT) {
        Node *n = ident_at(p, p->tok.pos, p->tok.text, (size_t)p->tok.len);
        next(p);
        return n;
    }
    Node *n = ident_at(p, p->tok.pos, "_", 1);
    syntax_error(p, "expected name");
    advance_(p, NULL, 0);
    return n;
}

static void name_list(Parser *p, Node *first, NVec *v)
{
    vpush(p, v, first);
    while (got(p, TK_COMMA)) vpush(p, v, name(p));
}

static Node *expr(Parser *p) { return binary_expr(p, NULL, 0); }

static NVec expr_list(Parser *p)
{
    NVec v = {0};
    vpush(p, &v, expr(p));
    while (got(p, TK_COMMA)) vpush(p, &v, expr(p));
    return v;
}

/* Interpreted or raw string literal text to its value (for paths and tags). */
static const char *unquote(Parser *p, const char *s, int n, int *outlen)
{
    char *d = arena_alloc(p->a, (size_t)n + 1);
    int j = 0;
    if (n >= 2 && s[0] == '`') {
        for (int i = 1; i < n - 1; i++)
            if (s[i] != '\r') d[j++] = s[i];
    } else if (n >= 2 && s[0] == '"') {
        for (int i = 1; i < n - 1; i++) {
            if (s[i] != '\\' || i + 1 >= n - 1) { d[j++] = s[i]; continue; }
            char c = s[++i];
            switch (c) {
            case 'a': d[j++] = '\a'; break;
            case 'b': d[j++] = '\b'; break;
            case 'f': d[j++] = '\f'; break;
            case 'n': d[j++] = '\n'; break;
            case 'r': d[j++] = '\r'; break;
            case 't': d[j++] = '\t'; break;
            case 'v': d[j++] = '\v'; break;
            default: d[j++] = c; break;   /* \\ \" and (rare) numeric escapes kept raw */
            }
        }
    } else {
        memcpy(d, s, (size_t)n);
        j = n;
    }
    d[j] = 0;
    *outlen = j;
    return d;
}

static Node *oliteral(Parser *p)
{
    if (!is_literal(p->tok.kind)) return NULL;
    Node *b = mk(p, N_BASICLIT, p->tok.pos);
    b->op = p->tok.kind;
    b->lit = arena_strndup(p->a, p->tok.text, (size_t)p->tok.len);
    b->litlen = p->tok.len;
    if (p->tok.bad) b->flags |= NF_BAD;
    next(p);
    return b;
}

static Node *unparen(Node *x)
{
    while (x && x->kind == N_PAREN) x = x->x;
    return x;
}

/* list = [ f { sep f } [sep] ] close .  f returns nonzero to stop. */
typedef int (*ListFn)(Parser *p, void *ctx);

static Pos list(Parser *p, const char *context, TokKind sep, TokKind close, ListFn f, void *ctx)
{
    int done = 0;
    while (p->tok.kind != TK_EOF && p->tok.kind != close && !done) {
        done = f(p, ctx);
        if (!got(p, sep) && p->tok.kind != close) {
            char m[160];
            snprintf(m, sizeof m, "in %s; possibly missing %s or %s", context,
                     tokstring(sep), tokstring(close));
            syntax_error(p, m);
            ADV(p, TK_RPAREN, TK_RBRACK, TK_RBRACE);
            if (p->tok.kind != close) return p->tok.pos;
        }
    }
    Pos pos = p->tok.pos;
    want(p, close);
    return pos;
}

/* ---- declarations ---- */

typedef Node *(*SpecFn)(Parser *p, int index);   /* index: position in a group (iota) */

typedef struct GroupCtx { SpecFn f; NVec *out; int index; } GroupCtx;

static int group_elem(Parser *p, void *ctx)
{
    GroupCtx *g = ctx;
    Node *x = g->f(p, g->index++);
    if (x) vpush(p, g->out, x);
    return 0;
}

/* appendGroup(f) = f | "(" { f ";" } ")" . */
static void append_group(Parser *p, NVec *out, SpecFn f)
{
    if (p->tok.kind == TK_LPAREN) {
        GroupCtx g = { f, out, 0 };
        next(p);
        list(p, "grouped declaration", TK_SEMICOLON, TK_RPAREN, group_elem, &g);
    } else {
        Node *x = f(p, 0);
        if (x) vpush(p, out, x);
    }
}

static Node *import_decl(Parser *p, int index)
{
    Node *d = mk(p, N_IMPORT, p->tok.pos);
    if (p->tok.kind == TK_IDENT) {
        d->name = name(p)->name;
    } else if (p->tok.kind == TK_PERIOD) {
        d->name = ".";
        next(p);
    }
    Node *path = oliteral(p);
    if (!path) {
        syntax_error(p, "missing import path");
        ADV(p, TK_SEMICOLON, TK_RPAREN);
        d->lit = "";
        return d;
    }
    if (!(path->flags & NF_BAD) && path->op != TK_STRING) {
        syntax_error(p, "import path must be a string");
        path->flags |= NF_BAD;
    }
    if (path->op == TK_STRING) d->lit = unquote(p, path->lit, path->litlen, &d->litlen);
    else { d->lit = path->lit; d->litlen = path->litlen; }
    if (path->flags & NF_BAD) d->flags |= NF_BAD;
    return d;
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
static Node *const_decl(Parser *p, int index)
{
    Node *d = mk(p, N_VALUESPEC, p->tok.pos);
    NVec names = {0};
    name_list(p, name(p), &names);
    d->names = names.v;
    d->nnames = names.n;
    d->ival = index;
    if (p->tok.kind != TK_EOF && p->tok.kind != TK_SEMICOLON && p->tok.kind != TK_RPAREN) {
        d->x = type_or_nil(p);
        if (got_assign(p)) {
            NVec v = expr_list(p);
            d->list2 = v.v;
            d->nlist2 = v.n;
        }
    }
    return d;
}

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
static Node *var_decl(Parser *p, int index)
{
    Node *d = mk(p, N_VALUESPEC, p->tok.pos);
    NVec names = {0};
    name_list(p, name(p), &names);
    d->names = names.v;
    d->nnames = names.n;
    if (!got_assign(p)) {
        d->x = type_(p);
        if (!got_assign(p)) return d;
    }
    NVec v = expr_list(p);
    d->list2 = v.v;
    d->nlist2 = v.n;
    return d;
}

static int is_type_elem(Node *x)
{
    int guard = 0;
    while (x && guard++ < 10000) {
        switch (x->kind) {
        case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
        case N_MAPTYPE: case N_CHANTYPE:
            return 1;
        case N_UNARY:
            if (x->op == TK_TILDE) return 1;
            x = x->x;
            break;
        case N_STAR:
            x = x->x;
            break;
        case N_BINARY:
            if (is_type_elem(x->y)) return 1;
            x = x->x;
            break;
        case N_PAREN:
            x = x->x;
            break;
        default:
            return 0;
        }
    }
    return 0;
}

/* gc's extractName: splits x into a type parameter name and its constraint. */
static Node *extract_name_(Parser *p, Node *x, int force, Node **ptype, int depth);

static Node *extract_name(Parser *p, Node *x, int force, Node **ptype)
{
    return extract_name_(p, x, force, ptype, 0);
}

/* (depth: a | chain is as long as the input; give up rather than recurse deeply) */
static Node *extract_name_(Parser *p, Node *x, int force, Node **ptype, int depth)
{
    *ptype = NULL;
    if (depth > MAX_DEPTH) {
        *ptype = x;
        return NULL;
    }
    if (x->kind == N_IDENT) return x;
    if (x->kind == N_BINARY && x->op == TK_MUL && x->x->kind == N_IDENT &&
        (force || is_type_elem(x->y))) {
        Node *s = mk(p, N_STAR, x->oppos);
        s->x = x->y;
        *ptype = s;
        return x->x;
    }
    if (x->kind == N_BINARY && x->op == TK_OR) {
        Node *lhs;
        Node *nm = extract_name_(p, x->x, force || is_type_elem(x->y), &lhs, depth + 1);
        if (nm && lhs) {
            Node *o = mk(p, N_BINARY, x->pos);
            *o = *x;
            o->x = lhs;
            o->pos = lhs->pos;
            *ptype = o;
            return nm;
        }
    }
    if (x->kind == N_CALL && x->x->kind == N_IDENT && x->nlist == 1 &&
        !(x->flags & NF_ELLIPSIS) && (force || is_type_elem(x->list[0]))) {
        *ptype = x->list[0];
        return x->x;
    }
    *ptype = x;
    return NULL;
}

static Node *array_type(Parser *p, Pos pos, Node *len);
static Node *slice_type(Parser *p, Pos pos);

/* TypeSpec = identifier [ TypeParams ] [ "=" ] Type . */
static Node *type_decl(Parser *p, int index)
{
    Node *d = mk(p, N_TYPESPEC, p->tok.pos);
    d->name = name(p)->name;
    if (p->tok.kind == TK_LBRACK) {
        Pos pos = p->tok.pos;
        next(p);
        if (p->tok.kind == TK_IDENT) {
            Node *x = name(p);
            if (p->tok.kind != TK_LBRACK) {
                p->xnest++;
                x = binary_expr(p, pexpr(p, x, 0), 0);
                p->xnest--;
            }
            Node *ptype;
            Node *pname = extract_name(p, x, p->tok.kind == TK_COMMA, &ptype);
            if (pname && (ptype || p->tok.kind != TK_RBRACK)) {
                NVec tp = param_list(p, pname, ptype, TK_RBRACK, 1, 0);
                d->flags |= NF_TYPEPARAMS;
                d->list = tp.v;
                d->nlist = tp.n;
                (void)pos;
                if (got_assign(p)) d->flags |= NF_ALIAS;
                d->x = type_or_nil(p);
            } else {
                d->x = array_type(p, pos, x);
            }
        } else if (p->tok.kind == TK_RBRACK) {
            next(p);
            d->x = slice_type(p, pos);
        } else {
            d->x = array_type(p, pos, NULL);
        }
    } else {
        if (got_assign(p)) d->flags |= NF_ALIAS;
        d->x = type_or_nil(p);
    }
    if (!d->x) {
        d->x = bad(p);
        syntax_error(p, "in type declaration");
        ADV(p, TK_SEMICOLON, TK_RPAREN);
    }
    return d;
}

/* Branch errors do not count as errors of the parse (gc hands them straight
 * to its error handler) but share the duplicate filter. */
static void branch_error(void *ud, Pos pos, const char *msg)
{
    Parser *p = ud;
    if (p->other_line == pos.line && strcmp(p->other_msg, msg) == 0) return;
    p->other_line = pos.line;
    snprintf(p->other_msg, sizeof p->other_msg, "%s", msg);
    diags_add(p->d, pos, "%s", msg);
}

static Node *func_body(Parser *p)
{
    p->fnest++;
    int errcnt = p->errcnt;
    Node *body = block_stmt(p, "");
    p->fnest--;
    if (errcnt == p->errcnt && !p->bail)   /* as gc: only bodies without errors */
        parse_check_branches(body, p->d->filename, branch_error, p);
    return body;
}

/* After "func": FunctionDecl or MethodDecl. */
static Node *func_decl_or_nil(Parser *p)
{
    Node *f = mk(p, N_FUNCDECL, p->tok.pos);
    int rcvr_seen = 0;
    if (got(p, TK_LPAREN)) {
        rcvr_seen = 1;
        NVec rcvr = param_list(p, NULL, NULL, TK_RPAREN, 0, 0);
        if (rcvr.n == 0) {
            error_at(p, p->tok.pos, "method has no receiver");
        } else {
            if (rcvr.n > 1 || rcvr.v[0]->nnames > 1)
                error_at(p, p->tok.pos, "method has multiple receivers");
            f->x = rcvr.v[0];
        }
    }
    if (p->tok.kind != TK_IDENT) {
        /* current gc still parses the body (Go 1.19 skipped it) */
        syntax_error(p, f->x || rcvr_seen ? "expected name" : "expected name or (");
        ADV(p, TK_LBRACE, TK_SEMICOLON);
        if (p->tok.kind == TK_LBRACE) func_body(p);
        return NULL;
    }
    f->pos = p->tok.pos;
    f->name = name(p)->name;
    NVec tparams = {0};
    Pos tpos = p->tok.pos;
    f->y = func_type(p, f->x ? "method" : "", p->tok.pos, &tparams);
    if (tparams.n > 0) {
        f->flags |= NF_TYPEPARAMS;
        /* methods: gc's syntax error was reported by func_type */
        if (!f->x) {
            f->list = tparams.v;
            f->nlist = tparams.n;
        }
    }
    (void)tpos;
    if (p->tok.kind == TK_LBRACE) f->z = func_body(p);
    return f;
}

static Node *gendecl(Parser *p, TokKind op, SpecFn f)
{
    Node *g = mk(p, N_GENDECL, p->tok.pos);
    g->op = op;
    next(p);
    NVec v = {0};
    append_group(p, &v, f);
    g->list = v.v;
    g->nlist = v.n;
    return g;
}

Node *parse_file(Arena *a, const char *src, size_t len, Diags *d)
{
    Parser p;
    memset(&p, 0, sizeof p);
    p.a = a;
    p.d = d;
    lex_init(&p.lx, src, len);
    p.lx.error = lex_error;
    p.lx.ud = &p;
    next(&p);

    Node *f = mk(&p, N_FILE, (Pos){1, 1});
    f->oppos = p.tok.pos;
    char hmsg[400];
    Pos hpos;
    if (parse_go_header(src, len, &hpos, hmsg, sizeof hmsg)) {
        diags_add(d, hpos, "%s", hmsg);   /* the go command's error, not gc's */
        f->flags |= NF_BAD;
        f->ival = 1;
        f->name = "";
        return f;
    }
    if (!got(&p, TK_PACKAGE)) {
        syntax_error(&p, "package statement must be first");
        f->ival = p.nstop + 1;
        f->name = "";
        return f;
    }
    Node *pkg = name(&p);
    f->name = pkg->name;
    f->names = arena_alloc(a, sizeof *f->names);   /* the package name, with its position */
    f->names[0] = pkg;
    f->nnames = 1;
    want(&p, TK_SEMICOLON);
    if (p.errcnt > 0) {   /* gc gives up after a bad package clause */
        f->ival = p.errcnt;
        return f;
    }

    /* current gc: imports are accepted anywhere, with a complaint when late
     * (Go 1.19 said "non-declaration statement outside function body") */
    NVec imports = {0}, decls = {0};
    TokKind prev = TK_IMPORT;
    while (p.tok.kind != TK_EOF) {
        if (p.tok.kind == TK_IMPORT && prev != TK_IMPORT)
            syntax_error(&p, "imports must appear before other declarations");
        prev = p.tok.kind;
        switch (p.tok.kind) {
        case TK_IMPORT: next(&p); append_group(&p, &imports, import_decl); break;
        case TK_CONST: vpush(&p, &decls, gendecl(&p, TK_CONST, const_decl)); break;
        case TK_TYPE: vpush(&p, &decls, gendecl(&p, TK_TYPE, type_decl)); break;
        case TK_VAR: vpush(&p, &decls, gendecl(&p, TK_VAR, var_decl)); break;
        case TK_FUNC: {
            next(&p);
            Node *fd = func_decl_or_nil(&p);
            if (fd) vpush(&p, &decls, fd);
            break;
        }
        default:
            if (p.tok.kind == TK_LBRACE && decls.n > 0 &&
                decls.v[decls.n - 1]->kind == N_FUNCDECL && !decls.v[decls.n - 1]->z)
                syntax_error(&p, "unexpected semicolon or newline before {");
            else
                syntax_error(&p, "non-declaration statement outside function body");
            ADV(&p, TK_IMPORT, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC);
            continue;
        }
        if (p.tok.kind != TK_EOF && !got(&p, TK_SEMICOLON)) {
            syntax_error(&p, "after top level declaration");
            ADV(&p, TK_IMPORT, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC);
        }
    }
    f->list = imports.v;
    f->nlist = imports.n;
    f->list2 = decls.v;
    f->nlist2 = decls.n;
    f->endpos = p.tok.pos;
    f->ival = p.nstop;
    return f;
}

/* ---- expressions ---- */

static Node *binary_expr(Parser *p, Node *x, int prec)
{
    if (!x) x = unary_expr(p);
    int tprec;
    while ((tprec = binprec(p->tok.kind)) > prec) {
        Node *t = mk(p, N_BINARY, start_pos(x));
        t->oppos = p->tok.pos;
        t->op = p->tok.kind;
        next(p);
        t->x = x;
        t->y = binary_expr(p, NULL, tprec);
        x = t;
    }
    return x;
}

static Node *unary_expr_(Parser *p)
{
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case TK_MUL: case TK_ADD: case TK_SUB: case TK_NOT: case TK_XOR: case TK_TILDE: {
        Node *x = mk(p, p->tok.kind == TK_MUL ? N_STAR : N_UNARY, pos);
        if (x->kind == N_UNARY) x->op = p->tok.kind;
        next(p);
        x->x = unary_expr(p);
        return x;
    }
    case TK_AND: {
        Node *x = mk(p, N_UNARY, pos);
        x->op = TK_AND;
        next(p);
        x->x = unparen(unary_expr(p));
        return x;
    }
    case TK_ARROW: {
        next(p);
        Node *x = unary_expr(p);
        if (x->kind == N_CHANTYPE) {
            /* <-chan E: re-associate <- with the channel type */
            ChanDir dir = CHAN_SEND;
            Node *t = x;
            while (dir == CHAN_SEND) {
                if (!t || t->kind != N_CHANTYPE) break;
                dir = t->dir;
                if (dir == CHAN_RECV) syntax_error(p, "unexpected <-, expected chan");
                t->dir = CHAN_RECV;
                t = t->x;
            }
            if (dir == CHAN_SEND) {
                char m[400];
                snprintf(m, sizeof m, "unexpected %s, expected chan", node_str(p, t));
                syntax_error(p, m);
            }
            x->pos = x->oppos = pos;
            return x;
        }
        Node *o = mk(p, N_UNARY, pos);
        o->op = TK_ARROW;
        o->x = x;
        return o;
    }
    default:
        return pexpr(p, NULL, 1);
    }
}

static Node *unary_expr(Parser *p)
{
    if (!enter(p)) { leave(p); return bad(p); }
    Node *x = unary_expr_(p);
    leave(p);
    return x;
}

/* go / defer statements. */
static Node *call_stmt(Parser *p)
{
    TokKind kw = p->tok.kind;
    Node *s = mk(p, kw == TK_GO ? N_GO : N_DEFER, p->tok.pos);
    next(p);
    Node *x = pexpr(p, NULL, p->tok.kind == TK_LPAREN);
    char m[96];
    Node *t = unparen(x);
    if (t != x) {
        snprintf(m, sizeof m, "expression in %s must not be parenthesized", tok_str(kw));
        error_at(p, x->oppos, m);
        x = t;
    }
    /* `go f` without a call: since Go 1.20 types2 reports "expression in go
     * must be function call" (the checker does), not the parser */
    s->x = x;
    return s;
}

static Node *operand(Parser *p, int keep_parens)
{
    switch (p->tok.kind) {
    case TK_IDENT:
        return name(p);
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        return oliteral(p);
    case TK_LPAREN: {
        Pos pos = p->tok.pos;
        next(p);
        p->xnest++;
        Node *x = expr(p);
        p->xnest--;
        want(p, TK_RPAREN);
        if (p->tok.kind == TK_LBRACE) keep_parens = 1;
        if (keep_parens) {
            Node *px = mk(p, N_PAREN, pos);
            px->x = x;
            x = px;
        }
        return x;
    }
    case TK_FUNC: {
        Pos pos = p->tok.pos;
        next(p);
        Node *ft = func_type(p, "function type", pos, NULL);
        if (p->tok.kind == TK_LBRACE) {
            p->xnest++;
            Node *f = mk(p, N_FUNCLIT, pos);
            f->x = ft;
            f->y = func_body(p);
            p->xnest--;
            return f;
        }
        return ft;
    }
    case TK_LBRACK: case TK_CHAN: case TK_MAP: case TK_STRUCT: case TK_INTERFACE:
        return type_(p);
    default: {
        Node *x = bad(p);
        syntax_error(p, "expected expression");
        ADV(p, TK_RPAREN, TK_RBRACK, TK_RBRACE);
        return x;
    }
    }
}

/* Syntactically a value (never a type)? */
static int is_value(Node *x)
{
    for (int guard = 0; x && guard < 10000; guard++) {
        switch (x->kind) {
        case N_BASICLIT: case N_COMPOSITE: case N_FUNCLIT: case N_SLICEEXPR:
        case N_TYPEASSERT: case N_CALL: case N_UNARY: case N_BINARY:
            return 1;
        case N_PAREN:
            x = x->x;
            break;
        case N_INDEX:
            if (is_value(x->y)) return 1;
            x = x->x;
            break;
        default:
            return 0;
        }
    }
    return 0;
}

static Node *index_or_slice(Parser *p, Node *x)
{
    Pos pos = p->tok.pos;
    next(p);
    if (p->tok.kind == TK_RBRACK) {
        syntax_error(p, "expected operand");
        next(p);
        return x;
    }
    Node *i = NULL;
    if (p->tok.kind != TK_COLON) {
        int comma = 0;
        NVec all = {0};
        i = type_list(p, &comma, &all);
        if (comma || p->tok.kind == TK_RBRACK) {
            want(p, TK_RBRACK);
            Node *t = mk(p, N_INDEX, start_pos(x));
            t->oppos = pos;
            t->x = x;
            t->y = i;
            if (all.n > 1) { t->list = all.v; t->nlist = all.n; }
            return t;
        }
    }
    if (!got(p, TK_COLON)) {
        syntax_error(p, "expected comma, : or ]");
        ADV(p, TK_COMMA, TK_COLON, TK_RBRACK);
    }
    p->xnest++;
    Node *t = mk(p, N_SLICEEXPR, pos);   /* StartPos of a slice is its '[' */
    t->x = x;
    t->y = i;
    if (p->tok.kind != TK_COLON && p->tok.kind != TK_RBRACK) t->z = expr(p);
    if (p->tok.kind == TK_COLON) {
        t->flags |= NF_SLICE3;
        if (!t->z) {
            error_at(p, p->tok.pos, "middle index required in 3-index slice");
            t->z = bad(p);
        }
        next(p);
        if (p->tok.kind != TK_RBRACK) {
            t->w = expr(p);
        } else {
            error_at(p, p->tok.pos, "final index required in 3-index slice");
            t->w = bad(p);
        }
    }
    p->xnest--;
    want(p, TK_RBRACK);
    return t;
}

typedef struct ArgCtx { NVec v; int dots; } ArgCtx;

static int arg_elem(Parser *p, void *ctx)
{
    ArgCtx *c = ctx;
    vpush(p, &c->v, expr(p));
    c->dots = got(p, TK_ELLIPSIS);
    return c->dots;
}

static Node *pexpr(Parser *p, Node *x, int keep_parens)
{
    if (!x) x = operand(p, keep_parens);
    for (;;) {
        Pos pos = p->tok.pos;
        switch (p->tok.kind) {
        case TK_PERIOD:
            next(p);
            if (p->tok.kind == TK_IDENT) {
                Node *t = mk(p, N_SELECTOR, start_pos(x));
                t->oppos = pos;
                t->x = x;
                t->endpos = p->tok.pos;
                t->name = name(p)->name;
                x = t;
            } else if (p->tok.kind == TK_LPAREN) {
                next(p);
                Node *t = mk(p, N_TYPEASSERT, start_pos(x));
                t->oppos = pos;
                t->x = x;
                if (!got(p, TK_TYPE)) t->y = type_(p);
                want(p, TK_RPAREN);
                x = t;
            } else {
                syntax_error(p, "expected name or (");
                ADV(p, TK_SEMICOLON, TK_RPAREN);
            }
            break;
        case TK_LBRACK:
            x = index_or_slice(p, x);
            break;
        case TK_LPAREN: {
            Node *t = mk(p, N_CALL, start_pos(x));
            t->oppos = pos;
            next(p);
            t->x = x;
            ArgCtx c = { {0}, 0 };
            p->xnest++;
            t->endpos = list(p, "argument list", TK_COMMA, TK_RPAREN, arg_elem, &c);
            p->xnest--;
            t->list = c.v.v;
            t->nlist = c.v.n;
            if (c.dots) t->flags |= NF_ELLIPSIS;
            x = t;
            break;
        }
        case TK_LBRACE: {
            Node *t = unparen(x);
            int ok = 0;
            switch (t->kind) {
            case N_IDENT: case N_SELECTOR: ok = p->xnest >= 0; break;
            case N_INDEX: ok = p->xnest >= 0 && !is_value(t); break;
            case N_ARRAYTYPE: case N_STRUCTTYPE: case N_MAPTYPE: ok = 1; break;
            default: break;
            }
            if (!ok) return x;
            if (t != x) syntax_error(p, "cannot parenthesize type in composite literal");
            Node *n = complit_expr(p);
            n->x = t;
            n->pos = start_pos(t);
            x = n;
            break;
        }
        default:
            return x;
        }
    }
}

static Node *bare_complit_expr(Parser *p)
{
    if (p->tok.kind == TK_LBRACE) return complit_expr(p);
    return expr(p);
}

typedef struct CompCtx { NVec v; } CompCtx;

static int complit_elem(Parser *p, void *ctx)
{
    CompCtx *c = ctx;
    Node *e = bare_complit_expr(p);
    if (p->tok.kind == TK_COLON) {
        Node *kv = mk(p, N_KEYVALUE, p->tok.pos);   /* StartPos of a key:value is its ':' */
        next(p);
        kv->x = e;
        kv->y = bare_complit_expr(p);
        e = kv;
    }
    vpush(p, &c->v, e);
    return 0;
}

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
static Node *complit_expr(Parser *p)
{
    Node *x = mk(p, N_COMPOSITE, p->tok.pos);
    if (!enter(p)) { leave(p); return x; }
    CompCtx c = { {0} };
    p->xnest++;
    want(p, TK_LBRACE);
    x->endpos = list(p, "composite literal", TK_COMMA, TK_RBRACE, complit_elem, &c);
    p->xnest--;
    x->list = c.v.v;
    x->nlist = c.v.n;
    leave(p);
    return x;
}

/* typeList = arg { "," arg } [ "," ] . (first may be any expression) */
static Node *type_list(Parser *p, int *comma, NVec *all)
{
    p->xnest++;
    Node *x = expr(p);
    vpush(p, all, x);
    if (got(p, TK_COMMA)) {
        *comma = 1;
        Node *t = type_or_nil(p);
        if (t) {
            vpush(p, all, t);
            while (got(p, TK_COMMA)) {
                if (!(t = type_or_nil(p))) break;
                vpush(p, all, t);
            }
        }
    }
    p->xnest--;
    return x;
}

/* ---- types ---- */

static Node *type_(Parser *p)
{
    Node *t = type_or_nil(p);
    if (!t) {
        t = bad(p);
        syntax_error(p, "expected type");
        ADV(p, TK_COMMA, TK_COLON, TK_SEMICOLON, TK_RPAREN, TK_RBRACK, TK_RBRACE);
    }
    return t;
}

static Node *chan_elem(Parser *p)
{
    Node *t = type_or_nil(p);
    if (!t) {
        t = bad(p);
        syntax_error(p, "missing channel element type");
    }
    return t;
}

static Node *slice_type(Parser *p, Pos pos)
{
    Node *t = mk(p, N_ARRAYTYPE, pos);
    t->y = type_(p);
    return t;
}

/* "[" consumed at pos; len may be the already parsed length. */
static Node *array_type(Parser *p, Pos pos, Node *len)
{
    Node *t = mk(p, N_ARRAYTYPE, pos);
    if (!len) {
        if (got(p, TK_ELLIPSIS)) {
            t->flags |= NF_ELLIPSIS_LEN;
        } else {
            p->xnest++;
            len = expr(p);
            p->xnest--;
        }
    }
    if (p->tok.kind == TK_COMMA) {
        syntax_error(p, "unexpected comma; expected ]");
        next(p);
    }
    want(p, TK_RBRACK);
    t->x = len;
    t->y = type_(p);
    return t;
}

static Node *add_field(Parser *p, NVec *out, Pos pos, NVec *names, Node *typ, Node *tag)
{
    Node *f = mk(p, N_FIELD, pos);
    if (names) { f->names = names->v; f->nnames = names->n; }
    f->x = typ;
    if (tag) {
        if (tag->op == TK_STRING) f->lit = unquote(p, tag->lit, tag->litlen, &f->litlen);
        else { f->lit = tag->lit; f->litlen = tag->litlen; }
    }
    vpush(p, out, f);
    return f;
}

static Node *array_or_targs(Parser *p)
{
    Pos pos = p->tok.pos;
    want(p, TK_LBRACK);
    if (got(p, TK_RBRACK)) return slice_type(p, pos);
    int comma = 0;
    NVec all = {0};
    Node *n = type_list(p, &comma, &all);
    want(p, TK_RBRACK);
    if (!comma) {
        Node *elem = type_or_nil(p);
        if (elem) {
            Node *t = mk(p, N_ARRAYTYPE, pos);
            t->x = n;
            t->y = elem;
            return t;
        }
    }
    Node *t = mk(p, N_INDEX, pos);   /* t->x filled in by the caller */
    t->oppos = pos;
    t->y = n;
    if (all.n > 1) { t->list = all.v; t->nlist = all.n; }
    return t;
}

static Node *star_of(Parser *p, Pos pos, Node *x)
{
    Node *s = mk(p, N_STAR, pos);
    s->x = x;
    return s;
}

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] . */
static int field_decl(Parser *p, void *ctx)
{
    NVec *out = ctx;
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case TK_IDENT: {
        Node *nm = name(p);
        TokKind k = p->tok.kind;
        if (k == TK_PERIOD || is_literal(k) || k == TK_SEMICOLON || k == TK_RBRACE) {
            Node *typ = qualified_name(p, nm);
            add_field(p, out, pos, NULL, typ, oliteral(p));
            break;
        }
        NVec names = {0};
        name_list(p, nm, &names);
        Node *typ;
        if (names.n == 1 && p->tok.kind == TK_LBRACK) {
            typ = array_or_targs(p);
            if (typ->kind == N_INDEX) {
                typ->x = nm;
                typ->pos = nm->pos;
                add_field(p, out, pos, NULL, typ, oliteral(p));
                break;
            }
        } else {
            typ = type_(p);
        }
        add_field(p, out, pos, &names, typ, oliteral(p));
        break;
    }
    case TK_MUL: {
        next(p);
        Node *typ;
        if (p->tok.kind == TK_LPAREN) {
            syntax_error(p, "cannot parenthesize embedded type");
            next(p);
            typ = qualified_name(p, NULL);
            got(p, TK_RPAREN);
        } else {
            typ = qualified_name(p, NULL);
        }
        add_field(p, out, pos, NULL, star_of(p, pos, typ), oliteral(p));
        break;
    }
    case TK_LPAREN: {
        syntax_error(p, "cannot parenthesize embedded type");
        next(p);
        Node *typ;
        if (p->tok.kind == TK_MUL) {
            Pos spos = p->tok.pos;
            next(p);
            typ = star_of(p, spos, qualified_name(p, NULL));
        } else {
            typ = qualified_name(p, NULL);
        }
        got(p, TK_RPAREN);
        add_field(p, out, pos, NULL, typ, oliteral(p));
        break;
    }
    default:
        syntax_error(p, "expected field name or embedded type");
        ADV(p, TK_SEMICOLON, TK_RBRACE);
    }
    return 0;
}

static Node *struct_type(Parser *p)
{
    Node *t = mk(p, N_STRUCTTYPE, p->tok.pos);
    NVec fields = {0};
    want(p, TK_STRUCT);
    want(p, TK_LBRACE);
    t->endpos = list(p, "struct type", TK_SEMICOLON, TK_RBRACE, field_decl, &fields);
    t->list = fields.v;
    t->nlist = fields.n;
    return t;
}

/* MethodSpec = MethodName Signature | InterfaceTypeName . */
static Node *method_decl(Parser *p)
{
    Node *f = mk(p, N_FIELD, p->tok.pos);
    Node *nm = name(p);
    const char *context = "interface method";
    switch (p->tok.kind) {
    case TK_LPAREN:
        set_names1(p, f, nm);
        f->x = func_type(p, context, p->tok.pos, NULL);
        break;
    case TK_LBRACK: {
        Pos pos = p->tok.pos;
        next(p);
        if (p->tok.kind == TK_RBRACK) {
            Pos pos2 = p->tok.pos;
            next(p);
            if (p->tok.kind == TK_LPAREN) {
                error_at(p, pos2, "empty type parameter list");
                set_names1(p, f, nm);
                f->x = func_type(p, context, p->tok.pos, NULL);
            } else {
                error_at(p, pos2, "empty type argument list");
                f->x = nm;
            }
            break;
        }
        NVec l = param_list(p, NULL, NULL, TK_RBRACK, 0, 0);
        if (l.n == 0) {
            if (p->tok.kind == TK_LPAREN) {
                set_names1(p, f, nm);
                f->x = func_type(p, context, p->tok.pos, NULL);
            } else {
                f->x = nm;
            }
            break;
        }
        if (l.v[0]->nnames) {
            set_names1(p, f, nm);
            f->x = func_type(p, context, p->tok.pos, NULL);
            error_at(p, pos, "interface method must have no type parameters");
            break;
        }
        Node *t = mk(p, N_INDEX, nm->pos);
        t->oppos = pos;
        t->x = nm;
        t->y = l.v[0]->x;
        if (l.n > 1) {
            t->nlist = l.n;
            t->list = arena_alloc(p->a, (size_t)l.n * sizeof *t->list);
            for (int i = 0; i < l.n; i++) t->list[i] = l.v[i]->x;
        }
        f->x = t;
        break;
    }
    default:
        f->x = qualified_name(p, nm);
    }
    return f;
}

static Node *embedded_term(Parser *p)
{
    if (p->tok.kind == TK_TILDE) {
        Node *t = mk(p, N_UNARY, p->tok.pos);
        t->op = TK_TILDE;
        next(p);
        t->x = type_(p);
        return t;
    }
    Node *t = type_or_nil(p);
    if (!t) {
        t = bad(p);
        syntax_error(p, "expected ~ term or type");
        ADV(p, TK_ANYOP, TK_SEMICOLON, TK_RPAREN, TK_RBRACK, TK_RBRACE);
    }
    return t;
}

/* EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } . */
static Node *embedded_elem(Parser *p, Node *f)
{
    if (!f) {
        f = mk(p, N_FIELD, p->tok.pos);
        f->x = embedded_term(p);
    }
    while (p->tok.kind == TK_OR) {
        Node *t = mk(p, N_BINARY, start_pos(f->x));
        t->oppos = p->tok.pos;
        t->op = TK_OR;
        next(p);
        t->x = f->x;
        t->y = embedded_term(p);
        f->x = t;
    }
    return f;
}

static int iface_elem(Parser *p, void *ctx)
{
    NVec *out = ctx;
    Node *f = NULL;
    if (p->tok.kind == TK_IDENT) f = method_decl(p);
    if (!f || !f->nnames) f = embedded_elem(p, f);
    vpush(p, out, f);
    return 0;
}

static Node *interface_type(Parser *p)
{
    Node *t = mk(p, N_INTERFACETYPE, p->tok.pos);
    NVec elems = {0};
    want(p, TK_INTERFACE);
    want(p, TK_LBRACE);
    t->endpos = list(p, "interface type", TK_SEMICOLON, TK_RBRACE, iface_elem, &elems);
    t->list = elems.v;
    t->nlist = elems.n;
    return t;
}

static Node *type_instance(Parser *p, Node *typ)
{
    Pos pos = p->tok.pos;
    want(p, TK_LBRACK);
    Node *x = mk(p, N_INDEX, start_pos(typ));
    x->oppos = pos;
    x->x = typ;
    if (p->tok.kind == TK_RBRACK) {
        syntax_error(p, "expected type");
        x->y = bad(p);
    } else {
        int comma = 0;
        NVec all = {0};
        x->y = type_list(p, &comma, &all);
        if (all.n > 1) { x->list = all.v; x->nlist = all.n; }
    }
    want(p, TK_RBRACK);
    return x;
}

static Node *qualified_name(Parser *p, Node *nm)
{
    Node *x;
    if (nm) x = nm;
    else if (p->tok.kind == TK_IDENT) x = name(p);
    else {
        x = ident_at(p, p->tok.pos, "_", 1);
        syntax_error(p, "expected name");
        ADV(p, TK_PERIOD, TK_SEMICOLON, TK_RBRACE);
    }
    if (p->tok.kind == TK_PERIOD) {
        Node *s = mk(p, N_SELECTOR, x->pos);
        s->oppos = p->tok.pos;
        next(p);
        s->x = x;
        s->endpos = p->tok.pos;
        s->name = name(p)->name;
        x = s;
    }
    if (p->tok.kind == TK_LBRACK) x = type_instance(p, x);
    return x;
}

static Node *type_or_nil_(Parser *p)
{
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case TK_MUL:
        next(p);
        return star_of(p, pos, type_(p));
    case TK_ARROW: {
        next(p);
        want(p, TK_CHAN);
        Node *t = mk(p, N_CHANTYPE, pos);
        t->dir = CHAN_RECV;
        t->x = chan_elem(p);
        return t;
    }
    case TK_FUNC:
        next(p);
        return func_type(p, "function type", pos, NULL);
    case TK_LBRACK:
        next(p);
        if (got(p, TK_RBRACK)) return slice_type(p, pos);
        return array_type(p, pos, NULL);
    case TK_CHAN: {
        next(p);
        Node *t = mk(p, N_CHANTYPE, pos);
        if (got(p, TK_ARROW)) t->dir = CHAN_SEND;
        t->x = chan_elem(p);
        return t;
    }
    case TK_MAP: {
        next(p);
        want(p, TK_LBRACK);
        Node *t = mk(p, N_MAPTYPE, pos);
        t->x = type_(p);
        want(p, TK_RBRACK);
        t->y = type_(p);
        return t;
    }
    case TK_STRUCT:
        return struct_type(p);
    case TK_INTERFACE:
        return interface_type(p);
    case TK_IDENT:
        return qualified_name(p, NULL);
    case TK_LPAREN: {
        next(p);
        Node *t = type_(p);
        want(p, TK_RPAREN);
        t->flags |= NF_PARENS_TYPE;
        return t;
    }
    default:
        return NULL;
    }
}

static Node *type_or_nil(Parser *p)
{
    if (!enter(p)) { leave(p); return bad(p); }
    Node *t = type_or_nil_(p);
    leave(p);
    return t;
}

/* Result = Parameters | Type . */
static void func_result(Parser *p, Node *ft)
{
    if (got(p, TK_LPAREN)) {
        NVec v = param_list(p, NULL, NULL, TK_RPAREN, 0, 0);
        ft->list2 = v.v;
        ft->nlist2 = v.n;
        return;
    }
    Pos pos = p->tok.pos;
    Node *typ = type_or_nil(p);
    if (typ) {
        NVec v = {0};
        add_field(p, &v, pos, NULL, typ, NULL);
        ft->list2 = v.v;
        ft->nlist2 = v.n;
    }
}

/* Signature (after "func" and the name), with optional type parameters.
 * If context != "", type parameters are a syntax error. */
static Node *func_type(Parser *p, const char *context, Pos pos, NVec *tparams)
{
    Node *t = mk(p, N_FUNCTYPE, pos);
    Pos tpos = p->tok.pos;
    if (got(p, TK_LBRACK)) {
        if (context[0]) {
            char m[96];
            snprintf(m, sizeof m, "%s must have no type parameters", context);
            syntax_error_at(p, tpos, m);
        }
        if (p->tok.kind == TK_RBRACK) {
            syntax_error(p, "empty type parameter list");
            next(p);
        } else {
            NVec tp = param_list(p, NULL, NULL, TK_RBRACK, 1, 0);
            if (tparams) *tparams = tp;
        }
    }
    want(p, TK_LPAREN);
    NVec params = param_list(p, NULL, NULL, TK_RPAREN, 0, 1);
    t->list = params.v;
    t->nlist = params.n;
    func_result(p, t);
    return t;
}

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type .  Returns an N_FIELD with
 * at most one name (merged later), or NULL. */
static Node *param_decl_or_nil(Parser *p, Node *nm, TokKind follow)
{
    int typesets = follow == TK_RBRACK;
    Pos pos = p->tok.pos;
    if (nm) pos = nm->pos;
    else if (typesets && p->tok.kind == TK_TILDE) return embedded_elem(p, NULL);

    Node *f = mk(p, N_FIELD, pos);
    if (p->tok.kind == TK_IDENT || nm) {
        if (!nm) nm = name(p);
        if (p->tok.kind == TK_LBRACK) {
            f->x = array_or_targs(p);
            if (f->x->kind == N_INDEX) {
                f->x->x = nm;
                f->x->pos = nm->pos;
            } else {
                set_names1(p, f, nm);
            }
            if (typesets && p->tok.kind == TK_OR) f = embedded_elem(p, f);
            return f;
        }
        if (p->tok.kind == TK_PERIOD) {
            f->x = qualified_name(p, nm);
            if (typesets && p->tok.kind == TK_OR) f = embedded_elem(p, f);
            return f;
        }
        if (typesets && p->tok.kind == TK_OR) {
            f->x = nm;
            return embedded_elem(p, f);
        }
        set_names1(p, f, nm);
    }
    if (p->tok.kind == TK_ELLIPSIS) {
        Node *t = mk(p, N_ELLIPSIS, p->tok.pos);
        next(p);
        t->x = type_or_nil(p);
        if (!t->x) {   /* gc: the field's type is then a BadExpr, not ...<bad> */
            f->x = bad(p);
            syntax_error(p, "... is missing type");
            return f;
        }
        f->x = t;
        return f;
    }
    if (typesets && p->tok.kind == TK_TILDE) {
        f->x = embedded_elem(p, NULL)->x;
        return f;
    }
    f->x = type_or_nil(p);
    if (typesets && p->tok.kind == TK_OR && f->x) f = embedded_elem(p, f);
    if (f->nnames || f->x) return f;
    char m[64];
    snprintf(m, sizeof m, "expected %s", tokstring(follow));
    syntax_error(p, m);
    ADV(p, TK_COMMA, follow);
    return NULL;
}

typedef struct ParamCtx {
    NVec v;
    Node *name, *typ;
    TokKind close;
    int named, typed;
} ParamCtx;

static int param_elem(Parser *p, void *ctx)
{
    ParamCtx *c = ctx;
    Node *par;
    if (c->typ) {
        par = mk(p, N_FIELD, c->name->pos);
        set_names1(p, par, c->name);
        par->x = c->typ;
    } else {
        par = param_decl_or_nil(p, c->name, c->close);
    }
    c->name = c->typ = NULL;
    if (par) {
        if (par->nnames && par->x) c->named++;
        if (par->x) c->typed++;
        vpush(p, &c->v, par);
    }
    return 0;
}

/* Merges runs of fields that share one type node (a, b int) into one N_FIELD. */
static NVec merge_fields(Parser *p, NVec in)
{
    NVec out = {0};
    for (int i = 0; i < in.n; i++) {
        Node *f = in.v[i];
        if (out.n > 0 && f->nnames == 1 && out.v[out.n - 1]->x == f->x &&
            out.v[out.n - 1]->nnames > 0) {
            Node *g = out.v[out.n - 1];
            NVec names = { g->names, g->nnames, g->nnames };
            vpush(p, &names, f->names[0]);
            g->names = names.v;
            g->nnames = names.n;
            continue;
        }
        vpush(p, &out, f);
    }
    return out;
}

/* Parameters after "(" or "[": either all fields have names or none do.
 * dddok: a function's parameters, where the last one may be ...T. */
static NVec param_list(Parser *p, Node *nm, Node *typ, TokKind close, int require_names, int dddok)
{
    ParamCtx c;
    memset(&c, 0, sizeof c);
    if (nm && typ && p->tok.kind == close) {
        next(p);
        Node *par = mk(p, N_FIELD, nm->pos);
        set_names1(p, par, nm);
        par->x = typ;
        vpush(p, &c.v, par);
        return c.v;
    }
    c.name = nm;
    c.typ = typ;
    c.close = close;
    Pos end = list(p, "parameter list", TK_COMMA, close, param_elem, &c);
    if (c.v.n == 0) return c.v;

    if (c.named == 0 && !require_names) {
        for (int i = 0; i < c.v.n; i++) {   /* all unnamed: names are types */
            Node *par = c.v.v[i];
            if (par->nnames) {
                par->x = par->names[0];
                par->names = NULL;
                par->nnames = 0;
            }
        }
    } else if (c.named != c.v.n) {
        Pos pos = {0, 0};
        Node *t = NULL;
        for (int i = c.v.n - 1; i >= 0; i--) {
            Node *par = c.v.v[i];
            if (par->x) {
                t = par->x;
                if (!par->nnames) {
                    pos = start_pos(t);
                    set_names1(p, par, ident_at(p, pos, "_", 1));
                }
            } else if (t) {
                par->x = t;
            } else {
                pos = fname(par)->pos;
                Node *b = mk(p, N_BAD, pos);
                par->x = b;
            }
        }
        if (pos.line) {
            /* current gc's words; Go 1.19 said "mixed named and unnamed
             * parameters" and "type parameters must be named" */
            const char *msg;
            if (c.named == c.typed) {
                pos = end;   /* names without types: at the closing ) or ] */
                msg = require_names ? "missing type constraint" : "missing parameter type";
            } else if (require_names) {
                msg = c.v.n == 1 ? "missing type parameter name or invalid array length"
                                 : "missing type parameter name";
            } else {
                msg = "missing parameter name";
            }
            syntax_error_at(p, pos, msg);
        }
    }
    /* misplaced ...T: reported once and replaced by T, as current gc's parser
     * does (Go 1.19's types2 said "can only use ... with final parameter in list") */
    int first = 1;
    for (int i = 0; i < c.v.n; i++) {
        Node *f = c.v.v[i];
        if (f->x && f->x->kind == N_ELLIPSIS && (!dddok || i + 1 < c.v.n)) {
            if (first)
                error_at(p, f->x->pos, dddok ? "can only use ... with final parameter" : "invalid use of ...");
            first = 0;
            f->x = f->x->x ? f->x->x : bad(p);
        }
    }
    return merge_fields(p, c.v);
}

/* ---- statements ---- */

static Node *new_range(Parser *p, NVec *lhs, TokKind op)
{
    Node *r = mk(p, N_RANGE, p->tok.pos);
    r->oppos = p->tok.pos;
    next(p);   /* range */
    r->op = op;
    if (lhs) {
        r->x = lhs->v[0];
        if (lhs->n > 1) r->y = lhs->v[1];
        if (lhs->n > 2) { r->list = lhs->v; r->nlist = lhs->n; }
    }
    r->z = expr(p);
    return r;
}

static Node *new_assign(Parser *p, Pos oppos, TokKind op, NVec *lhs, NVec *rhs)
{
    Node *a = mk(p, N_ASSIGN, start_pos(lhs->v[0]));
    a->oppos = oppos;
    a->op = op;
    a->list = lhs->v;
    a->nlist = lhs->n;
    if (rhs) { a->list2 = rhs->v; a->nlist2 = rhs->n; }
    return a;
}

static Node *expr_stmt(Parser *p, Node *x)
{
    Node *s = mk(p, N_EXPRSTMT, start_pos(x));
    s->oppos = x->oppos;
    s->x = x;
    return s;
}

/* SimpleStmt; lhs may be an already parsed expression list.  keyword is
 * TK_FOR (range allowed), TK_SWITCH (type switch guard allowed) or 0. */
static Node *simple_stmt(Parser *p, NVec *lhs_in, TokKind keyword)
{
    if (keyword == TK_FOR && p->tok.kind == TK_RANGE) return new_range(p, NULL, 0);
    NVec lhs = lhs_in ? *lhs_in : expr_list(p);

    if (lhs.n == 1 && p->tok.kind != TK_ASSIGN && p->tok.kind != TK_DEFINE) {
        Pos pos = p->tok.pos;
        TokKind k = p->tok.kind;
        if (is_assignop(k)) {
            next(p);
            NVec rhs = {0};
            vpush(p, &rhs, expr(p));
            return new_assign(p, pos, k, &lhs, &rhs);
        }
        if (k == TK_INC || k == TK_DEC) {
            next(p);
            Node *s = mk(p, N_INCDEC, start_pos(lhs.v[0]));
            s->oppos = pos;
            s->op = k;
            s->x = lhs.v[0];
            return s;
        }
        if (k == TK_ARROW) {
            Node *s = mk(p, N_SEND, start_pos(lhs.v[0]));
            s->oppos = pos;
            next(p);
            s->x = lhs.v[0];
            s->y = expr(p);
            return s;
        }
        return expr_stmt(p, lhs.v[0]);
    }

    if (p->tok.kind == TK_ASSIGN || p->tok.kind == TK_DEFINE) {
        Pos pos = p->tok.pos;
        TokKind op = p->tok.kind;
        next(p);
        if (keyword == TK_FOR && p->tok.kind == TK_RANGE) return new_range(p, &lhs, op);
        NVec rhs = expr_list(p);
        Node *g = rhs.n == 1 ? rhs.v[0] : NULL;
        if (g && g->kind == N_TYPEASSERT && !g->y && keyword == TK_SWITCH && op == TK_DEFINE &&
            lhs.n == 1 && lhs.v[0]->kind == N_IDENT) {
            g->w = lhs.v[0];   /* switch v := x.(type): unpacked by switch_stmt */
            g->pos = lhs.v[0]->pos;
            return expr_stmt(p, g);
        }
        return new_assign(p, pos, op, &lhs, &rhs);
    }
    syntax_error(p, "expected := or = or comma");
    ADV(p, TK_SEMICOLON, TK_RBRACE);
    return expr_stmt(p, lhs.v[0]);
}

static Node *labeled_stmt_or_nil(Parser *p, Node *label)
{
    Node *s = mk(p, N_LABELED, label->pos);
    s->oppos = p->tok.pos;
    s->name = label->name;
    want(p, TK_COLON);
    if (p->tok.kind == TK_RBRACE) {
        s->x = mk(p, N_EMPTY, p->tok.pos);
        return s;
    }
    s->x = stmt_or_nil(p);
    if (s->x) return s;
    syntax_error_at(p, s->oppos, "missing statement after label");
    return NULL;
}

static Node *block_stmt(Parser *p, const char *context)
{
    Node *s = mk(p, N_BLOCK, p->tok.pos);
    if (!got(p, TK_LBRACE)) {
        char m[96];
        snprintf(m, sizeof m, "expected { after %s", context);
        syntax_error(p, m);
        ADV(p, TK_IDENT, TK_RBRACE);
        s->endpos = p->tok.pos;
        if (got(p, TK_RBRACE)) return s;
    }
    stmt_list(p, &s->list, &s->nlist);
    s->endpos = p->tok.pos;
    want(p, TK_RBRACE);
    return s;
}

typedef struct Header { Node *init, *cond, *post; } Header;

static Header header(Parser *p, TokKind keyword)
{
    Header h = {0};
    want(p, keyword);
    if (p->tok.kind == TK_LBRACE) {
        if (keyword == TK_IF) {
            syntax_error(p, "missing condition in if statement");
            h.cond = bad(p);
        }
        return h;
    }
    int outer = p->xnest;
    p->xnest = -1;
    if (p->tok.kind != TK_SEMICOLON) {
        if (got(p, TK_VAR)) {
            char m[96];
            snprintf(m, sizeof m, "var declaration not allowed in %s initializer", tok_str(keyword));
            syntax_error(p, m);
        }
        h.init = simple_stmt(p, NULL, keyword);
        if (h.init->kind == N_RANGE) {
            p->xnest = outer;
            return h;
        }
    }
    Node *cond_stmt = NULL;
    Pos semi_pos = {0, 0};
    const char *semi = NULL;
    if (p->tok.kind != TK_LBRACE) {
        if (p->tok.kind == TK_SEMICOLON) {
            semi_pos = p->tok.pos;
            semi = semi_lit(&p->tok);
            next(p);
        } else {
            want(p, TK_LBRACE);
            if (p->tok.kind != TK_LBRACE) ADV(p, TK_LBRACE, TK_RBRACE);
        }
        if (keyword == TK_FOR) {
            if (p->tok.kind != TK_SEMICOLON) {
                if (p->tok.kind == TK_LBRACE) {
                    syntax_error(p, "expected for loop condition");
                    goto done;
                }
                cond_stmt = simple_stmt(p, NULL, 0);
            }
            want(p, TK_SEMICOLON);
            if (p->tok.kind != TK_LBRACE) {
                h.post = simple_stmt(p, NULL, 0);
                if (h.post->kind == N_ASSIGN && h.post->op == TK_DEFINE)
                    syntax_error_at(p, h.post->oppos, "cannot declare in post statement of for loop");
            }
        } else if (p->tok.kind != TK_LBRACE) {
            cond_stmt = simple_stmt(p, NULL, keyword);
        }
    } else {
        cond_stmt = h.init;
        h.init = NULL;
    }
done:
    if (!cond_stmt) {
        if (keyword == TK_IF && semi) {
            if (strcmp(semi, "semicolon") != 0) {
                char m[96];
                snprintf(m, sizeof m, "unexpected %s, expected { after if clause", semi);
                syntax_error_at(p, semi_pos, m);
            } else {
                syntax_error_at(p, semi_pos, "missing condition in if statement");
            }
            h.cond = mk(p, N_BAD, semi_pos);
        }
    } else if (cond_stmt->kind == N_EXPRSTMT) {
        h.cond = cond_stmt->x;
    } else {
        char m[700];
        if (cond_stmt->kind == N_ASSIGN && cond_stmt->op == TK_ASSIGN) {
            /* gc's emphasize: only a binary side is parenthesised (Go 1.19
             * parenthesised both sides always) */
            const char *l = list_str(p, cond_stmt->list, cond_stmt->nlist);
            const char *r = list_str(p, cond_stmt->list2, cond_stmt->nlist2);
            int pl = cond_stmt->nlist == 1 && cond_stmt->list[0]->kind == N_BINARY;
            int pr = cond_stmt->nlist2 == 1 && cond_stmt->list2[0]->kind == N_BINARY;
            snprintf(m, sizeof m, "cannot use assignment %s%s%s = %s%s%s as value",
                     pl ? "(" : "", l, pl ? ")" : "", pr ? "(" : "", r, pr ? ")" : "");
        } else {
            snprintf(m, sizeof m, "cannot use %s as value", node_str(p, cond_stmt));
        }
        syntax_error_at(p, cond_stmt->oppos, m);
        h.cond = mk(p, N_BAD, cond_stmt->pos);
    }
    p->xnest = outer;
    return h;
}

static Node *if_stmt(Parser *p)
{
    Node *s = mk(p, N_IF, p->tok.pos);
    if (!enter(p)) { leave(p); return s; }
    Header h = header(p, TK_IF);
    s->x = h.init;
    s->y = h.cond;
    s->z = block_stmt(p, "if clause");
    if (got(p, TK_ELSE)) {
        if (p->tok.kind == TK_IF) s->w = if_stmt(p);
        else if (p->tok.kind == TK_LBRACE) s->w = block_stmt(p, "");
        else {
            syntax_error(p, "else must be followed by if or statement block");
            ADV(p, TK_IDENT, TK_RBRACE);
        }
    }
    leave(p);
    return s;
}

static Node *for_stmt(Parser *p)
{
    Pos pos = p->tok.pos;
    Header h = header(p, TK_FOR);
    Node *s;
    if (h.init && h.init->kind == N_RANGE) {
        s = h.init;
        s->pos = pos;
    } else {
        s = mk(p, N_FOR, pos);
        s->x = h.init;
        s->y = h.cond;
        s->z = h.post;
    }
    s->w = block_stmt(p, "for clause");
    return s;
}

static Node *case_clause(Parser *p, int comm)
{
    Node *c = mk(p, comm ? N_COMMCLAUSE : N_CASECLAUSE, p->tok.pos);
    if (p->tok.kind == TK_CASE) {
        next(p);
        if (comm) {
            c->x = simple_stmt(p, NULL, 0);
        } else {
            NVec v = expr_list(p);
            c->list = v.v;
            c->nlist = v.n;
        }
    } else if (p->tok.kind == TK_DEFAULT) {
        next(p);
    } else {
        syntax_error(p, "expected case or default or }");
        ADV(p, TK_COLON, TK_CASE, TK_DEFAULT, TK_RBRACE);
    }
    c->endpos = p->tok.pos;
    want(p, TK_COLON);
    stmt_list(p, &c->list2, &c->nlist2);
    return c;
}

static void clause_body(Parser *p, Node *s, int comm, const char *what)
{
    if (!got(p, TK_LBRACE)) {
        char m[64];
        snprintf(m, sizeof m, "missing { after %s clause", what);
        syntax_error(p, m);
        ADV(p, TK_CASE, TK_DEFAULT, TK_RBRACE);
    }
    NVec v = {0};
    while (p->tok.kind != TK_EOF && p->tok.kind != TK_RBRACE) vpush(p, &v, case_clause(p, comm));
    s->list = v.v;
    s->nlist = v.n;
    s->endpos = p->tok.pos;
    want(p, TK_RBRACE);
}

/* switch_stmt's header parses `v := x.(type)` as x.(type) with v stashed in
 * the guard's w slot (gc's TypeSwitchGuard.Lhs); this makes it an N_ASSIGN. */
static Node *guard_assign(Parser *p, Node *g)
{
    Node *v = g->w;
    g->w = NULL;
    g->pos = start_pos(g->x);
    NVec lhs = {0}, rhs = {0};
    vpush(p, &lhs, v);
    vpush(p, &rhs, g);
    return new_assign(p, g->oppos, TK_DEFINE, &lhs, &rhs);
}

static Node *switch_stmt(Parser *p)
{
    Node *s = mk(p, N_SWITCH, p->tok.pos);
    Header h = header(p, TK_SWITCH);
    if (h.init && h.init->kind == N_EXPRSTMT && h.init->x->kind == N_TYPEASSERT && h.init->x->w)
        h.init = guard_assign(p, h.init->x);   /* misplaced: the checker reports it */
    s->x = h.init;
    s->y = h.cond;
    clause_body(p, s, 0, "switch");
    Node *g = s->y;
    if (g && g->kind == N_TYPEASSERT && !g->y) {
        s->kind = N_TYPESWITCH;
        if (g->w) s->y = guard_assign(p, g);   /* v := x.(type) */
        else s->y = expr_stmt(p, g);
    }
    return s;
}

static Node *select_stmt(Parser *p)
{
    Node *s = mk(p, N_SELECT, p->tok.pos);
    want(p, TK_SELECT);
    clause_body(p, s, 1, "select");
    return s;
}

static Node *branch(Parser *p, TokKind k)
{
    Node *s = mk(p, N_BRANCH, p->tok.pos);
    s->op = k;
    next(p);
    if (k == TK_GOTO || ((k == TK_BREAK || k == TK_CONTINUE) && p->tok.kind == TK_IDENT)) {
        s->endpos = p->tok.pos;   /* the label */
        s->name = name(p)->name;
    }
    return s;
}

static Node *decl_stmt(Parser *p, TokKind k, SpecFn f)
{
    Node *s = mk(p, N_DECLSTMT, p->tok.pos);
    s->x = gendecl(p, k, f);
    return s;
}

static Node *stmt_or_nil_(Parser *p)
{
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case TK_IDENT: {
        NVec lhs = expr_list(p);
        if (lhs.n == 1 && lhs.v[0]->kind == N_IDENT && p->tok.kind == TK_COLON)
            return labeled_stmt_or_nil(p, lhs.v[0]);
        return simple_stmt(p, &lhs, 0);
    }
    case TK_VAR: return decl_stmt(p, TK_VAR, var_decl);
    case TK_CONST: return decl_stmt(p, TK_CONST, const_decl);
    case TK_TYPE: return decl_stmt(p, TK_TYPE, type_decl);
    case TK_LBRACE: return block_stmt(p, "");
    case TK_ADD: case TK_SUB: case TK_MUL: case TK_AND: case TK_XOR: case TK_NOT:
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    case TK_FUNC: case TK_LPAREN: case TK_LBRACK: case TK_STRUCT: case TK_MAP:
    case TK_CHAN: case TK_INTERFACE: case TK_ARROW:
        return simple_stmt(p, NULL, 0);
    case TK_FOR: return for_stmt(p);
    case TK_SWITCH: return switch_stmt(p);
    case TK_SELECT: return select_stmt(p);
    case TK_IF: return if_stmt(p);
    case TK_FALLTHROUGH: case TK_BREAK: case TK_CONTINUE: case TK_GOTO:
        return branch(p, p->tok.kind);
    case TK_GO: case TK_DEFER: return call_stmt(p);
    case TK_RETURN: {
        Node *s = mk(p, N_RETURN, pos);
        next(p);
        if (p->tok.kind != TK_SEMICOLON && p->tok.kind != TK_RBRACE) {
            NVec v = expr_list(p);
            s->list = v.v;
            s->nlist = v.n;
        }
        return s;
    }
    case TK_SEMICOLON: return mk(p, N_EMPTY, pos);
    default: return NULL;
    }
}

static Node *stmt_or_nil(Parser *p)
{
    if (!enter(p)) { leave(p); return NULL; }
    Node *s = stmt_or_nil_(p);
    leave(p);
    return s;
}

static void stmt_list(Parser *p, Node ***out, int *nout)
{
    NVec v = {0};
    while (p->tok.kind != TK_EOF && p->tok.kind != TK_RBRACE &&
           p->tok.kind != TK_CASE && p->tok.kind != TK_DEFAULT) {
        Node *s = stmt_or_nil(p);
        if (!s) break;
        vpush(p, &v, s);
        if (!got(p, TK_SEMICOLON) && p->tok.kind != TK_RBRACE) {
            syntax_error(p, "at end of statement");
            ADV(p, TK_SEMICOLON, TK_RBRACE, TK_CASE, TK_DEFAULT);
            got(p, TK_SEMICOLON);
        }
    }
    *out = v.v;
    *nout = v.n;
}


Pos ast_start_pos(Node *n) { return start_pos(n); }
