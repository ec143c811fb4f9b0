/* const.c - Go constant values for the checker: literals, folding,
 * representability, and go/constant's printing.
 *
 * Integers are exact to 128 bits (Go's are 512; constants past 2^127 are
 * reported as overflow by the callers), floats are long double.  A float
 * constant with an integral value still counts as an integer where Go says
 * so (1e3 is a valid int).
 */
#include "check_int.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ConstVal cv_int(__int128 v) { return (ConstVal){.kind = CV_INT, .i = v}; }
ConstVal cv_float(long double f) { return (ConstVal){.kind = CV_FLOAT, .f = f}; }
ConstVal cv_bool(bool b) { return (ConstVal){.kind = CV_BOOL, .b = b}; }

/* Bounds on string constant folding (cv_binary): one constant string, and the
 * arena the folded copies live in; past them "+" reports an overflow. */
#define CV_MAX_STRING (16 << 20)
#define CV_MAX_STRING_ARENA ((size_t)256 << 20)

ConstVal cv_str(Arena *a, const char *s, int64_t n)
{
    ConstVal v = {.kind = CV_STRING, .slen = n};
    v.s = arena_strndup(a, s, (size_t)n);
    return v;
}

/* ---------- literals ---------- */

static int digit_val(int ch)
{
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return 99;
}

static bool parse_int(const char *s, int len, ConstVal *out)
{
    int base = 10, i = 0;
    if (len > 1 && s[0] == '0') {
        char p = s[1];
        if (p == 'x' || p == 'X') base = 16, i = 2;
        else if (p == 'b' || p == 'B') base = 2, i = 2;
        else if (p == 'o' || p == 'O') base = 8, i = 2;
        else base = 8, i = 1;
    }
    unsigned __int128 v = 0, lim = ((unsigned __int128)1 << 127) - 1;
    bool any = false;
    for (; i < len; i++) {
        if (s[i] == '_') continue;
        int d = digit_val((unsigned char)s[i]);
        if (d >= base) return false;
        if (v > (lim - (unsigned)d) / (unsigned)base) return false;
        v = v * (unsigned)base + (unsigned)d;
        any = true;
    }
    if (!any && base != 8) return false;
    *out = cv_int((__int128)v);
    return true;
}

static void put_utf8(char *buf, int *n, uint32_t r)
{
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x80) buf[(*n)++] = (char)r;
    else if (r < 0x800) {
        buf[(*n)++] = (char)(0xC0 | (r >> 6));
        buf[(*n)++] = (char)(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        buf[(*n)++] = (char)(0xE0 | (r >> 12));
        buf[(*n)++] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[(*n)++] = (char)(0x80 | (r & 0x3F));
    } else {
        buf[(*n)++] = (char)(0xF0 | (r >> 18));
        buf[(*n)++] = (char)(0x80 | ((r >> 12) & 0x3F));
        buf[(*n)++] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[(*n)++] = (char)(0x80 | (r & 0x3F));
    }
}

/* Decodes one UTF-8 sequence; returns its length (1 for invalid bytes). */
static int decode_utf8(const unsigned char *s, int len, uint32_t *r)
{
    if (len <= 0) { *r = 0xFFFD; return 0; }
    unsigned c = s[0];
    if (c < 0x80) { *r = c; return 1; }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (n == 1 || n > len) { *r = 0xFFFD; return 1; }
    uint32_t v = c & (0x3F >> (n - 1));
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) { *r = 0xFFFD; return 1; }
        v = (v << 6) | (s[i] & 0x3F);
    }
    *r = v;
    return n;
}

/* One escape or character starting at s[*i]; appends to buf.  Byte escapes
 * (\x, octal) append raw bytes; others UTF-8.  Returns the code point. */
