/* native.h - the ABI between the VM and library functions written in C.
 *
 * Library packages are Go source embedded in the binary (sim/lib/NAME.go); a
 * function declared there without a body is bound to a NativeDef of the same
 * qualified name: "fmt.Sprintf", "strings.(*Builder).WriteString",
 * "time.Sleep" (the full import path: "unicode/utf8.RuneCountInString").
 * Arguments arrive as one Value per Go parameter (the receiver first; a
 * variadic tail already packed into a slice, as in Go).  Results are
 * written to res[0..nres).
 */
#ifndef GOCAFE_NATIVE_H
#define GOCAFE_NATIVE_H
#include "value.h"

struct Sim;
struct G;

typedef enum NatStatus {
    NAT_OK = 0,
    NAT_PANIC,            /* rt_panic_* was called: the VM starts unwinding */
    NAT_BLOCK,            /* the goroutine was parked; the VM re-executes the call
                             instruction when it is resumed (issue 4) */
    NAT_EXIT,             /* os.Exit: sim->exit_code is set */
    NAT_YIELD,            /* runtime.Gosched */
} NatStatus;

typedef NatStatus (*NativeFn)(struct Sim *s, struct G *g, Value *args, Value *res);

typedef struct NativeDef {
    const char *name;     /* qualified Go name */
    NativeFn fn;
} NativeDef;

/* Registry: every lib_*.c exports a NULL-terminated table; lib.c joins them. */
const NativeDef *native_lookup(const char *qualified_name);

#endif
