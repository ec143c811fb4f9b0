/* chan.h - Go channels and select, modelled on Go's runtime (chan.go,
 * select.go): hchan, sudog, waitq.
 *
 * Contract:
 *  - A GoChan is a simulated heap object (rt_alloc, OBJ_CHAN) with Go's
 *    fields: a circular buffer of dataqsiz Values, qcount, sendx, recvx and
 *    two FIFO wait queues of Sudogs.  Invariant: sendq or recvq is empty.
 *  - Every operation returns a ChanStatus:
 *      CHAN_OK       done; results are already in the caller's slots.
 *      CHAN_BLOCKED  g was parked (status G_WAITING, wait reason set, a Sudog
 *                    enqueued).  The VM returns VM_BLOCKED at once.  Whoever
 *                    completes the operation later writes the results into
 *                    the same slots (*dst, *okp, *chosen) before g runs again,
 *                    as Go's runtime copies into the sudog's elem.  The slots
 *                    must be in g's stack (or any memory that stays put while
 *                    g is parked: a parked G's stack never grows).
 *      CHAN_PANIC    rt_panic_plain was called on g; the VM starts unwinding.
 *      CHAN_WOULDBLOCK  (non-blocking variants only) nothing happened.
 *  - A sender woken by close must panic when it runs again: the VM calls
 *    chan_resume(s, g) each time it resumes a goroutine (cheap when there is
 *    nothing to do); CHAN_PANIC means unwind as after NAT_PANIC.
 *  - A woken goroutine goes to runnext (sched_ready(..., next=true)), as Go's
 *    goready does, so with one P the order is Go's with GOMAXPROCS=1.
 *  - chan_send copies arrays/structs (rt_copy_value) as Go copies the value
 *    into the channel; the VM need not copy before calling.
 *  - Every operation appends an event (event.h) with g's current line: the VM
 *    must have stored frames[top].pc before calling.
 */
#ifndef GOCAFE_CHAN_H
#define GOCAFE_CHAN_H
#include <stdbool.h>
#include <stdint.h>
#include "sim.h"

typedef struct Sudog Sudog;

/* FIFO of waiting sudogs (doubly linked so a select can leave every queue). */
typedef struct WaitQ {
    Sudog *first, *last;
} WaitQ;

typedef struct GoChan {
    ObjHdr h;
    Type *elem;           /* element type */
    int64_t qcount;       /* values in the buffer */
    int64_t dataqsiz;     /* buffer capacity (0 = unbuffered) */
    int64_t sendx;        /* next buffer slot to send into */
    int64_t recvx;        /* next buffer slot to receive from */
    WaitQ recvq;          /* goroutines blocked receiving */
    WaitQ sendq;          /* goroutines blocked sending */
    bool closed;
    const char *name;     /* variable it was made into, for the UI; may be NULL */
    int64_t id;           /* dense, 1, 2, 3 ... in creation order */
    int64_t creator;      /* goroutine that made it */
    int32_t line;         /* where it was made */
    Value *buf;           /* dataqsiz slots (points into this object) */
} GoChan;

/* A goroutine waiting on one channel (one per case of a parked select). */
struct Sudog {
    G *g;
    GoChan *c;
    Sudog *next, *prev;   /* links in c's waitq */
    Sudog *waitlink;      /* g's other sudogs (select), Go's g.waiting list */
    Value *elem;          /* receive: where the value goes (NULL = discard) */
    Value *okp;           /* receive: where ok goes (NULL = not wanted) */
    Value sendval;        /* send: the value (already copied) */
    bool isSend;
    bool isSelect;
    bool success;         /* true: completed by a communication; false: by close */
    int caseidx;          /* select case index (source order) */
};

typedef enum ChanStatus {
    CHAN_OK = 0, CHAN_BLOCKED, CHAN_PANIC, CHAN_WOULDBLOCK
} ChanStatus;

/* make(chan elem, size).  size < 0 panics "makechan: size out of range"
 * (returns NULL).  Registers the channel with the scheduler (dense id).
 * name: the variable the compiler saw it made into ("jobs"), or NULL; it
 * must live as long as the Sim (arena / constant pool string). */
GoChan *chan_make(Sim *s, G *g, Type *elem, int64_t size, const char *name);
static inline int64_t chan_len(const GoChan *c) { return c ? c->qcount : 0; }
static inline int64_t chan_cap(const GoChan *c) { return c ? c->dataqsiz : 0; }

/* c <- v.  nil channel: parks forever ("chan send (nil chan)"). */
ChanStatus chan_send(Sim *s, G *g, GoChan *c, Value v);
/* v, ok := <-c.  dst and okp may be NULL.  nil channel: parks forever
 * ("chan receive (nil chan)").  Closed and empty: zero value, ok false. */
ChanStatus chan_recv(Sim *s, G *g, GoChan *c, Value *dst, Value *okp);
/* close(c): "close of nil channel" / "close of closed channel" panics.
 * Wakes every waiter: receivers get zero and ok=false, senders will panic. */
ChanStatus chan_close(Sim *s, G *g, GoChan *c);

/* Non-blocking variants (select with one case + default, the runtime's own
 * sends such as time.After's).  g may be NULL for the runtime (timers).
 * CHAN_WOULDBLOCK when the operation cannot proceed now. */
ChanStatus chan_trysend(Sim *s, G *g, GoChan *c, Value v);
ChanStatus chan_tryrecv(Sim *s, G *g, GoChan *c, Value *dst, Value *okp);

/* Call when g runs again after being parked: raises a pending
 * "send on closed channel".  CHAN_OK or CHAN_PANIC. */
ChanStatus chan_resume(Sim *s, G *g);

/* ---- select (select.c) ---- */

typedef struct SelCase {
    GoChan *c;            /* NULL: the case is never ready (dropped) */
    bool isSend;
    Value val;            /* send: the value */
    Value *elem;          /* recv: destination slot or NULL */
    Value *okp;           /* recv: ok slot or NULL */
} SelCase;

/* How the last select chose, for the UI ("chosen at random among 2 ready
 * cases (seed 7)") and the event log.  Kept per Sim in Sched.lastsel. */
typedef enum SelHow {
    SEL_SINGLE = 0,       /* exactly one case was ready */
    SEL_RANDOM,           /* several ready: uniform from the seeded generator */
    SEL_FORCED,           /* the choose hook decided */
    SEL_DEFAULT,          /* nothing ready: default taken */
    SEL_BLOCKED,          /* nothing ready, no default: parked */
    SEL_WOKEN             /* completed later by another goroutine */
} SelHow;

typedef struct SelChoice {
    int nready;           /* cases ready when the select ran */
    int chosen;           /* case index (source order), -1 = default */
    SelHow how;
    uint64_t seed;        /* the run's seed */
} SelChoice;

/* Go's selectgo.  cases[0..n) in source order; `chosen` receives the case
 * index (-1 for default) as a Value (.i) - now (CHAN_OK) or when g is woken
 * (CHAN_BLOCKED) - together with the case's elem/ok slots.  With no default
 * and nothing ready g parks on every channel ("select"; "select (no cases)"
 * when n == 0).  nil-channel cases are never ready. */
ChanStatus chan_select(Sim *s, G *g, const SelCase *cases, int n, bool has_default,
                       Value *chosen);

/* ---- internals shared by chan.c and select.c ---- */
void waitq_enqueue(WaitQ *q, Sudog *sg);
void waitq_remove(WaitQ *q, Sudog *sg);
Sudog *waitq_dequeue(WaitQ *q);

#endif
