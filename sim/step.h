/* step.h - stepping through a run, forwards and back, and forcing choices.
 *
 * A Stepper owns one Sim and everything needed to rebuild it: the source,
 * the file name, the SimConfig (seed ...) and the schedule of forced choices.
 * Going back (or to any step) is deterministic replay: a fresh Sim, same
 * seed, same forced choices, run to the step.
 *
 * Contract:
 *  - A position is a step count: the number of events the run has recorded
 *    (EventLog.total), so "step N" is the state right after event N-1.  The
 *    run pauses only at pause points (after an event-producing operation, a
 *    pick, a timer firing, the end of a slice: sched_step), and one operation
 *    may record several events (a hand-off records recv + ready), so a step
 *    moves by one or more events; goto N lands on the first pause point >= N,
 *    and back goes to the pause point just before the current one.
 *  - Everything a Stepper hands out (stepper_sim, its events, goroutines,
 *    channels, output) is borrowed and valid until the next call that may
 *    replay: stepper_goto, stepper_back, stepper_force, stepper_set_seed,
 *    stepper_schedule_load, stepper_restart.  Forward runs (stepper_run,
 *    stepper_step) keep the same Sim, so pointers into it stay valid.
 *  - The program's output goes into the Stepper (stepper_output), rebuilt on
 *    every replay, never to the terminal.
 *  - Statement stops (UNTIL_STMT, UNTIL_LINE) pause a goroutine before a
 *    statement without recording an event; resuming runs on exactly as if it
 *    had not stopped (same budget), so they never change the run.
 *  - Forced choices (the schedule): at step S (the index of the EV_RUN or
 *    EV_SELECT event the choice produces) take candidate K of kind run (the
 *    runnable goroutines in the order runnext, local queue, global queue:
 *    sched_candidates) or select (the ready cases in source order).  A choice
 *    point with several candidates that was not forced is decided as Go does
 *    (seeded) and listed by stepper_choices, so the UI can offer the others.
 *  - Schedule file (docs/TRACE.md): text, `seed N`, then one `STEP run|select
 *    K` per line; `#` comments.  A bad file is reported with its line number.
 */
#ifndef GOCAFE_STEP_H
#define GOCAFE_STEP_H
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include "sim.h"
#include "sched.h"

/* ---- schedules: usable on any Sim (gocafe run --schedule FILE) ---- */

typedef struct ForcedChoice {
    uint64_t step;        /* index of the run/select event the choice makes */
    uint8_t kind;         /* ChooseKind */
    int32_t index;        /* candidate index */
} ForcedChoice;

typedef struct Schedule {
    uint64_t seed;
    ForcedChoice *v;      /* sorted by step, one per step */
    int n, cap;
} Schedule;

void schedule_free(Schedule *sch);
/* Sets the choice at `step` (replacing one there); keeps v sorted. */
void schedule_put(Schedule *sch, uint64_t step, ChooseKind kind, int index);
/* Drops every choice at a step >= from. */
void schedule_truncate(Schedule *sch, uint64_t from);
/* The choice at step (of that kind), or NULL. */
const ForcedChoice *schedule_find(const Schedule *sch, uint64_t step, ChooseKind kind);
/* Parses the text form.  false: *sch untouched except freed; err gets
 * "NAME:LINE: what is wrong". */
bool schedule_parse(const char *text, size_t len, const char *name, Schedule *sch,
                    char *err, size_t errlen);
bool schedule_load(const char *path, Schedule *sch, char *err, size_t errlen);
/* Writes the text form; false with err on an I/O error. */
bool schedule_save(const Schedule *sch, const char *path, char *err, size_t errlen);
/* For `gocafe run --schedule FILE` on a plain Sim: call after sim_init (with
 * cfg.seed = sch->seed) and before sim_run.  Installs the choose hook (sch
 * must outlive the run) and turns on step counting (count_only unless the
 * log is recorded for --trace). */
void schedule_attach(Sim *s, const Schedule *sch);

/* ---- the stepper ---- */

