/* view_panes.c - the six panes: Source (line numbers, syntax colours, G
 * markers), Café (one barista per goroutine), Channels (slots and queues),
 * Select (every case, ready or not and why, and which won), Time and
 * contexts, Log (events in plain words).  Each draws only the rows that fit
 * its rectangle: the cost of a frame follows what is visible. */
#include "view.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#pragma GCC diagnostic ignored "-Wformat-truncation"  /* UI text is cut to fit */

static const SnapG *shown_g(View *v)
{
    if (v->shown >= 1 && v->shown <= v->sn.ngs) return &v->sn.gs[v->shown - 1];
    return NULL;
}

static Style g_style(const SnapG *g)
{
    if (g->leaked) return ST_LEAKED;
    switch (g->status) {
    case G_RUNNING: return ST_RUNNING;
    case G_RUNNABLE: return ST_NORMAL;
    case G_DEAD: return ST_DONE;
    case G_SLEEPING: return ST_SLEEPING;
    default: return g->state && strcmp(g->state, "sleep") == 0 ? ST_SLEEPING : ST_BLOCKED;
    }
}

static bool same_file(View *v, const char *file)
{
    if (!file) return false;
    const char *slash = strrchr(file, '/');
    return strcmp(slash ? slash + 1 : file, v->base) == 0;
}

/* The select the Select pane explains: the shown goroutine's, else the
 * latest select of anyone. */
static const SnapG *select_g(View *v)
{
    const SnapG *g = shown_g(v);
    if (g && g->has_select) return g;
    const SnapG *best = NULL;
    for (int i = 0; i < v->sn.ngs; i++) {
        const SnapG *h = &v->sn.gs[i];
        if (h->has_select && (!best || h->sel.step > best->sel.step)) best = h;
    }
    return best;
}

static int visible_chans(View *v)
{
    int n = 0;
    for (int i = 0; i < v->sn.nchans; i++) n += view_chan_visible(v, &v->sn.chans[i]);
    return n;
}

static int log_events(View *v)
{
    Sim *s = stepper_sim(v->st);
    return s && s->events ? (int)s->events->n : 0;
}

#define CTX_SHOWN 64

int view_pane_rows(View *v, PaneId p, int w)
{
    const SnapG *g;
    switch (p) {
    case PANE_SOURCE: return v->nlines;
    case PANE_CAFE: return 1 + 2 * v->sn.ngs;
    case PANE_CHANNELS: return visible_chans(v) ? visible_chans(v) : 1;
    case PANE_SELECT:
        g = select_g(v);
        return g ? g->sel.ncases + g->sel.has_default + 2 : 1;
    case PANE_TIME: /* the tree shows up to CTX_SHOWN contexts, as many WaitGroups */
        return 2 + v->sn.ntimers + (v->sn.nctxs < CTX_SHOWN ? v->sn.nctxs : CTX_SHOWN) +
               (v->sn.nwgs ? 1 + (v->sn.nwgs < CTX_SHOWN ? v->sn.nwgs : CTX_SHOWN) : 0);
    case PANE_LOG: return log_events(v);
    default: return 1;
    }
}

/* ---- Source ---- */

static bool is_keyword(const char *s, size_t n)
{
    static const char *const kw[] = {
        "break", "case", "chan", "const", "continue", "default", "defer", "else",
        "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
        "package", "range", "return", "select", "struct", "switch", "type", "var", NULL
    };
    for (int i = 0; kw[i]; i++)
        if (strlen(kw[i]) == n && strncmp(kw[i], s, n) == 0) return true;
    return false;
}

