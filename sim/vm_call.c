/* vm_call.c - goroutine state and calls made from C: creating and starting
 * goroutines, growing their stacks, pushing deferred calls, re-entrant calls
 * from natives (vm_call / vm_call_method), dynamic method lookup, print /
 * println, and the stack-overflow death.
 *
 * Stacks start small and double, so an idle goroutine costs a few hundred
 * bytes: vm_new_g puts the first frame and a value stack exactly as big as
 * the entry function's frame in the G's own block (g->frames / g->stack then
 * point into it: only vm_grow_* may move them), and a goroutine that
 * finishes gives back whatever it grew (vm_release_stacks).  Frames hold
 * indices (base) into the value stack, never pointers, so the stack can move
 * when it grows.
 *
 * Re-entrant calls recurse on the host's C stack, so they are counted per
 * goroutine (G.vmx, GVm) and too deep a nesting dies with Go's "fatal error:
 * stack overflow" instead of crashing the host.  Also here: whole-value
 * assignment of arrays/structs into existing storage (vm_copy_into).
 */
#include "vm_int.h"
#include "chan.h"
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define INITIAL_FRAMES 2     /* frames after the first (inline) one */

/* A goroutine made by vm_new_g starts with its first frame and a value stack
 * sized to its entry function in the same block as the G (one malloc, no
 * headers in between): a million parked goroutines must fit.  Growing moves
 * them to their own blocks; the inline space is then just not used. */
static Frame *inline_frames(G *g) { return (Frame *)(g + 1); }
static Value *inline_stack(G *g) { return (Value *)(inline_frames(g) + 1); }

bool vm_grow_stack(Sim *s, G *g, int64_t need)
{
    if (need <= g->stackcap) return true;
    if (need > VM_MAX_SLOTS) return false;
    int64_t cap = g->stackcap ? g->stackcap * 2 : 16;
    while (cap < need) cap *= 2;
    if (cap > VM_MAX_SLOTS) cap = VM_MAX_SLOTS;
    if (g->stack && g->stack == inline_stack(g)) {
        Value *ns = xmalloc((size_t)cap * sizeof(Value));
        memcpy(ns, g->stack, (size_t)g->stackcap * sizeof(Value));
        g->stack = ns;
    } else {
        g->stack = xrealloc(g->stack, (size_t)cap * sizeof(Value));
    }
    memset(g->stack + g->stackcap, 0, (size_t)(cap - g->stackcap) * sizeof(Value));
    g->stackcap = (int)cap;
    return true;
}

bool vm_grow_frames(Sim *s, G *g)
{
    if (g->nframes < g->framecap) return true;
    if (g->framecap >= VM_MAX_FRAMES) return false;
    int cap = g->framecap ? g->framecap * 2 : INITIAL_FRAMES;
    if (g->frames && g->frames == inline_frames(g)) {
        Frame *nf = xmalloc((size_t)cap * sizeof(Frame));
        memcpy(nf, g->frames, (size_t)g->framecap * sizeof(Frame));
        g->frames = nf;
    } else {
        g->frames = xrealloc(g->frames, (size_t)cap * sizeof(Frame));
    }
    g->framecap = cap;
    return true;
}

/* A goroutine that finished: give back the stacks it grew (its G record
 * stays, for ids and the snapshot's "exited" list). */
void vm_release_stacks(G *g)
{
    if (g->nframes != 0) return;
    if (g->stack != inline_stack(g)) {
        free(g->stack);
        g->stack = NULL;
        g->stackcap = 0;
    }
    if (g->frames != inline_frames(g)) {
        free(g->frames);
        g->frames = NULL;
        g->framecap = 0;
    }
    free(g->vmx);
    g->vmx = NULL;
}

int vm_stack_top(G *g)
{
    if (g->nframes == 0) return 0;
    Frame *f = &g->frames[g->nframes - 1];
    return f->base + f->proto->framesize;
}

