/* test_render.c - what the café screen shows (ui/view*.c): the views render
 * snapshots of small programs at known steps into the text model, and the
 * tests read the lines a learner reads: a barista waiting "[chan receive]",
 * a channel's buffer slots and queue, the Select pane's "won" line, the
 * layouts at 120x40, 80x24 and too small, and the plain-text back end.
 * The view sources are compiled in here (they never include curses). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "../../ui/view_text.c"
#include "../../ui/view_words.c"
#include "../../ui/view.c"
#include "../../ui/view_panes.c"
#include "../../ui/view_cmd.c"
#include "../../ui/plain.c"

static const char *const POLL =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"context\"\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func pollService(ctx context.Context, done chan struct{}) {\n"   /* 9 */
    "\tdefer close(done)\n"
    "\tfor {\n"
    "\t\tselect {\n"                                                   /* 12 */
    "\t\tcase <-ctx.Done():\n"
    "\t\t\treturn\n"
    "\t\tcase <-time.After(500 * time.Millisecond):\n"
    "\t\t\tfmt.Println(\"Polling...\")\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "\n"
    "func main() {\n"                                                  /* 21 */
    "\tctx, cancel := context.WithCancel(context.Background())\n"
    "\tdone := make(chan struct{})\n"
    "\tgo pollService(ctx, done)\n"                                    /* 24 */
    "\ttime.Sleep(1200 * time.Millisecond)\n"
    "\tcancel()\n"
    "\t<-done\n"                                                       /* 27 */
    "\tfmt.Println(\"Goroutine stopped cleanly\")\n"
    "}\n";

static const char *const QUEUE =
    "package main\n"
    "\n"
    "func main() {\n"
    "\tjobs := make(chan int, 3)\n"                                    /* 4 */
    "\tjobs <- 1\n"
    "\tjobs <- 2\n"
    "\tresults := make(chan int)\n"                                    /* 7 */
    "\tgo func() { results <- 7 }()\n"                                 /* 8 */
    "\tgo func() { results <- 8 }()\n"
    "\tdone := make(chan bool)\n"                                      /* 10 */
    "\t<-done\n"
    "}\n";

static const char *const RANDOM =
    "package main\n"
    "\n"
    "func main() {\n"
    "\ta := make(chan int, 1)\n"
    "\tb := make(chan int, 1)\n"
    "\ta <- 1\n"
    "\tb <- 2\n"
    "\tselect {\n"                                                     /* 8 */
    "\tcase x := <-a:\n"
    "\t\tprintln(x)\n"
    "\tcase y := <-b:\n"
    "\t\tprintln(y)\n"
    "\t}\n"
    "}\n";

#include "view_fixture.h"

static Fixture *fixture(const char *src, uint64_t seed) { return fixture_of(src, seed); }

static void run_until(Fixture *f, StepUntil u, int64_t g)
{
    StepCond c = { .until = u, .g = g };
    StepStop r = stepper_run(f->st, &c);
    assert_int_equal(r, u == UNTIL_END ? STOP_ENDED : STOP_MATCHED);
    view_refresh(&f->v);
}

static void test_barista_waiting_on_done_says_chan_receive(void **state)
{
    Fixture *f = fixture(POLL, 1);
    StepCond c = { .until = UNTIL_LINE, .lines = (const int32_t[]){ 27 }, .nlines = 1 };
    assert_int_equal(stepper_run(f->st, &c), STOP_MATCHED);
    run_until(f, UNTIL_BLOCK, 1);
    char *cafe = pane_text(f, PANE_CAFE, 90, 10);
    assert_contains(cafe, "G1 main");
    assert_contains(cafe, "waiting at the pass for done [chan receive]");
    assert_contains(cafe, "G2 pollService  (started by G1 at line 24)");
    free(cafe);
    fixture_free(f);
}

static void test_barista_in_select_watches_ctx_done_and_time_after(void **state)
{
    Fixture *f = fixture(POLL, 1);
    run_until(f, UNTIL_BLOCK, 2);
    char *cafe = pane_text(f, PANE_CAFE, 90, 10);
    assert_contains(cafe, "watching 2 things: ctx.Done(), time.After [select]");
    assert_contains(cafe, "steaming milk, 1.2s left [sleep]");
    free(cafe);
    char *sel = pane_text(f, PANE_SELECT, 90, 6);
    assert_contains(sel, "Select · G2 at line 12");
    assert_contains(sel, "<-ctx.Done()");
    assert_contains(sel, "not ready");
    assert_contains(sel, "waiting: no case is ready");
    free(sel);
    fixture_free(f);
}

