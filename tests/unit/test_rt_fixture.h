/* test_rt_fixture.h - a bare Sim for the runtime-object unit tests: heap,
 * type table and seeded generator, with program output captured in memory.
 * No parser/compiler/VM needed (rt_* only uses sim_rand, sim_write and, for
 * Error()/String() of user types, vm_call_method). */
#ifndef TEST_RT_FIXTURE_H
#define TEST_RT_FIXTURE_H
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "rt.h"

typedef struct Fixture {
    Sim s;
    G g;
    char out[8192];       /* everything written to fd 2 */
    size_t nout;
} Fixture;

static void fx_write(void *ud, int fd, const char *buf, size_t n)
{
    Fixture *f = ud;
    (void)fd;
    if (f->nout + n >= sizeof f->out) n = sizeof f->out - 1 - f->nout;
    memcpy(f->out + f->nout, buf, n);
    f->nout += n;
    f->out[f->nout] = 0;
}

static Fixture *fx_new(uint64_t seed, size_t heap_cap)
{
    Fixture *f = calloc(1, sizeof *f);
    f->s.cfg.seed = seed;
    f->s.cfg.write = fx_write;
    f->s.cfg.write_ud = f;
    f->s.rng = seed ^ 0x9e3779b97f4a7c15ULL;
    heap_init(&f->s.heap, heap_cap);
    types_init(&f->s.types);
    f->g.id = 1;
    return f;
}

static void fx_free(Fixture *f)
{
    rt_free(&f->s);
    heap_free_all(&f->s.heap);
    types_free(&f->s.types);
    free(f);
}

static int fx_setup(void **state)
{
    *state = fx_new(1, 0);
    return 0;
}

static int fx_teardown(void **state)
{
    fx_free(*state);
    return 0;
}

static inline Value vint(int64_t i) { Value v = {.i = i}; return v; }
static inline Value vptr(void *p) { Value v = {.p = p}; return v; }
static inline Value vflt(double d) { Value v = {.f = d}; return v; }

#endif