int vm_push_call(Sim *s, G *g, GoFunc *fn, const Value *args, int nargs,
                 int flags, int owner, Value *res, int nres)
{
    if (!fn) return rt_panic_runtime(s, g, "invalid memory address or nil pointer dereference");
    Value buf[VM_MAX_NATIVE_ARGS + 1];
    if (fn->bound) {
        if (nargs > VM_MAX_NATIVE_ARGS) nargs = VM_MAX_NATIVE_ARGS;
        buf[0] = fn->recv;
        if (nargs) memcpy(buf + 1, args, (size_t)nargs * sizeof(Value));
        args = buf;
        nargs++;
    }
    Proto *p = fn->proto;
    const NativeDef *nd = fn->native ? fn->native : (p ? p->native : NULL);
    if (nd) {
        Value a[VM_MAX_NATIVE_ARGS + 1], r[8];
        if (nargs) memcpy(a, args, (size_t)nargs * sizeof(Value));
        NatStatus st = nd->fn(s, g, a, r);
        if (res && nres > 0) memcpy(res, r, (size_t)nres * sizeof(Value));
        return st;
    }
    int64_t base = vm_stack_top(g);
    if (!vm_grow_frames(s, g) || !vm_grow_stack(s, g, base + p->framesize + nargs)) {
        vm_stack_overflow(s, g);
        return NAT_EXIT;
    }
    if (nargs > 0) memcpy(g->stack + base, args, (size_t)nargs * sizeof(Value));
    Frame *f = &g->frames[g->nframes++];
    f->proto = p;
    f->closure = fn;
    f->pc = 0;
    f->base = (int)base;
    f->defers = NULL;
    f->flags = flags;
    f->owner = owner;
    return PUSH_FRAME;
}

G *vm_new_g(Sim *s, GoFunc *fn, const Value *args, int nargs)
{
    /* room inline for the entry function's frame (vm_push_call's need) */
    Proto *p = fn && !fn->native && fn->proto && !fn->proto->native ? fn->proto : NULL;
    int64_t need = p ? p->framesize + nargs + (fn->bound ? 1 : 0) : 0;
    if (need > 64) need = 0;  /* big frames: their own block, as before */
    G *g = xcalloc(1, sizeof *g + (need ? sizeof(Frame) + (size_t)need * sizeof(Value) : 0));
    if (need) {
        g->frames = inline_frames(g);
        g->framecap = 1;
        g->stack = inline_stack(g);
        g->stackcap = (int)need;
    }
    if (s->ngs == s->capgs) {
        s->capgs = s->capgs ? s->capgs * 2 : 16;
        s->gs = xrealloc(s->gs, (size_t)s->capgs * sizeof *s->gs);
    }
    s->gs[s->ngs++] = g;
    g->id = s->ngs;
    g->status = G_RUNNABLE;
    g->startfn = fn && fn->proto ? fn->proto->name : "?";
    vm_start(s, g, fn, args, nargs);
    return g;
}

void vm_start(Sim *s, G *g, GoFunc *fn, const Value *args, int nargs)
{
    g->panic = NULL;
    int st = vm_push_call(s, g, fn, args, nargs, 0, 0, NULL, 0);
    if (st != PUSH_FRAME) {
        /* a native started as a goroutine ran to completion at once */
        g->status = G_DEAD;
    } else {
        g->status = G_RUNNABLE;
    }
}

void vm_free_g(G *g)
{
    if (!g) return;
    for (int i = 0; i < g->nframes; i++) {
        Defer *d = g->frames[i].defers;
        while (d) {
            Defer *n = d->next;
            free(d->args);
            free(d);
            d = n;
        }
    }
    if (g->stack != inline_stack(g)) free(g->stack);
    if (g->frames != inline_frames(g)) free(g->frames);
    free(g->vmx);
    free(g);
}

VmStatus vm_execute(Sim *s, G *g, uint64_t budget)
{
    return vm_execute_until(s, g, budget, 0);
}

bool vm_at_stmt(const G *g)
{
    if (!g || g->nframes == 0) return false;
    const Frame *f = &g->frames[g->nframes - 1];
    const Proto *p = f->proto;
    return p && p->stmts && f->pc >= 0 && f->pc < p->ncode && p->stmts[f->pc];
}

