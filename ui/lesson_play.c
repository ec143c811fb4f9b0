/* lesson_play.c - the plain-text lesson player (`gocafe lesson NAME --plain`):
 * for screen readers, pipes and the test suite.
 *
 * Plays the items of a parsed Lesson in order: prints the narrative; loads
 * programs into a Stepper (the same engine and Café pane as `gocafe view`);
 * runs until conditions; checks expectations against snapshots and says
 * whether each holds; asks questions, reading answers from `in`; shows hints
 * on request; sets exercises (starting code written to a file, checks run on
 * the file the learner names, the reference solution after max_tries failed
 * checks).  Every prompt reads one line, so a file of answers plays a lesson
 * non-interactively; end of input stops the lesson (not completed).
 * Programs run only inside the simulator. */
#include "lesson.h"
#include "readfile.h"
#include "sim.h"
#include "step.h"
#include "snapshot.h"
#include "view.h"
#include <ctype.h>
#include <stdarg.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PLAY_WIDTH 78
#define PLAY_MAX_SOURCE (4u << 20)
#define PLAY_PROG_FILE "main.go"

typedef struct Player {
    const Lesson *l;
    const PlayOpts *o;
    FILE *in, *out;
    Stepper *st;          /* the loaded program, or NULL */
    int prog;             /* its item */
    int failed;           /* expectations that did not hold */
    bool quiet;           /* replaying up to the resume point */
    int item;             /* the item being played */
    PlayPause pp;         /* the pause being asked (full-screen player) */
    Stepper *mine;        /* the learner's checked exercise, for the panes */
} Player;

/* Something in the lesson did not hold: counted, and in check mode written
 * as `file:line: message` (the message's first line). */
