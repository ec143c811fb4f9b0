/* lex.c - the Go lexer, a port of the gc compiler's scanner
 * (cmd/compile/internal/syntax/scanner.go, source.go of Go 1.19).
 *
 * Contract (lex.h): lex_next returns one token at a time; tokens point into the
 * source.  Automatic semicolons: after a name, literal, break, continue,
 * fallthrough, return, ++, --, ), ] or } a newline (or a block comment that
 * spans lines) or EOF becomes a TK_SEMICOLON with text "\n" or "".  Lexical
 * errors go to lx->error with gc's texts and positions; like gc, the lexer
 * always recovers (bad characters are skipped, bad literals are returned with
 * tok.bad set).  Columns count bytes, 1-based, as gc reports them.
 */
#include "lex.h"
#include "lex_unicode.h"
#include <stdio.h>
#include <string.h>

static const char *const tok_names[] = {
#define X(k, s) s,
    TOKEN_LIST(X)
#undef X
};

const char *tok_str(TokKind k)
{
    return k >= 0 && k < TK_NKINDS ? tok_names[k] : "?";
}

/* ---- Unicode helpers ---- */

static int in_table(const uint32_t (*t)[2], int n, uint32_t r)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (r < t[mid][0]) hi = mid - 1;
        else if (r > t[mid][1]) lo = mid + 1;
        else return 1;
    }
    return 0;
}
#define NELEM(t) ((int)(sizeof(t) / sizeof((t)[0])))

static int uni_is_letter(int r)
{
    if (r < 0x80) return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
    return in_table(uni_letter, NELEM(uni_letter), (uint32_t)r);
}

static int uni_is_digit(int r)
{
    if (r < 0x80) return r >= '0' && r <= '9';
    return in_table(uni_digit, NELEM(uni_digit), (uint32_t)r);
}

static int uni_is_print(int r)
{
    if (r < 0x80) return r >= 0x20 && r < 0x7f;
    return !in_table(uni_noprint, NELEM(uni_noprint), (uint32_t)r);
}

