/* sched.h - the goroutine scheduler: one P, Go's run queues, parking, the
 * main loop, deadlock detection and the leak report.
 *
 * Contract:
 *  - State hangs off s->sched (a Sched, created by sched_init) and the
 *    per-goroutine part off g->schedx (a GSched, created by sched_add_g).
 *  - Run queues are Go's for one P: a runnext slot, a 256-slot local ring and
 *    the global queue.  sched_ready(next=true) is Go's goready (channel
 *    wake-ups, timers: the woken G runs next, kicking the previous runnext to
 *    the tail); a new goroutine also goes to runnext (Go's newproc); Gosched
 *    and preemption put the G on the global queue; every 61st scheduling
 *    tick (not counting runnext hand-offs) takes the global queue first.  So
 *    with a cooperative VM the order is Go's with GOMAXPROCS=1.
 *  - sched_run drives everything with a callback that runs one slice of one
 *    goroutine (the lead plugs vm_execute in).  It fires due timers before
 *    each pick, jumps the clock when nothing is runnable, and ends the run:
 *      main returned          -> leak report (policy), SIM_OK (SIM_EXIT with
 *                                exit_code 3 under LEAKS_ERROR)
 *      os.Exit / panic / fatal -> SIM_EXIT / SIM_PANIC / SIM_FATAL (the VM has
 *                                printed what Go prints)
 *      nothing runnable, no pending timer -> Go's deadlock text and dump, SIM_FATAL
 *      a goroutine ran its step budget without blocking -> message, SIM_FATAL
 *    exit_code is set (2 for panic/fatal/deadlock).
 *  - Parking: sched_park sets status, Go's wait reason words, waiting_on and
 *    waitsince; the caller returns "blocked" up to the VM, and whoever wakes
 *    the G later calls sched_ready.
 */
#ifndef GOCAFE_SCHED_H
#define GOCAFE_SCHED_H
#include <stdbool.h>
#include <stdint.h>
#include "sim.h"
#include "chan.h"
#include "timer.h"

struct Snapshot;

/* What one slice of a goroutine ended with.  The first six have VmStatus'
 * values, so the lead's adapter is a cast plus the two extra cases. */
typedef enum SchedStatus {
    SCHED_DONE = 0,       /* its function returned */
    SCHED_BLOCKED,        /* parked (the G's status is no longer G_RUNNING) */
    SCHED_YIELD,          /* runtime.Gosched: back of the global queue */
    SCHED_PANIC,          /* unrecovered panic: the dump is printed */
    SCHED_EXIT,           /* os.Exit: s->exit_code is set */
    SCHED_FATAL,          /* s->fatal set (OOM ...): printed by sched_run */
    SCHED_SLICE,          /* used up the budget it was given, still runnable */
    SCHED_GOEXIT          /* runtime.Goexit finished the goroutine */
} SchedStatus;

/* Runs g for at most `budget` instructions (never 0). */
typedef SchedStatus (*SchedRunFn)(void *ud, Sim *s, G *g, uint64_t budget);
/* The plain SchedRunFn: vm_execute (sim.c). */
SchedStatus sim_run_slice(void *ud, Sim *s, G *g, uint64_t budget);

typedef enum LeakPolicy { LEAKS_REPORT = 0, LEAKS_ERROR, LEAKS_OFF } LeakPolicy;

/* Choices that can be forced from outside (explorer, schedule replay). */
typedef enum ChooseKind {
    CHOOSE_RUN,           /* which runnable G runs next: n candidates in the
                             order runnext, local queue, global queue */
    CHOOSE_SELECT         /* which ready select case wins: n ready cases in
                             case (source) order */
} ChooseKind;
/* Returns an index in [0, n), or -1 to let the scheduler decide as Go does.
 * The seeded generator is drawn from the same way either way, so a forced
 * choice does not shift later random choices. */
typedef int (*SchedChooseFn)(void *ud, Sim *s, G *g, ChooseKind k, int n);
/* Goroutine dump hook (deadlock): default rt_print_goroutine. */
typedef void (*SchedDumpFn)(Sim *s, G *g, const char *status);

#define SCHED_LOCALQ 256  /* Go's p.runq size */

/* One case of the latest select a goroutine ran (for the UI: the select it
 * is parked in, or just left).  ready: at the moment the select ran. */
