/* lesson_tui.c - the full-screen lesson player: the lesson's narrative in a
 * pane at the left, the café's simulation panes (Source, Café, Select,
 * Channels, Time) beside it, on the same curses back end as `gocafe view`.
 *
 * The lesson is still played by lesson_play.c: its narrative goes into a
 * memory stream drawn here, and every pause comes here through the ask()
 * hook, which runs the key loop until the learner answers:
 *  - a checkpoint ("run until ...") waits until the learner steps to it
 *    (s, n, c ... as in the view); Enter jumps there;
 *  - a question takes a digit, a hint h, a confirmation y/n;
 *  - an exercise: e opens the file in $VISUAL/$EDITOR, and the file is
 *    watched: every save is checked at once, and the learner's program is
 *    shown in the panes, run to its end (with its leaks, if any).
 * `<` goes back to the previous pause (the lesson is replayed silently up to
 * it), q leaves (progress keeps the place). */
#include "lesson.h"
#include "lesson_text.h"
#include "view.h"
#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#pragma GCC diagnostic ignored "-Wformat-truncation"  /* UI text is cut to fit */

#define TUI_MAX_PAUSES 512
#define TUI_WATCH_MS 400
#define TUI_MIN_SIDE 70   /* narrower: the lesson's text or the café, `v` switches */

typedef struct Tui {
    const Lesson *l;
    char *narr;               /* the narrative so far (memstream) */
    size_t narr_n;
    FILE *narr_f;
    View v;
    bool have_view;
    TextBuf tb;
    bool ascii;
    int scroll;               /* narrative rows scrolled back from its end */
    const PlayPause *pp;      /* the pause being asked */
    char note[300];           /* one line under the prompt */
    bool want_prev, quit;
    bool cafe_only;           /* `v`: the café's panes alone */
    TuiEnd end;               /* what the learner chose on the last screen */
    const char *next_title;
    int pauses[TUI_MAX_PAUSES], npauses;
} Tui;

/* ---- the narrative pane ---- */

/* The bottom of the pane: what the lesson waits for, and the keys. */
static const char *pause_keys(const Tui *t)
{
    if (!t->pp) return "";
    if (t->pp->kind == ASK_END)
        return t->next_title ? "Enter the next lesson   m the menu   q quit" : "Enter the menu   q quit";
    switch (t->pp->kind) {
    case ASK_REACH: return "s step  n next  c continue  Enter jump there  < back  q quit";
    case ASK_CHOICE: return "type the number of your answer   < back  q quit";
    case ASK_HINT: return "h show the hint   Enter go on   < back  q quit";
    case ASK_EXERCISE: return "e edit  Enter check  h hint  w solution  x reset  k skip  q quit";
    case ASK_CONFIRM: return "y yes   n no";
    default: return "Enter go on   < back   q quit";
    }
}

/* Where the learner is: the pauses (checkpoints, questions, exercises) up to
 * the current one, of all the lesson's. */
static bool pause_item(const LessonItem *it)
{
    return it->op == LO_RUN || it->op == LO_ASK || it->op == LO_EXERCISE;
}

static void lesson_progress(const Tui *t, int *at, int *of)
{
    int cur = t->pp ? t->pp->item : 0;
    *at = *of = 0;
    for (int i = 0; i < t->l->n; i++) {
        if (!pause_item(&t->l->items[i])) continue;
        (*of)++;
        if (i <= cur) (*at)++;
    }
    if (*at > *of) *at = *of;
}

