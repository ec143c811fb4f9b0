/* step.c - the Stepper: one Sim run pause point by pause point, back and
 * goto by deterministic replay, and forced choices (schedules).  See step.h.
 *
 * Replay strategy: a goto runs fast (one pause, EventLog.pause_at) to a
 * window of STEP_WINDOW events before the target, then pause point by pause
 * point, recording every pause point it visits (bounds) and whether it was
 * reached by a single step from the one before (so nothing lies between).
 * stepper_back then knows the exact previous pause point and replays to it
 * once. */
#include "step.h"
#include "event.h"
#include "rt.h"
#include "vm.h"
#include "vm_int.h"   /* vm_run: the unused budget after a statement stop */
#include "snapshot.h"
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define STEP_WINDOW 64    /* events stepped one pause point at a time before a goto target */

typedef struct Bound {
    uint64_t pos;
    bool fine;            /* reached from the previous bound by one pause */
} Bound;

struct Stepper {
    char *filename, *src, *trace_path;
    size_t len;
    SimConfig cfg;
    Schedule sched;
    Sim *sim;
    bool loaded;
    uint64_t pos;
    bool ended;
    SimResult result;
    uint64_t total;       /* 0 = not known */
    ChoicePoint *points;
    int npoints, cappoints;
    Bound *bounds;
    size_t nbounds, capbounds;
    char *out;
    size_t nout, capout;
    uint64_t replays;
    /* statement stops during the current stepper_run (step_slice) */
    int64_t stmt_g;       /* UNTIL_STMT: stop g at its next statement */
    int stmt_depth;       /* ... in a frame at most this deep (0: any) */
    const int32_t *brk;   /* UNTIL_LINE: stop any goroutine at these lines */
    int nbrk;
    bool stmt_hit;        /* the last pause was such a stop */
};

/* ---- schedules ---- */

void schedule_free(Schedule *sch)
{
    free(sch->v);
    sch->v = NULL;
    sch->n = sch->cap = 0;
}

static int schedule_lower(const Schedule *sch, uint64_t step)
{
    int lo = 0, hi = sch->n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (sch->v[mid].step < step) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

void schedule_put(Schedule *sch, uint64_t step, ChooseKind kind, int index)
{
    int i = schedule_lower(sch, step);
    ForcedChoice fc = { step, (uint8_t)kind, index };
    if (i < sch->n && sch->v[i].step == step) {
        sch->v[i] = fc;
        return;
    }
    if (sch->n == sch->cap) {
        sch->cap = sch->cap ? sch->cap * 2 : 16;
        sch->v = xrealloc(sch->v, (size_t)sch->cap * sizeof *sch->v);
    }
    memmove(&sch->v[i + 1], &sch->v[i], (size_t)(sch->n - i) * sizeof *sch->v);
    sch->v[i] = fc;
    sch->n++;
}

void schedule_truncate(Schedule *sch, uint64_t from)
{
    sch->n = schedule_lower(sch, from);
}

const ForcedChoice *schedule_find(const Schedule *sch, uint64_t step, ChooseKind kind)
{
    int i = schedule_lower(sch, step);
    if (i < sch->n && sch->v[i].step == step && sch->v[i].kind == kind) return &sch->v[i];
    return NULL;
}

static const char *skip_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r')) p++;
    return p;
}

/* Reads a decimal number; NULL when there is none or it overflows. */
static const char *read_u64(const char *p, const char *end, uint64_t *v)
{
    const char *q = p;
    uint64_t x = 0;
    while (q < end && *q >= '0' && *q <= '9') {
        if (x > (UINT64_MAX - (uint64_t)(*q - '0')) / 10) return NULL;
        x = x * 10 + (uint64_t)(*q - '0');
        q++;
    }
    if (q == p) return NULL;
    *v = x;
    return q;
}

static bool word_is(const char *p, const char *end, const char *w, const char **after)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) < n || memcmp(p, w, n) != 0) return false;
    if (p + n < end && p[n] != ' ' && p[n] != '\t' && p[n] != '\r') return false;
    *after = p + n;
    return true;
}

