/* test_snapshot_names.c - contexts and WaitGroups carry the name of the
 * variable they were first stored in (OP_NAMEOBJ -> SnapCtx.label,
 * SnapWG.label): the article's pollService program, nested WithTimeout /
 * WithCancel through goroutine parameters, struct fields, WaitGroups as
 * locals, globals, pointers and struct fields. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "sim.h"
#include "sched.h"
#include "step.h"
#include "snapshot.h"

static Stepper *load(const char *name, const char *src)
{
    SimConfig cfg = { .seed = 1 };
    Stepper *st = stepper_new(name, src, strlen(src), &cfg);
    if (!stepper_loaded(st)) {
        diags_print(&stepper_sim(st)->diags, stderr);
        fail();
    }
    return st;
}

static void run_until_block(Stepper *st, int64_t g)
{
    StepCond c = { .until = UNTIL_BLOCK, .g = g };
    assert_int_equal(stepper_run(st, &c), STOP_MATCHED);
}

static const SnapCtx *ctx_labelled(const Snapshot *sn, const char *label)
{
    for (int i = 0; i < sn->nctxs; i++)
        if (sn->ctxs[i].label && strcmp(sn->ctxs[i].label, label) == 0) return &sn->ctxs[i];
    fail_msg("no context named %s", label);
    return NULL;
}

static const SnapCtx *ctx_by_id(const Snapshot *sn, int64_t id)
{
    for (int i = 0; i < sn->nctxs; i++)
        if (sn->ctxs[i].id == id) return &sn->ctxs[i];
    fail_msg("no context #%lld", (long long)id);
    return NULL;
}

static const SnapWG *wg_labelled(const Snapshot *sn, const char *label)
{
    for (int i = 0; i < sn->nwgs; i++)
        if (sn->wgs[i].label && strcmp(sn->wgs[i].label, label) == 0) return &sn->wgs[i];
    fail_msg("no WaitGroup named %s", label);
    return NULL;
}

static int count_labelled(const Snapshot *sn, const char *label)
{
    int n = 0;
    for (int i = 0; i < sn->nctxs; i++)
        if (sn->ctxs[i].label && strcmp(sn->ctxs[i].label, label) == 0) n++;
    return n;
}

/* lessons/04-stopping.md, as the article has it */
static const char *const POLL =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"context\"\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "// pollService runs a loop until the context is cancelled.\n"
    "func pollService(ctx context.Context, done chan struct{}) {\n"
    "\tdefer close(done) // Signal the caller when cleanup finishes.\n"
    "\tfor {\n"
    "\t\tselect {\n"
    "\t\tcase <-ctx.Done():\n"
    "\t\t\treturn\n"
    "\t\tcase <-time.After(500 * time.Millisecond):\n"
    "\t\t\tfmt.Println(\"Polling...\")\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "func main() {\n"
    "\tctx, cancel := context.WithCancel(context.Background())\n"
    "\tdone := make(chan struct{})\n"
    "\tgo pollService(ctx, done)\n"
    "\ttime.Sleep(1200 * time.Millisecond)\n"
    "\tcancel()\n"
    "\t<-done\n"
    "\tfmt.Println(\"Goroutine stopped cleanly\")\n"
    "}\n";

static void test_poll_service_ctx_is_named_ctx(void **state)
{
    Stepper *st = load("poll.go", POLL);
    run_until_block(st, 2);                       /* G2 parks in its select */
    Snapshot sn;
    snapshot_of_stepper(st, &sn);
    assert_int_equal(sn.nctxs, 2);
    const SnapCtx *c = ctx_labelled(&sn, "ctx");
    assert_string_equal(c->kind, "cancelCtx");
    assert_false(c->cancelled);
    assert_true(c->donechan > 0);                 /* G2 waits on ctx.Done() */
    const SnapCtx *root = ctx_by_id(&sn, c->parent);
    assert_int_equal(root->parent, 0);
    assert_string_equal(root->label, "context.Background or context.TODO");
    assert_int_equal(sn.nwgs, 0);
    snapshot_free(&sn);
    /* after cancel(): the same name, cancelled */
    StepCond end = { .until = UNTIL_END };
    stepper_run(st, &end);
    snapshot_of_stepper(st, &sn);
    c = ctx_labelled(&sn, "ctx");
    assert_true(c->cancelled);
    assert_string_equal(c->err, "context canceled");
    snapshot_free(&sn);
    stepper_free(st);
}

/* Contexts handed down through parameters keep the name they were made
 * with; one never stored in a variable has none; struct fields are
 * "s.ctx"; a reassignment names the new context after the variable too. */
static const char *const NESTED =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"context\"\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "type key string\n"
    "\n"
    "type service struct {\n"
    "\tctx    context.Context\n"
    "\tcancel context.CancelFunc\n"
    "}\n"
    "\n"
    "func worker(parent context.Context, done chan bool) {\n"
    "\tchild, stop := context.WithTimeout(parent, 300*time.Millisecond)\n"
    "\tdefer stop()\n"
    "\tinner, cancelInner := context.WithCancel(child)\n"
    "\tdefer cancelInner()\n"
    "\t<-inner.Done()\n"
    "\tfmt.Println(inner.Err(), parent.Value(key(\"id\")))\n"
    "\tdone <- true\n"
    "}\n"
    "\n"
    "func newService(parent context.Context) *service {\n"
    "\ts := &service{}\n"
    "\ts.ctx, s.cancel = context.WithCancel(parent)\n"
    "\treturn s\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tctx, cancel := context.WithTimeout(context.Background(), time.Second)\n"
    "\tdefer cancel()\n"
    "\tctx, cancel = context.WithCancel(ctx)\n"
    "\tsvc := newService(ctx)\n"
    "\tdone := make(chan bool)\n"
    "\tgo worker(context.WithValue(svc.ctx, key(\"id\"), 7), done)\n"
    "\t<-done\n"
    "}\n";

static void test_nested_timeout_cancel_names(void **state)
{
    Stepper *st = load("nested.go", NESTED);
    run_until_block(st, 2);                       /* the worker: <-inner.Done() */
    Snapshot sn;
    snapshot_of_stepper(st, &sn);
    /* ctx (timer), ctx (cancel), s.ctx, the unnamed WithValue, child, inner,
     * then the Background root */
    assert_int_equal(sn.nctxs, 7);
    assert_int_equal(count_labelled(&sn, "ctx"), 2);
    const SnapCtx *timed = &sn.ctxs[0], *ctx = &sn.ctxs[1];
    assert_string_equal(timed->label, "ctx");
    assert_string_equal(timed->kind, "timerCtx");
    assert_int_equal(timed->deadline, 1000000000);
    assert_string_equal(ctx->label, "ctx");
    assert_string_equal(ctx->kind, "cancelCtx");
    assert_int_equal(ctx->parent, timed->id);
    const SnapCtx *s = &sn.ctxs[2];
    assert_string_equal(s->label, "s.ctx");       /* inside newService */
    assert_int_equal(s->parent, ctx->id);
    const SnapCtx *val = &sn.ctxs[3];
    assert_string_equal(val->kind, "valueCtx");
    assert_null(val->label);                      /* passed straight to worker */
    assert_int_equal(val->parent, s->id);
    const SnapCtx *child = ctx_labelled(&sn, "child");
    assert_string_equal(child->kind, "timerCtx");
    assert_int_equal(child->parent, val->id);     /* worker's `parent` */
    assert_int_equal(child->deadline, 300000000);
    const SnapCtx *inner = ctx_labelled(&sn, "inner");
    assert_int_equal(inner->parent, child->id);
    assert_int_equal(count_labelled(&sn, "parent"), 0);
    snapshot_free(&sn);
    /* the end: child and inner hit their deadline, names unchanged */
    StepCond end = { .until = UNTIL_END };
    stepper_run(st, &end);
    snapshot_of_stepper(st, &sn);
    assert_string_equal(ctx_labelled(&sn, "child")->err, "context deadline exceeded");
    assert_string_equal(ctx_labelled(&sn, "inner")->err, "context deadline exceeded");
    /* main's deferred cancel() reached s.ctx through the tree */
    assert_string_equal(ctx_labelled(&sn, "s.ctx")->err, "context canceled");
    snapshot_free(&sn);
    stepper_free(st);
}

/* WithCancelCause and WithDeadline are named too; a context a helper
 * returns is named after the caller's variable; a package variable. */
static const char *const MORE =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"context\"\n"
    "\t\"errors\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "var base, stopBase = context.WithCancel(context.Background())\n"
    "\n"
    "func deadlineCtx(d time.Duration) (context.Context, context.CancelFunc) {\n"
    "\treturn context.WithDeadline(base, time.Now().Add(d))\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tcause, cancelCause := context.WithCancelCause(base)\n"
    "\tdl, stop := deadlineCtx(time.Second)\n"
    "\tdefer stop()\n"
    "\tcancelCause(errors.New(\"shutting down\"))\n"
    "\t<-cause.Done()\n"
    "\t<-dl.Done()\n"
    "\tstopBase()\n"
    "}\n";

static void test_cause_deadline_helper_global(void **state)
{
    Stepper *st = load("more.go", MORE);
    run_until_block(st, 1);                       /* <-dl.Done() */
    Snapshot sn;
    snapshot_of_stepper(st, &sn);
    const SnapCtx *base = ctx_labelled(&sn, "base");
    const SnapCtx *cause = ctx_labelled(&sn, "cause");
    const SnapCtx *dl = ctx_labelled(&sn, "dl");
    assert_string_equal(cause->kind, "cancelCtx");
    assert_int_equal(cause->parent, base->id);
    assert_true(cause->cancelled);
    assert_string_equal(cause->err, "context canceled");
    assert_string_equal(dl->kind, "timerCtx");
    assert_int_equal(dl->parent, base->id);
    assert_int_equal(dl->deadline, 1000000000);
    snapshot_free(&sn);
    stepper_free(st);
}

/* WaitGroups: a struct field (through a pointer), a local, a pointer made
 * with &sync.WaitGroup{}, a package variable; listed with their counters
 * whether or not anyone waits, the waiter on the one it waits on. */
static const char *const WGS =
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "type pool struct {\n"
    "\tname string\n"
    "\twg   sync.WaitGroup\n"
    "}\n"
    "\n"
    "var global sync.WaitGroup\n"
    "\n"
    "func work(wg *sync.WaitGroup, gate chan int) {\n"
    "\tdefer wg.Done()\n"
    "\t<-gate\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\ts := &pool{name: \"p\"}\n"
    "\tvar wg sync.WaitGroup\n"
    "\tptr := &sync.WaitGroup{}\n"
    "\tgate := make(chan int)\n"
    "\ts.wg.Add(2)\n"
    "\tgo work(&s.wg, gate)\n"
    "\tgo work(&s.wg, gate)\n"
    "\twg.Add(1)\n"
    "\tptr.Add(3)\n"
    "\tglobal.Add(4)\n"
    "\tgo func() { close(gate) }()\n"
    "\ts.wg.Wait()\n"
    "\twg.Done()\n"
    "\tptr.Add(-3)\n"
    "\tglobal.Add(-4)\n"
    "}\n";

static void test_waitgroup_names(void **state)
{
    Stepper *st = load("wgs.go", WGS);
    run_until_block(st, 1);                       /* main in s.wg.Wait() */
    Snapshot sn;
    snapshot_of_stepper(st, &sn);
    assert_string_equal(sn.gs[0].state, "sync.WaitGroup.Wait");
    assert_int_equal(sn.nwgs, 4);
    const SnapWG *sw = wg_labelled(&sn, "s.wg");
    assert_int_equal(sw->counter, 2);
    assert_int_equal(sw->nwaiters, 1);
    assert_int_equal(sw->waiters[0], 1);
    assert_non_null(sw->obj);
    const SnapWG *w = wg_labelled(&sn, "wg");
    assert_int_equal(w->counter, 1);
    assert_int_equal(w->nwaiters, 0);
    assert_int_equal(wg_labelled(&sn, "ptr")->counter, 3);
    assert_int_equal(wg_labelled(&sn, "global")->counter, 4);
    /* the worker's parameter `wg` does not rename s.wg */
    for (int i = 0; i < sn.nwgs; i++) assert_non_null(sn.wgs[i].label);
    snapshot_free(&sn);
    StepCond end = { .until = UNTIL_END };
    stepper_run(st, &end);
    snapshot_of_stepper(st, &sn);
    assert_int_equal(sn.nwgs, 4);
    for (int i = 0; i < sn.nwgs; i++) assert_int_equal(sn.wgs[i].counter, 0);
    snapshot_free(&sn);
    stepper_free(st);
}

/* A WaitGroup never stored in a variable of its own (made inside a slice
 * literal) that a goroutine waits on is still listed, without a name. */
static const char *const WG_ANON =
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "func main() {\n"
    "\twgs := []*sync.WaitGroup{new(sync.WaitGroup)}\n"
    "\twgs[0].Add(1)\n"
    "\tgo wgs[0].Done()\n"
    "\twgs[0].Wait()\n"
    "}\n";

static void test_unnamed_waitgroup_still_listed(void **state)
{
    Stepper *st = load("anon.go", WG_ANON);
    run_until_block(st, 1);
    Snapshot sn;
    snapshot_of_stepper(st, &sn);
    assert_int_equal(sn.nwgs, 1);
    assert_null(sn.wgs[0].label);
    assert_int_equal(sn.wgs[0].counter, 1);
    assert_int_equal(sn.wgs[0].nwaiters, 1);
    snapshot_free(&sn);
    stepper_free(st);
}

/* Replay (back one step) gives the same names: they are rebuilt by the
 * run itself, not remembered by the UI. */
static void test_names_survive_replay(void **state)
{
    Stepper *st = load("poll.go", POLL);
    run_until_block(st, 2);
    uint64_t at = stepper_pos(st);
    assert_int_equal(stepper_back(st), STOP_MATCHED);
    assert_true(stepper_pos(st) < at);
    assert_int_equal(stepper_goto(st, at), STOP_MATCHED);
    Snapshot sn;
    snapshot_of_stepper(st, &sn);
    assert_non_null(ctx_labelled(&sn, "ctx"));
    snapshot_free(&sn);
    stepper_free(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_poll_service_ctx_is_named_ctx),
        cmocka_unit_test(test_nested_timeout_cancel_names),
        cmocka_unit_test(test_cause_deadline_helper_global),
        cmocka_unit_test(test_waitgroup_names),
        cmocka_unit_test(test_unnamed_waitgroup_still_listed),
        cmocka_unit_test(test_names_survive_replay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