static void test_select_pane_says_which_case_won_and_why(void **state)
{
    Fixture *f = fixture(POLL, 1);
    run_until(f, UNTIL_BLOCK, 2);
    run_until(f, UNTIL_G_EVENT, 2);     /* the timer's value wakes G2 */
    StepCond c = { .until = UNTIL_TIME, .time = 500000000 };
    stepper_run(f->st, &c);
    for (int i = 0; i < 6; i++) stepper_step(f->st);
    view_refresh(&f->v);
    char *sel = pane_text(f, PANE_SELECT, 100, 6);
    assert_contains(sel, "won: case 1 <-time.After(…): it became ready while G2 waited");
    free(sel);
    fixture_free(f);
}

static void test_select_random_choice_names_the_seed(void **state)
{
    Fixture *f = fixture(RANDOM, 7);
    run_until(f, UNTIL_END, 0);
    char *sel = pane_text(f, PANE_SELECT, 110, 6);
    assert_contains(sel, "ready");
    assert_contains(sel, "chosen at random among 2 ready cases (seed 7)");
    free(sel);
    fixture_free(f);
}

static void test_channel_pane_shows_slots_and_senders_queue(void **state)
{
    Fixture *f = fixture(QUEUE, 1);
    run_until(f, UNTIL_DEADLOCK, 0);
    char *ch = pane_text(f, PANE_CHANNELS, 100, 6);
    assert_contains(ch, "jobs        chan int      [1|2|□] 2/3  open");
    assert_contains(ch, "results     chan int      unbuffered  open  senders waiting: G3 G2");
    free(ch);
    char *cafe = pane_text(f, PANE_CAFE, 100, 10);
    assert_contains(cafe, "holding a cup for results that nobody takes [chan send]");
    free(cafe);
    fixture_free(f);
}

static void test_log_says_cancel_closes_ctx_done(void **state)
{
    Fixture *f = fixture(POLL, 1);
    run_until(f, UNTIL_END, 0);
    char *log = pane_text(f, PANE_LOG, 110, 60);
    assert_contains(log, "G1 takes the counter");
    assert_contains(log, "go statement: hires G2");
    assert_contains(log, "sends the time on time.After: handed straight to G2");
    assert_contains(log, "t=1.200s G1 cancel() closes ctx.Done(): wakes G2");
    assert_contains(log, "t=1.200s G2 close(done): wakes G1");
    free(log);
    fixture_free(f);
}

static void test_layout_120x40_shows_every_pane_and_the_status(void **state)
{
    Fixture *f = fixture(POLL, 1);
    run_until(f, UNTIL_BLOCK, 2);
    char *s = screen_text(f, 120, 40);
    assert_contains(s, "gocafe prog.go  seed 1  step ");
    assert_contains(s, "┌ prog.go ");
    assert_contains(s, "┌ Café · 2 baristas");
    assert_contains(s, "┌ Select · G2");
    assert_contains(s, "┌ Channels");
    assert_contains(s, "┌ Time · contexts");
    assert_contains(s, "┌ Log");
    assert_contains(s, "gocafe> ");
    free(s);
    s = screen_text(f, 80, 24);
    assert_contains(s, "┌ Café");
    assert_contains(s, "┌ Select");
    assert_contains(s, "┌ Log");
    free(s);
    s = screen_text(f, 60, 16);               /* compact: tabs */
    assert_contains(s, "2 Café");
    free(s);
    s = screen_text(f, 30, 10);
    assert_contains(s, "gocafe needs 40x12;");
    assert_contains(s, "this terminal is 30x10.");
    free(s);
    fixture_free(f);
}

static void test_commands_step_back_focus_and_pick(void **state)
{
    Fixture *f = fixture(RANDOM, 7);
    View *v = &f->v;
    uint64_t start = v->sn.step;
    assert_int_equal(view_command(v, "step 3", NULL), CMD_OK);
    assert_true(v->sn.step > start);
    uint64_t at = v->sn.step;
    view_command(v, "back", NULL);
    assert_true(v->sn.step < at);
    view_command(v, "focus G1", NULL);
    assert_int_equal(v->focus, 1);
    view_command(v, "continue", NULL);
    assert_true(v->sn.ended);
    view_command(v, "pick", NULL);
    assert_contains(v->msg, "G1's select had 2 ready cases");
    int chosen = v->sn.gs[0].sel.chosen;
    char cmd[32];
    snprintf(cmd, sizeof cmd, "pick case %d", 1 - chosen);
    view_command(v, cmd, NULL);
    assert_contains(v->msg, "you picked");
    assert_int_equal(v->sn.gs[0].sel.chosen, 1 - chosen);
    assert_int_equal(v->sn.gs[0].sel.how, SEL_FORCED);
    assert_int_equal(view_command(v, "quit", NULL), CMD_QUIT);
    view_command(v, "frobnicate", NULL);
    assert_true(v->msg_error);
    fixture_free(f);
}