typedef struct SelCaseInfo {
    GoChan *c;            /* NULL: nil channel (never ready) */
    bool isSend;
    bool ready;
} SelCaseInfo;

/* Per-goroutine scheduler state (g->schedx). */
typedef struct GSched {
    G *g;
    Sudog *waiting;       /* sudogs g is parked with (select: one per case) */
    Value *selchosen;     /* parked select: where the chosen index goes */
    bool resume_panic;    /* woken by close while sending: panic on resume */
    bool woke;            /* timer_sleep: the sleep timer has fired */
    bool semwoke;         /* lib_sync.c: a semaphore release readied g (the parked
                             native re-executes and must not park again blindly) */
    bool semticket;       /* lib_sync.c: the semaphore was handed off to g (Go's
                             sudog.ticket): it owns it without decrementing */
    bool inq;             /* in a run queue or runnext (debug check) */
    uint64_t ran;         /* steps since it last blocked (budget) */
    Timer *sleept;        /* time.Sleep timer, reused (Go's gp.timer) */
    G *globnext;          /* link in the global run queue */
    /* its latest select (select.c): cases in source order, default, choice */
    SelCaseInfo *sel;
    int nsel, capsel;
    bool seldefault;
    SelChoice selchoice;  /* chosen -2 while parked; SEL_WOKEN once completed */
    uint64_t selstep;     /* step (event index) of that select */
} GSched;

typedef struct Sched {
    /* run queues (one P) */
    G *runnext;
    G *runq[SCHED_LOCALQ];/* ring */
    uint32_t runqhead, runqtail;
    G *globhead, *globtail; /* global queue, linked through GSched.globnext */
    int64_t globsize;
    uint64_t schedtick;   /* Go's p.schedtick */
    uint64_t slices;      /* slices run, for statistics */
    G *main;              /* goroutine 1 */
    int64_t nalive;       /* goroutines not dead (runtime.NumGoroutine) */
    bool main_goexit;     /* main finished through runtime.Goexit */
    /* timers */
    Timer **heap;         /* min-heap by (when, seq) */
    int nheap, capheap;
    Timer **timers;       /* every timer record, by id-1 (owned) */
    int ntimers, captimers;
    int npending;         /* pending timers (keep the run alive) */
    int64_t timerseq;
    /* channels, by id-1, for the UI snapshot */
    GoChan **chans;
    int nchans, capchans;
    /* per-G state, in creation order (owned) */
    GSched **gx;
    int ngx, capgx;
    Sudog *sudogcache;    /* free sudogs */
    void *sudogblocks;    /* sched.c: blocks every sudog is carved from (sched_sudog_get) */
    int sudogleft;        /* sudogs not yet handed out in the newest block */
    /* policies and hooks */
    LeakPolicy leaks;
    bool preempt;         /* switch at seeded points (--preempt) */
    uint64_t preempt_slice; /* max instructions per slice in preempt mode */
    SchedChooseFn choose;
    void *choose_ud;
    SchedDumpFn dump;
    SelChoice lastsel;    /* how the latest select chose */
    int nleaked;          /* goroutines alive when main returned */
    /* resumable run (sched_begin / sched_step) */
    SchedRunFn runfn;
    void *runud;
    G *resume;            /* paused mid-slice (or just picked): runs on next */
    uint64_t resume_budget;
    int64_t idle;         /* clock jumps in a row that readied nobody */
    bool ended;
    SimResult result;     /* when ended */
    /* snapshot extensions (snapshot.h): library modules (context, sync)
     * register a function that adds their objects to a snapshot */
    void (*snapfill[4])(Sim *s, struct Snapshot *snap);
    int nsnapfill;
    /* library objects the snapshot reads (sched_track) */
    GoIface **tracked;
    int ntracked, captracked;
    /* names of library objects (sched_name_obj): in naming order, with an
     * open-addressing index (slot = entry index + 1, 0 empty) */
    struct ObjName *objnames;
    int nobjnames, capobjnames;
    int32_t *objindex;
    uint32_t objmask;     /* index size - 1 (a power of two), 0 = no index */
} Sched;

/* The variable a library object was first stored in (OP_NAMEOBJ): "ctx",
 * "child", "s.ctx", "wg", "s.wg".  key: the object's identity (a context:
 * the pointer its interface value holds; a WaitGroup: its GoArray). */
typedef struct ObjName {
    const void *key;
    const char *name;     /* the program's constant: lives as long as the Sim */
    int kind;             /* NAMEOBJ_CTX or NAMEOBJ_WG (ops.h) */
} ObjName;

