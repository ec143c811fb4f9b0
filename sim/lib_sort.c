/* lib_sort.c - natives of package sort (sim/lib/sort.go): sorting of
 * []int, []string, []float64 in C (any correct sort gives Go's result for
 * these: equal elements are indistinguishable), and the slice access
 * sort.Slice needs in place of reflection. */
#include <math.h>
#include <stdlib.h>
#include "lib_int.h"

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = ((const Value *)a)->i, y = ((const Value *)b)->i;
    return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b)
{
    return rt_strcmp(((const Value *)a)->p, ((const Value *)b)->p);
}

/* Float64Slice.Less: x < y, or x is NaN and y is not (NaNs first). */
static int cmp_f64(const void *a, const void *b)
{
    double x = ((const Value *)a)->f, y = ((const Value *)b)->f;
    bool lt = x < y || (isnan(x) && !isnan(y));
    bool gt = y < x || (isnan(y) && !isnan(x));
    return gt - lt;
}

static void sort_slots(GoSlice *sl, int (*cmp)(const void *, const void *))
{
    if (rt_slen(sl) > 1)
        qsort(rt_selem(sl, 0), (size_t)sl->len, sizeof(Value), cmp);
}

static NatStatus n_ints(Sim *s, G *g, Value *a, Value *res) { sort_slots(a[0].p, cmp_i64); return NAT_OK; }
static NatStatus n_strings(Sim *s, G *g, Value *a, Value *res) { sort_slots(a[0].p, cmp_str); return NAT_OK; }
static NatStatus n_float64s(Sim *s, G *g, Value *a, Value *res) { sort_slots(a[0].p, cmp_f64); return NAT_OK; }

static NatStatus not_slice(Sim *s, G *g, GoIface *x)
{
    char tn[128] = "<nil>", msg[200];
    if (x)
        types_string(x->type, NULL, tn, sizeof tn);
    snprintf(msg, sizeof msg, "reflect: call of Swapper on %s Value", tn);
    return lib_panic_string(s, g, msg);
}

/* func lenAny(x any) int */
static NatStatus n_len_any(Sim *s, G *g, Value *a, Value *res)
{
    GoIface *x = a[0].p;
    if (!x || x->type->kind != T_SLICE)
        return not_slice(s, g, x);
    res[0].i = rt_slen(x->v.p);
    return NAT_OK;
}

/* func swapAny(x any, i, j int) */
static NatStatus n_swap_any(Sim *s, G *g, Value *a, Value *res)
{
    GoIface *x = a[0].p;
    if (!x || x->type->kind != T_SLICE)
        return not_slice(s, g, x);
    GoSlice *sl = x->v.p;
    int64_t i = a[1].i, j = a[2].i, n = rt_slen(sl);
    if (i < 0 || i >= n)
        return (NatStatus)rt_panic_index(s, g, i, n);
    if (j < 0 || j >= n)
        return (NatStatus)rt_panic_index(s, g, j, n);
    Value t = *rt_selem(sl, i);
    *rt_selem(sl, i) = *rt_selem(sl, j);
    *rt_selem(sl, j) = t;
    return NAT_OK;
}

const NativeDef lib_sort_natives[] = {
    {"sort.Ints", n_ints},
    {"sort.Strings", n_strings},
    {"sort.Float64s", n_float64s},
    {"sort.lenAny", n_len_any},
    {"sort.swapAny", n_swap_any},
    {NULL, NULL},
};