/* One line of a schedule (without its newline); NULL or an error text. */
static const char *parse_line(const char *p, const char *end, Schedule *sch, bool *seeded,
                              uint64_t *last, bool *any)
{
    const char *q;
    uint64_t step, idx;
    p = skip_ws(p, end);
    if (p == end || *p == '#') return NULL;
    if (word_is(p, end, "seed", &q)) {
        if (*seeded) return "seed given twice";
        q = read_u64(skip_ws(q, end), end, &sch->seed);
        if (!q) return "expected a number after seed";
        *seeded = true;
    } else {
        if (!*seeded) return "expected `seed N` before the first choice";
        q = read_u64(p, end, &step);
        if (!q) return "expected `STEP run|select INDEX`";
        q = skip_ws(q, end);
        ChooseKind k;
        if (word_is(q, end, "run", &q)) k = CHOOSE_RUN;
        else if (word_is(q, end, "select", &q)) k = CHOOSE_SELECT;
        else return "expected `run` or `select` after the step";
        q = read_u64(skip_ws(q, end), end, &idx);
        if (!q || idx > INT32_MAX) return "expected a candidate index";
        if (*any && step <= *last) return "steps must increase";
        schedule_put(sch, step, k, (int)idx);
        *last = step;
        *any = true;
    }
    q = skip_ws(q, end);
    if (q != end && *q != '#') return "unexpected text at the end of the line";
    return NULL;
}

bool schedule_parse(const char *text, size_t len, const char *name, Schedule *sch,
                    char *err, size_t errlen)
{
    Schedule tmp = { 0 };
    bool seeded = false, any = false;
    uint64_t last = 0;
    const char *p = text, *end = text + len;
    int line = 1;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        if (memchr(p, '\0', (size_t)(le - p))) {
            snprintf(err, errlen, "%s:%d: not a text file", name, line);
            schedule_free(&tmp);
            return false;
        }
        const char *msg = parse_line(p, le, &tmp, &seeded, &last, &any);
        if (msg) {
            snprintf(err, errlen, "%s:%d: %s", name, line, msg);
            schedule_free(&tmp);
            return false;
        }
        p = nl ? nl + 1 : end;
        line++;
    }
    if (!seeded) {
        snprintf(err, errlen, "%s:%d: no `seed N` line", name, line);
        schedule_free(&tmp);
        return false;
    }
    schedule_free(sch);
    *sch = tmp;
    return true;
}

bool schedule_load(const char *path, Schedule *sch, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return false;
    }
    size_t cap = 4096, n = 0;
    char *buf = xmalloc(cap);
    size_t k;
    while ((k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) buf = xrealloc(buf, cap *= 2);
        if (n > ((size_t)64 << 20)) break;
    }
    bool ioerr = ferror(f);
    fclose(f);
    bool ok = !ioerr && schedule_parse(buf, n, path, sch, err, errlen);
    if (ioerr) snprintf(err, errlen, "%s: read error", path);
    free(buf);
    return ok;
}

bool schedule_save(const Schedule *sch, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return false;
    }
    fprintf(f, "# gocafe schedule: seed, then STEP run|select INDEX (docs/TRACE.md)\n");
    fprintf(f, "seed %" PRIu64 "\n", sch->seed);
    for (int i = 0; i < sch->n; i++)
        fprintf(f, "%" PRIu64 " %s %d\n", sch->v[i].step,
                sch->v[i].kind == CHOOSE_RUN ? "run" : "select", (int)sch->v[i].index);
    bool ok = !ferror(f);
    if (fclose(f) != 0) ok = false;
    if (!ok) snprintf(err, errlen, "%s: write error", path);
    return ok;
}

static int schedule_choose(void *ud, Sim *s, G *g, ChooseKind k, int n)
{
    const ForcedChoice *fc = schedule_find(ud, event_total(s), k);
    return fc && fc->index < n ? fc->index : -1;
}

void schedule_attach(Sim *s, const Schedule *sch)
{
    Sched *sc = sched_of(s);
    sc->choose = schedule_choose;
    sc->choose_ud = (void *)sch;
    if (!s->events->enabled) {
        s->events->enabled = true;
        s->events->count_only = true;
    }
}

