/* parse_hdr.c - the go command's own look at a file's header.
 *
 * Before the compiler runs, `go build`/`go run` read the package clause and
 * imports (go/build's import reader, then go/parser in ImportsOnly mode).  An
 * error there is printed by the go command, not the compiler: first error only,
 * as "prog.go:3:11: expected 'STRING', found newline", no "# command-line-arguments"
 * line, exit status 1.  This file reproduces that check (go 1.19 go/build/read.go
 * and go/parser's package clause / import productions, with go/scanner's texts).
 */
#include "parse.h"
#include <stdio.h>
#include <string.h>

/* ---- go/build's importReader: how much of the file go/parser gets ---- */

typedef struct Reader {
    const char *s;
    size_t n, i;          /* bytes read so far: s[0..i) is r.buf */
    int peek;             /* -1: none */
    int err, eof;
} Reader;

static int is_ident_byte(int c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 0x80;
}

static int rd_byte(Reader *r)
{
    if (r->i >= r->n) {
        r->eof = 1;
        return 0;
    }
    int c = (unsigned char)r->s[r->i++];
    if (c == 0 && !r->err) r->err = 2;   /* NUL: go/build gives up (not modelled further) */
    return c;
}

static int rd_peek(Reader *r, int skip_space)
{
    if (r->err) return 0;
    int c = r->peek >= 0 ? r->peek : rd_byte(r);
    while (!r->err && !r->eof && skip_space) {
        if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
            c = rd_byte(r);
            continue;
        }
        if (c == '/') {
            c = rd_byte(r);
            if (c == '/') {
                while (c != '\n' && !r->err && !r->eof) c = rd_byte(r);
            } else if (c == '*') {
                int c1 = 0;
                while ((c != '*' || c1 != '/') && !r->err) {
                    if (r->eof) { r->err = 1; break; }
                    c = c1;
                    c1 = rd_byte(r);
                }
            } else {
                r->err = 1;
            }
            c = rd_byte(r);
            continue;
        }
        break;
    }
    r->peek = c;
    return c;
}

static int rd_next(Reader *r, int skip_space)
{
    int c = rd_peek(r, skip_space);
    r->peek = -1;
    return c;
}

static void rd_keyword(Reader *r, const char *kw)
{
    rd_peek(r, 1);
    for (; *kw; kw++)
        if (rd_next(r, 0) != *kw) { if (!r->err) r->err = 1; return; }
    if (is_ident_byte(rd_peek(r, 0)) && !r->err) r->err = 1;
}

static void rd_ident(Reader *r)
{
    if (!is_ident_byte(rd_peek(r, 1))) { if (!r->err) r->err = 1; return; }
    while (!r->err && !r->eof && is_ident_byte(rd_peek(r, 0))) r->peek = -1;
}

static void rd_string(Reader *r)
{
    int q = rd_next(r, 1);
    if (q == '`') {
        while (!r->err) {
            if (rd_next(r, 0) == '`') break;
            if (r->eof) r->err = 1;
        }
    } else if (q == '"') {
        while (!r->err) {
            int c = rd_next(r, 0);
            if (c == '"') break;
            if (r->eof || c == '\n') r->err = 1;
            if (c == '\\') rd_next(r, 0);
        }
    } else if (!r->err) {
        r->err = 1;
    }
}

static void rd_import(Reader *r)
{
    int c = rd_peek(r, 1);
    if (c == '.') r->peek = -1;
    else if (is_ident_byte(c)) rd_ident(r);
    rd_string(r);
}

/* Length of the header go/parser sees. */
static size_t header_len(const char *s, size_t n)
{
    Reader r = { s, n, 0, -1, 0, 0 };
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) r.i = 3;
    rd_keyword(&r, "package");
    rd_ident(&r);
    while (!r.err && rd_peek(&r, 1) == 'i') {
        rd_keyword(&r, "import");
        if (rd_peek(&r, 1) == '(') {
            r.peek = -1;
            while (!r.err && rd_peek(&r, 1) != ')') rd_import(&r);
            rd_next(&r, 0);
        } else {
            rd_import(&r);
        }
    }
    if (r.err == 1) return n;            /* syntax error: go/parser gets everything */
    if (!r.err && !r.eof && r.i > 0) return r.i - 1;
    return r.i;
}

/* ---- go/parser on the header ---- */

