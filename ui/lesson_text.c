/* lesson_text.c - a lesson's narrative laid out for a pane of any width.
 *
 * The text is the player's transcript: the lesson's Markdown paragraphs and
 * the player's own lines.  Paragraphs (and list items) are reflowed to the
 * width, as Markdown means them; `code` and **bold** get their styles and
 * lose their markers (*emphasis* too); headings lose their #s; code blocks
 * are kept line for line (a long line cut at the width and continued on
 * the next row, never joined), tables clipped, fences hidden; each player
 * line (checkpoints, answers, checks, [notes]) stays on its own rows in its
 * colour.  No curses here: tests call text_layout directly. */
#include "lesson_text.h"
#include <stdlib.h>
#include <string.h>

typedef struct Para {
    char *s;
    uint8_t *st;
    size_t n, cap;
    bool open, joinable, wrap, hard;   /* hard: cut at the width, not at a space */
} Para;

/* The player's own lines, by how they start. */
static Style player_style(const char *s, size_t n)
{
#define STARTS(p) (n >= sizeof p - 1 && strncmp(s, p, sizeof p - 1) == 0)
    if (STARTS("Question:") || STARTS("Exercise ") || STARTS("The checks:") || STARTS("Checking ") ||
        STARTS("The reference solution"))
        return ST_TITLE;
    if (STARTS("checkpoint holds") || STARTS("  ok") || STARTS("Right.")) return ST_READY;
    if (STARTS("checkpoint does NOT") || STARTS("  FAIL") || STARTS("Not quite") || STARTS("  ---"))
        return ST_ERROR;
    if (STARTS("Every check passes") || STARTS("lesson complete") || STARTS("Exercise skipped")) return ST_WON;
    if (STARTS("Hint:") || STARTS("The answer is")) return ST_SLEEPING;
    if (STARTS("[")) return ST_DIM;
#undef STARTS
    return ST_NORMAL;
}

static bool list_item(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] == ' ') i++;
    if (i + 1 < n && (s[i] == '-' || s[i] == '*') && s[i + 1] == ' ') return true;
    size_t d = i;
    while (d < n && s[d] >= '0' && s[d] <= '9') d++;
    return d > i && d + 1 < n && s[d] == '.' && s[d + 1] == ' ';
}

static void para_put(Para *p, char c, Style st)
{
    if (p->n + 1 >= p->cap) {
        p->cap = p->cap ? p->cap * 2 : 256;
        p->s = realloc(p->s, p->cap);
        p->st = realloc(p->st, p->cap);
        if (!p->s || !p->st) abort();
    }
    p->s[p->n] = c;
    p->st[p->n++] = (uint8_t)st;
}

/* Appends a line; with markup, `code` and **bold** become styles. */
static void para_add(Para *p, const char *s, size_t n, Style base, bool markup)
{
    bool code = false, bold = false, em = false;
    for (size_t i = 0; i < n; i++) {
        if (markup && s[i] == '`') { code = !code; continue; }
        if (markup && !code && s[i] == '*' && i + 1 < n && s[i + 1] == '*') { bold = !bold; i++; continue; }
        /* *emphasis*: an opening star touches a word, a closing one ends it */
        if (markup && !code && s[i] == '*' && (em || (i + 1 < n && s[i + 1] != ' '))) { em = !em; continue; }
        if (s[i] == '\t') {   /* tab stops every 4 columns, as the Source pane */
            do para_put(p, ' ', base); while (p->n % 4);
            continue;
        }
        para_put(p, s[i], code ? ST_STRING : bold || em ? ST_TITLE : base);
    }
}

/* Bytes of s (n bytes) that fit in w columns, cut after a space when one
 * is in the second half. */
static size_t wrap_at(const char *s, size_t n, int w, bool hard)
{
    size_t i = 0;
    int c = 0;
    while (i < n && c < w) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
        c++;
    }
    if (i >= n || hard) return i;
    for (size_t k = i; k > i / 2; k--)
        if (s[k] == ' ') return k + 1;
    return i;
}

