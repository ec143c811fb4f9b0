/* test_lesson.c - the lesson parser (every directive form, every malformed
 * form with its message and line, hostile input) and a plain-mode play of a
 * small lesson written here, with answers from a file.  The lesson sources
 * and the view sources they use are compiled in (no curses). */
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
#include "../../ui/lesson_parse.c"
#include "../../ui/lesson_find.c"
#include "../../ui/readfile.c"
#include "../../ui/lesson_play.c"

static char tmpdir[256];

static int setup_dir(void **state)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/gocafe-test-lesson-XXXXXX");
    if (!mkdtemp(tmpdir)) return -1;
    char p[512];
    snprintf(p, sizeof p, "%s/solutions", tmpdir);
    mkdir(p, 0700);
    snprintf(p, sizeof p, "%s/solutions/ok.go", tmpdir);
    FILE *f = fopen(p, "w");
    if (!f) return -1;
    fputs("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n", f);
    fclose(f);
    return 0;
}

static int teardown_dir(void **state)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static bool parse(const char *text, Lesson *l, char *err)
{
    char file[512];
    snprintf(file, sizeof file, "%s/t.md", tmpdir);
    return lesson_parse(text, strlen(text), file, l, err, 512);
}

/* Parses text expecting failure with "t.md:LINE: MSG". */
static void expect_error(const char *text, int line, const char *msg)
{
    Lesson l;
    char err[512], want[600];
    bool ok = parse(text, &l, err);
    if (ok) {
        lesson_free(&l);
        fail_msg("parsed, but wanted t.md:%d: %s", line, msg);
    }
    snprintf(want, sizeof want, "%s/t.md:%d: %s", tmpdir, line, msg);
    assert_string_equal(err, want);
}

#define HEAD "# T\n\n"
#define PROG "<!-- gocafe: program p -->\n```go\npackage main\n\nfunc main() {\n}\n```\n"

static void test_title_and_text(void **state)
{
    Lesson l;
    char err[512];
    assert_true(parse("\n# 01 · The café\n\nSome text.\n\n```go\nfragment()\n```\nMore.\n", &l, err));
    assert_string_equal(l.title, "01 · The café");
    assert_int_equal(l.n, 1);
    assert_int_equal(l.items[0].op, LO_TEXT);
    assert_int_equal(l.items[0].line, 4);
    assert_non_null(strstr(l.items[0].text, "fragment()"));
    lesson_free(&l);
}

static void test_program_and_run_forms(void **state)
{
    Lesson l;
    char err[512];
    const char *src = HEAD PROG
        "<!-- gocafe: program q seed=3 exit=2 varies nogo go=1.22 budget=500 -->\n\n"
        "```go\npackage main\n```\n"
        "<!-- gocafe: load p seed=7 -->\n"
        "<!-- gocafe: seed 4 -->\n"
        "<!-- gocafe: force run G2 at step 12 -->\n"
        "<!-- gocafe: force select 1 at step 30 -->\n"
        "<!-- gocafe: run until G2 blocks -->\n"
        "<!-- gocafe: run until G2 blocks in chan receive (nil chan) -->\n"
        "<!-- gocafe: run until any blocks -->\n"
        "<!-- gocafe: run until G3 exits -->\n"
        "<!-- gocafe: run until step 48 -->\n"
        "<!-- gocafe: run until t=1m30s -->\n"
        "<!-- gocafe: run until line 20 -->\n"
        "<!-- gocafe: run until choice -->\n"
        "<!-- gocafe: run until deadlock -->\n"
        "<!-- gocafe: run until leak -->\n"
        "<!-- gocafe: run until end -->\n";
    assert_true(parse(src, &l, err));
    assert_int_equal(l.n, 17);
    LessonItem *it = l.items;
    assert_int_equal(it[0].op, LO_PROGRAM);
    assert_string_equal(it[0].name, "p");
    assert_string_equal(it[0].block, "package main\n\nfunc main() {\n}\n");
    assert_int_equal(it[0].block_line, 5);
    assert_true(it[1].has_seed && it[1].seed == 3 && it[1].exit_code == 2 && it[1].varies && it[1].nogo);
    assert_int_equal(it[1].budget, 500);
    assert_int_equal(it[2].op, LO_LOAD);
    assert_int_equal(it[2].program, 0);
    assert_int_equal(it[2].seed, 7);
    assert_int_equal(it[3].op, LO_SEED);
    assert_int_equal(it[3].seed, 4);
    assert_int_equal(it[4].force_kind, 0);
    assert_int_equal(it[4].force_n, 2);
    assert_int_equal(it[4].force_step, 12);
    assert_int_equal(it[5].force_kind, 1);
    assert_int_equal(it[5].force_n, 1);
    static const LessonCondKind conds[] = { LC_BLOCKS, LC_BLOCKS_IN, LC_ANY_BLOCKS, LC_EXITS, LC_STEP,
                                            LC_TIME, LC_LINE, LC_CHOICE, LC_DEADLOCK, LC_LEAK, LC_END };
    for (int i = 0; i < 11; i++) {
        assert_int_equal(it[6 + i].op, LO_RUN);
        assert_int_equal(it[6 + i].cond, conds[i]);
    }
    assert_string_equal(it[7].what, "chan receive (nil chan)");
    assert_int_equal(it[9].g, 3);
    assert_int_equal(it[10].n, 48);
    assert_int_equal(it[11].dur, INT64_C(90000000000));
    assert_int_equal(it[12].n, 20);
    lesson_free(&l);
}

