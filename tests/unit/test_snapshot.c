/* test_snapshot.c - the UI's picture of a run (sim/snapshot.h) at known
 * steps of a small program: goroutine states, channel buffers and queues,
 * the select a goroutine is parked in, and that a snapshot outlives replay. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "sim.h"
#include "sched.h"
#include "event.h"
#include "step.h"
#include "snapshot.h"

static const char *const PROG =
    "package main\n"                               /* 1 */
    "\n"
    "func send(c chan string, v string) {\n"       /* 3 */
    "\tc <- v\n"                                   /* 4 */
    "}\n"
    "\n"
    "func main() {\n"                              /* 7 */
    "\tbuf := make(chan int, 3)\n"                 /* 8 */
    "\tbuf <- 1\n"
    "\tbuf <- 2\n"                                 /* 10 */
    "\tunb := make(chan string)\n"
    "\tgo send(unb, \"a\")\n"                      /* 12 */
    "\tgo send(unb, \"b\")\n"
    "\tquit := make(chan bool)\n"                  /* 14 */
    "\tnever := make(chan int)\n"
    "\tgo func() {\n"                              /* 16 */
    "\t\tselect {\n"
    "\t\tcase <-quit:\n"                           /* 18 */
    "\t\tcase never <- 1:\n"
    "\t\t}\n"
    "\t}()\n"
    "\tdone := make(chan struct{})\n"              /* 22 */
    "\t<-done\n"                                   /* 23 */
    "}\n";

static Stepper *new_stepper(void)
{
    SimConfig cfg = { .seed = 7 };
    Stepper *st = stepper_new("snap.go", PROG, strlen(PROG), &cfg);
    assert_true(stepper_loaded(st));
    return st;
}

static const SnapChan *chan_named(const Snapshot *sn, const char *name)
{
    for (int i = 0; i < sn->nchans; i++)
        if (sn->chans[i].name && strcmp(sn->chans[i].name, name) == 0) return &sn->chans[i];
    fail_msg("no channel %s", name);
    return NULL;
}

/* main has blocked on <-done; the three goroutines have not run yet. */
static void test_snapshot_main_blocked(void **state)
{
    Stepper *st = new_stepper();
    StepCond c = { .until = UNTIL_BLOCK, .g = 1 };
    assert_int_equal(stepper_run(st, &c), STOP_MATCHED);
    Snapshot sn;
    snapshot_of_stepper(st, &sn);
    assert_int_equal(sn.ngs, 4);
    assert_int_equal(sn.gs[0].id, 1);
    assert_int_equal(sn.gs[0].status, G_WAITING);
    assert_string_equal(sn.gs[0].state, "chan receive");
    assert_int_equal(sn.gs[0].line, 23);
    assert_string_equal(sn.gs[0].frames[0].func, "main.main");
    assert_int_equal(sn.gs[0].waitchan, chan_named(&sn, "done")->id);
    for (int i = 1; i < 4; i++) {
        assert_int_equal(sn.gs[i].status, G_RUNNABLE);
        assert_string_equal(sn.gs[i].state, "runnable");
        assert_int_equal(sn.gs[i].creator, 1);
    }
    assert_string_equal(sn.gs[1].startfn, "main.send");
    assert_int_equal(sn.gs[1].created_line, 12);
    assert_int_equal(sn.nblocked, 1);
    assert_int_equal(sn.nrunnable, 3);
    const SnapChan *b = chan_named(&sn, "buf");
    assert_string_equal(b->elemtype, "int");
    assert_int_equal(b->len, 2);
    assert_int_equal(b->cap, 3);
    assert_string_equal(b->vals[0], "1");
    assert_string_equal(b->vals[1], "2");
    assert_int_equal(strncmp(chan_named(&sn, "done")->elemtype, "struct", 6), 0);
    assert_int_equal(chan_named(&sn, "done")->nrecvq, 1);
    assert_int_equal(chan_named(&sn, "done")->recvq[0], 1);
    assert_int_equal(sn.step, stepper_pos(st));
    assert_false(sn.ended);
    snapshot_free(&sn);
    stepper_free(st);
}

