/* lesson_menu.c - the lesson menu, the default screen of `gocafe` on a
 * terminal (curses): the lessons in order with their state (coloured unless
 * NO_COLOR), how many are done and which one is half-way, and the start of
 * the selected lesson; arrows or j/k move, Enter opens one, q quits.  A
 * broken lesson is listed with its error.
 * The terminal is restored before the chosen lesson plays. */
#include "lesson.h"
#include <curses.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

enum { C_DONE = 1, C_STARTED, C_BROKEN };

static bool g_colour;   /* the menu's own curses session: set in lesson_menu */

static void colours(void)
{
    g_colour = has_colors() && !(getenv("NO_COLOR") && *getenv("NO_COLOR"));
    if (!g_colour) return;
    start_color();
    use_default_colors();
    init_pair(C_DONE, COLOR_GREEN, -1);
    init_pair(C_STARTED, COLOR_YELLOW, -1);
    init_pair(C_BROKEN, COLOR_RED, -1);
}

static attr_t state_attr(const LessonEntry *e, LessonState st)
{
    if (e->err[0]) return g_colour ? COLOR_PAIR(C_BROKEN) | A_BOLD : A_BOLD;
    if (st == LS_DONE) return g_colour ? COLOR_PAIR(C_DONE) : A_NORMAL;
    if (st == LS_STARTED) return g_colour ? COLOR_PAIR(C_STARTED) | A_BOLD : A_BOLD;
    return A_DIM;
}

/* The selected lesson's first paragraph, wrapped at spaces into rows
 * y0 .. y0+rows-1. */
static void preview(const LessonEntry *e, int y0, int rows, int w)
{
    const char *s = e->err[0] ? e->err : e->intro;
    for (int r = 0; r < rows && *s; r++) {
        int n = (int)strlen(s);
        if (n > w - 4) {
            n = w - 4;
            while (n > (w - 4) / 2 && s[n] != ' ') n--;
        }
        mvaddnstr(y0 + r, 2, s, n);
        s += n;
        while (*s == ' ') s++;
    }
}

static void draw(const LessonEntry *es, int n, const Progress *p, int sel, int top, int rows)
{
    erase();
    int h = LINES, w = COLS, done = 0, started = -1;
    for (int i = 0; i < n; i++) {
        LessonState st = progress_get(p, es[i].name);
        done += st == LS_DONE;
        if (st == LS_STARTED && started < 0) started = i;
    }
    attron(A_BOLD);
    mvaddnstr(0, 0, "gocafe - the course: cancellation, leaks, channels", w);
    attroff(A_BOLD);
    char sum[256];
    if (started >= 0)
        snprintf(sum, sizeof sum, "%d of %d lessons done; %s is half-way (Enter resumes it where you left it)",
                 done, n, es[started].name);
    else
        snprintf(sum, sizeof sum, "%d of %d lessons done", done, n);
    attron(A_DIM);
    mvaddnstr(1, 0, sum, w);
    attroff(A_DIM);
    for (int r = 0; r < rows && top + r < n; r++) {
        const LessonEntry *e = &es[top + r];
        LessonState st = progress_get(p, e->name);
        const char *word = e->err[0] ? "broken" : progress_state_name(st);
        if (top + r == sel) attron(A_REVERSE);
        mvhline(3 + r, 0, ' ', w);
        mvaddnstr(3 + r, 0, top + r == sel ? ">" : " ", w);
        attron(state_attr(e, st));
        mvaddnstr(3 + r, 2, word, w - 2);
        attroff(state_attr(e, st));
        mvaddnstr(3 + r, 11, e->err[0] ? e->err : e->title, w - 11 > 0 ? w - 11 : 0);
        if (top + r == sel) attroff(A_REVERSE);
    }
    int py = 3 + rows + 1, prows = h - 2 - py;
    if (prows > 0 && sel < n) {
        mvhline(py - 1, 0, ACS_HLINE, w);
        preview(&es[sel], py, prows, w);
    }
    attron(A_DIM);
    mvaddnstr(h - 1, 0, "Enter open  j/k or arrows move  q quit", w);
    attroff(A_DIM);
    refresh();
}

int lesson_menu(const LessonEntry *es, int n, const Progress *p)
{
    setlocale(LC_CTYPE, "");
    if (!initscr()) return -1;
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    colours();
    int sel = 0, top = 0, chosen = -1;
    /* start where the learner is: a lesson left half-way, else the first
     * one not done */
    while (sel < n - 1 && progress_get(p, es[sel].name) == LS_DONE) sel++;
    for (int i = 0; i < n; i++)
        if (progress_get(p, es[i].name) == LS_STARTED) { sel = i; break; }
    for (;;) {
        /* the list, then (when there is room) 4 rows of the selected lesson's start */
        int rows = LINES - 5 - 5 >= n ? n : LINES - 5 - (LINES >= 16 ? 5 : 0);
        if (rows < 1) rows = 1;
        if (sel < top) top = sel;
        if (sel >= top + rows) top = sel - rows + 1;
        draw(es, n, p, sel, top, rows);
        int k = getch();
        if (k == 'q' || k == 27 || k == ERR) break;
        if ((k == KEY_DOWN || k == 'j') && sel < n - 1) sel++;
        else if ((k == KEY_UP || k == 'k') && sel > 0) sel--;
        else if (k == KEY_HOME || k == 'g') sel = 0;
        else if (k == KEY_END || k == 'G') sel = n - 1;
        else if (k == '\n' || k == '\r' || k == KEY_ENTER) { chosen = sel; break; }
    }
    endwin();
    return chosen;
}
