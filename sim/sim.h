/* sim.h - one simulation: a compiled program, its heap, its goroutines.
 *
 * Everything a run touches hangs off a Sim; sim/ has no global mutable state,
 * so tests, the explorer and replay can hold many Sims side by side.
 *
 * Goroutines (G) own an explicit value stack and frame stack in host memory:
 * the VM never recurses on the C stack per Go call, so a goroutine can be
 * suspended at any instruction and a million of them can exist.
 */
#ifndef GOCAFE_SIM_H
#define GOCAFE_SIM_H
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "mem.h"
#include "value.h"
#include "types.h"
#include "program.h"
#include "diag.h"

typedef struct Defer Defer;

typedef struct Frame {
    Proto *proto;
    GoFunc *closure;      /* for free variables; NULL for plain functions */
    int pc;               /* index of the next instruction */
    int base;             /* index in G.stack of local slot 0 */
    Defer *defers;        /* this frame's deferred calls, newest first */
    int flags;            /* VM-private (e.g. "running deferred calls") */
    int owner;            /* VM-private: for a deferred call run by a panic, the
                             index of the frame whose defer it is */
} Frame;
/* Frame.flags bit the VM sets on a deferred call run while panicking: goroutine
 * dumps then show Go's "panic(...)" frame below it (rt_print_goroutine).
 * Same bit as vm_int.h's FR_PANICDEFER. */
#define FRAME_PANIC_DEFER 2
/* Frame.flags bit: pc is AT a call that blocked (NAT_BLOCK) and will be
 * re-executed, so the current line is lines[pc], not lines[pc-1]
 * (sched_g_line).  Same bit as vm_int.h's FR_REEXEC. */
#define FRAME_REEXEC 4

struct Defer {
    Defer *next;
    GoFunc *fn;           /* function value to call */
    Value *args;          /* evaluated at the defer statement */
    int nargs;
    int line;             /* where the defer statement is, for traces */
};

typedef enum GStatus {
    G_RUNNABLE, G_RUNNING, G_WAITING, G_SLEEPING, G_DEAD
} GStatus;

/* A panic in flight (Go's _panic): value, and whether recover() took it. */
typedef struct Panic {
    struct Panic *link;   /* earlier panic (panic during deferred call) */
    GoIface *value;       /* the panic value as an interface (NULL = panic(nil)) */
    bool recovered;
    bool runtime_error;   /* from the runtime, e.g. index out of range */
    bool goexit;          /* runtime.Goexit unwinding */
} Panic;

typedef struct G {
    int64_t id;           /* 1 = main goroutine, then 2, 3... in creation order */
    GStatus status;
    const char *waitreason; /* Go's words: "chan receive", "select", "sleep" ... */
    Value *stack;         /* value stack: locals and operands of all frames */
    int sp, stackcap;     /* next free slot, capacity */
    Frame *frames;
    int nframes, framecap;
    Panic *panic;         /* innermost panic being unwound, or NULL */
    const char *startfn;  /* function it was started with, for dumps and leaks */
    int64_t creator;      /* id of the goroutine whose go statement created it */
    int created_line;     /* line of that go statement */
    struct Proto *created_in; /* function that ran the go statement: dumps print
                             "created by <its name>" + its file (rt_print_goroutine) */
    int64_t waitsince;    /* virtual time (ns) it started waiting */
    void *waiting_on;     /* object it is parked on (chan, WaitGroup...) */
    void *vmx;            /* VM-private extension */
    void *schedx;         /* scheduler-private per-G state (sched.h GSched) */
} G;

/* Output goes through a sink so the UI and tests can capture it. */
typedef void (*WriteFn)(void *ud, int fd, const char *buf, size_t n);

typedef struct SimConfig {
    uint64_t seed;        /* the run's seed (map order, select choice...) */
    size_t heap_cap;      /* bytes; 0 = default 1 GiB */
    uint64_t step_budget; /* instructions a goroutine may run without yielding;
                             0 = default */
    const char *trace_path; /* file name printed in goroutine dumps: Go prints
                             the absolute path; NULL = the name as given */
    bool trace;           /* record the event log (gocafe run --trace) */
    int leaks;            /* LeakPolicy (sched.h): report, error, off */
    bool preempt;         /* switch goroutines at seeded points */
    WriteFn write;        /* NULL = write to the host's stdout/stderr */
    void *write_ud;
} SimConfig;

typedef enum SimResult {
    SIM_OK = 0,           /* main returned */
    SIM_EXIT,             /* os.Exit(exit_code) */
    SIM_PANIC,            /* unrecovered panic: message already written */
    SIM_FATAL,            /* fatal error (deadlock, OOM, budget): written */
    SIM_COMPILE_ERROR,    /* diagnostics in sim->diags */
} SimResult;

typedef struct Sim {
    SimConfig cfg;
    Heap heap;
    TypeTable types;
    Arena arena;          /* AST, symbols, compiled code */
    Diags diags;          /* compile-time diagnostics */
    Program *prog;
    Value *globals;
    G **gs;               /* every goroutine ever created, by id-1 */
    int ngs, capgs;
    G *cur;               /* running goroutine */
    uint64_t rng;         /* the run's seeded generator state */
    int64_t now;          /* virtual time in ns since the start */
    int exit_code;
    const char *fatal;    /* set by an allocation failure etc.; checked by the VM */
    void *rt;             /* runtime-private (interned strings, caches) */
    void *sched;          /* scheduler-private (run queue, timers) */
    void *libsync;        /* lib_sync.c's semaphore queues (arena memory, nothing
                             to free); NULL until the first blocking sync op */
    struct EventLog *events; /* event log of the run (event.h); NULL = not recorded */
    struct Package **loaded; /* packages of the last load, dependency order */
    int nloaded;
    /* Stepping (sched_step, step.h): event_add sets pause when the log reaches
     * its pause_at step; the VM then returns VM_SLICE right after the current
     * event-producing operation, leaving its unused budget in pause_left
     * (> 0 exactly when it paused), and the scheduler returns to the caller. */
    bool pause;
    int64_t pause_left;
} Sim;

/* Pipeline. */
void sim_init(Sim *s, const SimConfig *cfg);
void sim_free(Sim *s);
/* Parse, check and compile one file.  Returns false with s->diags filled. */
bool sim_load(Sim *s, const char *filename, const char *src, size_t len);
/* Run the loaded program to completion (sim_start, then sched_run). */
SimResult sim_run(Sim *s);
/* Set up a run without running it: globals, and goroutine 1 about to run
 * package initialisation then main.main.  For drivers that step the
 * scheduler themselves (step.c); false when nothing is loaded. */
bool sim_start(Sim *s);

/* Output of the simulated program (stdout fd 1, stderr fd 2). */
void sim_write(Sim *s, int fd, const char *buf, size_t n);
void sim_printf(Sim *s, int fd, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* The run's seeded generator (splitmix64/xorshift): every random choice. */
uint64_t sim_rand(Sim *s);

#endif
