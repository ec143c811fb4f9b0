/* lib_ftoa.c - strconv.FormatFloat for fmt and strconv (Go's ftoa.go).
 *
 * Decimal digits come from the C library, which rounds exactly (round half
 * to even on exact ties, as Go's decimal rounding does); the layout rules
 * (%e / %f / %g switch-over, exponent digits, -0, Inf/NaN words) are ported
 * from Go's formatDigits.  Shortest mode (prec < 0) finds the fewest digits
 * that parse back to the same float64 (or float32 for bitsize 32).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lib_int.h"

typedef struct Digits {
    char *d;              /* significant digits, no trailing zeros */
    int nd;               /* number of digits */
    int dp;               /* decimal point position: value = 0.d * 10^dp */
} Digits;

/* Parse "D.DDDDe±XX" into digits (trailing zeros trimmed). */
static void parse_e(const char *s, Digits *g)
{
    int n = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            g->d[n++] = *p;
    int exp = atoi(p + 1);
    while (n > 0 && g->d[n - 1] == '0')
        n--;
    g->nd = n;
    g->dp = n == 0 ? 0 : exp + 1;
}

/* av rounded to n significant digits (av >= 0, finite). */
static void digits_sig(double av, int n, Digits *g, char *tmp, size_t tmplen)
{
    if (av == 0) {
        g->nd = 0;
        g->dp = 0;
        return;
    }
    snprintf(tmp, tmplen, "%.*e", n - 1, av);
    parse_e(tmp, g);
}

static bool round_trips(double av, int bitsize, int p, char *tmp, size_t tmplen)
{
    snprintf(tmp, tmplen, "%.*e", p - 1, av);
    return bitsize == 32 ? strtof(tmp, NULL) == (float)av : strtod(tmp, NULL) == av;
}

/* Shortest digits that round-trip at the given size.  More correctly
 * rounded digits never stop round-tripping, so binary search the count. */
static void digits_shortest(double av, int bitsize, Digits *g, char *tmp, size_t tmplen)
{
    if (av == 0) {
        g->nd = 0;
        g->dp = 0;
        return;
    }
    int lo = 1, hi = bitsize == 32 ? 9 : 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (round_trips(av, bitsize, mid, tmp, tmplen))
            hi = mid;
        else
            lo = mid + 1;
    }
    snprintf(tmp, tmplen, "%.*e", lo - 1, av);
    parse_e(tmp, g);
}

/* av rounded at `prec` digits after the decimal point, as %f does. */
static void digits_fixed(double av, int prec, Digits *g, char *tmp, size_t tmplen)
{
    snprintf(tmp, tmplen, "%.*f", prec, av);
    int n = 0, dp = 0;
    bool seen_point = false, lead = true;
    for (const char *p = tmp; *p; p++) {
        if (*p == '.') {
            seen_point = true;
            continue;
        }
        if (!seen_point)
            dp++;
        if (lead && *p == '0') {
            dp--;
            continue;
        }
        lead = false;
        g->d[n++] = *p;
    }
    while (n > 0 && g->d[n - 1] == '0')
        n--;
    g->nd = n;
    g->dp = n == 0 ? 0 : dp;
}

static void fmt_e(LibBuf *b, bool neg, const Digits *d, int prec, char fmt)
{
    if (neg)
        lib_buf_putc(b, '-');
    lib_buf_putc(b, d->nd ? d->d[0] : '0');
    if (prec > 0) {
        lib_buf_putc(b, '.');
        int i = 1, m = d->nd < prec + 1 ? d->nd : prec + 1;
        if (i < m) {
            lib_buf_put(b, d->d + i, (size_t)(m - i));
            i = m;
        }
        lib_buf_fill(b, '0', prec + 1 - i);
    }
    lib_buf_putc(b, fmt);
    int exp = d->nd == 0 ? 0 : d->dp - 1;
    lib_buf_putc(b, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%02d", exp);
    lib_buf_puts(b, tmp);
}

static void fmt_f(LibBuf *b, bool neg, const Digits *d, int prec)
{
    if (neg)
        lib_buf_putc(b, '-');
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        lib_buf_put(b, d->d, (size_t)m);
        lib_buf_fill(b, '0', d->dp - m);
    } else {
        lib_buf_putc(b, '0');
    }
    if (prec > 0) {
        lib_buf_putc(b, '.');
        lib_buf_grow(b, (size_t)prec);
        for (int i = 1; i <= prec; i++) {
            int j = d->dp + i - 1;
            b->p[b->n++] = (j >= 0 && j < d->nd) ? d->d[j] : '0';
        }
    }
}

static void put_uint(LibBuf *b, uint64_t u)
{
    char tmp[24];
    snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)u);
    lib_buf_puts(b, tmp);
}