static void test_expect_forms(void **state)
{
    Lesson l;
    char err[512];
    const char *src = HEAD PROG
        "<!-- gocafe: expect G2 chan send -->\n"
        "<!-- gocafe: expect chan jobs len 4 -->\n"
        "<!-- gocafe: expect chan jobs cap 5 -->\n"
        "<!-- gocafe: expect chan done closed -->\n"
        "<!-- gocafe: expect chan done open -->\n"
        "<!-- gocafe: expect chan jobs values \"job-1\" \"job-2\" -->\n"
        "<!-- gocafe: expect time 800ms -->\n"
        "<!-- gocafe: expect leaks 1 -->\n"
        "<!-- gocafe: expect output -->\n```text\nhello\n```\n"
        "<!-- gocafe: expect panic \"send on closed channel\" -->\n"
        "<!-- gocafe: expect deadlock -->\n"
        "<!-- gocafe: expect ctx child err context canceled -->\n"
        "<!-- gocafe: expect ctx parent cancelled -->\n"
        "<!-- gocafe: expect ctx parent live -->\n"
        "<!-- gocafe: expect wg wg counter 3 -->\n"
        "<!-- gocafe: output -->\n```text\nx\n```\n"
        "<!-- gocafe: output p seed=2 -->\n```text\nx\n```\n"
        "<!-- gocafe: stderr p -->\n```text\npanic: x\n```\n";
    assert_true(parse(src, &l, err));
    static const LessonExpKind kinds[] = {
        LE_G, LE_CHAN_LEN, LE_CHAN_CAP, LE_CHAN_CLOSED, LE_CHAN_OPEN, LE_CHAN_VALUES, LE_TIME,
        LE_LEAKS, LE_OUTPUT, LE_PANIC, LE_DEADLOCK, LE_CTX_ERR, LE_CTX_CANCELLED, LE_CTX_LIVE,
        LE_WG_COUNTER
    };
    LessonItem *it = l.items + 1;
    for (int i = 0; i < 15; i++) {
        assert_int_equal(it[i].op, LO_EXPECT);
        assert_int_equal(it[i].exp, kinds[i]);
    }
    assert_string_equal(it[0].what, "chan send");
    assert_string_equal(it[1].name, "jobs");
    assert_int_equal(it[1].n, 4);
    assert_string_equal(it[5].what, "\"job-1\" \"job-2\"");
    assert_int_equal(it[6].dur, 800000000);
    assert_string_equal(it[8].block, "hello\n");
    assert_string_equal(it[9].what, "send on closed channel");
    assert_string_equal(it[11].what, "context canceled");
    assert_int_equal(it[14].n, 3);
    assert_int_equal(it[15].op, LO_OUTPUT);
    assert_int_equal(it[15].program, -1);
    assert_int_equal(it[16].program, 0);
    assert_int_equal(it[16].seed, 2);
    assert_int_equal(it[17].op, LO_STDERR);
    assert_string_equal(it[17].block, "panic: x\n");
    lesson_free(&l);
}

