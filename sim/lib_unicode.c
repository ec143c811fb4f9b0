/* lib_unicode.c - Unicode classification and case mapping with Go's tables
 * (lib_unitab.c), and the natives of packages unicode and unicode/utf8.
 *
 * Answers are Go's (unicode.IsUpper, unicode.To, strconv.IsPrint) because the
 * tables are dumped from Go itself by sim/lib/gen/unitab_gen.go.
 */
#include "lib_int.h"

bool lib_uni_in(const UniRange *t, size_t n, int32_t r)
{
    if (r < 0)
        return false;
    uint32_t u = (uint32_t)r;
    size_t lo = 0, hi = n;
    while (lo < hi) {                   /* binary search, as unicode.is does */
        size_t m = lo + (hi - lo) / 2;
        if (u < t[m].lo)
            hi = m;
        else if (u > t[m].hi)
            lo = m + 1;
        else
            return t[m].stride == 1 || (u - t[m].lo) % t[m].stride == 0;
    }
    return false;
}

/* unicode.to: an Upper-Lower alternating run is encoded with delta
 * MaxRune+1; even offsets are upper case, odd lower. */
int32_t lib_uni_to(int which, int32_t r)
{
    if (r >= 0 && r < 0x80) {
        if (which != UNI_LOWER && r >= 'a' && r <= 'z')
            return r - 32;
        if (which == UNI_LOWER && r >= 'A' && r <= 'Z')
            return r + 32;
        return r;
    }
    const UniCase *c = lib_unitab.cases;
    size_t lo = 0, hi = lib_unitab.ncases;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (r >= (int32_t)c[m].lo && r <= (int32_t)c[m].hi) {
            int32_t d = c[m].delta[which];
            if (d > 0x10FFFF)
                return (int32_t)c[m].lo + (((r - (int32_t)c[m].lo) & ~1) | (which & 1));
            return r + d;
        }
        if (r < (int32_t)c[m].lo)
            hi = m;
        else
            lo = m + 1;
    }
    return r;
}

bool lib_uni_is_space(int32_t r)
{
    if (r >= 0 && r <= 0xFF)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    return lib_uni_in(lib_unitab.space, lib_unitab.nspace, r);
}

static size_t bsearch16(const uint16_t *a, size_t n, uint16_t x)
{
    size_t i = 0, j = n;
    while (i < j) {
        size_t h = i + (j - i) / 2;
        if (a[h] < x) i = h + 1; else j = h;
    }
    return i;
}

static size_t bsearch32(const uint32_t *a, size_t n, uint32_t x)
{
    size_t i = 0, j = n;
    while (i < j) {
        size_t h = i + (j - i) / 2;
        if (a[h] < x) i = h + 1; else j = h;
    }
    return i;
}

/* strconv.IsPrint (quote.go), same answers as unicode.IsPrint. */
bool lib_is_print(int32_t r)
{
    if (r <= 0xFF) {
        if (r >= 0x20 && r <= 0x7E)
            return true;
        if (r >= 0xA1 && r <= 0xFF)
            return r != 0xAD;
        return false;
    }
    const UniTables *t = &lib_unitab;
    if (r < 0x10000) {
        uint16_t rr = (uint16_t)r;
        size_t i = bsearch16(t->print16, t->nprint16, rr);
        if (i >= t->nprint16 || rr < t->print16[i & ~(size_t)1] || t->print16[i | 1] < rr)
            return false;
        size_t j = bsearch16(t->notprint16, t->nnotprint16, rr);
        return j >= t->nnotprint16 || t->notprint16[j] != rr;
    }
    uint32_t rr = (uint32_t)r;
    size_t i = bsearch32(t->print32, t->nprint32, rr);
    if (i >= t->nprint32 || rr < t->print32[i & ~(size_t)1] || t->print32[i | 1] < rr)
        return false;
    if (r >= 0x20000)
        return true;
    uint16_t low = (uint16_t)(r - 0x10000);
    size_t j = bsearch16(t->notprint32, t->nnotprint32, low);
    return j >= t->nnotprint32 || t->notprint32[j] != low;
}

