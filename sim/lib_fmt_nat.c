/* lib_fmt_nat.c - the natives of package fmt (sim/lib/fmt.go declares them):
 * thin wrappers that unpack the []any operands and call lib_fmt.c. */
#include <stdlib.h>
#include "lib_int.h"

/* The elements of a []any as an array of GoIface* (host memory). */
static GoIface **iface_args(GoSlice *sl, int *n)
{
    int64_t len = rt_slen(sl);
    GoIface **a = xmalloc((size_t)(len ? len : 1) * sizeof *a);
    for (int64_t i = 0; i < len; i++)
        a[i] = rt_selem(sl, i)->p;
    *n = (int)len;
    return a;
}

static NatStatus do_sprintf(Sim *s, G *g, Value *args, LibBuf *out)
{
    int n;
    GoIface **a = iface_args(args[1].p, &n);
    GoString *f = args[0].p;
    FmtResult r = lib_fmt_sprintf(s, g, out, rt_strptr(f), (size_t)rt_strlen(f), a, n, false);
    free(a);
    free(r.wrapped);
    return r.st;
}

static NatStatus do_sprint(Sim *s, G *g, Value *args, LibBuf *out, bool ln)
{
    int n;
    GoIface **a = iface_args(args[0].p, &n);
    NatStatus st = ln ? lib_fmt_sprintln(s, g, out, a, n) : lib_fmt_sprint(s, g, out, a, n);
    free(a);
    return st;
}

/* Results of Print*: (n int, err error). */
static NatStatus emit(Sim *s, NatStatus st, LibBuf *out, Value *res)
{
    if (st == NAT_OK)
        sim_write(s, 1, out->p ? out->p : "", out->n);
    res[0].i = (int64_t)out->n;
    res[1].p = NULL;
    lib_buf_free(out);
    return st;
}

static NatStatus n_sprintf(Sim *s, G *g, Value *args, Value *res)
{
    LibBuf out;
    lib_buf_init(&out);
    NatStatus st = do_sprintf(s, g, args, &out);
    res[0].p = lib_buf_to_string(s, &out);
    return st;
}

static NatStatus n_sprint(Sim *s, G *g, Value *args, Value *res)
{
    LibBuf out;
    lib_buf_init(&out);
    NatStatus st = do_sprint(s, g, args, &out, false);
    res[0].p = lib_buf_to_string(s, &out);
    return st;
}

static NatStatus n_sprintln(Sim *s, G *g, Value *args, Value *res)
{
    LibBuf out;
    lib_buf_init(&out);
    NatStatus st = do_sprint(s, g, args, &out, true);
    res[0].p = lib_buf_to_string(s, &out);
    return st;
}

static NatStatus n_printf(Sim *s, G *g, Value *args, Value *res)
{
    LibBuf out;
    lib_buf_init(&out);
    return emit(s, do_sprintf(s, g, args, &out), &out, res);
}

static NatStatus n_print(Sim *s, G *g, Value *args, Value *res)
{
    LibBuf out;
    lib_buf_init(&out);
    return emit(s, do_sprint(s, g, args, &out, false), &out, res);
}

static NatStatus n_println(Sim *s, G *g, Value *args, Value *res)
{
    LibBuf out;
    lib_buf_init(&out);
    return emit(s, do_sprint(s, g, args, &out, true), &out, res);
}

/* func errorf(format string, a []any) (msg string, wrapped []int):
 * Sprintf with %w allowed; wrapped lists the operands used with %w, sorted
 * and without duplicates (Go 1.20+ Errorf). */
static NatStatus n_errorf(Sim *s, G *g, Value *args, Value *res)
{
    int n;
    GoIface **a = iface_args(args[1].p, &n);
    GoString *f = args[0].p;
    LibBuf out;
    lib_buf_init(&out);
    FmtResult r = lib_fmt_sprintf(s, g, &out, rt_strptr(f), (size_t)rt_strlen(f), a, n, true);
    free(a);
    res[0].p = lib_buf_to_string(s, &out);
    res[1].p = NULL;
    if (r.nwrapped) {
        GoSlice *sl = rt_make_slice(s, s->types.t_int, r.nwrapped, r.nwrapped);
        for (int i = 0; i < r.nwrapped; i++)
            rt_selem(sl, i)->i = r.wrapped[i];
        res[1].p = sl;
    }
    free(r.wrapped);
    return r.st;
}

const NativeDef lib_fmt_natives[] = {
    {"fmt.Sprintf", n_sprintf},
    {"fmt.Sprint", n_sprint},
    {"fmt.Sprintln", n_sprintln},
    {"fmt.Printf", n_printf},
    {"fmt.Print", n_print},
    {"fmt.Println", n_println},
    {"fmt.errorf", n_errorf},
    {NULL, NULL},
};