static void test_ask_hint_exercise(void **state)
{
    Lesson l;
    char err[512];
    const char *src = HEAD
        "<!-- gocafe: ask\n"
        "What does `cancel()` do?\n"
        "- [ ] It stops G2.\n"
        "  > Go cannot stop a goroutine.\n"
        "- [x] It closes Done.\n"
        "- [ ] It sends one value\n"
        "  on Done.\n"
        "  > A send wakes one receiver.\n"
        "-->\n"
        "<!-- gocafe: hint\nLook up.\n-->\n"
        /* solution= twice: the last counts, the first is freed (found by fuzz_lesson) */
        "<!-- gocafe: exercise fix solution=x.go solution=solutions/ok.go seeds=4 varies go=1.22 -->\n"
        "```go\npackage main\n```\n"
        "<!-- gocafe: check prints -->\n```text\nhi\n```\n"
        "<!-- gocafe: check no-leaks -->\n"
        "<!-- gocafe: check no-deadlock seeds=8 -->\n"
        "<!-- gocafe: check before 2s -->\n"
        "<!-- gocafe: check exit 0 -->\n"
        "<!-- gocafe: hint\nFirst.\n-->\n";
    assert_true(parse(src, &l, err));
    LessonItem *a = &l.items[0];
    assert_int_equal(a->op, LO_ASK);
    assert_string_equal(a->text, "What does `cancel()` do?");
    assert_int_equal(a->nchoices, 3);
    assert_int_equal(a->right, 1);
    assert_string_equal(a->choices[0].feedback, "Go cannot stop a goroutine.");
    assert_null(a->choices[1].feedback);
    assert_string_equal(a->choices[2].text, "It sends one value on Done.");
    assert_int_equal(l.items[1].op, LO_HINT);
    assert_int_equal(l.items[1].exercise, -1);
    LessonItem *ex = &l.items[2];
    assert_int_equal(ex->op, LO_EXERCISE);
    assert_string_equal(ex->solution, "solutions/ok.go");
    assert_int_equal(ex->seeds, 4);
    static const LessonCheckKind cks[] = { LK_PRINTS, LK_NO_LEAKS, LK_NO_DEADLOCK, LK_BEFORE, LK_EXIT };
    for (int i = 0; i < 5; i++) {
        assert_int_equal(l.items[3 + i].op, LO_CHECK);
        assert_int_equal(l.items[3 + i].check, cks[i]);
        assert_int_equal(l.items[3 + i].exercise, 2);
    }
    assert_int_equal(l.items[5].seeds, 8);
    assert_int_equal(l.items[6].dur, INT64_C(2000000000));
    assert_int_equal(l.items[8].exercise, 2);
    lesson_free(&l);
}

