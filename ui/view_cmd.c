/* view_cmd.c - the commands of `gocafe view`, shared by the curses and the
 * plain back ends: each acts on the Stepper (the only way the views change
 * the simulation), refreshes the snapshot and leaves its answer in v->msg.
 * Long runs (continue, play) go in chunks and poll *stop, so Ctrl-C ends
 * them and never gocafe; the caller clears *stop. */
#include "view.h"
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <strings.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#pragma GCC diagnostic ignored "-Wformat-truncation"  /* UI text is cut to fit */

#define RUN_CHUNK 2000   /* steps between Ctrl-C checks in continue */

static const char *const COMMANDS[] = {
    "step", "next", "continue", "until", "back", "goto", "restart", "seed", "play", "pause",
    "focus", "pick", "save", "load", "break", "clear", "pane", "zoom", "help", "quit", NULL
};
static const char *const UNTIL_WHAT[] = {
    "block", "exit", "leak", "deadlock", "line", "time", "end", "choice", NULL
};

const char *const view_help_text[] = {
    "keys   s step    n next statement of the focused goroutine",
    "       c continue (Ctrl-C stops)    b back one step    r restart",
    "       space play/pause    Tab focus the next goroutine    1-6 pane",
    "       PgUp/PgDn/arrows scroll the pane    z zoom it    : command    q quit",
    "       Enter in the scrolled Log (6) goes back to that event's step",
    "commands (Tab completes):",
    "  step [N]            next                continue",
    "  until block|exit|leak|deadlock|choice|end [Gn]",
    "  until line N | until time T (1.2s, 500ms)",
    "  back [N]   goto N   restart   seed N   play [steps/s]   pause",
    "  focus Gn|none       break N | clear (breakpoints for continue)",
    "  pick                list the latest choice: who could run, which cases were ready",
    "  pick Gn | pick case K | pick STEP K     you are the scheduler",
    "  save FILE | load FILE    the schedule (seed + your picks)",
    "  pane NAME | zoom    help    quit",
    "Each barista line says the cafe's words, then Go's own [wait reason].",
    NULL
};

const char *view_key_command(int key)
{
    switch (key) {
    case 's': return "step";
    case 'n': return "next";
    case 'c': return "continue";
    case 'b': return "back";
    case 'r': return "restart";
    case 'q': return "quit";
    case 'p': return "pick";
    default: return NULL;
    }
}

const char *view_complete(View *v, const char *prefix, int i, char *buf, size_t len)
{
    size_t n = strlen(prefix);
    int k = 0;
    for (int c = 0; COMMANDS[c]; c++)
        if (strncmp(COMMANDS[c], prefix, n) == 0 && k++ == i) return COMMANDS[c];
    for (int c = 0; UNTIL_WHAT[c]; c++)
        if (n && strncmp(UNTIL_WHAT[c], prefix, n) == 0 && k++ == i) return UNTIL_WHAT[c];
    for (int g = 1; g <= v->sn.ngs; g++) {
        snprintf(buf, len, "G%d", g);
        if (strncasecmp(buf, prefix, n) == 0 && k++ == i) return buf;
    }
    return NULL;
}

/* "1.2s", "500ms", "2" (seconds) -> ns; false on a bad value. */
static bool parse_dur(const char *s, int64_t *ns)
{
    char *end;
    errno = 0;
    double d = strtod(s, &end);
    if (end == s || errno) return false;
    double mul = 1e9;
    if (strcmp(end, "ms") == 0) mul = 1e6;
    else if (strcmp(end, "us") == 0 || strcmp(end, "µs") == 0) mul = 1e3;
    else if (strcmp(end, "ns") == 0) mul = 1;
    else if (strcmp(end, "m") == 0) mul = 60e9;
    else if (*end && strcmp(end, "s") != 0) return false;
    *ns = (int64_t)(d * mul + 0.5);
    return true;
}

static bool parse_g(View *v, const char *s, int64_t *g)
{
    if (*s == 'G' || *s == 'g') s++;
    char *end;
    long long n = strtoll(s, &end, 10);
    if (end == s || *end || n < 1 || n > v->sn.ngs) return false;
    *g = n;
    return true;
}

/* A different run may number channels differently. */
static void view_forget_names(View *v)
{
    free(v->chnames);
    v->chnames = NULL;
    v->nchnames = 0;
    v->named_upto = 0;
}

static void say(View *v, bool err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void say(View *v, bool err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v->msg, sizeof v->msg, fmt, ap);
    va_end(ap);
    v->msg_error = err;
}

/* After a move: refresh, and say what happened last (and whether a choice
 * was made that the user could pick differently). */