VmStatus vm_execute_until(Sim *s, G *g, uint64_t budget, int stop_mask)
{
    int64_t b = budget == 0 || budget > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)budget;
    if (g->nframes == 0) return VM_DONE;
    g->status = G_RUNNING;
    /* a sender woken by close panics when it runs again */
    bool throwing = g->schedx && chan_resume(s, g) == CHAN_PANIC;
    VmStatus st = vm_run(s, g, 0, false, throwing, &b, stop_mask);
    if (st != VM_SLICE && g->vmx) ((GVm *)g->vmx)->seeking_stmt = false;
    switch (st) {
    case VM_DONE: case VM_GOEXIT:
        g->status = G_DEAD;
        vm_release_stacks(g);
        break;
    case VM_PANIC: case VM_EXIT: case VM_FATAL:
        g->status = G_DEAD;
        break;
    case VM_BLOCKED: if (g->status == G_RUNNING) g->status = G_WAITING; break;
    case VM_YIELD: case VM_SLICE: case VM_STMT: g->status = G_RUNNABLE; break;
    }
    return st;
}

int vm_frame_line(const Frame *f)
{
    const Proto *p = f->proto;
    if (!p || !p->lines || p->ncode == 0) return p ? p->pos.line : 0;
    int pc = (f->flags & FR_REEXEC) ? f->pc : f->pc - 1;
    if (pc < 0) pc = 0;
    if (pc >= p->ncode) pc = p->ncode - 1;
    return p->lines[pc];
}

/* VM-private per-goroutine state (G.vmx), allocated on first need. */
GVm *vm_gvm(G *g)
{
    if (!g->vmx) g->vmx = xcalloc(1, sizeof(GVm));
    return g->vmx;
}

/* Would one more re-entrant call nest too deep?  Each vm_call recurses on
 * the host's C stack (native -> vm_run -> native ...), so String() calling
 * Sprintf on itself must die as Go does ("fatal error: stack overflow")
 * before the host's stack does: at VM_MAX_NEST levels (deterministic), or
 * earlier if the C stack used since the outermost call passes
 * VM_MAX_NEST_BYTES (sanitizer builds have big frames). */
static bool nest_too_deep(GVm *x)
{
    char here;
    uintptr_t cur = (uintptr_t)&here;
    if (x->nest == 0) {
        x->cstack0 = cur;
        return false;
    }
    uintptr_t used = x->cstack0 > cur ? x->cstack0 - cur : cur - x->cstack0;
    return x->nest >= VM_MAX_NEST || used > VM_MAX_NEST_BYTES;
}

NatStatus vm_call(Sim *s, G *g, GoFunc *fn, const Value *args, int nargs, Value *res, int nres)
{
    GVm *x = vm_gvm(g);
    if (nest_too_deep(x)) {
        vm_stack_overflow(s, g);
        return NAT_EXIT;
    }
    int stop = g->nframes;
    int st = vm_push_call(s, g, fn, args, nargs, 0, 0, res, nres);
    if (st != PUSH_FRAME) return (NatStatus)st;
    int base = g->frames[stop].base;
    int64_t budget = INT64_MAX;
    x->nest++;
    VmStatus vs = vm_run(s, g, stop, true, false, &budget, 0);
    x = g->vmx;
    x->nest--;
    switch (vs) {
    case VM_DONE:
        if (res && nres > 0) memcpy(res, g->stack + base, (size_t)nres * sizeof(Value));
        return NAT_OK;
    case VM_PANIC:
        return NAT_PANIC;
    case VM_EXIT:
        return NAT_EXIT;
    case VM_GOEXIT:
        g->nframes = stop;
        return NAT_PANIC;
    case VM_BLOCKED:
    case VM_YIELD:
    case VM_SLICE:
    case VM_STMT:
        if (!s->fatal) s->fatal = "gocafe: a goroutine blocked inside a call made by the runtime (String, Error, sort's less); not supported";
        g->nframes = stop;
        return NAT_PANIC;
    case VM_FATAL:
        g->nframes = stop;
        return NAT_PANIC;
    }
    return NAT_PANIC;
}

int vm_find_method(Sim *s, Type *dt, const char *name, bool *deref)
{
    *deref = false;
    Method *m = NULL;
    if (dt->kind == T_POINTER && !dt->name && dt->elem) {
        m = types_find_method(dt->elem, name);
        if (m && !m->ptr_recv) *deref = true;
    } else {
        m = types_find_method(dt, name);
    }
    return m ? m->func_index : -1;
}

/* Receiver of method m (of a named type) from value v of type t (t is the
 * named type or a pointer to it): pointer or private copy as m wants.
 * false: nil pointer dereference. */