/* At the deadlock every goroutine is parked: queues in order, the select. */
static void test_snapshot_deadlock(void **state)
{
    Stepper *st = new_stepper();
    StepCond c = { .until = UNTIL_DEADLOCK };
    assert_int_equal(stepper_run(st, &c), STOP_MATCHED);
    Snapshot sn;
    snapshot_of_stepper(st, &sn);
    assert_true(sn.ended);
    assert_int_equal(sn.result, SIM_FATAL);
    assert_int_equal(sn.total, sn.step);
    assert_non_null(strstr(stepper_output(st, NULL), "all goroutines are asleep - deadlock!"));
    assert_string_equal(sn.gs[1].state, "chan send");
    assert_string_equal(sn.gs[2].state, "chan send");
    assert_string_equal(sn.gs[3].state, "select");
    assert_int_equal(sn.nblocked, 4);
    const SnapChan *u = chan_named(&sn, "unb");
    assert_string_equal(u->elemtype, "string");
    assert_int_equal(u->nsendq, 2);
    /* G4 was created last, so ran first; then G2 and G3 from the queue */
    assert_int_equal(u->sendq[0], 2);
    assert_int_equal(u->sendq[1], 3);
    assert_int_equal(u->nrecvq, 0);
    const SnapG *g4 = &sn.gs[3];
    assert_true(g4->has_select);
    assert_true(g4->sel.parked);
    assert_int_equal(g4->sel.ncases, 2);
    assert_int_equal(g4->sel.chosen, -2);
    assert_false(g4->sel.has_default);
    assert_false(g4->sel.cases[0].isSend);
    assert_string_equal(g4->sel.cases[0].chname, "quit");
    assert_false(g4->sel.cases[0].ready);
    assert_string_equal(g4->sel.cases[0].why, "no sender");
    assert_true(g4->sel.cases[1].isSend);
    assert_string_equal(g4->sel.cases[1].chname, "never");
    assert_string_equal(g4->sel.cases[1].why, "no receiver");
    assert_int_equal(chan_named(&sn, "quit")->recvq[0], 4);
    assert_int_equal(chan_named(&sn, "never")->sendq[0], 4);
    assert_string_equal(g4->frames[0].func, "main.main.func1");
    /* the snapshot owns its memory: it survives a replay and the Sim */
    stepper_goto(st, 3);
    assert_string_equal(chan_named(&sn, "unb")->elemtype, "string");
    assert_string_equal(sn.gs[3].sel.cases[0].why, "no sender");
    snapshot_free(&sn);
    stepper_free(st);
}

/* Contexts and WaitGroups: read through their types.  The library will
 * call sched_track when it makes a context; here the test tracks the
 * program's context globals itself. */
static const char *const PROG_CTX =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"context\"\n"
    "\t\"fmt\"\n"
    "\t\"sync\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "var root, child, timed context.Context\n"
    "var stopChild context.CancelFunc\n"
    "\n"
    "func main() {\n"
    "\troot, _ = context.WithCancel(context.Background())\n"
    "\tchild, stopChild = context.WithCancel(root)\n"
    "\ttimed, _ = context.WithTimeout(child, 500*time.Millisecond)\n"
    "\t<-timed.Done()\n"
    "\tstopChild()\n"
    "\tvar wg sync.WaitGroup\n"
    "\twg.Add(2)\n"
    "\tblock := make(chan int)\n"
    "\tfor i := 0; i < 2; i++ {\n"
    "\t\tgo func() { <-block; wg.Done() }()\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tfmt.Println(timed.Err())\n"
    "}\n";

