/* test_repl.c - the REPL engine: lines in, printed text out; its diagnostics,
 * its current point, tab completion and the history file's place. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include "../../ui/repl.c"
#include "../../ui/repl_cmd.c"
#include "../../ui/repl_lib.c"

/* Feeds text (lines) to r; returns what it printed (malloc'd). */
static char *feed_to(Repl *r, const char *text)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    FILE *in = fmemopen((void *)text, strlen(text), "r");
    r->out = out;
    repl_run_stream(r, in);
    fclose(in);
    fclose(out);
    r->out = stdout;
    return buf;
}

static char *feed(const char *text)
{
    Repl *r = repl_new(stdout);
    char *o = feed_to(r, text);
    repl_free(r);
    return o;
}

static void test_channel_value(void **state)
{
    char *o = feed("ch := make(chan string, 1)\ngo func() { ch <- \"latte\" }()\nv := <-ch\nv\n");
    assert_string_equal(o, "  (main waited at line 8 [chan receive]; G2 ran)\nv = latte (string)\n");
    free(o);
}

static void test_deadlock_survives(void **state)
{
    char *o = feed("fmt.Println(\"before\"); <-make(chan int)\nfmt.Println(\"still here\")\n");
    assert_string_equal(o, "before\nfatal error: all goroutines are asleep - deadlock!\n"
                           "  G1 main.main [chan receive] line 6\n"
                           "input dropped (the session goes on without it)\nstill here\n");
    free(o);
}

static void test_compile_error_and_output(void **state)
{
    char *o = feed("x\nfmt.Println(\"a\")\nfmt.Println(\"b\")\nfor i := 0; i < 2; i++ {\n\tfmt.Println(i)\n}\n");
    assert_string_equal(o, "1:1: undefined: x\na\nb\n0\n1\n");
    free(o);
}

/* The REPL's "_ = x" lines never show: a block-scoped variable's error is
 * Go's, once, and an unfinished line gets Go's "unexpected }" at its end,
 * not an error about the REPL's own lines that follow it. */
static void test_one_error_each(void **state)
{
    char *o = feed("x := 1\nif true { y := 1 }\n1 +\ny := x +\nif true { fmt := 1 }\n"
                   "go func() { v := 1 }()\nfunc f() { w := 3 }\nif true {\n\tq := 1\n}\nx := 2\n");
    assert_string_equal(o,
        "1:11: declared and not used: y\n"
        "1:4: syntax error: unexpected }, expected expression\n"
        "1:9: syntax error: unexpected }, expected expression\n"
        "1:11: declared and not used: fmt\n"
        "1:13: declared and not used: v\n"
        "1:12: declared and not used: w\n"
        "2:2: declared and not used: q\n"
        "1:3: no new variables on left side of :=\n");
    free(o);
}

/* import is optional: a library package needs nothing, another gets Go's
 * diagnostic at the path's place */
static void test_import(void **state)
{
    char *o = feed("import \"time\"\ntime.Second\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n");
    assert_string_equal(o, "time.Second = 1s (time.Duration)\n"
                           "3:2: could not import net/http (gocafe does not provide this package: "
                           "a simulated program cannot reach the host)\n");
    free(o);
}

/* Blocking main lets the others run, and the REPL says so: where main
 * waited, who ran, how far the clock moved. */
static void test_waits_reported(void **state)
{
    char *o = feed("time.Sleep(1500 * time.Millisecond)\nc := make(chan int)\n"
                   "for i := 0; i < 2; i++ { go func() { c <- i }() }\nfor i := 0; i < 2; i++ { fmt.Println(<-c) }\n");
    assert_string_equal(o, "  (main waited at line 6 [sleep]; the clock went from 0s to 1.5s)\n"
                           "1\n0\n  (main waited 2 times, first at line 11 [chan receive]; G3, G2 ran)\n");
    free(o);
}

static void test_decl_and_commands(void **state)
{
    char *o = feed("func add(a, b int) int { return a + b }\nadd(2, 3)\nc := make(chan int, 2)\nc <- 7\n:channels\n:nope\n");
    assert_non_null(strstr(o, "add(2, 3) = 5 (int)\n"));
    assert_non_null(strstr(o, "c chan int len 1 cap 2 [7]"));
    assert_non_null(strstr(o, "unknown command :nope"));
    free(o);
}