static void moved(View *v, uint64_t from, StepStop stop)
{
    v->prev_pos = from;
    view_refresh(v);
    if (stop == STOP_ERROR) {
        say(v, true, "the program did not compile");
        return;
    }
    Sim *s = stepper_sim(v->st);
    char last[400] = "";
    if (s && s->events && s->events->n) view_event_words(v, &s->events->v[s->events->n - 1], last, sizeof last);
    int nc = 0;
    const ChoicePoint *cp = stepper_choices(v->st, &nc);
    const char *choice = "";
    if (nc && !cp[nc - 1].forced && cp[nc - 1].step >= from && cp[nc - 1].step < v->sn.step)
        choice = cp[nc - 1].kind == CHOOSE_RUN ? "  (several could run: p lists them)"
                                               : "  (several cases were ready: p lists them)";
    if (v->sn.ended && stop == STOP_ENDED && from == v->sn.step)
        say(v, false, "the run has ended; b goes back, r restarts");
    else
        say(v, false, "step %llu: %s%s", (unsigned long long)v->sn.step, last, choice);
}

/* continue: to the end (or a breakpoint) in chunks, so Ctrl-C can stop it. */
static StepStop run_to_end(View *v, volatile int *stop)
{
    if (v->nbps) {
        StepCond c = { .until = UNTIL_LINE, .lines = v->bps, .nlines = v->nbps };
        return stepper_run(v->st, &c);
    }
    for (;;) {
        StepCond c = { .until = UNTIL_STEP, .step = stepper_pos(v->st) + RUN_CHUNK };
        StepStop r = stepper_run(v->st, &c);
        if (r != STOP_MATCHED) return r;
        if (stop && *stop) return STOP_MATCHED;   /* the caller reports and clears it */
    }
}

static int cmd_pick(View *v, char **arg, int nargs)
{
    int n = 0;
    const ChoicePoint *cps = stepper_choices(v->st, &n);
    if (!n) {
        say(v, false, "no choice so far: at every step only one goroutine could run and one case was ready");
        return CMD_OK;
    }
    const ChoicePoint *cp = &cps[n - 1];
    Sim *s = stepper_sim(v->st);
    if (nargs == 0) {
        char buf[512];
        int k = snprintf(buf, sizeof buf, "step %llu: ", (unsigned long long)cp->step);
        int chosen = -1;
        if (s && s->events && cp->step < s->events->n) {
            const Event *e = &s->events->v[cp->step];
            for (int i = 0; i < cp->n && i < STEP_MAX_CAND; i++)
                if ((cp->kind == CHOOSE_RUN && cp->cand[i] == e->g) ||
                    (cp->kind == CHOOSE_SELECT && cp->cand[i] == e->b)) chosen = i;
        }
        if (cp->kind == CHOOSE_RUN)
            k += snprintf(buf + k, sizeof buf - (size_t)k, "%d goroutines could run:", cp->n);
        else
            k += snprintf(buf + k, sizeof buf - (size_t)k, "G%lld's select had %d ready cases:",
                          (long long)cp->g, cp->n);
        int32_t selline = s && s->events && cp->step < s->events->n ? s->events->v[cp->step].line : 0;
        for (int i = 0; i < cp->n && i < STEP_MAX_CAND; i++) {
            char text[96] = "";
            if (cp->kind == CHOOSE_SELECT && view_case_text(v, selline, (int)cp->cand[i], text + 2, sizeof text - 2))
                memcpy(text, ": ", 2);
            k += snprintf(buf + k, sizeof buf - (size_t)k, "\n  %s %s%lld%s%s", i == chosen ? "->" : "  ",
                          cp->kind == CHOOSE_RUN ? "G" : "case ", (long long)cp->cand[i], text,
                          i == chosen ? (cp->forced ? "  (picked by you)" : "  (Go's choice, seeded)") : "");
        }
        snprintf(buf + k, sizeof buf - (size_t)k, "\n%s", cp->kind == CHOOSE_RUN ?
                 "pick Gn runs another one there" : "pick case K makes another case win");
        say(v, false, "%s", buf);
        return CMD_OK;
    }
    uint64_t step = cp->step;
    const char *want = arg[0];
    if (nargs == 2 && isdigit((unsigned char)arg[0][0]) && strcmp(arg[0], "case") != 0) {
        step = strtoull(arg[0], NULL, 10);
        want = arg[1];
        cp = NULL;
        for (int i = 0; i < n; i++) if (cps[i].step == step) cp = &cps[i];
        if (!cp) { say(v, true, "step %llu is not a choice point (pick lists the latest)", (unsigned long long)step); return CMD_OK; }
    } else if (nargs == 2 && strcmp(arg[0], "case") == 0) {
        want = arg[1];
    }
    int index = -1;
    long long w = strtoll(want + (*want == 'G' || *want == 'g'), NULL, 10);
    for (int i = 0; i < cp->n && i < STEP_MAX_CAND; i++) if (cp->cand[i] == w) index = i;
    if (index < 0) { say(v, true, "%s is not one of the candidates (pick lists them)", want); return CMD_OK; }
    uint64_t from = stepper_pos(v->st);
    if (!stepper_force(v->st, step, (ChooseKind)cp->kind, index)) {
        say(v, true, "cannot force that choice");
        return CMD_OK;
    }
    view_forget_names(v);
    moved(v, from < step ? from : step, STOP_MATCHED);
    char keep[400];
    snprintf(keep, sizeof keep, "%s", v->msg);
    say(v, false, "you picked %s%s at step %llu (later picks are dropped: a new branch). %s",
        cp->kind == CHOOSE_SELECT ? "case " : "", want,
        (unsigned long long)step, keep);
    return CMD_OK;
}