static int utf8_encode(char *b, int r)
{
    if (r < 0x80) { b[0] = (char)r; return 1; }
    if (r < 0x800) { b[0] = (char)(0xC0 | (r >> 6)); b[1] = (char)(0x80 | (r & 0x3F)); return 2; }
    if (r < 0x10000) {
        b[0] = (char)(0xE0 | (r >> 12)); b[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        b[2] = (char)(0x80 | (r & 0x3F)); return 3;
    }
    b[0] = (char)(0xF0 | (r >> 18)); b[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((r >> 6) & 0x3F)); b[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

/* Decodes one rune as Go's utf8.DecodeRune; *w = 1 and -2 for an invalid encoding. */
static int utf8_decode(const unsigned char *s, const unsigned char *end, int *w)
{
    size_t n = (size_t)(end - s);
    unsigned c = s[0];
    *w = 1;
    if (c < 0x80) return (int)c;
    int need;
    unsigned r, min;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; r = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; r = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; r = c & 0x07; min = 0x10000; }
    else return -2;
    if (n < (size_t)need + 1) return -2;
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80) return -2;
        r = (r << 6) | (s[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return -2;
    *w = need + 1;
    return (int)r;
}

/* Go's %#U: "U+0040 '@'" (the quoted form only for printable runes). */
static void fmt_U(char *b, size_t cap, int r)
{
    if (uni_is_print(r)) {
        char u[5] = {0};
        utf8_encode(u, r);
        snprintf(b, cap, "U+%04X '%s'", (unsigned)r, u);
    } else {
        snprintf(b, cap, "U+%04X", (unsigned)r);
    }
}

/* Go's %q of a rune: 'x', '\n', '\x00', '\u00a0'. */
static void fmt_q(char *b, size_t cap, int r)
{
    const char *esc = NULL;
    switch (r) {
    case '\a': esc = "\\a"; break;
    case '\b': esc = "\\b"; break;
    case '\f': esc = "\\f"; break;
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    case '\t': esc = "\\t"; break;
    case '\v': esc = "\\v"; break;
    case '\\': esc = "\\\\"; break;
    case '\'': esc = "\\'"; break;
    }
    if (esc) { snprintf(b, cap, "'%s'", esc); return; }
    if (r < 0) r = 0xFFFD;
    if (uni_is_print(r)) {
        char u[5] = {0};
        utf8_encode(u, r);
        snprintf(b, cap, "'%s'", u);
    } else if (r < 0x80) {
        snprintf(b, cap, "'\\x%02x'", (unsigned)r);
    } else if (r < 0x10000) {
        snprintf(b, cap, "'\\u%04x'", (unsigned)r);
    } else {
        snprintf(b, cap, "'\\U%08x'", (unsigned)r);
    }
}

/* ---- source reading (gc's source.go) ---- */

static Pos ch_pos(const Lexer *lx)
{
    Pos p = { lx->line, (int32_t)(lx->cur - lx->chw - lx->line_start) + 1 };
    return p;
}

static void err_at(Lexer *lx, Pos p, const char *msg)
{
    if (lx->error) lx->error(lx->ud, p, msg);
}

/* Reports at the current character, as gc's s.errorf. */
static void err_ch(Lexer *lx, const char *msg) { err_at(lx, ch_pos(lx), msg); }

static void nextch(Lexer *lx)
{
redo:
    if (lx->ch == '\n') {
        lx->line++;
        lx->line_start = lx->cur;
    }
    if (lx->cur >= lx->end) {
        lx->ch = -1;
        lx->chw = 0;
        return;
    }
    unsigned char c = (unsigned char)*lx->cur;
    if (c < 0x80) {
        lx->cur++;
        lx->chw = 1;
        lx->ch = c;
        if (c == 0) {
            err_ch(lx, "invalid NUL character");
            goto redo;
        }
        return;
    }
    int w;
    int r = utf8_decode((const unsigned char *)lx->cur, (const unsigned char *)lx->end, &w);
    lx->cur += w;
    lx->chw = w;
    lx->ch = r < 0 ? 0xFFFD : r;
    if (r < 0) {
        err_ch(lx, "invalid UTF-8 encoding");
        goto redo;
    }
    if (r == 0xFEFF) {
        if (lx->line > 1 || lx->cur - w > lx->line_start)
            err_ch(lx, "invalid BOM in the middle of the file");
        goto redo;
    }
}

void lex_init(Lexer *lx, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->src = lx->cur = lx->line_start = src;
    lx->end = src + len;
    lx->line = 1;
    lx->last = TK_SEMICOLON;   /* no semicolon before the first token */
    lx->ch = ' ';
    nextch(lx);
}

/* ---- tokens ---- */

static int is_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_decimal(int c) { return c >= '0' && c <= '9'; }
static int lower(int c) { return c | ('a' - 'A'); }
static int is_hex(int c) { return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

typedef struct Scan {
    Lexer *lx;
    const char *start;  /* token start */
    Pos pos;            /* token position */
    Token tok;
} Scan;

static const char *ch_start(const Lexer *lx) { return lx->cur - lx->chw; }

static void finish(Scan *s, TokKind k)
{
    s->tok.kind = k;
    s->tok.text = s->start;
    s->tok.len = (int)(ch_start(s->lx) - s->start);
    s->tok.pos = s->pos;
}

/* Error at a byte offset from the token start (gc's errorAtf). */
static void err_off(Scan *s, int off, const char *msg)
{
    Pos p = s->pos;
    p.col += off;
    err_at(s->lx, p, msg);
}

static int at_ident_char(Scan *s, int first)
{
    Lexer *lx = s->lx;
    char u[32], m[96];
    if (uni_is_letter(lx->ch) || lx->ch == '_') return 1;
    if (uni_is_digit(lx->ch)) {
        if (first) {
            fmt_U(u, sizeof u, lx->ch);
            snprintf(m, sizeof m, "identifier cannot begin with digit %s", u);
            err_ch(lx, m);
        }
        return 1;
    }
    if (lx->ch >= 0x80) {
        fmt_U(u, sizeof u, lx->ch);
        snprintf(m, sizeof m, "invalid character %s in identifier", u);
        err_ch(lx, m);
        return 1;
    }
    return 0;
}

static const struct { const char *s; TokKind k; } keywords[] = {
    {"break", TK_BREAK}, {"case", TK_CASE}, {"chan", TK_CHAN}, {"const", TK_CONST},
    {"continue", TK_CONTINUE}, {"default", TK_DEFAULT}, {"defer", TK_DEFER},
    {"else", TK_ELSE}, {"fallthrough", TK_FALLTHROUGH}, {"for", TK_FOR},
    {"func", TK_FUNC}, {"go", TK_GO}, {"goto", TK_GOTO}, {"if", TK_IF},
    {"import", TK_IMPORT}, {"interface", TK_INTERFACE}, {"map", TK_MAP},
    {"package", TK_PACKAGE}, {"range", TK_RANGE}, {"return", TK_RETURN},
    {"select", TK_SELECT}, {"struct", TK_STRUCT}, {"switch", TK_SWITCH},
    {"type", TK_TYPE}, {"var", TK_VAR},
};

static void ident(Scan *s)
{
    Lexer *lx = s->lx;
    while (is_letter(lx->ch) || is_decimal(lx->ch)) nextch(lx);
    if (lx->ch >= 0x80)
        while (lx->ch >= 0x80 && at_ident_char(s, 0)) {
            nextch(lx);
            while (is_letter(lx->ch) || is_decimal(lx->ch)) nextch(lx);
        }
    finish(s, TK_IDENT);
    if (s->tok.len >= 2 && s->tok.len <= 11 && s->start[0] >= 'b' && s->start[0] <= 'v') {
        for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
            if ((int)strlen(keywords[i].s) == s->tok.len &&
                memcmp(keywords[i].s, s->start, (size_t)s->tok.len) == 0) {
                s->tok.kind = keywords[i].k;
                break;
            }
    }
}

static const char *base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

/* { digit | '_' }: bit 0 = digits seen, bit 1 = '_' seen (gc's digits). */
static int digits(Scan *s, int base, int *invalid)
{
    Lexer *lx = s->lx;
    int digsep = 0;
    if (base <= 10) {
        int max = '0' + base;
        while (is_decimal(lx->ch) || lx->ch == '_') {
            int ds = 1;
            if (lx->ch == '_') ds = 2;
            else if (lx->ch >= max && invalid && *invalid < 0)
                *invalid = (int)(ch_start(lx) - s->start);
            digsep |= ds;
            nextch(lx);
        }
    } else {
        while (is_hex(lx->ch) || lx->ch == '_') {
            digsep |= lx->ch == '_' ? 2 : 1;
            nextch(lx);
        }
    }
    return digsep;
}

/* Index of the first misplaced '_' in a number literal, or -1. */
static int invalid_sep(const char *x, int n)
{
    int x1 = ' ', d = '.', i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') { d = '0'; i = 2; }
    }
    for (; i < n; i++) {
        int p = d;
        d = (unsigned char)x[i];
        if (d == '_') {
            if (p != '0') return i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_') return i - 1;
            d = '.';
        }
    }
    if (d == '_') return n - 1;
    return -1;
}

static void number(Scan *s, int seen_point)
{
    Lexer *lx = s->lx;
    int ok = 1, base = 10, prefix = 0, digsep = 0, invalid = -1;
    TokKind kind = TK_INT;
    char m[128], q[32];

    if (!seen_point) {
        if (lx->ch == '0') {
            nextch(lx);
            switch (lower(lx->ch)) {
            case 'x': nextch(lx); base = 16; prefix = 'x'; break;
            case 'o': nextch(lx); base = 8; prefix = 'o'; break;
            case 'b': nextch(lx); base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; digsep = 1; break;
            }
        }
        digsep |= digits(s, base, &invalid);
        if (lx->ch == '.') {
            if (prefix == 'o' || prefix == 'b') {
                snprintf(m, sizeof m, "invalid radix point in %s literal", base_name(base));
                err_ch(lx, m);
                ok = 0;
            }
            nextch(lx);
            seen_point = 1;
        }
    }
    if (seen_point) {
        kind = TK_FLOAT;
        digsep |= digits(s, base, &invalid);
    }
    if ((digsep & 1) == 0 && ok) {
        snprintf(m, sizeof m, "%s literal has no digits", base_name(base));
        err_ch(lx, m);
        ok = 0;
    }
    int e = lower(lx->ch);
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                fmt_q(q, sizeof q, lx->ch);
                snprintf(m, sizeof m, "%s exponent requires decimal mantissa", q);
                err_ch(lx, m);
                ok = 0;
            } else if (e == 'p' && prefix != 'x') {
                fmt_q(q, sizeof q, lx->ch);
                snprintf(m, sizeof m, "%s exponent requires hexadecimal mantissa", q);
                err_ch(lx, m);
                ok = 0;
            }
        }
        nextch(lx);
        kind = TK_FLOAT;
        if (lx->ch == '+' || lx->ch == '-') nextch(lx);
        digsep = digits(s, 10, NULL) | (digsep & 2);
        if ((digsep & 1) == 0 && ok) {
            err_ch(lx, "exponent has no digits");
            ok = 0;
        }
    } else if (prefix == 'x' && kind == TK_FLOAT && ok) {
        err_ch(lx, "hexadecimal mantissa requires a 'p' exponent");
        ok = 0;
    }
    if (lx->ch == 'i') {
        kind = TK_IMAG;
        nextch(lx);
    }
    finish(s, kind);
    if (kind == TK_INT && invalid >= 0 && ok) {
        fmt_q(q, sizeof q, (unsigned char)s->start[invalid]);
        snprintf(m, sizeof m, "invalid digit %s in %s literal", q, base_name(base));
        err_off(s, invalid, m);
        ok = 0;
    }
    if ((digsep & 2) && ok) {
        int i = invalid_sep(s->tok.text, s->tok.len);
        if (i >= 0) {
            err_off(s, i, "'_' must separate successive digits");
            ok = 0;
        }
    }
    s->tok.bad = !ok;
}

