/* snapshot.h - a plain-data picture of a simulation for the UI: goroutines,
 * the selects they are in, channels, timers, contexts, WaitGroups.
 *
 * Contract:
 *  - snapshot_take copies everything (strings included) into memory the
 *    Snapshot owns: it stays valid after the Sim is stepped, replayed or
 *    freed, until snapshot_free.  Taking a snapshot never runs Go code and
 *    never changes the Sim (values are rendered by a plain renderer, not by
 *    fmt: no String() methods are called).
 *  - Ids are the run's: goroutine ids (G1 main), channel ids (chan.h) and
 *    timer ids (timer.h), as in the event log.
 *  - Contexts and WaitGroups carry the name of the variable they were first
 *    stored in (the compiler's OP_NAMEOBJ, sched_name_obj).  WaitGroups
 *    listed: every named one (naming order), then any other a goroutine
 *    waits on.
 *  - Contexts and WaitGroups are library objects written in Go (sim/lib):
 *    the modules that implement them register a filler with
 *    sched_add_snapfill (sched.h), which calls snapshot_add_ctx /
 *    snapshot_add_wg; without one the lists are empty.
 */
#ifndef GOCAFE_SNAPSHOT_H
#define GOCAFE_SNAPSHOT_H
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include "sim.h"
#include "sched.h"

struct Stepper;

typedef struct SnapFrame {
    const char *func;     /* "main.worker" */
    const char *file;
    int32_t line;
} SnapFrame;

typedef struct SnapCase {
    int index;            /* case index in source order */
    bool isSend;
    bool ready;           /* parked: now; otherwise when the select ran */
    int64_t chan;         /* channel id, 0 = nil channel */
    const char *chname;   /* its variable name, or NULL */
    const char *why;      /* "buffer empty", "no sender", "closed",
                             "timer due at 500ms", "nil channel" ... */
} SnapCase;

typedef struct SnapSelect {
    uint64_t step;        /* step of its select event */
    bool parked;          /* the goroutine is parked in it now */
    bool has_default;
    SnapCase *cases;
    int ncases;
    int chosen;           /* case index; -1 default; -2 not yet (parked) */
    SelHow how;           /* single, random, forced, default, blocked, woken */
    int nready;           /* ready cases when it chose */
    uint64_t seed;
} SnapSelect;

typedef struct SnapG {
    int64_t id;
    GStatus status;
    const char *state;    /* "running", "runnable", "exited", or Go's wait
                             reason ("chan receive", "select", "sleep" ...) */
    bool leaked;          /* alive after main returned */
    const char *startfn;  /* function it was started with */
    int64_t creator;      /* goroutine whose go statement made it (0: none) */
    int32_t created_line;
    const char *file;     /* current position */
    int32_t line;
    int64_t waitsince;    /* virtual ns it started waiting (blocked only) */
    int64_t waitchan;     /* channel it is parked on (0: none or several) */
    SnapFrame *frames;    /* innermost first */
    int nframes;
    bool has_select;      /* sel is its latest select (parked in it or left) */
    SnapSelect sel;
} SnapG;

typedef struct SnapChan {
    int64_t id;
    const char *name;     /* variable it was made into, or NULL */
    const char *elemtype; /* "int", "struct {}", "T" */
    int64_t len, cap;
    bool closed;
    const char **vals;    /* buffered values, oldest first, rendered */
    int64_t *sendq;       /* goroutine ids waiting to send, in order */
    int nsendq;
    int64_t *recvq;       /* goroutine ids waiting to receive, in order */
    int nrecvq;
    int64_t creator;
    int32_t line;         /* where it was made */
} SnapChan;

typedef struct SnapTimer {
    int64_t id;
    int64_t when;         /* virtual ns it fires at */
    int64_t period;       /* > 0: ticker */
    TimerKind kind;
    const char *what;     /* "sleep", "channel", "ticker", "func" */
    int64_t g;            /* TIMER_WAKE: the sleeper */
    int64_t chan;         /* TIMER_SEND: channel id */
    const char *chname;
    int64_t owner;        /* goroutine that started it */
} SnapTimer;

typedef struct SnapCtx {
    int64_t id;           /* the filler's numbering; parent 0 = a root */
    int64_t parent;
    const char *kind;     /* "Background", "cancelCtx", "timerCtx", "valueCtx" ... */
    const char *label;    /* the variable it was made into ("ctx", "child",
                             "s.ctx"; the first one: a parameter it is passed
                             to does not rename it), a root's words
                             ("context.Background or context.TODO"), or NULL
                             (never stored in a variable) */
    bool cancelled;
    const char *err;      /* Err() text, NULL when nil */
    int64_t deadline;     /* virtual ns; -1 none */
    int64_t donechan;     /* Done() channel id, 0 none yet */
} SnapCtx;

typedef struct SnapWG {
    int64_t id;
    const char *label;    /* the variable it was declared as ("wg", "s.wg",
                             the first one), or NULL */
    const void *obj;      /* its identity in the Sim (its sema word): for
                             fillers matching waiters, not for display */
    int64_t counter;
    int64_t *waiters;     /* goroutine ids in Wait */
    int nwaiters;
} SnapWG;

typedef struct SnapBlock SnapBlock;

typedef struct Snapshot {
    uint64_t step;        /* position (events so far) */
    uint64_t total;       /* steps of the whole run, 0 = unknown */
    int64_t now;          /* virtual ns */
    uint64_t seed;
    int64_t running;      /* goroutine running at the pause, 0 = none */
    bool ended;           /* the run is over */
    SimResult result;
    SnapG *gs;            /* by id: gs[i].id == i + 1 */
    int ngs;
    int nrunning, nrunnable, nblocked, nsleeping, ndone, nleaked;
    SnapChan *chans;      /* by id */
    int nchans;
    SnapTimer *timers;    /* pending, in due order */
    int ntimers;
    SnapCtx *ctxs;
    int nctxs, capctxs;
    SnapWG *wgs;
    int nwgs, capwgs;
    SnapBlock *mem;       /* owned memory */
} Snapshot;

/* Fills *out from s (out need not be initialised); free with snapshot_free. */
void snapshot_take(Sim *s, Snapshot *out);
/* The same for a stepper's current state, with step, total (if known: it
 * does not run the program to learn it) and ended. */
void snapshot_of_stepper(struct Stepper *st, Snapshot *out);
void snapshot_free(Snapshot *snap);

/* For fillers: allocate in the snapshot (zeroed), copy a string, add a
 * context / WaitGroup (returned zeroed except id, valid until the next add). */
void *snapshot_alloc(Snapshot *snap, size_t n);
const char *snapshot_strdup(Snapshot *snap, const char *str);
SnapCtx *snapshot_add_ctx(Snapshot *snap);
SnapWG *snapshot_add_wg(Snapshot *snap);

/* Line g is at, for the UI: for the goroutine running at a pause and
 * stopped before a statement (vm_at_stmt), that statement's line; else
 * sched_g_line's (the instruction it is in or blocked at). */
int32_t snapshot_g_line(Sim *s, const G *g);

/* Renders a Go value as short text (at most len-1 bytes, "..." when cut):
 * 42, "latte", true, {}, {1 2}, [1 2 3], nil, 0xc000... for pointers. */
void snapshot_render(Type *t, Value v, char *buf, size_t len);

#endif
