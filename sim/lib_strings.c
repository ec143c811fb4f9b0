/* lib_strings.c - natives of package strings (sim/lib/strings.go): search,
 * split, join, replace, case mapping, trimming, and strings.Builder.
 *
 * Results that are substrings share the argument's bytes (rt_substr), as in
 * Go.  Builder keeps its bytes in a GoString used as a growable buffer
 * (field buf, length = capacity; field n = bytes written); String() returns
 * a header over the first n bytes, which are never written again.
 */
#include <stdlib.h>
#include <string.h>
#include "lib_int.h"

#define S(v) ((GoString *)(v).p)
#define P(v) rt_strptr(S(v))
#define N(v) rt_strlen(S(v))

static int64_t index_of(const char *s, int64_t n, const char *sub, int64_t m)
{
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    const char *r = memmem(s, (size_t)n, sub, (size_t)m);
    return r ? r - s : -1;
}

static int64_t last_index_of(const char *s, int64_t n, const char *sub, int64_t m)
{
    if (m == 0)
        return n;
    for (int64_t i = n - m; i >= 0; i--)
        if (memcmp(s + i, sub, (size_t)m) == 0)
            return i;
    return -1;
}

static int32_t rune_at(const char *s, int64_t n, int64_t i, int *w)
{
    if ((unsigned char)s[i] < 0x80) {
        *w = 1;
        return (unsigned char)s[i];
    }
    return rt_decode_rune(s + i, n - i, w);
}

static int64_t index_rune(const char *s, int64_t n, int32_t r)
{
    if (r >= 0 && r < 0x80) {
        const char *q = memchr(s, r, (size_t)n);
        return q ? q - s : -1;
    }
    if (r == 0xFFFD) {                  /* matches invalid bytes too, as in Go */
        for (int64_t i = 0; i < n;) {
            int w;
            if (rune_at(s, n, i, &w) == 0xFFFD)
                return i;
            i += w;
        }
        return -1;
    }
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        return -1;
    char enc[4];
    int m = rt_encode_rune(enc, r);
    return index_of(s, n, enc, m);
}

static bool rune_in(const char *chars, int64_t n, int32_t r)
{
    for (int64_t i = 0; i < n;) {
        int w;
        if (rune_at(chars, n, i, &w) == r)
            return true;
        i += w;
    }
    return false;
}

/* ---- searching ---- */

static NatStatus n_contains(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = index_of(P(a[0]), N(a[0]), P(a[1]), N(a[1])) >= 0;
    return NAT_OK;
}

static NatStatus n_index(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = index_of(P(a[0]), N(a[0]), P(a[1]), N(a[1]));
    return NAT_OK;
}

static NatStatus n_last_index(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = last_index_of(P(a[0]), N(a[0]), P(a[1]), N(a[1]));
    return NAT_OK;
}

static NatStatus n_index_byte(Sim *s, G *g, Value *a, Value *res)
{
    const char *q = memchr(P(a[0]), (int)(a[1].u & 0xFF), (size_t)N(a[0]));
    res[0].i = q ? q - P(a[0]) : -1;
    return NAT_OK;
}

static NatStatus n_last_index_byte(Sim *s, G *g, Value *a, Value *res)
{
    const char *p = P(a[0]);
    res[0].i = -1;
    for (int64_t i = N(a[0]) - 1; i >= 0; i--)
        if ((unsigned char)p[i] == (a[1].u & 0xFF)) {
            res[0].i = i;
            break;
        }
    return NAT_OK;
}

static NatStatus n_index_rune(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = index_rune(P(a[0]), N(a[0]), (int32_t)a[1].i);
    return NAT_OK;
}

static NatStatus n_index_any(Sim *s, G *g, Value *a, Value *res)
{
    const char *p = P(a[0]);
    int64_t n = N(a[0]);
    res[0].i = -1;
    if (N(a[1]) == 0)
        return NAT_OK;
    for (int64_t i = 0; i < n;) {
        int w;
        int32_t r = rune_at(p, n, i, &w);
        if (rune_in(P(a[1]), N(a[1]), r)) {
            res[0].i = i;
            break;
        }
        i += w;
    }
    return NAT_OK;
}