static void narr_draw(void *ud, TextBuf *tb, int x, int y, int w, int h)
{
    Tui *t = ud;
    fflush(t->narr_f);
    char where[64];
    int at, of;
    lesson_progress(t, &at, &of);
    if (t->scroll) snprintf(where, sizeof where, "PgDn: newer");
    else if (of) snprintf(where, sizeof where, "%d of %d", at, of);
    else where[0] = '\0';
    char title[200];   /* cut so that the note fits beside it */
    snprintf(title, sizeof title, "%s", t->l->title);
    int maxcols = w - 11 - (int)strlen(where), cols = 0;   /* + "..." and tb_box's padding */
    for (size_t i = 0; title[i]; i++)
        if (((unsigned char)title[i] & 0xC0) != 0x80 && ++cols > maxcols && maxcols > 3) {
            memcpy(title + i, "...", 4);
            break;
        }
    tb_box(tb, x, y, w, h, title, where, false);
    int iw = w - 2, ix = x + 1, iy = y + 1;
    /* the foot: the pause's words (wrapped), the note, the keys */
    const char *prompt = t->pp ? t->pp->prompt : "";
    int prow = *prompt ? text_layout(prompt, strlen(prompt), iw, NULL, NULL) : 0;
    int foot = prow + 1 + (t->note[0] != 0);
    int ih = h - 2 - foot;
    if (ih < 1) { ih = h - 2; foot = 0; }
    int total = text_layout(t->narr, t->narr_n, iw, NULL, NULL);
    int maxback = total > ih ? total - ih : 0;
    if (t->scroll > maxback) t->scroll = maxback;
    int first = total - ih - t->scroll;
    text_draw(tb, ix, iy, iw, ih, t->narr, t->narr_n, first < 0 ? 0 : first);
    if (!foot) return;
    int fy = iy + ih;
    tb_fill(tb, ix, fy, iw, BX_H, ST_BORDER);
    for (int r = 0; r < prow; r++) tb_fill(tb, ix, fy + 1 + r, iw, ' ', ST_FOCUS);
    text_draw(tb, ix, fy + 1, iw, prow, prompt, strlen(prompt), 0);
    for (int r = 0; r < prow; r++)   /* the whole prompt in the focus colour */
        for (int k = 0; k < iw; k++) tb->st[(size_t)(fy + 1 + r) * (size_t)tb->w + (size_t)(ix + k)] = ST_FOCUS;
    int ny = fy + 1 + prow;
    if (t->note[0]) tb_put(tb, ix, ny++, iw, ST_WON, t->note);
    if (ny < y + h - 1) tb_put(tb, ix, ny, iw, ST_DIM, pause_keys(t));
    else tb_put(tb, ix + 1, y + h - 1, iw - 2, ST_DIM, pause_keys(t));
}

/* ---- drawing ---- */

static int side_width(int cols)
{
    int w = cols >= 100 ? cols * 42 / 100 : cols / 2;
    if (w > 72) w = 72;
    return w < 30 ? 30 : w;
}

/* Before a program is loaded: the narrative alone, full width. */
static void render_alone(Tui *t)
{
    term_fit(&t->tb);
    TextBuf *tb = &t->tb;
    tb_clear(tb);
    tb_fill(tb, 0, 0, tb->w, ' ', ST_STATUS);
    tb_put(tb, 0, 0, tb->w, ST_STATUS, " gocafe lesson");
    int w = tb->w > 100 ? 100 : tb->w;
    narr_draw(t, tb, 0, 1, w, tb->h - 2);
    tb_put(tb, 0, tb->h - 1, tb->w, ST_DIM, t->have_view ? "v the café   PgUp/PgDn scroll   q leave (your place is kept)"
                                                          : "PgUp/PgDn scroll   q leave (your place is kept)");
    term_show(tb, t->ascii);
}

/* Side by side when there is room; `v` shows the café alone (a projector,
 * a narrow terminal) and back.  Below TUI_MIN_SIDE columns the lesson's
 * text fills the screen until `v`. */
static void render(Tui *t)
{
    if (!t->have_view) { render_alone(t); return; }
    if (t->v.sn.step != stepper_pos(t->v.st)) view_refresh(&t->v);   /* the player moved it */
    int h, w;
    getmaxyx(stdscr, h, w);
    (void)h;
    if (!t->cafe_only && w < TUI_MIN_SIDE) { render_alone(t); return; }
    t->v.side_w = t->cafe_only ? 0 : side_width(w);
    term_draw(&t->v, &t->tb);
}

/* ---- the hooks ---- */

static void tui_loaded(void *ui, Stepper *st, const char *src, size_t len)
{
    Tui *t = ui;
    if (t->have_view) view_free(&t->v);
    t->have_view = false;
    if (!st || !stepper_loaded(st)) return;
    view_init(&t->v, st, "main.go", src, len);
    t->v.ascii = t->ascii;
    t->v.side_draw = narr_draw;
    t->v.side_ud = t;
    t->v.selpane = PANE_CAFE;
    snprintf(t->v.msg, sizeof t->v.msg, "s steps, b goes back, Tab focuses a goroutine, ? shows every key");
    t->have_view = true;
    term_set_view(&t->v);
}