static inline Sched *sched_of(Sim *s) { return (Sched *)s->sched; }
static inline GSched *gsched(G *g) { return (GSched *)g->schedx; }

/* Creates s->sched and s->events (if NULL).  sched_free releases both and
 * every timer, sudog and GSched (call it before the G records are freed
 * or after: it does not touch G memory). */
void sched_init(Sim *s);
void sched_free(Sim *s);

/* Registers a new goroutine made by vm_new_g (which must not append to
 * s->gs itself): assigns id (1, 2, 3... in creation order), appends to s->gs,
 * fills creator / created_line / created_in from s->cur's top frame unless
 * already set, and makes it runnable in runnext (Go's newproc).  The first G
 * added is main.  Set g->startfn before calling (the event log names it). */
void sched_add_g(Sim *s, G *g);

/* Makes a parked g runnable.  next: put it in runnext (Go's goready).  by:
 * the goroutine that woke it (NULL = a timer / the runtime), for the log. */
void sched_ready(Sim *s, G *g, G *by, bool next);
/* Parks g (status G_WAITING or G_SLEEPING) with Go's wait reason words. */
void sched_park(Sim *s, G *g, GStatus st, const char *reason, void *on);

/* The main loop; see the contract above.  sched_begin + sched_step until
 * the run ends (a pause request is ignored). */
SimResult sched_run(Sim *s, SchedRunFn run, void *ud);

/* Resumable run, one pause at a time (step.h drives it).
 * sched_begin: prepares a run with the slice function (after sched_add_g of
 * main).  sched_step: runs until s->pause is set (by event_add reaching
 * EventLog.pause_at) -> false, the run can go on; or until the run ends ->
 * true and *res (as sched_run returns; later calls return the same).  A pause
 * happens right after the event-producing operation (the VM's PAUSE_POINT),
 * after a goroutine is picked (EV_RUN), after a timer fires or the clock
 * jumps, or after a slice ends.  A run paused and resumed any number of times
 * is identical to one run straight through. */
void sched_begin(Sim *s, SchedRunFn run, void *ud);
bool sched_step(Sim *s, SimResult *res);
/* The goroutine that is running at a pause (picked or mid-slice), or NULL. */
static inline G *sched_running(Sim *s) { return s->sched ? ((struct Sched *)s->sched)->resume : NULL; }
/* Runnable goroutines in CHOOSE_RUN candidate order (runnext, local queue,
 * global queue), up to max into out; returns how many there are in all. */
int sched_candidates(Sim *s, G **out, int max);
/* Makes a library object visible to snapshots (snapshot.h): a context
 * (*context.cancelCtx, *context.timerCtx, *context.valueCtx ...) or a
 * *sync.WaitGroup, as an interface value holding the pointer.  The library
 * calls it (through a native) when the object is made; the snapshot reads
 * its fields by name through its type. */
void sched_track(Sim *s, GoIface *obj);
/* Names object `key` (first name wins: a context passed on keeps the name
 * it was made with); sched_obj_name: its entry, or NULL.  Costs nothing
 * until the first name. */
void sched_name_obj(Sim *s, const void *key, const char *name, int kind);
const ObjName *sched_obj_name(Sim *s, const void *key);
/* Registers a snapshot extension (at most 4; false when full). */
bool sched_add_snapfill(Sim *s, void (*fn)(Sim *s, struct Snapshot *snap));

/* Source line of g's current instruction: the one before frames[top].pc
 * (0 if g has no frames).  *file gets the Proto's file (may be NULL). */
int32_t sched_g_line(const G *g, const char **file);
/* The program's own view of where g is: the innermost frame outside the
 * library (whose files are under $GOROOT/), so a goroutine inside
 * wg.Wait() or time.After is at the user's line.  sched_user_frame is its
 * index (-1: none, e.g. package initialisation); sched_user_line falls back
 * to sched_g_line. */
int sched_user_frame(const G *g);
int32_t sched_user_line(const G *g, const char **file);
/* Number of goroutines not dead (runtime.NumGoroutine). */
int sched_num_goroutine(Sim *s);

/* Sudog cache (chan.c, select.c). */
Sudog *sched_sudog_get(Sim *s, G *g);
void sched_sudog_put(Sim *s, Sudog *sg);

#endif