/* After a backslash; returns 0 after reporting an invalid escape. */
static int escape(Scan *s, int quote)
{
    Lexer *lx = s->lx;
    int n;
    unsigned base, max;
    char m[128], q[32];
    switch (lx->ch) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        nextch(lx);
        return 1;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3; base = 8; max = 255;
        break;
    case 'x': nextch(lx); n = 2; base = 16; max = 255; break;
    case 'u': nextch(lx); n = 4; base = 16; max = 0x10FFFF; break;
    case 'U': nextch(lx); n = 8; base = 16; max = 0x10FFFF; break;
    default:
        if (lx->ch == quote) { nextch(lx); return 1; }
        if (lx->ch < 0) return 1;   /* the caller complains about EOF */
        err_ch(lx, "unknown escape");
        return 0;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        if (lx->ch < 0) return 1;
        unsigned d = base;
        if (is_decimal(lx->ch)) d = (unsigned)(lx->ch - '0');
        else if (lower(lx->ch) >= 'a' && lower(lx->ch) <= 'f') d = (unsigned)(lower(lx->ch) - 'a' + 10);
        if (d >= base) {
            fmt_q(q, sizeof q, lx->ch);
            snprintf(m, sizeof m, "invalid character %s in %s escape", q, base_name((int)base));
            err_ch(lx, m);
            return 0;
        }
        x = x * base + d;
        nextch(lx);
    }
    if (x > max && base == 8) {
        snprintf(m, sizeof m, "octal escape value %u > 255", (unsigned)x);
        err_ch(lx, m);
        return 0;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        char u[32];
        if (x > 0x10FFFF) snprintf(u, sizeof u, "U+%X", (unsigned)x);
        else fmt_U(u, sizeof u, (int)x);
        snprintf(m, sizeof m, "escape is invalid Unicode code point %s", u);
        err_ch(lx, m);
        return 0;
    }
    return 1;
}

