/* sched.c - one P's scheduler (Go's proc.go, reduced to a single thread):
 * runnext + local ring + global queue, parking and readying, the main loop,
 * deadlock detection, the step budget and the leak report.  See sched.h. */
#include "sched.h"
#include "vm.h"
#include "event.h"
#include "rt.h"
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_PREEMPT_SLICE 64   /* max instructions per slice, --preempt */
#define SCHED_MAX_IDLE_FIRES 100000 /* clock jumps readying nobody before we call it a hang */
#define GX_BLOCK 64                /* GSched records per allocation (gx_new) */
#define SUDOG_BLOCK 64             /* sudogs per allocation (sched_sudog_get) */

typedef struct SudogBlock {        /* Sched.sudogblocks */
    struct SudogBlock *next;
    Sudog sg[SUDOG_BLOCK];
} SudogBlock;

void sched_init(Sim *s)
{
    if (!s->sched) {
        Sched *sc = xcalloc(1, sizeof *sc);
        sc->dump = rt_print_goroutine;
        sc->preempt_slice = DEFAULT_PREEMPT_SLICE;
        /* Go's schedtick is already past 0 when main starts (runtime init);
           starting at 0 would make the first Gosched re-run main at once */
        sc->schedtick = 1;
        s->sched = sc;
    }
    event_init(s);
}

void sched_free(Sim *s)
{
    Sched *sc = sched_of(s);
    if (sc) {
        for (int i = 0; i < sc->ntimers; i++) free(sc->timers[i]);
        free(sc->timers);
        free(sc->heap);
        free(sc->chans);
        for (int i = 0; i < sc->ngx; i++) {
            GSched *gx = sc->gx[i];
            free(gx->sel);
        }
        /* GSched records come in blocks of GX_BLOCK (gx_new) */
        for (int i = 0; i < sc->ngx; i += GX_BLOCK) free(sc->gx[i]);
        free(sc->gx);
        free(sc->tracked);
        free(sc->objnames);
        free(sc->objindex);
        /* every sudog (cached or still waiting) lives in a block */
        for (SudogBlock *b = sc->sudogblocks, *nb; b; b = nb) {
            nb = b->next;
            free(b);
        }
        free(sc);
        s->sched = NULL;
    }
    event_free(s);
}

/* ---- positions ---- */

int32_t sched_g_line(const G *g, const char **file)
{
    if (file) *file = NULL;
    if (!g || g->nframes <= 0 || !g->frames) return 0;
    const Frame *f = &g->frames[g->nframes - 1];
    const Proto *p = f->proto;
    if (!p) return 0;
    if (file) *file = p->file;
    int pc = (f->flags & FRAME_REEXEC) ? f->pc : f->pc - 1;
    if (pc < 0) pc = 0;
    if (!p->lines || pc >= p->ncode) return p->pos.line;
    return p->lines[pc];
}

static bool library_proto(const Proto *p)
{
    return !p || !p->file || strncmp(p->file, "$GOROOT/", 8) == 0;
}

int sched_user_frame(const G *g)
{
    if (!g || !g->frames) return -1;
    for (int i = g->nframes - 1; i >= 0; i--)
        if (!library_proto(g->frames[i].proto)) return i;
    return -1;
}

int32_t sched_user_line(const G *g, const char **file)
{
    int u = sched_user_frame(g);
    if (u < 0 || u == g->nframes - 1) return sched_g_line(g, file);
    if (file) *file = g->frames[u].proto->file;
    return vm_frame_line(&g->frames[u]);
}

/* ---- run queues (proc.go: runqput, runqputslow, runqget, globrunqget) ---- */

static void glob_put(Sched *sc, G *g)
{
    gsched(g)->globnext = NULL;
    if (sc->globtail) gsched(sc->globtail)->globnext = g;
    else sc->globhead = g;
    sc->globtail = g;
    sc->globsize++;
}

static G *glob_pop(Sched *sc)
{
    G *g = sc->globhead;
    if (!g) return NULL;
    sc->globhead = gsched(g)->globnext;
    if (!sc->globhead) sc->globtail = NULL;
    gsched(g)->globnext = NULL;
    sc->globsize--;
    return g;
}

