/* vm_int.h - shared by vm.c (dispatch loop) and vm_call.c (frames, calls,
 * defers, panics, re-entrant calls, print).  Private to the VM. */
#ifndef GOCAFE_VM_INT_H
#define GOCAFE_VM_INT_H
#include "vm.h"
#include "rt.h"
#include "ops.h"

/* Frame.flags */
#define FR_DEFER      1   /* a deferred call run by RUNDEFERS (normal return) */
#define FR_PANICDEFER 2   /* a deferred call run by a panic's unwinding; Frame.owner set */
#define FR_REEXEC     4   /* pc is at the start of a call that blocked: re-executed on resume */

#define VM_MAX_FRAMES   (1 << 21)           /* "stack overflow" beyond this many frames */
#define VM_MAX_SLOTS    ((int64_t)1 << 27)  /* 1 GB of 8-byte slots, Go's stack limit */
#define VM_MAX_NATIVE_ARGS 32
#define VM_MAX_NEST     1000                /* re-entrant vm_call levels (String -> Sprintf -> String) */
#define VM_MAX_NEST_BYTES ((uintptr_t)4 << 20) /* host C stack those levels may use */

/* G.vmx: VM-private per-goroutine state. */
typedef struct GVm {
    int nest;             /* vm_call calls active on this goroutine */
    uintptr_t cstack0;    /* C stack address at the outermost of them */
    bool seeking_stmt;    /* VM_STOP_SLICE_STMT: budget used up, paused before
                             reaching the statement boundary */
    int skip_stmts;       /* boundaries still to pass before stopping there */
} GVm;
GVm *vm_gvm(G *g);        /* g's GVm, allocated on first need */

/* Runtime helpers implemented in rt_*.c (declared here until rt.h has them;
 * identical redeclarations are harmless). */
bool rt_check_slice(Sim *s, G *g, bool is_slice, int64_t lo, int64_t hi,
                    bool has_max, int64_t max, int64_t bound);
GoString *rt_rune_to_string(Sim *s, int64_t r);
GoString *rt_bytes_to_string(Sim *s, GoSlice *b);
GoString *rt_runes_to_string(Sim *s, GoSlice *r);
GoSlice *rt_string_to_bytes(Sim *s, GoString *str);
GoSlice *rt_string_to_runes(Sim *s, GoString *str);
GoSlice *rt_append_string(Sim *s, Type *elem, GoSlice *sl, GoString *str);
int64_t rt_copy_elems(Sim *s, Type *elem, GoSlice *dst, GoSlice *src);
int64_t rt_copy_string(GoSlice *dst, GoString *src);
int rt_check_make_slice(Sim *s, G *g, Type *elem, int64_t len, int64_t cap);

/* The dispatch loop: runs g until its frame count drops to `stop` (the
 * function at index stop returned), or it blocks / yields / exits, or a
 * stop_mask condition (vm.h VM_STOP_*) holds.  nested:
 * called from vm_call, so an unrecovered panic is handed back to C instead
 * of being printed.  throwing: g->panic was just raised (resumed sender of
 * a closed channel): start by unwinding. */
VmStatus vm_run(Sim *s, G *g, int stop, bool nested, bool throwing, int64_t *budget, int stop_mask);

/* Results of vm_push_call. */
enum { PUSH_FRAME = -1 };
/* Call fn(args) from C-side machinery (defers, vm_call, vm_start): pushes a
 * frame on top of g's stack (returns PUSH_FRAME) or, for a native, calls it
 * at once (returns its NatStatus; results in res[0..nres)). */
int vm_push_call(Sim *s, G *g, GoFunc *fn, const Value *args, int nargs,
                 int flags, int owner, Value *res, int nres);
/* Make room for `need` slots from index 0 of g's stack and n+1 frames. */
bool vm_grow_stack(Sim *s, G *g, int64_t need);
bool vm_grow_frames(Sim *s, G *g);
/* A finished goroutine (nframes == 0): free the stacks it grew, keep the G. */
void vm_release_stacks(G *g);
/* Slot index just past the top frame's registers. */
int vm_stack_top(G *g);
/* Resolve method `name` of dynamic type dt: function index and whether the
 * receiver must be dereferenced (value method through a pointer). */
int vm_find_method(Sim *s, Type *dt, const char *name, bool *deref);
/* Method `name` of dynamic type dt that no method table has: one promoted
 * into an unnamed struct type (struct{ T }) through embedded fields,
 * possibly through an embedded interface.  Walks the path from receiver
 * value recv and returns the function index with *out the receiver to pass
 * (copied when the method takes a value), or -1 if there is none, or -2
 * after a nil-pointer panic was raised on the way. */
int vm_promoted_method(Sim *s, G *g, Type *dt, Value recv, const char *name, Value *out);
/* Go's stack-overflow death: prints and returns VM_FATAL. */
VmStatus vm_stack_overflow(Sim *s, G *g);
/* Whole-value assignment of an array/struct of type t: copy src into the
 * existing dst, nested arrays/structs in place too (no allocation). */
void vm_copy_into(Type *t, GoArray *dst, GoArray *src);
/* print / println of n values of the given types to stderr. */
void vm_print(Sim *s, Value *vals, const Value *types, int n, bool ln);
/* Missing-method name for an interface conversion panic, or NULL. */
const char *vm_missing_method(Type *dyn, Type *iface);

#endif