static void rune_lit(Scan *s)
{
    Lexer *lx = s->lx;
    int ok = 1;
    nextch(lx);
    for (int n = 0;; n++) {
        if (lx->ch == '\'') {
            if (ok) {
                if (n == 0) { err_ch(lx, "empty rune literal or unescaped '"); ok = 0; }
                else if (n != 1) { err_off(s, 0, "more than one character in rune literal"); ok = 0; }
            }
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            if (!escape(s, '\'')) ok = 0;
            continue;
        }
        if (lx->ch == '\n') {
            if (ok) { err_ch(lx, "newline in rune literal"); ok = 0; }
            break;
        }
        if (lx->ch < 0) {
            if (ok) { err_off(s, 0, "rune literal not terminated"); ok = 0; }
            break;
        }
        nextch(lx);
    }
    finish(s, TK_CHAR);
    s->tok.bad = !ok;
}

static void std_string(Scan *s)
{
    Lexer *lx = s->lx;
    int ok = 1;
    nextch(lx);
    for (;;) {
        if (lx->ch == '"') { nextch(lx); break; }
        if (lx->ch == '\\') {
            nextch(lx);
            if (!escape(s, '"')) ok = 0;
            continue;
        }
        if (lx->ch == '\n') { err_ch(lx, "newline in string"); ok = 0; break; }
        if (lx->ch < 0) { err_off(s, 0, "string not terminated"); ok = 0; break; }
        nextch(lx);
    }
    finish(s, TK_STRING);
    s->tok.bad = !ok;
}

