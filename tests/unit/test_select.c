/* test_select.c - selectgo on bare goroutines: uniform choice among ready
 * cases (chi-square over many seeds), default, parking on every channel and
 * leaving the others when woken, close, nil cases, the forced-choice hook. */
#include "test_sched_fixture.h"

static Value vi(int64_t i) { Value v = {.i = i}; return v; }

/* One select over 3 ready buffered channels in a fresh Sim with `seed`;
 * returns the chosen case. */
static int one_select(uint64_t seed)
{
    Fixture *f = fx_new(seed);
    G *g = fx_g(f, "main.main", NULL);
    Value slot = {0}, ok = {0}, chosen = {.i = 99};
    SelCase cases[3];
    for (int i = 0; i < 3; i++) {
        GoChan *c = fx_chan(f, i, 1);
        chan_send(&f->s, g, c, vi(100 + i));
        cases[i] = (SelCase){.c = c, .elem = &slot, .okp = &ok};
    }
    assert_int_equal(chan_select(&f->s, g, cases, 3, false, &chosen), CHAN_OK);
    int k = (int)chosen.i;
    assert_in_range(k, 0, 2);
    assert_int_equal(slot.i, 100 + k);
    assert_int_equal(ok.i, 1);
    SelChoice lc = sched_of(&f->s)->lastsel;
    assert_int_equal(lc.nready, 3);
    assert_int_equal(lc.chosen, k);
    assert_int_equal(lc.how, SEL_RANDOM);
    assert_int_equal(lc.seed, seed);
    fx_free(f);
    return k;
}

static void test_choice_is_uniform_over_seeds(void **state)
{
    (void)state;
    enum { N = 6000 };
    int count[3] = {0};
    for (uint64_t seed = 1; seed <= N; seed++) count[one_select(seed)]++;
    double exp = N / 3.0, chi2 = 0;
    for (int i = 0; i < 3; i++) chi2 += (count[i] - exp) * (count[i] - exp) / exp;
    /* 2 degrees of freedom: P(chi2 > 13.82) = 0.001 */
    if (chi2 >= 13.82) fail_msg("not uniform: %d %d %d (chi2 %.2f)", count[0], count[1], count[2], chi2);
}

static void test_choice_is_uniform_within_one_run(void **state)
{
    Fixture *f = *state;
    G *g = fx_g(f, "main.main", NULL);
    GoChan *a = fx_chan(f, 0, 1), *b = fx_chan(f, 1, 1);
    int count[2] = {0};
    Value slot, chosen;
    for (int i = 0; i < 4000; i++) {
        if (!chan_len(a)) chan_send(&f->s, g, a, vi(1));
        if (!chan_len(b)) chan_send(&f->s, g, b, vi(2));
        SelCase cases[2] = {{.c = a, .elem = &slot}, {.c = b, .elem = &slot}};
        chan_select(&f->s, g, cases, 2, true, &chosen);
        count[chosen.i]++;
    }
    double exp = 2000, chi2 = 0;
    for (int i = 0; i < 2; i++) chi2 += (count[i] - exp) * (count[i] - exp) / exp;
    /* 1 degree of freedom: P(chi2 > 10.83) = 0.001 */
    if (chi2 >= 10.83) fail_msg("not uniform: %d %d (chi2 %.2f)", count[0], count[1], chi2);
}

static void test_same_seed_same_choice(void **state)
{
    (void)state;
    for (uint64_t seed = 1; seed < 50; seed++) assert_int_equal(one_select(seed), one_select(seed));
}

static void test_default_when_nothing_ready(void **state)
{
    Fixture *f = *state;
    G *g = fx_g(f, "main.main", NULL);
    GoChan *a = fx_chan(f, 0, 0);
    Value slot, chosen = {.i = 5};
    SelCase cases[2] = {{.c = a, .elem = &slot}, {.c = NULL, .isSend = true, .val = vi(1)}};
    assert_int_equal(chan_select(&f->s, g, cases, 2, true, &chosen), CHAN_OK);
    assert_int_equal(chosen.i, -1);
    assert_int_equal(g->status, G_RUNNABLE);
    assert_int_equal(sched_of(&f->s)->lastsel.how, SEL_DEFAULT);
    /* an empty select with default takes it too */
    assert_int_equal(chan_select(&f->s, g, NULL, 0, true, &chosen), CHAN_OK);
    assert_int_equal(chosen.i, -1);
}