static NatStatus n_contains_any(Sim *s, G *g, Value *a, Value *res)
{
    n_index_any(s, g, a, res);
    res[0].i = res[0].i >= 0;
    return NAT_OK;
}

static NatStatus n_has_prefix(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = N(a[0]) >= N(a[1]) && memcmp(P(a[0]), P(a[1]), (size_t)N(a[1])) == 0;
    return NAT_OK;
}

static NatStatus n_has_suffix(Sim *s, G *g, Value *a, Value *res)
{
    int64_t n = N(a[0]), m = N(a[1]);
    res[0].i = n >= m && memcmp(P(a[0]) + n - m, P(a[1]), (size_t)m) == 0;
    return NAT_OK;
}

static int64_t rune_count(const char *p, int64_t n)
{
    int64_t c = 0;
    for (int64_t i = 0; i < n; c++) {
        int w;
        rune_at(p, n, i, &w);
        i += w;
    }
    return c;
}

static NatStatus n_count(Sim *s, G *g, Value *a, Value *res)
{
    const char *p = P(a[0]), *sub = P(a[1]);
    int64_t n = N(a[0]), m = N(a[1]);
    if (m == 0) {
        res[0].i = rune_count(p, n) + 1;
        return NAT_OK;
    }
    int64_t c = 0;
    for (int64_t i = 0;;) {
        int64_t j = index_of(p + i, n - i, sub, m);
        if (j < 0)
            break;
        c++;
        i += j + m;
    }
    res[0].i = c;
    return NAT_OK;
}

static NatStatus n_compare(Sim *s, G *g, Value *a, Value *res)
{
    int c = rt_strcmp(S(a[0]), S(a[1]));
    res[0].i = c < 0 ? -1 : c > 0;
    return NAT_OK;
}

static NatStatus n_equal_fold(Sim *s, G *g, Value *a, Value *res)
{
    const char *p = P(a[0]), *q = P(a[1]);
    int64_t n = N(a[0]), m = N(a[1]), i = 0, j = 0;
    res[0].i = 0;
    while (i < n && j < m) {
        int w1, w2;
        int32_t r1 = rune_at(p, n, i, &w1), r2 = rune_at(q, m, j, &w2);
        i += w1;
        j += w2;
        if (r1 == r2)
            continue;
        if (lib_uni_to(UNI_LOWER, r1) == lib_uni_to(UNI_LOWER, r2) ||
            lib_uni_to(UNI_UPPER, r1) == lib_uni_to(UNI_UPPER, r2))
            continue;
        return NAT_OK;
    }
    res[0].i = i == n && j == m;
    return NAT_OK;
}

/* ---- splitting and joining ---- */

typedef struct StrList {
    GoString **v;
    int64_t n, cap;
} StrList;

static void list_add(StrList *l, GoString *str)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->v = xrealloc(l->v, (size_t)l->cap * sizeof *l->v);
    }
    l->v[l->n++] = str;
}

static GoSlice *list_to_slice(Sim *s, StrList *l)
{
    GoSlice *sl = rt_make_slice(s, s->types.t_string, l->n, l->n);
    for (int64_t i = 0; i < l->n; i++)
        rt_selem(sl, i)->p = l->v[i];
    free(l->v);
    return sl;
}

