/* plain.c - the plain-text back end of the views: the same panes, stacked
 * full width, printed after each step (handouts, screen readers, pipes,
 * tests).  Commands come from `in`, one per line; when `in` holds no
 * command at all the run is stepped to the end, printing every step. */
#include "view.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#pragma GCC diagnostic ignored "-Wformat-truncation"  /* UI text is cut to fit */

#define PLAIN_SOURCE_ROWS 7
#define PLAIN_CAFE_ROWS 41
#define PLAIN_LOG_ROWS 40

static void print_tb(const TextBuf *tb, bool ascii, FILE *out)
{
    char row[4096];
    for (int y = 0; y < tb->h; y++) {
        tb_row_text(tb, y, ascii, row, sizeof row);
        fputs(row, out);
        fputc('\n', out);
    }
}

static void print_pane(View *v, PaneId p, int width, int rows, FILE *out)
{
    TextBuf tb;
    tb_init(&tb, width, rows + 2);
    view_pane(v, &tb, p, 0, 0, width, rows + 2);
    print_tb(&tb, v->ascii, out);
    tb_free(&tb);
}

/* One frame: status, the answer of the last command, then the panes. */
static void plain_frame(View *v, int width, FILE *out)
{
    TextBuf tb;
    tb_init(&tb, width, 1);
    /* the status line is the first row of a full render */
    TextBuf full;
    tb_init(&full, width, VIEW_MIN_H);
    View copy = *v;
    copy.help = false;
    copy.msg[0] = '\0';
    view_render(&copy, &full);
    char row[4096];
    tb_row_text(&full, 0, v->ascii, row, sizeof row);
    fprintf(out, "%s\n", row + (row[0] == ' '));
    tb_free(&full);
    tb_free(&tb);
    v->scroll[PANE_CAFE] = copy.scroll[PANE_CAFE];
    if (v->msg[0]) fprintf(out, "%s\n", v->msg);
    Sim *s = stepper_sim(v->st);
    size_t nev = s && s->events ? s->events->n : 0;
    int cafe = view_pane_rows(v, PANE_CAFE, width - 2);
    print_pane(v, PANE_CAFE, width, cafe < PLAIN_CAFE_ROWS ? cafe : PLAIN_CAFE_ROWS, out);
    print_pane(v, PANE_SELECT, width, view_pane_rows(v, PANE_SELECT, width - 2), out);
    print_pane(v, PANE_CHANNELS, width, view_pane_rows(v, PANE_CHANNELS, width - 2), out);
    print_pane(v, PANE_TIME, width, view_pane_rows(v, PANE_TIME, width - 2), out);
    int fresh = nev > v->last_printed ? (int)(nev - v->last_printed) : 1;
    if (v->last_printed > nev) fresh = 3;   /* went back */
    if (fresh > PLAIN_LOG_ROWS) fresh = PLAIN_LOG_ROWS;
    v->scroll[PANE_LOG] = 0;
    print_pane(v, PANE_LOG, width, fresh, out);
    v->last_printed = nev;
    int src = v->nlines < PLAIN_SOURCE_ROWS ? v->nlines : PLAIN_SOURCE_ROWS;
    print_pane(v, PANE_SOURCE, width, src, out);
    fputc('\n', out);
    fflush(out);
}

int plain_run(View *v, FILE *in, FILE *out, int width)
{
    v->selpane = PANE_N;   /* no highlighted frame on paper */
    if (width < VIEW_MIN_W) width = VIEW_MIN_W;
    if (width > 1000) width = 1000;
    snprintf(v->msg, sizeof v->msg, "step %llu: the program is loaded",
             (unsigned long long)v->sn.step);
    plain_frame(v, width, out);
    bool interactive = isatty(fileno(in));
    int commands = 0;
    char line[512];
    for (;;) {
        if (interactive) { fputs("gocafe> ", out); fflush(out); }
        if (!fgets(line, sizeof line, in)) break;
        char *p = line;
        while (*p == ' ' || *p == '\t') p++;
        if (*p == '\n' || *p == '#' || !*p) continue;
        commands++;
        p[strcspn(p, "\r\n")] = '\0';
        fprintf(out, "gocafe> %s\n", p);
        int r = view_command(v, p, NULL);
        if (r == CMD_QUIT) return 0;
        if (r == CMD_PLAY) {   /* no pace on paper: play is continue */
            v->playing = false;
            view_command(v, "continue", NULL);
        }
        if (v->help) {
            for (int i = 0; view_help_text[i]; i++) fprintf(out, "%s\n", view_help_text[i]);
            v->help = false;
            continue;
        }
        plain_frame(v, width, out);
    }
    if (commands == 0) {
        while (!v->sn.ended) {
            uint64_t before = v->sn.step;
            view_command(v, "step", NULL);
            if (v->sn.step == before && v->sn.ended) break;
            plain_frame(v, width, out);
            if (v->sn.step == before) break;
        }
    }
    return 0;
}