static int cmd_until(View *v, char **arg, int nargs, volatile int *stop)
{
    if (!nargs) { say(v, true, "until what? block, exit, leak, deadlock, choice, end, line N, time T"); return CMD_OK; }
    StepCond c = {0};
    int32_t line;
    const char *w = arg[0];
    int gi = 1;
    if (strcmp(w, "block") == 0) c.until = UNTIL_BLOCK;
    else if (strcmp(w, "exit") == 0) c.until = UNTIL_EXIT;
    else if (strcmp(w, "leak") == 0) c.until = UNTIL_LEAK;
    else if (strcmp(w, "deadlock") == 0) c.until = UNTIL_DEADLOCK;
    else if (strcmp(w, "choice") == 0) c.until = UNTIL_CHOICE;
    else if (strcmp(w, "end") == 0) c.until = UNTIL_END;
    else if (strcmp(w, "line") == 0 && nargs >= 2 && (line = (int32_t)atoi(arg[1])) > 0) {
        c.until = UNTIL_LINE;
        c.lines = &line;
        c.nlines = 1;
        gi = 2;
    } else if (strcmp(w, "time") == 0 && nargs >= 2 && parse_dur(arg[1], &c.time)) {
        c.until = UNTIL_TIME;
        gi = 2;
    } else { say(v, true, "until %s? block, exit, leak, deadlock, choice, end, line N, time T", w); return CMD_OK; }
    if (nargs > gi && (c.g = strtoll(arg[gi] + (arg[gi][0] == 'G' || arg[gi][0] == 'g'), NULL, 10)) < 1) { say(v, true, "no goroutine %s", arg[gi]); return CMD_OK; }
    uint64_t from = stepper_pos(v->st);
    StepStop r = c.until == UNTIL_END ? run_to_end(v, stop) : stepper_run(v->st, &c);
    moved(v, from, r);
    if (r == STOP_ENDED && c.until != UNTIL_END) {
        char keep[400];
        snprintf(keep, sizeof keep, "%s", v->msg);
        say(v, false, "the run ended first. %s", keep);
    }
    return CMD_OK;
}

static void add_break(View *v, int32_t line)
{
    for (int i = 0; i < v->nbps; i++) if (v->bps[i] == line) return;
    if (v->nbps < (int)(sizeof v->bps / sizeof v->bps[0])) v->bps[v->nbps++] = line;
}

static bool pane_by_name(const char *s, PaneId *p)
{
    for (int i = 0; i < PANE_N; i++)
        if (strncasecmp(view_pane_name((PaneId)i), s, strlen(s)) == 0 ||
            (i == PANE_CAFE && strncasecmp("cafe", s, strlen(s)) == 0)) {
            *p = (PaneId)i;
            return true;
        }
    return false;
}