/* genSplit(s, sep, sepSave, n) from Go's strings.go. */
static GoSlice *gen_split(Sim *s, GoString *str, GoString *sep, int64_t save, int64_t n)
{
    const char *p = rt_strptr(str), *q = rt_strptr(sep);
    int64_t len = rt_strlen(str), m = rt_strlen(sep);
    StrList l = {0};
    if (n == 0)
        return NULL;
    if (m == 0) {                       /* explode into UTF-8 sequences */
        int64_t runes = rune_count(p, len);
        if (n < 0 || n > runes)
            n = runes;
        int64_t i = 0;
        for (int64_t k = 0; k < n - 1 && i < len; k++) {
            int w;
            rune_at(p, len, i, &w);
            list_add(&l, rt_substr(s, str, i, i + w));
            i += w;
        }
        if (n > 0)
            list_add(&l, rt_substr(s, str, i, len));
        return list_to_slice(s, &l);
    }
    if (n < 0) {
        Value cv[2] = {{.p = str}, {.p = sep}}, r;
        n_count(s, NULL, cv, &r);
        n = r.i + 1;
    }
    int64_t i = 0;
    for (int64_t k = 0; k < n - 1; k++) {
        int64_t j = index_of(p + i, len - i, q, m);
        if (j < 0)
            break;
        list_add(&l, rt_substr(s, str, i, i + j + save));
        i += j + m;
    }
    list_add(&l, rt_substr(s, str, i, len));
    return list_to_slice(s, &l);
}

static NatStatus n_split_n(Sim *s, G *g, Value *a, Value *res)
{
    res[0].p = gen_split(s, S(a[0]), S(a[1]), 0, a[2].i);
    return NAT_OK;
}

static NatStatus n_split_after_n(Sim *s, G *g, Value *a, Value *res)
{
    res[0].p = gen_split(s, S(a[0]), S(a[1]), N(a[1]), a[2].i);
    return NAT_OK;
}

static NatStatus n_fields(Sim *s, G *g, Value *a, Value *res)
{
    GoString *str = S(a[0]);
    const char *p = rt_strptr(str);
    int64_t n = rt_strlen(str), start = -1;
    StrList l = {0};
    for (int64_t i = 0; i < n;) {
        int w;
        int32_t r = rune_at(p, n, i, &w);
        if (lib_uni_is_space(r)) {
            if (start >= 0)
                list_add(&l, rt_substr(s, str, start, i));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
        i += w;
    }
    if (start >= 0)
        list_add(&l, rt_substr(s, str, start, n));
    res[0].p = list_to_slice(s, &l);
    return NAT_OK;
}

static NatStatus n_join(Sim *s, G *g, Value *a, Value *res)
{
    GoSlice *sl = a[0].p;
    int64_t n = rt_slen(sl);
    if (n == 0) {
        res[0].p = NULL;
        return NAT_OK;
    }
    if (n == 1) {
        res[0].p = rt_selem(sl, 0)->p;
        return NAT_OK;
    }
    LibBuf b;
    lib_buf_init(&b);
    for (int64_t i = 0; i < n; i++) {
        if (i > 0)
            lib_buf_put(&b, P(a[1]), (size_t)N(a[1]));
        GoString *e = rt_selem(sl, i)->p;
        lib_buf_put(&b, rt_strptr(e), (size_t)rt_strlen(e));
    }
    res[0].p = lib_buf_to_string(s, &b);
    return NAT_OK;
}

static NatStatus n_repeat(Sim *s, G *g, Value *a, Value *res)
{
    int64_t n = N(a[0]), count = a[1].i;
    LibBuf b;
    lib_buf_init(&b);
    lib_buf_grow(&b, (size_t)(n * count));
    for (int64_t i = 0; i < count; i++)
        lib_buf_put(&b, P(a[0]), (size_t)n);
    res[0].p = lib_buf_to_string(s, &b);
    return NAT_OK;
}

/* Replace(s, old, new, n): Go's algorithm, including the empty-old case
 * (insert new before every rune and at the end). */
static NatStatus n_replace(Sim *s, G *g, Value *a, Value *res)
{
    GoString *str = S(a[0]);
    const char *p = P(a[0]), *old = P(a[1]), *nw = P(a[2]);
    int64_t len = N(a[0]), mo = N(a[1]), mn = N(a[2]), n = a[3].i;
    Value cv[2] = {a[0], a[1]}, cr;
    n_count(s, g, cv, &cr);
    int64_t m = cr.i;
    if (rt_streq(S(a[1]), S(a[2])) || n == 0 || m == 0) {
        res[0].p = str;
        return NAT_OK;
    }
    if (n < 0 || m < n)
        n = m;
    LibBuf b;
    lib_buf_init(&b);
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (mo == 0) {
            if (i > 0) {
                int w;
                rune_at(p, len, start, &w);
                j += w;
            }
        } else {
            j += index_of(p + start, len - start, old, mo);
        }
        lib_buf_put(&b, p + start, (size_t)(j - start));
        lib_buf_put(&b, nw, (size_t)mn);
        start = j + mo;
    }
    lib_buf_put(&b, p + start, (size_t)(len - start));
    res[0].p = lib_buf_to_string(s, &b);
    return NAT_OK;
}