static bool method_recv(Sim *s, Type *t, Value v, Method *m, Proto *p, Value *out)
{
    bool isptr = t->kind == T_POINTER && !t->name;
    if (m->ptr_recv || !isptr) {
        *out = !m->ptr_recv && types_is_aggregate(t) && !(p && p->recv_readonly)
                   ? rt_copy_value(s, t, v) : v;
        return true;
    }
    if (!v.p) return false;
    *out = rt_copy_value(s, t->elem, *(Value *)v.p);
    return true;
}

int vm_promoted_method(Sim *s, G *g, Type *dt, Value recv, const char *name, Value *out)
{
    for (int hop = 0; hop < 8 && dt; hop++) {
        TypesLookup r;
        memset(&r, 0, sizeof r);
        if (!types_lookup(dt, name, &r) || r.ambiguous || !r.method || r.npath == 0) return -1;
        bool wantptr = r.kind == LOOKUP_METHOD && r.method->ptr_recv;
        Type *ct = dt;
        Value cur = recv;
        for (int i = 0; i < r.npath; i++) {
            if (ct->kind == T_POINTER) {
                if (!cur.p) goto nil;
                cur = *(Value *)cur.p;
                ct = ct->elem;
            }
            if (ct->kind != T_STRUCT || r.path[i] >= ct->nfields) return -1;
            GoArray *a = cur.p;
            Type *ft = ct->fields[r.path[i]].type;
            if (i == r.npath - 1 && wantptr && ft->kind != T_POINTER) {
                cur.p = &a->v[r.path[i]];           /* &x.T for a pointer method */
                ct = types_pointer(&s->types, ft);
            } else {
                cur = a->v[r.path[i]];
                ct = ft;
            }
        }
        if (r.kind == LOOKUP_IFACE_METHOD) {        /* an embedded interface */
            GoIface *x = cur.p;
            if (!x) goto nil;
            bool deref = false;
            int fi = vm_find_method(s, x->type, name, &deref);
            if (fi >= 0) {
                Method *m = types_find_method(x->type, name);
                if (!m || !method_recv(s, x->type, x->v, m, s->prog->funcs[fi], out)) goto nil;
                return fi;
            }
            dt = x->type;
            recv = x->v;
            continue;
        }
        int fi = r.method->func_index;
        if (fi < 0 || fi >= s->prog->nfuncs) return -1;
        if (!method_recv(s, ct, cur, r.method, s->prog->funcs[fi], out)) goto nil;
        return fi;
    }
    return -1;
nil:
    rt_panic_runtime(s, g, "invalid memory address or nil pointer dereference");
    return -2;
}

bool vm_call_method(Sim *s, G *g, GoIface *recv, const char *name,
                    const Value *args, int nargs, Value *res, int nres, NatStatus *st)
{
    if (!recv) return false;
    bool deref = false;
    int fi = vm_find_method(s, recv->type, name, &deref);
    Value buf[VM_MAX_NATIVE_ARGS + 1];
    Value rv = recv->v;
    if (fi < 0) {
        fi = vm_promoted_method(s, g, recv->type, recv->v, name, &rv);
        if (fi == -1) return false;
        if (fi == -2) {
            *st = NAT_PANIC;
            return true;
        }
    } else if (deref) {
        if (!rv.p) {
            *st = (NatStatus)rt_panic_runtime(s, g, "invalid memory address or nil pointer dereference");
            return true;
        }
        rv = rt_copy_value(s, recv->type->elem, *(Value *)rv.p);
    } else if (!s->prog->funcs[fi]->recv_readonly) {
        rv = rt_copy_value(s, recv->type, rv);
    }
    if (nargs > VM_MAX_NATIVE_ARGS) nargs = VM_MAX_NATIVE_ARGS;
    buf[0] = rv;
    if (nargs) memcpy(buf + 1, args, (size_t)nargs * sizeof(Value));
    GoFunc fn = { .proto = s->prog->funcs[fi], .native = s->prog->funcs[fi]->native };
    *st = vm_call(s, g, &fn, buf, nargs + 1, res, nres);
    return true;
}

const char *vm_missing_method(Type *dyn, Type *iface)
{
    for (int i = 0; i < iface->nmethods; i++) {
        bool deref;
        const char *name = iface->methods[i].name;
        Method *m = NULL;
        if (dyn->kind == T_POINTER && !dyn->name && dyn->elem) m = types_find_method(dyn->elem, name);
        else {
            m = types_find_method(dyn, name);
            if (m && m->ptr_recv) m = NULL;
        }
        (void)deref;
        if (!m) return name;
    }
    return NULL;
}

