/* vm.c - the dispatch loop of the register VM (instruction set in ops.h).
 *
 * vm_run interprets the top frames of one goroutine.  pc (ip), the register
 * window R, the constants K and the closure live in C locals; they are saved
 * into the Frame only around operations that can switch goroutine, call out
 * to C that may re-enter the VM, or grow the stacks (LOADF / SAVEPC).  Go
 * calls push a Frame on g->frames and never recurse on the C stack; deferred
 * calls and panic unwinding are driven from here too, using frame flags, so a
 * goroutine can be suspended at any call and resumed later.
 *
 * Suspension: a channel operation that parks g returns VM_BLOCKED with pc
 * after the instruction (the waker writes the results into g's registers, as
 * chan.h specifies); a native returning NAT_BLOCK leaves pc at the call
 * (FR_REEXEC) so the call runs again on resume.  The budget is charged on
 * calls and backward jumps; when it runs out vm_execute returns VM_SLICE.
 * Unwinding never pops the panicking frames (the trace shows them): deferred
 * calls run on top, and Frame.owner says whose defer a call is.
 *
 * Stepping (vm_execute_until): the compiler marks each statement's first
 * instruction (Proto.stmts).  A stepping run dispatches through a second
 * table whose every entry is step_, which stops before a marked instruction
 * (after the first one ran) and otherwise jumps to the real handler; a
 * normal run never looks at the marks.  VM_STOP_SLICE_STMT switches to that
 * table when the budget runs out, so --preempt changes goroutine only at
 * statement boundaries.
 *
 * Dispatch is computed goto (GCC labels as values) with a switch fallback
 * (define VM_SWITCH).
 */
#include "vm_int.h"
#include "chan.h"
#include "sched.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) && !defined(VM_SWITCH)
#define VM_THREADED 1
#endif

#define A ip[0]
#define B ip[1]
#define C ip[2]
#define D ip[3]
#define E ip[4]

#define LOADF() do { \
        f = &g->frames[g->nframes - 1]; code = f->proto->code; ip = code + f->pc; \
        R = g->stack + f->base; K = f->proto->consts; cl = f->closure; \
    } while (0)
#define SAVEPC() (f->pc = (int)(ip - code))
/* after C code that may have grown g's stacks */
#define RELOAD_R() do { f = &g->frames[fidx_]; R = g->stack + f->base; } while (0)

#ifdef VM_THREADED
#define CASE(op) L_##op:
#define NEXT goto *dt[*ip++]
#else
#define CASE(op) case OP_##op:
#define NEXT goto dispatch
#endif

/* Go 1.20+'s words for [N]T(s) / (*[N]T)(s) with len(s) < N. */
static void panic_slice_convert(Sim *s, G *g, int64_t have, int64_t n)
{
    char msg[160];
    snprintf(msg, sizeof msg, "cannot convert slice with length %lld to array or pointer to array with length %lld",
             (long long)have, (long long)n);
    rt_panic_runtime(s, g, msg);
}

#define THROW goto throw_
#define NILPANIC goto nil_panic_
#define JUMP(t) do { Instr *nip_ = code + (t); \
        if (nip_ < ip && (--budget <= 0 || s->fatal)) { ip = nip_; goto out_of_budget_; } \
        ip = nip_; NEXT; } while (0)
/* JUMP for a loop's back edge (FORLOOP, FORLOOPI: the body always starts
 * before the instruction), without the direction test */
#define BACKJUMP(t) do { ip = code + (t); \
        if (--budget <= 0 || s->fatal) goto out_of_budget_; \
        NEXT; } while (0)
#define CHECK_FATAL() do { if (s->fatal) { SAVEPC(); return VM_FATAL; } } while (0)
/* Stepping (step-API helper's edit; see sim.h Sim.pause, sched.h sched_step):
 * after an operation that records events, if a pause was requested, return to
 * the scheduler with pc saved as if the slice ended; the unused budget goes in
 * s->pause_left so the resumed slice behaves exactly as an unpaused one.
 * Never inside a nested vm_call (a native's callback cannot be suspended). */
#define PAUSE_POINT() do { if (s->pause && !nested) { \
        SAVEPC(); *budgetp = budget; s->pause_left = budget; return VM_SLICE; } } while (0)

static inline int64_t sdiv(int64_t a, int64_t b) { return (b == -1) ? (int64_t)(0 - (uint64_t)a) : a / b; }
static inline int64_t smod(int64_t a, int64_t b) { return (b == -1) ? 0 : a % b; }

/* Stepping (vm_execute_until): is the instruction at ip (not yet
 * dispatched) a statement's first, where the stop conditions stop? */
#define AT_STEP_STOP() (stepped && f->proto->stmts && f->proto->stmts[ip - code] && \
        (slice_stmt || !(stop_mask & VM_STOP_STMT_OVER) || g->nframes <= depth0))
#define SLICE_STMT_BUDGET 1024    /* VM_STOP_SLICE_STMT: budget to find a boundary */
#define SLICE_STMT_SKIP   8       /* ... after passing a seeded 0..7 boundaries, so
                                     switches land anywhere in a loop body */
/* At a boundary where stepping stops: stop, unless a --preempt slice still
 * has boundaries to pass. */
#define STEP_CHECK() do { if (AT_STEP_STOP() && \
        !(slice_stmt && gvx->skip_stmts-- > 0)) goto step_stop_; \
        stepped = true; } while (0)

/* OP_NAMEOBJ: finds the object v holds (ops.h NAMEOBJ_*) and names it.
 * Only code that stores a context or declares a WaitGroup runs it. */
static void vm_name_obj(Sim *s, Value v, const GoString *name, uint32_t how)
{
    if (!name) return;
    if (how & NAMEOBJ_DEREF) {
        if (!v.p) return;
        v = *(Value *)v.p;
    }
    uint32_t fi = how >> NAMEOBJ_FIELD_SHIFT;
    if (fi) {
        const GoArray *a = v.p;
        if (!a || (int64_t)fi > a->len) return;
        v = a->v[fi - 1];
    }
    int kind = (int)(how & NAMEOBJ_KIND);
    if (kind == NAMEOBJ_CTX) {
        const GoIface *in = v.p;
        if (!in || !in->v.p) return;
        sched_name_obj(s, in->v.p, name->ptr, kind);
    } else if (v.p) {
        sched_name_obj(s, v.p, name->ptr, kind);
    }
}

