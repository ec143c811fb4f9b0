/* lib_strconv.c - natives of package strconv (sim/lib/strconv.go): integer
 * and float formatting, float parsing with Go's accepted syntax, quoting. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "lib_int.h"

static GoString *format_bits(Sim *s, uint64_t u, int base, bool neg)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char buf[72];
    int i = (int)sizeof buf;
    if (neg)
        u = -u;
    do {
        buf[--i] = digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    if (neg)
        buf[--i] = '-';
    return rt_string(s, buf + i, (int64_t)sizeof buf - i);
}

static NatStatus n_format_int(Sim *s, G *g, Value *a, Value *res)
{
    if (a[1].i < 2 || a[1].i > 36)
        return lib_panic_string(s, g, "strconv: illegal AppendInt/FormatInt base");
    res[0].p = format_bits(s, a[0].u, (int)a[1].i, a[0].i < 0);
    return NAT_OK;
}

static NatStatus n_format_uint(Sim *s, G *g, Value *a, Value *res)
{
    if (a[1].i < 2 || a[1].i > 36)
        return lib_panic_string(s, g, "strconv: illegal AppendInt/FormatInt base");
    res[0].p = format_bits(s, a[0].u, (int)a[1].i, false);
    return NAT_OK;
}

/* func FormatFloat(f float64, fmt byte, prec, bitSize int) string */
static NatStatus n_format_float(Sim *s, G *g, Value *a, Value *res)
{
    char f = (char)a[1].u;
    int bits = (int)a[3].i;
    if (bits != 32 && bits != 64)
        return lib_panic_string(s, g, "strconv: illegal AppendFloat/FormatFloat bitSize");
    LibBuf b;
    lib_buf_init(&b);
    if (strchr("beEfgGxX", f) && f)
        lib_ftoa(&b, a[0].f, f, (int)a[2].i, bits);
    else {
        lib_buf_putc(&b, '%');
        lib_buf_putc(&b, f);
    }
    res[0].p = lib_buf_to_string(s, &b);
    return NAT_OK;
}

static NatStatus quote(Sim *s, Value *a, Value *res, bool ascii)
{
    LibBuf b;
    lib_buf_init(&b);
    GoString *str = a[0].p;
    lib_quote(&b, rt_strptr(str), (size_t)rt_strlen(str), '"', ascii);
    res[0].p = lib_buf_to_string(s, &b);
    return NAT_OK;
}

static NatStatus n_quote(Sim *s, G *g, Value *a, Value *res) { return quote(s, a, res, false); }
static NatStatus n_quote_ascii(Sim *s, G *g, Value *a, Value *res) { return quote(s, a, res, true); }

static NatStatus quote_rune(Sim *s, Value *a, Value *res, bool ascii)
{
    LibBuf b;
    lib_buf_init(&b);
    lib_quote_rune(&b, (int32_t)a[0].i, ascii);
    res[0].p = lib_buf_to_string(s, &b);
    return NAT_OK;
}

static NatStatus n_quote_rune(Sim *s, G *g, Value *a, Value *res) { return quote_rune(s, a, res, false); }
static NatStatus n_quote_rune_ascii(Sim *s, G *g, Value *a, Value *res) { return quote_rune(s, a, res, true); }

static NatStatus n_can_backquote(Sim *s, G *g, Value *a, Value *res)
{
    GoString *str = a[0].p;
    res[0].i = lib_can_backquote(rt_strptr(str), (size_t)rt_strlen(str));
    return NAT_OK;
}

static NatStatus n_is_print(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = lib_is_print((int32_t)a[0].i);
    return NAT_OK;
}

/* underscoreOK from Go's atoi.go: underscores only between digits. */
static bool underscore_ok(const char *s, size_t n)
{
    char saw = '^';
    size_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    bool hex = false;
    if (n >= 2 && s[0] == '0' && strchr("bBoOxX", s[1])) {
        i = 2;
        saw = '0';
        hex = s[1] == 'x' || s[1] == 'X';
    }
    for (; i < n; i++) {
        if (isdigit((unsigned char)s[i]) || (hex && isxdigit((unsigned char)s[i]))) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

/* Go's float syntax: [+-] (inf | infinity | nan | decimal | 0x hex with p exponent). */
static bool float_syntax(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    size_t rest = n - i;
    if ((rest == 3 && !strncasecmp(s + i, "inf", 3)) || (rest == 8 && !strncasecmp(s + i, "infinity", 8)))
        return true;
    if (rest == 3 && !strncasecmp(s + i, "nan", 3))
        return i == 0;
    bool hex = rest >= 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X');
    if (hex)
        i += 2;
    bool digits = false, point = false;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_' || isdigit((unsigned char)c) || (hex && isxdigit((unsigned char)c))) {
            digits |= c != '_';
            continue;
        }
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        break;
    }
    if (!digits)
        return false;
    if (i < n && (hex ? (s[i] == 'p' || s[i] == 'P') : (s[i] == 'e' || s[i] == 'E'))) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        bool ed = false;
        for (; i < n && (isdigit((unsigned char)s[i]) || s[i] == '_'); i++)
            ed |= s[i] != '_';
        if (!ed)
            return false;
    } else if (hex) {
        return false;                   /* hex mantissa requires p exponent */
    }
    return i == n;
}

/* func parseFloat(s string, bitSize int) (float64, int) */
static NatStatus n_parse_float(Sim *s, G *g, Value *a, Value *res)
{
    GoString *str = a[0].p;
    const char *p = rt_strptr(str);
    size_t n = (size_t)rt_strlen(str);
    res[0].f = 0;
    res[1].i = 1;
    if (!float_syntax(p, n) || (memchr(p, '_', n) && !underscore_ok(p, n)))
        return NAT_OK;
    char *tmp = xmalloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] != '_')
            tmp[k++] = p[i];
    tmp[k] = 0;
    errno = 0;
    double v = a[1].i == 32 ? (double)strtof(tmp, NULL) : strtod(tmp, NULL);
    free(tmp);
    res[0].f = v;
    res[1].i = (errno == ERANGE && isinf(v)) ? 2 : 0;
    return NAT_OK;
}

const NativeDef lib_strconv_natives[] = {
    {"strconv.FormatInt", n_format_int},
    {"strconv.FormatUint", n_format_uint},
    {"strconv.FormatFloat", n_format_float},
    {"strconv.Quote", n_quote},
    {"strconv.QuoteToASCII", n_quote_ascii},
    {"strconv.QuoteRune", n_quote_rune},
    {"strconv.QuoteRuneToASCII", n_quote_rune_ascii},
    {"strconv.CanBackquote", n_can_backquote},
    {"strconv.IsPrint", n_is_print},
    {"strconv.parseFloat", n_parse_float},
    {NULL, NULL},
};
