/* test_timer.c - the virtual clock and timers: deadline order, clock jumps,
 * equal deadlines, pending vs stopped timers and deadlock, Stop/Reset
 * results, deletion by marking from a callback, tickers, the heap under
 * random load, Duration strings. */
#include "test_sched_fixture.h"

#define SEC 1000000000LL
#define MS 1000000LL
#define GO(i) {.k = A_GO, .v = (i)}
#define RECV(c) {.k = A_RECV, .ch = (c)}
#define LOG(t) {.k = A_LOG, .s = (t)}
#define SLEEP(ns) {.k = A_SLEEP, .v = (ns)}
#define CALL(f) {.k = A_CALL, .fn = (f)}
#define END {.k = A_END}

static SimResult run_main(Fixture *f, const Act *main_acts)
{
    fx_g(f, "main.main", main_acts);
    return sched_run(&f->s, fx_run, f);
}

static int count_events(Fixture *f, EventKind k)
{
    int n = 0;
    for (size_t i = 0; i < f->s.events->n; i++) n += f->s.events->v[i].kind == k;
    return n;
}

static void test_sleepers_wake_in_deadline_order(void **state)
{
    Fixture *f = *state;
    static const Act a[] = {SLEEP(3 * SEC), LOG("a"), END};
    static const Act b[] = {SLEEP(1 * SEC), LOG("b"), END};
    static const Act c[] = {SLEEP(2 * SEC), LOG("c"), END};
    static const Act m[] = {GO(0), GO(1), GO(2), SLEEP(5 * SEC), LOG("m"), END};
    f->scripts[0] = a;
    f->scripts[1] = b;
    f->scripts[2] = c;
    assert_int_equal(run_main(f, m), SIM_OK);
    assert_string_equal(f->log, "G3:b G4:c G2:a G1:m ");
    assert_int_equal(f->s.now, 5 * SEC);          /* no real time spent */
    assert_int_equal(count_events(f, EV_CLOCK), 4);
    assert_int_equal(f->nout, 0);
}

/* Verified against go1.19 (GOMAXPROCS=1): three goroutines sleeping the same
 * second print b, c, a: each wake-up takes runnext. */
static void test_equal_deadlines_take_runnext_in_turn(void **state)
{
    Fixture *f = *state;
    static const Act a[] = {SLEEP(SEC), LOG("a"), END};
    static const Act b[] = {SLEEP(SEC), LOG("b"), END};
    static const Act c[] = {SLEEP(SEC), LOG("c"), END};
    static const Act m[] = {GO(0), GO(1), GO(2), SLEEP(2 * SEC), END};
    f->scripts[0] = a;
    f->scripts[1] = b;
    f->scripts[2] = c;
    assert_int_equal(run_main(f, m), SIM_OK);
    assert_string_equal(f->log, "G3:b G4:c G2:a ");
}

static void test_sleep_zero_does_not_block(void **state)
{
    Fixture *f = *state;
    static const Act m[] = {SLEEP(0), SLEEP(-5), LOG("m"), END};
    assert_int_equal(run_main(f, m), SIM_OK);
    assert_int_equal(f->s.now, 0);
    assert_int_equal(count_events(f, EV_PARK), 0);
}

/* ---- time.After / NewTimer on chans[0] ---- */

static Timer *after_timer;   /* test-only: set by the calls below */

static void start_after_hour(void *fp, G *g)
{
    Fixture *f = fp;
    after_timer = timer_new(&f->s, TIMER_SEND);
    after_timer->c = f->chans[0];
    after_timer->arg.i = 99;
    timer_start(&f->s, after_timer, f->s.now + 3600 * SEC, 0);
}

static void stop_after(void *fp, G *g)
{
    Fixture *f = fp;
    assert_true(timer_stop(&f->s, after_timer));
    assert_false(timer_stop(&f->s, after_timer));
}

static void test_pending_timer_keeps_run_alive(void **state)
{
    Fixture *f = *state;
    static const Act m[] = {CALL(start_after_hour), RECV(0), {.k = A_LOGV}, END};
    fx_chan(f, 0, 1);
    assert_int_equal(run_main(f, m), SIM_OK);
    assert_string_equal(f->log, "G1=99 ");
    assert_int_equal(f->s.now, 3600 * SEC);
}

