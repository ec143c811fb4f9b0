/* test_sched.c - the scheduler's main loop on scripted goroutines: Go's run
 * order with GOMAXPROCS=1, Gosched, deadlock texts and dump order, the leak
 * report and its policies, the step budget, replay (same seed, same log). */
#include "test_sched_fixture.h"

#define GO(i) {.k = A_GO, .v = (i)}
#define SEND(c, x) {.k = A_SEND, .ch = (c), .v = (x)}
#define RECV(c) {.k = A_RECV, .ch = (c)}
#define LOGV {.k = A_LOGV}
#define LOG(t) {.k = A_LOG, .s = (t)}
#define SLEEP(ns) {.k = A_SLEEP, .v = (ns)}
#define END {.k = A_END}

static SimResult run_main(Fixture *f, const Act *main_acts)
{
    fx_g(f, "main.main", main_acts);
    return sched_run(&f->s, fx_run, f);
}

/* go f1; go f2; go f3 then three receives: Go (GOMAXPROCS=1) runs the newest
 * goroutine first (runnext), then the others in creation order. */
static void test_newest_goroutine_runs_first(void **state)
{
    Fixture *f = *state;
    static const Act s1[] = {SEND(0, 1), END}, s2[] = {SEND(0, 2), END}, s3[] = {SEND(0, 3), END};
    static const Act m[] = {GO(0), GO(1), GO(2), RECV(0), LOGV, RECV(0), LOGV, RECV(0), LOGV, END};
    f->scripts[0] = s1;
    f->scripts[1] = s2;
    f->scripts[2] = s3;
    fx_chan(f, 0, 0);
    assert_int_equal(run_main(f, m), SIM_OK);
    assert_string_equal(f->log, "G1=3 G1=1 G1=2 ");
    assert_int_equal(f->nout, 0);             /* nothing leaked */
}

/* Ping-pong over two unbuffered channels alternates strictly. */
static void test_ping_pong(void **state)
{
    Fixture *f = *state;
    static const Act pong[] = {RECV(0), LOGV, SEND(1, 2), RECV(0), LOGV, SEND(1, 4), END};
    static const Act m[] = {GO(0), SEND(0, 1), RECV(1), LOGV, SEND(0, 3), RECV(1), LOGV, END};
    f->scripts[0] = pong;
    fx_chan(f, 0, 0);
    fx_chan(f, 1, 0);
    assert_int_equal(run_main(f, m), SIM_OK);
    assert_string_equal(f->log, "G2=1 G1=2 G2=3 G1=4 ");
}

/* Verified against go1.19 with GOMAXPROCS=1: prints c, a, m. */
static void test_gosched_goes_to_global_queue(void **state)
{
    Fixture *f = *state;
    static const Act f1[] = {LOG("a"), {.k = A_YIELD}, LOG("b"), END};
    static const Act f2[] = {LOG("c"), END};
    static const Act m[] = {GO(0), GO(1), {.k = A_YIELD}, LOG("m"), END};
    f->scripts[0] = f1;
    f->scripts[1] = f2;
    sched_of(&f->s)->leaks = LEAKS_OFF;
    assert_int_equal(run_main(f, m), SIM_OK);
    assert_string_equal(f->log, "G3:c G2:a G1:m ");
}

/* Verified against go1.19 with GOMAXPROCS=1: three receivers woken by close
 * (queued c, a, b since c ran first) report c, b, a. */
static void test_close_wakes_in_go_order(void **state)
{
    Fixture *f = *state;
    static const Act a[] = {RECV(0), SEND(1, 1), END};
    static const Act b[] = {RECV(0), SEND(1, 2), END};
    static const Act c[] = {RECV(0), SEND(1, 3), END};
    static const Act m[] = {GO(0), GO(1), GO(2), SLEEP(10000000), {.k = A_CLOSE, .ch = 0},
                            SLEEP(10000000), RECV(1), LOGV, RECV(1), LOGV, RECV(1), LOGV, END};
    f->scripts[0] = a;
    f->scripts[1] = b;
    f->scripts[2] = c;
    fx_chan(f, 0, 0);
    fx_chan(f, 1, 10);
    assert_int_equal(run_main(f, m), SIM_OK);
    assert_string_equal(f->log, "G1=3 G1=2 G1=1 ");
}