/* :goroutines shows where main is after the last line, not main's end. */
static void test_goroutines_at_current_point(void **state)
{
    Repl *r = repl_new(stdout);
    char *o = feed_to(r, "c := make(chan int)\ngo func() { for i := 0; i < 3; i++ { c <- i } }()\n:goroutines\n");
    assert_string_equal(o, "  G1 main.main [running] at your prompt\n  G2 main.main.func1 [runnable] line 7\n");
    free(o);
    o = feed_to(r, "<-c\n:goroutines\n:channels\n");
    assert_string_equal(o, "<-c = 0 (int)\n  (main waited at line 9 [chan receive]; G2 ran)\n"
                           "  G1 main.main [running] at your prompt\n"
                           "  G2 main.main.func1 [chan send] line 8\n  c chan int len 0 cap 0 senders: G2\n");
    free(o);
    o = feed_to(r, ":end\n");
    assert_non_null(strstr(o, "the run has ended"));
    assert_non_null(strstr(o, "G2 main.main.func1 [chan send] line 8 (leaked)"));
    free(o);
    o = feed_to(r, ":continue\n");
    assert_non_null(strstr(o, "the current point (main waits for your next line)"));
    free(o);
    repl_free(r);
}

/* Deferred calls run when main returns, after the current point. */
static void test_defer_waits_for_end(void **state)
{
    Repl *r = repl_new(stdout);
    char *o = feed_to(r, "defer fmt.Println(\"bye\")\nfmt.Println(\"hi\")\n");
    assert_string_equal(o, "hi\n");
    free(o);
    o = feed_to(r, ":end\n");
    assert_non_null(strstr(o, "bye\n"));
    free(o);
    repl_free(r);
}

static void test_help(void **state)
{
    char *o = feed("help\n:help goroutine\n:help nope\n");
    assert_non_null(strstr(o, "  :goroutines      every goroutine"));
    assert_non_null(strstr(o, ":goroutine Gn\n  one goroutine"));
    assert_non_null(strstr(o, "no command nope"));
    free(o);
}

static void test_incomplete(void **state)
{
    assert_true(repl_incomplete("for {"));
    assert_false(repl_incomplete("s := \"{\""));
    assert_false(repl_incomplete("f(1)"));
}

/* ---- completion ---- */

static bool has(char **v, const char *s)
{
    for (int i = 0; v[i]; i++)
        if (strcmp(v[i], s) == 0) return true;
    return false;
}
static int count(char **v) { int n = 0; while (v[n]) n++; return n; }

/* line is the text before the cursor; the word starts where readline's
 * would (after the last word-break character) */
static char **cands(Repl *r, const char *line)
{
    size_t start = strlen(line);
    while (start > 0 && !strchr(REPL_WORD_BREAKS, line[start - 1])) start--;
    return repl_candidates(r, line, start);
}

static void test_complete_members(void **state)
{
    Repl *r = repl_new(stdout);
    char **v = cands(r, "fmt.Pr");
    assert_true(has(v, "fmt.Print") && has(v, "fmt.Printf") && has(v, "fmt.Println"));
    for (int i = 0; v[i]; i++) assert_int_equal(strncmp(v[i], "fmt.Pr", 6), 0);
    repl_candidates_free(v);
    v = cands(r, "x := context.W");
    assert_true(has(v, "context.WithCancel") && has(v, "context.WithTimeout") && has(v, "context.WithValue"));
    repl_candidates_free(v);
    v = cands(r, "time.");
    assert_true(has(v, "time.Sleep") && has(v, "time.After") && has(v, "time.Millisecond") && has(v, "time.Duration"));
    assert_false(has(v, "time.sleep"));      /* unexported names are not offered */
    repl_candidates_free(v);
    v = cands(r, "sync.");
    assert_true(has(v, "sync.WaitGroup") && has(v, "sync.Mutex") && has(v, "sync.Once"));
    repl_candidates_free(v);
    v = cands(r, "utf8.R");
    assert_true(has(v, "utf8.RuneCountInString"));
    repl_candidates_free(v);
    /* every package the REPL can import has members to offer */
    for (int i = 0; i < r->npkgs; i++) {
        char line[64];
        snprintf(line, sizeof line, "%s.", r->pkgs[i].name);
        v = cands(r, line);
        assert_true(count(v) > 0);
        repl_candidates_free(v);
    }
    repl_free(r);
}

