/* lib_quote.c - Go's string and rune quoting (strconv/quote.go), used by
 * %q, %#v and strconv.Quote*.  Escapes exactly as Go: \a \b \f \n \r \t \v,
 * \xNN for invalid bytes and low controls, \uNNNN / \UNNNNNNNN for
 * non-printable runes (IsPrint from Go's own tables).
 */
#include "lib_int.h"

static const char lowerhex[] = "0123456789abcdef";

static void escaped_rune(LibBuf *b, int32_t r, char quote, bool ascii_only)
{
    if (r == quote || r == '\\') {
        lib_buf_putc(b, '\\');
        lib_buf_putc(b, (char)r);
        return;
    }
    if (ascii_only) {
        if (r < 0x80 && lib_is_print(r)) {
            lib_buf_putc(b, (char)r);
            return;
        }
    } else if (lib_is_print(r)) {
        lib_buf_put_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': lib_buf_puts(b, "\\a"); return;
    case '\b': lib_buf_puts(b, "\\b"); return;
    case '\f': lib_buf_puts(b, "\\f"); return;
    case '\n': lib_buf_puts(b, "\\n"); return;
    case '\r': lib_buf_puts(b, "\\r"); return;
    case '\t': lib_buf_puts(b, "\\t"); return;
    case '\v': lib_buf_puts(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7f) {
        lib_buf_puts(b, "\\x");
        lib_buf_putc(b, lowerhex[(r >> 4) & 0xF]);
        lib_buf_putc(b, lowerhex[r & 0xF]);
        return;
    }
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x10000) {
        lib_buf_puts(b, "\\u");
        for (int sh = 12; sh >= 0; sh -= 4)
            lib_buf_putc(b, lowerhex[(r >> sh) & 0xF]);
    } else {
        lib_buf_puts(b, "\\U");
        for (int sh = 28; sh >= 0; sh -= 4)
            lib_buf_putc(b, lowerhex[(r >> sh) & 0xF]);
    }
}

void lib_quote(LibBuf *b, const char *s, size_t n, char quote, bool ascii_only)
{
    lib_buf_putc(b, quote);
    for (size_t i = 0; i < n;) {
        int32_t r = (unsigned char)s[i];
        int w = 1;
        if (r >= 0x80)
            r = rt_decode_rune(s + i, (int64_t)(n - i), &w);
        if (w == 1 && r == 0xFFFD) {
            lib_buf_puts(b, "\\x");
            lib_buf_putc(b, lowerhex[(unsigned char)s[i] >> 4]);
            lib_buf_putc(b, lowerhex[(unsigned char)s[i] & 0xF]);
            i++;
            continue;
        }
        escaped_rune(b, r, quote, ascii_only);
        i += (size_t)w;
    }
    lib_buf_putc(b, quote);
}

void lib_quote_rune(LibBuf *b, int32_t r, bool ascii_only)
{
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    lib_buf_putc(b, '\'');
    escaped_rune(b, r, '\'', ascii_only);
    lib_buf_putc(b, '\'');
}

bool lib_can_backquote(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int w = 1;
        int32_t r = (unsigned char)s[i];
        if (r >= 0x80)
            r = rt_decode_rune(s + i, (int64_t)(n - i), &w);
        i += (size_t)w;
        if (w > 1) {
            if (r == 0xFEFF)
                return false;
            continue;
        }
        if (r == 0xFFFD)
            return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            return false;
    }
    return true;
}