static void test_malformed(void **state)
{
    expect_error("no title\n", 1, "a lesson starts with a # Title");
    expect_error("", 1, "a lesson starts with a # Title");
    expect_error(HEAD "<!--gocafe: program p -->\n", 3, "a directive is written <!-- gocafe: VERB ...");
    expect_error(HEAD "<!-- gocafe: frobnicate -->\n", 3, "unknown directive 'frobnicate'");
    expect_error(HEAD "<!-- gocafe: ask\nQ?\n- [x] a\n- [ ] b\n", 3, "unterminated directive (a line --> ends it)");
    expect_error(HEAD "<!-- gocafe: program -->\n", 3, "program needs a NAME (lowercase letters, digits, -)");
    expect_error(HEAD "<!-- gocafe: program Bad -->\n", 3, "program needs a NAME (lowercase letters, digits, -)");
    expect_error(HEAD PROG "<!-- gocafe: program p -->\n", 10, "program 'p' is already defined at line 3");
    expect_error(HEAD "<!-- gocafe: program p -->\ntext\n", 3, "program p: a ```go block must follow");
    expect_error(HEAD "<!-- gocafe: program p -->\n```go\nx\n", 4, "unterminated ```go block");
    expect_error(HEAD "<!-- gocafe: program p bogus -->\n", 3, "program p: unknown option 'bogus'");
    expect_error(HEAD "<!-- gocafe: load q -->\n", 3, "load: no program 'q' above");
    expect_error(HEAD "<!-- gocafe: run until end -->\n", 3, "run: no program loaded");
    expect_error(HEAD PROG "<!-- gocafe: run -->\n", 10, "run needs until CONDITION");
    expect_error(HEAD PROG "<!-- gocafe: run until G2 sleeps -->\n", 10, "run until: cannot read 'G2 sleeps'");
    expect_error(HEAD PROG "<!-- gocafe: expect G2 napping -->\n", 10, "expect: cannot read 'G2 napping'");
    expect_error(HEAD PROG "<!-- gocafe: expect output -->\nx\n", 10, "expect output: a ```text block must follow");
    expect_error(HEAD PROG "<!-- gocafe: output -->\n```go\nx\n```\n", 10, "output: a ```text block must follow");
    expect_error(HEAD "<!-- gocafe: ask\n- [x] a\n- [ ] b\n-->\n", 4, "ask: the question comes first");
    expect_error(HEAD "<!-- gocafe: ask\nQ?\n- [x] a\n-->\n", 3, "ask: at least two choices");
    expect_error(HEAD "<!-- gocafe: ask\nQ?\n- [x] a\n- [x] b\n-->\n", 3, "ask: exactly one choice is marked right");
    expect_error(HEAD "<!-- gocafe: ask\nQ?\n- [ ] a\n- [ ] b\n-->\n", 3, "ask: exactly one choice is marked right");
    expect_error(HEAD "<!-- gocafe: exercise fix -->\n", 3, "exercise fix needs solution=FILE");
    expect_error(HEAD "<!-- gocafe: exercise fix solution=solutions/none.go -->\n", 3,
                 "exercise fix: no solution file solutions/none.go");
    expect_error(HEAD "<!-- gocafe: exercise fix solution=../x.go -->\n", 3,
                 "exercise fix: solution=FILE is a path inside the lesson's directory");
    expect_error(HEAD "<!-- gocafe: check no-leaks -->\n", 3, "check: no exercise above");
    const char *ex = HEAD "<!-- gocafe: exercise fix solution=solutions/ok.go -->\n```go\nx\n```\n";
    char buf[512];
    snprintf(buf, sizeof buf, "%s<!-- gocafe: check smells -->\n", ex);
    expect_error(buf, 7, "check: unknown check 'smells'");
    snprintf(buf, sizeof buf, "%s<!-- gocafe: check before soon -->\n", ex);
    expect_error(buf, 7, "check before: a Go duration (2s, 500ms)");
    expect_error(HEAD PROG "<!-- gocafe: force run 2 at step 3 -->\n", 10,
                 "force is force run G<n> at step N or force select CASE at step N");
    expect_error(HEAD "<!-- gocafe: hint\n\n-->\n", 3, "hint: the hint goes in its body");
    expect_error(HEAD PROG "<!-- gocafe: run until end\n-->\n", 10, "run is one line: <!-- gocafe: run ... -->");
}

/* A directive inside a ```go block is code; Windows line ends; NUL bytes. */
static void test_fences_and_bytes(void **state)
{
    Lesson l;
    char err[512];
    assert_true(parse("# T\r\n\r\n```go\r\n<!-- gocafe: bogus -->\r\n```\r\n", &l, err));
    assert_int_equal(l.n, 1);
    lesson_free(&l);
    const char nul[] = "# T\n\0x\n<!-- gocafe: bogus -->\n";
    char file[512];
    snprintf(file, sizeof file, "%s/t.md", tmpdir);
    assert_false(lesson_parse(nul, sizeof nul - 1, file, &l, err, sizeof err));
    assert_non_null(strstr(err, "t.md:3: unknown directive 'bogus'"));
}

