/* rt_string.c - Go strings: construction, concatenation, comparison,
 * substrings, UTF-8 and the string conversions ([]byte, []rune, rune).
 *
 * A GoString owns its bytes (data[], NUL-terminated) or, for a substring,
 * points into another string's bytes (ptr; then NOT NUL-terminated).  The
 * empty string may be NULL anywhere: use rt_strlen/rt_strptr.
 * UTF-8 is decoded exactly as Go's unicode/utf8 does: an invalid or
 * truncated sequence, an overlong form or a surrogate decodes to U+FFFD
 * with width 1.
 */
#include "rt_internal.h"
#include <string.h>

GoString *rt_string(Sim *s, const char *bytes, int64_t len)
{
    if (len <= 0) return NULL;
    if (len > ((int64_t)1 << 56)) len = (int64_t)1 << 56;   /* fails the cap, no overflow */
    size_t want = sizeof(GoString) + (size_t)len + 1;
    GoString *g = rt_alloc(s, want, OBJ_STRING);
    if (RT_TRUNCATED(g, want)) return NULL;
    if (bytes) memcpy(g->data, bytes, (size_t)len);
    g->data[len] = 0;
    g->len = len;
    g->ptr = g->data;
    return g;
}

GoString *rt_cstring(Sim *s, const char *cstr)
{
    return cstr ? rt_string(s, cstr, (int64_t)strlen(cstr)) : NULL;
}

GoString *rt_concat(Sim *s, GoString *a, GoString *b)
{
    int64_t la = rt_strlen(a), lb = rt_strlen(b);
    if (!la) return b;
    if (!lb) return a;
    GoString *g = rt_string(s, NULL, la + lb);
    if (!g) return NULL;
    memcpy(g->data, a->ptr, (size_t)la);
    memcpy(g->data + la, b->ptr, (size_t)lb);
    return g;
}

int rt_strcmp(const GoString *a, const GoString *b)
{
    int64_t la = rt_strlen(a), lb = rt_strlen(b);
    int64_t n = la < lb ? la : lb;
    int c = n ? memcmp(a->ptr, b->ptr, (size_t)n) : 0;
    if (c) return c;
    return la < lb ? -1 : la > lb;
}

bool rt_streq(const GoString *a, const GoString *b)
{
    int64_t la = rt_strlen(a);
    if (la != rt_strlen(b)) return false;
    return la == 0 || a->ptr == b->ptr || memcmp(a->ptr, b->ptr, (size_t)la) == 0;
}

GoString *rt_substr(Sim *s, GoString *str, int64_t lo, int64_t hi)
{
    if (hi <= lo) return NULL;
    if (lo == 0 && hi == rt_strlen(str)) return str;
    GoString *g = rt_alloc(s, sizeof(GoString), OBJ_STRING);
    g->len = hi - lo;
    g->ptr = str->ptr + lo;
    return g;
}

/* ---- UTF-8, following unicode/utf8's accept ranges ---- */

int32_t rt_decode_rune(const char *p, int64_t n, int *width)
{
    const unsigned char *u = (const unsigned char *)p;
    *width = 1;
    if (n <= 0) { *width = 0; return 0xFFFD; }
    unsigned c = u[0];
    if (c < 0x80) return (int32_t)c;
    int need;
    uint32_t r;
    unsigned lo = 0x80, hi = 0xBF;            /* allowed range of byte 2 */
    if (c >= 0xC2 && c <= 0xDF) { need = 1; r = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2; r = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;             /* no overlongs */
        if (c == 0xED) hi = 0x9F;             /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3; r = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;             /* <= U+10FFFF */
    } else return 0xFFFD;
    if (n < need + 1) return 0xFFFD;
    for (int i = 1; i <= need; i++) {
        unsigned b = u[i];
        unsigned l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
        if (b < l || b > h) return 0xFFFD;
        r = (r << 6) | (b & 0x3F);
    }
    *width = need + 1;
    return (int32_t)r;
}

