/* chan.c - Go's channels (runtime/chan.go) on one thread: make, send, recv,
 * close, with direct hand-off to a parked partner, the circular buffer, and
 * close waking every waiter.  See chan.h for the contract.
 *
 * Completing a parked goroutine's operation ("claiming" its sudog) happens
 * entirely on the waker's side: the value goes into the parked G's slot, a
 * select's chosen index is stored, its other sudogs leave their queues at
 * once (Go does this in the woken G, guarded by selectDone; with one thread
 * doing it eagerly is equivalent), and the G goes to runnext. */
#include "chan.h"
#include "sched.h"
#include "event.h"
#include "rt.h"
#include <stdlib.h>
#include <string.h>

/* ---- wait queues ---- */

void waitq_enqueue(WaitQ *q, Sudog *sg)
{
    sg->next = NULL;
    sg->prev = q->last;
    if (q->last) q->last->next = sg;
    else q->first = sg;
    q->last = sg;
}

void waitq_remove(WaitQ *q, Sudog *sg)
{
    if (sg->prev) sg->prev->next = sg->next;
    else q->first = sg->next;
    if (sg->next) sg->next->prev = sg->prev;
    else q->last = sg->prev;
    sg->next = sg->prev = NULL;
}

Sudog *waitq_dequeue(WaitQ *q)
{
    Sudog *sg = q->first;
    if (sg) waitq_remove(q, sg);
    return sg;
}

/* ---- helpers ---- */

static Event *chan_event(Sim *s, EventKind k, G *g, GoChan *c, int64_t other)
{
    Event *e = event_add(s, k, g, other);
    if (e && c) {
        e->objkind = EO_CHAN;
        e->obj = c->id;
        e->objname = c->name;
    }
    return e;
}

static void event_value(Event *e, GoChan *c, Value v)
{
    if (!e) return;
    e->hasval = true;
    e->val = v;
    e->valtype = c->elem;
}

/* Takes sg's goroutine out of every queue it waits in (a select waits in
 * several) and records how its operation ended.  The G is readied later by
 * finish_wake, so close can claim all waiters first and ready them after, in
 * Go's order. */
static void claim(Sim *s, Sudog *sg, G *by, bool success)
{
    G *gp = sg->g;
    GSched *gx = gsched(gp);
    sg->success = success;
    if (sg->isSelect) {
        for (Sudog *o = gx->waiting; o; o = o->waitlink) {
            if (o == sg) continue;
            waitq_remove(o->isSend ? &o->c->sendq : &o->c->recvq, o);
        }
        if (gx->selchosen) gx->selchosen->i = sg->caseidx;
        Event *e = chan_event(s, EV_SELECT, gp, sg->c, by ? by->id : 0);
        if (e) {
            e->b = sg->caseidx;
            e->c = SEL_WOKEN;
        }
        Sched *sc = sched_of(s);
        sc->lastsel.chosen = sg->caseidx;
        sc->lastsel.how = SEL_WOKEN;
        sc->lastsel.nready = 1;
        gx->selchoice = sc->lastsel;
    }
    if (!success && sg->isSend) gx->resume_panic = true;
}

/* Frees gp's sudogs and makes it runnable in runnext (Go's goready). */
static void finish_wake(Sim *s, G *gp, G *by)
{
    GSched *gx = gsched(gp);
    for (Sudog *o = gx->waiting, *nx; o; o = nx) {
        nx = o->waitlink;
        sched_sudog_put(s, o);
    }
    gx->waiting = NULL;
    gx->selchosen = NULL;
    sched_ready(s, gp, by, true);
}

static void store_recv(Value *dst, Value *okp, Value v, bool ok)
{
    if (dst) *dst = v;
    if (okp) okp->i = ok;
}

static Value *bufslot(GoChan *c, int64_t i) { return &c->buf[i]; }

/* ---- make ---- */

/* A channel made inside the library is named after the library call the
 * program made (time.After, time.NewTicker), not the library's local
 * variable; a name from a struct tag (ctx.Done()) or made during package
 * initialisation stays. */
static const char *library_name(const G *g, const char *name)
{
    if (!g || g->nframes == 0 || (name && strpbrk(name, ".(")))
        return name;
    /* made by the program itself (u is the top frame), or during package
     * initialisation (no program frame): keep the variable's name */
    int u = sched_user_frame(g);
    if (u < 0 || u + 1 >= g->nframes) return name;
    return g->frames[u + 1].proto->name;
}