/* Random and mutated inputs: never a crash (run under ASan by make sanitize). */
static void test_garbage(void **state)
{
    static const char *const pieces[] = {
        "# T\n", "<!-- gocafe: ", "-->\n", "program p", "```go\n", "```text\n", "```\n", "ask\n",
        "- [x] a\n", "- [ ] b\n", "  > fb\n", "run until ", "expect ", "G2 blocks in ", "\n",
        "check prints", "exercise e solution=solutions/ok.go", "t=1.5s", "chan x values", "\"",
        "hint\n", "load p", "force select 1 at step 99999999999999999999", "\xff\xfe", "\0"
    };
    unsigned seed = 12345;
    char buf[4096];
    for (int round = 0; round < 3000; round++) {
        size_t n = 0;
        int k = (int)(seed % 40);
        for (int i = 0; i < k; i++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
            size_t len = p[0] ? strlen(p) : 1;
            if (n + len >= sizeof buf) break;
            memcpy(buf + n, p, len);
            n += len;
        }
        Lesson l;
        char err[512];
        char file[512];
        snprintf(file, sizeof file, "%s/t.md", tmpdir);
        if (lesson_parse(buf, n, file, &l, err, sizeof err)) lesson_free(&l);
        else assert_non_null(strstr(err, "t.md:"));
        seed = seed * 1103515245u + 12345u;
    }
    assert_false(lesson_duration("1.2.3s", &(int64_t){0}));
    int64_t ns;
    assert_true(lesson_duration("1.2s", &ns));
    assert_int_equal(ns, 1200000000);
    assert_true(lesson_duration("1m30s", &ns));
    assert_int_equal(ns, INT64_C(90000000000));
    assert_false(lesson_duration("99999999999999h", &ns));
}

static const char PLAY_LESSON[] =
    "# 99 · A test lesson\n"
    "\n"
    "A barista waits for an order.\n"
    "\n"
    "<!-- gocafe: program wait -->\n"
    "```go\n"
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\torders := make(chan string, 1)\n"
    "\tdone := make(chan struct{})\n"
    "\tgo func() {\n"
    "\t\tfmt.Println(\"got\", <-orders)\n"
    "\t\tclose(done)\n"
    "\t}()\n"
    "\torders <- \"latte\"\n"
    "\t<-done\n"
    "}\n"
    "```\n"
    "<!-- gocafe: run until G1 blocks in chan receive -->\n"
    "<!-- gocafe: expect G1 chan receive -->\n"
    "<!-- gocafe: expect chan done open -->\n"
    "<!-- gocafe: expect G1 sleep -->\n"
    "<!-- gocafe: run until end -->\n"
    "<!-- gocafe: expect leaks 0 -->\n"
    "<!-- gocafe: expect output -->\n"
    "```text\ngot latte\n```\n"
    "<!-- gocafe: output -->\n"
    "```text\ngot latte\n```\n"
    "<!-- gocafe: ask\n"
    "What does close(done) do?\n"
    "- [ ] Sends one value.\n"
    "  > A close wakes every receiver.\n"
    "- [x] Wakes every receiver.\n"
    "-->\n"
    "<!-- gocafe: hint\nA standalone hint.\n-->\n"
    "Now you.\n"
    "<!-- gocafe: exercise hi solution=solutions/ok.go -->\n"
    "```go\n"
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"bye\")\n}\n"
    "```\n"
    "<!-- gocafe: check prints -->\n"
    "```text\nhi\n```\n"
    "<!-- gocafe: check no-leaks -->\n"
    "<!-- gocafe: hint\nPrint hi.\n-->\n";

static char *play(const char *answers, int max_tries, int *status)
{
    Lesson l;
    char err[512], file[512];
    snprintf(file, sizeof file, "%s/99-test.md", tmpdir);
    assert_true(lesson_parse(PLAY_LESSON, sizeof PLAY_LESSON - 1, file, &l, err, sizeof err));
    FILE *in = tmpfile();
    fputs(answers, in);
    rewind(in);
    char *out = NULL;
    size_t n = 0;
    FILE *o = open_memstream(&out, &n);
    PlayOpts opts = { .in = in, .out = o, .workdir = tmpdir, .max_tries = max_tries };
    *status = lesson_play_plain(&l, &opts);
    fclose(o);
    fclose(in);
    lesson_free(&l);
    return out;
}

