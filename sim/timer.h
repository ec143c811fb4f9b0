/* timer.h - the virtual clock and the timer heap.
 *
 * Contract:
 *  - s->now is virtual ns since 2009-11-10 23:00:00 UTC (the Go Playground's
 *    epoch, TIMER_EPOCH_UNIX_NS).  It only moves when nothing can run: the
 *    scheduler then jumps it to the next pending timer (timer_advance), so an
 *    hour of sleeps costs no real time.
 *  - Timers live in a binary min-heap ordered by (when, seq): equal deadlines
 *    fire in the order they were started, so a run is deterministic.
 *  - timer_stop only marks a timer (as Redis' ae.c deletes events): the heap
 *    entry is dropped when it reaches the top.  So a callback may stop or
 *    reset any timer, itself included, while timers are being fired.
 *  - Timer records are owned by the scheduler and live until sched_free, so a
 *    Go object (time.Timer, a context) may keep a Timer* and Stop/Reset it any
 *    time.  A pending (started, not stopped, not fired) timer keeps the run
 *    alive: it is not a deadlock.  A stopped one does not.
 *  - Firing: TIMER_WAKE readies the sleeping G (runnext, as Go's goready);
 *    TIMER_SEND calls fn (if any, to store the value in t->arg, e.g. the
 *    current time.Time) then does a non-blocking send of t->arg on t->c (as
 *    Go's sendTime: a full buffer drops the tick); TIMER_FUNC calls fn (AfterFunc
 *    starting a goroutine, a context deadline cancelling).  A timer with a
 *    period is re-armed at when + k*period (the next one after now).
 */
#ifndef GOCAFE_TIMER_H
#define GOCAFE_TIMER_H
#include <stdbool.h>
#include <stdint.h>
#include "sim.h"

#define TIMER_EPOCH_UNIX_NS 1257894000000000000LL   /* 2009-11-10 23:00:00 UTC */

struct GoChan;
typedef struct Timer Timer;
typedef void (*TimerFn)(Sim *s, Timer *t);

typedef enum TimerKind { TIMER_WAKE, TIMER_SEND, TIMER_FUNC } TimerKind;
typedef enum TimerState {
    TIMER_IDLE = 0,       /* never started, fired (one-shot) or removed */
    TIMER_PENDING,        /* in the heap, will fire */
    TIMER_STOPPED         /* still in the heap but marked: will be dropped */
} TimerState;

struct Timer {
    int64_t id;           /* dense, 1, 2, 3 ... (event log, UI) */
    int64_t when;         /* virtual ns it fires at */
    int64_t period;       /* > 0: ticker */
    TimerKind kind;
    TimerState state;
    G *g;                 /* TIMER_WAKE: who sleeps */
    struct GoChan *c;     /* TIMER_SEND: where the tick goes */
    TimerFn fn;           /* TIMER_SEND: prepares arg; TIMER_FUNC: the action */
    void *ud;             /* for fn */
    Value arg;            /* TIMER_SEND: value sent; free for fn otherwise */
    int64_t seq;          /* start order, breaks ties between equal `when` */
    int heapidx;          /* position in the heap, -1 when not in it */
    int64_t owner;        /* goroutine that started it (0 = runtime) */
};

/* A timer record (not started). */
Timer *timer_new(Sim *s, TimerKind kind);
/* Arms t to fire at `when` (absolute virtual ns), every `period` after if > 0.
 * Works on a new, fired, stopped or pending timer (then it is moved). */
void timer_start(Sim *s, Timer *t, int64_t when, int64_t period);
/* Go's Timer.Stop: true if the call stopped a pending timer. */
bool timer_stop(Sim *s, Timer *t);
/* Go's Timer.Reset(d): stop, then start at now+d.  Returns what Stop did. */
bool timer_reset(Sim *s, Timer *t, int64_t d, int64_t period);
static inline bool timer_pending(const Timer *t) { return t->state == TIMER_PENDING; }

/* Number of pending timers (those that keep the run alive). */
int timer_npending(Sim *s);
/* Earliest pending deadline, or INT64_MAX when none. */
int64_t timer_next(Sim *s);
/* Fires every pending timer with when <= s->now, in (when, seq) order
 * (stopping early when s->pause is set: sched_step calls it again).
 * Returns how many fired. */
int timer_run_due(Sim *s);
/* Nothing can run: jump the clock to the next deadline and fire what is due.
 * Returns false when no timer is pending. */
bool timer_advance(Sim *s);

/* time.Sleep(d) for g, as a native calls it; re-executed after the wake-up
 * (NAT_BLOCK protocol): returns true if g was parked ("sleep") and the native
 * must return NAT_BLOCK; false when the sleep is over (or d <= 0). */
bool timer_sleep(Sim *s, G *g, int64_t d);

/* Unix ns of the virtual clock (time.Now). */
static inline int64_t timer_unix_now(const Sim *s) { return TIMER_EPOCH_UNIX_NS + s->now; }

#endif