static bool unescape_one(const char *s, int len, int *i, char *buf, int *n, uint32_t *cp)
{
    if (s[*i] != '\\') {
        uint32_t r;
        int k = decode_utf8((const unsigned char *)s + *i, len - *i, &r);
        if (k == 0) return false;
        memcpy(buf + *n, s + *i, (size_t)k);
        *n += k;
        *i += k;
        *cp = r;
        return true;
    }
    (*i)++;
    if (*i >= len) return false;
    char e = s[(*i)++];
    uint32_t v = 0;
    int nd = 0, base = 16;
    switch (e) {
    case 'a': v = 7; break;
    case 'b': v = 8; break;
    case 'f': v = 12; break;
    case 'n': v = 10; break;
    case 'r': v = 13; break;
    case 't': v = 9; break;
    case 'v': v = 11; break;
    case '\\': v = '\\'; break;
    case '\'': v = '\''; break;
    case '"': v = '"'; break;
    case 'x': nd = 2; break;
    case 'u': nd = 4; break;
    case 'U': nd = 8; break;
    default:
        if (e >= '0' && e <= '7') {
            base = 8;
            nd = 2;
            v = (uint32_t)(e - '0');
        } else {
            return false;
        }
    }
    for (int k = 0; k < nd; k++) {
        if (*i >= len) return false;
        int d = digit_val((unsigned char)s[(*i)++]);
        if (d >= base) return false;
        v = v * (uint32_t)base + (uint32_t)d;
    }
    *cp = v;
    if (e == 'x' || base == 8) buf[(*n)++] = (char)(v & 0xFF);
    else put_utf8(buf, n, v);
    return true;
}

bool cv_from_lit(Arena *a, TokKind kind, const char *lit, int len, ConstVal *out)
{
    memset(out, 0, sizeof *out);
    if (!lit || len <= 0) return false;
    switch (kind) {
    case TK_INT: return parse_int(lit, len, out);
    case TK_FLOAT: {
        char *tmp = xmalloc((size_t)len + 1);
        int n = 0;
        for (int i = 0; i < len; i++)
            if (lit[i] != '_') tmp[n++] = lit[i];
        tmp[n] = 0;
        char *end;
        long double f = strtold(tmp, &end);
        bool ok = end != tmp;
        free(tmp);
        *out = cv_float(f);
        return ok;
    }
    case TK_CHAR: {
        if (len < 3) return false;
        char buf[16];
        int n = 0, i = 1;
        uint32_t cp = 0;
        if (!unescape_one(lit, len - 1, &i, buf, &n, &cp)) return false;
        *out = cv_int(cp);
        return true;
    }
    case TK_STRING: {
        char *buf = xmalloc((size_t)len * 4 + 4);
        int n = 0;
        bool ok = true;
        if (lit[0] == '`') {
            for (int i = 1; i < len - 1; i++)
                if (lit[i] != '\r') buf[n++] = lit[i];
        } else {
            int i = 1;
            while (i < len - 1 && ok) {
                uint32_t cp;
                ok = unescape_one(lit, len - 1, &i, buf, &n, &cp);
            }
        }
        *out = cv_str(a, buf, n);
        free(buf);
        return ok;
    }
    default: return false;
    }
}

/* ---------- conversions and representability ---------- */

/* Go's untyped float constants are exact rationals (0.0005 * 1e9 is exactly
 * 500000); long double is not, so a value within a few ulps of an integer
 * counts as that integer. */
static bool near_int(long double f, long double *r)
{
    long double n = roundl(f);
    long double tol = fabsl(f) * 1e-17L;
    if (fabsl(f - n) <= tol) {
        *r = n;
        return true;
    }
    return false;
}

bool cv_is_int_valued(ConstVal v)
{
    if (v.kind == CV_INT) return true;
    if (v.kind != CV_FLOAT) return false;
    if (!isfinite(v.f)) return false;
    if (fabsl(v.f) >= 1.7e38L) return true;   /* far beyond 2^64: integral */
    long double r;
    return near_int(v.f, &r);
}

ConstVal cv_to_int(ConstVal v)
{
    if (v.kind == CV_FLOAT) {
        long double r;
        if (fabsl(v.f) >= 1.7e38L) {   /* saturate: callers check the range first */
            __int128 max = (__int128)(~(unsigned __int128)0 >> 1);
            return cv_int(v.f > 0 ? max : -max - 1);
        }
        if (near_int(v.f, &r)) return cv_int((__int128)r);
        return cv_int((__int128)v.f);
    }
    return v;
}

