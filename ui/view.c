/* view.c - the view model and the screen layout: which panes fit a w x h
 * terminal (wide: six panes with a full-width log; 80x24: two columns of
 * three; smaller: one pane at a time behind a tab bar; below VIEW_MIN_W x
 * VIEW_MIN_H a message), the status line and the command line.  The panes
 * themselves are in view_panes.c. */
#include "view.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#pragma GCC diagnostic ignored "-Wformat-truncation"  /* UI text is cut to fit */

static const char *const PANE_NAMES[PANE_N] = {
    "Source", "Café", "Channels", "Select", "Time", "Log"
};

const char *view_pane_name(PaneId p)
{
    return p < PANE_N ? PANE_NAMES[p] : "?";
}

void view_init(View *v, Stepper *st, const char *filename, const char *src, size_t len)
{
    memset(v, 0, sizeof *v);
    v->st = st;
    v->filename = filename;
    const char *slash = strrchr(filename, '/');
    v->base = slash ? slash + 1 : filename;
    v->src = malloc(len + 1);
    if (!v->src) abort();
    memcpy(v->src, src, len);
    v->src[len] = '\0';
    int cap = 64;
    v->lines = malloc(sizeof *v->lines * (size_t)cap);
    char *p = v->src;
    while (*p || p == v->src) {
        if (v->nlines == cap) {
            cap *= 2;
            v->lines = realloc(v->lines, sizeof *v->lines * (size_t)cap);
            if (!v->lines) abort();
        }
        v->lines[v->nlines++] = p;
        char *nl = strchr(p, '\n');
        if (!nl) break;
        *nl = '\0';
        if (nl > p && nl[-1] == '\r') nl[-1] = '\0';
        p = nl + 1;
        if (!*p) break;
    }
    v->selpane = PANE_LOG;
    v->compact_tab = PANE_CAFE;
    v->pace = 4;
    view_refresh(v);
}

void view_free(View *v)
{
    if (v->have_sn) snapshot_free(&v->sn);
    free(v->chnames);
    free(v->lines);
    free(v->src);
    memset(v, 0, sizeof *v);
}

/* The goroutine the Source and Select panes follow: the focused one, else
 * the one running, else the actor of the latest event, else main. */
static int64_t follow_g(View *v)
{
    if (v->focus > 0 && v->focus <= v->sn.ngs) return v->focus;
    if (v->sn.running > 0) return v->sn.running;
    Sim *s = stepper_sim(v->st);
    if (s && s->events) {
        for (size_t i = s->events->n; i > 0 && i + 32 > s->events->n; i--)
            if (s->events->v[i - 1].g > 0 && s->events->v[i - 1].g <= v->sn.ngs)
                return s->events->v[i - 1].g;
    }
    return v->sn.ngs > 0 ? 1 : 0;
}

void view_refresh(View *v)
{
    if (v->have_sn) snapshot_free(&v->sn);
    snapshot_of_stepper(v->st, &v->sn);
    v->have_sn = true;
    view_name_chans(v);
    v->shown = follow_g(v);
}

static void status_line(View *v, TextBuf *tb)
{
    char t[32], total[32], buf[512];
    tb_fill(tb, 0, 0, tb->w, ' ', ST_STATUS);
    view_fmt_time(v->sn.now, t, sizeof t);
    if (v->sn.total) snprintf(total, sizeof total, "%llu", (unsigned long long)v->sn.total);
    else snprintf(total, sizeof total, "?");
    const char *gstate = "";
    if (v->shown > 0 && v->shown <= v->sn.ngs) gstate = v->sn.gs[v->shown - 1].state;
    char where[64];
    if (v->sn.ended) snprintf(where, sizeof where, "the end: %s",
                              v->sn.result == SIM_OK ? "main returned" :
                              v->sn.result == SIM_PANIC ? "panic" :
                              v->sn.result == SIM_FATAL ? "fatal error" :
                              v->sn.result == SIM_EXIT ? "os.Exit" : "stopped");
    else snprintf(where, sizeof where, "G%lld %s%s", (long long)v->shown, gstate,
                  v->focus ? " (focus)" : "");
    int n = snprintf(buf, sizeof buf, " gocafe %s  seed %llu  step %llu/%s  t=%s  %s%s",
                     v->base, (unsigned long long)v->sn.seed, (unsigned long long)v->sn.step,
                     total, t, where, v->playing ? "  PLAYING" : "");
    int x = tb_put(tb, 0, 0, tb->w, ST_STATUS, buf);
    (void)n;
    static const char *const hints[] = {
        "s step  n next  b back  c continue  : command  ? help  q quit ",
        "s step n next b back c cont : cmd ? help ", "? help ", NULL
    };
    for (int i = 0; hints[i]; i++) {
        int hl = (int)strlen(hints[i]);
        if (x + hl + 2 <= tb->w) {
            tb_put(tb, tb->w - hl, 0, hl, ST_STATUS, hints[i]);
            break;
        }
    }
}