/* One source line with Go colours; returns columns written. */
static int put_code(TextBuf *tb, int x, int y, int maxw, const char *s, bool hl)
{
    int col = 0;
    char tok[512];
    while (*s && col < maxw) {
        const char *b = s;
        Style st = ST_NORMAL;
        if (s[0] == '/' && s[1] == '/') { s += strlen(s); st = ST_COMMENT; }
        else if (*s == '"' || *s == '`' || *s == '\'') {
            char q = *s++;
            while (*s && *s != q) { if (*s == '\\' && q != '`' && s[1]) s++; s++; }
            if (*s) s++;
            st = ST_STRING;
        } else if (isdigit((unsigned char)*s)) {
            while (isalnum((unsigned char)*s) || *s == '.' || *s == '_') s++;
            st = ST_NUMBER;
        } else if (isalpha((unsigned char)*s) || *s == '_') {
            while (isalnum((unsigned char)*s) || *s == '_') s++;
            if (is_keyword(b, (size_t)(s - b))) st = ST_KEYWORD;
        } else if (*s == '\t') {
            s++;
            int tabw = maxw < 60 ? 2 : 4;
            int n = tabw - col % tabw;
            if (!hl) tb_fill(tb, x + col, y, n < maxw - col ? n : maxw - col, ' ', ST_NORMAL);
            col += n;
            continue;
        } else {
            s++;
            while ((unsigned char)*s >= 0x80 && ((unsigned char)*s & 0xC0) == 0x80) s++;
        }
        size_t n = (size_t)(s - b);
        if (n >= sizeof tok) n = sizeof tok - 1;
        memcpy(tok, b, n);
        tok[n] = '\0';
        col += tb_put(tb, x + col, y, maxw - col, hl && st == ST_NORMAL ? ST_FOCUS : st, tok);
    }
    return col;
}

/* Goroutines (of this file, alive) whose line is outside [top, top+rows):
 * the Source pane lists up to `max` of them under the window. */
static int offscreen(View *v, int top, int rows, int32_t *lines, int max)
{
    int n = 0;
    for (int i = 0; i < v->sn.ngs && n < max; i++) {
        const SnapG *g = &v->sn.gs[i];
        if (g->status == G_DEAD || !same_file(v, g->file) || g->line < 1 || g->line > v->nlines) continue;
        if (g->line >= top && g->line < top + rows) continue;
        bool dup = false;
        for (int k = 0; k < n; k++) dup |= lines[k] == g->line;
        if (!dup) lines[n++] = g->line;
    }
    return n;
}

static void source_row(View *v, TextBuf *tb, int x, int y, int w, int ln, int cur, int numw);

static void pane_source(View *v, TextBuf *tb, int x, int y, int w, int h)
{
    const SnapG *sg = shown_g(v);
    int cur = sg && same_file(v, sg->file) ? sg->line : 0;
    int rows = h;
    int top = cur ? cur - rows / 3 : 1;
    top += v->scroll[PANE_SOURCE];
    if (top > v->nlines - rows + 1) top = v->nlines - rows + 1;
    if (top < 1) top = 1;
    int numw = v->nlines >= 1000 ? 4 : v->nlines >= 100 ? 3 : 2;
    int32_t away[3];
    int naway = h >= 8 ? offscreen(v, top, rows, away, 3) : 0;
    if (naway) {
        rows = h - naway - 1;
        naway = offscreen(v, top, rows, away, naway);
        tb_put(tb, x, y + rows, w, ST_DIM, "  \xe2\x80\xa6 elsewhere:");
        for (int k = 0; k < naway; k++) source_row(v, tb, x, y + rows + 1 + k, w, away[k], cur, numw);
    }
    for (int r = 0; r < rows; r++) {
        if (top + r > v->nlines) break;
        source_row(v, tb, x, y + r, w, top + r, cur, numw);
    }
}