static void test_play_plain(void **state)
{
    char ans[1024];
    snprintf(ans, sizeof ans, "1\n2\nh\n\nh\nh\n%s/solutions/ok.go\n", tmpdir);
    int status;
    char *out = play(ans, 3, &status);
    assert_int_equal(status, 0);
    assert_non_null(strstr(out, "99 · A test lesson\n\nA barista waits for an order.\n"));
    assert_non_null(strstr(out, "[program wait loaded, seed 0, step 1]"));
    assert_non_null(strstr(out, "checkpoint holds: G1 chan receive"));
    assert_non_null(strstr(out, "checkpoint holds: chan done open"));
    assert_non_null(strstr(out, "checkpoint does NOT hold: expected G1 sleep, but G1 is chan receive"));
    assert_non_null(strstr(out, "checkpoint holds: leaks 0"));
    assert_non_null(strstr(out, "checkpoint holds: the output so far is as shown\ngot latte\n"));
    assert_non_null(strstr(out, "Not quite. A close wakes every receiver."));
    assert_non_null(strstr(out, "Right."));
    assert_non_null(strstr(out, "Hint: A standalone hint."));
    assert_non_null(strstr(out, "Exercise hi: the starting code is in"));
    assert_non_null(strstr(out, "FAIL check prints"));
    assert_non_null(strstr(out, "Hint: Print hi."));
    assert_non_null(strstr(out, "No more hints."));
    assert_non_null(strstr(out, "Every check passes."));
    assert_non_null(strstr(out, "(1 checkpoint(s) of this lesson did not hold in this simulator)"));
    assert_non_null(strstr(out, "lesson complete: 99 · A test lesson"));
    char path[512];
    snprintf(path, sizeof path, "%s/hi.go", tmpdir);
    assert_int_equal(access(path, R_OK), 0);
    free(out);
}

static void test_play_solution_after_tries_and_eof(void **state)
{
    char path[512];
    snprintf(path, sizeof path, "%s/hi.go", tmpdir);
    unlink(path);
    int status;
    char *out = play("2\n\n\n\n", 2, &status);   /* two failed checks, then the input ends */
    assert_int_equal(status, 1);
    assert_non_null(strstr(out, "The reference solution (solutions/ok.go):\npackage main"));
    assert_non_null(strstr(out, "Lesson stopped before the end"));
    assert_null(strstr(out, "lesson complete"));
    free(out);
    out = play("", 3, &status);   /* no answers at all: stops at the question */
    assert_int_equal(status, 1);
    assert_non_null(strstr(out, "What does close(done) do?"));
    free(out);
}

static void note_reached(void *ud, int item) { *(int *)ud = item; }

/* Resuming at the question: the program is replayed silently, the question
 * asked; reached() reports the item after it. */
static void test_play_resume(void **state)
{
    Lesson l;
    char err[512], file[512];
    snprintf(file, sizeof file, "%s/99-test.md", tmpdir);
    assert_true(lesson_parse(PLAY_LESSON, sizeof PLAY_LESSON - 1, file, &l, err, sizeof err));
    int ask = 0;
    while (l.items[ask].op != LO_ASK) ask++;
    FILE *in = tmpfile();
    fputs("2\nq\n", in);
    rewind(in);
    char *out = NULL;
    size_t n = 0;
    FILE *o = open_memstream(&out, &n);
    int reached = -1;
    PlayOpts opts = { .in = in, .out = o, .workdir = tmpdir, .start_item = ask,
                      .reached = note_reached, .ud = &reached };
    assert_int_equal(lesson_play_plain(&l, &opts), 1);
    fclose(o);
    fclose(in);
    lesson_free(&l);
    assert_non_null(strstr(out, "[resuming where you left off"));
    assert_null(strstr(out, "A barista waits"));
    assert_null(strstr(out, "checkpoint"));
    assert_non_null(strstr(out, "What does close(done) do?"));
    assert_int_equal(reached, ask + 1);
    free(out);
}