static void failed_at(Player *p, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void failed_at(Player *p, int line, const char *fmt, ...)
{
    p->failed++;
    if (!p->o->check || !p->o->errs) return;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(p->o->errs, "%s:%d: %s\n", p->l->path, line, msg);
}

/* ---- running a whole program (output, stderr, exercise checks) ---- */

typedef struct Capture {
    char *b[2];
    size_t n[2], cap[2];
} Capture;

static void cap_write(void *ud, int fd, const char *buf, size_t n)
{
    Capture *c = ud;
    int k = fd == 2;
    if (c->n[k] + n > PLAY_MAX_SOURCE) return;   /* a runaway program: keep the start */
    if (c->n[k] + n + 1 > c->cap[k]) {
        c->cap[k] = (c->n[k] + n + 1) * 2;
        c->b[k] = realloc(c->b[k], c->cap[k]);
        if (!c->b[k]) abort();
    }
    memcpy(c->b[k] + c->n[k], buf, n);
    c->n[k] += n;
    c->b[k][c->n[k]] = '\0';
}

typedef struct RunOut {
    Capture c;            /* stdout b[0], stderr b[1] (NUL-terminated, may be NULL) */
    SimResult res;
    int exit_code;
    int leaks;
    int64_t now;
    bool deadlock;
    bool compiled;
} RunOut;

static const char *out_text(const RunOut *r, int k) { return r->c.b[k] ? r->c.b[k] : ""; }

static void run_free(RunOut *r)
{
    free(r->c.b[0]);
    free(r->c.b[1]);
    memset(r, 0, sizeof *r);
}

static void run_whole(const char *src, size_t len, uint64_t seed, uint64_t budget,
                      const Schedule *sch, RunOut *r)
{
    memset(r, 0, sizeof *r);
    SimConfig cfg = { .seed = seed, .step_budget = budget, .write = cap_write, .write_ud = &r->c };
    Sim s;
    sim_init(&s, &cfg);
    r->compiled = sim_load(&s, PLAY_PROG_FILE, src, len);
    if (!r->compiled) {
        char *buf = NULL;
        size_t n = 0;
        FILE *m = open_memstream(&buf, &n);
        if (m) {
            diags_print(&s.diags, m);
            fclose(m);
            cap_write(&r->c, 2, buf, n);
            free(buf);
        }
        r->res = SIM_COMPILE_ERROR;
        r->exit_code = 2;
    } else {
        if (sch) schedule_attach(&s, sch);
        r->res = sim_run(&s);
        r->exit_code = r->res == SIM_OK ? 0 : s.exit_code;
        r->now = s.now;
        Snapshot sn;
        snapshot_take(&s, &sn);
        r->leaks = sn.nleaked;
        snapshot_free(&sn);
    }
    r->deadlock = strstr(out_text(r, 1), "all goroutines are asleep - deadlock!") != NULL;
    sim_free(&s);
}

/* ---- input ---- */

/* Reads one line (trimmed) into buf; false at the end of input.  The
 * full-screen player answers through o->ask (p->pp carries the details). */
static bool ask_line(Player *p, PlayAsk kind, const char *prompt, char *buf, size_t len)
{
    if (p->o->ask) {
        fflush(p->out);
        p->pp.kind = kind;
        p->pp.prompt = prompt;
        p->pp.item = p->item;
        p->pp.st = p->st;
        buf[0] = '\0';
        /* the learner may step around; the lesson goes on where it was
         * (a checkpoint moves it on: do_run) */
        bool live = p->st && stepper_loaded(p->st);
        uint64_t pos = live ? stepper_pos(p->st) : 0;
        bool ok = p->o->ask(p->o->ui, &p->pp, buf, len);
        if (live && kind != ASK_REACH && stepper_pos(p->st) != pos) stepper_goto(p->st, pos);
        memset(&p->pp, 0, sizeof p->pp);
        return ok;
    }
    fprintf(p->out, "%s", prompt);
    fflush(p->out);
    if (!fgets(buf, (int)len, p->in)) {
        fputc('\n', p->out);
        return false;
    }
    size_t n = strcspn(buf, "\r\n");
    if (buf[n] == '\0' && !feof(p->in)) {   /* an over-long line: drop the rest */
        int c;
        while ((c = fgetc(p->in)) != EOF && c != '\n') {
        }
    }
    buf[n] = '\0';
    char *s = buf;
    while (*s == ' ' || *s == '\t') s++;
    memmove(buf, s, strlen(s) + 1);
    n = strlen(buf);
    while (n && (buf[n - 1] == ' ' || buf[n - 1] == '\t')) buf[--n] = '\0';
    if (!isatty(fileno(p->in))) fprintf(p->out, "%s\n", buf);   /* echo for transcripts */
    return true;
}

/* Program text (output, code) as it is: the full-screen player's narrative
 * keeps a fenced block line for line. */
static void put_block(Player *p, const char *text)
{
    if (p->o->ask) fputs("```\n", p->out);
    fputs(text, p->out);
    if (*text && text[strlen(text) - 1] != '\n') fputc('\n', p->out);
    if (p->o->ask) fputs("```\n", p->out);
}

/* ---- the loaded program ---- */

static const LessonItem *prog_item(const Player *p, int i) { return &p->l->items[i]; }

static bool load(Player *p, int prog, bool has_seed, uint64_t seed)
{
    const LessonItem *pi = prog_item(p, prog);
    if (p->st) stepper_free(p->st);
    SimConfig cfg = { .seed = has_seed ? seed : pi->seed, .step_budget = pi->budget };
    p->st = stepper_new(PLAY_PROG_FILE, pi->block, strlen(pi->block), &cfg);
    p->prog = prog;
    if (p->o->loaded) p->o->loaded(p->o->ui, p->st, pi->block, strlen(pi->block));
    if (!stepper_loaded(p->st)) {
        fprintf(p->out, "[program %s does not compile:]\n", pi->name);
        char *buf = NULL;
        size_t n = 0;
        FILE *m = open_memstream(&buf, &n);
        if (m) {
            diags_print(&stepper_sim(p->st)->diags, m);
            fclose(m);
            put_block(p, buf);
            free(buf);
        }
        return true;   /* a lesson may show a compile error on purpose */
    }
    fprintf(p->out, "[program %s loaded, seed %llu, step %llu]\n", pi->name,
            (unsigned long long)cfg.seed, (unsigned long long)stepper_pos(p->st));
    return true;
}

static bool utf8_locale(void)
{
    const char *v = getenv("LC_ALL");
    if (!v || !*v) v = getenv("LC_CTYPE");
    if (!v || !*v) v = getenv("LANG");
    return v && (strstr(v, "UTF-8") || strstr(v, "utf8") || strstr(v, "UTF8") || strstr(v, "utf-8"));
}

/* The Café pane of `gocafe view` for the current position (the full-screen
 * player shows the live panes instead). */
static void show_cafe(Player *p)
{
    if (p->o->ask || p->o->check) return;
    const LessonItem *pi = prog_item(p, p->prog);
    View v;
    view_init(&v, p->st, PLAY_PROG_FILE, pi->block, strlen(pi->block));
    v.ascii = !utf8_locale();
    v.selpane = PANE_N;
    view_refresh(&v);
    int rows = view_pane_rows(&v, PANE_CAFE, PLAY_WIDTH - 2);
    if (rows > 30) rows = 30;
    TextBuf tb;
    tb_init(&tb, PLAY_WIDTH, rows + 2);
    view_pane(&v, &tb, PANE_CAFE, 0, 0, PLAY_WIDTH, rows + 2);
    char row[2048];
    for (int y = 0; y < tb.h; y++) {
        tb_row_text(&tb, y, v.ascii, row, sizeof row);
        fprintf(p->out, "%s\n", row);
    }
    tb_free(&tb);
    view_free(&v);
}

static void fmt_dur(int64_t ns, char *buf, size_t len)
{
    if (ns % 1000000000 == 0) snprintf(buf, len, "%llds", (long long)(ns / 1000000000));
    else if (ns % 1000000 == 0 && ns < 1000000000) snprintf(buf, len, "%lldms", (long long)(ns / 1000000));
    else snprintf(buf, len, "%gs", (double)ns / 1e9);
}

static const char *g_state(const Snapshot *sn, int64_t g)
{
    if (g < 1 || g > sn->ngs) return NULL;
    return sn->gs[g - 1].state;
}

/* Does the current position satisfy a `run until` item (for LC_BLOCKS_IN)? */
static bool blocked_in(Player *p, int64_t g, const char *reason)
{
    Snapshot sn;
    snapshot_of_stepper(p->st, &sn);
    const char *s = g_state(&sn, g);
    bool ok = s && strcmp(s, reason) == 0;
    snapshot_free(&sn);
    return ok;
}

static StepStop run_until(Player *p, const LessonItem *it)
{
    StepCond c = { .g = it->g };
    int32_t line = (int32_t)it->n;
    switch (it->cond) {
    case LC_BLOCKS: case LC_BLOCKS_IN: c.until = UNTIL_BLOCK; break;
    case LC_ANY_BLOCKS: c.until = UNTIL_BLOCK; c.g = 0; break;
    case LC_EXITS: c.until = UNTIL_EXIT; break;
    case LC_STEP: c.until = UNTIL_STEP; c.step = (uint64_t)it->n; break;
    case LC_TIME: c.until = UNTIL_TIME; c.time = it->dur; break;
    case LC_LINE: c.until = UNTIL_LINE; c.lines = &line; c.nlines = 1; break;
    case LC_CHOICE: c.until = UNTIL_CHOICE; break;
    case LC_DEADLOCK: c.until = UNTIL_DEADLOCK; break;
    case LC_LEAK: c.until = UNTIL_LEAK; break;
    case LC_END: c.until = UNTIL_END; break;
    }
    if (c.until == UNTIL_TIME && stepper_sim(p->st)->now >= c.time) return STOP_MATCHED;
    for (int guard = 0; guard < 1000000; guard++) {
        StepStop r = stepper_run(p->st, &c);
        if (r != STOP_MATCHED || it->cond != LC_BLOCKS_IN || blocked_in(p, it->g, it->what)) return r;
    }
    return STOP_ENDED;
}

/* A person at a terminal reads the Café pane before the lesson goes on (the
 * full-screen player has its own pause: the checkpoint). */
static void pause_here(Player *p)
{
    char line[64];
    ask_line(p, ASK_GO_ON, "(Enter: go on) ", line, sizeof line);
}

/* The full-screen player: the learner steps from `from` to the checkpoint at
 * `target` (or jumps there); the lesson goes on exactly at target.  false:
 * the learner quit. */
static bool reach(Player *p, const LessonItem *it, uint64_t from, uint64_t target)
{
    char prompt[600], line[64];
    snprintf(prompt, sizeof prompt, "Step until %s  (s step, n next, c continue; Enter jumps there)", it->args + 6);
    stepper_goto(p->st, from);
    p->pp.target = target;
    bool ok = ask_line(p, ASK_REACH, prompt, line, sizeof line);
    if (stepper_pos(p->st) != target) stepper_goto(p->st, target);
    return ok;
}

/* false: the learner quit at the checkpoint. */
static bool do_run(Player *p, const LessonItem *it)
{
    if (!p->st || !stepper_loaded(p->st)) {
        fprintf(p->out, "[run until %s: no program is running]\n", it->args + 6);
        failed_at(p, it->line, "run until %s: no program is running", it->args + 6);
        return true;
    }
    uint64_t from = stepper_pos(p->st);
    StepStop r = run_until(p, it);
    bool quit = false;
    if (p->o->ask && !p->quiet && (r == STOP_MATCHED || it->cond == LC_END) && stepper_pos(p->st) > from) {
        if (p->o->reached) p->o->reached(p->o->ud, p->item);
        quit = !reach(p, it, from, stepper_pos(p->st));
    }
    char t[32];
    fmt_dur(stepper_sim(p->st)->now, t, sizeof t);
    if (r == STOP_MATCHED || it->cond == LC_END)
        fprintf(p->out, "[%s: now at step %llu, t=%s]\n", it->args,
                (unsigned long long)stepper_pos(p->st), t);
    else {
        fprintf(p->out, "[%s: the run ended first, at step %llu, t=%s]\n", it->args,
                (unsigned long long)stepper_pos(p->st), t);
        failed_at(p, it->line, "%s: the run ended first, at step %llu", it->args,
                  (unsigned long long)stepper_pos(p->st));
    }
    show_cafe(p);
    if (quit) return false;
    if (p->o->pause && !p->quiet && !p->o->ask) pause_here(p);
    return true;
}

/* ---- expectations ---- */

static const SnapChan *find_chan(const Snapshot *sn, const char *name)
{
    const SnapChan *found = NULL;
    for (int i = 0; i < sn->nchans; i++)
        if (sn->chans[i].name && strcmp(sn->chans[i].name, name) == 0) found = &sn->chans[i];
    return found;
}

/* `ctx NAME`: the context the compiler named NAME (the variable it was
 * first stored in); the latest one when a name was reused. */
static const SnapCtx *find_ctx(const Snapshot *sn, const char *name)
{
    const SnapCtx *found = NULL;
    for (int i = 0; i < sn->nctxs; i++)
        if (sn->ctxs[i].label && strcmp(sn->ctxs[i].label, name) == 0) found = &sn->ctxs[i];
    return found;
}

static bool same_state(const char *have, const char *want)
{
    if (strcmp(have, want) == 0) return true;
    /* Go 1.23 and older say semacquire for the sync waits */
    return strcmp(want, "semacquire") == 0 && strncmp(have, "sync.", 5) == 0;
}

/* Evaluates an expectation; got describes what is there when it fails. */
static bool expect_holds(Player *p, const LessonItem *it, const Snapshot *sn, char *got, size_t len)
{
    size_t olen = 0;
    const char *out = stepper_output(p->st, &olen);
    const SnapChan *ch = NULL;
    const SnapCtx *cx = NULL;
    got[0] = '\0';
    switch (it->exp) {
    case LE_G: {
        const char *s = g_state(sn, it->g);
        snprintf(got, len, "G%lld is %s", (long long)it->g, s ? s : "not started");
        return s && same_state(s, it->what);
    }
    case LE_CHAN_LEN: case LE_CHAN_CAP: case LE_CHAN_CLOSED: case LE_CHAN_OPEN: case LE_CHAN_VALUES:
        ch = find_chan(sn, it->name);
        if (!ch) { snprintf(got, len, "no channel was made into %s", it->name); return false; }
        if (it->exp == LE_CHAN_LEN) { snprintf(got, len, "len %lld", (long long)ch->len); return ch->len == it->n; }
        if (it->exp == LE_CHAN_CAP) { snprintf(got, len, "cap %lld", (long long)ch->cap); return ch->cap == it->n; }
        if (it->exp != LE_CHAN_VALUES) {
            snprintf(got, len, "%s is %s", it->name, ch->closed ? "closed" : "open");
            return ch->closed == (it->exp == LE_CHAN_CLOSED);
        } else {
            size_t used = 0;
            for (int64_t i = 0; i < ch->len && ch->vals && used < len; i++)
                used += (size_t)snprintf(got + used, len - used, "%s%s", i ? " " : "", ch->vals[i]);
            return strcmp(got, it->what) == 0;
        }
    case LE_TIME: {
        char t[32];
        fmt_dur(sn->now, t, sizeof t);
        snprintf(got, len, "t=%s", t);
        return sn->now == it->dur;
    }
    case LE_LEAKS:
        snprintf(got, len, "%d leaked", sn->nleaked);
        return sn->nleaked == it->n;
    case LE_OUTPUT:
        snprintf(got, len, "the output so far is:\n%s", out);
        return strcmp(out, it->block) == 0;
    case LE_PANIC: {
        char want[600];
        snprintf(want, sizeof want, "panic: %s", it->what);
        snprintf(got, len, "no such panic");
        return strstr(out, want) != NULL;
    }
    case LE_DEADLOCK:
        snprintf(got, len, "no deadlock");
        return strstr(out, "all goroutines are asleep - deadlock!") != NULL;
    case LE_CTX_ERR: case LE_CTX_CANCELLED: case LE_CTX_LIVE:
        cx = find_ctx(sn, it->name);
        if (!cx) { snprintf(got, len, "no context named %s", it->name); return false; }
        snprintf(got, len, "%s is %s", it->name, cx->cancelled ? (cx->err ? cx->err : "done") : "live");
        if (it->exp == LE_CTX_ERR) return cx->err && strcmp(cx->err, it->what) == 0;
        return cx->cancelled == (it->exp == LE_CTX_CANCELLED);
    case LE_WG_COUNTER:
        for (int i = 0; i < sn->nwgs; i++)
            if (sn->wgs[i].label && strcmp(sn->wgs[i].label, it->name) == 0) {
                snprintf(got, len, "counter %lld", (long long)sn->wgs[i].counter);
                return sn->wgs[i].counter == it->n;
            }
        snprintf(got, len, "no WaitGroup named %s", it->name);
        return false;
    }
    return false;
}

static void do_expect(Player *p, const LessonItem *it)
{
    if (!p->st || !stepper_loaded(p->st)) {
        fprintf(p->out, "[expect %s: no program is running]\n", it->args);
        failed_at(p, it->line, "expect %s: no program is running", it->args);
        return;
    }
    Snapshot sn;
    snapshot_of_stepper(p->st, &sn);
    char got[2048];
    bool ok = expect_holds(p, it, &sn, got, sizeof got);
    snapshot_free(&sn);
    if (ok) {
        fprintf(p->out, "checkpoint holds: %s\n", it->exp == LE_OUTPUT ? "the output so far is as shown" : it->args);
        if (it->exp == LE_OUTPUT) put_block(p, it->block);
    } else {
        fprintf(p->out, "checkpoint does NOT hold: expected %s, but %s\n", it->args, got);
        failed_at(p, it->line, "expect %s: but %s", it->args, got);
    }
}

/* ---- output / stderr blocks ---- */

/* A copy of stderr text normalised as tests/normalize.sh does for frames:
 * "\t/dir/main.go:9 +0x1d" -> "\tmain.go:9". */
static char *norm_stderr(const char *s)
{
    size_t n = strlen(s);
    char *out = malloc(n + 1), *o = out;
    if (!out) abort();
    while (*s) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        const char *start = s, *end = s + len;
        if (*s == '\t') {
            const char *pc = NULL;
            for (const char *q = start; q + 3 < end; q++)
                if (q[0] == ' ' && q[1] == '+' && q[2] == '0' && q[3] == 'x') pc = q;
            if (pc) end = pc;
            const char *slash = NULL;
            for (const char *q = start; q < end; q++)
                if (*q == '/') slash = q;
            if (slash) { *o++ = '\t'; start = slash + 1; }
        }
        memcpy(o, start, (size_t)(end - start));
        o += end - start;
        if (e) *o++ = '\n';
        s += len + (e != NULL);
    }
    *o = '\0';
    return out;
}