ConstVal cv_to_float(ConstVal v)
{
    if (v.kind == CV_INT) return cv_float((long double)v.i);
    return v;
}

int cv_sign(ConstVal v)
{
    if (v.kind == CV_INT) return (v.i > 0) - (v.i < 0);
    if (v.kind == CV_FLOAT) return (v.f > 0) - (v.f < 0);
    return 0;
}

bool cv_is_zero(ConstVal v) { return (v.kind == CV_INT || v.kind == CV_FLOAT) && cv_sign(v) == 0; }

static bool int_fits(__int128 i, TypeKind k)
{
    switch (k) {
    case T_INT8: return i >= -128 && i <= 127;
    case T_INT16: return i >= -32768 && i <= 32767;
    case T_INT32: return i >= -2147483648LL && i <= 2147483647LL;
    case T_INT: case T_INT64: return i >= INT64_MIN && i <= INT64_MAX;
    case T_UINT8: return i >= 0 && i <= 255;
    case T_UINT16: return i >= 0 && i <= 65535;
    case T_UINT32: return i >= 0 && i <= 4294967295LL;
    case T_UINT: case T_UINT64: case T_UINTPTR: return i >= 0 && i <= (__int128)UINT64_MAX;
    case T_UNTYPED_INT: case T_UNTYPED_RUNE: return true;
    default: return false;
    }
}

Repr cv_represent(ConstVal v, Type *t, ConstVal *out)
{
    TypeKind k = t ? t->kind : T_INVALID;
    bool numeric = v.kind == CV_INT || v.kind == CV_FLOAT;
    switch (k) {
    case T_BOOL: case T_UNTYPED_BOOL:
        if (v.kind != CV_BOOL) return REPR_INVALID;
        *out = v;
        return REPR_OK;
    case T_STRING: case T_UNTYPED_STRING:
        if (v.kind != CV_STRING) return REPR_INVALID;
        *out = v;
        return REPR_OK;
    case T_FLOAT32: case T_FLOAT64: case T_UNTYPED_FLOAT: {
        if (!numeric) return REPR_INVALID;
        long double f = cv_to_float(v).f;
        if (k == T_FLOAT32) {
            float r = (float)f;
            if (isinf(r)) return REPR_OVERFLOW;
            f = r;
        } else if (k == T_FLOAT64) {
            double r = (double)f;
            if (isinf(r)) return REPR_OVERFLOW;
            f = r;
        }
        *out = cv_float(f);
        return REPR_OK;
    }
    default:
        if (!types_is_integer(t)) return REPR_INVALID;
        if (!numeric) return REPR_INVALID;
        if (!cv_is_int_valued(v)) return REPR_TRUNCATED;
        if (v.kind == CV_FLOAT && fabsl(v.f) >= 1.7e38L) {
            if (k == T_UNTYPED_INT || k == T_UNTYPED_RUNE) { *out = v; return REPR_OK; }
            return REPR_OVERFLOW;
        }
        ConstVal iv = cv_to_int(v);
        if (!int_fits(iv.i, k)) return REPR_OVERFLOW;
        *out = iv;
        return REPR_OK;
    }
}

/* ---------- folding ---------- */