static void raw_string(Scan *s)
{
    Lexer *lx = s->lx;
    int ok = 1;
    nextch(lx);
    for (;;) {
        if (lx->ch == '`') { nextch(lx); break; }
        if (lx->ch < 0) { err_off(s, 0, "string not terminated"); ok = 0; break; }
        nextch(lx);
    }
    finish(s, TK_STRING);
    s->tok.bad = !ok;
}

static void skip_line(Lexer *lx)
{
    while (lx->ch >= 0 && lx->ch != '\n') nextch(lx);
}

static void skip_comment(Scan *s)
{
    Lexer *lx = s->lx;
    while (lx->ch >= 0) {
        while (lx->ch == '*') {
            nextch(lx);
            if (lx->ch == '/') { nextch(lx); return; }
        }
        nextch(lx);
    }
    err_off(s, 0, "comment not terminated");
}

static int nlsemi_after(TokKind k)
{
    switch (k) {
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH: case TK_RETURN:
    case TK_INC: case TK_DEC: case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
        return 1;
    default:
        return 0;
    }
}

/* op, op= pairs: the token after reading op's characters. */
static TokKind assignop(Lexer *lx, TokKind op, TokKind opassign)
{
    if (lx->ch == '=') { nextch(lx); return opassign; }
    return op;
}