/* The first lines of have equal want (as many lines as want has), once
 * both are normalised? */
static bool starts_with_lines(const char *have, const char *want)
{
    char *h = norm_stderr(have), *w = norm_stderr(want);
    bool ok = strncmp(h, w, strlen(w)) == 0;
    free(h);
    free(w);
    return ok;
}

static void do_output(Player *p, const LessonItem *it)
{
    int prog = it->program >= 0 ? it->program : p->prog;
    const LessonItem *pi = prog_item(p, prog);
    bool loaded = it->program < 0 && p->st;
    uint64_t seed = it->has_seed ? it->seed : loaded ? stepper_schedule(p->st)->seed : pi->seed;
    const Schedule *sch = loaded && !it->has_seed ? stepper_schedule(p->st) : NULL;
    RunOut r;
    run_whole(pi->block, strlen(pi->block), seed, pi->budget, sch, &r);
    int k = it->op == LO_STDERR;
    const char *have = out_text(&r, k);
    bool ok = k ? starts_with_lines(have, it->block) : strcmp(have, it->block) == 0;
    fprintf(p->out, "[%s of %s, run to the end with seed %llu:]\n", k ? "stderr" : "output", pi->name,
            (unsigned long long)seed);
    put_block(p, it->block);
    if (!ok) {
        fprintf(p->out, "[this is what the lesson shows; the simulator printed instead:]\n");
        put_block(p, have);
        failed_at(p, it->line, "%s block: the simulator printed instead:\n%s", k ? "stderr" : "output", have);
    }
    run_free(&r);
}