static void test_stopped_timer_is_a_deadlock(void **state)
{
    Fixture *f = *state;
    static const Act m[] = {CALL(start_after_hour), CALL(stop_after), RECV(0), END};
    fx_chan(f, 0, 1);
    assert_int_equal(run_main(f, m), SIM_FATAL);
    assert_string_equal(f->out, "fatal error: all goroutines are asleep - deadlock!\n\n"
                                "goroutine 1 [chan receive]:\n");
    assert_int_equal(f->s.now, 0);
    assert_int_equal(timer_npending(&f->s), 0);
}

/* Go's Stop/Reset results. */
static void test_stop_and_reset_results(void **state)
{
    Fixture *f = *state;
    Timer *t = timer_new(&f->s, TIMER_FUNC);
    assert_false(timer_stop(&f->s, t));                 /* never started */
    assert_false(timer_reset(&f->s, t, SEC, 0));        /* was not pending */
    assert_true(timer_pending(t));
    assert_true(timer_reset(&f->s, t, 2 * SEC, 0));     /* was pending: moved */
    assert_int_equal(timer_next(&f->s), 2 * SEC);
    assert_int_equal(timer_npending(&f->s), 1);
    assert_true(timer_stop(&f->s, t));
    assert_int_equal(timer_npending(&f->s), 0);
    assert_int_equal(timer_next(&f->s), INT64_MAX);     /* marked entry dropped */
    assert_false(timer_advance(&f->s));
    /* reset while the stopped entry is still in the heap */
    Timer *u = timer_new(&f->s, TIMER_FUNC);
    timer_start(&f->s, u, 5 * SEC, 0);
    timer_start(&f->s, t, 7 * SEC, 0);
    timer_stop(&f->s, u);
    assert_false(timer_reset(&f->s, u, 3 * SEC, 0));
    assert_int_equal(timer_next(&f->s), 3 * SEC);
    assert_int_equal(timer_npending(&f->s), 2);
}

/* ---- callbacks ---- */

typedef struct Fired {
    int64_t ids[1024];
    int64_t at[1024];
    int n;
    Timer *victim;
} Fired;

static void record(Sim *s, Timer *t)
{
    Fired *fd = t->ud;
    fd->ids[fd->n] = t->id;
    fd->at[fd->n] = s->now;
    fd->n++;
}

static void record_and_stop_victim(Sim *s, Timer *t)
{
    Fired *fd = t->ud;
    record(s, t);
    timer_stop(s, fd->victim);
    timer_stop(s, t);        /* stopping itself while firing is harmless */
}

static void test_callback_stops_a_timer_due_at_the_same_time(void **state)
{
    Fixture *f = *state;
    Fired fd = {0};
    Timer *killer = timer_new(&f->s, TIMER_FUNC);
    Timer *victim = timer_new(&f->s, TIMER_FUNC);
    Timer *later = timer_new(&f->s, TIMER_FUNC);
    killer->fn = record_and_stop_victim;
    victim->fn = later->fn = record;
    killer->ud = victim->ud = later->ud = &fd;
    fd.victim = victim;
    timer_start(&f->s, killer, SEC, 0);
    timer_start(&f->s, victim, SEC, 0);       /* same deadline, started after */
    timer_start(&f->s, later, 2 * SEC, 0);
    while (timer_advance(&f->s)) {}
    assert_int_equal(fd.n, 2);
    assert_int_equal(fd.ids[0], killer->id);
    assert_int_equal(fd.ids[1], later->id);
    assert_int_equal(fd.at[1], 2 * SEC);
    assert_int_equal(timer_npending(&f->s), 0);
}

static void stop_after_three(Sim *s, Timer *t)
{
    Fired *fd = t->ud;
    record(s, t);
    if (fd->n == 3) timer_stop(s, t);
}

static void test_ticker_rearms_until_stopped(void **state)
{
    Fixture *f = *state;
    Fired fd = {0};
    Timer *tick = timer_new(&f->s, TIMER_FUNC);
    tick->fn = stop_after_three;
    tick->ud = &fd;
    timer_start(&f->s, tick, 250 * MS, 250 * MS);
    while (timer_advance(&f->s)) {}
    assert_int_equal(fd.n, 3);
    assert_int_equal(fd.at[0], 250 * MS);
    assert_int_equal(fd.at[2], 750 * MS);
}