static void runq_put(Sched *sc, G *g, bool next)
{
    gsched(g)->inq = true;
    if (next) {
        G *old = sc->runnext;
        sc->runnext = g;
        if (!old) return;
        g = old;           /* kick the old runnext to the tail */
    }
    if (sc->runqtail - sc->runqhead < SCHED_LOCALQ) {
        sc->runq[sc->runqtail++ % SCHED_LOCALQ] = g;
        return;
    }
    /* runqputslow: half of the local queue, then g, go to the global queue */
    for (int i = 0; i < SCHED_LOCALQ / 2; i++) glob_put(sc, sc->runq[sc->runqhead++ % SCHED_LOCALQ]);
    glob_put(sc, g);
}

static G *runq_get(Sched *sc, bool *inherit)
{
    G *g = sc->runnext;
    if (g) {
        sc->runnext = NULL;
        *inherit = true;
        return g;
    }
    *inherit = false;
    if (sc->runqhead == sc->runqtail) return NULL;
    return sc->runq[sc->runqhead++ % SCHED_LOCALQ];
}

static G *glob_get(Sched *sc, int64_t max)
{
    if (sc->globsize == 0) return NULL;
    int64_t n = sc->globsize / 1 + 1;          /* gomaxprocs = 1 */
    if (n > sc->globsize) n = sc->globsize;
    if (max > 0 && n > max) n = max;
    if (n > SCHED_LOCALQ / 2) n = SCHED_LOCALQ / 2;
    G *g = glob_pop(sc);
    for (n--; n > 0; n--) {
        G *x = glob_pop(sc);
        if (x) runq_put(sc, x, false);
    }
    return g;
}

/* The i-th candidate in the order runnext, local queue, global queue; removes
 * it.  For forced choices only (the explorer): not Go's own path. */
static G *take_candidate(Sched *sc, int i)
{
    if (sc->runnext) {
        if (i == 0) {
            G *g = sc->runnext;
            sc->runnext = NULL;
            return g;
        }
        i--;
    }
    uint32_t nloc = sc->runqtail - sc->runqhead;
    if ((uint32_t)i < nloc) {
        uint32_t at = sc->runqhead + (uint32_t)i;
        G *g = sc->runq[at % SCHED_LOCALQ];
        for (uint32_t k = at; k > sc->runqhead; k--)
            sc->runq[k % SCHED_LOCALQ] = sc->runq[(k - 1) % SCHED_LOCALQ];
        sc->runqhead++;
        return g;
    }
    i -= (int)nloc;
    G *prev = NULL, *g = sc->globhead;
    while (g && i-- > 0) {
        prev = g;
        g = gsched(g)->globnext;
    }
    if (!g) return NULL;
    if (prev) gsched(prev)->globnext = gsched(g)->globnext;
    else sc->globhead = gsched(g)->globnext;
    if (sc->globtail == g) sc->globtail = prev;
    gsched(g)->globnext = NULL;
    sc->globsize--;
    return g;
}

/* findRunnable for one P.  *from: 0 runnext, 1 local, 2 global, 3 forced. */
static G *pick(Sim *s, Sched *sc, int *from)
{
    int n = (sc->runnext != NULL) + (int)(sc->runqtail - sc->runqhead) + (int)sc->globsize;
    if (n == 0) return NULL;
    bool inherit = false;
    G *g = NULL;
    if (sc->choose) {
        int k = sc->choose(sc->choose_ud, s, NULL, CHOOSE_RUN, n);
        if (k >= 0 && k < n) {
            g = take_candidate(sc, k);
            *from = 3;
        }
    }
    if (!g && sc->schedtick % 61 == 0 && sc->globsize > 0) {
        g = glob_get(sc, 1);
        *from = 2;
    }
    if (!g) {
        g = runq_get(sc, &inherit);
        *from = inherit ? 0 : 1;
    }
    if (!g) {
        g = glob_get(sc, 0);
        *from = 2;
    }
    if (g && !inherit) sc->schedtick++;
    if (g) gsched(g)->inq = false;
    return g;
}

/* ---- goroutines ---- */

/* Per-G records are made in blocks of GX_BLOCK (one malloc header per block,
 * not per goroutine: a million parked goroutines must stay small).  Records
 * are never freed before sched_free, and sc->gx[i] for i a multiple of
 * GX_BLOCK is the start of its block.  Call before appending to sc->gx. */
static GSched *gx_new(Sched *sc)
{
    int i = sc->ngx % GX_BLOCK;
    if (i == 0) return xcalloc(GX_BLOCK, sizeof(GSched));
    return sc->gx[sc->ngx - i] + i;
}

