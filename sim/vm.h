/* vm.h - the bytecode interpreter.
 *
 * vm_execute runs one goroutine until it returns, blocks, yields, panics out
 * or exhausts its budget; it never recurses on the C stack for Go calls, so
 * the goroutine's whole state is in G (stack, frames) and can be resumed.
 */
#ifndef GOCAFE_VM_H
#define GOCAFE_VM_H
#include "sim.h"
#include "native.h"

typedef enum VmStatus {
    VM_DONE,              /* the goroutine's function returned */
    VM_BLOCKED,           /* parked on a channel/timer/lock */
    VM_YIELD,             /* Gosched or budget slice used up */
    VM_PANIC,             /* unrecovered panic: dump printed */
    VM_EXIT,              /* os.Exit */
    VM_FATAL,             /* s->fatal set (OOM, step budget ...) */
    VM_SLICE,             /* used up the budget vm_execute was given; runnable
                             (VM_YIELD is runtime.Gosched) */
    VM_GOEXIT             /* runtime.Goexit finished the goroutine (defers ran) */
} VmStatus;

/* Create a goroutine that will call fn with args (args copied). */
G *vm_new_g(Sim *s, GoFunc *fn, const Value *args, int nargs);
void vm_free_g(G *g);
/* Push a call of fn(args) on top of g's frames; when it returns, the frame
 * below (if any) starts or continues.  So G1 runs package initialisation
 * then main.main with: g = vm_new_g(main); vm_start(s, g, init, NULL, 0). */
void vm_start(Sim *s, G *g, GoFunc *fn, const Value *args, int nargs);
/* Source line a frame is at, for tracebacks: the call it is in, or for the
 * innermost frame the instruction that panicked / blocked. */
int vm_frame_line(const Frame *f);
/* Run g for at most `budget` instructions (0 = until it stops). */
VmStatus vm_execute(Sim *s, G *g, uint64_t budget);

/* Re-entrant call for natives (fmt calling String()/Error(), sort.Slice's
 * less): runs fn to completion on g's stacks.  Returns NAT_OK or NAT_PANIC;
 * a call that would block is reported as a fatal error. */
NatStatus vm_call(Sim *s, G *g, GoFunc *fn, const Value *args, int nargs, Value *res, int nres);
/* Call method `name` of the dynamic value in iface; false if it has none. */
bool vm_call_method(Sim *s, G *g, GoIface *recv, const char *name,
                    const Value *args, int nargs, Value *res, int nres, NatStatus *st);

#endif
