/* lib_fmt_format.c - Go's fmt/format.go: padding to a width, and the raw
 * formatters for integers (bases, precision, sign and 0x prefixes), runes
 * (%c %q %U), strings (%s %q %x, precision in runes) and floats (sign,
 * zero padding, %#g's kept zeros).  Flags live in the Printer (lib_fmt.h).
 */
#include <stdlib.h>
#include <string.h>
#include "lib_fmt.h"

static const char udigits[] = "0123456789ABCDEFX";

static long rune_count(const char *s, size_t n)
{
    long c = 0;
    for (size_t i = 0; i < n; c++) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        int w;
        rt_decode_rune(s + i, (int64_t)(n - i), &w);
        i += (size_t)w;
    }
    return c;
}

void fmtr_write_padding(Printer *p, long n)
{
    lib_buf_fill(p->buf, p->f.zero ? '0' : ' ', n);
}

void fmtr_pad(Printer *p, const char *s, size_t n)
{
    if (!p->f.wid_present || p->wid == 0) {
        lib_buf_put(p->buf, s, n);
        return;
    }
    long width = p->wid - rune_count(s, n);
    if (!p->f.minus) {
        fmtr_write_padding(p, width);
        lib_buf_put(p->buf, s, n);
    } else {
        lib_buf_put(p->buf, s, n);
        fmtr_write_padding(p, width);
    }
}

void fmtr_pad_str(Printer *p, const char *s) { fmtr_pad(p, s, strlen(s)); }

void fmtr_boolean(Printer *p, bool v) { fmtr_pad_str(p, v ? "true" : "false"); }

void fmtr_unicode(Printer *p, uint64_t u)
{
    uint64_t orig = u;
    int prec = 4;
    if (p->f.prec_present && p->prec > 4)
        prec = p->prec;
    char hex[20];
    int nh = 0;
    do {
        hex[nh++] = udigits[u & 0xF];
        u >>= 4;
    } while (u);
    LibBuf b;
    lib_buf_init(&b);
    lib_buf_puts(&b, "U+");
    lib_buf_fill(&b, '0', prec - nh);
    for (int i = nh - 1; i >= 0; i--)
        lib_buf_putc(&b, hex[i]);
    if (p->f.sharp && orig <= 0x10FFFF && lib_is_print((int32_t)orig)) {
        lib_buf_puts(&b, " '");
        lib_buf_put_rune(&b, (int32_t)orig);
        lib_buf_putc(&b, '\'');
    }
    bool oldzero = p->f.zero;
    p->f.zero = false;
    fmtr_pad(p, b.p, b.n);
    p->f.zero = oldzero;
    lib_buf_free(&b);
}

