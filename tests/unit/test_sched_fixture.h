/* test_sched_fixture.h - a bare Sim with the scheduler for the scheduler,
 * channel, select and timer unit tests.
 *
 * Goroutines here are bare G records (no code): a test either calls the
 * channel API directly on them, or gives each a tiny script of actions that
 * the fake run function (fx_run) interprets in place of the VM, one action
 * at a time, stopping where the VM would (block, yield, exit).
 *
 * Weak stubs stand in for sim.c and the VM when the test is linked by hand
 * against only mem, types, rt_* and the scheduler objects; when `make unit`
 * links every sim object, the real definitions win. */
#ifndef TEST_SCHED_FIXTURE_H
#define TEST_SCHED_FIXTURE_H
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "sched.h"
#include "chan.h"
#include "timer.h"
#include "event.h"
#include "rt.h"
#include "vm.h"

/* ---- weak stand-ins for sim.c and the VM ---- */

__attribute__((weak)) uint64_t sim_rand(Sim *s)
{
    uint64_t z = (s->rng += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

__attribute__((weak)) void sim_write(Sim *s, int fd, const char *buf, size_t n)
{
    if (s->cfg.write) s->cfg.write(s->cfg.write_ud, fd, buf, n);
}

__attribute__((weak)) void sim_printf(Sim *s, int fd, const char *fmt, ...)
{
    char buf[4096];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > (int)sizeof buf - 1) n = (int)sizeof buf - 1;
    if (n > 0) sim_write(s, fd, buf, (size_t)n);
}

__attribute__((weak)) bool vm_call_method(Sim *s, G *g, GoIface *recv, const char *name,
                                          const Value *args, int nargs, Value *res, int nres,
                                          NatStatus *st)
{
    return false;
}

/* ---- scripts ---- */

typedef enum ActKind {
    A_END = 0,            /* return: the goroutine is done */
    A_SEND,               /* chans[ch] <- v */
    A_RECV,               /* slot, ok = <-chans[ch] */
    A_LOGV,               /* log "G<id>=<slot>" (or "G<id>=<slot>,closed" when !ok) */
    A_CLOSE,              /* close(chans[ch]) */
    A_SLEEP,              /* time.Sleep(v ns) */
    A_LOG,                /* log "G<id>:<s>" */
    A_GO,                 /* go script[v] */
    A_YIELD,              /* runtime.Gosched */
    A_SPIN,               /* for {} : never yields */
    A_SELRECV2,           /* select { case slot = <-chans[ch]: case slot = <-chans[ch2]: } */
    A_LOGSEL,             /* log "G<id>:case<chosen>=<slot>" */
    A_GOEXIT,             /* runtime.Goexit */
    A_CALL,               /* fn(fixture, g): anything else (timers ...) */
    A_JNOK,               /* if !ok goto v (after a receive: for range) */
    A_JMP,                /* goto v */
    A_SENDV,              /* chans[ch] <- slot*10 */
} ActKind;

typedef struct Act {
    ActKind k;
    int ch, ch2;
    int64_t v;
    const char *s;
    void (*fn)(void *f, G *g);
} Act;

typedef struct GState {
    const Act *acts;
    int pc;
    Value slot, ok, chosen;
} GState;

#define FX_MAXG 2048
#define FX_MAXCH 16

typedef struct Fixture {
    Sim s;
    G *gs[FX_MAXG];       /* the G records we made (ours to free) */
    GState st[FX_MAXG];
    int ng;
    GoChan *chans[FX_MAXCH];
    const Act *scripts[32];
    char out[1 << 16];    /* fd 2 */
    size_t nout;
    char log[1 << 16];    /* what the scripts "print" */
    size_t nlog;
    Proto proto;          /* every scripted G runs "main" in prog.go: action i is line 10+i */
    int32_t lines[64];
    int64_t dumped[64];   /* ids in dump order */
    char dumpst[64][32];  /* their status words */
    int ndumped;
} Fixture;

static inline void fx_write(void *ud, int fd, const char *buf, size_t n)
{
    Fixture *f = ud;
    (void)fd;
    if (f->nout + n >= sizeof f->out) n = sizeof f->out - 1 - f->nout;
    memcpy(f->out + f->nout, buf, n);
    f->nout += n;
    f->out[f->nout] = 0;
}

static Fixture *fx_current;   /* test-only: the dump hook has no user data */

static inline void fx_dump(Sim *s, G *g, const char *status)
{
    Fixture *f = fx_current;
    if (f->ndumped < 64) {
        f->dumped[f->ndumped] = g->id;
        snprintf(f->dumpst[f->ndumped], 32, "%s", status);
        f->ndumped++;
    }
    sim_printf(s, 2, "goroutine %lld [%s]:\n", (long long)g->id, status);
}

static inline Fixture *fx_new(uint64_t seed)
{
    Fixture *f = calloc(1, sizeof *f);
    f->s.cfg.seed = seed;
    f->s.cfg.write = fx_write;
    f->s.cfg.write_ud = f;
    f->s.cfg.step_budget = 1000000;
    f->s.rng = seed ^ 0x9e3779b97f4a7c15ULL;
    heap_init(&f->s.heap, 0);
    types_init(&f->s.types);
    sched_init(&f->s);
    sched_of(&f->s)->dump = fx_dump;
    fx_current = f;
    for (int i = 0; i < 64; i++) f->lines[i] = 10 + i;
    f->proto.name = "main.main";
    f->proto.file = "prog.go";
    f->proto.lines = f->lines;
    f->proto.ncode = 64;
    return f;
}

static inline void fx_free(Fixture *f)
{
    sched_free(&f->s);
    rt_free(&f->s);
    for (int i = 0; i < f->ng; i++) {
        free(f->gs[i]->frames);
        free(f->gs[i]);
    }
    free(f->s.gs);
    heap_free_all(&f->s.heap);
    types_free(&f->s.types);
    free(f);
}

static inline int fx_setup(void **state)
{
    *state = fx_new(1);
    return 0;
}

static inline int fx_teardown(void **state)
{
    fx_free(*state);
    return 0;
}

/* A bare goroutine (what vm_new_g + sched_add_g make), running `acts`. */
static inline G *fx_g(Fixture *f, const char *startfn, const Act *acts)
{
    G *g = calloc(1, sizeof *g);
    g->startfn = startfn;
    if (acts) {           /* scripted: one frame whose pc follows the script */
        g->frames = calloc(1, sizeof *g->frames);
        g->frames[0].proto = &f->proto;
        g->frames[0].pc = 1;
        g->nframes = g->framecap = 1;
    }
    f->gs[f->ng] = g;
    f->st[f->ng].acts = acts;
    g->vmx = &f->st[f->ng];
    f->ng++;
    sched_add_g(&f->s, g);
    return g;
}

static inline GoChan *fx_chan_named(Fixture *f, int i, int64_t cap, const char *name)
{
    f->chans[i] = chan_make(&f->s, f->s.cur, f->s.types.t_int, cap, name);
    return f->chans[i];
}

static inline GoChan *fx_chan(Fixture *f, int i, int64_t cap) { return fx_chan_named(f, i, cap, NULL); }

static inline void fx_log(Fixture *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static inline void fx_log(Fixture *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(f->log + f->nlog, sizeof f->log - f->nlog, fmt, ap);
    va_end(ap);
    if (n > 0) f->nlog += (size_t)n;
}

/* The fake VM: interprets g's script until it blocks, yields or ends. */
static inline SchedStatus fx_run(void *ud, Sim *s, G *g, uint64_t budget)
{
    Fixture *f = ud;
    GState *gs = g->vmx;
    if (chan_resume(s, g) == CHAN_PANIC) return SCHED_PANIC;
    for (;;) {
        const Act *a = &gs->acts[gs->pc];
        ChanStatus cs = CHAN_OK;
        g->frames[0].pc = gs->pc + 1;      /* as the VM stores pc before an op */
        switch (a->k) {
        case A_END: return SCHED_DONE;
        case A_GOEXIT: return SCHED_GOEXIT;
        case A_SEND: {
            Value v = {.i = a->v};
            gs->pc++;
            cs = chan_send(s, g, f->chans[a->ch], v);
            break;
        }
        case A_RECV:
            gs->pc++;
            cs = chan_recv(s, g, f->chans[a->ch], &gs->slot, &gs->ok);
            break;
        case A_LOGV:
            gs->pc++;
            fx_log(f, "G%lld=%lld%s ", (long long)g->id, (long long)gs->slot.i,
                   gs->ok.i ? "" : ",closed");
            break;
        case A_CLOSE:
            gs->pc++;
            cs = chan_close(s, g, f->chans[a->ch]);
            break;
        case A_SLEEP:
            if (timer_sleep(s, g, a->v)) return SCHED_BLOCKED;   /* re-executed */
            gs->pc++;
            break;
        case A_LOG:
            gs->pc++;
            fx_log(f, "G%lld:%s ", (long long)g->id, a->s);
            break;
        case A_GO:
            gs->pc++;
            fx_g(f, "main.main.func", f->scripts[a->v]);
            break;
        case A_YIELD: gs->pc++; return SCHED_YIELD;
        case A_SPIN: return SCHED_SLICE;
        case A_SELRECV2: {
            SelCase cases[2] = {
                {.c = f->chans[a->ch], .elem = &gs->slot, .okp = &gs->ok},
                {.c = f->chans[a->ch2], .elem = &gs->slot, .okp = &gs->ok},
            };
            gs->pc++;
            cs = chan_select(s, g, cases, 2, false, &gs->chosen);
            break;
        }
        case A_CALL:
            gs->pc++;
            a->fn(f, g);
            break;
        case A_JNOK: gs->pc = gs->ok.i ? gs->pc + 1 : (int)a->v; break;
        case A_JMP: gs->pc = (int)a->v; break;
        case A_SENDV: {
            Value v = {.i = gs->slot.i * 10};
            gs->pc++;
            cs = chan_send(s, g, f->chans[a->ch], v);
            break;
        }
        case A_LOGSEL:
            gs->pc++;
            fx_log(f, "G%lld:case%lld=%lld ", (long long)g->id, (long long)gs->chosen.i,
                   (long long)gs->slot.i);
            break;
        }
        if (cs == CHAN_BLOCKED) return SCHED_BLOCKED;
        if (cs == CHAN_PANIC) return SCHED_PANIC;
    }
}

/* The whole event log as text. */
static inline char *fx_trace(Fixture *f)
{
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap);
    buf[0] = 0;
    for (size_t i = 0; f->s.events && i < f->s.events->n; i++) {
        char line[512];
        int k = event_format(&f->s.events->v[i], line, sizeof line);
        if (n + (size_t)k + 2 >= cap) break;
        memcpy(buf + n, line, (size_t)k);
        n += (size_t)k;
        buf[n++] = '\n';
        buf[n] = 0;
    }
    return buf;
}

/* Text of a panic value set by rt_panic_plain ("" if none). */
static inline const char *fx_panic_text(G *g)
{
    if (!g->panic || !g->panic->value) return "";
    return rt_strptr(g->panic->value->v.p);
}

#endif