typedef struct HP {
    Lexer lx;
    Token tok;
    int nerr;
    int32_t last_line;    /* go/parser keeps one error per line */
    Pos first;            /* smallest error position: the one the go command shows */
    char *msg;
    size_t cap;
    char pending[128];    /* string error, positioned at the token's start */
} HP;

static void add(HP *h, Pos pos, const char *msg, int filtered)
{
    if (filtered && h->nerr > 0 && h->last_line == pos.line) return;
    h->last_line = pos.line;
    if (h->nerr == 0 || pos.line < h->first.line ||
        (pos.line == h->first.line && pos.col < h->first.col)) {
        h->first = pos;
        snprintf(h->msg, h->cap, "%s", msg);
    }
    h->nerr++;
}

/* Lexical errors in go/scanner's words. */
static void hp_lex_error(void *ud, Pos pos, const char *msg)
{
    HP *h = ud;
    char m[160];
    if (strcmp(msg, "newline in string") == 0 || strcmp(msg, "string not terminated") == 0) {
        snprintf(h->pending, sizeof h->pending, "%s", "string literal not terminated");
        return;
    }
    if (strcmp(msg, "newline in rune literal") == 0) {
        snprintf(h->pending, sizeof h->pending, "%s", "rune literal not terminated");
        return;
    }
    if (strncmp(msg, "invalid character U+", 20) == 0 && !strstr(msg, " in ")) {
        snprintf(m, sizeof m, "illegal character %s", msg + 18);
        msg = m;
    } else if (strcmp(msg, "unknown escape") == 0) {
        msg = "unknown escape sequence";
    }
    add(h, pos, msg, 0);
}

static void hp_next(HP *h)
{
    h->pending[0] = 0;
    h->tok = lex_next(&h->lx);
    if (h->pending[0]) {
        if (h->tok.len > 0 && h->tok.text[0] == '`')
            snprintf(h->pending, sizeof h->pending, "%s", "raw string literal not terminated");
        add(h, h->tok.pos, h->pending, 0);
    }
}

/* go/token drops a line that starts at the very end of the file, so EOF after
 * a final newline is reported at the end of the last line. */
static Pos eof_pos(HP *h, Pos p)
{
    const char *end = h->lx.end, *src = h->lx.src;
    if (p.col != 1 || p.line <= 1 || end == src || end[-1] != '\n') return p;
    const char *ls = end - 1;
    while (ls > src && ls[-1] != '\n') ls--;
    p.line--;
    p.col = (int32_t)(end - ls) + 1;
    return p;
}

static void error_expected(HP *h, const char *what)
{
    char m[300];
    Token tk = h->tok;
    const Token *t = &tk;
    if (t->kind == TK_EOF || (t->kind == TK_SEMICOLON && t->len == 0)) tk.pos = eof_pos(h, tk.pos);
    if (t->kind == TK_SEMICOLON && (t->len == 0 || t->text[0] == '\n'))
        snprintf(m, sizeof m, "expected %s, found newline", what);
    else if ((t->kind >= TK_INT && t->kind <= TK_STRING) || t->kind == TK_IDENT)
        snprintf(m, sizeof m, "expected %s, found %.*s", what, t->len > 200 ? 200 : t->len, t->text);
    else
        snprintf(m, sizeof m, "expected %s, found '%s'", what, tok_str(t->kind));
    add(h, t->pos, m, 1);
}

static void expect(HP *h, TokKind k, const char *what)
{
    if (h->tok.kind != k) error_expected(h, what);
    hp_next(h);
}

static int stmt_start(TokKind k)
{
    switch (k) {
    case TK_BREAK: case TK_CONST: case TK_CONTINUE: case TK_DEFER: case TK_FALLTHROUGH:
    case TK_FOR: case TK_GO: case TK_GOTO: case TK_IF: case TK_RETURN: case TK_SELECT:
    case TK_SWITCH: case TK_TYPE: case TK_VAR: case TK_EOF:
        return 1;
    default:
        return 0;
    }
}