static void test_snapshot_contexts_waitgroups(void **state)
{
    SimConfig cfg = { .seed = 1 };
    Stepper *st = stepper_new("ctx.go", PROG_CTX, strlen(PROG_CTX), &cfg);
    if (!stepper_loaded(st)) {
        diags_print(&stepper_sim(st)->diags, stderr);
        fail();
    }
    StepCond c = { .until = UNTIL_BLOCK, .g = 1 };
    assert_int_equal(stepper_run(st, &c), STOP_MATCHED);   /* <-timed.Done() */
    Sim *s = stepper_sim(st);
    /* package context tracks every context it makes (context.track) */
    Snapshot sn;
    snapshot_take(s, &sn);
    /* root, child, timed (creation order), then Background as a root */
    assert_int_equal(sn.nctxs, 4);
    assert_string_equal(sn.ctxs[0].kind, "cancelCtx");
    assert_int_equal(sn.ctxs[0].parent, 4);
    assert_non_null(strstr(sn.ctxs[3].kind, "emptyCtx"));
    assert_int_equal(sn.ctxs[3].parent, 0);
    assert_int_equal(sn.ctxs[1].parent, 1);
    assert_string_equal(sn.ctxs[2].kind, "timerCtx");
    assert_int_equal(sn.ctxs[2].parent, 2);
    assert_int_equal(sn.ctxs[2].deadline, 500000000);
    /* named after the package variables they were stored in */
    assert_string_equal(sn.ctxs[0].label, "root");
    assert_string_equal(sn.ctxs[1].label, "child");
    assert_string_equal(sn.ctxs[2].label, "timed");
    assert_string_equal(sn.ctxs[3].label, "context.Background or context.TODO");
    assert_false(sn.ctxs[2].cancelled);
    assert_true(sn.ctxs[2].donechan > 0);
    assert_int_equal(sn.ntimers, 1);
    assert_int_equal(sn.timers[0].when, 500000000);
    snapshot_free(&sn);
    /* after the deadline: timed is cancelled, its parent not */
    c = (StepCond){ .until = UNTIL_BLOCK, .g = 1 };
    assert_int_equal(stepper_run(st, &c), STOP_MATCHED);    /* wg.Wait() */
    snapshot_take(s, &sn);
    assert_true(sn.ctxs[2].cancelled);
    assert_string_equal(sn.ctxs[2].err, "context deadline exceeded");
    assert_true(sn.ctxs[1].cancelled);                      /* stopChild() */
    assert_string_equal(sn.ctxs[1].err, "context canceled");
    assert_false(sn.ctxs[0].cancelled);
    assert_null(sn.ctxs[0].err);
    assert_string_equal(sn.gs[0].state, "sync.WaitGroup.Wait");
    assert_int_equal(sn.nwgs, 1);
    assert_string_equal(sn.wgs[0].label, "wg");
    assert_int_equal(sn.wgs[0].counter, 2);
    assert_int_equal(sn.wgs[0].nwaiters, 1);
    assert_int_equal(sn.wgs[0].waiters[0], 1);
    snapshot_free(&sn);
    stepper_free(st);
}

static void test_render(void **state)
{
    TypeTable tt;
    types_init(&tt);
    char buf[64];
    snapshot_render(tt.t_int, (Value){ .i = -42 }, buf, sizeof buf);
    assert_string_equal(buf, "-42");
    snapshot_render(tt.t_bool, (Value){ .i = 1 }, buf, sizeof buf);
    assert_string_equal(buf, "true");
    snapshot_render(tt.t_any, (Value){ .p = NULL }, buf, sizeof buf);
    assert_string_equal(buf, "nil");
    char small[8];
    snapshot_render(tt.t_int, (Value){ .i = 1234567890123 }, small, sizeof small);
    assert_string_equal(small, "1234...");
    types_free(&tt);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_snapshot_main_blocked),
        cmocka_unit_test(test_snapshot_deadlock),
        cmocka_unit_test(test_snapshot_contexts_waitgroups),
        cmocka_unit_test(test_render),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