bool cv_binary(Arena *a, TokKind op, ConstVal x, ConstVal y, bool intdiv, ConstVal *out)
{
    if (x.kind == CV_STRING && y.kind == CV_STRING) {
        if (op != TK_ADD) return false;
        /* hostile input: refuse (as an overflow) rather than eat the host */
        if (x.slen + y.slen > CV_MAX_STRING || a->total > CV_MAX_STRING_ARENA) return false;
        char *s = arena_alloc(a, (size_t)(x.slen + y.slen) + 1);
        memcpy(s, x.s, (size_t)x.slen);
        memcpy(s + x.slen, y.s, (size_t)y.slen);
        *out = (ConstVal){.kind = CV_STRING, .s = s, .slen = x.slen + y.slen};
        return true;
    }
    if (x.kind == CV_BOOL && y.kind == CV_BOOL) {
        if (op == TK_LAND) *out = cv_bool(x.b && y.b);
        else if (op == TK_LOR) *out = cv_bool(x.b || y.b);
        else return false;
        return true;
    }
    if (x.kind == CV_INT && y.kind == CV_INT && (intdiv || op != TK_QUO)) {
        __int128 r = 0;
        switch (op) {
        case TK_ADD: if (__builtin_add_overflow(x.i, y.i, &r)) return false; break;
        case TK_SUB: if (__builtin_sub_overflow(x.i, y.i, &r)) return false; break;
        case TK_MUL: if (__builtin_mul_overflow(x.i, y.i, &r)) return false; break;
        case TK_QUO:
            if (y.i == 0) return false;
            if (y.i == -1) {   /* MIN / -1 overflows (UB in C) */
                if (__builtin_sub_overflow((__int128)0, x.i, &r)) return false;
                break;
            }
            r = x.i / y.i;
            break;
        case TK_REM: if (y.i == 0) return false; r = y.i == -1 ? 0 : x.i % y.i; break;
        case TK_AND: r = x.i & y.i; break;
        case TK_OR: r = x.i | y.i; break;
        case TK_XOR: r = x.i ^ y.i; break;
        case TK_AND_NOT: r = x.i & ~y.i; break;
        default: return false;
        }
        *out = cv_int(r);
        return true;
    }
    if ((x.kind == CV_INT || x.kind == CV_FLOAT) && (y.kind == CV_INT || y.kind == CV_FLOAT)) {
        long double f = cv_to_float(x).f, g = cv_to_float(y).f, r;
        switch (op) {
        case TK_ADD: r = f + g; break;
        case TK_SUB: r = f - g; break;
        case TK_MUL: r = f * g; break;
        case TK_QUO: if (g == 0) return false; r = f / g; break;
        default: return false;
        }
        if (!isfinite(r)) return false;
        *out = cv_float(r);
        return true;
    }
    return false;
}

bool cv_compare(TokKind op, ConstVal x, ConstVal y)
{
    int c = 0;
    if (x.kind == CV_STRING && y.kind == CV_STRING) {
        int64_t n = x.slen < y.slen ? x.slen : y.slen;
        c = memcmp(x.s, y.s, (size_t)n);
        if (c == 0) c = (x.slen > y.slen) - (x.slen < y.slen);
        c = (c > 0) - (c < 0);
    } else if (x.kind == CV_BOOL && y.kind == CV_BOOL) {
        c = x.b == y.b ? 0 : 1;
    } else if (x.kind == CV_INT && y.kind == CV_INT) {
        c = (x.i > y.i) - (x.i < y.i);
    } else {
        long double f = cv_to_float(x).f, g = cv_to_float(y).f;
        c = (f > g) - (f < g);
    }
    switch (op) {
    case TK_EQL: return c == 0;
    case TK_NEQ: return c != 0;
    case TK_LSS: return c < 0;
    case TK_LEQ: return c <= 0;
    case TK_GTR: return c > 0;
    case TK_GEQ: return c >= 0;
    default: return false;
    }
}

bool cv_unary(TokKind op, ConstVal x, int bits, bool is_unsigned, ConstVal *out)
{
    switch (op) {
    case TK_ADD: *out = x; return x.kind == CV_INT || x.kind == CV_FLOAT;
    case TK_SUB:
        if (x.kind == CV_INT) {
            if (__builtin_sub_overflow((__int128)0, x.i, &out->i)) return false;
            out->kind = CV_INT;
            return true;
        }
        if (x.kind == CV_FLOAT) { *out = cv_float(-x.f); return true; }
        return false;
    case TK_XOR:
        if (x.kind != CV_INT) return false;
        if (is_unsigned) {
            unsigned __int128 mask = bits >= 128 ? ~(unsigned __int128)0
                                                 : (((unsigned __int128)1 << bits) - 1);
            *out = cv_int((__int128)(~(unsigned __int128)x.i & mask));
        } else {
            *out = cv_int(~x.i);
        }
        return true;
    case TK_NOT:
        if (x.kind != CV_BOOL) return false;
        *out = cv_bool(!x.b);
        return true;
    default: return false;
    }
}