GoChan *chan_make(Sim *s, G *g, Type *elem, int64_t size, const char *name)
{
    if (size < 0 || size > ((int64_t)1 << 40)) {
        rt_panic_plain(s, g, "makechan: size out of range");
        return NULL;
    }
    GoChan *c = rt_alloc(s, sizeof *c + (size_t)size * sizeof(Value), OBJ_CHAN);
    c->elem = elem;
    c->dataqsiz = size;
    c->name = library_name(g, name);
    c->buf = (Value *)(c + 1);
    Sched *sc = sched_of(s);
    if (sc->nchans == sc->capchans) {
        sc->capchans = sc->capchans ? sc->capchans * 2 : 16;
        sc->chans = xrealloc(sc->chans, (size_t)sc->capchans * sizeof *sc->chans);
    }
    sc->chans[sc->nchans++] = c;
    c->id = sc->nchans;
    c->creator = g ? g->id : 0;
    c->line = g ? sched_user_line(g, NULL) : 0;
    Event *e = chan_event(s, EV_MAKE, g, c, 0);
    if (e) e->a = size;
    return c;
}

/* ---- send ---- */

static ChanStatus park_nil(Sim *s, G *g, const char *reason)
{
    sched_park(s, g, G_WAITING, reason, NULL);
    return CHAN_BLOCKED;
}

static Sudog *park_on(Sim *s, G *g, GoChan *c, bool isSend)
{
    Sudog *sg = sched_sudog_get(s, g);
    sg->c = c;
    sg->isSend = isSend;
    waitq_enqueue(isSend ? &c->sendq : &c->recvq, sg);
    GSched *gx = gsched(g);
    sg->waitlink = gx->waiting;
    gx->waiting = sg;
    return sg;
}

/* Go's chansend.  block=false is selectnbsend. */
static ChanStatus send_impl(Sim *s, G *g, GoChan *c, Value v, bool block)
{
    if (!c) return block ? park_nil(s, g, "chan send (nil chan)") : CHAN_WOULDBLOCK;
    if (c->closed) {
        if (!g) return CHAN_WOULDBLOCK;   /* the runtime's own sends never panic */
        rt_panic_plain(s, g, "send on closed channel");
        return CHAN_PANIC;
    }
    if (!block && !c->recvq.first && c->qcount >= c->dataqsiz) return CHAN_WOULDBLOCK;
    if (types_is_aggregate(c->elem)) v = rt_copy_value(s, c->elem, v);
    Sudog *sg = waitq_dequeue(&c->recvq);
    if (sg) {                            /* hand straight to the receiver */
        store_recv(sg->elem, sg->okp, v, true);
        event_value(chan_event(s, EV_SEND, g, c, sg->g->id), c, v);
        claim(s, sg, g, true);
        finish_wake(s, sg->g, g);
        return CHAN_OK;
    }
    if (c->qcount < c->dataqsiz) {
        *bufslot(c, c->sendx) = v;
        if (++c->sendx == c->dataqsiz) c->sendx = 0;
        c->qcount++;
        Event *e = chan_event(s, EV_SEND, g, c, 0);
        event_value(e, c, v);
        if (e) e->a = c->qcount;
        return CHAN_OK;
    }
    if (!block) return CHAN_WOULDBLOCK;
    Sudog *me = park_on(s, g, c, true);
    me->sendval = v;
    sched_park(s, g, G_WAITING, "chan send", c);
    return CHAN_BLOCKED;
}

ChanStatus chan_send(Sim *s, G *g, GoChan *c, Value v) { return send_impl(s, g, c, v, true); }
ChanStatus chan_trysend(Sim *s, G *g, GoChan *c, Value v) { return send_impl(s, g, c, v, false); }

/* ---- receive ---- */

/* Go's recv(): a sender is parked, so the buffer (if any) is full: take the
 * head of the buffer and put the sender's value at the tail. */
static void recv_from_sender(Sim *s, G *g, GoChan *c, Sudog *sg, Value *dst, Value *okp)
{
    Value v;
    if (c->dataqsiz == 0) {
        v = sg->sendval;
    } else {
        v = *bufslot(c, c->recvx);
        *bufslot(c, c->recvx) = sg->sendval;
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->sendx = c->recvx;
    }
    store_recv(dst, okp, v, true);
    Event *e = chan_event(s, EV_RECV, g, c, sg->g->id);
    event_value(e, c, v);
    if (e) e->a = 1;
    claim(s, sg, g, true);
    finish_wake(s, sg->g, g);
}