void sched_add_g(Sim *s, G *g)
{
    Sched *sc = sched_of(s);
    bool listed = g->id > 0 && g->id <= s->ngs && s->gs[g->id - 1] == g;
    if (!listed) {        /* vm_new_g may already have done this part */
        if (s->ngs == s->capgs) {
            s->capgs = s->capgs ? s->capgs * 2 : 16;
            s->gs = xrealloc(s->gs, (size_t)s->capgs * sizeof *s->gs);
        }
        s->gs[s->ngs++] = g;
        g->id = s->ngs;
    }
    if (sc->ngx == sc->capgx) {
        sc->capgx = sc->capgx ? sc->capgx * 2 : 16;
        sc->gx = xrealloc(sc->gx, (size_t)sc->capgx * sizeof *sc->gx);
    }
    GSched *gx = gx_new(sc);
    gx->g = g;
    sc->gx[sc->ngx++] = gx;
    g->schedx = gx;
    G *cur = s->cur;
    if (cur) {            /* keep what vm_new_g may have filled in */
        if (!g->creator) g->creator = cur->id;
        if (!g->created_line) g->created_line = sched_g_line(cur, NULL);
        if (!g->created_in && cur->nframes > 0 && cur->frames)
            g->created_in = cur->frames[cur->nframes - 1].proto;
    }
    if (!sc->main) sc->main = g;
    sc->nalive++;
    g->status = G_RUNNABLE;
    Event *e = event_add(s, EV_GO, cur, g->id);
    if (e) e->detail = g->startfn;
    runq_put(sc, g, true);            /* newproc: runqput(pp, newg, true) */
}

void sched_ready(Sim *s, G *g, G *by, bool next)
{
    g->status = G_RUNNABLE;
    g->waitreason = NULL;
    g->waiting_on = NULL;
    event_add(s, EV_READY, g, by ? by->id : 0);
    runq_put(sched_of(s), g, next);
}

void sched_park(Sim *s, G *g, GStatus st, const char *reason, void *on)
{
    g->status = st;
    g->waitreason = reason;
    g->waiting_on = on;
    g->waitsince = s->now;
    gsched(g)->ran = 0;
    Event *e = event_add(s, EV_PARK, g, 0);
    if (e) e->detail = reason;
}

int sched_num_goroutine(Sim *s) { return (int)sched_of(s)->nalive; }

/* ---- sudog cache ---- */

/* Sudogs are carved from blocks (one malloc header per SUDOG_BLOCK of them:
 * a million goroutines parked on a channel hold a million sudogs), reused
 * through sudogcache, and freed only with the blocks in sched_free. */
Sudog *sched_sudog_get(Sim *s, G *g)
{
    Sched *sc = sched_of(s);
    Sudog *sg = sc->sudogcache;
    if (sg) sc->sudogcache = sg->next;
    else {
        if (sc->sudogleft == 0) {
            SudogBlock *b = xmalloc(sizeof *b);
            b->next = sc->sudogblocks;
            sc->sudogblocks = b;
            sc->sudogleft = SUDOG_BLOCK;
        }
        sg = &((SudogBlock *)sc->sudogblocks)->sg[--sc->sudogleft];
    }
    memset(sg, 0, sizeof *sg);
    sg->g = g;
    return sg;
}

void sched_sudog_put(Sim *s, Sudog *sg)
{
    Sched *sc = sched_of(s);
    sg->next = sc->sudogcache;
    sc->sudogcache = sg;
}

/* ---- the ends of a run ---- */

static const char *status_words(const G *g)
{
    if (g->status == G_RUNNABLE) return "runnable";
    if (g->status == G_RUNNING) return "running";
    return g->waitreason ? g->waitreason : "waiting";
}

