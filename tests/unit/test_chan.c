/* test_chan.c - channels on bare goroutines: FIFO hand-off, the buffer, close,
 * panics, nil channels, non-blocking variants, runnext placement. */
#include "test_sched_fixture.h"

static Value vi(int64_t i) { Value v = {.i = i}; return v; }

/* Removes every G from the run queues in scheduling order (runnext first). */
static int drain_order(Fixture *f, int64_t *ids, int max)
{
    Sched *sc = sched_of(&f->s);
    int n = 0;
    if (sc->runnext && n < max) ids[n++] = sc->runnext->id;
    sc->runnext = NULL;
    while (sc->runqhead != sc->runqtail && n < max) ids[n++] = sc->runq[sc->runqhead++ % SCHED_LOCALQ]->id;
    return n;
}

static void test_unbuffered_receivers_served_fifo(void **state)
{
    Fixture *f = *state;
    G *r[3];
    Value slot[3] = {{0}}, ok[3] = {{0}};
    for (int i = 0; i < 3; i++) r[i] = fx_g(f, "recv", NULL);
    GoChan *c = fx_chan(f, 0, 0);
    int64_t ids[8];
    drain_order(f, ids, 8);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(chan_recv(&f->s, r[i], c, &slot[i], &ok[i]), CHAN_BLOCKED);
        assert_int_equal(r[i]->status, G_WAITING);
        assert_string_equal(r[i]->waitreason, "chan receive");
        assert_ptr_equal(r[i]->waiting_on, c);
    }
    G *snd = fx_g(f, "send", NULL);
    drain_order(f, ids, 8);
    for (int i = 0; i < 3; i++) assert_int_equal(chan_send(&f->s, snd, c, vi(10 + i)), CHAN_OK);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(slot[i].i, 10 + i);    /* first waiter gets first value */
        assert_int_equal(ok[i].i, 1);
        assert_int_equal(r[i]->status, G_RUNNABLE);
    }
    assert_null(c->recvq.first);
    assert_int_equal(c->qcount, 0);
}

static void test_unbuffered_senders_served_fifo(void **state)
{
    Fixture *f = *state;
    GoChan *c = fx_chan(f, 0, 0);
    G *snd[3];
    for (int i = 0; i < 3; i++) {
        snd[i] = fx_g(f, "send", NULL);
        assert_int_equal(chan_send(&f->s, snd[i], c, vi(i + 1)), CHAN_BLOCKED);
        assert_string_equal(snd[i]->waitreason, "chan send");
    }
    G *r = fx_g(f, "recv", NULL);
    for (int i = 0; i < 3; i++) {
        Value v = {0}, ok = {0};
        assert_int_equal(chan_recv(&f->s, r, c, &v, &ok), CHAN_OK);
        assert_int_equal(v.i, i + 1);
        assert_int_equal(ok.i, 1);
        assert_int_equal(snd[i]->status, G_RUNNABLE);
        assert_int_equal(chan_resume(&f->s, snd[i]), CHAN_OK);
    }
    Value v;
    assert_int_equal(chan_tryrecv(&f->s, r, c, &v, NULL), CHAN_WOULDBLOCK);
}

static void test_buffered_fifo_and_full_buffer(void **state)
{
    Fixture *f = *state;
    GoChan *c = fx_chan(f, 0, 2);
    G *g = fx_g(f, "main.main", NULL);
    assert_int_equal(chan_send(&f->s, g, c, vi(1)), CHAN_OK);
    assert_int_equal(chan_send(&f->s, g, c, vi(2)), CHAN_OK);
    assert_int_equal(chan_len(c), 2);
    assert_int_equal(chan_cap(c), 2);
    assert_int_equal(chan_trysend(&f->s, g, c, vi(9)), CHAN_WOULDBLOCK);
    G *s3 = fx_g(f, "send3", NULL);
    assert_int_equal(chan_send(&f->s, s3, c, vi(3)), CHAN_BLOCKED);
    /* receiving from a full buffer with a parked sender: head out, sender's value in */
    G *r = fx_g(f, "recv", NULL);
    Value v = {0};
    for (int want = 1; want <= 3; want++) {
        assert_int_equal(chan_recv(&f->s, r, c, &v, NULL), CHAN_OK);
        assert_int_equal(v.i, want);
        if (want == 1) {
            assert_int_equal(s3->status, G_RUNNABLE);
            assert_int_equal(chan_len(c), 2);
        }
    }
    assert_int_equal(chan_len(c), 0);
    assert_int_equal(chan_tryrecv(&f->s, r, c, &v, NULL), CHAN_WOULDBLOCK);
    /* wrap around the ring many times */
    for (int i = 0; i < 50; i++) {
        assert_int_equal(chan_send(&f->s, g, c, vi(i)), CHAN_OK);
        assert_int_equal(chan_recv(&f->s, r, c, &v, NULL), CHAN_OK);
        assert_int_equal(v.i, i);
    }
}