/* ---- natives: package unicode ---- */

#define UNI_PRED(cname, expr) \
    static NatStatus cname(Sim *s, G *g, Value *a, Value *res) \
    { int32_t r = (int32_t)a[0].i; res[0].i = (expr); return NAT_OK; }

UNI_PRED(n_is_upper, lib_uni_in(lib_unitab.upper, lib_unitab.nupper, r))
UNI_PRED(n_is_lower, lib_uni_in(lib_unitab.lower, lib_unitab.nlower, r))
UNI_PRED(n_is_letter, lib_uni_in(lib_unitab.letter, lib_unitab.nletter, r))
UNI_PRED(n_is_digit, lib_uni_in(lib_unitab.digit, lib_unitab.ndigit, r))
UNI_PRED(n_is_number, lib_uni_in(lib_unitab.number, lib_unitab.nnumber, r))
UNI_PRED(n_is_punct, lib_uni_in(lib_unitab.punct, lib_unitab.npunct, r))
UNI_PRED(n_is_space, lib_uni_is_space(r))
UNI_PRED(n_is_print, lib_is_print(r))
UNI_PRED(n_to_upper, lib_uni_to(UNI_UPPER, r))
UNI_PRED(n_to_lower, lib_uni_to(UNI_LOWER, r))
UNI_PRED(n_to_title, lib_uni_to(UNI_TITLE, r))

/* ---- natives: package unicode/utf8 ---- */

static NatStatus n_rune_count(Sim *s, G *g, Value *a, Value *res)
{
    GoString *str = a[0].p;
    const char *p = rt_strptr(str);
    int64_t n = rt_strlen(str), count = 0;
    for (int64_t i = 0; i < n; count++) {
        if ((unsigned char)p[i] < 0x80) { i++; continue; }
        int w;
        rt_decode_rune(p + i, n - i, &w);
        i += w;
    }
    res[0].i = count;
    return NAT_OK;
}

static NatStatus n_decode_rune(Sim *s, G *g, Value *a, Value *res)
{
    GoString *str = a[0].p;
    int64_t n = rt_strlen(str);
    if (n == 0) {
        res[0].i = 0xFFFD;                /* RuneError, 0 */
        res[1].i = 0;
        return NAT_OK;
    }
    int w;
    res[0].i = rt_decode_rune(rt_strptr(str), n, &w);
    res[1].i = w;
    return NAT_OK;
}

static NatStatus n_valid_string(Sim *s, G *g, Value *a, Value *res)
{
    GoString *str = a[0].p;
    const char *p = rt_strptr(str);
    int64_t n = rt_strlen(str);
    res[0].i = 1;
    for (int64_t i = 0; i < n;) {
        if ((unsigned char)p[i] < 0x80) { i++; continue; }
        int w;
        int32_t r = rt_decode_rune(p + i, n - i, &w);
        if (r == 0xFFFD && w == 1) {
            res[0].i = 0;
            break;
        }
        i += w;
    }
    return NAT_OK;
}

const NativeDef lib_unicode_natives[] = {
    {"unicode.IsUpper", n_is_upper},
    {"unicode.IsLower", n_is_lower},
    {"unicode.IsLetter", n_is_letter},
    {"unicode.IsDigit", n_is_digit},
    {"unicode.IsNumber", n_is_number},
    {"unicode.IsPunct", n_is_punct},
    {"unicode.IsSpace", n_is_space},
    {"unicode.IsPrint", n_is_print},
    {"unicode.ToUpper", n_to_upper},
    {"unicode.ToLower", n_to_lower},
    {"unicode.ToTitle", n_to_title},
    {"unicode/utf8.RuneCountInString", n_rune_count},
    {"unicode/utf8.DecodeRuneInString", n_decode_rune},
    {"unicode/utf8.ValidString", n_valid_string},
    {NULL, NULL},
};