bool cv_shift(TokKind op, ConstVal x, unsigned s, ConstVal *out)
{
    if (x.kind != CV_INT) return false;
    if (op == TK_SHR) {
        *out = cv_int(s >= 127 ? (x.i < 0 ? -1 : 0) : x.i >> s);
        return true;
    }
    if (x.i == 0) { *out = x; return true; }
    if (s >= 127) return false;
    /* overflow test before the multiplication: signed overflow is UB */
    __int128 lim = (__int128)(~(unsigned __int128)0 >> 1) >> s;   /* INT128_MAX >> s */
    if (x.i > lim || x.i < -lim - 1) return false;
    *out = cv_int(x.i * ((__int128)1 << s));
    return true;
}

/* ---------- printing ---------- */

static void int128_str(__int128 v, char *buf, size_t n)
{
    char tmp[64];
    int k = 0;
    bool neg = v < 0;
    unsigned __int128 u = neg ? (unsigned __int128)0 - (unsigned __int128)v : (unsigned __int128)v;
    do {
        tmp[k++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    size_t j = 0;
    if (neg && j + 1 < n) buf[j++] = '-';
    while (k > 0 && j + 1 < n) buf[j++] = tmp[--k];
    if (n) buf[j] = 0;
}

/* strconv.Quote, cut at 72 runes as go/constant does. */
static void quote(const char *s, int64_t len, char *buf, size_t n)
{
    size_t j = 0;
    int runes = 0;
    char *out = xmalloc((size_t)len * 10 + 3);
    size_t o = 0;
    out[o++] = '"';
    for (int64_t i = 0; i < len;) {
        unsigned char ch = (unsigned char)s[i];
        uint32_t r;
        int k = decode_utf8((const unsigned char *)s + i, (int)(len - i > 8 ? 8 : len - i), &r);
        if (ch >= 0x80 && r == 0xFFFD && k == 1) {
            o += (size_t)sprintf(out + o, "\\x%02x", ch);
            i++;
            continue;
        }
        if (ch < 0x80) {
            switch (ch) {
            case '\a': o += (size_t)sprintf(out + o, "\\a"); break;
            case '\b': o += (size_t)sprintf(out + o, "\\b"); break;
            case '\f': o += (size_t)sprintf(out + o, "\\f"); break;
            case '\n': o += (size_t)sprintf(out + o, "\\n"); break;
            case '\r': o += (size_t)sprintf(out + o, "\\r"); break;
            case '\t': o += (size_t)sprintf(out + o, "\\t"); break;
            case '\v': o += (size_t)sprintf(out + o, "\\v"); break;
            case '\\': o += (size_t)sprintf(out + o, "\\\\"); break;
            case '"': o += (size_t)sprintf(out + o, "\\\""); break;
            default:
                if (ch < 0x20 || ch == 0x7f) o += (size_t)sprintf(out + o, "\\x%02x", ch);
                else out[o++] = (char)ch;
            }
            i++;
        } else {
            memcpy(out + o, s + i, (size_t)k);
            o += (size_t)k;
            i += k;
        }
    }
    out[o++] = '"';
    /* count runes; cut to 69 runes + "..." when more than 72 */
    for (size_t i = 0; i < o; i++)
        if (((unsigned char)out[i] & 0xC0) != 0x80) runes++;
    size_t end = o;
    bool cut = false;
    if (runes > 72) {
        int r = 0;
        for (end = 0; end < o; end++) {
            if (((unsigned char)out[end] & 0xC0) != 0x80) {
                if (r == 69) break;
                r++;
            }
        }
        cut = true;
    }
    for (size_t i = 0; i < end && j + 1 < n; i++) buf[j++] = out[i];
    if (cut)
        for (int i = 0; i < 3 && j + 1 < n; i++) buf[j++] = '.';
    if (n) buf[j] = 0;
    free(out);
}

void cv_string(ConstVal v, char *buf, size_t n)
{
    switch (v.kind) {
    case CV_BOOL: snprintf(buf, n, "%s", v.b ? "true" : "false"); break;
    case CV_INT: int128_str(v.i, buf, n); break;
    case CV_FLOAT: {
        snprintf(buf, n, "%.6g", (double)v.f);
        break;
    }
    case CV_STRING: quote(v.s, v.slen, buf, n); break;
    default: snprintf(buf, n, "?"); break;
    }
}