static void test_blocked_select_woken_leaves_other_queues(void **state)
{
    Fixture *f = *state;
    G *g = fx_g(f, "main.main", NULL);
    G *snd = fx_g(f, "sender", NULL);
    GoChan *a = fx_chan(f, 0, 0), *b = fx_chan(f, 1, 0), *out = fx_chan(f, 2, 0);
    Value slot = {0}, ok = {0}, chosen = {.i = 99};
    SelCase cases[3] = {
        {.c = a, .elem = &slot, .okp = &ok},
        {.c = out, .isSend = true, .val = vi(42)},
        {.c = b, .elem = &slot, .okp = &ok},
    };
    assert_int_equal(chan_select(&f->s, g, cases, 3, false, &chosen), CHAN_BLOCKED);
    assert_string_equal(g->waitreason, "select");
    assert_non_null(a->recvq.first);
    assert_non_null(b->recvq.first);
    assert_non_null(out->sendq.first);
    assert_int_equal(sched_of(&f->s)->lastsel.how, SEL_BLOCKED);
    assert_int_equal(chan_send(&f->s, snd, b, vi(7)), CHAN_OK);
    assert_int_equal(chosen.i, 2);
    assert_int_equal(slot.i, 7);
    assert_int_equal(ok.i, 1);
    assert_int_equal(g->status, G_RUNNABLE);
    assert_null(a->recvq.first);
    assert_null(b->recvq.first);
    assert_null(out->sendq.first);
    assert_null(gsched(g)->waiting);
    /* a later receive on `out` finds no stale sender */
    Value v;
    assert_int_equal(chan_tryrecv(&f->s, snd, out, &v, NULL), CHAN_WOULDBLOCK);
}

static void test_blocked_select_send_case_taken_by_receiver(void **state)
{
    Fixture *f = *state;
    G *g = fx_g(f, "main.main", NULL), *r = fx_g(f, "recv", NULL);
    GoChan *a = fx_chan(f, 0, 0), *out = fx_chan(f, 1, 0);
    Value slot = {0}, chosen = {0};
    SelCase cases[2] = {{.c = a, .elem = &slot}, {.c = out, .isSend = true, .val = vi(42)}};
    assert_int_equal(chan_select(&f->s, g, cases, 2, false, &chosen), CHAN_BLOCKED);
    Value v = {0}, ok = {0};
    assert_int_equal(chan_recv(&f->s, r, out, &v, &ok), CHAN_OK);
    assert_int_equal(v.i, 42);
    assert_int_equal(ok.i, 1);
    assert_int_equal(chosen.i, 1);
    assert_null(a->recvq.first);
    assert_int_equal(chan_resume(&f->s, g), CHAN_OK);
}

static void test_select_woken_by_close(void **state)
{
    Fixture *f = *state;
    G *g = fx_g(f, "main.main", NULL), *h = fx_g(f, "closer", NULL);
    GoChan *a = fx_chan(f, 0, 0), *b = fx_chan(f, 1, 0);
    Value slot = {.i = 9}, ok = {.i = 1}, chosen = {0};
    /* two cases on the same channel: only one may win */
    SelCase cases[3] = {{.c = b, .elem = &slot, .okp = &ok}, {.c = a, .elem = &slot, .okp = &ok},
                        {.c = a, .elem = &slot, .okp = &ok}};
    assert_int_equal(chan_select(&f->s, g, cases, 3, false, &chosen), CHAN_BLOCKED);
    assert_int_equal(chan_close(&f->s, h, a), CHAN_OK);
    assert_int_equal(chosen.i, 1);
    assert_int_equal(slot.i, 0);
    assert_int_equal(ok.i, 0);
    assert_null(b->recvq.first);
    assert_null(a->recvq.first);
}