void vm_copy_into(Type *t, GoArray *dst, GoArray *src)
{
    if (dst == src || !dst || !src) return;
    int64_t n = dst->len < src->len ? dst->len : src->len;
    if (t->kind == T_ARRAY) {
        if (!types_is_aggregate(t->elem)) {
            memmove(dst->v, src->v, (size_t)n * sizeof(Value));
            return;
        }
        for (int64_t i = 0; i < n; i++) vm_copy_into(t->elem, dst->v[i].p, src->v[i].p);
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        Type *ft = t->fields[i].type;
        if (types_is_aggregate(ft)) vm_copy_into(ft, dst->v[i].p, src->v[i].p);
        else dst->v[i] = src->v[i];
    }
}

VmStatus vm_stack_overflow(Sim *s, G *g)
{
    sim_printf(s, 2, "runtime: goroutine stack exceeds 1000000000-byte limit\n");
    sim_printf(s, 2, "fatal error: stack overflow\n\n");
    /* Go's traceback shows the innermost 100 frames */
    int n = g->nframes;
    Frame *all = g->frames;
    if (n > 100) {
        g->frames = all + (n - 100);
        g->nframes = 100;
    }
    rt_print_goroutine(s, g, "running");
    if (n > 100) sim_printf(s, 2, "...additional frames elided...\n");
    g->frames = all;
    g->nframes = n;
    s->exit_code = 2;
    return VM_FATAL;
}

/* ---- print / println, as the runtime's printers do ---- */

typedef struct PBuf {
    char *p;
    size_t n, cap;
} PBuf;

static void pb_put(PBuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->p = xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static void pb_printf(PBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void pb_printf(PBuf *b, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0) pb_put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* printfloat: +d.dddddde+ddd, NaN, +Inf, -Inf */
static void print_float(PBuf *b, double v)
{
    if (isnan(v)) { pb_put(b, "NaN", 3); return; }
    if (isinf(v)) { pb_put(b, v > 0 ? "+Inf" : "-Inf", 4); return; }
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%+.6e", v);
    char *e = strchr(tmp, 'e');
    if (!e) { pb_put(b, tmp, strlen(tmp)); return; }
    pb_put(b, tmp, (size_t)(e - tmp));
    int ex = atoi(e + 1);
    pb_printf(b, "e%c%03d", ex < 0 ? '-' : '+', ex < 0 ? -ex : ex);
}

static void print_one(PBuf *b, Type *t, Value v)
{
    switch (t->kind) {
    case T_BOOL: pb_put(b, v.i ? "true" : "false", v.i ? 4 : 5); break;
    case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
        pb_printf(b, "%lld", (long long)v.i); break;
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
        pb_printf(b, "%llu", (unsigned long long)v.u); break;
    case T_FLOAT32: case T_FLOAT64: print_float(b, v.f); break;
    case T_STRING: pb_put(b, rt_strptr(v.p), (size_t)rt_strlen(v.p)); break;
    case T_SLICE: {
        GoSlice *sl = v.p;
        pb_printf(b, "[%lld/%lld]0x%llx", (long long)rt_slen(sl), (long long)rt_scap(sl),
                  sl ? (unsigned long long)(0xc000010000ULL) : 0ULL);
        break;
    }
    case T_INTERFACE: {
        GoIface *x = v.p;
        if (!x) pb_put(b, "(0x0,0x0)", 9);
        else pb_printf(b, "(0x%llx,0xc000012000)", (unsigned long long)(0x4a0000 + x->type->id * 32));
        break;
    }
    default:
        if (!v.p) pb_put(b, "0x0", 3);
        else pb_printf(b, "0xc%09llx", (unsigned long long)((uintptr_t)v.p & 0xfffffff));
        break;
    }
}

void vm_print(Sim *s, Value *vals, const Value *types, int n, bool ln)
{
    PBuf b = { 0 };
    for (int i = 0; i < n; i++) {
        if (ln && i > 0) pb_put(&b, " ", 1);
        print_one(&b, types[i].p, vals[i]);
    }
    if (ln) pb_put(&b, "\n", 1);
    if (b.n) sim_write(s, 2, b.p, b.n);
    free(b.p);
}