/* ---- the Sim of a stepper ---- */

static void capture(void *ud, int fd, const char *buf, size_t n)
{
    Stepper *st = ud;
    if (st->nout + n + 1 > st->capout) {
        while (st->nout + n + 1 > st->capout) st->capout = st->capout ? st->capout * 2 : 1024;
        st->out = xrealloc(st->out, st->capout);
    }
    memcpy(st->out + st->nout, buf, n);
    st->nout += n;
    st->out[st->nout] = 0;
}

static void discard(void *ud, int fd, const char *buf, size_t n) {}

static int stepper_choose(void *ud, Sim *s, G *g, ChooseKind k, int n)
{
    Stepper *st = ud;
    uint64_t step = event_total(s);
    const ForcedChoice *fc = schedule_find(&st->sched, step, k);
    int idx = fc && fc->index < n ? fc->index : -1;
    if (n > 1 || idx >= 0) {
        if (st->npoints == st->cappoints) {
            st->cappoints = st->cappoints ? st->cappoints * 2 : 64;
            st->points = xrealloc(st->points, (size_t)st->cappoints * sizeof *st->points);
        }
        ChoicePoint *cp = &st->points[st->npoints++];
        *cp = (ChoicePoint){ step, (uint8_t)k, idx >= 0, n, idx, g ? g->id : 0, { 0 } };
        if (k == CHOOSE_RUN) {
            G *c[STEP_MAX_CAND];
            int m = sched_candidates(s, c, STEP_MAX_CAND);
            for (int i = 0; i < m && i < STEP_MAX_CAND; i++) cp->cand[i] = c[i]->id;
        } else if (g) {           /* select.c recorded the cases just before */
            GSched *gx = gsched(g);
            for (int i = 0, m = 0; i < gx->nsel && m < STEP_MAX_CAND; i++)
                if (gx->sel[i].ready) cp->cand[m++] = i;
        }
    }
    return idx;
}


static bool is_break(const Stepper *st, int32_t line)
{
    for (int i = 0; i < st->nbrk; i++)
        if (st->brk[i] == line) return true;
    return false;
}

/* Is g, stopped before a statement, where the current stepper_run wants
 * it?  UNTIL_STMT steps over calls: only a statement of the frame it was
 * in or a caller counts (vm's VM_STOP_STMT_OVER, but measured from where
 * the run started, not from where a paused slice resumed). */
static bool stmt_wanted(const Stepper *st, const G *g)
{
    if (st->stmt_g == g->id && (!st->stmt_depth || g->nframes <= st->stmt_depth)) return true;
    if (!st->nbrk) return false;
    const Frame *f = &g->frames[g->nframes - 1];   /* g is before a statement */
    return is_break(st, f->proto->lines[f->pc]);
}

/* The stepper's slice: vm_execute, unless a statement stop is wanted for g
 * (UNTIL_STMT on g, UNTIL_LINE on anyone).  Then the VM stops before each
 * statement (vm_execute_until's masks); a stop that is not wanted goes on
 * at once, a wanted one becomes a pause (s->pause_left = the unused budget,
 * as PAUSE_POINT does), so the run is the same as an unstopped one.  Same
 * steps as vm_execute_until, through vm_run for the unused budget. */
static SchedStatus step_slice(void *ud, Sim *s, G *g, uint64_t budget)
{
    Stepper *st = ud;
    bool mine = st->stmt_g == g->id;
    if ((!mine && !st->nbrk) || g->nframes == 0) return sim_run_slice(NULL, s, g, budget);
    int mask = VM_STOP_STMT;
    int64_t b = budget == 0 || budget > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)budget;
    g->status = G_RUNNING;
    bool throwing = g->schedx && chan_resume(s, g) == CHAN_PANIC;
    for (;;) {
        VmStatus vs = vm_run(s, g, 0, false, throwing, &b, mask);
        throwing = false;
        if (vs == VM_STMT) {
            if (!stmt_wanted(st, g)) continue;
            st->stmt_hit = true;
            s->pause_left = b > 0 ? b : 1;
            g->status = G_RUNNABLE;
            return SCHED_SLICE;
        }
        switch (vs) {
        case VM_DONE: case VM_PANIC: case VM_EXIT: case VM_FATAL: case VM_GOEXIT:
            g->status = G_DEAD;
            break;
        case VM_BLOCKED: if (g->status == G_RUNNING) g->status = G_WAITING; break;
        default: g->status = G_RUNNABLE; break;
        }
        return (SchedStatus)vs;
    }
}