static void do_force(Player *p, const LessonItem *it)
{
    if (!p->st || !stepper_loaded(p->st)) return;
    if (stepper_pos(p->st) <= it->force_step) stepper_goto(p->st, it->force_step + 1);
    int n = 0;
    const ChoicePoint *cp = stepper_choices(p->st, &n);
    for (int i = 0; i < n; i++) {
        if (cp[i].step != it->force_step || cp[i].kind != (it->force_kind ? CHOOSE_SELECT : CHOOSE_RUN))
            continue;
        for (int k = 0; k < cp[i].n && k < STEP_MAX_CAND; k++)
            if (cp[i].cand[k] == it->force_n &&
                stepper_force(p->st, it->force_step, cp[i].kind, k)) {
                fprintf(p->out, "[forced: %s; now at step %llu]\n", it->args,
                        (unsigned long long)stepper_pos(p->st));
                show_cafe(p);
                return;
            }
    }
    fprintf(p->out, "[force %s: step %llu is not such a choice]\n", it->args,
            (unsigned long long)it->force_step);
    failed_at(p, it->line, "force %s: step %llu is not such a choice", it->args,
              (unsigned long long)it->force_step);
}

/* ---- questions and hints ---- */

/* 1 right, 0 quit (end of input). */
static int do_ask(Player *p, const LessonItem *it)
{
    fprintf(p->out, "\nQuestion: %s\n", it->text);
    for (int k = 0; k < it->nchoices; k++) fprintf(p->out, "  %d. %s\n", k + 1, it->choices[k].text);
    if (p->o->check) {   /* nobody answers: the lesson's own answer must be one of its choices */
        if (it->nchoices < 2 || it->right < 0 || it->right >= it->nchoices)
            failed_at(p, it->line, "ask: needs two or more choices, exactly one marked right");
        return 1;
    }
    char line[256];
    for (int tries = 1;; tries++) {
        p->pp.nchoices = it->nchoices;
        if (!ask_line(p, ASK_CHOICE, "Your answer (number, q to quit): ", line, sizeof line)) return 0;
        if (strcmp(line, "q") == 0) return 0;
        char *end;
        long a = strtol(line, &end, 10);
        if (!*line || *end || a < 1 || a > it->nchoices) {
            fprintf(p->out, "Type a number from 1 to %d.\n", it->nchoices);
            continue;
        }
        if (a - 1 == it->right) {
            fprintf(p->out, "Right.\n");
            return 1;
        }
        const char *fb = it->choices[a - 1].feedback;
        fprintf(p->out, "Not quite. %s\n", fb ? fb : "Read the question again and try another choice.");
        if (tries >= 3) {
            fprintf(p->out, "The answer is %d: %s\n", it->right + 1, it->choices[it->right].text);
            return 1;
        }
    }
}