static void fmt_x(LibBuf *b, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits)
{
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (mant == 0)
        exp = 0;
    mant <<= 60 - mantbits;
    while (mant != 0 && (mant & (1ULL << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & ((1ULL << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (1ULL << 59))
            mant++;
        mant <<= 60 - shift;
        if (mant & (1ULL << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    if (neg)
        lib_buf_putc(b, '-');
    lib_buf_putc(b, '0');
    lib_buf_putc(b, fmt);
    lib_buf_putc(b, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        lib_buf_putc(b, '.');
        while (mant != 0) {
            lib_buf_putc(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        lib_buf_putc(b, '.');
        for (int i = 0; i < prec; i++) {
            lib_buf_putc(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    lib_buf_putc(b, fmt == 'X' ? 'P' : 'p');
    lib_buf_putc(b, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%02d", exp);
    lib_buf_puts(b, tmp);
}

void lib_ftoa(LibBuf *b, double v, char fmt, int prec, int bitsize)
{
    uint64_t bits;
    int mantbits, expbits, bias;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t u;
        memcpy(&u, &f, 4);
        bits = u;
        mantbits = 23, expbits = 8, bias = -127;
    } else {
        memcpy(&bits, &v, 8);
        mantbits = 52, expbits = 11, bias = -1023;
    }
    bool neg = (bits >> (expbits + mantbits)) != 0;
    int exp = (int)(bits >> mantbits) & ((1 << expbits) - 1);
    uint64_t mant = bits & ((1ULL << mantbits) - 1);
    if (exp == (1 << expbits) - 1) {
        lib_buf_puts(b, mant ? "NaN" : neg ? "-Inf" : "+Inf");
        return;
    }
    if (exp == 0)
        exp++;
    else
        mant |= 1ULL << mantbits;
    exp += bias;
    if (fmt == 'b') {
        if (neg)
            lib_buf_putc(b, '-');
        put_uint(b, mant);
        lib_buf_putc(b, 'p');
        exp -= mantbits;
        if (exp >= 0)
            lib_buf_putc(b, '+');
        char tmp[16];
        snprintf(tmp, sizeof tmp, "%d", exp);
        lib_buf_puts(b, tmp);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_x(b, prec, fmt, neg, mant, exp, mantbits);
        return;
    }

    double av = fabs(bitsize == 32 ? (double)(float)v : v);
    bool shortest = prec < 0;
    size_t tmplen = (size_t)(prec > 0 ? prec : 0) + 400;
    char tmpbuf[512], digbuf[512];     /* enough unless a huge precision is asked */
    char *tmp = tmplen <= sizeof tmpbuf ? tmpbuf : xmalloc(tmplen);
    char *dig = tmplen <= sizeof digbuf ? digbuf : xmalloc(tmplen);
    Digits d = {dig, 0, 0};
    if (shortest) {
        digits_shortest(av, bitsize, &d, tmp, tmplen);
        switch (fmt) {
        case 'e': case 'E': prec = d.nd > 1 ? d.nd - 1 : 0; break;
        case 'f': prec = d.nd - d.dp > 0 ? d.nd - d.dp : 0; break;
        case 'g': case 'G': prec = d.nd; break;
        }
    } else if (fmt == 'f') {
        digits_fixed(av, prec, &d, tmp, tmplen);
    } else if (fmt == 'e' || fmt == 'E') {
        digits_sig(av, prec + 1, &d, tmp, tmplen);
    } else if (fmt == 'g' || fmt == 'G') {
        if (prec == 0)
            prec = 1;
        digits_sig(av, prec, &d, tmp, tmplen);
    } else {
        digits_sig(av, 1, &d, tmp, tmplen);
    }

    switch (fmt) {
    case 'e': case 'E':
        fmt_e(b, neg, &d, prec, fmt);
        break;
    case 'f':
        fmt_f(b, neg, &d, prec);
        break;
    case 'g': case 'G': {
        int eprec = prec;
        if (eprec > d.nd && d.nd >= d.dp)
            eprec = d.nd;
        if (shortest)
            eprec = 6;
        int e = d.dp - 1;
        if (e < -4 || e >= eprec) {
            if (prec > d.nd)
                prec = d.nd;
            fmt_e(b, neg, &d, prec - 1, (char)(fmt + 'e' - 'g'));
        } else {
            if (prec > d.dp)
                prec = d.nd;
            fmt_f(b, neg, &d, prec - d.dp > 0 ? prec - d.dp : 0);
        }
        break;
    }
    default:
        lib_buf_putc(b, '%');
        lib_buf_putc(b, fmt);
    }
    if (tmp != tmpbuf)
        free(tmp);
    if (dig != digbuf)
        free(dig);
}