/* Go's chanrecv.  block=false is selectnbrecv. */
static ChanStatus recv_impl(Sim *s, G *g, GoChan *c, Value *dst, Value *okp, bool block)
{
    if (!c) return block ? park_nil(s, g, "chan receive (nil chan)") : CHAN_WOULDBLOCK;
    if (c->closed && c->qcount == 0) {
        store_recv(dst, okp, rt_zero(s, c->elem), false);
        chan_event(s, EV_RECV, g, c, 0);
        return CHAN_OK;
    }
    Sudog *sg = waitq_dequeue(&c->sendq);
    if (sg) {
        recv_from_sender(s, g, c, sg, dst, okp);
        return CHAN_OK;
    }
    if (c->qcount > 0) {
        Value v = *bufslot(c, c->recvx);
        bufslot(c, c->recvx)->u = 0;
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->qcount--;
        store_recv(dst, okp, v, true);
        Event *e = chan_event(s, EV_RECV, g, c, 0);
        event_value(e, c, v);
        if (e) {
            e->a = 1;
            e->b = c->qcount;
        }
        return CHAN_OK;
    }
    if (!block) return CHAN_WOULDBLOCK;
    Sudog *me = park_on(s, g, c, false);
    me->elem = dst;
    me->okp = okp;
    sched_park(s, g, G_WAITING, "chan receive", c);
    return CHAN_BLOCKED;
}

ChanStatus chan_recv(Sim *s, G *g, GoChan *c, Value *dst, Value *okp)
{
    return recv_impl(s, g, c, dst, okp, true);
}

ChanStatus chan_tryrecv(Sim *s, G *g, GoChan *c, Value *dst, Value *okp)
{
    return recv_impl(s, g, c, dst, okp, false);
}

/* ---- close ---- */

/* Go's closechan: claim every receiver (zero value, ok false) then every
 * sender (will panic), pushing each on a LIFO list (Go's gList), then ready
 * them popping that list - each goready takes runnext, so the first waiter
 * ends up running first and the rest follow in reverse at the queue's tail. */
ChanStatus chan_close(Sim *s, G *g, GoChan *c)
{
    if (!c) {
        rt_panic_plain(s, g, "close of nil channel");
        return CHAN_PANIC;
    }
    if (c->closed) {
        rt_panic_plain(s, g, "close of closed channel");
        return CHAN_PANIC;
    }
    c->closed = true;
    Event *e = chan_event(s, EV_CLOSE, g, c, 0);
    G *glist = NULL;      /* Go's gList */
    int n = 0;
    /* a zero value without bytes (chan struct{}) is shared by every receiver:
     * closing on a million waiters must not make a million empty objects */
    Type *et = c->elem;
    bool zshared = et && ((et->kind == T_STRUCT && et->nfields == 0) || (et->kind == T_ARRAY && et->len == 0));
    Value zero = {0};
    bool havezero = false;
    for (int pass = 0; pass < 2; pass++) {
        WaitQ *q = pass == 0 ? &c->recvq : &c->sendq;
        Sudog *sg;
        while ((sg = waitq_dequeue(q)) != NULL) {
            if (!sg->isSend) {
                if (!havezero || !zshared) zero = rt_zero(s, c->elem);
                havezero = true;
                store_recv(sg->elem, sg->okp, zero, false);
            }
            claim(s, sg, g, false);
            /* LIFO through GSched.globnext: a parked G is in no run queue */
            gsched(sg->g)->globnext = glist;
            glist = sg->g;
            n++;
        }
    }
    if (e) e->a = n;
    while (glist) {
        G *gp = glist;
        glist = gsched(gp)->globnext;
        gsched(gp)->globnext = NULL;
        finish_wake(s, gp, g);
    }
    return CHAN_OK;
}

ChanStatus chan_resume(Sim *s, G *g)
{
    GSched *gx = gsched(g);
    if (!gx || !gx->resume_panic) return CHAN_OK;
    gx->resume_panic = false;
    rt_panic_plain(s, g, "send on closed channel");
    return CHAN_PANIC;
}