/* Standalone hints from item i: offered one at a time; returns the next item. */
static int do_hints(Player *p, int i, bool *quit)
{
    int shown = 0, n = p->l->n;
    while (!p->o->check && i < n && p->l->items[i].op == LO_HINT && p->l->items[i].exercise < 0) {
        char line[64];
        if (!ask_line(p, ASK_HINT, shown ? "Another hint? (h: show it, Enter: go on) " :
                             "A hint is here. (h: show it, Enter: go on) ", line, sizeof line)) {
            *quit = true;
            return i;
        }
        if (strcmp(line, "h") != 0) break;
        fprintf(p->out, "Hint: %s\n", p->l->items[i].text);
        shown++;
        i++;
    }
    while (i < n && p->l->items[i].op == LO_HINT && p->l->items[i].exercise < 0) i++;
    return i;
}

/* ---- exercises ---- */

static bool write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (!f) return false;
    fputs(text, f);
    return fclose(f) == 0;
}

/* Where the starting code goes: workdir/NAME.go. */
static void exercise_path(const Player *p, const LessonItem *ex, char *buf, size_t len)
{
    const char *dir = p->o->workdir && *p->o->workdir ? p->o->workdir : ".";
    snprintf(buf, len, "%s/%s.go", dir, ex->name);
}