/* A fresh Sim with the program loaded and main created, not yet run.
 * Mirrors sim_run's set-up (sim.c) so a stepped run equals `gocafe run`. */
static Sim *sim_fresh(Stepper *st, bool scratch, bool *ok)
{
    Sim *s = xcalloc(1, sizeof *s);
    SimConfig cfg = st->cfg;
    cfg.write = scratch ? discard : capture;
    cfg.write_ud = st;
    cfg.trace = false;
    cfg.seed = st->sched.seed;
    sim_init(s, &cfg);
    s->events->enabled = true;
    s->events->count_only = scratch;
    *ok = sim_load(s, st->filename, st->src, st->len);
    if (!*ok) return s;
    Sched *sc = sched_of(s);
    sc->choose = scratch ? schedule_choose : stepper_choose;
    sc->choose_ud = scratch ? (void *)&st->sched : (void *)st;
    sim_start(s);
    if (scratch) sched_begin(s, sim_run_slice, NULL);
    else sched_begin(s, step_slice, st);
    return s;
}

static void sim_dispose(Sim *s)
{
    if (!s) return;
    sim_free(s);
    free(s);
}

static void add_bound(Stepper *st, uint64_t pos, bool fine)
{
    if (st->nbounds && st->bounds[st->nbounds - 1].pos >= pos) return;
    if (st->nbounds == st->capbounds) {
        st->capbounds = st->capbounds ? st->capbounds * 2 : 256;
        st->bounds = xrealloc(st->bounds, st->capbounds * sizeof *st->bounds);
    }
    st->bounds[st->nbounds++] = (Bound){ pos, fine };
}

/* Back to the start of the run: a new Sim. */
static void reset(Stepper *st)
{
    sim_dispose(st->sim);
    st->nout = 0;
    if (st->out) st->out[0] = 0;
    st->npoints = 0;
    st->nbounds = 0;
    st->ended = false;
    st->result = SIM_OK;
    st->sim = sim_fresh(st, false, &st->loaded);
    st->pos = st->loaded ? event_total(st->sim) : 0;
    if (st->loaded) add_bound(st, st->pos, true);
    st->replays++;
}

/* One sched_step with the log pausing at `at` (0 = never). */
static void advance_to(Stepper *st, uint64_t at, bool fine)
{
    if (st->ended) return;
    st->sim->events->pause_at = at;
    st->ended = sched_step(st->sim, &st->result);
    st->sim->events->pause_at = 0;
    st->pos = event_total(st->sim);
    add_bound(st, st->pos, fine);
}

/* Forward to the first pause point >= n: fast, then fine near n. */
static void forward(Stepper *st, uint64_t n)
{
    if (n > st->pos + STEP_WINDOW) advance_to(st, n - STEP_WINDOW, false);
    while (!st->ended && st->pos < n) advance_to(st, st->pos + 1, true);
}

/* ---- public ---- */

Stepper *stepper_new(const char *filename, const char *src, size_t len, const SimConfig *cfg)
{
    Stepper *st = xcalloc(1, sizeof *st);
    st->filename = xmalloc(strlen(filename) + 1);
    strcpy(st->filename, filename);
    st->src = xmalloc(len + 1);
    memcpy(st->src, src, len);
    st->src[len] = 0;
    st->len = len;
    if (cfg) st->cfg = *cfg;
    if (st->cfg.trace_path) {
        st->trace_path = xmalloc(strlen(st->cfg.trace_path) + 1);
        strcpy(st->trace_path, st->cfg.trace_path);
        st->cfg.trace_path = st->trace_path;
    }
    st->sched.seed = st->cfg.seed;
    reset(st);
    st->replays = 0;
    return st;
}