static void expect_semi(HP *h)
{
    TokKind k = h->tok.kind;
    if (k == TK_RPAREN || k == TK_RBRACE) return;
    if (k == TK_COMMA) {
        error_expected(h, "';'");
        hp_next(h);
    } else if (k == TK_SEMICOLON) {
        hp_next(h);
    } else {
        error_expected(h, "';'");
        while (!stmt_start(h->tok.kind)) hp_next(h);
    }
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int import_rune_ok(unsigned r)
{
    static const char illegal[] = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
    if (r < 0x80) return r > ' ' && r != 0x7f && !strchr(illegal, (int)r);
    return r != 0xFFFD && !(r >= 0x80 && r < 0xA0) && r != 0xA0 && r != 0x1680 &&
           !(r >= 0x2000 && r <= 0x200A) && r != 0x2028 && r != 0x2029 && r != 0x202F &&
           r != 0x205F && r != 0x3000 && r != 0xFEFF;
}

/* go/parser's isValidImport: the unquoted path is non-empty and every rune is
 * graphic, not a space and not one of !"#$%&'()*,:;<=>?[\]^{|}` or U+FFFD.
 * (The lexer has already rejected malformed escapes.) */
static int valid_import(const char *s, int n)
{
    if (n <= 2) return 0;
    int raw = s[0] == '`';
    for (int i = 1; i < n - 1;) {
        unsigned r = (unsigned char)s[i];
        if (!raw && r == '\\' && i + 1 < n - 1) {
            int c = (unsigned char)s[i + 1], len = 0;
            i += 2;
            switch (c) {
            case 'x': len = 2; break;
            case 'u': len = 4; break;
            case 'U': len = 8; break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                r = 0;
                for (int k = 0; k < 3 && i - 1 + k < n - 1; k++) r = r * 8 + (unsigned)(s[i - 1 + k] - '0');
                i += 2;
                break;
            case 'a': r = 7; break;
            case 'b': r = 8; break;
            case 'f': r = 12; break;
            case 'n': r = 10; break;
            case 'r': r = 13; break;
            case 't': r = 9; break;
            case 'v': r = 11; break;
            default: r = (unsigned)c; break;
            }
            if (len) {
                r = 0;
                for (int k = 0; k < len && i < n - 1; k++, i++) {
                    int v = hexval((unsigned char)s[i]);
                    if (v < 0) return 0;
                    r = r * 16 + (unsigned)v;
                }
            }
        } else if (r >= 0x80) {
            int w = r >= 0xF0 ? 4 : r >= 0xE0 ? 3 : 2;
            unsigned v = r & (0x3Fu >> (w - 1));
            for (int k = 1; k < w && i + k < n - 1; k++) v = (v << 6) | ((unsigned char)s[i + k] & 0x3F);
            r = v;
            i += w;
        } else {
            i++;
        }
        if (!import_rune_ok(r)) return 0;
    }
    return 1;
}

static void import_spec(HP *h)
{
    if (h->tok.kind == TK_PERIOD || h->tok.kind == TK_IDENT) hp_next(h);
    if (h->tok.kind == TK_STRING) {
        if (!h->tok.bad && !valid_import(h->tok.text, h->tok.len)) {
            char m[300];
            snprintf(m, sizeof m, "invalid import path: %.*s",
                     h->tok.len > 200 ? 200 : h->tok.len, h->tok.text);
            add(h, h->tok.pos, m, 1);
        }
        hp_next(h);
    } else {
        expect(h, TK_STRING, "'STRING'");
    }
    expect_semi(h);
}

int parse_go_header(const char *src, size_t len, Pos *pos, char *msg, size_t cap)
{
    HP h;
    memset(&h, 0, sizeof h);
    h.msg = msg;
    h.cap = cap;
    lex_init(&h.lx, src, header_len(src, len));
    h.lx.error = hp_lex_error;
    h.lx.ud = &h;
    hp_next(&h);
    expect(&h, TK_PACKAGE, "'package'");
    if (h.tok.kind == TK_IDENT) hp_next(&h);
    else expect(&h, TK_IDENT, "'IDENT'");
    expect_semi(&h);
    while (h.nerr == 0 && h.tok.kind == TK_IMPORT) {
        hp_next(&h);
        if (h.tok.kind == TK_LPAREN) {
            hp_next(&h);
            while (h.tok.kind != TK_RPAREN && h.tok.kind != TK_EOF) import_spec(&h);
            expect(&h, TK_RPAREN, "')'");
            expect_semi(&h);
        } else {
            import_spec(&h);
        }
    }
    if (h.nerr) *pos = h.first;
    return h.nerr > 0;
}
