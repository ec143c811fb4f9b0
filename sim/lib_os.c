/* lib_os.c - natives of package os (sim/lib/os.go): Exit, and writes to the
 * simulated program's stdout/stderr through the Sim's output sink. */
#include "lib_int.h"

/* func Exit(code int) */
static NatStatus n_exit(Sim *s, G *g, Value *a, Value *res)
{
    s->exit_code = (int)a[0].i;
    return NAT_EXIT;
}

static int out_fd(int64_t fd) { return fd == 2 ? 2 : 1; }

/* func write(fd int, b []byte) int */
static NatStatus n_write(Sim *s, G *g, Value *a, Value *res)
{
    GoSlice *sl = a[1].p;
    int64_t n = rt_slen(sl);
    LibBuf b;
    lib_buf_init(&b);
    lib_buf_grow(&b, (size_t)n);
    for (int64_t i = 0; i < n; i++)
        b.p[b.n++] = (char)rt_selem(sl, i)->u;
    if (a[0].i != 0)                    /* writes to Stdin are dropped, as EBADF */
        sim_write(s, out_fd(a[0].i), b.p ? b.p : "", b.n);
    lib_buf_free(&b);
    res[0].i = a[0].i != 0 ? n : 0;
    return NAT_OK;
}

/* func writeString(fd int, s string) int */
static NatStatus n_write_string(Sim *s, G *g, Value *a, Value *res)
{
    GoString *str = a[1].p;
    if (a[0].i != 0)
        sim_write(s, out_fd(a[0].i), rt_strptr(str), (size_t)rt_strlen(str));
    res[0].i = a[0].i != 0 ? rt_strlen(str) : 0;
    return NAT_OK;
}

const NativeDef lib_os_natives[] = {
    {"os.Exit", n_exit},
    {"os.write", n_write},
    {"os.writeString", n_write_string},
    {NULL, NULL},
};