void stepper_free(Stepper *st)
{
    if (!st) return;
    sim_dispose(st->sim);
    schedule_free(&st->sched);
    free(st->points);
    free(st->bounds);
    free(st->out);
    free(st->filename);
    free(st->src);
    free(st->trace_path);
    free(st);
}

bool stepper_loaded(const Stepper *st) { return st->loaded; }
Sim *stepper_sim(Stepper *st) { return st->sim; }
uint64_t stepper_pos(const Stepper *st) { return st->pos; }
uint64_t stepper_replays(const Stepper *st) { return st->replays; }
const Schedule *stepper_schedule(const Stepper *st) { return &st->sched; }

bool stepper_ended(const Stepper *st, SimResult *res)
{
    if (res) *res = st->result;
    return st->ended;
}

const char *stepper_output(const Stepper *st, size_t *len)
{
    if (len) *len = st->nout;
    return st->out ? st->out : "";
}

const ChoicePoint *stepper_choices(const Stepper *st, int *n)
{
    int k = 0;
    while (k < st->npoints && st->points[k].step < st->pos) k++;
    *n = k;
    return st->points;
}

uint64_t stepper_total_known(const Stepper *st)
{
    return st->ended ? st->pos : st->total;
}

uint64_t stepper_total(Stepper *st)
{
    if (!st->loaded) return 0;
    if (st->ended) st->total = st->pos;
    if (st->total) return st->total;
    bool ok;
    Sim *s = sim_fresh(st, true, &ok);
    SimResult r;
    if (ok)
        while (!sched_step(s, &r)) {
        }
    st->total = event_total(s);
    sim_dispose(s);
    return st->total;
}

/* Does event e satisfy c? */
static bool event_matches(const StepCond *c, const Event *e)
{
    switch (c->until) {
    case UNTIL_G_EVENT: return e->g == c->g;
    case UNTIL_STMT: return e->g == c->g && (e->kind == EV_EXIT || e->kind == EV_PANIC);
    case UNTIL_BLOCK: return e->kind == EV_PARK && (!c->g || e->g == c->g);
    case UNTIL_EXIT: return e->kind == EV_EXIT && (!c->g || e->g == c->g);
    case UNTIL_LEAK: return e->kind == EV_LEAK;
    case UNTIL_DEADLOCK: return e->kind == EV_DEADLOCK;
    case UNTIL_LINE:
        for (int i = 0; i < c->nlines; i++)
            if (e->g && e->line == c->lines[i]) return true;
        return false;
    default: return false;
    }
}

/* Has the step from `from` to the position satisfied c? */
static bool step_matches(Stepper *st, const StepCond *c, uint64_t from)
{
    Sim *s = st->sim;
    switch (c->until) {
    case UNTIL_EVENT: return true;
    case UNTIL_TIME: return s->now >= c->time;
    case UNTIL_STEP: return st->pos >= c->step;
    case UNTIL_END: return false;
    case UNTIL_CHOICE:
        for (int i = st->npoints - 1; i >= 0 && st->points[i].step >= from; i--)
            if (st->points[i].step < st->pos) return true;
        return false;
    default: break;
    }
    EventLog *log = s->events;
    for (uint64_t i = from; i < st->pos && i < log->n; i++)
        if (event_matches(c, &log->v[i])) return true;
    if (c->until == UNTIL_LINE) {
        G *g = sched_running(s);
        int32_t line = g ? snapshot_g_line(s, g) : 0;
        for (int i = 0; line && i < c->nlines; i++)
            if (line == c->lines[i]) return true;
    }
    return false;
}