/* ---- case mapping ---- */

static GoString *map_case(Sim *s, GoString *str, int which)
{
    const char *p = rt_strptr(str);
    int64_t n = rt_strlen(str);
    bool change = false;
    for (int64_t i = 0; i < n && !change;) {
        int w;
        int32_t r = rune_at(p, n, i, &w);
        change = lib_uni_to(which, r) != r || (r == 0xFFFD && w == 1);
        i += w;
    }
    if (!change)
        return str;
    LibBuf b;
    lib_buf_init(&b);
    for (int64_t i = 0; i < n;) {
        int w;
        int32_t r = rune_at(p, n, i, &w);
        lib_buf_put_rune(&b, lib_uni_to(which, r));
        i += w;
    }
    return lib_buf_to_string(s, &b);
}

static NatStatus n_to_upper(Sim *s, G *g, Value *a, Value *res)
{
    res[0].p = map_case(s, S(a[0]), UNI_UPPER);
    return NAT_OK;
}

static NatStatus n_to_lower(Sim *s, G *g, Value *a, Value *res)
{
    res[0].p = map_case(s, S(a[0]), UNI_LOWER);
    return NAT_OK;
}

static NatStatus n_to_title(Sim *s, G *g, Value *a, Value *res)
{
    res[0].p = map_case(s, S(a[0]), UNI_TITLE);
    return NAT_OK;
}

/* ---- trimming ---- */

/* Start of the last rune ending at `end`. */
static int64_t last_rune_start(const char *p, int64_t end, int32_t *r)
{
    int64_t start = end - 1;
    if ((unsigned char)p[start] < 0x80) {
        *r = (unsigned char)p[start];
        return start;
    }
    int64_t lim = end - 4 < 0 ? 0 : end - 4;
    for (start--; start >= lim; start--)
        if (((unsigned char)p[start] & 0xC0) != 0x80)
            break;
    if (start < 0)
        start = 0;
    int w;
    *r = rt_decode_rune(p + start, end - start, &w);
    if (start + w != end) {
        *r = 0xFFFD;
        return end - 1;
    }
    return start;
}

/* Trim runes for which keep() is false... from the left (mode&1) and/or
 * right (mode&2); cutset NULL means unicode.IsSpace. */
static GoString *trim(Sim *s, GoString *str, const char *cut, int64_t ncut, int mode)
{
    const char *p = rt_strptr(str);
    int64_t lo = 0, hi = rt_strlen(str);
    if (mode & 1) {
        while (lo < hi) {
            int w;
            int32_t r = rune_at(p, hi, lo, &w);
            if (cut ? !rune_in(cut, ncut, r) : !lib_uni_is_space(r))
                break;
            lo += w;
        }
    }
    if (mode & 2) {
        while (hi > lo) {
            int32_t r;
            int64_t st = last_rune_start(p + lo, hi - lo, &r) + lo;
            if (cut ? !rune_in(cut, ncut, r) : !lib_uni_is_space(r))
                break;
            hi = st;
        }
    }
    if (lo == 0 && hi == rt_strlen(str))
        return str;
    return rt_substr(s, str, lo, hi);
}

static NatStatus n_trim_space(Sim *s, G *g, Value *a, Value *res)
{
    res[0].p = trim(s, S(a[0]), NULL, 0, 3);
    return NAT_OK;
}