static void command_line(View *v, TextBuf *tb)
{
    int y = tb->h - 1;
    tb_fill(tb, 0, y, tb->w, ' ', ST_NORMAL);
    int x = tb_put(tb, 0, y, tb->w, ST_TITLE, "gocafe> ");
    if (v->prompt_active) {
        tb_put(tb, x, y, tb->w - x, ST_NORMAL, v->prompt_line);
        return;
    }
    if (v->msg[0]) {
        char first[512];
        snprintf(first, sizeof first, "%s", v->msg);
        char *nl = strchr(first, '\n');
        if (nl) *nl = '\0';
        tb_put(tb, x, y, tb->w - x, v->msg_error ? ST_ERROR : ST_NORMAL, first);
    } else {
        tb_put(tb, x, y, tb->w - x, ST_DIM, "press : to type a command (Tab completes), ? for help");
    }
}

/* A box over the panes with lines of text: help, pick lists, long answers. */
static void overlay(TextBuf *tb, const char *title, const char *const *lines, int n)
{
    int w = 0;
    for (int i = 0; i < n; i++) {
        int l = (int)strlen(lines[i]);
        if (l > w) w = l;
    }
    w += 4;
    if (w > tb->w - 2) w = tb->w - 2;
    int h = n + 2;
    if (h > tb->h - 2) h = tb->h - 2;
    int x = (tb->w - w) / 2, y = (tb->h - h) / 2;
    for (int r = 0; r < h; r++) tb_fill(tb, x, y + r, w, ' ', ST_NORMAL);
    tb_box(tb, x, y, w, h, title, "any key closes", true);
    for (int i = 0; i < n && i < h - 2; i++) tb_put(tb, x + 2, y + 1 + i, w - 4, ST_NORMAL, lines[i]);
}

static void msg_overlay(View *v, TextBuf *tb)
{
    if (!strchr(v->msg, '\n')) return;
    char copy[512];
    const char *lines[32];
    int n = 0;
    snprintf(copy, sizeof copy, "%s", v->msg);
    for (char *p = copy; p && n < 32; ) {
        lines[n++] = p;
        char *nl = strchr(p, '\n');
        if (nl) *nl++ = '\0';
        p = nl;
    }
    overlay(tb, "gocafe", lines, n);
}

static void layout_wide(View *v, TextBuf *tb, int x0, int top, int w, int H)
{
    int logh = H / 5 < 5 ? 5 : H / 5;
    if (H < 28) logh = 4;
    int upper = H - logh;
    int lw = w * 52 / 100, rw = w - lw;
    int timeh = view_pane_rows(v, PANE_TIME, lw) + 2;
    if (timeh > upper / 3) timeh = upper / 3;
    if (timeh < 5) timeh = 5;
    view_pane(v, tb, PANE_SOURCE, x0, top, lw, upper - timeh);
    view_pane(v, tb, PANE_TIME, x0, top + upper - timeh, lw, timeh);
    int cafeh = view_pane_rows(v, PANE_CAFE, rw) + 2;
    int selh = view_pane_rows(v, PANE_SELECT, rw) + 2;
    if (selh > upper / 3) selh = upper / 3;
    if (cafeh > upper - selh - 5) cafeh = upper - selh - 5;
    if (cafeh < 5) cafeh = 5;
    view_pane(v, tb, PANE_CAFE, x0 + lw, top, rw, cafeh);
    view_pane(v, tb, PANE_SELECT, x0 + lw, top + cafeh, rw, selh);
    view_pane(v, tb, PANE_CHANNELS, x0 + lw, top + cafeh + selh, rw, upper - cafeh - selh);
    view_pane(v, tb, PANE_LOG, x0, top + upper, w, logh);
}

