/* lib_time.c - natives of package time (sim/lib/time.go): the virtual clock,
 * Sleep, and the scheduler timers behind Timer, Ticker, After, Tick and
 * AfterFunc (sim/timer.h).
 *
 * A Go Timer/Ticker keeps the scheduler's timer id (dense, 1, 2, 3 ...);
 * timer records live until the run ends, so the id stays valid forever.
 * Channel timers send the current time.Time (a struct {sec, nsec, mono, loc}
 * laid out as time.go declares it) without blocking, as Go's sendTime does;
 * AfterFunc timers start f in a new goroutine "created by time.goFunc".
 */
#include "lib_int.h"
#include "sched.h"
#include "timer.h"
#include "vm.h"

#define UNIX_TO_INTERNAL 62135596800LL   /* seconds from year 1 to 1970 */

/* func runtimeNano() int64 */
static NatStatus n_runtime_nano(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = s->now;
    return NAT_OK;
}

/* func Sleep(d Duration): parks with wait reason "sleep"; re-executed once
 * the timer fired (timer_sleep's protocol). */
static NatStatus n_sleep(Sim *s, G *g, Value *a, Value *res)
{
    return timer_sleep(s, g, a[0].i) ? NAT_BLOCK : NAT_OK;
}

static Timer *timer_by_id(Sim *s, int64_t id)
{
    Sched *sc = sched_of(s);
    if (id < 1 || id > sc->ntimers) return NULL;
    return sc->timers[id - 1];
}

/* TIMER_SEND preparation: t->arg = time.Now() as a time.Time value. */
static void now_value(Sim *s, Timer *t)
{
    Value v = rt_zero(s, t->c->elem);
    GoArray *tm = v.p;
    int64_t u = timer_unix_now(s);
    if (tm && tm->len >= 3) {
        tm->v[0].i = u / 1000000000 + UNIX_TO_INTERNAL;
        tm->v[1].i = u % 1000000000;
        tm->v[2].i = s->now + 1;          /* monotonic reading, as Now() */
        if (tm->len >= 4) tm->v[3].p = t->ud;   /* time.Local, as Now() */
    }
    t->arg = v;
}

/* func startChanTimer(c chan Time, when int64, period int64, loc *Location) int */
static NatStatus n_start_chan_timer(Sim *s, G *g, Value *a, Value *res)
{
    Timer *t = timer_new(s, TIMER_SEND);
    t->c = a[0].p;
    t->fn = now_value;
    t->ud = a[3].p;
    t->owner = g ? g->id : 0;
    timer_start(s, t, a[1].i, a[2].i);
    res[0].i = t->id;
    return NAT_OK;
}

/* TIMER_FUNC action of AfterFunc: go f(), as the runtime's time.goFunc does. */
static void go_func(Sim *s, Timer *t)
{
    GoFunc *f = t->arg.p;
    if (!f) return;
    Proto *creator = t->ud;
    if (!creator) {                       /* the frame dumps name as creator */
        creator = arena_alloc(&s->arena, sizeof *creator);
        creator->name = "time.goFunc";
        creator->file = "$GOROOT/src/time/sleep.go";
        creator->retpc = -1;
        t->ud = creator;
    }
    G *ng = vm_new_g(s, f, NULL, 0);
    ng->creator = t->owner > 0 ? t->owner : 1;
    ng->created_line = 176;               /* sleep.go:176 in Go 1.19 */
    ng->created_in = creator;
    sched_add_g(s, ng);
}

/* func startFuncTimer(f func(), when int64) int */
static NatStatus n_start_func_timer(Sim *s, G *g, Value *a, Value *res)
{
    Timer *t = timer_new(s, TIMER_FUNC);
    t->arg = a[0];
    t->fn = go_func;
    t->owner = g ? g->id : 0;
    timer_start(s, t, a[1].i, 0);
    res[0].i = t->id;
    return NAT_OK;
}

/* func stopTimer(id int) bool */
static NatStatus n_stop_timer(Sim *s, G *g, Value *a, Value *res)
{
    Timer *t = timer_by_id(s, a[0].i);
    res[0].i = t ? timer_stop(s, t) : 0;
    return NAT_OK;
}

/* func resetTimer(id int, when int64, period int64) bool */
static NatStatus n_reset_timer(Sim *s, G *g, Value *a, Value *res)
{
    Timer *t = timer_by_id(s, a[0].i);
    bool was = false;
    if (t) {
        was = timer_stop(s, t);
        timer_start(s, t, a[1].i, a[2].i);
    }
    res[0].i = was;
    return NAT_OK;
}

const NativeDef lib_time_natives[] = {
    {"time.runtimeNano", n_runtime_nano},
    {"time.Sleep", n_sleep},
    {"time.startChanTimer", n_start_chan_timer},
    {"time.startFuncTimer", n_start_func_timer},
    {"time.stopTimer", n_stop_timer},
    {"time.resetTimer", n_reset_timer},
    {NULL, NULL},
};