static void test_plain_back_end_prints_every_step_without_commands(void **state)
{
    Fixture *f = fixture(POLL, 1);
    FILE *in = tmpfile(), *out = tmpfile();
    plain_run(&f->v, in, out, 100);
    long n = ftell(out);
    rewind(out);
    char *text = calloc(1, (size_t)n + 1);
    assert_int_equal(fread(text, 1, (size_t)n, out), (size_t)n);
    assert_contains(text, "the end: main returned");
    assert_contains(text, "watching 2 things: ctx.Done(), time.After [select]");
    assert_contains(text, "won: case 1 <-time.After(…)");
    free(text);
    fclose(in);
    fclose(out);
    fixture_free(f);
}

/* The context tree as package context reports it (it tracks each context
 * it makes), root first, children indented below their parent. */
static void test_time_pane_draws_the_context_tree_with_err(void **state)
{
    Fixture *f = fixture(POLL, 1);
    run_until(f, UNTIL_BLOCK, 2);
    char *t = pane_text(f, PANE_TIME, 90, 8);
    assert_contains(t, "clock t=0.000s   2 timers pending");
    assert_contains(t, "t=0.500s  time.After sends the time (made by G2)");
    assert_contains(t, "t=1.200s  G1's time.Sleep ends");
    assert_contains(t, "  context.Background or context.TODO  live");
    assert_contains(t, "    └ ctx  WithCancel  live");
    free(t);
    /* a synthetic child of the cancelled context inherits its Err() */
    Snapshot *sn = &f->v.sn;
    int64_t parent = sn->ctxs[0].parent ? sn->ctxs[0].parent : sn->ctxs[0].id;
    for (int i = 0; i < sn->nctxs; i++)
        if (strcmp(sn->ctxs[i].kind, "cancelCtx") == 0) {
            sn->ctxs[i].cancelled = true;
            sn->ctxs[i].err = "context canceled";
            parent = sn->ctxs[i].id;
        }
    SnapCtx *c = snapshot_add_ctx(sn);
    c->parent = parent;
    c->kind = "valueCtx";
    c->deadline = -1;
    t = pane_text(f, PANE_TIME, 90, 10);
    assert_contains(t, "    └ ctx  WithCancel  cancelled, Err() = context canceled");
    assert_contains(t, "      └ WithValue  cancelled through its parent, Err() = context canceled");
    free(t);
    fixture_free(f);
}

static void test_ascii_fallback_draws_frames_with_plus_and_dash(void **state)
{
    TextBuf tb;
    tb_init(&tb, 20, 3);
    tb_box(&tb, 0, 0, 20, 3, "Café", NULL, false);
    char row[128];
    tb_row_text(&tb, 0, true, row, sizeof row);
    assert_string_equal(row, "+ Cafe ------------+");
    tb_row_text(&tb, 0, false, row, sizeof row);
    assert_string_equal(row, "┌ Café ────────────┐");
    tb_free(&tb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_barista_waiting_on_done_says_chan_receive),
        cmocka_unit_test(test_barista_in_select_watches_ctx_done_and_time_after),
        cmocka_unit_test(test_select_pane_says_which_case_won_and_why),
        cmocka_unit_test(test_select_random_choice_names_the_seed),
        cmocka_unit_test(test_channel_pane_shows_slots_and_senders_queue),
        cmocka_unit_test(test_log_says_cancel_closes_ctx_done),
        cmocka_unit_test(test_layout_120x40_shows_every_pane_and_the_status),
        cmocka_unit_test(test_commands_step_back_focus_and_pick),
        cmocka_unit_test(test_plain_back_end_prints_every_step_without_commands),
        cmocka_unit_test(test_time_pane_draws_the_context_tree_with_err),
        cmocka_unit_test(test_ascii_fallback_draws_frames_with_plus_and_dash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