StepStop stepper_run(Stepper *st, const StepCond *c)
{
    if (!st->loaded) return STOP_ERROR;
    if (st->ended) return STOP_ENDED;
    if (c->until == UNTIL_STEP) return stepper_goto(st, c->step);
    if (c->until == UNTIL_END) {
        advance_to(st, 0, false);
        return STOP_ENDED;
    }
    st->stmt_g = c->until == UNTIL_STMT ? c->g : 0;
    st->stmt_depth = 0;
    if (st->stmt_g > 0 && st->stmt_g <= st->sim->ngs) st->stmt_depth = st->sim->gs[st->stmt_g - 1]->nframes;
    st->brk = c->until == UNTIL_LINE ? c->lines : NULL;
    st->nbrk = c->until == UNTIL_LINE ? c->nlines : 0;
    StepStop r;
    for (;;) {
        uint64_t from = st->pos;
        st->stmt_hit = false;
        advance_to(st, st->pos + 1, true);
        /* a pause right before a wanted statement (after an event) is a
         * statement stop too: the resumed slice would run past it */
        G *run = sched_running(st->sim);
        if (!st->stmt_hit && run && (st->stmt_g || st->nbrk) && vm_at_stmt(run) &&
            stmt_wanted(st, run))
            st->stmt_hit = true;
        if (st->stmt_hit || step_matches(st, c, from)) {
            r = STOP_MATCHED;
            break;
        }
        if (st->ended) {
            r = STOP_ENDED;
            break;
        }
    }
    st->stmt_g = 0;
    st->brk = NULL;
    st->nbrk = 0;
    return r;
}

StepStop stepper_step(Stepper *st)
{
    StepCond c = { .until = UNTIL_EVENT };
    return stepper_run(st, &c);
}

StepStop stepper_goto(Stepper *st, uint64_t n)
{
    if (!st->loaded) return STOP_ERROR;
    if (n < st->pos) reset(st);
    forward(st, n);
    return st->pos >= n ? STOP_MATCHED : STOP_ENDED;
}

/* The pause point just before the position, known once the window before
 * it has been stepped finely; 0 when unknown. */
static uint64_t prev_bound(const Stepper *st)
{
    size_t k = st->nbounds;
    if (k < 2 || st->bounds[k - 1].pos != st->pos) return 0;
    return st->bounds[k - 1].fine ? st->bounds[k - 2].pos : 0;
}

StepStop stepper_back(Stepper *st)
{
    if (!st->loaded) return STOP_ERROR;
    if (st->nbounds && st->pos <= st->bounds[0].pos) return STOP_MATCHED;   /* at the start */
    uint64_t target = prev_bound(st);
    if (!target) {             /* learn the pause points before the position */
        uint64_t here = st->pos;
        reset(st);
        forward(st, here);
        target = prev_bound(st);
        if (!target) target = st->nbounds >= 2 ? st->bounds[st->nbounds - 2].pos : 0;
    }
    return stepper_goto(st, target);
}

StepStop stepper_restart(Stepper *st)
{
    if (!st->loaded) return STOP_ERROR;
    reset(st);
    return STOP_MATCHED;
}

StepStop stepper_set_seed(Stepper *st, uint64_t seed)
{
    st->sched.seed = seed;
    st->sched.n = 0;
    st->total = 0;
    if (!st->loaded) return STOP_ERROR;
    reset(st);
    return STOP_MATCHED;
}

bool stepper_force(Stepper *st, uint64_t step, ChooseKind kind, int index)
{
    if (!st->loaded || index < 0) return false;
    const ChoicePoint *cp = NULL;
    for (int i = 0; i < st->npoints; i++)
        if (st->points[i].step == step) cp = &st->points[i];
    if (!cp) {                 /* a point not reached yet, or with one candidate */
        uint64_t here = st->pos;
        if (step >= here) stepper_goto(st, step + 1);
        for (int i = 0; i < st->npoints; i++)
            if (st->points[i].step == step) cp = &st->points[i];
        if (!cp && step >= here) stepper_goto(st, here);
    }
    if (!cp || cp->kind != kind || index >= cp->n) return false;
    schedule_truncate(&st->sched, step);
    schedule_put(&st->sched, step, kind, index);
    st->total = 0;
    reset(st);
    forward(st, step + 1);
    return true;
}

bool stepper_schedule_save(const Stepper *st, const char *path, char *err, size_t errlen)
{
    return schedule_save(&st->sched, path, err, errlen);
}

bool stepper_schedule_load(Stepper *st, const char *path, char *err, size_t errlen)
{
    Schedule tmp = { 0 };
    if (!schedule_load(path, &tmp, err, errlen)) return false;
    schedule_free(&st->sched);
    st->sched = tmp;
    st->total = 0;
    if (st->loaded) reset(st);
    return true;
}