static void source_row(View *v, TextBuf *tb, int x, int y, int w, int ln, int cur, int numw)
{
    const int r = 0;   /* one row, at y */
    {
        bool hl = ln == cur;
        if (hl) tb_fill(tb, x, y + r, w, ' ', ST_FOCUS);
        tb_putf(tb, x, y + r, numw, hl ? ST_FOCUS : ST_DIM, "%*d", numw, ln);
        /* markers: the goroutines whose current line this is */
        char mark[16] = "";
        int nmark = 0;
        int64_t first = 0;
        for (int i = 0; i < v->sn.ngs; i++) {
            const SnapG *g = &v->sn.gs[i];
            if (g->status == G_DEAD || g->line != ln || !same_file(v, g->file)) continue;
            if (!nmark || g->id == v->shown) first = g->id;
            nmark++;
        }
        if (nmark == 1) snprintf(mark, sizeof mark, "G%lld", (long long)first);
        else if (nmark > 1) snprintf(mark, sizeof mark, "G%lld+", (long long)first);
        int mx = x + numw + 1;
        if (nmark) {
            int n = tb_put(tb, mx, y + r, 5, first == v->shown ? ST_FOCUS : ST_MARKER, mark);
            tb_cell(tb, mx + n, y + r, BX_ARROW, first == v->shown ? ST_FOCUS : ST_MARKER);
        }
        int cx = mx + 6;
        put_code(tb, cx, y + r, w - (cx - x), v->lines[ln - 1], hl);
    }
}

/* ---- Café ---- */

