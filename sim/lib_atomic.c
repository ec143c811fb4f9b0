/* lib_atomic.c - natives of package sync/atomic (sim/lib/sync_atomic.go).
 * The package is plain Go (the scheduler is cooperative); only the dynamic
 * type comparison of atomic.Value needs the runtime.  Also home of package
 * context's one native (context.go is otherwise plain Go). */
#include "lib_int.h"

/* func sameType(a, b any) bool: both non-nil with identical dynamic types. */
static NatStatus n_same_type(Sim *s, G *g, Value *a, Value *res)
{
    GoIface *x = a[0].p, *y = a[1].p;
    res[0].i = x && y && x->type == y->type;
    return NAT_OK;
}

/* func comparable(key any) bool (package context): WithValue's check that
 * the key's dynamic type is comparable. */
static NatStatus n_comparable(Sim *s, G *g, Value *a, Value *res)
{
    GoIface *x = a[0].p;
    res[0].i = !x || types_comparable(x->type);
    return NAT_OK;
}

const NativeDef lib_atomic_natives[] = {
    {"sync/atomic.sameType", n_same_type},
    {"context.comparable", n_comparable},
    {NULL, NULL},
};