static int pick_last(void *ud, Sim *s, G *g, ChooseKind k, int n)
{
    return k == CHOOSE_RUN ? n - 1 : -1;
}

/* The explorer can force which runnable goroutine goes next. */
static void test_forced_run_order(void **state)
{
    Fixture *f = *state;
    static const Act s1[] = {LOG("1"), END}, s2[] = {LOG("2"), END}, s3[] = {LOG("3"), END};
    static const Act m[] = {GO(0), GO(1), GO(2), SLEEP(1), END};
    f->scripts[0] = s1;
    f->scripts[1] = s2;
    f->scripts[2] = s3;
    sched_of(&f->s)->choose = pick_last;
    assert_int_equal(run_main(f, m), SIM_OK);
    /* candidates are runnext (G4), then G2, G3: always taking the last */
    assert_string_equal(f->log, "G3:2 G2:1 G4:3 ");
}

/* --preempt: a spinning goroutine no longer starves the others. */
static void test_preempt_mode_interleaves(void **state)
{
    Fixture *f = *state;
    static const Act spin[] = {{.k = A_SPIN}};
    static const Act m[] = {GO(0), {.k = A_YIELD}, LOG("main"), END};
    f->scripts[0] = spin;
    sched_of(&f->s)->preempt = true;
    sched_of(&f->s)->leaks = LEAKS_OFF;
    assert_int_equal(run_main(f, m), SIM_OK);
    assert_string_equal(f->log, "G1:main ");
}

/* A worker pool (3 workers ranging over jobs, sending j*10 on results; main
 * sends 1..5, closes jobs, receives 5 results) for every mix of buffer sizes.
 * Expected logs are the stdout of the same Go program under go1.19 with
 * GOMAXPROCS=1 (worker w printed as G(w+1)); deadlocked mixes print the
 * same prefix, then Go's fatal error with every goroutine in [chan send]. */
static void test_worker_pool_matches_go(void **state)
{
    (void)state;
    static const Act worker[] = {RECV(0), {.k = A_JNOK, .v = 5}, LOGV, {.k = A_SENDV, .ch = 1},
                                 {.k = A_JMP, .v = 0}, END};
    static const Act m[] = {GO(0), GO(0), GO(0), SEND(0, 1), SEND(0, 2), SEND(0, 3), SEND(0, 4),
                            SEND(0, 5), {.k = A_CLOSE, .ch = 0}, RECV(1), LOGV, RECV(1), LOGV,
                            RECV(1), LOGV, RECV(1), LOGV, RECV(1), LOGV, END};
    static const struct { int jobs, results; bool deadlock; const char *out; } cases[] = {
        {0, 0, true, "G4=1 G2=2 G3=3 "},
        {0, 1, true, "G4=1 G4=2 G2=3 G3=4 "},
        {0, 5, false, "G4=1 G4=2 G4=3 G4=4 G4=5 G1=10 G1=20 G1=30 G1=40 G1=50 "},
        {1, 0, true, "G4=1 G2=2 G3=3 "},
        {1, 1, false, "G4=1 G4=2 G2=3 G3=4 G1=10 G1=20 G1=30 G1=40 G3=5 G1=50 "},
        {1, 5, false, "G4=1 G4=2 G4=3 G4=4 G4=5 G1=10 G1=20 G1=30 G1=40 G1=50 "},
        {5, 0, false, "G4=1 G4=2 G1=10 G1=20 G4=3 G4=4 G1=30 G1=40 G4=5 G1=50 "},
        {5, 1, false, "G4=1 G4=2 G4=3 G1=10 G1=20 G1=30 G4=4 G4=5 G1=40 G1=50 "},
        {5, 5, false, "G4=1 G4=2 G4=3 G4=4 G4=5 G1=10 G1=20 G1=30 G1=40 G1=50 "},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Fixture *f = fx_new(1);
        f->scripts[0] = worker;
        fx_chan(f, 0, cases[i].jobs);
        fx_chan(f, 1, cases[i].results);
        sched_of(&f->s)->leaks = LEAKS_OFF;
        SimResult r = run_main(f, m);
        assert_string_equal(f->log, cases[i].out);
        if (cases[i].deadlock) {
            assert_int_equal(r, SIM_FATAL);
            assert_int_equal(f->ndumped, 4);
            for (int k = 0; k < 4; k++) {
                assert_int_equal(f->dumped[k], k + 1);
                assert_string_equal(f->dumpst[k], "chan send");
            }
        } else {
            assert_int_equal(r, SIM_OK);
        }
        fx_free(f);
    }
}

