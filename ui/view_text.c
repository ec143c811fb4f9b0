/* view_text.c - the text model the views render into: a grid of cells, each
 * one codepoint and one semantic style, with frames drawn in box-drawing
 * codepoints.  Back ends turn rows into curses calls or plain lines; the
 * ASCII fallback maps box drawing to +-| when the locale is not UTF-8. */
#include "view.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tb_init(TextBuf *tb, int w, int h)
{
    tb->w = w > 0 ? w : 1;
    tb->h = h > 0 ? h : 1;
    tb->ch = malloc(sizeof *tb->ch * (size_t)tb->w * (size_t)tb->h);
    tb->st = malloc((size_t)tb->w * (size_t)tb->h);
    if (!tb->ch || !tb->st) abort();
    tb_clear(tb);
}

void tb_free(TextBuf *tb)
{
    if (!tb) return;
    free(tb->ch);
    free(tb->st);
    tb->ch = NULL;
    tb->st = NULL;
    tb->w = tb->h = 0;
}

void tb_clear(TextBuf *tb)
{
    size_t n = (size_t)tb->w * (size_t)tb->h;
    for (size_t i = 0; i < n; i++) tb->ch[i] = ' ';
    memset(tb->st, ST_NORMAL, n);
}

void tb_cell(TextBuf *tb, int x, int y, uint32_t c, Style st)
{
    if (x < 0 || y < 0 || x >= tb->w || y >= tb->h) return;
    size_t i = (size_t)y * (size_t)tb->w + (size_t)x;
    tb->ch[i] = c;
    tb->st[i] = (uint8_t)st;
}

void tb_fill(TextBuf *tb, int x, int y, int w, uint32_t c, Style st)
{
    for (int i = 0; i < w; i++) tb_cell(tb, x + i, y, c, st);
}

/* Decodes one UTF-8 sequence; bad bytes become U+FFFD, one byte each. */
static uint32_t utf8_next(const unsigned char **p)
{
    const unsigned char *s = *p;
    uint32_t c = s[0];
    int n = 0;
    if (c < 0x80) { *p = s + 1; return c; }
    if ((c & 0xE0) == 0xC0) { c &= 0x1F; n = 1; }
    else if ((c & 0xF0) == 0xE0) { c &= 0x0F; n = 2; }
    else if ((c & 0xF8) == 0xF0) { c &= 0x07; n = 3; }
    else { *p = s + 1; return 0xFFFD; }
    for (int i = 1; i <= n; i++) {
        if ((s[i] & 0xC0) != 0x80) { *p = s + 1; return 0xFFFD; }
        c = (c << 6) | (s[i] & 0x3F);
    }
    *p = s + n + 1;
    return c;
}

int tb_put(TextBuf *tb, int x, int y, int maxw, Style st, const char *s)
{
    if (!s) return 0;
    const unsigned char *p = (const unsigned char *)s;
    int col = 0;
    while (*p && col < maxw) {
        uint32_t c = utf8_next(&p);
        if (c == '\t' || c < 0x20) c = ' ';
        tb_cell(tb, x + col, y, c, st);
        col++;
    }
    return col;
}

int tb_putf(TextBuf *tb, int x, int y, int maxw, Style st, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return tb_put(tb, x, y, maxw, st, buf);
}

void tb_box(TextBuf *tb, int x, int y, int w, int h, const char *title, const char *note,
            bool focused)
{
    if (w < 2 || h < 2) return;
    Style b = focused ? ST_FOCUS : ST_BORDER;
    tb_cell(tb, x, y, BX_TL, b);
    tb_fill(tb, x + 1, y, w - 2, BX_H, b);
    tb_cell(tb, x + w - 1, y, BX_TR, b);
    for (int i = 1; i < h - 1; i++) {
        tb_cell(tb, x, y + i, BX_V, b);
        tb_cell(tb, x + w - 1, y + i, BX_V, b);
    }
    tb_cell(tb, x, y + h - 1, BX_BL, b);
    tb_fill(tb, x + 1, y + h - 1, w - 2, BX_H, b);
    tb_cell(tb, x + w - 1, y + h - 1, BX_BR, b);
    int used = 0;
    if (title && w > 6) {
        tb_cell(tb, x + 1, y, ' ', b);
        used = tb_put(tb, x + 2, y, w - 5, ST_TITLE, title);
        tb_cell(tb, x + 2 + used, y, ' ', b);
        used += 3;
    }
    if (note && *note) {
        int n = 0;                   /* columns, not bytes */
        for (const char *p = note; *p; p++) n += ((unsigned char)*p & 0xC0) != 0x80;
        int room = w - 4 - used - 1;
        if (room > 4) {
            if (n > room) n = room;
            int nx = x + w - 2 - n;
            tb_cell(tb, nx - 1, y, ' ', b);
            tb_put(tb, nx, y, n, ST_DIM, note);
            tb_cell(tb, nx + n, y, ' ', b);
        }
    }
}

uint32_t view_ascii(uint32_t c)
{
    switch (c) {
    case BX_H: return '-';
    case BX_V: return '|';
    case BX_TL: case BX_TR: case BX_BL: case BX_BR: return '+';
    case BX_ARROW: return '>';
    case BX_LARROW: return '<';
    case BX_DOT: return '*';
    case BX_RING: return 'o';
    case BX_RARROW: return '>';
    case BX_ELLIPSIS: return '~';
    case BX_MIDDOT: return '.';
    case BX_SLOT: return '_';
    case BX_DASH: return '-';
    case 0xE9: case 0xE8: case 0xEA: return 'e';   /* Café */
    default: return c < 0x80 ? c : '?';
    }
}

static size_t utf8_put(uint32_t c, char *out)
{
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

size_t tb_row_text(const TextBuf *tb, int y, bool ascii, char *out, size_t cap)
{
    size_t n = 0, keep = 0;
    if (cap == 0) return 0;
    for (int x = 0; x < tb->w && y >= 0 && y < tb->h; x++) {
        uint32_t c = tb->ch[(size_t)y * (size_t)tb->w + (size_t)x];
        if (ascii) c = view_ascii(c);
        if (n + 5 >= cap) break;
        n += utf8_put(c, out + n);
        if (c != ' ') keep = n;
    }
    out[keep] = '\0';
    return keep;
}