VmStatus vm_run(Sim *s, G *g, int stop, bool nested, bool throwing, int64_t *budgetp, int stop_mask)
{
    bool stepping = (stop_mask & (VM_STOP_STMT | VM_STOP_STMT_OVER)) != 0;
    bool stepped = false;         /* an instruction ran (the first always runs) */
    bool slice_stmt = false;      /* budget used up: going on to a boundary */
    int depth0 = g->nframes;
    /* a pause (PAUSE_POINT) while looking for a boundary: go on looking, so
     * a paused and resumed run is the same as one straight through */
    GVm *gvx = (stop_mask & VM_STOP_SLICE_STMT) && !nested ? vm_gvm(g) : NULL;
    if (gvx && gvx->seeking_stmt) slice_stmt = stepping = stepped = true;
#ifdef VM_THREADED
    static const void *const disp[] = {
#define GOCAFE_OP_LABEL(name, n, fmt) &&L_##name,
        GOCAFE_OPS(GOCAFE_OP_LABEL)
#undef GOCAFE_OP_LABEL
    };
    /* while stepping every opcode goes through step_ first: the fast path
     * pays nothing but dispatching through a pointer to its table */
    static const void *const disp_step[] = {
#define GOCAFE_OP_STEP(name, n, fmt) &&step_,
        GOCAFE_OPS(GOCAFE_OP_STEP)
#undef GOCAFE_OP_STEP
    };
    const void *const *dt = stepping ? disp_step : disp;
#endif
    Proto **funcs = s->prog->funcs;
    int64_t budget = *budgetp;
    Frame *f;
    Instr *code, *ip;
    Value *R, *K;
    GoFunc *cl;
    int ui;                       /* unwinding: frame whose defers run next */
    /* call set-up shared by the call instructions */
    Proto *np = NULL;
    GoFunc *ncl = NULL;
    const NativeDef *nd = NULL;
    uint32_t na = 0, nn = 0;
    int nstart = 0;
    bool nbound = false;          /* native method value: prepend nrecv */
    Value nrecv = { 0 };

    if (g->nframes <= stop) return VM_DONE;
    LOADF();
    if (f->flags & FR_REEXEC) f->flags &= ~FR_REEXEC;
    (void)cl;
    if (throwing) goto throw_;
#ifdef VM_THREADED
    NEXT;
#else
dispatch:
    if (stepping) STEP_CHECK();
    switch ((Op)*ip++) {
#endif

    CASE(NOP) NEXT;
    CASE(MOVE) R[A] = R[B]; ip += 2; NEXT;
    CASE(LOADI) R[A].i = (int32_t)B; ip += 2; NEXT;
    CASE(LOADK) R[A] = K[B]; ip += 2; NEXT;
    CASE(LOADNIL) R[A].p = NULL; ip += 1; NEXT;
    CASE(LOADFN) {
        GoFunc *fn = rt_alloc(s, sizeof(GoFunc), OBJ_FUNC);
        fn->proto = funcs[B];
        fn->native = fn->proto->native;
        R[A].p = fn;
        ip += 2; NEXT;
    }
    CASE(ZERO) {
        /* a value past the heap cap stops the run here, before a SETF
         * writes into the truncated array */
        R[A] = rt_zero(s, K[B].p);
        ip += 2;
        CHECK_FATAL();
        NEXT;
    }
    CASE(COPY) R[A] = rt_copy_value(s, K[C].p, R[B]); ip += 3; NEXT;
    CASE(COPYINTO) vm_copy_into(K[C].p, R[A].p, R[B].p); ip += 3; NEXT;

    CASE(LOADG) R[A] = s->globals[B]; ip += 2; NEXT;
    CASE(STOREG) s->globals[A] = R[B]; ip += 2; NEXT;
    CASE(ADDRG) R[A].p = &s->globals[B]; ip += 2; NEXT;
    CASE(BOXV) {
        Box *bx = rt_alloc(s, sizeof(Box), OBJ_BOX);
        bx->v = R[B];
        R[A].p = bx;
        ip += 2; NEXT;
    }
    CASE(LOADBOX) R[A] = ((Box *)R[B].p)->v; ip += 2; NEXT;
    CASE(STOREBOX) ((Box *)R[A].p)->v = R[B]; ip += 2; NEXT;
    CASE(ADDRBOX) R[A].p = &((Box *)R[B].p)->v; ip += 2; NEXT;
    CASE(LOADFREE) R[A] = cl->free[B]->v; ip += 2; NEXT;
    CASE(STOREFREE) cl->free[A]->v = R[B]; ip += 2; NEXT;
    CASE(ADDRFREE) R[A].p = &cl->free[B]->v; ip += 2; NEXT;
    CASE(FREEBOX) R[A].p = cl->free[B]; ip += 2; NEXT;
    CASE(PTRBOX) {
        Box *bx = rt_alloc(s, sizeof(Box), OBJ_BOX);
        bx->v = R[B];
        R[A].p = &bx->v;
        ip += 2; NEXT;
    }
    CASE(LOADPTR) {
        Value *p = R[B].p;
        if (!p) NILPANIC;
        R[A] = *p;
        ip += 2; NEXT;
    }
    CASE(STOREPTR) {
        Value *p = R[A].p;
        if (!p) NILPANIC;
        *p = R[B];
        ip += 2; NEXT;
    }
    CASE(NILCHK) if (!R[A].p) NILPANIC; ip += 1; NEXT;

    CASE(GETF) R[A] = ((GoArray *)R[B].p)->v[C]; ip += 3; NEXT;
    CASE(SETF) ((GoArray *)R[A].p)->v[B] = R[C]; ip += 3; NEXT;
    CASE(ADDRF) R[A].p = &((GoArray *)R[B].p)->v[C]; ip += 3; NEXT;
    CASE(PGETF) {
        Value *p = R[B].p;
        if (!p) NILPANIC;
        R[A] = ((GoArray *)p->p)->v[C];
        ip += 3; NEXT;
    }
    CASE(PSETF) {
        Value *p = R[A].p;
        if (!p) NILPANIC;
        ((GoArray *)p->p)->v[B] = R[C];
        ip += 3; NEXT;
    }
    CASE(PADDRF) {
        Value *p = R[B].p;
        if (!p) NILPANIC;
        R[A].p = &((GoArray *)p->p)->v[C];
        ip += 3; NEXT;
    }

    CASE(AGET) {
        GoArray *arr = R[B].p;
        int64_t i = R[C].i;
        if ((uint64_t)i >= (uint64_t)arr->len) { rt_panic_index(s, g, i, arr->len); THROW; }
        R[A] = arr->v[i];
        ip += 3; NEXT;
    }
    CASE(ASET) {
        GoArray *arr = R[A].p;
        int64_t i = R[B].i;
        if ((uint64_t)i >= (uint64_t)arr->len) { rt_panic_index(s, g, i, arr->len); THROW; }
        arr->v[i] = R[C];
        ip += 3; NEXT;
    }
    CASE(AADDR) {
        GoArray *arr = R[B].p;
        int64_t i = R[C].i;
        if ((uint64_t)i >= (uint64_t)arr->len) { rt_panic_index(s, g, i, arr->len); THROW; }
        R[A].p = &arr->v[i];
        ip += 3; NEXT;
    }
    CASE(SGET) {
        GoSlice *sl = R[B].p;
        int64_t i = R[C].i, n = rt_slen(sl);
        if ((uint64_t)i >= (uint64_t)n) { rt_panic_index(s, g, i, n); THROW; }
        R[A] = sl->arr->v[sl->off + i];
        ip += 3; NEXT;
    }
    CASE(SSET) {
        GoSlice *sl = R[A].p;
        int64_t i = R[B].i, n = rt_slen(sl);
        if ((uint64_t)i >= (uint64_t)n) { rt_panic_index(s, g, i, n); THROW; }
        sl->arr->v[sl->off + i] = R[C];
        ip += 3; NEXT;
    }
    CASE(SADDR) {
        GoSlice *sl = R[B].p;
        int64_t i = R[C].i, n = rt_slen(sl);
        if ((uint64_t)i >= (uint64_t)n) { rt_panic_index(s, g, i, n); THROW; }
        R[A].p = &sl->arr->v[sl->off + i];
        ip += 3; NEXT;
    }
    CASE(STRGET) {
        GoString *str = R[B].p;
        int64_t i = R[C].i, n = rt_strlen(str);
        if ((uint64_t)i >= (uint64_t)n) { rt_panic_index(s, g, i, n); THROW; }
        R[A].i = (unsigned char)str->ptr[i];
        ip += 3; NEXT;
    }
    CASE(LEN_STR) R[A].i = rt_strlen(R[B].p); ip += 2; NEXT;
    CASE(LEN_SL) R[A].i = rt_slen(R[B].p); ip += 2; NEXT;
    CASE(CAP_SL) R[A].i = rt_scap(R[B].p); ip += 2; NEXT;
    CASE(LEN_MAP) R[A].i = R[B].p ? rt_map_len(R[B].p) : 0; ip += 2; NEXT;
    CASE(SLICE) {
        GoSlice *sl = R[B].p;
        uint32_t fl = ip[5];
        int64_t len = rt_slen(sl), cap = rt_scap(sl);
        int64_t lo = (fl & 1) ? R[C].i : 0, hi = (fl & 2) ? R[D].i : len;
        int64_t max = (fl & 4) ? R[E].i : cap;
        if (!rt_check_slice(s, g, true, lo, hi, fl & 4, max, cap)) THROW;
        R[A].p = sl ? rt_slice(s, sl->arr, sl->off + lo, hi - lo, max - lo) : NULL;
        ip += 6; NEXT;
    }
    CASE(SLICE_ARR) {
        GoArray *arr = R[B].p;
        uint32_t fl = ip[5];
        int64_t len = arr->len;
        int64_t lo = (fl & 1) ? R[C].i : 0, hi = (fl & 2) ? R[D].i : len;
        int64_t max = (fl & 4) ? R[E].i : len;
        if (!rt_check_slice(s, g, false, lo, hi, fl & 4, max, len)) THROW;
        R[A].p = rt_slice(s, arr, lo, hi - lo, max - lo);
        ip += 6; NEXT;
    }
    CASE(SLICE_STR) {
        GoString *str = R[B].p;
        uint32_t fl = ip[4];
        int64_t len = rt_strlen(str);
        int64_t lo = (fl & 1) ? R[C].i : 0, hi = (fl & 2) ? R[D].i : len;
        if (!rt_check_slice(s, g, false, lo, hi, false, 0, len)) THROW;
        R[A].p = (lo == 0 && hi == len) ? (void *)str : (void *)rt_substr(s, str, lo, hi);
        ip += 5; NEXT;
    }

    CASE(MAPNEW) R[A].p = rt_map_new(s, K[B].p, R[C].i); ip += 3; CHECK_FATAL(); NEXT;
    /* a nil map still hashes the key: an unhashable dynamic key panics */
#define NILMAP_KEY(t) (rt_map_check_key(s, g, ((Type *)(t))->key, R[C], &panicked), NULL)
    CASE(MAPGET) {
        bool panicked = false;
        Value *v = R[B].p ? rt_map_get(s, g, R[B].p, R[C], &panicked) : NILMAP_KEY(K[D].p);
        if (panicked) THROW;
        R[A] = v ? *v : rt_zero(s, ((Type *)K[D].p)->elem);
        ip += 4; NEXT;
    }
    CASE(MAPGET2) {
        bool panicked = false;
        Value *v = R[B].p ? rt_map_get(s, g, R[B].p, R[C], &panicked) : NILMAP_KEY(K[D].p);
        if (panicked) THROW;
        R[A] = v ? *v : rt_zero(s, ((Type *)K[D].p)->elem);
        R[A + 1].i = v != NULL;
        ip += 4; NEXT;
    }
    CASE(MAPSET) {
        bool panicked = false;
        if (!R[A].p) { rt_panic_plain(s, g, "assignment to entry in nil map"); THROW; }
        Value v = R[C];
        Value *slot = rt_map_set(s, g, R[A].p, R[B], &panicked);
        if (panicked) THROW;
        *slot = v;
        ip += 3; NEXT;
    }
    CASE(MAPREF) {
        bool panicked = false;
        if (!R[B].p) { rt_panic_plain(s, g, "assignment to entry in nil map"); THROW; }
        Value *slot = rt_map_set(s, g, R[B].p, R[C], &panicked);
        if (panicked) THROW;
        R[A].p = slot;
        ip += 3; NEXT;
    }
    /* m[k] op= v fused (was MAPREF + LOADPTR + ADDI/ADD_INT + STOREPTR):
     * same lookup, same panics, one dispatch */
    CASE(MAPADDI) {
        bool panicked = false;
        if (!R[A].p) { rt_panic_plain(s, g, "assignment to entry in nil map"); THROW; }
        Value *slot = rt_map_set(s, g, R[A].p, R[B], &panicked);
        if (panicked) THROW;
        slot->u += (uint64_t)(int64_t)(int32_t)C;
        ip += 3; NEXT;
    }
    CASE(MAPADD_INT) {
        bool panicked = false;
        if (!R[A].p) { rt_panic_plain(s, g, "assignment to entry in nil map"); THROW; }
        uint64_t v = R[C].u;
        Value *slot = rt_map_set(s, g, R[A].p, R[B], &panicked);
        if (panicked) THROW;
        slot->u += v;
        ip += 3; NEXT;
    }
    CASE(MAPDEL) {
        bool panicked = false;
        if (R[A].p) rt_map_delete(s, g, R[A].p, R[B], &panicked);
        else rt_map_check_key(s, g, ((Type *)K[C].p)->key, R[B], &panicked);
        if (panicked) THROW;
        ip += 3; NEXT;
    }
    CASE(MAPITER) R[A].p = R[B].p ? rt_map_iter(s, R[B].p) : NULL; ip += 2; NEXT;
    CASE(MAPNEXT) {
        MapIter *it = R[A].p;
        if (!it || !rt_map_next(it, &R[B], &R[C])) JUMP(D);
        ip += 4; NEXT;
    }
    CASE(MAPCLEAR) if (R[A].p) rt_map_clear(R[A].p); ip += 1; NEXT;

    CASE(ADD_INT) R[A].u = R[B].u + R[C].u; ip += 3; NEXT;
    CASE(SUB_INT) R[A].u = R[B].u - R[C].u; ip += 3; NEXT;
    CASE(MUL_INT) R[A].u = R[B].u * R[C].u; ip += 3; NEXT;
    CASE(DIV_INT) {
        if (R[C].i == 0) goto divzero_;
        R[A].i = sdiv(R[B].i, R[C].i); ip += 3; NEXT;
    }
    CASE(MOD_INT) {
        if (R[C].i == 0) goto divzero_;
        R[A].i = smod(R[B].i, R[C].i); ip += 3; NEXT;
    }
    CASE(DIV_UINT) {
        if (R[C].u == 0) goto divzero_;
        R[A].u = R[B].u / R[C].u; ip += 3; NEXT;
    }
    CASE(MOD_UINT) {
        if (R[C].u == 0) goto divzero_;
        R[A].u = R[B].u % R[C].u; ip += 3; NEXT;
    }
    CASE(AND) R[A].u = R[B].u & R[C].u; ip += 3; NEXT;
    CASE(OR) R[A].u = R[B].u | R[C].u; ip += 3; NEXT;
    CASE(XOR) R[A].u = R[B].u ^ R[C].u; ip += 3; NEXT;
    CASE(ANDNOT) R[A].u = R[B].u & ~R[C].u; ip += 3; NEXT;
    /* the _S forms have a signed count: negative panics */
    CASE(SHL_S) if (R[C].i < 0) goto negshift_; R[A].u = R[C].u >= 64 ? 0 : R[B].u << R[C].u; ip += 3; NEXT;
    CASE(SHL) R[A].u = R[C].u >= 64 ? 0 : R[B].u << R[C].u; ip += 3; NEXT;
    CASE(SHR_INT_S) if (R[C].i < 0) goto negshift_; R[A].i = R[B].i >> (R[C].u >= 64 ? 63 : R[C].u); ip += 3; NEXT;
    CASE(SHR_INT) R[A].i = R[B].i >> (R[C].u >= 64 ? 63 : R[C].u); ip += 3; NEXT;
    CASE(SHR_UINT_S) if (R[C].i < 0) goto negshift_; R[A].u = R[C].u >= 64 ? 0 : R[B].u >> R[C].u; ip += 3; NEXT;
    CASE(SHR_UINT) R[A].u = R[C].u >= 64 ? 0 : R[B].u >> R[C].u; ip += 3; NEXT;
    CASE(ADDI) R[A].u = R[B].u + (uint64_t)(int64_t)(int32_t)C; ip += 3; NEXT;
    CASE(MULI) R[A].u = R[B].u * (uint64_t)(int64_t)(int32_t)C; ip += 3; NEXT;
    CASE(ANDI) R[A].u = R[B].u & (uint64_t)(int64_t)(int32_t)C; ip += 3; NEXT;
    CASE(MODI) {
        int64_t x = R[B].i, d = (int64_t)(int32_t)C, r;
        uint64_t ux = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
        if (ux <= UINT32_MAX) r = (int64_t)(uint64_t)(((unsigned __int128)(K[D].u * ux) * (uint64_t)d) >> 64);
        else r = (int64_t)(ux % (uint64_t)d);
        R[A].i = x < 0 ? -r : r;
        ip += 4; NEXT;
    }
    CASE(NEG_INT) R[A].u = 0 - R[B].u; ip += 2; NEXT;
    CASE(BNOT) R[A].u = ~R[B].u; ip += 2; NEXT;
    CASE(NOT) R[A].i = !R[B].i; ip += 2; NEXT;
    CASE(SEXT8) R[A].i = (int8_t)R[A].i; ip += 1; NEXT;
    CASE(SEXT16) R[A].i = (int16_t)R[A].i; ip += 1; NEXT;
    CASE(SEXT32) R[A].i = (int32_t)R[A].i; ip += 1; NEXT;
    CASE(ZEXT8) R[A].u = (uint8_t)R[A].u; ip += 1; NEXT;
    CASE(ZEXT16) R[A].u = (uint16_t)R[A].u; ip += 1; NEXT;
    CASE(ZEXT32) R[A].u = (uint32_t)R[A].u; ip += 1; NEXT;

    CASE(ADD_F64) R[A].f = R[B].f + R[C].f; ip += 3; NEXT;
    CASE(SUB_F64) R[A].f = R[B].f - R[C].f; ip += 3; NEXT;
    CASE(MUL_F64) R[A].f = R[B].f * R[C].f; ip += 3; NEXT;
    CASE(DIV_F64) R[A].f = R[B].f / R[C].f; ip += 3; NEXT;
    CASE(NEG_F64) R[A].f = -R[B].f; ip += 2; NEXT;
    CASE(F32) R[A].f = (double)(float)R[A].f; ip += 1; NEXT;

    CASE(CONCAT) R[A].p = rt_concat(s, R[B].p, R[C].p); ip += 3; CHECK_FATAL(); NEXT;

    CASE(EQ_INT) R[A].i = R[B].i == R[C].i; ip += 3; NEXT;
    CASE(NE_INT) R[A].i = R[B].i != R[C].i; ip += 3; NEXT;
    CASE(LT_INT) R[A].i = R[B].i < R[C].i; ip += 3; NEXT;
    CASE(LE_INT) R[A].i = R[B].i <= R[C].i; ip += 3; NEXT;
    CASE(LT_UINT) R[A].i = R[B].u < R[C].u; ip += 3; NEXT;
    CASE(LE_UINT) R[A].i = R[B].u <= R[C].u; ip += 3; NEXT;
    CASE(EQ_F64) R[A].i = R[B].f == R[C].f; ip += 3; NEXT;
    CASE(NE_F64) R[A].i = R[B].f != R[C].f; ip += 3; NEXT;
    CASE(LT_F64) R[A].i = R[B].f < R[C].f; ip += 3; NEXT;
    CASE(LE_F64) R[A].i = R[B].f <= R[C].f; ip += 3; NEXT;
    CASE(EQ_STR) R[A].i = rt_streq(R[B].p, R[C].p); ip += 3; NEXT;
    CASE(NE_STR) R[A].i = !rt_streq(R[B].p, R[C].p); ip += 3; NEXT;
    CASE(LT_STR) R[A].i = rt_strcmp(R[B].p, R[C].p) < 0; ip += 3; NEXT;
    CASE(LE_STR) R[A].i = rt_strcmp(R[B].p, R[C].p) <= 0; ip += 3; NEXT;
    CASE(EQ_GEN) {
        bool panicked = false;
        bool eq = rt_equal(s, g, K[D].p, R[B], R[C], &panicked);
        if (panicked) THROW;
        R[A].i = eq; ip += 4; NEXT;
    }
    CASE(NE_GEN) {
        bool panicked = false;
        bool eq = rt_equal(s, g, K[D].p, R[B], R[C], &panicked);
        if (panicked) THROW;
        R[A].i = !eq; ip += 4; NEXT;
    }

    CASE(JMP) JUMP(A);
    CASE(JT) if (R[A].i) JUMP(B); ip += 2; NEXT;
    CASE(JF) if (!R[A].i) JUMP(B); ip += 2; NEXT;
    CASE(JEQ_INT) if (R[A].i == R[B].i) JUMP(C); ip += 3; NEXT;
    CASE(JNE_INT) if (R[A].i != R[B].i) JUMP(C); ip += 3; NEXT;
    CASE(JLT_INT) if (R[A].i < R[B].i) JUMP(C); ip += 3; NEXT;
    CASE(JLE_INT) if (R[A].i <= R[B].i) JUMP(C); ip += 3; NEXT;
    CASE(JEQI) if (R[A].i == (int32_t)B) JUMP(C); ip += 3; NEXT;
    CASE(JNEI) if (R[A].i != (int32_t)B) JUMP(C); ip += 3; NEXT;
    CASE(JLTI) if (R[A].i < (int32_t)B) JUMP(C); ip += 3; NEXT;
    CASE(JLEI) if (R[A].i <= (int32_t)B) JUMP(C); ip += 3; NEXT;
    CASE(JGTI) if (R[A].i > (int32_t)B) JUMP(C); ip += 3; NEXT;
    CASE(JGEI) if (R[A].i >= (int32_t)B) JUMP(C); ip += 3; NEXT;
    CASE(FORLOOP) if (++R[A].i < R[B].i) BACKJUMP(C); ip += 3; NEXT;
    CASE(FORLOOPI) if (++R[A].i < (int32_t)B) BACKJUMP(C); ip += 3; NEXT;
    CASE(JNIL) if (!R[A].p) JUMP(B); ip += 2; NEXT;
    CASE(JNOTNIL) if (R[A].p) JUMP(B); ip += 2; NEXT;

    CASE(I2F) R[A].f = (double)R[B].i; ip += 2; NEXT;
    CASE(U2F) R[A].f = (double)R[B].u; ip += 2; NEXT;
    CASE(F2I) {
        double x = R[B].f;
        /* out-of-range conversions are implementation-defined in Go; amd64 gives MinInt64 */
        R[A].i = (x >= -9223372036854775808.0 && x < 9223372036854775808.0) ? (int64_t)x : INT64_MIN;
        ip += 2; NEXT;
    }
    CASE(F2U) {
        double x = R[B].f;
        if (x >= 0 && x < 18446744073709551616.0) R[A].u = (uint64_t)x;
        else if (x < 0 && x > -9223372036854775808.0) R[A].u = (uint64_t)(int64_t)x;
        else R[A].u = 0x8000000000000000ULL;
        ip += 2; NEXT;
    }
    CASE(RUNE2STR) R[A].p = rt_rune_to_string(s, R[B].i); ip += 2; NEXT;
    CASE(BYTES2STR) R[A].p = rt_bytes_to_string(s, R[B].p); ip += 2; CHECK_FATAL(); NEXT;
    CASE(STR2BYTES) R[A].p = rt_string_to_bytes(s, R[B].p); ip += 2; CHECK_FATAL(); NEXT;
    CASE(RUNES2STR) R[A].p = rt_runes_to_string(s, R[B].p); ip += 2; CHECK_FATAL(); NEXT;
    CASE(STR2RUNES) R[A].p = rt_string_to_runes(s, R[B].p); ip += 2; CHECK_FATAL(); NEXT;
    CASE(STRNEXT) {
        GoString *str = R[B].p;
        int64_t i = R[C].i;
        int w = 1;
        unsigned char c0 = (unsigned char)str->ptr[i];
        if (c0 < 0x80) R[A].i = c0;
        else R[A].i = rt_decode_rune(str->ptr + i, str->len - i, &w);
        R[A + 1].i = w;
        ip += 3; NEXT;
    }

    CASE(BOX) R[A].p = rt_box(s, K[C].p, R[B]); ip += 3; NEXT;
    CASE(ASSERT) CASE(ASSERT2) CASE(TYPEIS) {
        Op op = (Op)ip[-1];
        GoIface *x = R[B].p;
        Type *want = K[C].p;
        bool ok;
        if (want->kind == T_INTERFACE) ok = x && rt_iface_is(x, want);
        else ok = x && x->type == want;
        if (op == OP_TYPEIS) { R[A].i = ok; ip += 3; NEXT; }
        if (ok) {
            if (want->kind == T_INTERFACE) R[A].p = x;
            else R[A] = x->v;
        } else if (op == OP_ASSERT2) {
            R[A] = want->kind == T_INTERFACE ? (Value){ .p = NULL } : rt_zero(s, want);
        } else {
            rt_panic_assert(s, g, K[D].p, x ? x->type : NULL, want,
                            x && want->kind == T_INTERFACE ? vm_missing_method(x->type, want) : NULL);
            THROW;
        }
        if (op == OP_ASSERT2) R[A + 1].i = ok;
        ip += 4; NEXT;
    }
    CASE(IFACEVAL) R[A] = ((GoIface *)R[B].p)->v; ip += 2; NEXT;

    CASE(CALL) {
        np = funcs[B];
        na = A;
        ip += 2;
        if (np->native) {
            nd = np->native;
            nn = np->nparams;
            nstart = (int)(ip - 3 - code);
            nbound = false;
            goto call_native_;
        }
        ncl = NULL;
        goto push_frame_;
    }
    CASE(CALLV) {
        GoFunc *fn = R[B].p;
        if (!fn) NILPANIC;
        na = A;
        nn = C;
        nstart = (int)(ip - 1 - code);
        ip += 3;
        np = fn->proto;
        if (fn->native || (np && np->native)) {
            /* the registers stay untouched, so a blocked call can re-execute */
            nd = fn->native ? fn->native : np->native;
            nbound = fn->bound;
            nrecv = fn->recv;
            goto call_native_;
        }
        if (fn->bound) {
            memmove(&R[na + 1], &R[na], nn * sizeof(Value));
            R[na] = fn->recv;
            nn++;
        }
        ncl = fn;
        goto push_frame_;
    }
    CASE(CALLI) {
        GoIface *x = R[A].p;
        if (!x) NILPANIC;
        Type *dt = x->type;
        Value recv = x->v;
        uint32_t fi;
        uint32_t tid = (uint32_t)dt->id + 1;
        if (D == tid) {
            fi = E;
        } else if (ip[5] == tid) {
            fi = ip[6];                   /* second entry: swap it to the front */
            ip[5] = D; ip[6] = E;
            D = tid; E = fi;
        } else {
            bool deref = false;
            int mi = vm_find_method(s, dt, rt_strptr(K[B].p), &deref);
            if (mi < 0) {
                /* promoted into an unnamed struct type: no method table to
                 * cache, the path is walked on every call */
                SAVEPC();
                int fidx_ = g->nframes - 1;
                mi = vm_promoted_method(s, g, dt, x->v, rt_strptr(K[B].p), &recv);
                RELOAD_R();
                if (mi == -2) THROW;
                if (mi < 0) { s->fatal = "method not found in dynamic dispatch"; return VM_FATAL; }
                fi = (uint32_t)mi;
                goto calli_call_;
            }
            ip[5] = D; ip[6] = E;         /* the old first entry becomes second */
            D = tid;
            E = (uint32_t)mi | (deref ? 0x80000000u : 0);
            fi = E;
        }
        if (fi & 0x80000000u) {
            if (!recv.p) NILPANIC;
            recv = *(Value *)recv.p;
            fi &= 0x7fffffffu;
            if (types_is_aggregate(dt->elem) && !funcs[fi]->recv_readonly)
                recv = rt_copy_value(s, dt->elem, recv);
        } else if ((dt->kind == T_STRUCT || dt->kind == T_ARRAY) && !funcs[fi]->recv_readonly) {
            recv = rt_copy_value(s, dt, recv);
        }
    calli_call_:
        R[A] = recv;
        na = A;
        nn = C;
        nstart = (int)(ip - 1 - code);
        ip += 7;
        np = funcs[fi];
        if (np->native) { nd = np->native; nbound = false; goto call_native_; }
        ncl = NULL;
        goto push_frame_;
    }
    CASE(RET) {
        uint32_t a = A, n = B;
        for (uint32_t i = 0; i < n; i++) R[i] = R[a + i];
        int fl = f->flags, own = f->owner;
        if (--g->nframes <= stop) { *budgetp = budget; return VM_DONE; }
        LOADF();
        if (fl & FR_PANICDEFER) {
            if (g->panic && g->panic->recovered) { ui = own; goto recovered_; }
            ui = own;
            goto unwind_;
        }
        NEXT;
    }
    CASE(RUNDEFERS) {
        Defer *d = f->defers;
        if (!d) NEXT;
        f->defers = d->next;
        ip--;                     /* re-executed when the deferred call returns */
        SAVEPC();
        int fidx_ = g->nframes - 1;
        int st = vm_push_call(s, g, d->fn, d->args, d->nargs, FR_DEFER, 0, NULL, 0);
        if (st == NAT_BLOCK) {
            /* a blocking native (defer wg.Wait()): keep the defer and
             * re-execute RUNDEFERS, and so the call, when g is resumed */
            RELOAD_R();
            f->defers = d;
            f->flags |= FR_REEXEC;
            *budgetp = budget;
            return VM_BLOCKED;
        }
        free(d->args);
        free(d);
        if (st == PUSH_FRAME) { LOADF(); NEXT; }
        RELOAD_R();
        if (s->fatal) return VM_FATAL;
        if (st == NAT_PANIC) { ip++; THROW; }
        if (st == NAT_EXIT) return VM_EXIT;
        NEXT;
    }
    CASE(DEFER) {
        Defer *d = xmalloc(sizeof *d);
        d->fn = R[B].p;
        d->nargs = (int)C;
        d->args = xmalloc((C ? C : 1) * sizeof(Value));
        memcpy(d->args, &R[A], C * sizeof(Value));
        d->line = f->proto->lines[ip - code];
        d->next = f->defers;
        f->defers = d;
        ip += 3; NEXT;
    }
    CASE(GO) {
        GoFunc *fn = R[B].p;
        if (!fn) { rt_panic_plain(s, g, "go of nil func value"); THROW; }
        SAVEPC();
        int fidx_ = g->nframes - 1;
        G *ng = vm_new_g(s, fn, &R[A], (int)C);
        RELOAD_R();
        ng->creator = g->id;
        ng->created_line = f->proto->lines[ip - code];
        if (s->sched) sched_add_g(s, ng);
        ip += 3; PAUSE_POINT(); NEXT;
    }
    CASE(CLOSURE) {
        uint32_t n = D;
        GoFunc *fn = rt_alloc(s, sizeof(GoFunc) + n * sizeof(Box *), OBJ_FUNC);
        fn->proto = funcs[B];
        fn->nfree = (int)n;
        for (uint32_t i = 0; i < n; i++) fn->free[i] = R[C + i].p;
        R[A].p = fn;
        ip += 4; NEXT;
    }
    CASE(BIND) {
        GoFunc *fn = rt_alloc(s, sizeof(GoFunc), OBJ_FUNC);
        fn->proto = funcs[C];
        fn->native = fn->proto->native;
        fn->bound = true;
        fn->recv = R[B];
        R[A].p = fn;
        ip += 3; NEXT;
    }
    CASE(BINDI) {
        GoIface *x = R[B].p;
        if (!x) NILPANIC;
        bool deref = false;
        int fi = vm_find_method(s, x->type, rt_strptr(K[C].p), &deref);
        Value recv = x->v;
        if (fi < 0) {
            SAVEPC();
            int fidx_ = g->nframes - 1;
            fi = vm_promoted_method(s, g, x->type, x->v, rt_strptr(K[C].p), &recv);
            RELOAD_R();
            if (fi == -2) THROW;
            if (fi < 0) { s->fatal = "method not found in dynamic dispatch"; return VM_FATAL; }
        } else if (deref) {
            if (!recv.p) NILPANIC;
            recv = rt_copy_value(s, x->type->elem, *(Value *)recv.p);
        } else {
            recv = rt_copy_value(s, x->type, recv);
        }
        GoFunc *fn = rt_alloc(s, sizeof(GoFunc), OBJ_FUNC);
        fn->proto = funcs[fi];
        fn->native = fn->proto->native;
        fn->bound = true;
        fn->recv = recv;
        R[A].p = fn;
        ip += 3; NEXT;
    }
    CASE(PANIC) {
        SAVEPC();
        int fidx_ = g->nframes - 1;
        rt_panic_value(s, g, R[A].p);
        RELOAD_R();
        THROW;
    }
    CASE(SLICE2ARR) {
        Type *at = K[C].p;
        GoSlice *sl = R[B].p;
        int64_t n = at->len, have = sl ? sl->len : 0;
        if (have < n) {
            SAVEPC();
            panic_slice_convert(s, g, have, n);
            THROW;
        }
        GoArray *arr = rt_array(s, n);
        CHECK_FATAL();
        for (int64_t i = 0; i < n; i++) arr->v[i] = rt_copy_value(s, at->elem, sl->arr->v[sl->off + i]);
        R[A].p = arr;
        ip += 3;
        NEXT;
    }
    CASE(SLICE2ARRP) {
        /* A *[N]T is a Value* to a slot holding a GoArray of length N, so it
         * can alias a slice only when the slice covers its whole backing
         * array from index 0 (the common (*[N]T)(s[:N]) of a fresh slice). */
        Type *at = K[C].p;
        GoSlice *sl = R[B].p;
        int64_t n = at->len, have = sl ? sl->len : 0;
        if (have < n) {
            SAVEPC();
            panic_slice_convert(s, g, have, n);
            THROW;
        }
        if (!sl) {                        /* nil slice -> nil pointer (N is 0) */
            R[A].p = NULL;
            ip += 3;
            NEXT;
        }
        GoArray *arr = n == 0 ? rt_array(s, 0) : sl->arr;   /* nothing to alias */
        CHECK_FATAL();
        if (n != 0 && (sl->off != 0 || !arr || arr->len != n)) {
            s->fatal = "gocafe: converting a slice to an array pointer is supported only when the slice "
                       "covers its whole backing array (s[:N] of an array or slice of length N)";
            SAVEPC();
            return VM_FATAL;
        }
        Box *bx = rt_alloc(s, sizeof(Box), OBJ_BOX);
        bx->v.p = arr;
        R[A].p = &bx->v;
        ip += 3;
        NEXT;
    }
    CASE(PANICWRAP) {
        /* runtime.panicwrap: "value method main.T.M called using nil *T pointer" */
        SAVEPC();
        int fidx_ = g->nframes - 1;
        rt_panic_plain(s, g, rt_strptr(K[A].p));
        RELOAD_R();
        THROW;
    }
    CASE(RECOVER) {
        GoIface *v = NULL;
        Panic *p = g->panic;
        if ((f->flags & FR_PANICDEFER) && p && !p->recovered && !p->goexit) {
            p->recovered = true;
            v = p->value;
        }
        R[A].p = v;
        ip += 1; NEXT;
    }

    CASE(MKSLICE) {
        GoSlice *sl = rt_make_slice(s, K[D].p, C, C);
        CHECK_FATAL();
        if (C) memcpy(&sl->arr->v[sl->off], &R[B], C * sizeof(Value));
        R[A].p = sl;
        ip += 4; NEXT;
    }
    CASE(MAKESLICE) {
        Type *et = K[B].p;
        int64_t len = R[C].i, cap = R[D].i;
        if (rt_check_make_slice(s, g, et, len, cap)) THROW;
        R[A].p = rt_make_slice(s, et, len, cap);
        ip += 4; CHECK_FATAL(); NEXT;
    }
    CASE(APPEND) R[A].p = rt_append(s, K[E].p, R[B].p, &R[C], D); ip += 5; CHECK_FATAL(); NEXT;
    CASE(APPENDIN) {
        GoSlice *sl = R[A].p;
        uint32_t n = C;
        Type *et = K[D].p;
        if (sl && sl->len + n <= sl->cap) {
            Value *dst = &sl->arr->v[sl->off + sl->len];
            if (et->kind == T_STRUCT || et->kind == T_ARRAY)
                for (uint32_t i = 0; i < n; i++) dst[i] = rt_copy_value(s, et, R[B + i]);
            else
                for (uint32_t i = 0; i < n; i++) dst[i] = R[B + i];
            sl->len += n;
        } else {
            R[A].p = rt_append(s, et, sl, &R[B], n);
        }
        ip += 4; CHECK_FATAL(); NEXT;
    }
    CASE(APPENDSL) {
        GoSlice *src = R[C].p;
        R[A].p = rt_slen(src) ? rt_append(s, K[D].p, R[B].p, rt_selem(src, 0), src->len) : R[B].p;
        ip += 4; CHECK_FATAL(); NEXT;
    }
    CASE(APPENDSTR) R[A].p = rt_append_string(s, NULL, R[B].p, R[C].p); ip += 3; CHECK_FATAL(); NEXT;
    CASE(COPYSL) R[A].i = rt_copy_elems(s, K[D].p, R[B].p, R[C].p); ip += 4; NEXT;
    CASE(COPYSTR) R[A].i = rt_copy_string(R[B].p, R[C].p); ip += 3; NEXT;
    CASE(SLCLEAR) {
        GoSlice *sl = R[A].p;
        Type *et = K[B].p;
        for (int64_t i = 0; i < rt_slen(sl); i++) *rt_selem(sl, i) = rt_zero(s, et);
        ip += 2; NEXT;
    }
    CASE(MAKECHAN) {
        GoString *name = K[D].p;
        SAVEPC();
        GoChan *ch = chan_make(s, g, K[B].p, R[C].i, name ? name->ptr : NULL);
        if (!ch) THROW;
        R[A].p = ch;
        ip += 4; PAUSE_POINT(); NEXT;
    }
    CASE(SEND) {
        GoChan *ch = R[A].p;
        Value v = R[B];
        ip += 2;
        SAVEPC();
        ChanStatus st = chan_send(s, g, ch, v);
        if (st == CHAN_OK) { PAUSE_POINT(); NEXT; }
        if (st == CHAN_PANIC) THROW;
        *budgetp = budget;
        return VM_BLOCKED;
    }
    CASE(RECV) CASE(RECV2) {
        Op op = (Op)ip[-1];
        uint32_t a = A;
        GoChan *ch = R[B].p;
        ip += 2;
        SAVEPC();
        ChanStatus st = chan_recv(s, g, ch, &R[a], op == OP_RECV2 ? &R[a + 1] : NULL);
        if (st == CHAN_OK) { PAUSE_POINT(); NEXT; }
        if (st == CHAN_PANIC) THROW;
        *budgetp = budget;
        return VM_BLOCKED;
    }
    CASE(CLOSE) {
        ip += 1;
        SAVEPC();
        ChanStatus st = chan_close(s, g, R[ip[-1]].p);
        if (st == CHAN_PANIC) THROW;
        PAUSE_POINT();
        NEXT;
    }
    CASE(LEN_CHAN) R[A].i = chan_len(R[B].p); ip += 2; NEXT;
    CASE(CAP_CHAN) R[A].i = chan_cap(R[B].p); ip += 2; NEXT;
    CASE(SELECT) {
        uint32_t a = A, b = B, n = C, hasdef = D;
        SelCase small[16];
        SelCase *cs = n <= 16 ? small : xmalloc(n * sizeof *cs);
        for (uint32_t i = 0; i < n; i++) {
            Value *d = &R[b + 3 * i];
            cs[i].c = d[0].p;
            cs[i].isSend = d[2].i != 0;
            cs[i].val = d[1];
            cs[i].elem = cs[i].isSend ? NULL : &d[1];
            cs[i].okp = cs[i].isSend ? NULL : &d[2];
        }
        ip += 4;
        SAVEPC();
        ChanStatus st = chan_select(s, g, cs, (int)n, hasdef != 0, &R[a]);
        if (cs != small) free(cs);
        if (st == CHAN_OK) { PAUSE_POINT(); NEXT; }
        if (st == CHAN_PANIC) THROW;
        *budgetp = budget;
        return VM_BLOCKED;
    }
    CASE(PRINT) vm_print(s, &R[A], &K[C], (int)B, D != 0); ip += 4; NEXT;
    CASE(NAMEOBJ) vm_name_obj(s, R[A], K[B].p, C); ip += 3; NEXT;
    CASE(GOEXIT) {
        /* a Panic record in the sim heap (rt_push_panic: after an ObjHdr) */
        rt_push_panic(s, g, NULL)->goexit = true;
        THROW;
    }
    CASE(UNREACHABLE) {
        s->fatal = "gocafe: internal error: fell off the end of a function";
        SAVEPC();
        return VM_FATAL;
    }

#ifndef VM_THREADED
    default:
        s->fatal = "gocafe: internal error: bad opcode";
        return VM_FATAL;
    }
#endif

    /* ---- stepping ---- */
#ifdef VM_THREADED
step_:
    ip--;
    STEP_CHECK();
    goto *disp[*ip++];
#endif
step_stop_:
    SAVEPC();
    *budgetp = budget;
    if (gvx) gvx->seeking_stmt = false;
    return slice_stmt ? VM_SLICE : VM_STMT;

    /* ---- calls ---- */
push_frame_: {
        /* np: callee, ncl: its closure, na: register of its first argument */
        SAVEPC();
        int64_t nb = (int64_t)f->base + na;
        if (g->nframes >= g->framecap && !vm_grow_frames(s, g)) return vm_stack_overflow(s, g);
        if (nb + np->framesize > g->stackcap && !vm_grow_stack(s, g, nb + np->framesize))
            return vm_stack_overflow(s, g);
        f = &g->frames[g->nframes++];
        f->proto = np;
        f->closure = ncl;
        f->pc = 0;
        f->base = (int)nb;
        f->defers = NULL;
        f->flags = 0;
        f->owner = 0;
        code = np->code;
        ip = code;
        R = g->stack + nb;
        K = np->consts;
        cl = ncl;
        if (--budget <= 0 || s->fatal) goto out_of_budget_;
        NEXT;
    }
call_native_: {
        /* nd: native, na: first argument register, nn: argument count */
        Value args[VM_MAX_NATIVE_ARGS + 2], res[8];
        if (nn > VM_MAX_NATIVE_ARGS) nn = VM_MAX_NATIVE_ARGS;
        if (nbound) {
            args[0] = nrecv;
            memcpy(args + 1, &R[na], nn * sizeof(Value));
        } else {
            memcpy(args, &R[na], nn * sizeof(Value));
        }
        SAVEPC();
        int fidx_ = g->nframes - 1;
        NatStatus st = nd->fn(s, g, args, res);
        RELOAD_R();
        if (s->fatal) return VM_FATAL;
        int nres = np ? np->nresults : 0;
        switch (st) {
        case NAT_OK:
            memcpy(&R[na], res, (size_t)nres * sizeof(Value));
            PAUSE_POINT();
            NEXT;
        case NAT_PANIC:
            THROW;
        case NAT_BLOCK:
            f->pc = nstart;
            f->flags |= FR_REEXEC;
            *budgetp = budget;
            return VM_BLOCKED;
        case NAT_EXIT:
            return VM_EXIT;
        case NAT_YIELD:
            memcpy(&R[na], res, (size_t)nres * sizeof(Value));
            *budgetp = budget;
            return VM_YIELD;
        }
        NEXT;
    }

    /* ---- panics ---- */
divzero_:
    SAVEPC();
    rt_panic_runtime(s, g, "integer divide by zero");
    THROW;
negshift_:
    SAVEPC();
    rt_panic_runtime(s, g, "negative shift amount");
    THROW;
nil_panic_:
    SAVEPC();
    rt_panic_runtime(s, g, "invalid memory address or nil pointer dereference");
    THROW;
throw_:
    SAVEPC();
    if (s->fatal) return VM_FATAL;
    ui = g->nframes - 1;
unwind_:
    /* Run deferred calls newest first, frame by frame from ui down, without
     * popping the frames (the trace shows where the panic happened). */
    while (ui >= stop) {
        Frame *fr = &g->frames[ui];
        Defer *d = fr->defers;
        if (!d) { ui--; continue; }
        fr->defers = d->next;
        int st = vm_push_call(s, g, d->fn, d->args, d->nargs, FR_PANICDEFER, ui, NULL, 0);
        free(d->args);
        free(d);
        if (st == PUSH_FRAME) { LOADF(); NEXT; }
        if (st == NAT_BLOCK && !s->fatal)
            s->fatal = "gocafe: a deferred call blocked while panicking; not supported";
        if (s->fatal) return VM_FATAL;
        if (st == NAT_EXIT) return VM_EXIT;
        /* a native deferred call finished (or panicked: the new panic is now
         * g->panic and unwinding simply goes on) */
    }
    *budgetp = budget;
    if (nested) { g->nframes = stop; return VM_PANIC; }
    if (g->panic && g->panic->goexit) { g->nframes = 0; g->panic = NULL; return VM_GOEXIT; }
    rt_print_panic(s, g, g->panic);
    rt_print_goroutine(s, g, "running");
    return VM_PANIC;
recovered_: {
        /* recover() stopped the panic during a deferred call of frame ui:
         * that function returns normally with its result slots */
        Panic *p = g->panic;
        g->nframes = ui + 1;
        g->panic = p->link;
        bool live = false;
        for (int i = 0; i <= ui; i++)
            if (g->frames[i].flags & FR_PANICDEFER) live = true;
        if (!live) g->panic = NULL;
        f = &g->frames[ui];
        f->pc = f->proto->retpc;
        LOADF();
        NEXT;
    }
out_of_budget_:
    if ((stop_mask & VM_STOP_SLICE_STMT) && !slice_stmt && !s->fatal && !nested) {
        /* --preempt: the slice ends at the next statement boundary (or, in a
         * loop without one, after another small budget) */
        slice_stmt = stepping = stepped = true;
        gvx->seeking_stmt = true;
        gvx->skip_stmts = (int)(sim_rand(s) % SLICE_STMT_SKIP);
        budget = SLICE_STMT_BUDGET;
#ifdef VM_THREADED
        dt = disp_step;
#endif
        NEXT;
    }
    SAVEPC();
    *budgetp = 0;
    if (gvx) gvx->seeking_stmt = false;
    if (s->fatal) return VM_FATAL;
    return VM_SLICE;
}