/* ctx NAME: contexts are named after the context.With... assignments. */
static void test_play_ctx(void **state)
{
    static const char L[] =
        "# ctx\n\n"
        "<!-- gocafe: program tree -->\n"
        "```go\n"
        "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\n"
        "func main() {\n"
        "\tparent, cancelParent := context.WithCancel(context.Background())\n"
        "\tchild, cancelChild := context.WithCancel(parent)\n"
        "\tdefer cancelParent()\n"
        "\tcancelChild()\n"
        "\tfmt.Println(child.Err(), parent.Err())\n"
        "}\n"
        "```\n"
        "<!-- gocafe: run until line 13 -->\n"
        "<!-- gocafe: expect ctx child err context canceled -->\n"
        "<!-- gocafe: expect ctx parent live -->\n"
        "<!-- gocafe: expect ctx nobody live -->\n";
    Lesson l;
    char err[512], file[512];
    snprintf(file, sizeof file, "%s/98-ctx.md", tmpdir);
    assert_true(lesson_parse(L, sizeof L - 1, file, &l, err, sizeof err));
    FILE *in = tmpfile();
    char *out = NULL;
    size_t n = 0;
    FILE *o = open_memstream(&out, &n);
    PlayOpts opts = { .in = in, .out = o, .workdir = tmpdir };
    assert_int_equal(lesson_play_plain(&l, &opts), 0);
    fclose(o);
    fclose(in);
    lesson_free(&l);
    assert_non_null(strstr(out, "checkpoint holds: ctx child err context canceled"));
    assert_non_null(strstr(out, "checkpoint holds: ctx parent live"));
    assert_non_null(strstr(out, "expected ctx nobody live, but no context named nobody"));
    free(out);
}

/* Check mode (`gocafe lessons --check`): nobody answers; the failing
 * checkpoint is reported as file:line, the exercise's starting code fails and
 * its solution passes, and the lesson counts as failed. */
static void test_play_check(void **state)
{
    Lesson l;
    char err[512], file[512];
    snprintf(file, sizeof file, "%s/99-test.md", tmpdir);
    assert_true(lesson_parse(PLAY_LESSON, sizeof PLAY_LESSON - 1, file, &l, err, sizeof err));
    int bad = 0;
    while (!(l.items[bad].op == LO_EXPECT && l.items[bad].exp == LE_G && strcmp(l.items[bad].what, "sleep") == 0))
        bad++;
    char *out = NULL, *errs = NULL;
    size_t n = 0, en = 0;
    FILE *o = open_memstream(&out, &n), *e = open_memstream(&errs, &en);
    PlayOpts opts = { .out = o, .workdir = tmpdir, .check = true, .errs = e };
    assert_int_equal(lesson_play_plain(&l, &opts), 2);
    fclose(o);
    fclose(e);
    char want[700];
    snprintf(want, sizeof want, "%s:%d: expect G1 sleep: but G1 is chan receive\n", file, l.items[bad].line);
    assert_string_equal(errs, want);   /* the one failure, nothing about the exercise */
    assert_non_null(strstr(out, "FAIL check prints"));   /* the starting code */
    assert_non_null(strstr(out, "ok   check prints"));   /* the solution */
    lesson_free(&l);
    free(out);
    free(errs);
}

/* The full-screen player's hooks: each pause arrives with its kind, the
 * checkpoint's target step and the exercise file; answers come back. */
typedef struct Hooked {
    PlayAsk kinds[32];
    int n, loads, choices;
    uint64_t from, target;
    char file[600];
} Hooked;

static bool hook_ask(void *ui, const PlayPause *pp, char *buf, size_t len)
{
    Hooked *h = ui;
    if (h->n < 32) h->kinds[h->n++] = pp->kind;
    switch (pp->kind) {
    case ASK_REACH:
        if (!h->target) { h->from = stepper_pos(pp->st); h->target = pp->target; }
        snprintf(buf, len, "%s", "");
        break;
    case ASK_CHOICE: h->choices = pp->nchoices; snprintf(buf, len, "2"); break;
    case ASK_EXERCISE: snprintf(h->file, sizeof h->file, "%s", pp->file); snprintf(buf, len, "skip"); break;
    default: snprintf(buf, len, "%s", ""); break;
    }
    return true;
}

static void hook_loaded(void *ui, Stepper *st, const char *src, size_t len)
{
    ((Hooked *)ui)->loads++;
}

