/* select.c - Go's selectgo (runtime/select.go) on one thread.
 *
 * pollorder is an inside-out Fisher-Yates shuffle of the non-nil cases drawn
 * from the run's seeded generator (Go uses fastrandn the same way); the first
 * ready case in pollorder wins, which makes the choice uniform among the
 * ready cases.  No lockorder: there are no locks.  With nothing ready and no
 * default, a sudog per case goes on its channel's queue (in case order) and
 * the goroutine parks; the goroutine that completes one of them removes the
 * others (chan.c, claim).  How the choice was made is kept in Sched.lastsel
 * and the event log; the choose hook can force it. */
#include "chan.h"
#include "sched.h"
#include "event.h"
#include <stdlib.h>

static bool case_ready(const SelCase *k)
{
    GoChan *c = k->c;
    if (!c) return false;
    if (k->isSend) return c->closed || c->recvq.first || c->qcount < c->dataqsiz;
    return c->sendq.first || c->qcount > 0 || c->closed;
}

static Event *select_event(Sim *s, G *g, GoChan *c, int nready, int chosen, SelHow how, int64_t d)
{
    Event *e = event_add(s, EV_SELECT, g, 0);
    if (!e) return NULL;
    if (c) {
        e->objkind = EO_CHAN;
        e->obj = c->id;
        e->objname = c->name;
    }
    e->a = nready;
    e->b = chosen;
    e->c = how;
    e->d = d;
    return e;
}

/* Whether the UI shows this select of g as g's latest (GSched.sel and
 * selchoice).  A select inside a library call the program made (context's
 * propagateCancel polls parent.Done() with a default) is not the program's:
 * the UI goes on showing the program's own.  A goroutine that runs library
 * code only (context's watcher) has its selects shown. */
static bool shown_select(const G *g)
{
    if (!g) return false;
    int u = sched_user_frame(g);
    return u < 0 || u == g->nframes - 1;
}

/* Keeps the cases of g's select, ready or not, for the UI (GSched.sel). */
static void record_cases(Sim *s, G *g, const SelCase *cases, int n, bool has_default)
{
    GSched *gx = gsched(g);
    if (n > gx->capsel) {
        gx->capsel = n < 4 ? 4 : n;
        gx->sel = xrealloc(gx->sel, (size_t)gx->capsel * sizeof *gx->sel);
    }
    for (int i = 0; i < n; i++)
        gx->sel[i] = (SelCaseInfo){ cases[i].c, cases[i].isSend, case_ready(&cases[i]) };
    gx->nsel = n;
    gx->seldefault = has_default;
    gx->selstep = event_total(s);
}

/* Parks g on every non-nil case's channel. */
static ChanStatus select_block(Sim *s, G *g, const SelCase *cases, int n, Value *chosen)
{
    GSched *gx = gsched(g);
    Sudog *last = NULL;
    for (int i = 0; i < n; i++) {
        const SelCase *k = &cases[i];
        if (!k->c) continue;
        Sudog *sg = sched_sudog_get(s, g);
        sg->c = k->c;
        sg->isSend = k->isSend;
        sg->isSelect = true;
        sg->caseidx = i;
        if (k->isSend) sg->sendval = k->val;
        else {
            sg->elem = k->elem;
            sg->okp = k->okp;
        }
        waitq_enqueue(k->isSend ? &k->c->sendq : &k->c->recvq, sg);
        /* keep g.waiting in case order */
        if (last) last->waitlink = sg;
        else gx->waiting = sg;
        last = sg;
    }
    gx->selchosen = chosen;
    Sched *sc = sched_of(s);
    sc->lastsel = (SelChoice){ 0, -2, SEL_BLOCKED, s->cfg.seed };
    gx->selchoice = sc->lastsel;
    select_event(s, g, NULL, 0, -2, SEL_BLOCKED, n);
    sched_park(s, g, G_WAITING, n == 0 ? "select (no cases)" : "select", NULL);
    return CHAN_BLOCKED;
}

/* Performs case k, known to be ready. */
static ChanStatus select_do(Sim *s, G *g, const SelCase *k)
{
    if (k->isSend) return chan_send(s, g, k->c, k->val);
    return chan_recv(s, g, k->c, k->elem, k->okp);
}

ChanStatus chan_select(Sim *s, G *g, const SelCase *cases, int n, bool has_default,
                       Value *chosen)
{
    Sched *sc = sched_of(s);
    int small[16], smallr[16];
    int *order = n <= 16 ? small : xmalloc((size_t)n * sizeof *order);
    int *ready = n <= 16 ? smallr : xmalloc((size_t)n * sizeof *ready);
    int norder = 0, nready = 0;
    for (int i = 0; i < n; i++) {
        if (!cases[i].c) continue;
        int j = (int)(sim_rand(s) % (uint64_t)(norder + 1));
        order[norder] = order[j];
        order[j] = i;
        norder++;
    }
    bool shown = shown_select(g);
    if (shown) record_cases(s, g, cases, n, has_default);
    for (int i = 0; i < n; i++)
        if (case_ready(&cases[i])) ready[nready++] = i;
    int win = -1;
    SelHow how = SEL_SINGLE;
    for (int i = 0; i < norder && win < 0; i++)
        if (case_ready(&cases[order[i]])) win = order[i];
    if (nready > 1) how = SEL_RANDOM;
    if (nready > 0 && sc->choose) {
        int k = sc->choose(sc->choose_ud, s, g, CHOOSE_SELECT, nready);
        if (k >= 0 && k < nready) {
            win = ready[k];
            how = SEL_FORCED;
        }
    }
    if (order != small) free(order);
    if (ready != smallr) free(ready);
    ChanStatus st;
    if (win >= 0) {
        sc->lastsel = (SelChoice){ nready, win, how, s->cfg.seed };
        if (shown) gsched(g)->selchoice = sc->lastsel;
        select_event(s, g, cases[win].c, nready, win, how, (int64_t)s->cfg.seed);
        if (chosen) chosen->i = win;
        st = select_do(s, g, &cases[win]);
    } else if (has_default) {
        sc->lastsel = (SelChoice){ 0, -1, SEL_DEFAULT, s->cfg.seed };
        if (shown) gsched(g)->selchoice = sc->lastsel;
        select_event(s, g, NULL, 0, -1, SEL_DEFAULT, 0);
        if (chosen) chosen->i = -1;
        st = CHAN_OK;
    } else {
        st = select_block(s, g, cases, n, chosen);
    }
    return st;
}