static void test_deadlock_text_and_dump_order(void **state)
{
    Fixture *f = *state;
    static const Act r[] = {RECV(0), END};
    static const Act snd[] = {SEND(1, 5), END};
    static const Act sel[] = {{.k = A_SELRECV2, .ch = 0, .ch2 = 3}, END};
    static const Act nilrecv[] = {RECV(4), END};   /* chans[4] stays nil */
    static const Act m[] = {GO(0), GO(1), GO(2), GO(3), RECV(2), END};
    f->scripts[0] = r;
    f->scripts[1] = snd;
    f->scripts[2] = sel;
    f->scripts[3] = nilrecv;
    for (int i = 0; i < 4; i++) fx_chan(f, i, 0);
    assert_int_equal(run_main(f, m), SIM_FATAL);
    assert_int_equal(f->s.exit_code, 2);
    assert_string_equal(f->out,
                        "fatal error: all goroutines are asleep - deadlock!\n\n"
                        "goroutine 1 [chan receive]:\n\n"
                        "goroutine 2 [chan receive]:\n\n"
                        "goroutine 3 [chan send]:\n\n"
                        "goroutine 4 [select]:\n\n"
                        "goroutine 5 [chan receive (nil chan)]:\n");
    assert_int_equal(f->ndumped, 5);
    for (int i = 0; i < 5; i++) assert_int_equal(f->dumped[i], i + 1);
    Event *last = &f->s.events->v[f->s.events->n - 1];
    assert_int_equal(last->kind, EV_DEADLOCK);
}

/* main's section comes first even when main is not the lowest blocked id. */
static void test_deadlock_dump_main_first(void **state)
{
    Fixture *f = *state;
    static const Act r[] = {RECV(0), END};
    static const Act m[] = {GO(0), GO(0), RECV(1), END};
    f->scripts[0] = r;
    fx_chan(f, 0, 0);
    fx_chan(f, 1, 0);
    assert_int_equal(run_main(f, m), SIM_FATAL);
    assert_int_equal(f->ndumped, 3);
    assert_int_equal(f->dumped[0], 1);
    assert_int_equal(f->dumped[1], 2);
    assert_int_equal(f->dumped[2], 3);
}