/* Beside a lesson's narrative: one column of panes, each as tall as its
 * content wants (capped), the Source pane taking the rest; the Select pane
 * only while a goroutine is in a select, the Log behind its key (6). */
static void layout_stack(View *v, TextBuf *tb, int x0, int top, int w, int H)
{
    static const PaneId order[] = { PANE_CAFE, PANE_SELECT, PANE_CHANNELS, PANE_TIME };
    static const int cap_div[] = { 3, 4, 5, 6 };
    int h[4], used = 0;
    for (int i = 0; i < 4; i++) {
        int rows = view_pane_rows(v, order[i], w);
        h[i] = rows + 2;
        if (order[i] == PANE_SELECT && rows <= 1) h[i] = 0;
        if (order[i] == PANE_TIME && v->sn.ntimers + v->sn.nctxs + v->sn.nwgs == 0) h[i] = 0;
        if (h[i] > H / cap_div[i] && H / cap_div[i] >= 3) h[i] = H / cap_div[i];
        used += h[i];
    }
    /* a short screen keeps the Source pane readable: the panes lowest in
     * the list (Time, Channels, Select) give way first; 5-6 still open them */
    int minsrc = H * 2 / 5 < 6 ? 6 : H * 2 / 5;
    for (int i = 3; i > 0 && used > H - minsrc; i--) {
        used -= h[i];
        h[i] = 0;
    }
    if (used > H - minsrc) { h[0] = H - minsrc; used = h[0]; }
    int y = top + H - used;
    int srch = H - used;
    view_pane(v, tb, PANE_SOURCE, x0, top, w, srch);
    for (int i = 0; i < 4; i++) {
        if (h[i] <= 0) continue;
        view_pane(v, tb, order[i], x0, y, w, h[i]);
        y += h[i];
    }
}

static void layout_compact(View *v, TextBuf *tb, int x0, int top, int w, int H)
{
    int x = x0;
    for (int p = 0; p < PANE_N; p++) {
        char lab[32];
        snprintf(lab, sizeof lab, " %d %s ", p + 1, view_pane_name((PaneId)p));
        x += tb_put(tb, x, top, x0 + w - x, p == v->compact_tab ? ST_FOCUS : ST_DIM, lab);
    }
    view_pane(v, tb, (PaneId)v->compact_tab, x0, top + 1, w, H - 1);
}

void view_render(View *v, TextBuf *tb)
{
    tb_clear(tb);
    if (tb->w < VIEW_MIN_W || tb->h < VIEW_MIN_H) {
        char a[64], b[64];
        snprintf(a, sizeof a, "gocafe needs %dx%d;", VIEW_MIN_W, VIEW_MIN_H);
        snprintf(b, sizeof b, "this terminal is %dx%d.", tb->w, tb->h);
        tb_put(tb, 0, 0, tb->w, ST_ERROR, a);
        tb_put(tb, 0, 1, tb->w, ST_ERROR, b);
        tb_put(tb, 0, 2, tb->w, ST_NORMAL, "Enlarge it, or q quits.");
        return;
    }
    status_line(v, tb);
    int top = 1, H = tb->h - 2, x0 = 0, w = tb->w;
    if (v->side_w > 0 && v->side_draw && v->side_w < tb->w - 20) {
        v->side_draw(v->side_ud, tb, 0, top, v->side_w, H);
        x0 = v->side_w;
        w -= x0;
    }
    if (v->zoom) view_pane(v, tb, v->selpane, x0, top, w, H);
    else if (x0 && w >= 40 && H >= 18) layout_stack(v, tb, x0, top, w, H);
    else if (!x0 && w >= 78 && H >= 22) layout_wide(v, tb, x0, top, w, H);
    else layout_compact(v, tb, x0, top, w, H);
    command_line(v, tb);
    if (v->help) {
        int n = 0;
        while (view_help_text[n]) n++;
        overlay(tb, "help", view_help_text, n);
    } else {
        msg_overlay(v, tb);
    }
}