static void test_close_wakes_every_receiver_with_zero_and_not_ok(void **state)
{
    Fixture *f = *state;
    GoChan *c = fx_chan(f, 0, 0);
    G *r[3];
    Value slot[3], ok[3];
    int64_t ids[16];
    for (int i = 0; i < 3; i++) r[i] = fx_g(f, "recv", NULL);
    G *closer = fx_g(f, "closer", NULL);
    drain_order(f, ids, 16);
    for (int i = 0; i < 3; i++) {
        slot[i].i = 77;
        ok[i].i = 1;
        assert_int_equal(chan_recv(&f->s, r[i], c, &slot[i], &ok[i]), CHAN_BLOCKED);
    }
    assert_int_equal(chan_close(&f->s, closer, c), CHAN_OK);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(slot[i].i, 0);
        assert_int_equal(ok[i].i, 0);
        assert_int_equal(r[i]->status, G_RUNNABLE);
    }
    /* Go's closechan readies a LIFO list, each goready taking runnext:
       the first waiter runs next, then the others in reverse order. */
    int n = drain_order(f, ids, 16);
    assert_int_equal(n, 3);
    assert_int_equal(ids[0], r[0]->id);
    assert_int_equal(ids[1], r[2]->id);
    assert_int_equal(ids[2], r[1]->id);
    /* later receives: zero, not ok, at once */
    Value v = {.i = 5}, okv = {.i = 1};
    assert_int_equal(chan_recv(&f->s, closer, c, &v, &okv), CHAN_OK);
    assert_int_equal(v.i, 0);
    assert_int_equal(okv.i, 0);
}

static void test_close_keeps_buffered_values(void **state)
{
    Fixture *f = *state;
    GoChan *c = fx_chan(f, 0, 3);
    G *g = fx_g(f, "main.main", NULL);
    chan_send(&f->s, g, c, vi(4));
    chan_send(&f->s, g, c, vi(5));
    assert_int_equal(chan_close(&f->s, g, c), CHAN_OK);
    Value v, ok;
    assert_int_equal(chan_recv(&f->s, g, c, &v, &ok), CHAN_OK);
    assert_int_equal(v.i, 4);
    assert_int_equal(ok.i, 1);
    assert_int_equal(chan_recv(&f->s, g, c, &v, &ok), CHAN_OK);
    assert_int_equal(v.i, 5);
    assert_int_equal(chan_recv(&f->s, g, c, &v, &ok), CHAN_OK);
    assert_int_equal(ok.i, 0);
}

static void test_send_on_closed_panics(void **state)
{
    Fixture *f = *state;
    GoChan *c = fx_chan(f, 0, 1);
    G *g = fx_g(f, "main.main", NULL);
    chan_close(&f->s, g, c);
    assert_int_equal(chan_send(&f->s, g, c, vi(1)), CHAN_PANIC);
    assert_string_equal(fx_panic_text(g), "send on closed channel");
}

static void test_close_panics(void **state)
{
    Fixture *f = *state;
    G *g = fx_g(f, "main.main", NULL);
    assert_int_equal(chan_close(&f->s, g, NULL), CHAN_PANIC);
    assert_string_equal(fx_panic_text(g), "close of nil channel");
    G *h = fx_g(f, "main.main.func1", NULL);
    GoChan *c = fx_chan(f, 0, 0);
    assert_int_equal(chan_close(&f->s, h, c), CHAN_OK);
    assert_int_equal(chan_close(&f->s, h, c), CHAN_PANIC);
    assert_string_equal(fx_panic_text(h), "close of closed channel");
}

