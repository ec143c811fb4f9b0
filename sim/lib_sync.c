/* lib_sync.c - natives of package sync (sim/lib/sync.go): Go's runtime
 * semaphores (runtime/sema.go) on the simulated scheduler, and sync's fatal
 * errors.
 *
 * sync.go is Go's own algorithms (mutex.go, rwmutex.go, waitgroup.go,
 * cond.go) with plain operations for atomics (the scheduler is cooperative:
 * nothing runs between two instructions of a goroutine).  They block only in
 * semacquire and wake only in semrelease, as in Go:
 *  - semacquire(addr, lifo, reason): if *addr > 0 decrement it and go on;
 *    else queue g on addr (at the back, or the front when lifo) and park it
 *    with the wait reason.  The native is re-executed when g is resumed
 *    (NAT_BLOCK protocol): a handed-off semaphore (Go's sudog.ticket) is then
 *    owned; otherwise g retries, and parks again if it lost the race - the
 *    loop in Go's semacquire1.
 *  - semrelease(addr, handoff): *addr++, then the first waiter (if any) is
 *    readied into runnext (Go's readyWithTime -> goready); with handoff the
 *    count goes straight to the waiter and the releaser yields (Go's goyield;
 *    here the back of the global queue - Go uses the local one).
 * Queues are keyed by the semaphore's address (a Value* into the simulated
 * heap, which never moves) in a hash table kept in the Sim's arena.
 *
 * Wait reasons: current Go's words ("sync.Mutex.Lock", "sync.RWMutex.RLock",
 * "sync.RWMutex.Lock", "sync.Cond.Wait" since Go 1.20, "sync.WaitGroup.Wait"
 * since Go 1.24).  Go 1.19 printed "semacquire" for all but Cond: build with
 * -DGOCAFE_GO119_WAIT_REASONS=1 to get 1.19's dumps byte for byte.
 */
#include <string.h>
#include "lib_int.h"
#include "sched.h"

#ifndef GOCAFE_GO119_WAIT_REASONS
#define GOCAFE_GO119_WAIT_REASONS 0
#endif

/* reason codes of sync.go's semacquire calls */
enum { R_SEMACQUIRE, R_MUTEX, R_RWRLOCK, R_RWLOCK, R_WAITGROUP, R_COND, R_NREASONS };

static const char *const reason_words[2][R_NREASONS] = {
    { "semacquire", "sync.Mutex.Lock", "sync.RWMutex.RLock", "sync.RWMutex.Lock",
      "sync.WaitGroup.Wait", "sync.Cond.Wait" },
    { "semacquire", "semacquire", "semacquire", "semacquire", "semacquire", "sync.Cond.Wait" },
};

typedef struct SemWaiter SemWaiter;
struct SemWaiter {
    G *g;
    SemWaiter *next;
};

typedef struct SemRoot SemRoot;
struct SemRoot {
    Value *addr;
    SemWaiter *head, *tail;
    SemRoot *hnext;
};

typedef struct LibSync {
    SemRoot **buckets;
    size_t nbuckets, nroots;
    SemWaiter *free;
} LibSync;

static LibSync *libsync(Sim *s)
{
    if (!s->libsync) {
        LibSync *ls = arena_alloc(&s->arena, sizeof *ls);
        ls->nbuckets = 64;
        ls->buckets = arena_alloc(&s->arena, ls->nbuckets * sizeof *ls->buckets);
        s->libsync = ls;
    }
    return s->libsync;
}

static size_t addr_hash(const Value *addr, size_t n)
{
    uint64_t x = (uint64_t)(uintptr_t)addr;
    x ^= x >> 29;
    x *= 0x9E3779B97F4A7C15ull;
    return (size_t)(x >> 32) & (n - 1);
}

static void grow(Sim *s, LibSync *ls)
{
    size_t n = ls->nbuckets * 2;
    SemRoot **b = arena_alloc(&s->arena, n * sizeof *b);
    for (size_t i = 0; i < ls->nbuckets; i++)
        for (SemRoot *r = ls->buckets[i], *next; r; r = next) {
            next = r->hnext;
            size_t h = addr_hash(r->addr, n);
            r->hnext = b[h];
            b[h] = r;
        }
    ls->buckets = b;                       /* the old array stays in the arena */
    ls->nbuckets = n;
}

static SemRoot *root_of(Sim *s, Value *addr, bool create)
{
    LibSync *ls = libsync(s);
    size_t h = addr_hash(addr, ls->nbuckets);
    for (SemRoot *r = ls->buckets[h]; r; r = r->hnext)
        if (r->addr == addr) return r;
    if (!create) return NULL;
    if (ls->nroots >= ls->nbuckets * 2) {
        grow(s, ls);
        h = addr_hash(addr, ls->nbuckets);
    }
    SemRoot *r = arena_alloc(&s->arena, sizeof *r);
    r->addr = addr;
    r->hnext = ls->buckets[h];
    ls->buckets[h] = r;
    ls->nroots++;
    return r;
}