/* A ticker sends into a 1-slot buffer: ticks nobody takes are dropped. */
static void test_ticker_send_drops_when_full(void **state)
{
    Fixture *f = *state;
    GoChan *c = fx_chan(f, 0, 1);
    Timer *tick = timer_new(&f->s, TIMER_SEND);
    tick->c = c;
    tick->arg.i = 1;
    timer_start(&f->s, tick, SEC, SEC);
    for (int i = 0; i < 5; i++) assert_true(timer_advance(&f->s));
    assert_int_equal(f->s.now, 5 * SEC);
    assert_int_equal(chan_len(c), 1);
    assert_int_equal(count_events(f, EV_TIMER_FIRE), 5);
}

/* Every goroutine blocked for good, only a ticker firing: Go hangs forever;
 * gocafe says so instead of spinning. */
static void start_ticker(void *fp, G *g)
{
    Fixture *f = fp;
    Timer *t = timer_new(&f->s, TIMER_SEND);
    t->c = f->chans[1];
    timer_start(&f->s, t, f->s.now + SEC, SEC);
}

static void test_only_a_ticker_left_is_reported_as_a_hang(void **state)
{
    Fixture *f = *state;
    static const Act m[] = {CALL(start_ticker), RECV(0), END};
    fx_chan(f, 0, 0);
    fx_chan(f, 1, 1);
    f->s.events->enabled = false;
    assert_int_equal(run_main(f, m), SIM_FATAL);
    assert_non_null(strstr(f->out, "only timers keep firing"));
}

static void test_heap_order_under_random_load(void **state)
{
    Fixture *f = *state;
    static Fired fd;
    memset(&fd, 0, sizeof fd);
    Timer *ts[600];
    bool stopped[600] = {0};
    f->s.events->enabled = false;
    for (int i = 0; i < 600; i++) {
        ts[i] = timer_new(&f->s, TIMER_FUNC);
        ts[i]->fn = record;
        ts[i]->ud = &fd;
        timer_start(&f->s, ts[i], (int64_t)(sim_rand(&f->s) % 50) * MS, 0);
    }
    for (int i = 0; i < 600; i += 7) {
        timer_stop(&f->s, ts[i]);
        stopped[i] = true;
    }
    for (int i = 3; i < 600; i += 11) {
        timer_reset(&f->s, ts[i], (int64_t)(sim_rand(&f->s) % 50) * MS, 0);
        stopped[i] = false;
    }
    int want = 0;
    for (int i = 0; i < 600; i++) want += !stopped[i];
    while (timer_advance(&f->s)) {}
    assert_int_equal(fd.n, want);
    for (int i = 1; i < fd.n; i++) {
        Timer *a = ts[fd.ids[i - 1] - 1], *b = ts[fd.ids[i] - 1];
        assert_true(a->when < b->when || (a->when == b->when && a->seq < b->seq));
        assert_true(fd.at[i - 1] <= fd.at[i]);
    }
}

static void test_duration_strings_match_go(void **state)
{
    (void)state;
    static const struct { int64_t ns; const char *want; } cases[] = {
        {1500 * MS, "1.5s"}, {250 * MS, "250ms"}, {90 * SEC, "1m30s"}, {0, "0s"},
        {3600 * SEC, "1h0m0s"}, {1500000, "1.5ms"}, {1500, "1.5\xc2\xb5s"}, {1, "1ns"},
        {36 * 3600 * SEC + 61 * SEC, "36h1m1s"}, {-2 * SEC, "-2s"}, {2000500000, "2.0005s"},
        {3600 * SEC + 2 * 60 * SEC + 300 * MS, "1h2m0.3s"},
        {INT64_MIN, "-2562047h47m16.854775808s"},
    };
    char buf[64];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        event_fmt_duration(cases[i].ns, buf, sizeof buf);
        assert_string_equal(buf, cases[i].want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_sleepers_wake_in_deadline_order, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_equal_deadlines_take_runnext_in_turn, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_sleep_zero_does_not_block, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_pending_timer_keeps_run_alive, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_stopped_timer_is_a_deadlock, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_stop_and_reset_results, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_callback_stops_a_timer_due_at_the_same_time, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_ticker_rearms_until_stopped, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_ticker_send_drops_when_full, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_only_a_ticker_left_is_reported_as_a_hang, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_heap_order_under_random_load, fx_setup, fx_teardown),
        cmocka_unit_test(test_duration_strings_match_go),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
