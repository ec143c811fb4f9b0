/* event.h - the run's event log: every scheduling decision and every channel,
 * select and timer operation, in the order it happened.
 *
 * Contract:
 *  - One record per event, appended to s->events (NULL = logging off; every
 *    function here is then a no-op, so callers never test).
 *  - `step` is the record's index (0, 1, 2 ...): replay and the UI address an
 *    event by it.  `time` is virtual ns since the start of the run.
 *  - The record holds no pointer into mutable state, only ids, so a log can be
 *    compared, printed or kept after the run (names are arena/heap strings that
 *    live as long as the Sim).
 *  - event_format gives the stable one-line text form documented in
 *    docs/TRACE.md; the same seed gives the same log byte for byte.
 *  - Other modules (sync, context, atomic) add kinds at the end of EventKind
 *    and a name in event.c's table.
 */
#ifndef GOCAFE_EVENT_H
#define GOCAFE_EVENT_H
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include "sim.h"

typedef enum EventKind {
    EV_GO = 0,            /* g created goroutine `other` (a: start line) */
    EV_RUN,               /* scheduler picked g (a: 0 runnext, 1 local runq,
                             2 global runq, 3 forced) */
    EV_PARK,              /* g blocked; detail = wait reason; obj = what on */
    EV_READY,             /* g made runnable by `other` (0 = timer/runtime) */
    EV_YIELD,             /* g called runtime.Gosched */
    EV_PREEMPT,           /* g's slice ended (preemptive mode) */
    EV_EXIT,              /* g's function returned */
    EV_MAKE,              /* g made chan obj (a: capacity) */
    EV_SEND,              /* g sent on obj; other = receiver it handed to
                             (0 = into the buffer); val */
    EV_RECV,              /* g received from obj; other = sender it took from
                             (0 = buffer or closed); a: ok (1/0); val */
    EV_CLOSE,             /* g closed obj (a: waiters woken) */
    EV_SELECT,            /* g's select: a = ready cases, b = chosen case
                             (-1 default, -2 blocked), c = 0 single, 1 random,
                             2 forced; d = seed */
    EV_TIMER_START,       /* obj = timer id; a = when (ns), b = period */
    EV_TIMER_STOP,        /* obj = timer id; a = 1 if it was pending */
    EV_TIMER_FIRE,        /* obj = timer id; other = G woken, if any */
    EV_CLOCK,             /* clock jumped: a = from, b = to (ns) */
    EV_DEADLOCK,          /* nothing runnable, no timer pending */
    EV_PANIC,             /* g panicked out of its function */
    EV_BUDGET,            /* g ran its step budget without blocking */
    EV_MAIN_EXIT,         /* main returned: a = goroutines still alive */
    EV_LEAK,              /* goroutine g was alive when main returned */
    EV_NKINDS
} EventKind;

/* Object kinds, so the id in `obj` can be named in text. */
typedef enum EventObj { EO_NONE = 0, EO_CHAN, EO_TIMER, EO_OTHER } EventObj;

typedef struct Event {
    uint64_t step;        /* index in the log */
    int64_t time;         /* virtual ns since the start */
    int32_t g;            /* acting goroutine id (0 = the runtime: timers, clock) */
    int32_t other;        /* the goroutine affected (woken, created, handed to) */
    int32_t obj;          /* channel id, timer id ... (0 = none) */
    int32_t line;         /* source line of g's current instruction (0 = none) */
    uint8_t kind;         /* EventKind */
    uint8_t objkind;      /* EventObj */
    bool hasval;          /* val/valtype are meaningful */
    int32_t c;            /* kind-specific, small (see EventKind) */
    int64_t a, b, d;      /* kind-specific (see EventKind) */
    const char *objname;  /* channel's variable name, or NULL */
    const char *detail;   /* kind-specific static text (wait reason ...) */
    Value val;            /* value sent/received, when printable */
    struct Type *valtype;
} Event;

typedef struct EventLog {
    Event *v;
    size_t n, cap;
    bool enabled;         /* false: event_add records nothing */
    size_t max;           /* stop recording after this many (0 = no limit);
                             ~100 bytes each, a channel round trip logs ~8 */
    uint64_t dropped;     /* events not recorded because of max */
    /* Stepping and replay (step.h).  `total` counts every event of the run,
     * stored or not: it is the step index of the next event.  count_only:
     * count and number events but store none (event_add hands out `scratch`),
     * for replays and schedules that need step numbers, not records.
     * pause_at: when total reaches it (0 = never), event_add sets s->pause. */
    uint64_t total;
    bool count_only;
    uint64_t pause_at;
    Event scratch;
} EventLog;

#define EVENT_DEFAULT_MAX ((size_t)1 << 22)   /* ~400 MB of records */

/* Creates s->events (enabled, max EVENT_DEFAULT_MAX) if it is NULL.
 * event_free releases it.  A plain `gocafe run` should set enabled = false:
 * recording costs ~20x a channel hand-off (memory, not CPU). */
void event_init(Sim *s);
void event_free(Sim *s);

/* Appends a record: step, time and line are filled here (line from g's top
 * frame, see sched_g_line).  Returns the record to fill kind-specific
 * fields into, or NULL when logging is off. */
Event *event_add(Sim *s, EventKind kind, G *g, int64_t other);

/* Step index of the next event: every event so far, stored or not (0 when
 * logging is off). */
static inline uint64_t event_total(const Sim *s) { return s->events ? s->events->total : 0; }

/* The stable one-line text of e (no newline).  Returns the length, as
 * snprintf does. */
int event_format(const Event *e, char *buf, size_t len);
const char *event_kind_name(EventKind k);
/* Writes every record, one per line, to fd of the Sim's output sink. */
void event_print_all(Sim *s, int fd);

/* Go's Duration.String of ns ("1.5s", "250ms", "1m30s", "0s"). */
int event_fmt_duration(int64_t ns, char *buf, size_t len);

#endif