static int utf8_cols(const char *s)
{
    int n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Cuts the café words, never Go's [wait reason]: "steaming mi… [sleep]". */
static void fit_keep_reason(char *text, int cols)
{
    if (cols < 8 || utf8_cols(text) <= cols) return;
    char *br = strrchr(text, '[');
    if (!br || br == text) return;
    char reason[96];
    snprintf(reason, sizeof reason, "%s", br - 1);   /* " [sleep]" */
    int keep = cols - utf8_cols(reason) - 1;
    if (keep < 4) return;
    char *p = text;
    for (int c = 0; *p && c < keep; p++)
        if (((unsigned char)p[1] & 0xC0) != 0x80) c++;
    snprintf(p, (size_t)(br - p) + sizeof reason, "\xe2\x80\xa6%s", reason);
}

static void pane_cafe(View *v, TextBuf *tb, int x, int y, int w, int h)
{
    const Snapshot *sn = &v->sn;
    if (w >= 62)
        tb_putf(tb, x, y, w, ST_DIM, "%d making · %d ready · %d waiting · %d asleep · %d done · %d leaked",
                sn->nrunning, sn->nrunnable, sn->nblocked, sn->nsleeping, sn->ndone, sn->nleaked);
    else if (w >= 52)
        tb_putf(tb, x, y, w, ST_DIM, "%d making·%d ready·%d waiting·%d asleep·%d done·%d leaked",
                sn->nrunning, sn->nrunnable, sn->nblocked, sn->nsleeping, sn->ndone, sn->nleaked);
    else {   /* narrow: the counts that are not zero, and always leaked */
        const int n[6] = { sn->nrunning, sn->nrunnable, sn->nblocked, sn->nsleeping, sn->ndone, sn->nleaked };
        static const char *const what[6] = { "making", "ready", "waiting", "asleep", "done", "leaked" };
        char line[128];
        size_t k = 0;
        for (int i = 0; i < 6; i++)
            if (n[i] || i == 5)
                k += (size_t)snprintf(line + k, sizeof line - k, "%s%d %s", k ? " · " : "", n[i], what[i]);
        tb_put(tb, x, y, w, ST_DIM, line);
    }
    int per = 2, slots = (h - 1) / per;
    if (slots < 1) return;
    /* keep the shown goroutine in the window */
    int first = v->scroll[PANE_CAFE];
    int idx = (int)v->shown - 1;
    if (idx >= 0 && (idx < first || idx >= first + slots)) first = idx - slots / 2;
    if (first > sn->ngs - slots) first = sn->ngs - slots;
    if (first < 0) first = 0;
    v->scroll[PANE_CAFE] = first;
    for (int k = 0; k < slots && first + k < sn->ngs; k++) {
        const SnapG *g = &sn->gs[first + k];
        int r = y + 1 + k * per;
        bool me = g->id == v->shown;
        const char *fn = g->startfn ? g->startfn : "?";
        if (strncmp(fn, "main.", 5) == 0) fn += 5;
        char head[160], what[320];
        if (g->creator)
            snprintf(head, sizeof head, w >= 50 ? "G%lld %s  (started by G%lld at line %d)"
                     : "G%lld %s (G%lld, line %d)", (long long)g->id,
                     fn, (long long)g->creator, g->created_line);
        else
            snprintf(head, sizeof head, "G%lld %s", (long long)g->id, fn);
        Style hs = me ? ST_FOCUS : ST_TITLE;
        if (me) tb_fill(tb, x, r, w, ' ', ST_FOCUS);
        int n = tb_put(tb, x, r, w, hs, head);
        if (me && n + 4 < w) {
            tb_cell(tb, x + w - 2, r, BX_LARROW, ST_FOCUS);
        }
        view_barista(v, g, what, sizeof what);
        fit_keep_reason(what, w - 3);
        tb_put(tb, x + 3, r + 1, w - 3, g_style(g), what);
    }
    if (sn->ngs > slots) {
        char more[48];
        snprintf(more, sizeof more, "%d-%d of %d", first + 1,
                 first + slots < sn->ngs ? first + slots : sn->ngs, sn->ngs);
        tb_put(tb, x + w - (int)strlen(more), y + h - 1, (int)strlen(more), ST_DIM, more);
    }
}

/* ---- Channels ---- */

static void chan_row(View *v, TextBuf *tb, const SnapChan *c, int x, int y, int w, int namew)
{
    char name[64];
    view_chan_name(v, c->id, name, sizeof name);
    int col = 0;
    col += tb_putf(tb, x, y, w, ST_TITLE, "%-*s", namew, name);
    col += tb_putf(tb, x + col, y, w - col, ST_DIM, " chan %-8s ", c->elemtype ? c->elemtype : "?");
    if (c->cap == 0) {
        col += tb_put(tb, x + col, y, w - col, ST_NORMAL, "unbuffered");
    } else {
        /* values first, then up to 3 empty slots; always room for "] len/cap" */
        char tail[48];
        int tl = snprintf(tail, sizeof tail, "] %lld/%lld", (long long)c->len, (long long)c->cap);
        int lim = w - tl - 2;
        col += tb_put(tb, x + col, y, w - col, ST_NORMAL, "[");
        int64_t i = 0;
        for (; i < c->len && c->vals; i++) {
            const char *val = c->vals[i] ? c->vals[i] : "?";
            int vl = (int)strlen(val);
            if (col + (i > 0) + vl > lim) break;
            if (i) col += tb_put(tb, x + col, y, 1, ST_DIM, "|");
            col += tb_put(tb, x + col, y, vl, ST_READY, val);
        }
        int64_t shown = i, empty = c->cap - c->len;
        for (int64_t k = 0; k < empty && k < 3 && col + 2 <= lim; k++, shown++) {
            if (shown) col += tb_put(tb, x + col, y, 1, ST_DIM, "|");
            tb_cell(tb, x + col++, y, BX_SLOT, ST_DIM);
        }
        if (shown < c->cap) tb_cell(tb, x + col++, y, BX_ELLIPSIS, ST_DIM);
        col += tb_put(tb, x + col, y, w - col, ST_NORMAL, tail);
    }
    if (c->closed) col += tb_put(tb, x + col, y, w - col, ST_ERROR, "  closed");
    else col += tb_put(tb, x + col, y, w - col, ST_DIM, "  open");
    char q[128];
    int n = 0;
    if (c->nsendq) {
        n += snprintf(q + n, sizeof q - (size_t)n, "  senders waiting:");
        for (int i = 0; i < c->nsendq && i < 6; i++)
            n += snprintf(q + n, sizeof q - (size_t)n, " G%lld", (long long)c->sendq[i]);
    }
    if (c->nrecvq && n < (int)sizeof q) {
        n += snprintf(q + n, sizeof q - (size_t)n, "  receivers waiting:");
        for (int i = 0; i < c->nrecvq && i < 6 && n < (int)sizeof q; i++)
            n += snprintf(q + n, sizeof q - (size_t)n, " G%lld", (long long)c->recvq[i]);
    }
    if (n) tb_put(tb, x + col, y, w - col, ST_BLOCKED, q);
}

static void pane_channels(View *v, TextBuf *tb, int x, int y, int w, int h)
{
    int skip = v->scroll[PANE_CHANNELS], r = 0, seen = 0;
    int namew = 11;   /* names in one column: "ctx.Done()", "s.ctx.Done()" */
    for (int i = 0; i < v->sn.nchans; i++) {
        char name[64];
        if (!view_chan_visible(v, &v->sn.chans[i])) continue;
        view_chan_name(v, v->sn.chans[i].id, name, sizeof name);
        int n = (int)strlen(name);
        if (n > namew) namew = n < 24 ? n : 24;
    }
    for (int i = 0; i < v->sn.nchans && r < h; i++) {
        const SnapChan *c = &v->sn.chans[i];
        if (!view_chan_visible(v, c)) continue;
        if (seen++ < skip) continue;
        chan_row(v, tb, c, x, y + r++, w, namew);
    }
    if (!seen) tb_put(tb, x, y, w, ST_DIM, "no channels yet");
}

/* ---- Select ---- */

static void pane_select(View *v, TextBuf *tb, int x, int y, int w, int h)
{
    const SnapG *g = select_g(v);
    if (!g) {
        tb_put(tb, x, y, w, ST_DIM, "no select has run yet");
        return;
    }
    int32_t line = view_sel_line(v, g);
    int r = 0;
    for (int k = 0; k < g->sel.ncases && r < h - 1; k++, r++) {
        const SnapCase *c = &g->sel.cases[k];
        char text[160], name[64];
        if (!view_case_text(v, line, c->index, text, sizeof text)) {
            view_chan_name(v, c->chan, name, sizeof name);
            snprintf(text, sizeof text, "%s%s", c->isSend ? "send on " : "<-", name);
        }
        bool won = !g->sel.parked && g->sel.chosen == c->index;
        bool woken = won && g->sel.how == SEL_WOKEN;
        Style st = won ? ST_WON : c->ready ? ST_READY : ST_DIM;
        tb_cell(tb, x, y + r, won ? BX_RARROW : c->ready ? BX_DOT : BX_RING, st);
        int tw = 4;
        for (int j = 0; j < g->sel.ncases; j++) {
            char t2[160], n2[64];
            if (!view_case_text(v, line, g->sel.cases[j].index, t2, sizeof t2)) {
                /* a select inside a library call: "<-ctx.Done()" */
                view_chan_name(v, g->sel.cases[j].chan, n2, sizeof n2);
                snprintf(t2, sizeof t2, "%s%s", g->sel.cases[j].isSend ? "send on " : "<-", n2);
            }
            view_shorten(t2, 30);
            if (utf8_cols(t2) > tw) tw = utf8_cols(t2);
        }
        if (tw > w / 2 - 2) tw = w / 2 - 2;
        view_shorten(text, (size_t)tw);
        tb_putf(tb, x + 2, y + r, tw, won ? ST_WON : ST_NORMAL, "%s", text);
        int wx = x + 4 + tw, ww = w - 4 - tw;
        if (woken)
            tb_putf(tb, wx, y + r, ww, st, "became ready: woke G%lld", (long long)g->id);
        else if (!g->sel.parked && c->ready)   /* readiness when it ran; why is now */
            tb_put(tb, wx, y + r, ww, st, won ? "ready: won" : "ready too: not chosen");
        else
            tb_putf(tb, wx, y + r, ww, st, "%s: %s", c->ready ? "ready" : "not ready",
                    c->why ? c->why : "");
    }
    if (g->sel.has_default && r < h - 1) {
        bool won = g->sel.chosen == -1;
        tb_cell(tb, x, y + r, won ? BX_RARROW : BX_RING, won ? ST_WON : ST_DIM);
        tb_put(tb, x + 2, y + r, w - 2, won ? ST_WON : ST_NORMAL, "default: taken when no case is ready");
        r++;
    }
    char verdict[320];
    view_select_verdict(v, g, verdict, sizeof verdict);
    Style vs = g->sel.parked ? ST_BLOCKED : ST_WON;
    /* wrap once, at the last space that fits (columns, not bytes) */
    int cols = 0, cutb = -1, cutc = 0;
    for (int i = 0; verdict[i]; i++) {
        if (((unsigned char)verdict[i] & 0xC0) == 0x80) continue;
        if (cols == w) break;
        if (verdict[i] == ' ') { cutb = i; cutc = cols; }
        cols++;
    }
    size_t total = 0;
    for (int i = 0; verdict[i]; i++) total += ((unsigned char)verdict[i] & 0xC0) != 0x80;
    if ((int)total > w && r + 1 < h && cutb > 0) {
        tb_put(tb, x, y + r, cutc, vs, verdict);
        tb_put(tb, x + 2, y + r + 1, w - 2, vs, verdict + cutb + 1);
    } else {
        tb_put(tb, x, y + r, w, vs, verdict);
    }
}

/* ---- Time and contexts ---- */

/* The context tree in reading order: each root, then its children below
 * it (depth-first, creation order), as the pane draws it. */
static void ctx_visit(const Snapshot *sn, int i, int depth, int *order, int *depths, int *n, int max)
{
    if (*n >= max || depth > 8) return;
    order[*n] = i;
    depths[(*n)++] = depth;
    for (int k = 0; k < sn->nctxs; k++)
        if (sn->ctxs[k].parent == sn->ctxs[i].id) ctx_visit(sn, k, depth + 1, order, depths, n, max);
}

/* The context with this id (snapshot ids are 1, 2, ... in order), or NULL. */
static const SnapCtx *ctx_by_id(const Snapshot *sn, int64_t id)
{
    if (id >= 1 && id <= sn->nctxs && sn->ctxs[id - 1].id == id) return &sn->ctxs[id - 1];
    for (int k = 0; id && k < sn->nctxs; k++)
        if (sn->ctxs[k].id == id) return &sn->ctxs[k];
    return NULL;
}

static int ctx_tree_order(const Snapshot *sn, int *order, int *depths, int max)
{
    int n = 0;
    for (int i = 0; i < sn->nctxs && n < max; i++) {
        /* a parent missing from the snapshot makes a root */
        if (!sn->ctxs[i].parent || !ctx_by_id(sn, sn->ctxs[i].parent))
            ctx_visit(sn, i, 0, order, depths, &n, max);
    }
    return n;
}

/* Go's type names of the context kinds, in the words a program wrote. */
static const char *ctx_kind_words(const char *kind)
{
    if (!kind) return "context";
    if (strcmp(kind, "cancelCtx") == 0) return "WithCancel";
    if (strcmp(kind, "timerCtx") == 0) return "WithTimeout / WithDeadline";
    if (strcmp(kind, "valueCtx") == 0) return "WithValue";
    return kind;
}

/* Below the contexts: each WaitGroup the program declared (or waits on),
 * "wg  counter 2  Wait(): G1". */
static void pane_waitgroups(View *v, TextBuf *tb, int x, int y, int w, int h)
{
    int r = 0;
    if (!v->sn.nwgs || r >= h) return;
    tb_put(tb, x, y + r++, w, ST_TITLE, "WaitGroups");
    for (int i = 0; i < v->sn.nwgs && i < CTX_SHOWN && r < h; i++) {
        const SnapWG *wg = &v->sn.wgs[i];
        int col = 2;
        col += tb_putf(tb, x + col, y + r, w - col, ST_NORMAL, "%s",
                       wg->label ? wg->label : "a WaitGroup");
        col += tb_putf(tb, x + col, y + r, w - col, wg->counter ? ST_BLOCKED : ST_DONE,
                       "  counter %lld", (long long)wg->counter);
        if (wg->nwaiters) {
            char who[160];
            size_t n = 0;
            for (int k = 0; k < wg->nwaiters && n < sizeof who; k++)
                n += (size_t)snprintf(who + n, sizeof who - n, "%sG%lld", k ? ", " : "",
                                      (long long)wg->waiters[k]);
            tb_putf(tb, x + col, y + r, w - col, ST_DIM, "  Wait(): %s", who);
        }
        r++;
    }
}

static void pane_time(View *v, TextBuf *tb, int x, int y, int w, int h)
{
    char t[32];
    view_fmt_time(v->sn.now, t, sizeof t);
    int r = 0;
    tb_putf(tb, x, y + r++, w, ST_TITLE, "clock t=%s   %d timer%s pending", t, v->sn.ntimers,
            v->sn.ntimers == 1 ? "" : "s");
    for (int i = 0; i < v->sn.ntimers && r < h; i++) {
        const SnapTimer *tm = &v->sn.timers[i];
        char due[32], what[128], name[64];
        view_fmt_time(tm->when, due, sizeof due);
        if (tm->kind == TIMER_WAKE)
            snprintf(what, sizeof what, "G%lld's time.Sleep ends", (long long)tm->g);
        else if (tm->period > 0) {
            char p[32];
            event_fmt_duration(tm->period, p, sizeof p);
            snprintf(what, sizeof what, "ticker (every %s) ticks", p);
        } else if (tm->kind == TIMER_SEND) {
            view_chan_name(v, tm->chan, name, sizeof name);
            snprintf(what, sizeof what, "%s sends the time (made by G%lld)", name, (long long)tm->owner);
        } else
            snprintf(what, sizeof what, "a func runs (AfterFunc / a deadline)");
        tb_putf(tb, x, y + r++, w, ST_SLEEPING, "  t=%s  %s", due, what);
    }
    if (!v->sn.nctxs && r < h) {
        int c = tb_put(tb, x, y + r, w, ST_TITLE, "contexts");
        tb_put(tb, x + c, y + r++, w - c, ST_DIM, ": none tracked");
    } else if (r < h) tb_put(tb, x, y + r++, w, ST_TITLE, "contexts");
    int order[CTX_SHOWN], depths[CTX_SHOWN];
    int n = ctx_tree_order(&v->sn, order, depths, CTX_SHOWN);
    for (int i = 0; i < n && r < h; i++) {
        const SnapCtx *c = &v->sn.ctxs[order[i]];
        int depth = depths[i];
        char dl[48] = "";
        if (c->deadline >= 0) {
            char d[32];
            view_fmt_time(c->deadline, d, sizeof d);
            snprintf(dl, sizeof dl, "  deadline t=%s", d);
        }
        int col = 2 + depth * 2;
        /* "ctx  WithCancel": the variable it was made into, then how; a
         * root's label says what it is */
        const char *kind = ctx_kind_words(c->kind);
        if (c->label && c->parent)
            col += tb_putf(tb, x + col, y + r, w - col, ST_NORMAL, "%s%s  %s%s", depth ? "└ " : "",
                           c->label, kind, dl);
        else
            col += tb_putf(tb, x + col, y + r, w - col, ST_NORMAL, "%s%s%s", depth ? "└ " : "",
                           c->label ? c->label : kind, dl);
        /* a WithValue context has no state of its own: Err() is its parent's */
        const SnapCtx *from = c;
        for (int hop = 0; !from->cancelled && from->parent && hop < 16; hop++) {
            const SnapCtx *up = ctx_by_id(&v->sn, from->parent);
            if (!up) break;
            from = up;
        }
        bool dead = from->cancelled;
        tb_putf(tb, x + col, y + r, w - col, dead ? ST_ERROR : ST_RUNNING, "  %s%s%s",
                c->cancelled ? "cancelled" : dead ? "cancelled through its parent" : "live",
                dead && from->err ? ", Err() = " : "", dead && from->err ? from->err : "");
        r++;
    }
    pane_waitgroups(v, tb, x, y + r, w, h - r);
}

/* ---- Log ---- */

uint64_t view_log_bottom_step(View *v)
{
    Sim *s = stepper_sim(v->st);
    if (!s || !s->events || !s->events->n) return 0;
    size_t n = s->events->n;
    size_t back = (size_t)(v->scroll[PANE_LOG] > 0 ? v->scroll[PANE_LOG] : 0);
    if (back > n - 1) back = n - 1;
    return s->events->v[n - 1 - back].step;
}

static void pane_log(View *v, TextBuf *tb, int x, int y, int w, int h)
{
    Sim *s = stepper_sim(v->st);
    if (!s || !s->events || !s->events->n) {
        tb_put(tb, x, y, w, ST_DIM, "nothing has happened yet");
        return;
    }
    size_t n = s->events->n;
    int back = v->scroll[PANE_LOG];
    if (back > (int)n - 1) back = (int)n - 1;
    if (back < 0) back = 0;
    v->scroll[PANE_LOG] = back;
    size_t end = n - (size_t)back;
    size_t start = end > (size_t)h ? end - (size_t)h : 0;
    for (size_t i = start; i < end; i++) {
        const Event *e = &s->events->v[i];
        char words[400];
        view_event_words(v, e, words, sizeof words);
        bool fresh = e->step >= v->prev_pos && v->prev_pos < v->sn.step;
        int r = y + (int)(i - start);
        int c = tb_putf(tb, x, r, w, ST_DIM, "%4llu ", (unsigned long long)e->step);
        tb_put(tb, x + c, r, w - c, fresh ? ST_FOCUS : ST_NORMAL, words);
    }
}

void view_pane(View *v, TextBuf *tb, PaneId p, int x, int y, int w, int h)
{
    if (w < 8 || h < 3) return;
    char title[96], note[64] = "";
    const SnapG *g;
    switch (p) {
    case PANE_SOURCE: snprintf(title, sizeof title, "%s", v->base); break;
    case PANE_SELECT:
        g = select_g(v);
        if (g) snprintf(title, sizeof title, "Select %s G%lld at line %d", "·", (long long)g->id,
                        view_sel_line(v, g));
        else snprintf(title, sizeof title, "Select");
        break;
    case PANE_TIME: snprintf(title, sizeof title, "Time %s contexts", "·"); break;
    case PANE_LOG:
        snprintf(title, sizeof title, "Log");
        if (v->scroll[PANE_LOG])
            snprintf(note, sizeof note, "scrolled back %d %s Enter: go to step %llu", v->scroll[PANE_LOG], "·",
                     (unsigned long long)view_log_bottom_step(v) + 1);
        break;
    case PANE_CAFE:
        snprintf(title, sizeof title, "Café %s %d barista%s", "·", v->sn.ngs, v->sn.ngs == 1 ? "" : "s");
        break;
    default: snprintf(title, sizeof title, "%s", view_pane_name(p)); break;
    }
    tb_box(tb, x, y, w, h, title, note, p == v->selpane);
    int ix = x + 1, iy = y + 1, iw = w - 2, ih = h - 2;
    switch (p) {
    case PANE_SOURCE: pane_source(v, tb, ix, iy, iw, ih); break;
    case PANE_CAFE: pane_cafe(v, tb, ix, iy, iw, ih); break;
    case PANE_CHANNELS: pane_channels(v, tb, ix, iy, iw, ih); break;
    case PANE_SELECT: pane_select(v, tb, ix, iy, iw, ih); break;
    case PANE_TIME: pane_time(v, tb, ix, iy, iw, ih); break;
    case PANE_LOG: pane_log(v, tb, ix, iy, iw, ih); break;
    default: break;
    }
}