int rt_encode_rune(char *buf, int32_t r)
{
    unsigned char *b = (unsigned char *)buf;
    uint32_t u = (uint32_t)r;
    if (r < 0 || u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) u = 0xFFFD;
    if (u < 0x80) { b[0] = (unsigned char)u; return 1; }
    if (u < 0x800) {
        b[0] = (unsigned char)(0xC0 | (u >> 6));
        b[1] = (unsigned char)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u < 0x10000) {
        b[0] = (unsigned char)(0xE0 | (u >> 12));
        b[1] = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
        b[2] = (unsigned char)(0x80 | (u & 0x3F));
        return 3;
    }
    b[0] = (unsigned char)(0xF0 | (u >> 18));
    b[1] = (unsigned char)(0x80 | ((u >> 12) & 0x3F));
    b[2] = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
    b[3] = (unsigned char)(0x80 | (u & 0x3F));
    return 4;
}

int64_t rt_rune_count(const GoString *str)
{
    const char *p = rt_strptr(str);
    int64_t n = rt_strlen(str), count = 0;
    for (int64_t i = 0; i < n; count++) {
        int w;
        rt_decode_rune(p + i, n - i, &w);
        i += w;
    }
    return count;
}

/* ---- conversions ---- */

GoString *rt_rune_to_string(Sim *s, int64_t r)
{
    char buf[4];
    if (r < 0 || r > 0x10FFFF) r = 0xFFFD;   /* string(rune) of an invalid code point */
    int n = rt_encode_rune(buf, (int32_t)r);
    return rt_string(s, buf, n);
}

GoString *rt_bytes_to_string(Sim *s, GoSlice *b)
{
    int64_t n = rt_slen(b);
    GoString *g = rt_string(s, NULL, n);
    if (!g) return NULL;
    for (int64_t i = 0; i < n; i++) g->data[i] = (char)rt_selem(b, i)->i;
    return g;
}

GoString *rt_runes_to_string(Sim *s, GoSlice *r)
{
    int64_t n = rt_slen(r), bytes = 0;
    char buf[4];
    for (int64_t i = 0; i < n; i++) bytes += rt_encode_rune(buf, (int32_t)rt_selem(r, i)->i);
    GoString *g = rt_string(s, NULL, bytes);
    if (!g) return NULL;
    int64_t at = 0;
    for (int64_t i = 0; i < n; i++) at += rt_encode_rune(g->data + at, (int32_t)rt_selem(r, i)->i);
    return g;
}

/* []byte(s): a fresh array whose capacity is rounded up to a malloc size
 * class, as rawbyteslice does (Go uses a 32-byte stack buffer instead when
 * the slice does not escape; we cannot know that, so we always round). */
GoSlice *rt_string_to_bytes(Sim *s, GoString *str)
{
    int64_t n = rt_strlen(str);
    if (n == 0) return rt_slice(s, rt_array(s, 0), 0, 0, 0);
    int64_t cap = rt_roundupsize(n);
    GoArray *a = rt_array(s, cap);
    if (a->len < cap) return NULL;
    for (int64_t i = 0; i < n; i++) a->v[i].i = (unsigned char)str->ptr[i];
    return rt_slice(s, a, 0, n, cap);
}

GoSlice *rt_string_to_runes(Sim *s, GoString *str)
{
    int64_t n = rt_rune_count(str);
    if (n == 0) return rt_slice(s, rt_array(s, 0), 0, 0, 0);
    int64_t cap = rt_roundupsize(n * 4) / 4;
    GoArray *a = rt_array(s, cap);
    if (a->len < cap) return NULL;
    const char *p = str->ptr;
    int64_t len = str->len, k = 0;
    for (int64_t i = 0; i < len; k++) {
        int w;
        a->v[k].i = rt_decode_rune(p + i, len - i, &w);
        i += w;
    }
    return rt_slice(s, a, 0, n, cap);
}