/* Runs the learner's editor on file, the terminal handed over meanwhile. */
static void run_editor(Tui *t, const char *file)
{
    const char *ed = getenv("VISUAL");
    if (!ed || !*ed) ed = getenv("EDITOR");
    if (!ed || !*ed) ed = access("/usr/bin/editor", X_OK) == 0 ? "editor" : "vi";
    term_suspend();
    pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", "$0 \"$1\"", ed, file, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    if (pid > 0) while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    term_resume();
    if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) == 127)
        snprintf(t->note, sizeof t->note, "could not run the editor %s: set $EDITOR", ed);
}

static bool file_stamp(const char *file, struct stat *sb)
{
    memset(sb, 0, sizeof *sb);
    return file && stat(file, sb) == 0;
}

static bool stamp_changed(const struct stat *a, const struct stat *b)
{
    return a->st_size != b->st_size || a->st_mtim.tv_sec != b->st_mtim.tv_sec ||
           a->st_mtim.tv_nsec != b->st_mtim.tv_nsec;
}

/* A lesson key for this pause: writes the answer and returns 1, 0 when the
 * key is not the lesson's, -1 to leave (quit or back). */
static int lesson_key(Tui *t, const PlayPause *pp, int ch, char *buf, size_t len)
{
    bool enter = ch == '\r' || ch == '\n' || ch == KEY_ENTER;
    if (pp->kind == ASK_END) {
        t->end = ch == 'q' ? TUI_QUIT : ch == 'm' || (enter && !t->next_title) ? TUI_MENU : TUI_NEXT;
        return ch == 'q' || ch == 'm' || enter ? 1 : 0;
    }
    if (ch == 'q' && pp->kind != ASK_CONFIRM) { t->quit = true; return -1; }
    if (ch == '<' && pp->kind != ASK_CONFIRM) { t->want_prev = true; return -1; }
    if (ch == '?' && t->have_view && !strchr(t->v.msg, '\n')) {   /* the lesson's keys over the panes */
        snprintf(t->v.msg, sizeof t->v.msg, "%s",
                 "the lesson   Enter go on / jump to the checkpoint   < back a pause   q leave\n"
                 "             PgUp/PgDn the lesson's text   v the café alone (and back)\n"
                 "question     1-9 your answer      hint   h show it\n"
                 "exercise     e edit in $EDITOR (every save is checked)   Enter check now\n"
                 "             h hint   w solution (after 3 tries)   x reset   k skip\n"
                 "the café     s step  n next  c continue  b back  Tab focus  : command\n"
                 "             z zoom a pane (1-6 pick it)   : help lists every command");
        return 2;
    }
    if (ch == 'v' && t->have_view) {
        t->cafe_only = !t->cafe_only;
        snprintf(t->v.msg, sizeof t->v.msg, t->cafe_only ? "the café alone: v brings the lesson back"
                                                         : "the lesson beside the café: v shows the café alone");
        return 2;
    }
    if (ch == KEY_PPAGE || ch == KEY_UP) { t->scroll += ch == KEY_UP ? 1 : 10; return 2; }
    if (ch == KEY_NPAGE || ch == KEY_DOWN) {
        t->scroll -= ch == KEY_DOWN ? 1 : 10;
        if (t->scroll < 0) t->scroll = 0;
        return 2;
    }
    switch (pp->kind) {
    case ASK_GO_ON: case ASK_REACH:
        if (enter || ch == '>') return 1;
        return 0;
    case ASK_CHOICE:
        if (ch >= '1' && ch <= '9' && ch - '0' <= pp->nchoices) { snprintf(buf, len, "%c", ch); return 1; }
        if (ch >= '0' && ch <= '9') { snprintf(t->note, sizeof t->note, "a number from 1 to %d", pp->nchoices); return 2; }
        return 0;
    case ASK_HINT:
        if (ch == 'h') { snprintf(buf, len, "h"); return 1; }
        return enter || ch == '>' ? 1 : 0;
    case ASK_CONFIRM:
        snprintf(buf, len, ch == 'y' ? "y" : "n");
        return ch == 'y' || ch == 'n' || ch == 27 ? 1 : 2;
    case ASK_END: break;
    case ASK_EXERCISE:
        if (enter) return 1;
        if (ch == 'e') { run_editor(t, pp->file); return 1; }
        if (ch == 'h') { snprintf(buf, len, "h"); return 1; }
        if (ch == 'w') { snprintf(buf, len, "s"); return 1; }
        if (ch == 'x') { snprintf(buf, len, "reset"); return 1; }
        if (ch == 'k') { snprintf(buf, len, "skip"); return 1; }
        return 0;
    }
    return 0;
}

