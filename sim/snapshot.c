/* snapshot.c - copies the state of a Sim into plain data for the UI.  Reads
 * the scheduler's tables (goroutines, channels, timers) and the per-G select
 * record (select.c); owns every byte it hands out.  See snapshot.h. */
#include "snapshot.h"
#include "step.h"
#include "event.h"
#include "vm.h"
#include "rt.h"
#include "ops.h"
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct SnapBlock {
    SnapBlock *next;
    size_t used, cap;
    max_align_t data[];
};

#define SNAP_BLOCK 65536

void *snapshot_alloc(Snapshot *snap, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    SnapBlock *b = snap->mem;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > SNAP_BLOCK ? n : SNAP_BLOCK;
        b = xmalloc(sizeof *b + cap);
        b->cap = cap;
        b->used = 0;
        b->next = snap->mem;
        snap->mem = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

const char *snapshot_strdup(Snapshot *snap, const char *str)
{
    if (!str) return NULL;
    size_t n = strlen(str);
    char *p = snapshot_alloc(snap, n + 1);
    memcpy(p, str, n + 1);
    return p;
}

void snapshot_free(Snapshot *snap)
{
    for (SnapBlock *b = snap->mem, *nx; b; b = nx) {
        nx = b->next;
        free(b);
    }
    free(snap->ctxs);
    free(snap->wgs);
    memset(snap, 0, sizeof *snap);
}

SnapCtx *snapshot_add_ctx(Snapshot *snap)
{
    if (snap->nctxs == snap->capctxs) {
        snap->capctxs = snap->capctxs ? snap->capctxs * 2 : 8;
        snap->ctxs = xrealloc(snap->ctxs, (size_t)snap->capctxs * sizeof *snap->ctxs);
    }
    SnapCtx *c = &snap->ctxs[snap->nctxs++];
    memset(c, 0, sizeof *c);
    c->id = snap->nctxs;
    c->deadline = -1;
    return c;
}

SnapWG *snapshot_add_wg(Snapshot *snap)
{
    if (snap->nwgs == snap->capwgs) {
        snap->capwgs = snap->capwgs ? snap->capwgs * 2 : 8;
        snap->wgs = xrealloc(snap->wgs, (size_t)snap->capwgs * sizeof *snap->wgs);
    }
    SnapWG *w = &snap->wgs[snap->nwgs++];
    memset(w, 0, sizeof *w);
    w->id = snap->nwgs;
    return w;
}

/* ---- values ---- */

typedef struct RBuf {
    char *buf;
    size_t len, n;        /* capacity, written */
    bool cut;
} RBuf;

static void rput(RBuf *r, const char *s, size_t n)
{
    if (r->cut) return;
    size_t room = r->len - 1 - r->n;
    if (n > room) {
        n = room;
        r->cut = true;
    }
    memcpy(r->buf + r->n, s, n);
    r->n += n;
}

static void rputs(RBuf *r, const char *s) { rput(r, s, strlen(s)); }

static void render(RBuf *r, Type *t, Value v, int depth);

static void render_string(RBuf *r, const GoString *gs)
{
    rputs(r, "\"");
    int64_t n = gs ? gs->len : 0;
    for (int64_t i = 0; i < n && !r->cut; i++) {
        unsigned char ch = (unsigned char)gs->ptr[i];
        char tmp[8];
        if (ch == '"' || ch == '\\') snprintf(tmp, sizeof tmp, "\\%c", ch);
        else if (ch == '\n') snprintf(tmp, sizeof tmp, "\\n");
        else if (ch < 0x20 || ch == 0x7f) snprintf(tmp, sizeof tmp, "\\x%02x", ch);
        else snprintf(tmp, sizeof tmp, "%c", ch);
        rputs(r, tmp);
    }
    rputs(r, "\"");
}

static void render_elems(RBuf *r, Type *et, const Value *v, int64_t n, int depth)
{
    rputs(r, "[");
    for (int64_t i = 0; i < n && !r->cut; i++) {
        if (i) rputs(r, " ");
        if (i == 8) {
            rputs(r, "...");
            break;
        }
        render(r, et, v[i], depth + 1);
    }
    rputs(r, "]");
}

static void render(RBuf *r, Type *t, Value v, int depth)
{
    char tmp[64];
    if (!t) {
        rputs(r, "?");
        return;
    }
    if (depth > 3) {
        rputs(r, "...");
        return;
    }
    switch (t->kind) {
    case T_BOOL: rputs(r, v.i ? "true" : "false"); return;
    case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
        snprintf(tmp, sizeof tmp, "%" PRId64, v.i);
        break;
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
        snprintf(tmp, sizeof tmp, "%" PRIu64, v.u);
        break;
    case T_FLOAT32: case T_FLOAT64: snprintf(tmp, sizeof tmp, "%g", v.f); break;
    case T_STRING: render_string(r, v.p); return;
    case T_STRUCT: {
        const GoArray *a = v.p;
        rputs(r, "{");
        for (int i = 0; a && i < t->nfields && i < a->len && !r->cut; i++) {
            if (i) rputs(r, " ");
            render(r, t->fields[i].type, a->v[i], depth + 1);
        }
        rputs(r, "}");
        return;
    }
    case T_ARRAY: {
        const GoArray *a = v.p;
        render_elems(r, t->elem, a ? a->v : NULL, a ? a->len : 0, depth);
        return;
    }
    case T_SLICE: {
        const GoSlice *sl = v.p;
        if (!sl) {
            rputs(r, "[]");
            return;
        }
        int64_t n = rt_slen(sl);
        rputs(r, "[");
        for (int64_t i = 0; i < n && !r->cut; i++) {
            if (i) rputs(r, " ");
            if (i == 8) {
                rputs(r, "...");
                break;
            }
            render(r, t->elem, *rt_selem((GoSlice *)sl, i), depth + 1);
        }
        rputs(r, "]");
        return;
    }
    case T_INTERFACE: {
        const GoIface *in = v.p;
        if (!in) rputs(r, "nil");
        else render(r, in->type, in->v, depth);
        return;
    }
    case T_CHAN: {
        const GoChan *c = v.p;
        if (!c) rputs(r, "nil");
        else {
            snprintf(tmp, sizeof tmp, "%s#%" PRId64, c->name ? c->name : "chan", c->id);
            rputs(r, tmp);
        }
        return;
    }
    case T_MAP: rputs(r, v.p ? "map[...]" : "map[]"); return;
    case T_FUNC: rputs(r, v.p ? "func" : "nil"); return;
    default:
        if (!v.p) rputs(r, "nil");
        else snprintf(tmp, sizeof tmp, "%p", v.p), rputs(r, tmp);
        return;
    }
    rputs(r, tmp);
}

void snapshot_render(Type *t, Value v, char *buf, size_t len)
{
    if (len == 0) return;
    RBuf r = { buf, len, 0, false };
    render(&r, t, v, 0);
    if (r.cut && len > 4) {
        size_t at = r.n > len - 4 ? len - 4 : r.n;
        memcpy(buf + at, "...", 3);
        r.n = at + 3;
    }
    buf[r.n] = 0;
}

/* ---- goroutines ---- */

int32_t snapshot_g_line(Sim *s, const G *g)
{
    if (g == sched_running(s) && vm_at_stmt(g)) {
        const Frame *f = &g->frames[g->nframes - 1];
        return f->proto->lines[f->pc];
    }
    return sched_g_line(g, NULL);
}

static const char *g_state(const G *g)
{
    switch (g->status) {
    case G_RUNNING: return "running";
    case G_RUNNABLE: return "runnable";
    case G_DEAD: return "exited";
    default: return g->waitreason ? g->waitreason : "waiting";
    }
}

/* A pending time.After / Timer.C timer that will send on c, if any. */
static const Timer *timer_for(Sched *sc, const GoChan *c)
{
    for (int i = 0; i < sc->nheap; i++)
        if (sc->heap[i]->state == TIMER_PENDING && sc->heap[i]->kind == TIMER_SEND &&
            sc->heap[i]->c == c)
            return sc->heap[i];
    return NULL;
}

/* Why a case is (not) ready now, in words. */
static const char *case_why(Sim *s, Snapshot *snap, const SelCaseInfo *k, bool *ready)
{
    const GoChan *c = k->c;
    char buf[96];
    *ready = false;
    if (!c) return "nil channel: never ready";
    if (c->closed) {
        *ready = true;
        return k->isSend ? "closed (send panics)" : "closed";
    }
    if (k->isSend) {
        if (c->recvq.first) {
            snprintf(buf, sizeof buf, "G%" PRId64 " is receiving", c->recvq.first->g->id);
            *ready = true;
            return snapshot_strdup(snap, buf);
        }
        if (c->qcount < c->dataqsiz) {
            *ready = true;
            return "buffer has room";
        }
        return c->dataqsiz ? "buffer full" : "no receiver";
    }
    if (c->qcount > 0) {
        *ready = true;
        return "value in buffer";
    }
    if (c->sendq.first) {
        snprintf(buf, sizeof buf, "G%" PRId64 " is sending", c->sendq.first->g->id);
        *ready = true;
        return snapshot_strdup(snap, buf);
    }
    const Timer *t = timer_for(sched_of(s), c);
    if (t) {
        char d[40];
        event_fmt_duration(t->when, d, sizeof d);
        snprintf(buf, sizeof buf, "timer due at %s", d);
        return snapshot_strdup(snap, buf);
    }
    return c->dataqsiz ? "buffer empty" : "no sender";
}

static void take_select(Sim *s, Snapshot *snap, G *g, SnapG *out)
{
    GSched *gx = gsched(g);
    if (!gx || (gx->nsel == 0 && !gx->seldefault)) return;
    SnapSelect *sel = &out->sel;
    out->has_select = true;
    sel->step = gx->selstep;
    sel->parked = g->status == G_WAITING && g->waitreason &&
                  strncmp(g->waitreason, "select", 6) == 0;
    sel->has_default = gx->seldefault;
    sel->chosen = gx->selchoice.chosen;
    sel->how = gx->selchoice.how;
    sel->nready = gx->selchoice.nready;
    sel->seed = gx->selchoice.seed;
    sel->ncases = gx->nsel;
    sel->cases = snapshot_alloc(snap, (size_t)gx->nsel * sizeof *sel->cases);
    for (int i = 0; i < gx->nsel; i++) {
        const SelCaseInfo *k = &gx->sel[i];
        SnapCase *sc = &sel->cases[i];
        bool now;
        sc->index = i;
        sc->isSend = k->isSend;
        sc->chan = k->c ? k->c->id : 0;
        sc->chname = k->c ? snapshot_strdup(snap, k->c->name) : NULL;
        sc->why = snapshot_strdup(snap, case_why(s, snap, k, &now));
        sc->ready = sel->parked ? now : k->ready;
    }
}

static void take_g(Sim *s, Snapshot *snap, G *g, SnapG *out, bool leaked)
{
    const char *file;
    out->id = g->id;
    out->status = g->status;
    out->state = snapshot_strdup(snap, g_state(g));
    out->leaked = leaked && g->status != G_DEAD;
    out->startfn = snapshot_strdup(snap, g->startfn);
    out->creator = g->creator;
    out->created_line = g->created_line;
    sched_g_line(g, &file);
    out->line = snapshot_g_line(s, g);
    out->file = snapshot_strdup(snap, file);
    bool blocked = g->status == G_WAITING || g->status == G_SLEEPING;
    out->waitsince = blocked ? g->waitsince : 0;
    GSched *gx = gsched(g);
    if (blocked && gx && gx->waiting && !gx->waiting->waitlink) out->waitchan = gx->waiting->c->id;
    out->frames = snapshot_alloc(snap, (size_t)g->nframes * sizeof *out->frames);
    for (int i = g->nframes - 1; i >= 0; i--) {
        const Frame *f = &g->frames[i];
        SnapFrame *sf = &out->frames[out->nframes++];
        sf->func = snapshot_strdup(snap, f->proto ? f->proto->name : "?");
        sf->file = snapshot_strdup(snap, f->proto ? f->proto->file : NULL);
        sf->line = vm_frame_line(f);
    }
    take_select(s, snap, g, out);
    switch (g->status) {
    case G_RUNNING: snap->nrunning++; break;
    case G_RUNNABLE: snap->nrunnable++; break;
    case G_WAITING: snap->nblocked++; break;
    case G_SLEEPING: snap->nsleeping++; break;
    case G_DEAD: snap->ndone++; break;
    }
    if (out->leaked) snap->nleaked++;
}

/* ---- channels and timers ---- */

static int64_t *queue_ids(Snapshot *snap, const WaitQ *q, int *n)
{
    int k = 0;
    for (const Sudog *sg = q->first; sg; sg = sg->next) k++;
    int64_t *ids = snapshot_alloc(snap, (size_t)k * sizeof *ids);
    k = 0;
    for (const Sudog *sg = q->first; sg; sg = sg->next) ids[k++] = sg->g->id;
    *n = k;
    return ids;
}

static void take_chan(Snapshot *snap, const GoChan *c, SnapChan *out)
{
    char buf[128];
    out->id = c->id;
    out->name = snapshot_strdup(snap, c->name);
    types_string(c->elem, "main", buf, sizeof buf);
    out->elemtype = snapshot_strdup(snap, buf);
    out->len = c->qcount;
    out->cap = c->dataqsiz;
    out->closed = c->closed;
    out->creator = c->creator;
    out->line = c->line;
    out->vals = snapshot_alloc(snap, (size_t)c->qcount * sizeof *out->vals);
    for (int64_t i = 0; i < c->qcount; i++) {
        snapshot_render(c->elem, c->buf[(c->recvx + i) % c->dataqsiz], buf, 48);
        out->vals[i] = snapshot_strdup(snap, buf);
    }
    out->sendq = queue_ids(snap, &c->sendq, &out->nsendq);
    out->recvq = queue_ids(snap, &c->recvq, &out->nrecvq);
}

static int timer_cmp(const void *a, const void *b)
{
    const SnapTimer *x = a, *y = b;
    if (x->when != y->when) return x->when < y->when ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

static void take_timers(Sched *sc, Snapshot *snap)
{
    snap->timers = snapshot_alloc(snap, (size_t)sc->nheap * sizeof *snap->timers);
    for (int i = 0; i < sc->nheap; i++) {
        const Timer *t = sc->heap[i];
        if (t->state != TIMER_PENDING) continue;
        SnapTimer *o = &snap->timers[snap->ntimers++];
        o->id = t->id;
        o->when = t->when;
        o->period = t->period;
        o->kind = t->kind;
        o->owner = t->owner;
        o->what = t->kind == TIMER_WAKE ? "sleep" : t->kind == TIMER_FUNC ? "func"
                : t->period > 0 ? "ticker" : "channel";
        if (t->kind == TIMER_WAKE && t->g) o->g = t->g->id;
        if (t->kind == TIMER_SEND && t->c) {
            o->chan = t->c->id;
            o->chname = snapshot_strdup(snap, t->c->name);
        }
    }
    /* heap order is not due order; the sequence number breaks ties as the
     * heap does, and ids follow creation, close enough for equal deadlines */
    qsort(snap->timers, (size_t)snap->ntimers, sizeof *snap->timers, timer_cmp);
}

/* ---- library objects: contexts and WaitGroups ----
 * Read through their types by field name (sim/lib/context.go, sync.go keep
 * Go's own field names), so a change of layout there degrades to missing
 * details, never to a crash: every step checks kinds and NULLs. */

#define UNIX_TO_INTERNAL 62135596800LL   /* time.go's unixToInternal */

static int field_of(const Type *t, const char *name)
{
    if (!t || t->kind != T_STRUCT) return -1;
    for (int i = 0; i < t->nfields; i++)
        if (t->fields[i].name && strcmp(t->fields[i].name, name) == 0) return i;
    return -1;
}

/* The struct behind a pointer-to-named-struct interface value. */
static const GoArray *iface_struct(const GoIface *in, const Type **st)
{
    if (!in || !in->type || in->type->kind != T_POINTER || !in->v.p) return NULL;
    const Type *t = in->type->elem;
    if (!t || t->kind != T_STRUCT) return NULL;
    *st = t;
    return ((const Value *)in->v.p)->p;
}

static bool field_val(const GoArray *a, const Type *t, const char *name, Value *v, const Type **ft)
{
    int i = field_of(t, name);
    if (!a || i < 0 || i >= a->len) return false;
    *v = a->v[i];
    if (ft) *ft = t->fields[i].type;
    return true;
}

/* The cancelCtx part of a cancelCtx or timerCtx (embedded by value). */
static const GoArray *cancel_part(const GoArray *a, const Type *t, const Type **ct)
{
    Value v;
    const Type *ft;
    if (t->name && strcmp(t->name, "cancelCtx") == 0) {
        *ct = t;
        return a;
    }
    if (field_val(a, t, "cancelCtx", &v, &ft) && ft && ft->kind == T_STRUCT) {
        *ct = ft;
        return v.p;
    }
    return NULL;
}

static const char *err_text(const GoIface *err)
{
    if (!err || !err->type) return NULL;
    const Type *t = err->type;
    if (t->name && strcmp(t->name, "deadlineExceededError") == 0) return "context deadline exceeded";
    const Type *st;
    const GoArray *a = iface_struct(err, &st);
    if (a && st->nfields > 0 && st->fields[0].type && st->fields[0].type->kind == T_STRING &&
        a->len > 0 && a->v[0].p) {
        const GoString *gs = a->v[0].p;
        return gs->ptr;
    }
    return t->name ? t->name : "error";
}

/* A time.Time as virtual ns (its monotonic reading, else its wall clock). */
static int64_t time_ns(const GoArray *tm, const Type *t)
{
    Value v;
    if (field_val(tm, t, "mono", &v, NULL) && v.i > 0) return v.i - 1;
    Value sec, nsec;
    if (!field_val(tm, t, "sec", &sec, NULL) || !field_val(tm, t, "nsec", &nsec, NULL)) return -1;
    return (sec.i - UNIX_TO_INTERNAL) * 1000000000LL + nsec.i - TIMER_EPOCH_UNIX_NS;
}

/* A pointer -> id map for the objects of the snapshot under construction
 * (ids > 0), so a program with 100000 contexts is not read in n^2. */
typedef struct PtrMap {
    const void **key;
    int64_t *val;
    uint32_t mask;        /* size - 1; 0 = empty */
    int n;
} PtrMap;

static uint32_t pm_slot(const PtrMap *m, const void *key)
{
    uint64_t h = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ULL;
    uint32_t i = (uint32_t)(h >> 32) & m->mask;
    while (m->key[i] && m->key[i] != key) i = (i + 1) & m->mask;
    return i;
}

static int64_t pm_get(const PtrMap *m, const void *key)
{
    if (!m->mask || !key) return 0;
    uint32_t i = pm_slot(m, key);
    return m->key[i] ? m->val[i] : 0;
}

static void pm_put(PtrMap *m, const void *key, int64_t val)
{
    if (!key) return;
    if ((uint32_t)(m->n + 1) * 2 > m->mask) {
        PtrMap old = *m;
        uint32_t size = old.mask ? (old.mask + 1) * 2 : 64;
        m->key = xcalloc(size, sizeof *m->key);
        m->val = xcalloc(size, sizeof *m->val);
        m->mask = size - 1;
        m->n = 0;
        for (uint32_t i = 0; old.mask && i <= old.mask; i++)
            if (old.key[i]) pm_put(m, old.key[i], old.val[i]);
        free(old.key);
        free(old.val);
    }
    uint32_t i = pm_slot(m, key);
    if (!m->key[i]) m->n++;
    m->key[i] = key;
    m->val[i] = val;
}

static void pm_free(PtrMap *m)
{
    free(m->key);
    free(m->val);
    memset(m, 0, sizeof *m);
}

/* Contexts in the snapshot under construction, keyed by the pointer their
 * interface value holds (a context's identity). */
static int64_t ctx_add(Snapshot *snap, PtrMap *k, const void *key)
{
    int64_t id = snapshot_add_ctx(snap)->id;
    pm_put(k, key, id);
    return id;
}

/* Id of the context `parent`; one that is not tracked (Background, TODO,
 * a user's own Context type) becomes a root named after its type. */
static int64_t ctx_parent(Snapshot *snap, PtrMap *k, const GoIface *parent)
{
    if (!parent || !parent->type) return 0;
    int64_t id = pm_get(k, parent->v.p);
    if (id) return id;
    id = ctx_add(snap, k, parent->v.p);
    SnapCtx *r = &snap->ctxs[id - 1];
    char buf[96];
    types_string(parent->type, "main", buf, sizeof buf);
    r->kind = snapshot_strdup(snap, buf);
    if (strstr(buf, "emptyCtx")) r->label = "context.Background or context.TODO";
    return id;
}

/* Fills the SnapCtx of tracked context `in`. */
static void take_ctx(Snapshot *snap, PtrMap *k, int64_t id, const GoIface *in)
{
    const Type *t;
    const GoArray *a = iface_struct(in, &t);
    const Type *ct = NULL;
    const GoArray *cp = cancel_part(a, t, &ct);
    const GoArray *base = cp ? cp : a;
    const Type *bt = cp ? ct : t;
    Value v;
    GoIface *parent = field_val(base, bt, "Context", &v, NULL) ? v.p : NULL;
    int64_t pid = ctx_parent(snap, k, parent);
    SnapCtx *c = &snap->ctxs[id - 1];      /* after ctx_parent: it may realloc */
    c->kind = snapshot_strdup(snap, t->name ? t->name : "context");
    c->parent = pid;
    if (cp) {
        if (field_val(cp, ct, "err", &v, NULL) && v.p) {
            c->cancelled = true;
            c->err = snapshot_strdup(snap, err_text(v.p));
        }
        if (field_val(cp, ct, "done", &v, NULL) && v.p) c->donechan = ((GoChan *)v.p)->id;
    }
    const Type *dt;
    if (field_val(a, t, "deadline", &v, &dt) && dt && dt->kind == T_STRUCT && v.p)
        c->deadline = time_ns(v.p, dt);
}

static bool is_context(const GoIface *in)
{
    const Type *t;
    return iface_struct(in, &t) && t->pkg && strcmp(t->pkg, "context") == 0;
}

static void take_contexts(Sim *s, Sched *sc, Snapshot *snap)
{
    PtrMap k = { 0 };
    int64_t id = snap->nctxs;
    /* ids in creation order first, so a child can name any parent */
    for (int i = 0; i < sc->ntracked; i++)
        if (is_context(sc->tracked[i])) ctx_add(snap, &k, sc->tracked[i]->v.p);
    for (int i = 0; i < sc->ntracked; i++) {
        if (!is_context(sc->tracked[i])) continue;
        take_ctx(snap, &k, ++id, sc->tracked[i]);
        const ObjName *on = sched_obj_name(s, sc->tracked[i]->v.p);
        if (on) snap->ctxs[id - 1].label = snapshot_strdup(snap, on->name);
    }
    pm_free(&k);
}

/* WaitGroups: tracked ones, named ones (OP_NAMEOBJ, in naming order), and
 * any a goroutine waits on (its wait is on &wg.sema; sync.go's WaitGroup
 * keeps `state` (counter << 32 | waiters) in the field just before `sema`).
 * A WaitGroup's identity is its sema word. */
static SnapWG *wg_for(Snapshot *snap, PtrMap *m, const Value *sema, Value state)
{
    int64_t i = pm_get(m, sema);
    if (i) return &snap->wgs[i - 1];
    SnapWG *w = snapshot_add_wg(snap);
    pm_put(m, sema, snap->nwgs);
    w->obj = sema;
    w->counter = (int32_t)(state.u >> 32);
    return w;
}

/* The WaitGroup in struct a of type t, if t is sync.WaitGroup. */
static SnapWG *wg_struct(Snapshot *snap, PtrMap *m, const GoArray *a, const Type *t)
{
    if (!a || !t || !t->name || strcmp(t->name, "WaitGroup") != 0) return NULL;
    int si = field_of(t, "sema"), st = field_of(t, "state");
    if (si < 0 || st < 0 || si >= a->len || st >= a->len) return NULL;
    return wg_for(snap, m, &a->v[si], a->v[st]);
}

static const Type *sync_waitgroup(Sim *s)
{
    for (int i = 0; i < s->types.nall; i++) {
        const Type *t = s->types.all[i];
        if (t && t->kind == T_STRUCT && t->name && t->pkg && strcmp(t->name, "WaitGroup") == 0 &&
            strcmp(t->pkg, "sync") == 0)
            return t;
    }
    return NULL;
}

static void take_waitgroups(Sim *s, Sched *sc, Snapshot *snap)
{
    PtrMap m = { 0 };
    for (int i = 0; i < sc->ntracked; i++) {
        const Type *t = NULL;
        const GoArray *a = iface_struct(sc->tracked[i], &t);
        wg_struct(snap, &m, a, t);
    }
    const Type *wgt = NULL;
    for (int i = 0; i < sc->nobjnames; i++) {
        const ObjName *on = &sc->objnames[i];
        if (on->kind != NAMEOBJ_WG) continue;
        if (!wgt && !(wgt = sync_waitgroup(s))) break;
        SnapWG *w = wg_struct(snap, &m, on->key, wgt);
        if (w && !w->label) w->label = snapshot_strdup(snap, on->name);
    }
    for (int i = 0; i < s->ngs; i++) {
        G *g = s->gs[i];
        if (g->status != G_WAITING || !g->waiting_on || !g->waitreason ||
            strcmp(g->waitreason, "sync.WaitGroup.Wait") != 0)
            continue;
        const Value *sema = g->waiting_on;
        SnapWG *w = wg_for(snap, &m, sema, sema[-1]);
        if (!w->waiters) w->waiters = snapshot_alloc(snap, 64 * sizeof *w->waiters);
        if (w->nwaiters < 64) w->waiters[w->nwaiters++] = g->id;
    }
    pm_free(&m);
}

void snapshot_take(Sim *s, Snapshot *out)
{
    memset(out, 0, sizeof *out);
    Sched *sc = sched_of(s);
    out->step = event_total(s);
    out->now = s->now;
    out->seed = s->cfg.seed;
    out->ended = sc->ended;
    out->result = sc->result;
    G *run = sched_running(s);
    out->running = run ? run->id : 0;
    bool leaked = sc->ended && sc->main && sc->main->status == G_DEAD && sc->nleaked > 0;
    out->gs = snapshot_alloc(out, (size_t)s->ngs * sizeof *out->gs);
    for (int i = 0; i < s->ngs; i++) take_g(s, out, s->gs[i], &out->gs[out->ngs++], leaked);
    out->chans = snapshot_alloc(out, (size_t)sc->nchans * sizeof *out->chans);
    for (int i = 0; i < sc->nchans; i++) take_chan(out, sc->chans[i], &out->chans[out->nchans++]);
    take_timers(sc, out);
    take_contexts(s, sc, out);
    take_waitgroups(s, sc, out);
    for (int i = 0; i < sc->nsnapfill; i++) sc->snapfill[i](s, out);
}

void snapshot_of_stepper(struct Stepper *st, Snapshot *out)
{
    if (!stepper_loaded(st)) {
        memset(out, 0, sizeof *out);
        return;
    }
    snapshot_take(stepper_sim(st), out);
    out->step = stepper_pos(st);
    out->total = stepper_total_known(st);
    out->ended = stepper_ended(st, &out->result);
}