void fmtr_integer(Printer *p, uint64_t u, int base, bool is_signed, int verb, const char *digits)
{
    bool negative = is_signed && (int64_t)u < 0;
    if (negative)
        u = -u;
    size_t cap = 68 + (size_t)(p->f.wid_present ? p->wid : 0) + (size_t)(p->f.prec_present ? p->prec : 0);
    char stackbuf[160];
    char *buf = cap <= sizeof stackbuf ? stackbuf : xmalloc(cap);
    int prec = 0;
    if (p->f.prec_present) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            bool oldzero = p->f.zero;
            p->f.zero = false;
            fmtr_write_padding(p, p->wid);
            p->f.zero = oldzero;
            if (buf != stackbuf)
                free(buf);
            return;
        }
    } else if (p->f.zero && p->f.wid_present) {
        prec = p->wid;
        if (negative || p->f.plus || p->f.space)
            prec--;
    }
    size_t i = cap;
    switch (base) {
    case 10:
        while (u >= 10) {
            buf[--i] = (char)('0' + u % 10);
            u /= 10;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (char)('0' + (u & 7));
            u >>= 3;
        }
        break;
    case 2:
        while (u >= 2) {
            buf[--i] = (char)('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int)(cap - i))
        buf[--i] = '0';
    if (p->f.sharp) {
        switch (base) {
        case 2: buf[--i] = 'b'; buf[--i] = '0'; break;
        case 8: if (buf[i] != '0') buf[--i] = '0'; break;
        case 16: buf[--i] = digits[16]; buf[--i] = '0'; break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->f.plus)
        buf[--i] = '+';
    else if (p->f.space)
        buf[--i] = ' ';
    bool oldzero = p->f.zero;
    p->f.zero = false;
    fmtr_pad(p, buf + i, cap - i);
    p->f.zero = oldzero;
    if (buf != stackbuf)
        free(buf);
}

/* Length of s truncated to the precision, in runes. */
size_t fmtr_truncate_len(Printer *p, const char *s, size_t n)
{
    if (!p->f.prec_present)
        return n;
    long left = p->prec;
    for (size_t i = 0; i < n;) {
        if (--left < 0)
            return i;
        int w = 1;
        if ((unsigned char)s[i] >= 0x80)
            rt_decode_rune(s + i, (int64_t)(n - i), &w);
        i += (size_t)w;
    }
    return n;
}

void fmtr_s(Printer *p, const char *s, size_t n) { fmtr_pad(p, s, fmtr_truncate_len(p, s, n)); }

void fmtr_sbx(Printer *p, const char *s, size_t length, const char *digits)
{
    if (p->f.prec_present && (size_t)p->prec < length)
        length = (size_t)p->prec;
    long width = 2 * (long)length;
    if (width > 0) {
        if (p->f.space) {
            if (p->f.sharp)
                width *= 2;
            width += (long)length - 1;
        } else if (p->f.sharp) {
            width += 2;
        }
    } else {
        if (p->f.wid_present)
            fmtr_write_padding(p, p->wid);
        return;
    }
    if (p->f.wid_present && p->wid > width && !p->f.minus)
        fmtr_write_padding(p, p->wid - width);
    LibBuf *b = p->buf;
    if (p->f.sharp) {
        lib_buf_putc(b, '0');
        lib_buf_putc(b, digits[16]);
    }
    for (size_t i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            lib_buf_putc(b, ' ');
            if (p->f.sharp) {
                lib_buf_putc(b, '0');
                lib_buf_putc(b, digits[16]);
            }
        }
        unsigned char c = (unsigned char)s[i];
        lib_buf_putc(b, digits[c >> 4]);
        lib_buf_putc(b, digits[c & 0xF]);
    }
    if (p->f.wid_present && p->wid > width && p->f.minus)
        fmtr_write_padding(p, p->wid - width);
}

void fmtr_q(Printer *p, const char *s, size_t n)
{
    n = fmtr_truncate_len(p, s, n);
    LibBuf b;
    lib_buf_init(&b);
    if (p->f.sharp && lib_can_backquote(s, n)) {
        lib_buf_putc(&b, '`');
        lib_buf_put(&b, s, n);
        lib_buf_putc(&b, '`');
    } else {
        lib_quote(&b, s, n, '"', p->f.plus);
    }
    fmtr_pad(p, b.p, b.n);
    lib_buf_free(&b);
}

void fmtr_c(Printer *p, uint64_t c)
{
    int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
    char tmp[4];
    fmtr_pad(p, tmp, (size_t)rt_encode_rune(tmp, r));
}

void fmtr_qc(Printer *p, uint64_t c)
{
    int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
    LibBuf b;
    lib_buf_init(&b);
    lib_quote_rune(&b, r, p->f.plus);
    fmtr_pad(p, b.p, b.n);
    lib_buf_free(&b);
}

void fmtr_float(Printer *p, double v, int size, int verb, int prec)
{
    if (p->f.prec_present)
        prec = p->prec;
    LibBuf nb;
    lib_buf_init(&nb);
    lib_buf_putc(&nb, '+');
    lib_ftoa(&nb, v, (char)verb, prec, size);
    char *num = nb.p;
    size_t len = nb.n;
    if (num[1] == '-' || num[1] == '+') {
        num++;
        len--;
    }
    if (p->f.space && num[0] == '+' && !p->f.plus)
        num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
        bool oldzero = p->f.zero;
        p->f.zero = false;
        if (num[1] == 'N' && !p->f.space && !p->f.plus) {
            num++;
            len--;
        }
        fmtr_pad(p, num, len);
        p->f.zero = oldzero;
        lib_buf_free(&nb);
        return;
    }
    if (p->f.sharp && verb != 'b') {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = prec;
            if (digits == -1)
                digits = 6;
        }
        char tail[16];
        size_t ntail = 0;
        bool has_point = false, nonzero = false;
        for (size_t i = 1; i < len; i++) {
            char c = num[i];
            if (c == '.') {
                has_point = true;
            } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                ntail = len - i < sizeof tail ? len - i : sizeof tail;
                memcpy(tail, num + i, ntail);
                len = i;
                break;
            } else {
                if (c != '0')
                    nonzero = true;
                if (nonzero)
                    digits--;
            }
        }
        LibBuf nb2;
        lib_buf_init(&nb2);
        lib_buf_put(&nb2, num, len);
        if (!has_point) {
            if (len == 2 && num[1] == '0')
                digits--;
            lib_buf_putc(&nb2, '.');
        }
        lib_buf_fill(&nb2, '0', digits);
        lib_buf_put(&nb2, tail, ntail);
        lib_buf_free(&nb);
        nb = nb2;
        num = nb.p;
        len = nb.n;
    }
    if (p->f.plus || num[0] != '+') {
        if (p->f.zero && p->f.wid_present && p->wid > (long)len) {
            lib_buf_putc(p->buf, num[0]);
            fmtr_write_padding(p, p->wid - (long)len);
            lib_buf_put(p->buf, num + 1, len - 1);
        } else {
            fmtr_pad(p, num, len);
        }
    } else {
        fmtr_pad(p, num + 1, len - 1);
    }
    lib_buf_free(&nb);
}

