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
    VM_GOEXIT,            /* runtime.Goexit finished the goroutine (defers ran) */
    VM_STMT               /* vm_execute_until: stopped before the first instruction
                             of a statement; runnable */
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

/* Stepping by statements (the compiler marks each statement's first
 * instruction in Proto.stmts).  stop_mask bits: */
#define VM_STOP_STMT       1  /* stop before the next statement of any frame
                                 (step into calls) -> VM_STMT */
#define VM_STOP_STMT_OVER  2  /* only of the frame g is in now or a caller
                                 (step over calls, out of a return) -> VM_STMT */
#define VM_STOP_SLICE_STMT 4  /* when the budget runs out, go on to the next
                                 statement boundary and stop there -> VM_SLICE
                                 (--preempt switches at statement boundaries;
                                 gives up mid-statement after another budget) */
/* vm_execute with stop conditions: the first instruction always runs, so
 * from a statement boundary one VM_STOP_STMT call runs one statement.  The
 * goroutine also stops as vm_execute does (blocks, returns, panics...).
 * Nested calls made by natives (String(), sort's less) are never stopped. */
VmStatus vm_execute_until(Sim *s, G *g, uint64_t budget, int stop_mask);
/* Is g stopped before the first instruction of a statement? */
bool vm_at_stmt(const G *g);

/* Re-entrant call for natives (fmt calling String()/Error(), sort.Slice's
 * less): runs fn to completion on g's stacks.  Returns NAT_OK or NAT_PANIC;
 * a call that would block is reported as a fatal error. */
NatStatus vm_call(Sim *s, G *g, GoFunc *fn, const Value *args, int nargs, Value *res, int nres);
/* Call method `name` of the dynamic value in iface; false if it has none. */
bool vm_call_method(Sim *s, G *g, GoIface *recv, const char *name,
                    const Value *args, int nargs, Value *res, int nres, NatStatus *st);

#endif
