/* test_snapshot_view.c - the names of contexts and WaitGroups (snapshot
 * labels, see test_snapshot_names.c) as the views show them: the Time
 * pane's context tree ("s.ctx  WithCancel  live") and WaitGroups section,
 * the café's "waiting in s.wg.Wait()", ctx.Done() channels named after
 * their context.  The view sources are compiled in (as in test_render.c). */
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

static const char *const PROG =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"context\"\n"
    "\t\"sync\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "type server struct {\n"
    "\tctx    context.Context\n"
    "\tcancel context.CancelFunc\n"
    "\twg     sync.WaitGroup\n"
    "}\n"
    "\n"
    "func worker(parent context.Context, wg *sync.WaitGroup) {\n"
    "\tdefer wg.Done()\n"
    "\tchild, stop := context.WithTimeout(parent, 300*time.Millisecond)\n"
    "\tdefer stop()\n"
    "\t<-child.Done()\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tctx, cancel := context.WithCancel(context.Background())\n"
    "\tdefer cancel()\n"
    "\ts := &server{}\n"
    "\ts.ctx, s.cancel = context.WithCancel(ctx)\n"
    "\tvar wg sync.WaitGroup\n"
    "\twg.Add(1)\n"
    "\ts.wg.Add(2)\n"
    "\tgo worker(s.ctx, &s.wg)\n"
    "\tgo worker(s.ctx, &s.wg)\n"
    "\ts.wg.Wait()\n"
    "\twg.Done()\n"
    "}\n";

#include "view_fixture.h"

static Fixture *fixture(void) { return fixture_of(PROG, 1); }

/* Both workers wait on their child's Done(); main waits in s.wg.Wait(). */
static Fixture *at_workers_blocked(void)
{
    Fixture *f = fixture();
    StepCond c = { .until = UNTIL_BLOCK, .g = 3 };
    assert_int_equal(stepper_run(f->st, &c), STOP_MATCHED);
    view_refresh(&f->v);
    return f;
}

static void test_time_pane_names_the_context_tree(void **state)
{
    Fixture *f = at_workers_blocked();
    char *t = pane_text(f, PANE_TIME, 140, view_pane_rows(&f->v, PANE_TIME, 138) + 2);
    assert_contains(t, "  context.Background or context.TODO  live");
    assert_contains(t, "    └ ctx  WithCancel  live");
    assert_contains(t, "      └ s.ctx  WithCancel  live");
    /* made in worker from its `parent`: named child, under s.ctx */
    assert_contains(t, "        └ child  WithTimeout / WithDeadline  deadline t=0.300s  live");
    assert_null(strstr(t, "parent"));
    free(t);
    fixture_free(f);
}

static void test_time_pane_lists_waitgroups(void **state)
{
    Fixture *f = at_workers_blocked();
    char *t = pane_text(f, PANE_TIME, 140, view_pane_rows(&f->v, PANE_TIME, 138) + 2);
    assert_contains(t, "WaitGroups");
    assert_contains(t, "  s.wg  counter 2  Wait(): G1");
    assert_contains(t, "  wg  counter 1");
    free(t);
    fixture_free(f);
}

static void test_cafe_and_channels_use_the_names(void **state)
{
    Fixture *f = at_workers_blocked();
    char *cafe = pane_text(f, PANE_CAFE, 120, view_pane_rows(&f->v, PANE_CAFE, 118) + 2);
    assert_contains(cafe, "waiting in s.wg.Wait() for 2 teammates [sync.WaitGroup.Wait]");
    assert_contains(cafe, "waiting at the pass for child.Done() [chan receive]");
    free(cafe);
    char *ch = pane_text(f, PANE_CHANNELS, 120, view_pane_rows(&f->v, PANE_CHANNELS, 118) + 2);
    assert_contains(ch, "s.ctx.Done() chan struct{}");
    assert_contains(ch, "child.Done() chan struct{}");
    free(ch);
    fixture_free(f);
}

/* At the end: the workers' deadlines passed, s.wg is back to 0. */
static void test_names_at_the_end(void **state)
{
    Fixture *f = fixture();
    StepCond c = { .until = UNTIL_END };
    assert_int_equal(stepper_run(f->st, &c), STOP_ENDED);
    view_refresh(&f->v);
    char *t = pane_text(f, PANE_TIME, 140, view_pane_rows(&f->v, PANE_TIME, 138) + 2);
    assert_contains(t, "└ child  WithTimeout / WithDeadline  deadline t=0.300s  cancelled, "
                       "Err() = context deadline exceeded");
    assert_contains(t, "  s.wg  counter 0");
    free(t);
    fixture_free(f);
}

/* A select inside the library (WithCancel of a cancellable parent polls
 * parent.Done() with a default) is not shown as the program's: the Select
 * pane keeps the program's own select. */
static void test_select_pane_ignores_library_selects(void **state)
{
    static const char P[] =
        "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\n"
        "func main() {\n"
        "\tch := make(chan int, 1)\n"
        "\tch <- 1\n"
        "\tselect {\n"
        "\tcase v := <-ch:\n"
        "\t\tfmt.Println(\"got\", v)\n"
        "\tdefault:\n"
        "\t\tfmt.Println(\"none\")\n"
        "\t}\n"
        "\tctx, cancel := context.WithCancel(context.Background())\n"
        "\tdefer cancel()\n"
        "\tchild, stop := context.WithCancel(ctx)\n"
        "\tdefer stop()\n"
        "\tfmt.Println(child.Err())\n"
        "}\n";
    Fixture *f = fixture_of(P, 0);
    int32_t line = 21;
    StepCond c = { .until = UNTIL_LINE, .lines = &line, .nlines = 1 };
    assert_int_equal(stepper_run(f->st, &c), STOP_MATCHED);
    view_refresh(&f->v);
    char *t = pane_text(f, PANE_SELECT, 100, 8);
    assert_contains(t, "Select · G1 at line 11");
    assert_contains(t, "won: case 0 v := <-ch: the only ready case");
    assert_null(strstr(t, "ctx.Done()"));
    free(t);
    fixture_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_time_pane_names_the_context_tree),
        cmocka_unit_test(test_time_pane_lists_waitgroups),
        cmocka_unit_test(test_cafe_and_channels_use_the_names),
        cmocka_unit_test(test_names_at_the_end),
        cmocka_unit_test(test_select_pane_ignores_library_selects),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