/* Runs every check of exercise ex on src; prints one line per check. */
static bool run_checks(Player *p, int ex, const char *src, size_t len)
{
    const Lesson *l = p->l;
    const LessonItem *ei = &l->items[ex];
    int seeds = ei->seeds;
    for (int i = ex + 1; i < l->n; i++)
        if (l->items[i].op == LO_CHECK && l->items[i].exercise == ex && l->items[i].check == LK_NO_DEADLOCK &&
            l->items[i].seeds > seeds)
            seeds = l->items[i].seeds;
    bool all = true;
    for (int seed = 0; seed < seeds; seed++) {
        RunOut r;
        run_whole(src, len, (uint64_t)seed, 0, NULL, &r);
        if (!r.compiled) {
            fprintf(p->out, "  FAIL it does not compile:\n");
            put_block(p, out_text(&r, 1));
            run_free(&r);
            return false;
        }
        for (int i = ex + 1; i < l->n; i++) {
            const LessonItem *c = &l->items[i];
            if (c->op != LO_CHECK || c->exercise != ex) continue;
            if (c->check == LK_NO_DEADLOCK && seed >= c->seeds) continue;
            bool ok = false;
            char why[256] = "";
            switch (c->check) {
            case LK_PRINTS:
                ok = strcmp(out_text(&r, 0), c->block) == 0;
                if (!ok) snprintf(why, sizeof why, "it printed something else");
                break;
            case LK_NO_LEAKS:
                ok = r.leaks == 0 && r.res == SIM_OK;
                if (!ok) snprintf(why, sizeof why, "%d goroutine(s) still alive when main returned", r.leaks);
                break;
            case LK_NO_DEADLOCK: ok = !r.deadlock; if (!ok) snprintf(why, sizeof why, "deadlock"); break;
            case LK_BEFORE: {
                char t[32];
                fmt_dur(r.now, t, sizeof t);
                ok = r.now <= c->dur;
                if (!ok) snprintf(why, sizeof why, "it ended at t=%s", t);
                break;
            }
            case LK_EXIT:
                ok = r.exit_code == c->n;
                if (!ok) snprintf(why, sizeof why, "exit status %d", r.exit_code);
                break;
            }
            if (seeds > 1 && ok && seed < seeds - 1) continue;   /* say it once, at the last seed */
            fprintf(p->out, "  %s check %s%s%s", ok ? "ok  " : "FAIL", c->args, why[0] ? ": " : "", why);
            if (seeds > 1) fprintf(p->out, " (seed %d)", seed);
            fputc('\n', p->out);
            if (!ok && c->check == LK_PRINTS) {
                fprintf(p->out, "  --- wanted:\n");
                put_block(p, c->block);
                fprintf(p->out, "  --- got:\n");
                put_block(p, out_text(&r, 0));
            }
            all = all && ok;
        }
        run_free(&r);
        if (!all) break;
    }
    return all;
}

static void show_solution(Player *p, const LessonItem *ex)
{
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", p->l->dir, ex->solution);
    size_t len;
    char *s = ui_read_file(path, PLAY_MAX_SOURCE, &len);
    fprintf(p->out, "The reference solution (%s):\n", ex->solution);
    put_block(p, s ? s : "(cannot be read)\n");
    free(s);
}

/* Check mode: the starting code must fail a check, the reference solution
 * pass them all. */