/* checkdead: Go's texts; main's section first, then the others by id. */
static SimResult deadlock(Sim *s, Sched *sc)
{
    int alive = 0;
    for (int i = 0; i < s->ngs; i++) alive += s->gs[i]->status != G_DEAD;
    event_add(s, EV_DEADLOCK, NULL, 0);
    s->exit_code = 2;
    if (alive == 0) {
        sim_printf(s, 2, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        return SIM_FATAL;
    }
    sim_printf(s, 2, "fatal error: all goroutines are asleep - deadlock!\n\n");
    bool first = true;
    if (sc->main && sc->main->status != G_DEAD) {
        sc->dump(s, sc->main, status_words(sc->main));
        first = false;
    }
    for (int i = 0; i < s->ngs; i++) {
        G *g = s->gs[i];
        if (g == sc->main || g->status == G_DEAD) continue;
        if (!first) sim_write(s, 2, "\n", 1);
        sc->dump(s, g, status_words(g));
        first = false;
    }
    return SIM_FATAL;
}

static const char *g_where(const G *g, char *buf, size_t len)
{
    const char *file;
    int32_t line = sched_user_line(g, &file);
    if (line <= 0) snprintf(buf, len, "?");
    else snprintf(buf, len, "%s:%d", file ? file : "?", (int)line);
    return buf;
}

/* Main returned: every goroutine still alive leaked.  Reported after the
 * program's own output, each line starting "gocafe:" (Go's stderr stays
 * intact), with the seed so the run can be replayed. */
static SimResult main_returned(Sim *s, Sched *sc)
{
    int n = 0;
    for (int i = 0; i < s->ngs; i++) n += s->gs[i]->status != G_DEAD;
    Event *e = event_add(s, EV_MAIN_EXIT, sc->main, 0);
    if (e) e->a = n;
    sc->nleaked = n;
    for (int i = 0; i < s->ngs; i++) {
        G *g = s->gs[i];
        if (g->status == G_DEAD) continue;
        bool blocked = g->status == G_WAITING || g->status == G_SLEEPING;
        int64_t waited = blocked ? s->now - g->waitsince : 0;
        e = event_add(s, EV_LEAK, g, 0);
        if (e) {
            e->a = waited;
            e->detail = blocked ? g->waitreason : NULL;
        }
        if (sc->leaks == LEAKS_OFF) continue;
        char where[256], d[40];
        event_fmt_duration(waited, d, sizeof d);
        g_where(g, where, sizeof where);
        if (blocked)
            sim_printf(s, 2, "gocafe: goroutine %" PRId64 " leaked: %s [%s] at %s for %s\n",
                       g->id, g->startfn ? g->startfn : "?", status_words(g), where, d);
        else
            sim_printf(s, 2, "gocafe: goroutine %" PRId64 " leaked: %s [runnable] at %s\n",
                       g->id, g->startfn ? g->startfn : "?", where);
    }
    if (n > 0 && sc->leaks != LEAKS_OFF)
        sim_printf(s, 2, "gocafe: %d goroutine%s leaked when main returned (seed %" PRIu64 ")\n",
                   n, n == 1 ? "" : "s", s->cfg.seed);
    if (n > 0 && sc->leaks == LEAKS_ERROR) {
        s->exit_code = 3;
        return SIM_EXIT;
    }
    return SIM_OK;
}

/* A goroutine that never blocks would hang the simulation: stop it, naming
 * it and its line (the barista who never looks up). */
static SimResult budget_exceeded(Sim *s, G *g, uint64_t steps)
{
    char where[256];
    g->status = G_RUNNING;   /* stopped mid-work: it never looked up */
    Event *e = event_add(s, EV_BUDGET, g, 0);
    if (e) e->a = (int64_t)steps;
    sim_printf(s, 2,
               "gocafe: goroutine %" PRId64 " (%s) ran %" PRIu64 " steps at %s without blocking"
               " or yielding; stopped (the limit is the step budget flag)\n",
               g->id, g->startfn ? g->startfn : "?", steps, g_where(g, where, sizeof where));
    s->exit_code = 2;
    return SIM_FATAL;
}

static bool only_tickers_pending(Sched *sc)
{
    for (int i = 0; i < sc->nheap; i++)
        if (sc->heap[i]->state == TIMER_PENDING && sc->heap[i]->period == 0) return false;
    return true;
}

/* Every goroutine is blocked for good and only tickers (or timers that
 * ready nobody) keep firing: Go would hang forever, silently.  Say so. */
static SimResult only_timers(Sim *s)
{
    char d[40];
    event_fmt_duration(s->now, d, sizeof d);
    sim_printf(s, 2, "gocafe: every goroutine is blocked and only timers keep firing "
                     "(virtual time %s): Go would hang here forever; stopped\n", d);
    s->exit_code = 2;
    return SIM_FATAL;
}

/* ---- the main loop ---- */

static uint64_t slice_budget(Sim *s, Sched *sc, GSched *gx)
{
    uint64_t total = s->cfg.step_budget ? s->cfg.step_budget : UINT64_MAX;
    uint64_t left = gx->ran < total ? total - gx->ran : 1;
    if (sc->preempt) {
        uint64_t max = sc->preempt_slice ? sc->preempt_slice : DEFAULT_PREEMPT_SLICE;
        uint64_t n = 1 + sim_rand(s) % max;
        if (n < left) left = n;
    }
    return left;
}

void sched_begin(Sim *s, SchedRunFn run, void *ud)
{
    Sched *sc = sched_of(s);
    sc->runfn = run;
    sc->runud = ud;
    sc->resume = NULL;
    sc->idle = 0;
    sc->ended = false;
}

static bool run_ended(Sched *sc, SimResult r, SimResult *res)
{
    sc->ended = true;
    sc->result = r;
    if (res) *res = r;
    return true;
}

/* Picks the next goroutine to run, firing timers and jumping the clock as
 * needed.  NULL with *end set: the run is over; NULL without: paused. */
static G *next_g(Sim *s, Sched *sc, bool *end, SimResult *r)
{
    for (;;) {
        timer_run_due(s);
        if (s->pause) return NULL;
        int from = 0;
        G *g = pick(s, sc, &from);
        if (!g) {
            if (++sc->idle > SCHED_MAX_IDLE_FIRES) {
                if (only_tickers_pending(sc)) {
                    *end = true;
                    *r = only_timers(s);
                    return NULL;
                }
                sc->idle = 0; /* a one-shot timer may still ready someone */
            }
            if (timer_advance(s)) {
                if (s->pause) return NULL;
                continue;
            }
            *end = true;
            *r = deadlock(s, sc);
            return NULL;
        }
        sc->idle = 0;
        Event *e = event_add(s, EV_RUN, g, 0);
        if (e) e->a = from;
        g->status = G_RUNNING;
        return g;
    }
}

/* What a finished slice means.  Returns true when the run ends (*r). */
static bool slice_done(Sim *s, Sched *sc, G *g, SchedStatus st, uint64_t budget, SimResult *r)
{
    GSched *gx = gsched(g);
    switch (st) {
    case SCHED_DONE:
    case SCHED_GOEXIT:
        g->status = G_DEAD;
        sc->nalive--;
        event_add(s, EV_EXIT, g, 0);
        if (g != sc->main) return false;
        if (st == SCHED_GOEXIT) {
            sc->main_goexit = true;
            return false;
        }
        *r = main_returned(s, sc);
        return true;
    case SCHED_BLOCKED:
        gx->ran = 0;
        if (g->status == G_RUNNING) {     /* host bug guard: keep it alive */
            g->status = G_RUNNABLE;
            runq_put(sc, g, false);
        }
        return false;
    case SCHED_YIELD:
        gx->ran = 0;
        g->status = G_RUNNABLE;
        event_add(s, EV_YIELD, g, 0);
        glob_put(sc, g);                   /* goschedImpl: globrunqput */
        gx->inq = true;
        return false;
    case SCHED_SLICE:
        gx->ran += budget;
        if (!sc->preempt || (s->cfg.step_budget && gx->ran >= s->cfg.step_budget)) {
            *r = budget_exceeded(s, g, gx->ran);
            return true;
        }
        g->status = G_RUNNABLE;
        event_add(s, EV_PREEMPT, g, 0);
        glob_put(sc, g);
        gx->inq = true;
        return false;
    case SCHED_PANIC:
        event_add(s, EV_PANIC, g, 0);
        s->exit_code = 2;
        *r = SIM_PANIC;
        return true;
    case SCHED_EXIT:
        *r = SIM_EXIT;
        return true;
    case SCHED_FATAL:
    default:
        if (s->fatal) sim_printf(s, 2, "fatal error: %s\n", s->fatal);
        s->exit_code = 2;
        *r = SIM_FATAL;
        return true;
    }
}

bool sched_step(Sim *s, SimResult *res)
{
    Sched *sc = sched_of(s);
    if (sc->ended) {
        if (res) *res = sc->result;
        return true;
    }
    s->pause = false;
    for (;;) {
        G *g = sc->resume;
        uint64_t budget;
        SimResult r = SIM_OK;
        if (g) {                           /* paused mid-slice or just picked */
            sc->resume = NULL;
            budget = sc->resume_budget;
        } else {
            bool end = false;
            g = next_g(s, sc, &end, &r);
            if (end) return run_ended(sc, r, res);
            if (!g) return false;          /* paused by a timer or the clock */
            budget = slice_budget(s, sc, gsched(g));
            if (s->pause) {                /* paused at EV_RUN */
                sc->resume = g;
                sc->resume_budget = budget;
                return false;
            }
        }
        s->cur = g;
        s->pause_left = 0;
        SchedStatus st = sc->runfn(sc->runud, s, g, budget);
        s->cur = NULL;
        if (st == SCHED_SLICE && s->pause_left > 0) {   /* PAUSE_POINT */
            uint64_t left = (uint64_t)s->pause_left;
            s->pause_left = 0;
            gsched(g)->ran += budget - left;
            g->status = G_RUNNING;
            sc->resume = g;
            sc->resume_budget = left;
            return false;
        }
        sc->slices++;
        if (slice_done(s, sc, g, st, budget, &r)) return run_ended(sc, r, res);
        if (s->pause) return false;
    }
}

SimResult sched_run(Sim *s, SchedRunFn run, void *ud)
{
    SimResult r = SIM_OK;
    sched_begin(s, run, ud);
    while (!sched_step(s, &r)) {
    }
    return r;
}

int sched_candidates(Sim *s, G **out, int max)
{
    Sched *sc = sched_of(s);
    int n = 0;
    if (sc->runnext) {
        if (n < max) out[n] = sc->runnext;
        n++;
    }
    for (uint32_t i = sc->runqhead; i != sc->runqtail; i++, n++)
        if (n < max) out[n] = sc->runq[i % SCHED_LOCALQ];
    for (G *g = sc->globhead; g; g = gsched(g)->globnext, n++)
        if (n < max) out[n] = g;
    return n;
}

bool sched_add_snapfill(Sim *s, void (*fn)(Sim *s, struct Snapshot *snap))
{
    Sched *sc = sched_of(s);
    for (int i = 0; i < sc->nsnapfill; i++)
        if (sc->snapfill[i] == fn) return true;
    if (sc->nsnapfill == 4) return false;
    sc->snapfill[sc->nsnapfill++] = fn;
    return true;
}

void sched_track(Sim *s, GoIface *obj)
{
    Sched *sc = sched_of(s);
    if (!obj) return;
    if (sc->ntracked == sc->captracked) {
        sc->captracked = sc->captracked ? sc->captracked * 2 : 16;
        sc->tracked = xrealloc(sc->tracked, (size_t)sc->captracked * sizeof *sc->tracked);
    }
    sc->tracked[sc->ntracked++] = obj;
}

/* ---- names of library objects (OP_NAMEOBJ) ---- */

static uint32_t obj_hash(const void *key)
{
    uint64_t h = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ULL;
    return (uint32_t)(h >> 32);
}

static int32_t *obj_slot(Sched *sc, const void *key)
{
    for (uint32_t i = obj_hash(key) & sc->objmask;; i = (i + 1) & sc->objmask) {
        int32_t *slot = &sc->objindex[i];
        if (!*slot || sc->objnames[*slot - 1].key == key) return slot;
    }
}

/* Keeps the index at most half full. */
static void obj_grow(Sched *sc)
{
    uint32_t size = sc->objmask ? (sc->objmask + 1) * 2 : 64;
    free(sc->objindex);
    sc->objindex = xcalloc(size, sizeof *sc->objindex);
    sc->objmask = size - 1;
    for (int i = 0; i < sc->nobjnames; i++) *obj_slot(sc, sc->objnames[i].key) = i + 1;
}

const ObjName *sched_obj_name(Sim *s, const void *key)
{
    Sched *sc = sched_of(s);
    if (!sc || !sc->objmask || !key) return NULL;
    int32_t i = *obj_slot(sc, key);
    return i ? &sc->objnames[i - 1] : NULL;
}

void sched_name_obj(Sim *s, const void *key, const char *name, int kind)
{
    Sched *sc = sched_of(s);
    if (!key || !name || !*name) return;
    if ((uint32_t)sc->nobjnames * 2 >= sc->objmask) obj_grow(sc);
    int32_t *slot = obj_slot(sc, key);
    if (*slot) return;                      /* first name wins */
    if (sc->nobjnames == sc->capobjnames) {
        sc->capobjnames = sc->capobjnames ? sc->capobjnames * 2 : 16;
        sc->objnames = xrealloc(sc->objnames, (size_t)sc->capobjnames * sizeof *sc->objnames);
    }
    sc->objnames[sc->nobjnames] = (ObjName){ key, name, kind };
    *slot = ++sc->nobjnames;
}