static TokKind operator(Scan *s, int *redo)
{
    Lexer *lx = s->lx;
    int c = lx->ch;
    nextch(lx);
    switch (c) {
    case '(': return TK_LPAREN;
    case '[': return TK_LBRACK;
    case '{': return TK_LBRACE;
    case ',': return TK_COMMA;
    case ')': return TK_RPAREN;
    case ']': return TK_RBRACK;
    case '}': return TK_RBRACE;
    case ';': return TK_SEMICOLON;
    case '~': return TK_TILDE;
    case ':':
        if (lx->ch == '=') { nextch(lx); return TK_DEFINE; }
        return TK_COLON;
    case '.':
        if (lx->ch == '.' && lx->cur < lx->end && *lx->cur == '.') {
            nextch(lx);
            nextch(lx);
            return TK_ELLIPSIS;
        }
        return TK_PERIOD;
    case '+':
        if (lx->ch == '+') { nextch(lx); return TK_INC; }
        return assignop(lx, TK_ADD, TK_ADD_ASSIGN);
    case '-':
        if (lx->ch == '-') { nextch(lx); return TK_DEC; }
        return assignop(lx, TK_SUB, TK_SUB_ASSIGN);
    case '*': return assignop(lx, TK_MUL, TK_MUL_ASSIGN);
    case '/': return assignop(lx, TK_QUO, TK_QUO_ASSIGN);
    case '%': return assignop(lx, TK_REM, TK_REM_ASSIGN);
    case '&':
        if (lx->ch == '&') { nextch(lx); return TK_LAND; }
        if (lx->ch == '^') { nextch(lx); return assignop(lx, TK_AND_NOT, TK_AND_NOT_ASSIGN); }
        return assignop(lx, TK_AND, TK_AND_ASSIGN);
    case '|':
        if (lx->ch == '|') { nextch(lx); return TK_LOR; }
        return assignop(lx, TK_OR, TK_OR_ASSIGN);
    case '^': return assignop(lx, TK_XOR, TK_XOR_ASSIGN);
    case '<':
        if (lx->ch == '=') { nextch(lx); return TK_LEQ; }
        if (lx->ch == '<') { nextch(lx); return assignop(lx, TK_SHL, TK_SHL_ASSIGN); }
        if (lx->ch == '-') { nextch(lx); return TK_ARROW; }
        return TK_LSS;
    case '>':
        if (lx->ch == '=') { nextch(lx); return TK_GEQ; }
        if (lx->ch == '>') { nextch(lx); return assignop(lx, TK_SHR, TK_SHR_ASSIGN); }
        return TK_GTR;
    case '=':
        if (lx->ch == '=') { nextch(lx); return TK_EQL; }
        return TK_ASSIGN;
    case '!':
        if (lx->ch == '=') { nextch(lx); return TK_NEQ; }
        return TK_NOT;
    default: {
        char u[32], m[64];
        fmt_U(u, sizeof u, c);
        snprintf(m, sizeof m, "invalid character %s", u);
        err_at(lx, s->pos, m);
        *redo = 1;
        return TK_ERROR;
    }
    }
}

Token lex_next(Lexer *lx)
{
    Scan s;
    int nlsemi = nlsemi_after(lx->last);
    memset(&s, 0, sizeof s);
    s.lx = lx;
redo:
    while (lx->ch == ' ' || lx->ch == '\t' || (lx->ch == '\n' && !nlsemi) || lx->ch == '\r')
        nextch(lx);
    s.start = ch_start(lx);
    s.pos = ch_pos(lx);
    s.tok.bad = 0;

    if (is_letter(lx->ch) || (lx->ch >= 0x80 && at_ident_char(&s, 1))) {
        nextch(lx);
        ident(&s);
    } else if (lx->ch < 0) {
        finish(&s, nlsemi ? TK_SEMICOLON : TK_EOF);
        s.tok.text = "";
        s.tok.len = 0;
    } else if (lx->ch == '\n') {
        nextch(lx);
        finish(&s, TK_SEMICOLON);
        s.tok.len = 1;
    } else if (is_decimal(lx->ch) ||
               (lx->ch == '.' && lx->cur < lx->end && is_decimal((unsigned char)*lx->cur))) {
        int point = lx->ch == '.';
        if (point) nextch(lx);
        number(&s, point);
    } else if (lx->ch == '"') {
        std_string(&s);
    } else if (lx->ch == '`') {
        raw_string(&s);
    } else if (lx->ch == '\'') {
        rune_lit(&s);
    } else if (lx->ch == '/' && lx->cur < lx->end && *lx->cur == '/') {
        nextch(lx);
        nextch(lx);
        skip_line(lx);
        goto redo;
    } else if (lx->ch == '/' && lx->cur < lx->end && *lx->cur == '*') {
        int line = lx->line;
        nextch(lx);
        nextch(lx);
        skip_comment(&s);
        if (lx->line > line && nlsemi) {
            /* a comment spanning lines acts like a newline */
            s.tok.kind = TK_SEMICOLON;
            s.tok.text = "\n";
            s.tok.len = 1;
            s.tok.pos = s.pos;
            lx->last = TK_SEMICOLON;
            return s.tok;
        }
        goto redo;
    } else {
        int again = 0;
        TokKind k = operator(&s, &again);
        if (again) goto redo;
        finish(&s, k);
    }
    lx->last = s.tok.kind;
    return s.tok;
}