static void check_exercise(Player *p, int ex)
{
    const LessonItem *ei = &p->l->items[ex];
    bool any = false;
    for (int i = ex + 1; i < p->l->n; i++)
        any = any || (p->l->items[i].op == LO_CHECK && p->l->items[i].exercise == ex);
    if (!any) failed_at(p, ei->line, "exercise %s has no check", ei->name);
    if (run_checks(p, ex, ei->block, strlen(ei->block)))
        failed_at(p, ei->line, "exercise %s: the starting code already passes every check", ei->name);
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", p->l->dir, ei->solution ? ei->solution : "");
    size_t len;
    char *src = ei->solution ? ui_read_file(path, PLAY_MAX_SOURCE, &len) : NULL;
    if (!src) failed_at(p, ei->line, "exercise %s: no reference solution (%s)", ei->name, path);
    else if (!run_checks(p, ex, src, len))
        failed_at(p, ei->line, "exercise %s: the reference solution %s fails a check", ei->name, ei->solution);
    free(src);
}

/* The full-screen player shows the learner's checked program, run to its
 * end, in the panes (the leak it still has, or none). */
static void show_mine(Player *p, const char *src, size_t len)
{
    if (!p->o->loaded) return;
    if (p->mine) stepper_free(p->mine);
    SimConfig cfg = { .seed = 0 };
    p->mine = stepper_new(PLAY_PROG_FILE, src, len, &cfg);
    if (stepper_loaded(p->mine)) {
        StepCond c = { .until = UNTIL_END };
        stepper_run(p->mine, &c);
    }
    p->o->loaded(p->o->ui, p->mine, src, len);
}

/* The panes go back to the lesson's program after the learner's. */
static void show_lesson_prog(Player *p)
{
    if (!p->mine || !p->o->loaded) return;
    const LessonItem *pi = p->prog >= 0 ? prog_item(p, p->prog) : NULL;
    p->o->loaded(p->o->ui, p->st, pi ? pi->block : "", pi ? strlen(pi->block) : 0);
    stepper_free(p->mine);
    p->mine = NULL;
}

/* 1 passed or skipped, 0 quit. */
static int do_exercise(Player *p, int ex)
{
    const LessonItem *ei = &p->l->items[ex];
    if (p->o->check) {
        check_exercise(p, ex);
        return 1;
    }
    char path[1100];
    exercise_path(p, ei, path, sizeof path);
    if (access(path, F_OK) == 0) {
        fprintf(p->out, "\nExercise %s: your file %s is kept from before (type reset to start over).\n",
                ei->name, path);
    } else if (write_file(path, ei->block)) {
        fprintf(p->out, "\nExercise %s: the starting code is in %s.\n", ei->name, path);
    } else {
        fprintf(p->out, "\nExercise %s: cannot write %s (%s); name a file to check.\n", ei->name, path,
                strerror(errno));
    }
    fprintf(p->out, "The checks:");
    for (int i = ex + 1; i < p->l->n; i++)
        if (p->l->items[i].op == LO_CHECK && p->l->items[i].exercise == ex)
            fprintf(p->out, " [%s]", p->l->items[i].args);
    fputc('\n', p->out);
    int fails = 0, hint = ex + 1, max = p->o->max_tries > 0 ? p->o->max_tries : 3;
    char line[1024];
    for (;;) {
        p->pp.file = path;
        if (!ask_line(p, ASK_EXERCISE, p->o->ask ? "Fix the program: e opens it in your editor, and every save is checked"
                                                 : "Edit the file, then Enter to check it (or a file name; h hint, "
                                                   "s solution, reset, skip, q quit): ", line, sizeof line))
            return 0;
        if (strcmp(line, "q") == 0) return 0;
        if (strcmp(line, "skip") == 0) { fprintf(p->out, "Exercise skipped.\n"); return 1; }
        if (strcmp(line, "h") == 0) {
            while (hint < p->l->n && !(p->l->items[hint].op == LO_HINT && p->l->items[hint].exercise == ex)) hint++;
            if (hint < p->l->n) fprintf(p->out, "Hint: %s\n", p->l->items[hint++].text);
            else fprintf(p->out, "No more hints.\n");
            continue;
        }
        if (strcmp(line, "s") == 0) {
            if (fails >= max) show_solution(p, ei);
            else fprintf(p->out, "The solution opens after %d failed checks (%d so far).\n", max, fails);
            continue;
        }
        if (strcmp(line, "reset") == 0) {
            if (!ask_line(p, ASK_CONFIRM, "Overwrite your file with the starting code? (y/n) ", line, sizeof line))
                return 0;
            if (strcmp(line, "y") == 0)
                fprintf(p->out, write_file(path, ei->block) ? "Reset.\n" : "Cannot write it.\n");
            continue;
        }
        const char *file = line[0] ? line : path;
        size_t len;
        char *src = ui_read_file(file, PLAY_MAX_SOURCE, &len);
        if (!src) { fprintf(p->out, "Cannot read %s: %s\n", file, strerror(errno)); continue; }
        fprintf(p->out, "Checking %s:\n", file);
        bool ok = run_checks(p, ex, src, len);
        show_mine(p, src, len);
        free(src);
        if (ok) { fprintf(p->out, "Every check passes. Well done.\n"); return 1; }
        if (++fails == max) show_solution(p, ei);
    }
}

/* ---- the lesson ---- */