static void test_goexit_in_main(void **state)
{
    Fixture *f = *state;
    static const Act nothing[] = {END};
    static const Act m[] = {GO(0), {.k = A_GOEXIT}};
    f->scripts[0] = nothing;
    assert_int_equal(run_main(f, m), SIM_FATAL);
    assert_string_equal(f->out, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
}

static const Act leak_m[] = {GO(0), SLEEP(1500000000), END};
static const Act leak_r[] = {RECV(0), END};

static void test_leak_report(void **state)
{
    Fixture *f = *state;
    f->scripts[0] = leak_r;
    fx_chan(f, 0, 0);
    assert_int_equal(run_main(f, leak_m), SIM_OK);
    assert_int_equal(f->s.exit_code, 0);
    assert_string_equal(f->out,
                        "gocafe: goroutine 2 leaked: main.main.func [chan receive] at prog.go:10 for 1.5s\n"
                        "gocafe: 1 goroutine leaked when main returned (seed 1)\n");
    assert_int_equal(sched_of(&f->s)->nleaked, 1);
}

static void test_leak_policy_error_and_off(void **state)
{
    (void)state;
    Fixture *f = fx_new(3);
    f->scripts[0] = leak_r;
    fx_chan(f, 0, 0);
    sched_of(&f->s)->leaks = LEAKS_ERROR;
    assert_int_equal(run_main(f, leak_m), SIM_EXIT);
    assert_int_equal(f->s.exit_code, 3);
    assert_non_null(strstr(f->out, "(seed 3)"));
    fx_free(f);
    f = fx_new(3);
    f->scripts[0] = leak_r;
    fx_chan(f, 0, 0);
    sched_of(&f->s)->leaks = LEAKS_OFF;
    assert_int_equal(run_main(f, leak_m), SIM_OK);
    assert_int_equal(f->nout, 0);
    assert_int_equal(sched_of(&f->s)->nleaked, 1);
    fx_free(f);
}

static void test_step_budget_stops_a_spinning_goroutine(void **state)
{
    Fixture *f = *state;
    static const Act spin[] = {LOG("spin"), {.k = A_SPIN}};
    static const Act m[] = {GO(0), RECV(0), END};
    f->scripts[0] = spin;
    fx_chan(f, 0, 0);
    assert_int_equal(run_main(f, m), SIM_FATAL);
    assert_int_equal(f->s.exit_code, 2);
    assert_string_equal(f->out,
                        "gocafe: goroutine 2 (main.main.func) ran 1000000 steps at prog.go:11 without"
                        " blocking or yielding; stopped (the limit is the step budget flag)\n");
}

/* A busy goroutine does not stop main from returning (Go discards it). */
static void test_main_returns_past_a_runnable_goroutine(void **state)
{
    Fixture *f = *state;
    static const Act spin[] = {{.k = A_SPIN}};
    static const Act m[] = {GO(0), LOG("bye"), END};
    f->scripts[0] = spin;
    assert_int_equal(run_main(f, m), SIM_OK);
    assert_string_equal(f->log, "G1:bye ");
    assert_non_null(strstr(f->out, "gocafe: goroutine 2 leaked: main.main.func [runnable] at prog.go:10\n"));
}

static void test_panic_ends_the_run(void **state)
{
    Fixture *f = *state;
    static const Act m[] = {{.k = A_CLOSE, .ch = 5}, END};   /* close(nil) */
    assert_int_equal(run_main(f, m), SIM_PANIC);
    assert_int_equal(f->s.exit_code, 2);
    assert_string_equal(fx_panic_text(f->s.gs[0]), "close of nil channel");
}

/* A program with random select choices, sleeps and buffered channels. */
static char *traced_run(uint64_t seed)
{
    static const Act a[] = {SEND(0, 1), SEND(0, 2), SEND(0, 3), SLEEP(250000000), SEND(0, 4), END};
    static const Act b[] = {SEND(1, 10), SEND(1, 20), SEND(1, 30), SEND(1, 40), END};
    static const Act m[] = {
        GO(0), GO(1), SLEEP(1000000),
        {.k = A_SELRECV2, .ch = 0, .ch2 = 1}, {.k = A_LOGSEL},
        {.k = A_SELRECV2, .ch = 0, .ch2 = 1}, {.k = A_LOGSEL},
        {.k = A_SELRECV2, .ch = 0, .ch2 = 1}, {.k = A_LOGSEL},
        {.k = A_SELRECV2, .ch = 0, .ch2 = 1}, {.k = A_LOGSEL},
        {.k = A_SELRECV2, .ch = 0, .ch2 = 1}, {.k = A_LOGSEL},
        {.k = A_SELRECV2, .ch = 0, .ch2 = 1}, {.k = A_LOGSEL},
        {.k = A_SELRECV2, .ch = 0, .ch2 = 1}, {.k = A_LOGSEL},
        {.k = A_SELRECV2, .ch = 0, .ch2 = 1}, {.k = A_LOGSEL},
        {.k = A_CLOSE, .ch = 0}, END};
    Fixture *f = fx_new(seed);
    f->scripts[0] = a;
    f->scripts[1] = b;
    fx_chan_named(f, 0, 2, "jobs");
    fx_chan_named(f, 1, 1, "results");
    assert_int_equal(run_main(f, m), SIM_OK);
    char *t = fx_trace(f);
    size_t n = strlen(t);
    t = realloc(t, n + f->nlog + 2);
    memcpy(t + n, f->log, f->nlog + 1);
    fx_free(f);
    return t;
}

static void test_same_seed_same_event_log(void **state)
{
    (void)state;
    int differ = 0;
    for (uint64_t seed = 1; seed <= 20; seed++) {
        char *x = traced_run(seed), *y = traced_run(seed), *z = traced_run(seed + 100);
        assert_string_equal(x, y);
        differ += strcmp(x, z) != 0;
        free(x);
        free(y);
        free(z);
    }
    assert_true(differ > 0);          /* the seed does matter */
}

/* Pins the text form of docs/TRACE.md on a small program. */
static void test_trace_text(void **state)
{
    Fixture *f = *state;
    static const Act w[] = {RECV(0), LOGV, SEND(1, 7), END};
    static const Act m[] = {GO(0), SEND(0, 42), RECV(1), SLEEP(1500000000), {.k = A_CLOSE, .ch = 0}, END};
    f->scripts[0] = w;
    fx_chan_named(f, 0, 0, "jobs");
    fx_chan(f, 1, 1);
    assert_int_equal(run_main(f, m), SIM_OK);
    char *t = fx_trace(f);
    assert_string_equal(t,
        "0 0s runtime make jobs#1 cap=0\n"
        "1 0s runtime make chan#2 cap=1\n"
        "2 0s runtime go G1 main.main\n"
        "3 0s G1 run from=runnext @10\n"
        "4 0s G1 go G2 main.main.func @10\n"
        "5 0s G1 park [chan send] @11\n"
        "6 0s G2 run from=runnext @10\n"
        "7 0s G2 recv jobs#1 val=42 ok=true <- G1 @10\n"
        "8 0s G1 ready by=G2 @11\n"
        "9 0s G2 send chan#2 val=7 -> buf len=1 @12\n"
        "10 0s G2 exit @13\n"
        "11 0s G1 run from=runnext @11\n"
        "12 0s G1 recv chan#2 val=7 ok=true <- buf len=0 @12\n"
        "13 0s G1 timer.start timer#1 at=1.5s @13\n"
        "14 0s G1 park [sleep] @13\n"
        "15 0s runtime clock 0s -> 1.5s\n"
        "16 1.5s runtime timer.fire timer#1 -> G1\n"
        "17 1.5s G1 ready by=runtime @13\n"
        "18 1.5s G1 run from=runnext @13\n"
        "19 1.5s G1 close jobs#1 woke=0 @14\n"
        "20 1.5s G1 exit @15\n"
        "21 1.5s G1 main.exit alive=0 @15\n");
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_newest_goroutine_runs_first, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_ping_pong, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_gosched_goes_to_global_queue, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_close_wakes_in_go_order, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_forced_run_order, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_preempt_mode_interleaves, fx_setup, fx_teardown),
        cmocka_unit_test(test_worker_pool_matches_go),
        cmocka_unit_test_setup_teardown(test_deadlock_text_and_dump_order, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_deadlock_dump_main_first, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_goexit_in_main, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_leak_report, fx_setup, fx_teardown),
        cmocka_unit_test(test_leak_policy_error_and_off),
        cmocka_unit_test_setup_teardown(test_step_budget_stops_a_spinning_goroutine, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_main_returns_past_a_runnable_goroutine, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_panic_ends_the_run, fx_setup, fx_teardown),
        cmocka_unit_test(test_same_seed_same_event_log),
        cmocka_unit_test_setup_teardown(test_trace_text, fx_setup, fx_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
