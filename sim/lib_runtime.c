/* lib_runtime.c - natives of packages runtime (sim/lib/runtime.go) and
 * math/rand (sim/lib/math_rand.go): the parts that touch the Sim itself. */
#include "lib_int.h"
#include "sched.h"

/* func Gosched(): the VM parks the goroutine at the back of the run queue. */
static NatStatus n_gosched(Sim *s, G *g, Value *a, Value *res)
{
    return NAT_YIELD;
}

/* func NumGoroutine() int: goroutines not yet finished. */
static NatStatus n_num_goroutine(Sim *s, G *g, Value *a, Value *res)
{
    int64_t n = 0;
    for (int i = 0; i < s->ngs; i++)
        if (s->gs[i] && s->gs[i]->status != G_DEAD)
            n++;
    res[0].i = n;
    return NAT_OK;
}

/* func track(c any) (package context): show the context in snapshots. */
static NatStatus n_context_track(Sim *s, G *g, Value *a, Value *res)
{
    (void)g;
    (void)res;
    if (a[0].p) sched_track(s, a[0].p);
    return NAT_OK;
}

const NativeDef lib_runtime_natives[] = {
    {"context.track", n_context_track},
    {"runtime.Gosched", n_gosched},
    {"runtime.NumGoroutine", n_num_goroutine},
    {NULL, NULL},
};

/* func simInt63() int64 (package math/rand): the run's seeded generator. */
static NatStatus n_sim_int63(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = (int64_t)(sim_rand(s) >> 1);
    return NAT_OK;
}

const NativeDef lib_rand_natives[] = {
    {"math/rand.simInt63", n_sim_int63},
    {NULL, NULL},
};