/* Check mode: the program runs to its end with the exit status it declares. */
static void check_program(Player *p, const LessonItem *it)
{
    RunOut r;
    run_whole(it->block, strlen(it->block), it->seed, it->budget, NULL, &r);
    if (r.exit_code != it->exit_code) {
        const char *e = out_text(&r, 1);
        const char *nl = strchr(e, '\n');
        failed_at(p, it->line, "program %s: exit status %d, want %d%s%.*s", it->name, r.exit_code,
                  it->exit_code, *e ? ": " : "", nl ? (int)(nl - e) : (int)strlen(e), e);
    }
    run_free(&r);
}

static void show_program(Player *p, const LessonItem *it)
{
    if (p->o->ask) return;   /* the Source pane shows it */
    fprintf(p->out, "--- program %s (%s) ---\n", it->name, PLAY_PROG_FILE);
    const char *s = it->block;
    for (int n = 1; *s; n++) {
        const char *e = strchr(s, '\n');
        int len = e ? (int)(e - s) : (int)strlen(s);
        fprintf(p->out, "%3d  %.*s\n", n, len, s);
        s += len + (e != NULL);
    }
    fputs("---\n", p->out);
}

int lesson_play_plain(const Lesson *l, const PlayOpts *o)
{
    Player p = { .l = l, .o = o, .in = o->in ? o->in : stdin, .out = o->out ? o->out : stdout, .prog = -1 };
    fprintf(p.out, "%s\n\n", l->title);
    FILE *real = p.out, *null = NULL;
    int start = o->start_item > 0 && o->start_item < l->n ? o->start_item : 0;
    if (start && (null = fopen("/dev/null", "w"))) {
        p.out = null;
        p.quiet = true;
    } else {
        start = 0;
    }
    int status = 0;
    for (int i = 0; i < l->n && status == 0; i++) {
        const LessonItem *it = &l->items[i];
        p.item = i;
        if (i == start && p.quiet) {
            p.out = real;
            p.quiet = false;
            if (!o->ask)
                fprintf(p.out, "[resuming where you left off; the programs above are loaded and run to here]\n\n");
        }
        if (p.quiet && it->op == LO_TEXT && o->ask) fprintf(real, "%s\n\n", it->text);
        if (p.quiet && it->op != LO_PROGRAM && it->op != LO_LOAD && it->op != LO_SEED &&
            it->op != LO_FORCE && it->op != LO_RUN)
            continue;
        switch (it->op) {
        case LO_TEXT: fprintf(p.out, "%s\n", it->text); break;
        case LO_PROGRAM:
            if (!p.quiet) show_program(&p, it);
            if (o->check) check_program(&p, it);
            load(&p, i, false, 0);
            break;
        case LO_LOAD: load(&p, it->program, it->has_seed, it->seed); break;
        case LO_SEED:
            if (p.st) {
                stepper_set_seed(p.st, it->seed);
                fprintf(p.out, "[restarted with seed %llu]\n", (unsigned long long)it->seed);
            }
            break;
        case LO_FORCE: show_lesson_prog(&p); do_force(&p, it); break;
        case LO_RUN: show_lesson_prog(&p); if (!do_run(&p, it)) status = 1; break;
        case LO_EXPECT: show_lesson_prog(&p); do_expect(&p, it); break;
        case LO_OUTPUT: case LO_STDERR: do_output(&p, it); break;
        case LO_ASK:
            if (!do_ask(&p, it)) status = 1;
            else if (o->reached) o->reached(o->ud, i + 1);
            break;
        case LO_HINT:
            if (it->exercise < 0) {
                bool quit = false;
                i = do_hints(&p, i, &quit) - 1;
                if (quit) status = 1;
            }
            break;
        case LO_EXERCISE:
            if (!do_exercise(&p, i)) status = 1;
            else if (o->reached) o->reached(o->ud, i + 1);
            break;
        case LO_CHECK: break;   /* run by its exercise */
        }
        /* a blank line after what printed something */
        if (!p.quiet && it->op != LO_CHECK && !(it->op == LO_HINT && it->exercise >= 0) &&
            (!o->ask || it->op == LO_TEXT || it->op == LO_ASK || it->op == LO_EXERCISE))
            fputc('\n', p.out);
    }
    if (status == 0 && o->ask) {   /* the last screen, over the lesson's final state */
        char line[16];
        p.item = l->n;
        fprintf(p.out, "lesson complete: %s\n", l->title);
        ask_line(&p, ASK_END, "The lesson is complete.", line, sizeof line);
    }
    if (p.st) stepper_free(p.st);
    if (p.mine) stepper_free(p.mine);
    p.out = real;
    if (null) fclose(null);
    if (status) {
        fprintf(p.out, "Lesson stopped before the end: it stays started, and resumes after the last question or exercise you did.\n");
        return status;
    }
    if (p.failed)
        fprintf(p.out, "(%d checkpoint(s) of this lesson did not hold in this simulator)\n", p.failed);
    if (o->check && p.failed) return 2;
    if (!o->ask) fprintf(p.out, "lesson complete: %s\n", l->title);
    return 0;
}