static void test_blocked_sender_panics_when_channel_closed(void **state)
{
    Fixture *f = *state;
    GoChan *c = fx_chan(f, 0, 0);
    G *snd = fx_g(f, "sender", NULL);
    G *closer = fx_g(f, "closer", NULL);
    assert_int_equal(chan_send(&f->s, snd, c, vi(1)), CHAN_BLOCKED);
    assert_int_equal(chan_close(&f->s, closer, c), CHAN_OK);
    assert_int_equal(snd->status, G_RUNNABLE);
    assert_null(snd->panic);                 /* panics only when it runs again */
    assert_int_equal(chan_resume(&f->s, snd), CHAN_PANIC);
    assert_string_equal(fx_panic_text(snd), "send on closed channel");
    assert_int_equal(chan_resume(&f->s, snd), CHAN_OK);   /* only once */
}

static void test_nil_channel_blocks_forever(void **state)
{
    Fixture *f = *state;
    G *a = fx_g(f, "a", NULL), *b = fx_g(f, "b", NULL);
    assert_int_equal(chan_send(&f->s, a, NULL, vi(1)), CHAN_BLOCKED);
    assert_string_equal(a->waitreason, "chan send (nil chan)");
    Value v;
    assert_int_equal(chan_recv(&f->s, b, NULL, &v, NULL), CHAN_BLOCKED);
    assert_string_equal(b->waitreason, "chan receive (nil chan)");
    assert_int_equal(chan_trysend(&f->s, a, NULL, vi(1)), CHAN_WOULDBLOCK);
    assert_int_equal(chan_tryrecv(&f->s, a, NULL, &v, NULL), CHAN_WOULDBLOCK);
    assert_int_equal(chan_len(NULL), 0);
    assert_int_equal(chan_cap(NULL), 0);
}

static void test_woken_goroutine_goes_to_runnext(void **state)
{
    Fixture *f = *state;
    Sched *sc = sched_of(&f->s);
    GoChan *c = fx_chan(f, 0, 0);
    G *r1 = fx_g(f, "r1", NULL), *r2 = fx_g(f, "r2", NULL);
    G *other = fx_g(f, "other", NULL), *snd = fx_g(f, "snd", NULL);
    assert_ptr_equal(sc->runnext, snd);        /* newproc puts the newest in runnext */
    int64_t ids[8];
    assert_int_equal(drain_order(f, ids, 8), 4);
    assert_int_equal(ids[1], r1->id);          /* the kicked ones in creation order */
    Value v;
    chan_recv(&f->s, r1, c, &v, NULL);
    chan_recv(&f->s, r2, c, &v, NULL);
    sched_ready(&f->s, other, NULL, false);    /* runq: [other] */
    assert_int_equal(chan_send(&f->s, snd, c, vi(1)), CHAN_OK);
    assert_ptr_equal(sc->runnext, r1);
    assert_int_equal(chan_send(&f->s, snd, c, vi(2)), CHAN_OK);
    /* r2 takes runnext, r1 is kicked to the tail behind `other` */
    assert_int_equal(drain_order(f, ids, 8), 3);
    assert_int_equal(ids[0], r2->id);
    assert_int_equal(ids[1], other->id);
    assert_int_equal(ids[2], r1->id);
}

static void test_makechan_negative_size_panics(void **state)
{
    Fixture *f = *state;
    G *g = fx_g(f, "main.main", NULL);
    f->s.cur = g;
    assert_null(chan_make(&f->s, g, f->s.types.t_int, -1, NULL));
    assert_string_equal(fx_panic_text(g), "makechan: size out of range");
    GoChan *a = chan_make(&f->s, g, f->s.types.t_int, 0, "a");
    GoChan *b = chan_make(&f->s, g, f->s.types.t_int, 4, NULL);
    assert_int_equal(a->id, 1);
    assert_int_equal(b->id, 2);
    assert_int_equal(b->creator, g->id);
    assert_ptr_equal(sched_of(&f->s)->chans[1], b);
    f->s.cur = NULL;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_unbuffered_receivers_served_fifo, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_unbuffered_senders_served_fifo, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_buffered_fifo_and_full_buffer, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_close_wakes_every_receiver_with_zero_and_not_ok, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_close_keeps_buffered_values, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_send_on_closed_panics, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_close_panics, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_blocked_sender_panics_when_channel_closed, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_nil_channel_blocks_forever, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_woken_goroutine_goes_to_runnext, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_makechan_negative_size_panics, fx_setup, fx_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
