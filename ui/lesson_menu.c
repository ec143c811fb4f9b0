/* lesson_menu.c - the lesson menu, the default screen of `gocafe` on a
 * terminal (curses): the lessons in order with their state; arrows or j/k
 * move, Enter opens one, q quits.  A broken lesson is listed with its error.
 * The terminal is restored before the chosen lesson plays. */
#include "lesson.h"
#include <curses.h>
#include <locale.h>
#include <string.h>

static void draw(const LessonEntry *es, int n, const Progress *p, int sel, int top)
{
    erase();
    int h = LINES, w = COLS;
    attron(A_BOLD);
    mvaddnstr(0, 0, "gocafe - the course: cancellation, leaks, channels", w);
    attroff(A_BOLD);
    int rows = h - 3;
    for (int r = 0; r < rows && top + r < n; r++) {
        const LessonEntry *e = &es[top + r];
        const char *st = e->err[0] ? "broken" : progress_state_name(progress_get(p, e->name));
        char line[1024];      /* room for the status and a whole error text */
        snprintf(line, sizeof line, " %-8s %s", st, e->err[0] ? e->err : e->title);
        if (top + r == sel) attron(A_REVERSE);
        mvaddnstr(2 + r, 0, line, w);
        if (top + r == sel) attroff(A_REVERSE);
    }
    mvaddnstr(h - 1, 0, "Enter open  j/k or arrows move  q quit", w);
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
    int sel = 0, top = 0, chosen = -1;
    /* start where the learner is: a lesson left half-way, else the first
     * one not done */
    while (sel < n - 1 && progress_get(p, es[sel].name) == LS_DONE) sel++;
    for (int i = 0; i < n; i++)
        if (progress_get(p, es[i].name) == LS_STARTED) { sel = i; break; }
    for (;;) {
        int rows = LINES - 3 > 1 ? LINES - 3 : 1;
        if (sel < top) top = sel;
        if (sel >= top + rows) top = sel - rows + 1;
        draw(es, n, p, sel, top);
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