static void note_pause(Tui *t, int item)
{
    if (t->npauses && t->pauses[t->npauses - 1] == item) return;
    if (t->npauses < TUI_MAX_PAUSES) t->pauses[t->npauses++] = item;
}

static bool tui_ask(void *ui, const PlayPause *pp, char *buf, size_t len)
{
    Tui *t = ui;
    t->pp = pp;
    t->scroll = 0;
    if (pp->kind == ASK_END)
        snprintf(t->note, sizeof t->note, "Next: %s", t->next_title ? t->next_title : "that was the last lesson");
    note_pause(t, pp->item);
    struct stat seen, now;
    bool watching = pp->kind == ASK_EXERCISE && file_stamp(pp->file, &seen);
    int r = 0;
    while (r != 1 && r != -1) {
        if (pp->kind == ASK_REACH && pp->st && stepper_pos(pp->st) >= pp->target) {
            snprintf(t->note, sizeof t->note, "✓ checkpoint reached at step %llu", (unsigned long long)pp->target);
            r = 1;
            break;
        }
        render(t);
        bool intr = false;
        int ch = term_getkey(watching ? TUI_WATCH_MS : -1, &intr);
        if (watching && file_stamp(pp->file, &now) && stamp_changed(&seen, &now)) {
            snprintf(t->note, sizeof t->note, "saved: checking %s", pp->file);
            r = 1;
            break;
        }
        if (ch == ERR) continue;
        if (t->have_view && term_prompt_open(&t->v)) { term_key(&t->v, &t->tb, ch); continue; }
        if (t->have_view && (strchr(t->v.msg, '\n') || t->v.help)) {   /* an overlay: the key closes it */
            term_key(&t->v, &t->tb, ch);
            continue;
        }
        if (ch == '?' && !t->have_view) continue;
        t->note[0] = '\0';
        r = lesson_key(t, pp, ch, buf, len);
        if (r == 0 && t->have_view && ch != 'q') term_key(&t->v, &t->tb, ch);
    }
    t->pp = NULL;
    return r == 1;
}

/* ---- the lesson ---- */

/* Where `<` goes: the pause before the current one. */
static int prev_pause(Tui *t)
{
    if (t->npauses) t->npauses--;
    int item = t->npauses ? t->pauses[t->npauses - 1] : 0;
    if (t->npauses) t->npauses--;   /* it is noted again when asked */
    return item;
}

static bool utf8(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "utf8") == 0);
}

TuiEnd lesson_play_tui(const Lesson *l, const PlayOpts *o, const char *next_title, int *status)
{
    setlocale(LC_CTYPE, "");
    Tui *t = calloc(1, sizeof *t);
    if (!t) abort();
    t->l = l;
    t->ascii = !utf8();
    t->next_title = next_title;
    tb_init(&t->tb, 1, 1);
    t->end = TUI_QUIT;
    if (!term_begin(NULL)) { free(t); *status = 1; return TUI_QUIT; }
    PlayOpts po = *o;
    po.ask = tui_ask;
    po.loaded = tui_loaded;
    po.ui = t;
    po.pause = false;
    for (;;) {
        t->narr_f = open_memstream(&t->narr, &t->narr_n);
        if (!t->narr_f) abort();
        po.out = t->narr_f;
        t->want_prev = t->quit = false;
        *status = lesson_play_plain(l, &po);
        fclose(t->narr_f);
        free(t->narr);
        t->narr = NULL;
        if (!t->want_prev) break;
        po.start_item = prev_pause(t);
        if (t->have_view) view_free(&t->v);
        t->have_view = false;
        t->note[0] = '\0';
    }
    if (t->have_view) view_free(&t->v);
    term_end(NULL);
    tb_free(&t->tb);
    TuiEnd end = t->end;
    free(t);
    return end;
}