static void para_flush(Para *p, int w, TextRowFn put, void *ud, int *row)
{
    if (!p->open) return;
    size_t at = 0;
    do {
        size_t k = p->wrap ? wrap_at(p->s + at, p->n - at, w, p->hard) : p->n - at;
        if (put) put(ud, *row, p->s + at, p->st + at, k);
        (*row)++;
        at += k;
    } while (at < p->n);
    p->n = 0;
    p->open = false;
}

static void para_start(Para *p, bool joinable, bool wrap)
{
    p->open = true;
    p->joinable = joinable;
    p->wrap = wrap;
    p->hard = false;
    p->n = 0;
}

int text_layout(const char *text, size_t len, int w, TextRowFn put, void *ud)
{
    if (w < 1) w = 1;
    Para p = { 0 };
    int row = 0;
    bool code = false, blank = false;
    const char *s = text, *end = text + len;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
        Style ps = player_style(s, n);
        if (n >= 3 && strncmp(s, "```", 3) == 0) {
            para_flush(&p, w, put, ud, &row);
            code = !code;
        } else if (code || (n && s[0] == '|')) {   /* line for line; code wraps hard, tables clip */
            para_flush(&p, w, put, ud, &row);
            para_start(&p, false, code);
            p.hard = true;
            para_add(&p, s, n, code ? ST_STRING : ST_NORMAL, !code);
            para_flush(&p, w, put, ud, &row);
        } else if (n == 0) {   /* one blank row between blocks, however many lines */
            para_flush(&p, w, put, ud, &row);
            if (!blank && row > 0) {
                if (put) put(ud, row, "", NULL, 0);
                row++;
            }
            blank = true;
            s += 1;
            continue;
        } else if (s[0] == '#') {
            para_flush(&p, w, put, ud, &row);
            size_t h = 0;
            while (h < n && (s[h] == '#' || s[h] == ' ')) h++;
            para_start(&p, false, true);
            para_add(&p, s + h, n - h, ST_TITLE, true);
            para_flush(&p, w, put, ud, &row);
        } else if (ps != ST_NORMAL || list_item(s, n) || !p.open || !p.joinable) {
            para_flush(&p, w, put, ud, &row);
            para_start(&p, ps == ST_NORMAL, true);
            para_add(&p, s, n, ps, ps == ST_NORMAL || ps == ST_SLEEPING || ps == ST_TITLE);
            if (ps != ST_NORMAL) para_flush(&p, w, put, ud, &row);
        } else {   /* the paragraph goes on */
            para_put(&p, ' ', ST_NORMAL);
            size_t lead = 0;
            while (lead < n && s[lead] == ' ') lead++;
            para_add(&p, s + lead, n - lead, ST_NORMAL, true);
        }
        blank = false;
        s += n + (nl != NULL);
    }
    para_flush(&p, w, put, ud, &row);
    free(p.s);
    free(p.st);
    return row;
}

typedef struct DrawCtx { TextBuf *tb; int x, y, w, first, h; } DrawCtx;

/* One row: runs of one style at a time. */
static void draw_row(void *ud, int row, const char *s, const uint8_t *st, size_t n)
{
    DrawCtx *c = ud;
    int r = row - c->first;
    if (r < 0 || r >= c->h) return;
    int x = c->x;
    char buf[1024];
    size_t i = 0;
    while (i < n && x < c->x + c->w) {
        size_t j = i;
        while (j < n && st[j] == st[i] && j - i < sizeof buf - 1) j++;
        memcpy(buf, s + i, j - i);
        buf[j - i] = '\0';
        x += tb_put(c->tb, x, c->y + r, c->x + c->w - x, (Style)st[i], buf);
        i = j;
    }
}

int text_draw(TextBuf *tb, int x, int y, int w, int h, const char *text, size_t len, int first)
{
    DrawCtx c = { tb, x, y, w, first, h };
    return text_layout(text, len, w, draw_row, &c);
}