static void test_complete_commands_and_names(void **state)
{
    Repl *r = repl_new(stdout);
    char **v = cands(r, ":go");
    assert_int_equal(count(v), 2);
    assert_string_equal(v[0], ":goroutine");
    assert_string_equal(v[1], ":goroutines");
    repl_candidates_free(v);
    v = cands(r, "fm");
    assert_int_equal(count(v), 1);
    assert_string_equal(v[0], "fmt.");
    repl_candidates_free(v);
    char *o = feed_to(r, "latte := 1\nfor i := 0; i < 1; i++ { lamp := i; _ = lamp }\nfunc lastOrder() {}\n");
    assert_string_equal(o, "");
    free(o);
    v = cands(r, "fmt.Println(la");
    assert_true(has(v, "latte") && has(v, "lastOrder"));
    assert_false(has(v, "lamp"));             /* block-scoped: gone */
    repl_candidates_free(v);
    v = cands(r, ":help :vi");
    assert_int_equal(count(v), 1);
    assert_string_equal(v[0], ":view");
    repl_candidates_free(v);
    repl_free(r);
}

static void test_complete_goroutine_ids(void **state)
{
    Repl *r = repl_new(stdout);
    char **v = cands(r, ":goroutine G");
    assert_int_equal(count(v), 0);            /* no program yet */
    repl_candidates_free(v);
    char *o = feed_to(r, "c := make(chan int)\ngo func() { c <- 1 }()\ngo func() { c <- 2 }()\n");
    free(o);
    v = cands(r, ":goroutine G");
    assert_int_equal(count(v), 3);
    assert_string_equal(v[0], "G1");
    assert_string_equal(v[2], "G3");
    repl_candidates_free(v);
    v = cands(r, ":view 2");
    assert_int_equal(count(v), 1);
    assert_string_equal(v[0], "G2");
    repl_candidates_free(v);
    o = feed_to(r, ":goroutine G3\n");
    assert_non_null(strstr(o, "G3 main.main.func2 [runnable], started by G1 at line 8"));
    free(o);
    repl_free(r);
}

/* ---- the history file's place ---- */

static void test_history_path(void **state)
{
    char dir[] = "/tmp/gocafe-repl-XXXXXX", want[512], got[512];
    assert_non_null(mkdtemp(dir));
    char *old_xdg = getenv("XDG_STATE_HOME") ? strdup(getenv("XDG_STATE_HOME")) : NULL;
    char *old_home = getenv("HOME") ? strdup(getenv("HOME")) : NULL;
    setenv("XDG_STATE_HOME", dir, 1);
    assert_true(repl_history_path(got, sizeof got));
    snprintf(want, sizeof want, "%s/gocafe/history", dir);
    assert_string_equal(got, want);
    struct stat sb;
    snprintf(want, sizeof want, "%s/gocafe", dir);
    assert_int_equal(stat(want, &sb), 0);     /* the directory exists */
    setenv("XDG_STATE_HOME", "relative/dir", 1);   /* invalid: ignored */
    setenv("HOME", dir, 1);
    assert_true(repl_history_path(got, sizeof got));
    snprintf(want, sizeof want, "%s/.local/state/gocafe/history", dir);
    assert_string_equal(got, want);
    unsetenv("XDG_STATE_HOME");
    assert_true(repl_history_path(got, sizeof got));
    assert_string_equal(got, want);
    assert_false(repl_history_path(got, 8));
    if (old_xdg) setenv("XDG_STATE_HOME", old_xdg, 1);
    if (old_home) setenv("HOME", old_home, 1);
    free(old_xdg);
    free(old_home);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_channel_value),
        cmocka_unit_test(test_deadlock_survives),
        cmocka_unit_test(test_compile_error_and_output),
        cmocka_unit_test(test_one_error_each),
        cmocka_unit_test(test_import),
        cmocka_unit_test(test_waits_reported),
        cmocka_unit_test(test_decl_and_commands),
        cmocka_unit_test(test_goroutines_at_current_point),
        cmocka_unit_test(test_defer_waits_for_end),
        cmocka_unit_test(test_help),
        cmocka_unit_test(test_incomplete),
        cmocka_unit_test(test_complete_members),
        cmocka_unit_test(test_complete_commands_and_names),
        cmocka_unit_test(test_complete_goroutine_ids),
        cmocka_unit_test(test_history_path),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