int view_command(View *v, const char *line, volatile int *stop)
{
    char buf[512];
    char *arg[8];
    int nargs = 0;
    snprintf(buf, sizeof buf, "%s", line);
    for (char *p = strtok(buf, " \t\r\n"); p && nargs < 8; p = strtok(NULL, " \t\r\n")) arg[nargs++] = p;
    if (!nargs) return CMD_OK;
    const char *cmd = arg[0];
    char **a = arg + 1;
    int na = nargs - 1;
    uint64_t from = stepper_pos(v->st), n;
    v->msg_error = false;
    if (strcmp(cmd, "step") == 0 || strcmp(cmd, "s") == 0) {
        n = na ? strtoull(a[0], NULL, 10) : 1;
        StepStop r = STOP_MATCHED;
        for (uint64_t i = 0; i < n && r == STOP_MATCHED; i++) {
            r = stepper_step(v->st);
            if (stop && *stop) break;
        }
        moved(v, from, r);
    } else if (strcmp(cmd, "next") == 0 || strcmp(cmd, "n") == 0) {
        StepCond c = { .until = UNTIL_STMT, .g = v->shown ? v->shown : 1 };
        moved(v, from, stepper_run(v->st, &c));
    } else if (strcmp(cmd, "continue") == 0 || strcmp(cmd, "c") == 0) {
        moved(v, from, run_to_end(v, stop));
    } else if (strcmp(cmd, "until") == 0) {
        return cmd_until(v, a, na, stop);
    } else if (strcmp(cmd, "back") == 0 || strcmp(cmd, "b") == 0) {
        n = na ? strtoull(a[0], NULL, 10) : 1;
        StepStop r = STOP_MATCHED;
        for (uint64_t i = 0; i < n; i++) r = stepper_back(v->st);
        moved(v, from, r);
    } else if (strcmp(cmd, "goto") == 0 && na == 1) {
        moved(v, from, stepper_goto(v->st, strtoull(a[0], NULL, 10)));
    } else if (strcmp(cmd, "restart") == 0 || strcmp(cmd, "r") == 0) {
        moved(v, 0, stepper_restart(v->st));
    } else if (strcmp(cmd, "seed") == 0 && na == 1 && isdigit((unsigned char)a[0][0])) {
        StepStop r = stepper_set_seed(v->st, strtoull(a[0], NULL, 10));
        view_forget_names(v);
        moved(v, 0, r);
        char keep[400];
        snprintf(keep, sizeof keep, "%s", v->msg);
        say(v, false, "seed %s: a new run from the start (your picks are dropped). %s", a[0], keep);
    } else if (strcmp(cmd, "play") == 0) {
        if (na) v->pace = atoi(a[0]) > 0 ? atoi(a[0]) : 4;
        v->playing = true;
        say(v, false, "playing at %d steps/s: space pauses", v->pace);
        return CMD_PLAY;
    } else if (strcmp(cmd, "pause") == 0) {
        v->playing = false;
        say(v, false, "paused");
    } else if (strcmp(cmd, "focus") == 0 && na == 1) {
        int64_t g;
        if (strcmp(a[0], "none") == 0) { v->focus = 0; say(v, false, "following the action"); }
        else if (parse_g(v, a[0], &g)) { v->focus = g; say(v, false, "focus on G%lld", (long long)g); }
        else say(v, true, "no goroutine %s (there are %d)", a[0], v->sn.ngs);
        view_refresh(v);
    } else if (strcmp(cmd, "pick") == 0 || strcmp(cmd, "p") == 0) {
        return cmd_pick(v, a, na);
    } else if ((strcmp(cmd, "save") == 0 || strcmp(cmd, "load") == 0) && na == 1) {
        char err[512];
        bool ok = cmd[0] == 's' ? stepper_schedule_save(v->st, a[0], err, sizeof err)
                                : stepper_schedule_load(v->st, a[0], err, sizeof err);
        if (!ok) say(v, true, "%s", err);
        else if (cmd[0] == 's') say(v, false, "schedule saved to %s: gocafe view --schedule %s replays it", a[0], a[0]);
        else { view_forget_names(v); moved(v, 0, STOP_MATCHED); say(v, false, "schedule %s loaded: restarted", a[0]); }
    } else if (strcmp(cmd, "break") == 0 && na == 1 && atoi(a[0]) > 0) {
        add_break(v, atoi(a[0]));
        say(v, false, "breakpoint at line %d: continue stops there", atoi(a[0]));
    } else if (strcmp(cmd, "clear") == 0) {
        v->nbps = 0;
        say(v, false, "breakpoints cleared");
    } else if (strcmp(cmd, "pane") == 0 && na == 1) {
        PaneId p;
        if (pane_by_name(a[0], &p)) { v->selpane = p; v->compact_tab = p; say(v, false, "pane %s", view_pane_name(p)); }
        else say(v, true, "no pane %s", a[0]);
    } else if (strcmp(cmd, "zoom") == 0) {
        v->zoom = !v->zoom;
    } else if (strcmp(cmd, "help") == 0 || strcmp(cmd, "?") == 0) {
        v->help = true;
        say(v, false, "help: any key closes it");
    } else if (strcmp(cmd, "quit") == 0 || strcmp(cmd, "q") == 0 || strcmp(cmd, "exit") == 0) {
        return CMD_QUIT;
    } else {
        say(v, true, "unknown command %s (help lists them)", line);
    }
    return CMD_OK;
}