static void test_select_send_case_woken_by_close_panics(void **state)
{
    Fixture *f = *state;
    G *g = fx_g(f, "main.main", NULL), *h = fx_g(f, "closer", NULL);
    GoChan *a = fx_chan(f, 0, 0);
    Value chosen = {0};
    SelCase cases[1] = {{.c = a, .isSend = true, .val = vi(1)}};
    assert_int_equal(chan_select(&f->s, g, cases, 1, false, &chosen), CHAN_BLOCKED);
    chan_close(&f->s, h, a);
    assert_int_equal(chan_resume(&f->s, g), CHAN_PANIC);
    assert_string_equal(fx_panic_text(g), "send on closed channel");
    /* and a ready send case on a closed channel panics at once */
    G *k = fx_g(f, "k", NULL);
    assert_int_equal(chan_select(&f->s, k, cases, 1, true, &chosen), CHAN_PANIC);
    assert_string_equal(fx_panic_text(k), "send on closed channel");
}

static void test_nil_cases_and_empty_select(void **state)
{
    Fixture *f = *state;
    G *g = fx_g(f, "a", NULL), *h = fx_g(f, "b", NULL);
    Value chosen, slot;
    SelCase cases[2] = {{.c = NULL, .elem = &slot}, {.c = NULL, .isSend = true}};
    assert_int_equal(chan_select(&f->s, g, cases, 2, false, &chosen), CHAN_BLOCKED);
    assert_string_equal(g->waitreason, "select");
    assert_int_equal(chan_select(&f->s, h, NULL, 0, false, &chosen), CHAN_BLOCKED);
    assert_string_equal(h->waitreason, "select (no cases)");
}

static int force_second(void *ud, Sim *s, G *g, ChooseKind k, int n)
{
    int *calls = ud;
    if (k != CHOOSE_SELECT) return -1;
    (*calls)++;
    assert_int_equal(n, 2);
    return 1;
}

static void test_forced_choice_keeps_generator_in_step(void **state)
{
    Fixture *a = fx_new(7), *b = fx_new(7);
    int calls = 0;
    sched_of(&b->s)->choose = force_second;
    sched_of(&b->s)->choose_ud = &calls;
    Fixture *fs[2] = {a, b};
    Value chosen[2];
    for (int i = 0; i < 2; i++) {
        Fixture *f = fs[i];
        G *g = fx_g(f, "main.main", NULL);
        GoChan *n0 = fx_chan(f, 0, 1), *n1 = fx_chan(f, 1, 1), *n2 = fx_chan(f, 2, 1);
        chan_send(&f->s, g, n0, vi(0));
        chan_send(&f->s, g, n2, vi(2));
        Value slot;
        SelCase cases[3] = {{.c = n0, .elem = &slot}, {.c = n1, .elem = &slot}, {.c = n2, .elem = &slot}};
        chan_select(&f->s, g, cases, 3, false, &chosen[i]);
    }
    assert_int_equal(calls, 1);
    assert_int_equal(chosen[1].i, 2);      /* second READY case = case 2 */
    assert_int_equal(sched_of(&b->s)->lastsel.how, SEL_FORCED);
    assert_int_equal(sim_rand(&a->s), sim_rand(&b->s));
    fx_free(a);
    fx_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_choice_is_uniform_over_seeds),
        cmocka_unit_test_setup_teardown(test_choice_is_uniform_within_one_run, fx_setup, fx_teardown),
        cmocka_unit_test(test_same_seed_same_choice),
        cmocka_unit_test_setup_teardown(test_default_when_nothing_ready, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_blocked_select_woken_leaves_other_queues, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_blocked_select_send_case_taken_by_receiver, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_select_woken_by_close, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_select_send_case_woken_by_close_panics, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_nil_cases_and_empty_select, fx_setup, fx_teardown),
        cmocka_unit_test(test_forced_choice_keeps_generator_in_step),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