static void enqueue(Sim *s, SemRoot *r, G *g, bool lifo)
{
    LibSync *ls = libsync(s);
    SemWaiter *w = ls->free;
    if (w) ls->free = w->next;
    else w = arena_alloc(&s->arena, sizeof *w);
    w->g = g;
    w->next = NULL;
    if (!r->head) {
        r->head = r->tail = w;
    } else if (lifo) {
        w->next = r->head;
        r->head = w;
    } else {
        r->tail->next = w;
        r->tail = w;
    }
}

static G *dequeue(Sim *s, SemRoot *r)
{
    SemWaiter *w = r->head;
    if (!w) return NULL;
    r->head = w->next;
    if (!r->head) r->tail = NULL;
    G *g = w->g;
    LibSync *ls = libsync(s);
    w->next = ls->free;
    ls->free = w;
    return g;
}

static bool cansemacquire(Value *addr)
{
    if ((uint32_t)addr->u == 0) return false;
    addr->u = (uint32_t)(addr->u - 1);
    return true;
}

/* func semacquire(addr *uint32, lifo bool, reason int) */
static NatStatus n_semacquire(Sim *s, G *g, Value *a, Value *res)
{
    Value *addr = a[0].p;
    GSched *gx = gsched(g);
    if (gx->semwoke) {                     /* re-executed after semrelease */
        gx->semwoke = false;
        if (gx->semticket) {               /* handed off: ours already */
            gx->semticket = false;
            return NAT_OK;
        }
    }
    if (!addr) return lib_panic_string(s, g, "runtime error: invalid memory address or nil pointer dereference");
    if (cansemacquire(addr)) return NAT_OK;
    int64_t reason = a[2].i;
    if (reason < 0 || reason >= R_NREASONS) reason = R_SEMACQUIRE;
    enqueue(s, root_of(s, addr, true), g, a[1].i != 0);
    sched_park(s, g, G_WAITING, reason_words[GOCAFE_GO119_WAIT_REASONS ? 1 : 0][reason], addr);
    return NAT_BLOCK;
}

/* func semrelease(addr *uint32, handoff bool) */
static NatStatus n_semrelease(Sim *s, G *g, Value *a, Value *res)
{
    Value *addr = a[0].p;
    if (!addr) return lib_panic_string(s, g, "runtime error: invalid memory address or nil pointer dereference");
    addr->u = (uint32_t)(addr->u + 1);
    SemRoot *r = root_of(s, addr, false);
    G *w = r ? dequeue(s, r) : NULL;
    if (!w) return NAT_OK;
    GSched *wx = gsched(w);
    wx->semwoke = true;
    bool handoff = a[1].i != 0 && cansemacquire(addr);
    wx->semticket = handoff;
    sched_ready(s, w, g, true);
    return handoff ? NAT_YIELD : NAT_OK;
}

/* func semwaiters(addr *uint32) int: goroutines queued on addr (snapshot, tests). */
static NatStatus n_semwaiters(Sim *s, G *g, Value *a, Value *res)
{
    SemRoot *r = a[0].p ? root_of(s, a[0].p, false) : NULL;
    int64_t n = 0;
    for (SemWaiter *w = r ? r->head : NULL; w; w = w->next) n++;
    res[0].i = n;
    return NAT_OK;
}

/* func nanotime() int64: the virtual clock (mutex starvation threshold),
 * plus 1 as Go's runtime clock is never 0 at start: lockSlow uses
 * waitStartTime == 0 to mean "not waited yet" (then queues at the back). */
static NatStatus n_nanotime(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = s->now + 1;
    return NAT_OK;
}

/* func throw(s string): Go's fatal error from package sync - not recoverable,
 * deferred calls do not run: "fatal error: MSG", a blank line and the
 * goroutine's trace, exit status 2. */
static NatStatus n_throw(Sim *s, G *g, Value *a, Value *res)
{
    GoString *msg = a[0].p;
    sim_printf(s, 2, "fatal error: %.*s\n\n", (int)rt_strlen(msg), rt_strptr(msg));
    rt_print_goroutine(s, g, "running");
    s->exit_code = 2;
    return NAT_EXIT;
}

const NativeDef lib_sync_natives[] = {
    {"sync.semacquire", n_semacquire},
    {"sync.semrelease", n_semrelease},
    {"sync.semwaiters", n_semwaiters},
    {"sync.nanotime", n_nanotime},
    {"sync.throw", n_throw},
    {NULL, NULL},
};
