/* lib_buf.c - LibBuf, the library's growable host byte buffer (lib_int.h).
 *
 * Natives build their output here, in host memory, and copy it into the
 * simulated heap once at the end (lib_buf_to_string), so a long Sprintf
 * charges the Go heap exactly one string.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include "lib_int.h"

void lib_buf_init(LibBuf *b) { b->p = NULL; b->n = 0; b->cap = 0; }

void lib_buf_free(LibBuf *b)
{
    free(b->p);
    lib_buf_init(b);
}

void lib_buf_grow(LibBuf *b, size_t extra)
{
    if (b->n + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->n + extra + 1)
        cap *= 2;
    b->p = xrealloc(b->p, cap);
    b->cap = cap;
}

void lib_buf_put(LibBuf *b, const char *s, size_t n)
{
    if (n == 0)
        return;
    lib_buf_grow(b, n);
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

void lib_buf_puts(LibBuf *b, const char *s) { lib_buf_put(b, s, strlen(s)); }

void lib_buf_putc(LibBuf *b, char c)
{
    lib_buf_grow(b, 1);
    b->p[b->n++] = c;
}

void lib_buf_put_rune(LibBuf *b, int32_t r)
{
    char tmp[4];
    lib_buf_put(b, tmp, (size_t)rt_encode_rune(tmp, r));
}

void lib_buf_fill(LibBuf *b, char c, long n)
{
    if (n <= 0)
        return;
    lib_buf_grow(b, (size_t)n);
    memset(b->p + b->n, c, (size_t)n);
    b->n += (size_t)n;
}

GoString *lib_buf_to_string(Sim *s, LibBuf *b)
{
    GoString *g = rt_string(s, b->p ? b->p : "", (int64_t)b->n);
    lib_buf_free(b);
    return g;
}

/* panic(msg) with a string value, as library Go code does (not a runtime
 * error): "panic: strings: negative Repeat count". */
NatStatus lib_panic_string(Sim *s, G *g, const char *msg)
{
    Value v = {.p = rt_cstring(s, msg)};
    return (NatStatus)rt_panic_value(s, g, rt_box(s, s->types.t_string, v));
}

/* glibc's record of where the main thread's stack begins (read only). */
extern void *__libc_stack_end;

/* Is the host C stack nearly exhausted?  Natives that re-enter the VM
 * (String() calling Sprintf calling String() ...) recurse on the C stack;
 * Go would overflow its 1 GB goroutine stack, we must stop well before the
 * host's 8 MB.  Only judged on the main thread's stack; elsewhere false. */
bool lib_c_stack_low(void)
{
    char here;
    struct rlimit rl;
    uintptr_t top = (uintptr_t)__libc_stack_end, cur = (uintptr_t)&here;
    if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return false;
    if (cur > top || top - cur > (uintptr_t)rl.rlim_cur)
        return false;
    return top - cur > (uintptr_t)rl.rlim_cur - 512 * 1024;
}
