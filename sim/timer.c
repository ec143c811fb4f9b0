/* timer.c - the virtual clock and a binary min-heap of timers ordered by
 * (when, seq).  Stop marks; marked entries are dropped when they surface
 * (Redis ae.c's deletion by marking), so a firing callback may stop or reset
 * any timer.  See timer.h for the contract. */
#include "timer.h"
#include "sched.h"
#include "chan.h"
#include "event.h"
#include <stdlib.h>

/* ---- heap ---- */

static bool before(const Timer *a, const Timer *b)
{
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static void heap_set(Sched *sc, int i, Timer *t)
{
    sc->heap[i] = t;
    t->heapidx = i;
}

static void sift_up(Sched *sc, int i)
{
    Timer *t = sc->heap[i];
    while (i > 0) {
        int p = (i - 1) / 2;
        if (!before(t, sc->heap[p])) break;
        heap_set(sc, i, sc->heap[p]);
        i = p;
    }
    heap_set(sc, i, t);
}

static void sift_down(Sched *sc, int i)
{
    Timer *t = sc->heap[i];
    for (;;) {
        int l = 2 * i + 1, m = i;
        Timer *best = t;
        if (l < sc->nheap && before(sc->heap[l], best)) {
            m = l;
            best = sc->heap[l];
        }
        if (l + 1 < sc->nheap && before(sc->heap[l + 1], best)) m = l + 1;
        if (m == i) break;
        heap_set(sc, i, sc->heap[m]);
        i = m;
    }
    heap_set(sc, i, t);
}

static void heap_push(Sched *sc, Timer *t)
{
    if (sc->nheap == sc->capheap) {
        sc->capheap = sc->capheap ? sc->capheap * 2 : 16;
        sc->heap = xrealloc(sc->heap, (size_t)sc->capheap * sizeof *sc->heap);
    }
    heap_set(sc, sc->nheap++, t);
    sift_up(sc, t->heapidx);
}

static Timer *heap_pop(Sched *sc)
{
    Timer *t = sc->heap[0];
    t->heapidx = -1;
    if (--sc->nheap > 0) {
        heap_set(sc, 0, sc->heap[sc->nheap]);
        sift_down(sc, 0);
    }
    return t;
}

/* Drops marked (stopped) timers sitting on top. */
static void drop_stopped(Sched *sc)
{
    while (sc->nheap > 0 && sc->heap[0]->state != TIMER_PENDING) {
        Timer *t = heap_pop(sc);
        t->state = TIMER_IDLE;
    }
}

/* ---- public ---- */

static Event *timer_event(Sim *s, EventKind k, G *g, Timer *t, int64_t other)
{
    Event *e = event_add(s, k, g, other);
    if (e) {
        e->objkind = EO_TIMER;
        e->obj = t->id;
    }
    return e;
}

Timer *timer_new(Sim *s, TimerKind kind)
{
    Sched *sc = sched_of(s);
    if (sc->ntimers == sc->captimers) {
        sc->captimers = sc->captimers ? sc->captimers * 2 : 16;
        sc->timers = xrealloc(sc->timers, (size_t)sc->captimers * sizeof *sc->timers);
    }
    Timer *t = xcalloc(1, sizeof *t);
    sc->timers[sc->ntimers++] = t;
    t->id = sc->ntimers;
    t->kind = kind;
    t->heapidx = -1;
    t->owner = s->cur ? s->cur->id : 0;
    return t;
}

void timer_start(Sim *s, Timer *t, int64_t when, int64_t period)
{
    Sched *sc = sched_of(s);
    if (t->state == TIMER_PENDING) sc->npending--;
    t->when = when;
    t->period = period > 0 ? period : 0;
    t->seq = ++sc->timerseq;
    t->state = TIMER_PENDING;
    sc->npending++;
    if (t->heapidx >= 0) {          /* still in the heap (pending or marked) */
        sift_up(sc, t->heapidx);
        sift_down(sc, t->heapidx);
    } else {
        heap_push(sc, t);
    }
    Event *e = timer_event(s, EV_TIMER_START, s->cur, t, 0);
    if (e) {
        e->a = when;
        e->b = t->period;
    }
}

bool timer_stop(Sim *s, Timer *t)
{
    bool was = t->state == TIMER_PENDING;
    if (was) {
        t->state = TIMER_STOPPED;   /* the heap entry goes when it surfaces */
        sched_of(s)->npending--;
    }
    Event *e = timer_event(s, EV_TIMER_STOP, s->cur, t, 0);
    if (e) e->a = was;
    return was;
}

bool timer_reset(Sim *s, Timer *t, int64_t d, int64_t period)
{
    bool was = t->state == TIMER_PENDING;
    int64_t when = d > 0 && s->now > INT64_MAX - d ? INT64_MAX : s->now + (d > 0 ? d : 0);
    timer_start(s, t, when, period);
    return was;
}

int timer_npending(Sim *s) { return sched_of(s)->npending; }

int64_t timer_next(Sim *s)
{
    Sched *sc = sched_of(s);
    drop_stopped(sc);
    return sc->nheap ? sc->heap[0]->when : INT64_MAX;
}

/* Runs t's action.  A ticker is re-armed first, so its callback may stop it. */
static void fire(Sim *s, Sched *sc, Timer *t)
{
    sc->npending--;
    t->state = TIMER_IDLE;
    if (t->period > 0) {
        int64_t k = 1 + (s->now - t->when) / t->period;
        t->when = k > (INT64_MAX - t->when) / t->period ? INT64_MAX : t->when + k * t->period;
        t->seq = ++sc->timerseq;
        t->state = TIMER_PENDING;
        sc->npending++;
        heap_push(sc, t);
    }
    switch (t->kind) {
    case TIMER_WAKE: {
        timer_event(s, EV_TIMER_FIRE, NULL, t, t->g->id);
        gsched(t->g)->woke = true;
        sched_ready(s, t->g, NULL, true);     /* goroutineReady: goready */
        break;
    }
    case TIMER_SEND: {
        Event *e = timer_event(s, EV_TIMER_FIRE, NULL, t, 0);
        if (e) e->detail = "send";
        if (t->fn) t->fn(s, t);
        chan_trysend(s, NULL, t->c, t->arg); /* sendTime: drop if full */
        break;
    }
    case TIMER_FUNC: {
        Event *e = timer_event(s, EV_TIMER_FIRE, NULL, t, 0);
        if (e) e->detail = "func";
        if (t->fn) t->fn(s, t);
        break;
    }
    }
}

int timer_run_due(Sim *s)
{
    Sched *sc = sched_of(s);
    int n = 0;
    for (;;) {
        /* stepping: stop between firings when a pause is requested; the
         * scheduler calls again before it picks, so nothing else changes */
        if (s->pause) break;
        drop_stopped(sc);
        if (sc->nheap == 0 || sc->heap[0]->when > s->now) break;
        fire(s, sc, heap_pop(sc));
        n++;
    }
    return n;
}

bool timer_advance(Sim *s)
{
    int64_t next = timer_next(s);
    if (next == INT64_MAX && sched_of(s)->nheap == 0) return false;
    if (next > s->now) {
        Event *e = event_add(s, EV_CLOCK, NULL, 0);
        if (e) {
            e->a = s->now;
            e->b = next;
        }
        s->now = next;
    }
    timer_run_due(s);
    return true;
}

bool timer_sleep(Sim *s, G *g, int64_t d)
{
    GSched *gx = gsched(g);
    if (gx->woke) {                 /* re-executed after the wake-up */
        gx->woke = false;
        return false;
    }
    if (d <= 0) return false;
    if (!gx->sleept) {
        gx->sleept = timer_new(s, TIMER_WAKE);
        gx->sleept->g = g;
    }
    int64_t when = s->now > INT64_MAX - d ? INT64_MAX : s->now + d;
    timer_start(s, gx->sleept, when, 0);
    sched_park(s, g, G_SLEEPING, "sleep", gx->sleept);
    return true;
}