static void test_play_hooks(void **state)
{
    Lesson l;
    char err[512], file[512];
    snprintf(file, sizeof file, "%s/99-test.md", tmpdir);
    assert_true(lesson_parse(PLAY_LESSON, sizeof PLAY_LESSON - 1, file, &l, err, sizeof err));
    char *out = NULL;
    size_t n = 0;
    FILE *o = open_memstream(&out, &n);
    Hooked h = { .n = 0 };
    PlayOpts opts = { .out = o, .workdir = tmpdir, .ask = hook_ask, .loaded = hook_loaded, .ui = &h };
    assert_int_equal(lesson_play_plain(&l, &opts), 0);
    fclose(o);
    lesson_free(&l);
    /* run until G1 blocks, run until end, the question, the hint, the
     * exercise, the last screen */
    assert_int_equal(h.n, 6);
    assert_int_equal(h.kinds[5], ASK_END);
    assert_int_equal(h.kinds[0], ASK_REACH);
    assert_int_equal(h.kinds[1], ASK_REACH);
    assert_int_equal(h.kinds[2], ASK_CHOICE);
    assert_int_equal(h.kinds[3], ASK_HINT);
    assert_int_equal(h.kinds[4], ASK_EXERCISE);
    assert_true(h.target > h.from);       /* the learner starts before the checkpoint */
    assert_int_equal(h.choices, 2);
    assert_int_equal(h.loads, 1);
    char want[600];
    snprintf(want, sizeof want, "%s/hi.go", tmpdir);
    assert_string_equal(h.file, want);
    assert_null(strstr(out, "--- program wait"));   /* the Source pane shows it */
    assert_null(strstr(out, "Cafe"));     /* no text copy of the panes */
    assert_non_null(strstr(out, "checkpoint holds: G1 chan receive"));   /* at the target exactly */
    assert_non_null(strstr(out, "```\ngot latte\n```\n"));   /* output kept line for line */
    assert_non_null(strstr(out, "lesson complete: 99"));
    free(out);
}

static void test_find_and_lookup(void **state)
{
    char p[600];
    snprintf(p, sizeof p, "%s/04-stopping.md", tmpdir);
    FILE *f = fopen(p, "w");
    fputs("# 04 · Stop\n\nYou *cannot* kill a `goroutine`:\nyou ask it.\n\nSecond paragraph.\n", f);
    fclose(f);
    snprintf(p, sizeof p, "%s/05-broken.md", tmpdir);
    f = fopen(p, "w");
    fputs("no title\n", f);
    fclose(f);
    char dirs[1][1024];
    snprintf(dirs[0], sizeof dirs[0], "%s", tmpdir);
    LessonEntry es[8];
    int n = lesson_list(dirs, 1, es, 8);
    assert_int_equal(n, 2);
    assert_string_equal(es[0].name, "04-stopping");
    assert_string_equal(es[0].title, "04 · Stop");
    assert_string_equal(es[0].err, "");
    assert_string_equal(es[0].intro, "You cannot kill a goroutine: you ask it.");   /* the menu's preview */
    assert_string_equal(es[1].name, "05-broken");
    assert_non_null(strstr(es[1].err, "05-broken.md:1: a lesson starts with a # Title"));
    assert_ptr_equal(lesson_lookup(es, n, "04"), &es[0]);
    assert_ptr_equal(lesson_lookup(es, n, "4"), &es[0]);
    assert_ptr_equal(lesson_lookup(es, n, "stopping"), &es[0]);
    assert_ptr_equal(lesson_lookup(es, n, "04-stopping.md"), &es[0]);
    assert_null(lesson_lookup(es, n, "06"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_and_text),
        cmocka_unit_test(test_program_and_run_forms),
        cmocka_unit_test(test_expect_forms),
        cmocka_unit_test(test_ask_hint_exercise),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_fences_and_bytes),
        cmocka_unit_test(test_garbage),
        cmocka_unit_test(test_play_plain),
        cmocka_unit_test(test_play_solution_after_tries_and_eof),
        cmocka_unit_test(test_play_ctx),
        cmocka_unit_test(test_play_resume),
        cmocka_unit_test(test_play_check),
        cmocka_unit_test(test_play_hooks),
        cmocka_unit_test(test_find_and_lookup),
    };
    return cmocka_run_group_tests(tests, setup_dir, teardown_dir);
}