typedef enum StepUntil {
    UNTIL_EVENT = 0,      /* the next pause point (one step) */
    UNTIL_G_EVENT,        /* the next event of goroutine g */
    UNTIL_STMT,           /* g reaches its next statement, stepping over calls
                             and out of returns (the VM's VM_STOP_STMT_OVER);
                             other goroutines run meanwhile as scheduled; also
                             stops when g exits.  The position may not move
                             (no event): such a stop is not a goto target */
    UNTIL_BLOCK,          /* g parks (g = 0: any goroutine) */
    UNTIL_EXIT,           /* g's function returns (g = 0: any) */
    UNTIL_LEAK,           /* main returned with goroutines alive */
    UNTIL_DEADLOCK,       /* Go's deadlock */
    UNTIL_LINE,           /* breakpoints: any goroutine about to run a statement
                             on one of lines[] (VM statement stops), or an
                             event recorded at one of them */
    UNTIL_TIME,           /* virtual time >= time (ns) */
    UNTIL_STEP,           /* position >= step */
    UNTIL_CHOICE,         /* a choice among several (run or select) was made */
    UNTIL_END             /* the run ends */
} StepUntil;

typedef struct StepCond {
    StepUntil until;
    int64_t g;
    const int32_t *lines; /* breakpoints, for UNTIL_LINE */
    int nlines;
    int64_t time;
    uint64_t step;
} StepCond;

typedef enum StepStop {
    STOP_MATCHED = 0,     /* the condition holds */
    STOP_ENDED,           /* the run ended first (or had already ended) */
    STOP_ERROR            /* no program (compile error) */
} StepStop;

#define STEP_MAX_CAND 8

/* A choice point of the current run with several candidates. */
typedef struct ChoicePoint {
    uint64_t step;        /* index of its EV_RUN / EV_SELECT event */
    uint8_t kind;         /* ChooseKind */
    bool forced;          /* taken from the schedule */
    int32_t n;            /* candidates */
    int32_t forced_index; /* when forced */
    int64_t g;            /* select: the goroutine selecting (run: 0) */
    int64_t cand[STEP_MAX_CAND]; /* the first candidates: run: goroutine ids
                             in candidate order; select: ready case indices */
} ChoicePoint;

typedef struct Stepper Stepper;

/* Copies src, filename and cfg (cfg->write is ignored: output is captured;
 * cfg->trace_path is copied).  Loads the program and stops at the start
 * (position 1: main's `go` event).  Always returns a Stepper; on a compile
 * error stepper_loaded is false and stepper_sim(st)->diags says why. */
Stepper *stepper_new(const char *filename, const char *src, size_t len, const SimConfig *cfg);
void stepper_free(Stepper *st);
bool stepper_loaded(const Stepper *st);
/* The current Sim (borrowed, see the lifetime rule above). */
Sim *stepper_sim(Stepper *st);

/* Current position; total steps of the whole run (computed on first use by a
 * scratch run to the end with the current schedule; cached until the
 * schedule or seed changes); whether the current run has ended. */
uint64_t stepper_pos(const Stepper *st);
uint64_t stepper_total(Stepper *st);
/* The total if already known (the run has ended once), else 0; never runs. */
uint64_t stepper_total_known(const Stepper *st);
bool stepper_ended(const Stepper *st, SimResult *res);

/* Runs forward until the condition holds or the run ends. */
StepStop stepper_run(Stepper *st, const StepCond *c);
StepStop stepper_step(Stepper *st);                 /* UNTIL_EVENT */
/* Goes to the first pause point >= n, replaying from the start if n is
 * behind the current position. */
StepStop stepper_goto(Stepper *st, uint64_t n);
/* One pause point back (no-op at the start). */
StepStop stepper_back(Stepper *st);
StepStop stepper_restart(Stepper *st);
/* New seed: drops the schedule, restarts. */
StepStop stepper_set_seed(Stepper *st, uint64_t seed);

/* Forces candidate `index` at the choice point of `step` (kind must match
 * the point's), drops every later forced choice (the future is a new
 * branch), and replays to just after that choice.  false (nothing changes)
 * when step is not a choice point of that kind or index is out of range. */
bool stepper_force(Stepper *st, uint64_t step, ChooseKind kind, int index);
/* Choice points of the current run up to the position, oldest first. */
const ChoicePoint *stepper_choices(const Stepper *st, int *n);
/* The schedule (seed + forced choices); stepper_schedule_load replaces it
 * (and the seed) and restarts.  false with err ("FILE:LINE: ...") on a bad
 * file, the stepper unchanged. */
const Schedule *stepper_schedule(const Stepper *st);
bool stepper_schedule_save(const Stepper *st, const char *path, char *err, size_t errlen);
bool stepper_schedule_load(Stepper *st, const char *path, char *err, size_t errlen);

/* The program's output so far (stdout and stderr interleaved, as written),
 * NUL-terminated; *len its length. */
const char *stepper_output(const Stepper *st, size_t *len);
/* Number of pause-point replays done (statistics, tests). */
uint64_t stepper_replays(const Stepper *st);

#endif