static NatStatus n_trim(Sim *s, G *g, Value *a, Value *res)
{
    res[0].p = N(a[1]) ? trim(s, S(a[0]), P(a[1]), N(a[1]), 3) : S(a[0]);
    return NAT_OK;
}

static NatStatus n_trim_left(Sim *s, G *g, Value *a, Value *res)
{
    res[0].p = N(a[1]) ? trim(s, S(a[0]), P(a[1]), N(a[1]), 1) : S(a[0]);
    return NAT_OK;
}

static NatStatus n_trim_right(Sim *s, G *g, Value *a, Value *res)
{
    res[0].p = N(a[1]) ? trim(s, S(a[0]), P(a[1]), N(a[1]), 2) : S(a[0]);
    return NAT_OK;
}

/* ---- Builder ---- */

enum { B_BUF = 0, B_N = 1 };

/* The Builder struct behind the receiver *Builder, or NULL after a nil
 * dereference panic was raised. */
static GoArray *builder(Sim *s, G *g, Value recv, NatStatus *st)
{
    Value *slot = recv.p;
    if (!slot) {
        *st = (NatStatus)rt_panic_runtime(s, g, "invalid memory address or nil pointer dereference");
        return NULL;
    }
    *st = NAT_OK;
    return slot->p;
}

static void builder_reserve(Sim *s, GoArray *b, int64_t extra)
{
    GoString *buf = b->v[B_BUF].p;
    int64_t used = b->v[B_N].i, cap = buf ? buf->len : 0;
    if (used + extra <= cap)
        return;
    int64_t ncap = 2 * cap + extra;     /* Go's growth for append of a []byte */
    if (ncap < 8)
        ncap = 8;
    GoString *nb = rt_alloc(s, sizeof(GoString) + (size_t)ncap + 1, OBJ_STRING);
    nb->len = ncap;
    nb->ptr = nb->data;
    if (used)
        memcpy(nb->data, buf->ptr, (size_t)used);
    b->v[B_BUF].p = nb;
}

static void builder_append(Sim *s, GoArray *b, const char *p, int64_t n)
{
    if (n <= 0)
        return;
    builder_reserve(s, b, n);
    GoString *buf = b->v[B_BUF].p;
    memcpy(buf->data + b->v[B_N].i, p, (size_t)n);
    b->v[B_N].i += n;
}

static NatStatus n_b_string(Sim *s, G *g, Value *a, Value *res)
{
    NatStatus st;
    GoArray *b = builder(s, g, a[0], &st);
    if (!b)
        return st;
    int64_t n = b->v[B_N].i;
    res[0].p = n ? rt_substr(s, b->v[B_BUF].p, 0, n) : NULL;
    return NAT_OK;
}

static NatStatus n_b_len(Sim *s, G *g, Value *a, Value *res)
{
    NatStatus st;
    GoArray *b = builder(s, g, a[0], &st);
    if (!b)
        return st;
    res[0].i = b->v[B_N].i;
    return NAT_OK;
}

static NatStatus n_b_cap(Sim *s, G *g, Value *a, Value *res)
{
    NatStatus st;
    GoArray *b = builder(s, g, a[0], &st);
    if (!b)
        return st;
    res[0].i = rt_strlen(b->v[B_BUF].p);
    return NAT_OK;
}

static NatStatus n_b_reset(Sim *s, G *g, Value *a, Value *res)
{
    NatStatus st;
    GoArray *b = builder(s, g, a[0], &st);
    if (!b)
        return st;
    b->v[B_BUF].p = NULL;
    b->v[B_N].i = 0;
    return NAT_OK;
}

static NatStatus n_b_grow(Sim *s, G *g, Value *a, Value *res)
{
    NatStatus st;
    GoArray *b = builder(s, g, a[0], &st);
    if (!b)
        return st;
    if (a[1].i < 0)
        return lib_panic_string(s, g, "strings.Builder.Grow: negative count");
    GoString *buf = b->v[B_BUF].p;
    if (rt_strlen(buf) - b->v[B_N].i < a[1].i) {
        int64_t used = b->v[B_N].i, ncap = 2 * rt_strlen(buf) + a[1].i;
        GoString *nb = rt_alloc(s, sizeof(GoString) + (size_t)ncap + 1, OBJ_STRING);
        nb->len = ncap;
        nb->ptr = nb->data;
        if (used)
            memcpy(nb->data, buf->ptr, (size_t)used);
        b->v[B_BUF].p = nb;
    }
    return NAT_OK;
}

static NatStatus n_b_write(Sim *s, G *g, Value *a, Value *res)
{
    NatStatus st;
    GoArray *b = builder(s, g, a[0], &st);
    if (!b)
        return st;
    GoSlice *sl = a[1].p;
    int64_t n = rt_slen(sl);
    builder_reserve(s, b, n);
    GoString *buf = b->v[B_BUF].p;
    for (int64_t i = 0; i < n; i++)
        buf->data[b->v[B_N].i + i] = (char)rt_selem(sl, i)->u;
    b->v[B_N].i += n;
    res[0].i = n;
    res[1].p = NULL;
    return NAT_OK;
}

static NatStatus n_b_write_byte(Sim *s, G *g, Value *a, Value *res)
{
    NatStatus st;
    GoArray *b = builder(s, g, a[0], &st);
    if (!b)
        return st;
    char c = (char)a[1].u;
    builder_append(s, b, &c, 1);
    res[0].p = NULL;
    return NAT_OK;
}

static NatStatus n_b_write_rune(Sim *s, G *g, Value *a, Value *res)
{
    NatStatus st;
    GoArray *b = builder(s, g, a[0], &st);
    if (!b)
        return st;
    char tmp[4];
    int n = rt_encode_rune(tmp, (int32_t)a[1].i);
    builder_append(s, b, tmp, n);
    res[0].i = n;
    res[1].p = NULL;
    return NAT_OK;
}

static NatStatus n_b_write_string(Sim *s, G *g, Value *a, Value *res)
{
    NatStatus st;
    GoArray *b = builder(s, g, a[0], &st);
    if (!b)
        return st;
    builder_append(s, b, P(a[1]), N(a[1]));
    res[0].i = N(a[1]);
    res[1].p = NULL;
    return NAT_OK;
}

const NativeDef lib_strings_natives[] = {
    {"strings.(*Builder).String", n_b_string},
    {"strings.(*Builder).Len", n_b_len},
    {"strings.(*Builder).Cap", n_b_cap},
    {"strings.(*Builder).Reset", n_b_reset},
    {"strings.(*Builder).Grow", n_b_grow},
    {"strings.(*Builder).Write", n_b_write},
    {"strings.(*Builder).WriteByte", n_b_write_byte},
    {"strings.(*Builder).WriteRune", n_b_write_rune},
    {"strings.(*Builder).WriteString", n_b_write_string},
    {"strings.Contains", n_contains},
    {"strings.ContainsAny", n_contains_any},
    {"strings.Index", n_index},
    {"strings.IndexByte", n_index_byte},
    {"strings.IndexRune", n_index_rune},
    {"strings.IndexAny", n_index_any},
    {"strings.LastIndex", n_last_index},
    {"strings.LastIndexByte", n_last_index_byte},
    {"strings.HasPrefix", n_has_prefix},
    {"strings.HasSuffix", n_has_suffix},
    {"strings.Count", n_count},
    {"strings.SplitN", n_split_n},
    {"strings.SplitAfterN", n_split_after_n},
    {"strings.Fields", n_fields},
    {"strings.Join", n_join},
    {"strings.Replace", n_replace},
    {"strings.ToUpper", n_to_upper},
    {"strings.ToLower", n_to_lower},
    {"strings.ToTitle", n_to_title},
    {"strings.TrimSpace", n_trim_space},
    {"strings.Trim", n_trim},
    {"strings.TrimLeft", n_trim_left},
    {"strings.TrimRight", n_trim_right},
    {"strings.EqualFold", n_equal_fold},
    {"strings.Compare", n_compare},
    {"strings.repeat", n_repeat},
    {NULL, NULL},
};
