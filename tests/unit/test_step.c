/* test_step.c - the stepping API (sim/step.h): pausing a run, replay, goto
 * and back, forced choices and schedule files, on real Go programs compiled
 * by the whole pipeline. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>
#include "sim.h"
#include "sched.h"
#include "event.h"
#include "step.h"
#include "snapshot.h"

/* Two workers, a buffered and an unbuffered channel, and a select with two
 * ready cases in a loop: random choices the seed decides. */
static const char *const PROG_WORKERS =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func worker(id int, jobs <-chan int, results chan<- int) {\n"
    "\tfor j := range jobs {\n"
    "\t\tresults <- j * id\n"
    "\t}\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tjobs := make(chan int, 2)\n"
    "\tresults := make(chan int)\n"
    "\tgo worker(1, jobs, results)\n"
    "\tgo worker(10, jobs, results)\n"
    "\tfor i := 0; i < 4; i++ {\n"
    "\t\tjobs <- i\n"
    "\t}\n"
    "\tclose(jobs)\n"
    "\ta := make(chan int, 1)\n"
    "\tb := make(chan int, 1)\n"
    "\tsum := 0\n"
    "\tfor i := 0; i < 4; i++ {\n"
    "\t\tsum += <-results\n"
    "\t\ta <- i\n"
    "\t\tb <- i\n"
    "\t\tselect {\n"
    "\t\tcase v := <-a:\n"
    "\t\t\tfmt.Println(\"a\", v)\n"
    "\t\t\t<-b\n"
    "\t\tcase v := <-b:\n"
    "\t\t\tfmt.Println(\"b\", v)\n"
    "\t\t\t<-a\n"
    "\t\t}\n"
    "\t}\n"
    "\tfmt.Println(sum)\n"
    "}\n";

static const char *const PROG_SELECT =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\ta := make(chan int, 1)\n"
    "\tb := make(chan int, 1)\n"
    "\ta <- 1\n"
    "\tb <- 2\n"
    "\tselect {\n"
    "\tcase v := <-a:\n"
    "\t\tfmt.Println(\"a\", v)\n"
    "\tcase v := <-b:\n"
    "\t\tfmt.Println(\"b\", v)\n"
    "\t}\n"
    "}\n";

static const char *const PROG_TIMERS =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tc := make(chan int)\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tgo func(i int) {\n"
    "\t\t\ttime.Sleep(time.Duration(i) * 100 * time.Millisecond)\n"
    "\t\t\tc <- i\n"
    "\t\t}(i)\n"
    "\t}\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tselect {\n"
    "\t\tcase v := <-c:\n"
    "\t\t\tfmt.Println(v)\n"
    "\t\tcase <-time.After(150 * time.Millisecond):\n"
    "\t\t\tfmt.Println(\"timeout\")\n"
    "\t\t}\n"
    "\t}\n"
    "}\n";

/* --preempt for the next runs (tests only: sim/ has no global state) */
static bool g_preempt;

/* ---- helpers ---- */

typedef struct Text {
    char *p;
    size_t n, cap;
} Text;

static void text_add(Text *t, const char *s, size_t n)
{
    if (t->n + n + 1 > t->cap) {
        while (t->n + n + 1 > t->cap) t->cap = t->cap ? t->cap * 2 : 4096;
        t->p = realloc(t->p, t->cap);
    }
    memcpy(t->p + t->n, s, n);
    t->n += n;
    t->p[t->n] = 0;
}

/* The log's text form, events [0, upto) (all when upto is 0). */
static char *log_text(const EventLog *log, uint64_t upto)
{
    Text t = { 0 };
    char line[512];
    text_add(&t, "", 0);
    for (size_t i = 0; i < log->n && (!upto || i < upto); i++) {
        int n = event_format(&log->v[i], line, sizeof line - 1);
        if (n > (int)sizeof line - 2) n = (int)sizeof line - 2;
        line[n] = '\n';
        text_add(&t, line, (size_t)n + 1);
    }
    return t.p;
}

static void sink(void *ud, int fd, const char *buf, size_t n)
{
    if (ud) text_add(ud, buf, n);
}

/* A straight `gocafe run`: sim_run with the log recorded; output and log. */
static char *straight_run(const char *src, uint64_t seed, const Schedule *sch, char **out)
{
    Text o = { 0 };
    text_add(&o, "", 0);
    SimConfig cfg = { .seed = seed, .trace = true, .leaks = LEAKS_REPORT, .preempt = g_preempt };
    cfg.write = sink;
    cfg.write_ud = NULL;
    Sim s;
    sim_init(&s, &cfg);
    s.cfg.write_ud = &o;
    assert_true(sim_load(&s, "prog.go", src, strlen(src)));
    if (sch) schedule_attach(&s, sch);
    s.cfg.trace = false;           /* keep the log out of the output */
    sim_run(&s);
    char *log = log_text(s.events, 0);
    sim_free(&s);
    if (out) *out = o.p;
    else free(o.p);
    return log;
}

static Stepper *new_stepper(const char *src, uint64_t seed)
{
    SimConfig cfg = { .seed = seed, .preempt = g_preempt };
    Stepper *st = stepper_new("prog.go", src, strlen(src), &cfg);
    assert_true(stepper_loaded(st));
    return st;
}

static char *stepper_text(Stepper *st) { return log_text(stepper_sim(st)->events, 0); }

/* ---- tests ---- */

static void test_same_seed_same_log(void **state)
{
    for (uint64_t seed = 0; seed < 5; seed++) {
        char *a = straight_run(PROG_WORKERS, seed, NULL, NULL);
        char *b = straight_run(PROG_WORKERS, seed, NULL, NULL);
        assert_true(strlen(a) > 500);
        assert_string_equal(a, b);
        free(a);
        free(b);
    }
    /* and the seed matters: some pair of seeds gives different choices */
    char *a = straight_run(PROG_WORKERS, 0, NULL, NULL);
    bool differs = false;
    for (uint64_t seed = 1; seed < 20 && !differs; seed++) {
        char *b = straight_run(PROG_WORKERS, seed, NULL, NULL);
        differs = strcmp(a, b) != 0;
        free(b);
    }
    free(a);
    assert_true(differs);
}

/* Pausing at every pause point changes nothing: the stepped run's log and
 * output equal a straight run's, byte for byte. */
static void test_stepped_equals_straight(void **state)
{
    for (uint64_t seed = 0; seed < 4; seed++) {
        char *out;
        char *want = straight_run(PROG_WORKERS, seed, NULL, &out);
        Stepper *st = new_stepper(PROG_WORKERS, seed);
        uint64_t last = stepper_pos(st);
        int steps = 0;
        while (stepper_step(st) == STOP_MATCHED) {
            assert_true(stepper_pos(st) > last);
            last = stepper_pos(st);
            steps++;
        }
        assert_true(steps > 20);
        char *got = stepper_text(st);
        assert_string_equal(got, want);
        assert_string_equal(stepper_output(st, NULL), out);
        assert_int_equal(stepper_total(st), stepper_pos(st));
        free(got);
        free(want);
        free(out);
        stepper_free(st);
    }
}

/* The same with timers and the clock, and with seeded preemption (a slice
 * paused mid-way resumes with the budget it had left). */
static void stepped_vs_straight(const char *src, uint64_t seed)
{
    char *out;
    char *want = straight_run(src, seed, NULL, &out);
    Stepper *st = new_stepper(src, seed);
    while (stepper_step(st) == STOP_MATCHED) {
    }
    char *got = stepper_text(st);
    assert_string_equal(got, want);
    assert_string_equal(stepper_output(st, NULL), out);
    free(got);
    free(want);
    free(out);
    stepper_free(st);
}

static void test_stepped_timers_and_preempt(void **state)
{
    stepped_vs_straight(PROG_TIMERS, 0);
    g_preempt = true;
    for (uint64_t seed = 0; seed < 6; seed++) {
        stepped_vs_straight(PROG_WORKERS, seed);
        stepped_vs_straight(PROG_TIMERS, seed);
    }
    /* goroutines that compute get preempted: pauses inside their slices */
    const char *spin =
        "package main\n\nimport \"fmt\"\n\n"
        "func work(id int, c chan int) {\n"
        "\ts := 0\n"
        "\tfor i := 0; i < 500; i++ {\n"
        "\t\ts += i\n"
        "\t}\n"
        "\tc <- s + id\n"
        "}\n\n"
        "func main() {\n"
        "\tc := make(chan int)\n"
        "\tgo work(1, c)\n"
        "\tgo work(2, c)\n"
        "\tfmt.Println(<-c + <-c)\n"
        "}\n";
    char *log = straight_run(spin, 1, NULL, NULL);
    bool preempted = strstr(log, " preempt") != NULL;
    free(log);
    for (uint64_t seed = 0; seed < 4; seed++) stepped_vs_straight(spin, seed);
    g_preempt = false;
    assert_true(preempted);
}

static void test_goto_then_forward(void **state)
{
    char *out;
    char *want = straight_run(PROG_WORKERS, 3, NULL, &out);
    Stepper *st = new_stepper(PROG_WORKERS, 3);
    uint64_t total = stepper_total(st);
    assert_true(total > 50);
    uint64_t targets[] = { total - 1, 5, 40, 2, total / 2, 1, total };
    for (size_t i = 0; i < sizeof targets / sizeof *targets; i++) {
        stepper_goto(st, targets[i]);
        assert_true(stepper_pos(st) >= targets[i]);
        /* the log so far is the straight run's prefix */
        char *prefix = log_text(stepper_sim(st)->events, 0);
        assert_int_equal(strncmp(prefix, want, strlen(prefix)), 0);
        free(prefix);
        StepCond end = { .until = UNTIL_END };
        assert_int_equal(stepper_run(st, &end), STOP_ENDED);
        char *got = stepper_text(st);
        assert_string_equal(got, want);
        assert_string_equal(stepper_output(st, NULL), out);
        free(got);
    }
    free(want);
    free(out);
    stepper_free(st);
}

/* back undoes exactly one step: forward again lands where we were. */
static void test_back(void **state)
{
    Stepper *st = new_stepper(PROG_WORKERS, 1);
    uint64_t start = stepper_pos(st);
    uint64_t pos[64];
    int n = 0;
    pos[n++] = stepper_pos(st);
    while (n < 64 && stepper_step(st) == STOP_MATCHED) pos[n++] = stepper_pos(st);
    for (int i = n - 1; i > 0; i--) {
        assert_int_equal(stepper_pos(st), pos[i]);
        stepper_back(st);
        assert_int_equal(stepper_pos(st), pos[i - 1]);
    }
    stepper_back(st);               /* at the start: stays */
    assert_int_equal(stepper_pos(st), start);
    /* back after a goto (no stepping history) still finds the previous point */
    stepper_goto(st, pos[30]);
    assert_int_equal(stepper_pos(st), pos[30]);
    stepper_back(st);
    assert_int_equal(stepper_pos(st), pos[29]);
    stepper_free(st);
}

static void test_until_conditions(void **state)
{
    Stepper *st = new_stepper(PROG_WORKERS, 0);
    StepCond c = { .until = UNTIL_BLOCK, .g = 1 };
    assert_int_equal(stepper_run(st, &c), STOP_MATCHED);
    Sim *s = stepper_sim(st);
    assert_int_equal(s->gs[0]->status, G_WAITING);
    c = (StepCond){ .until = UNTIL_EXIT, .g = 0 };
    assert_int_equal(stepper_run(st, &c), STOP_MATCHED);
    const Event *e = &s->events->v[s->events->n - 1];
    bool exited = false;
    for (size_t i = 0; i < s->events->n; i++) exited |= s->events->v[i].kind == EV_EXIT;
    assert_true(exited);
    (void)e;
    c = (StepCond){ .until = UNTIL_LEAK };
    assert_int_equal(stepper_run(st, &c), STOP_ENDED);   /* no leak here */
    stepper_restart(st);
    c = (StepCond){ .until = UNTIL_CHOICE };
    assert_int_equal(stepper_run(st, &c), STOP_MATCHED);
    int np;
    const ChoicePoint *cp = stepper_choices(st, &np);
    assert_int_equal(np, 1);
    assert_true(cp[0].n >= 2);
    assert_true(cp[0].step < stepper_pos(st));
    /* breakpoints: the `<-b` / `<-a` after the select (lines 30, 33) */
    stepper_restart(st);
    int32_t lines[] = { 30, 33 };
    c = (StepCond){ .until = UNTIL_LINE, .lines = lines, .nlines = 2 };
    assert_int_equal(stepper_run(st, &c), STOP_MATCHED);
    s = stepper_sim(st);
    /* stopped before the statement (a VM statement stop): no event yet */
    int32_t at = snapshot_g_line(s, sched_running(s));
    assert_true(at == 30 || at == 33);
    assert_int_equal(s->events->v[s->events->n - 1].kind == EV_RECV &&
                     s->events->v[s->events->n - 1].line == at, 0);
    uint64_t before = stepper_pos(st);
    c = (StepCond){ .until = UNTIL_EVENT };
    stepper_run(st, &c);
    const Event *last = &s->events->v[before];
    assert_int_equal(last->kind, EV_RECV);
    assert_int_equal(last->line, at);
    c = (StepCond){ .until = UNTIL_G_EVENT, .g = 2 };
    assert_int_equal(stepper_run(st, &c), STOP_MATCHED);
    bool g2 = false;
    for (size_t i = 0; i < s->events->n && i < 3; i++) g2 |= s->events->v[s->events->n - 1 - i].g == 2;
    assert_true(g2);
    /* virtual time and step */
    c = (StepCond){ .until = UNTIL_STEP, .step = 20 };
    assert_int_equal(stepper_run(st, &c), STOP_MATCHED);
    assert_true(stepper_pos(st) >= 20);
    stepper_free(st);
}

/* Forcing the other ready case changes the run; the schedule replays it
 * exactly, through a file, in a stepper and in a plain sim_run. */
/* Statement stepping on main and line breakpoints use the VM's statement
 * stops; stopping there changes nothing in the run. */
static void test_statement_steps_and_breakpoints(void **state)
{
    char *out;
    char *want = straight_run(PROG_WORKERS, 2, NULL, &out);
    Stepper *st = new_stepper(PROG_WORKERS, 2);
    StepCond c = { .until = UNTIL_STMT, .g = 1 };
    int stops = 0;
    int32_t seen[64] = { 0 };
    while (stepper_run(st, &c) == STOP_MATCHED && stops < 1000) {
        Sim *s = stepper_sim(st);
        if (s->gs[0]->status == G_DEAD) break;
        int32_t line = snapshot_g_line(s, s->gs[0]);
        if (line > 0 && line < 64) seen[line] = 1;
        stops++;
    }
    /* every statement line of main was visited, in particular those that
     * record no event */
    for (int l = 12; l <= 26; l++)
        if (l != 18) assert_true(seen[l]);
    assert_true(seen[29] || seen[32]);
    assert_true(seen[36]);
    assert_true(stops > 30);
    StepCond end = { .until = UNTIL_END };
    stepper_run(st, &end);
    char *got = stepper_text(st);
    assert_string_equal(got, want);
    assert_string_equal(stepper_output(st, NULL), out);
    free(got);
    /* a breakpoint on `sum := 0` (line 22, no event there) */
    stepper_restart(st);
    int32_t lines[] = { 22 };
    StepCond b = { .until = UNTIL_LINE, .lines = lines, .nlines = 1 };
    assert_int_equal(stepper_run(st, &b), STOP_MATCHED);
    Sim *s = stepper_sim(st);
    assert_ptr_equal(sched_running(s), s->gs[0]);
    assert_int_equal(snapshot_g_line(s, s->gs[0]), 22);
    Snapshot sn;
    snapshot_of_stepper(st, &sn);
    assert_int_equal(sn.gs[0].line, 22);
    assert_int_equal(sn.running, 1);
    snapshot_free(&sn);
    /* it does not stop there again; the run still ends as the straight one */
    assert_int_equal(stepper_run(st, &b), STOP_ENDED);
    got = stepper_text(st);
    assert_string_equal(got, want);
    free(got);
    free(want);
    free(out);
    stepper_free(st);
}

static void test_forced_select_and_schedule(void **state)
{
    Stepper *st = new_stepper(PROG_SELECT, 0);
    StepCond c = { .until = UNTIL_END };
    stepper_run(st, &c);
    char *first = strdup(stepper_output(st, NULL));
    int np;
    const ChoicePoint *cp = stepper_choices(st, &np);
    assert_int_equal(np, 1);
    assert_int_equal(cp[0].kind, CHOOSE_SELECT);
    assert_int_equal(cp[0].n, 2);
    assert_int_equal(cp[0].g, 1);
    assert_int_equal(cp[0].cand[0], 0);      /* ready cases 0 and 1 */
    assert_int_equal(cp[0].cand[1], 1);
    uint64_t at = cp[0].step;
    bool was_a = strcmp(first, "a 1\n") == 0;
    assert_true(was_a || strcmp(first, "b 2\n") == 0);
    /* force the other case */
    assert_false(stepper_force(st, at, CHOOSE_RUN, 0));     /* wrong kind */
    assert_false(stepper_force(st, at, CHOOSE_SELECT, 2));  /* out of range */
    assert_true(stepper_force(st, at, CHOOSE_SELECT, was_a ? 1 : 0));
    assert_true(stepper_pos(st) > at);
    const Event *sel = &stepper_sim(st)->events->v[at];
    assert_int_equal(sel->kind, EV_SELECT);
    assert_int_equal(sel->c, SEL_FORCED);
    stepper_run(st, &c);
    const char *second = stepper_output(st, NULL);
    assert_string_equal(second, was_a ? "b 2\n" : "a 1\n");
    char *forced_log = stepper_text(st);
    /* save, then replay from the file in a new stepper */
    char path[] = "/tmp/gocafe_test_schedXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    char err[256];
    assert_true(stepper_schedule_save(st, path, err, sizeof err));
    Stepper *st2 = new_stepper(PROG_SELECT, 99);
    assert_true(stepper_schedule_load(st2, path, err, sizeof err));
    stepper_run(st2, &c);
    assert_string_equal(stepper_output(st2, NULL), second);
    char *log2 = stepper_text(st2);
    assert_string_equal(log2, forced_log);
    /* and in a plain run (gocafe run --schedule FILE) */
    Schedule sch = { 0 };
    assert_true(schedule_load(path, &sch, err, sizeof err));
    char *out3;
    char *log3 = straight_run(PROG_SELECT, sch.seed, &sch, &out3);
    assert_string_equal(out3, second);
    assert_string_equal(log3, forced_log);
    schedule_free(&sch);
    unlink(path);
    free(first);
    free(forced_log);
    free(log2);
    free(log3);
    free(out3);
    stepper_free(st);
    stepper_free(st2);
}

/* "You are the scheduler": run another runnable goroutine at a pick. */
static void test_forced_run_choice(void **state)
{
    Stepper *st = new_stepper(PROG_WORKERS, 4);
    StepCond c = { .until = UNTIL_END };
    stepper_run(st, &c);
    char *before = stepper_text(st);
    int np;
    const ChoicePoint *cps = stepper_choices(st, &np);
    const ChoicePoint *cp = NULL;
    for (int i = 0; i < np && !cp; i++)
        if (cps[i].kind == CHOOSE_RUN && cps[i].n >= 2) cp = &cps[i];
    assert_non_null(cp);
    uint64_t at = cp->step;
    int64_t other = cp->cand[1];
    assert_true(other > 0);
    assert_true(stepper_force(st, at, CHOOSE_RUN, 1));
    const Event *e = &stepper_sim(st)->events->v[at];
    assert_int_equal(e->kind, EV_RUN);
    assert_int_equal(e->a, 3);                 /* from=forced */
    assert_int_equal(e->g, other);
    stepper_run(st, &c);
    char *after = stepper_text(st);
    assert_string_not_equal(before, after);
    assert_non_null(strstr(after, "from=forced"));
    /* the same schedule in a plain run gives the same log */
    char *plain = straight_run(PROG_WORKERS, 4, stepper_schedule(st), NULL);
    assert_string_equal(plain, after);
    free(before);
    free(after);
    free(plain);
    stepper_free(st);
}

static void expect_parse_error(const char *text, const char *want)
{
    Schedule sch = { 0 };
    char err[256] = "";
    assert_false(schedule_parse(text, strlen(text), "s.txt", &sch, err, sizeof err));
    if (strcmp(err, want) != 0) fprintf(stderr, "got: %s\nwant: %s\n", err, want);
    assert_string_equal(err, want);
    assert_int_equal(sch.n, 0);
}

static void test_schedule_file_errors(void **state)
{
    expect_parse_error("seed 7\n12 run 1\n\nbogus\n", "s.txt:4: expected `STEP run|select INDEX`");
    expect_parse_error("# c\n5 run 0\n", "s.txt:2: expected `seed N` before the first choice");
    expect_parse_error("seed 1\n5 walk 0\n", "s.txt:2: expected `run` or `select` after the step");
    expect_parse_error("seed 1\n5 run\n", "s.txt:2: expected a candidate index");
    expect_parse_error("seed 1\n5 run 0\n5 select 1\n", "s.txt:3: steps must increase");
    expect_parse_error("seed 1\n5 run 0 x\n", "s.txt:2: unexpected text at the end of the line");
    expect_parse_error("seed x\n", "s.txt:1: expected a number after seed");
    expect_parse_error("seed 99999999999999999999999\n", "s.txt:1: expected a number after seed");
    expect_parse_error("", "s.txt:1: no `seed N` line");
    Schedule nul = { 0 };
    char nerr[128];
    assert_false(schedule_parse("seed 1\n\0\n", 10, "n", &nul, nerr, sizeof nerr));
    assert_string_equal(nerr, "n:2: not a text file");
    const char bin[] = "seed 1\n7 run 0\n\xff\xfe";
    Schedule sch = { 0 };
    char err[256];
    assert_false(schedule_parse(bin, sizeof bin - 1, "b", &sch, err, sizeof err));
    assert_string_equal(err, "b:3: expected `STEP run|select INDEX`");
    const char *ok = "# gocafe schedule\nseed 7\n  12 run 1   # comment\r\n40 select 0\n";
    assert_true(schedule_parse(ok, strlen(ok), "ok", &sch, err, sizeof err));
    assert_int_equal(sch.seed, 7);
    assert_int_equal(sch.n, 2);
    assert_non_null(schedule_find(&sch, 12, CHOOSE_RUN));
    assert_null(schedule_find(&sch, 12, CHOOSE_SELECT));
    assert_int_equal(schedule_find(&sch, 40, CHOOSE_SELECT)->index, 0);
    schedule_free(&sch);
    /* a missing file, and a stepper left unchanged by a bad file */
    assert_false(schedule_load("/nonexistent/x.sched", &sch, err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent/x.sched"));
    Stepper *st = new_stepper(PROG_SELECT, 5);
    char path[] = "/tmp/gocafe_test_badXXXXXX";
    int fd = mkstemp(path);
    assert_true(write(fd, "seed 3\nzzz\n", 11) == 11);
    close(fd);
    assert_false(stepper_schedule_load(st, path, err, sizeof err));
    assert_non_null(strstr(err, ":2: "));
    assert_int_equal(stepper_schedule(st)->seed, 5);
    unlink(path);
    stepper_free(st);
}

/* Program of about a million steps: unbuffered ping-pong. */
static char *big_program(int n)
{
    char *p = malloc(1024);
    snprintf(p, 1024,
             "package main\n\nimport \"fmt\"\n\n"
             "func main() {\n"
             "\tc := make(chan int)\n"
             "\tdone := make(chan int)\n"
             "\tgo func() {\n"
             "\t\ts := 0\n"
             "\t\tfor v := range c {\n"
             "\t\t\ts += v\n"
             "\t\t}\n"
             "\t\tdone <- s\n"
             "\t}()\n"
             "\tfor i := 0; i < %d; i++ {\n"
             "\t\tc <- i\n"
             "\t}\n"
             "\tclose(c)\n"
             "\tfmt.Println(<-done)\n"
             "}\n", n);
    return p;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void test_back_speed_million_steps(void **state)
{
    char *src = big_program(250000);
    Stepper *st = new_stepper(src, 0);
    double t0 = now_s();
    uint64_t total = stepper_total(st);
    double t1 = now_s();
    print_message("total %llu\n", (unsigned long long)total);
    assert_true(total >= 1000000);
    stepper_goto(st, total - 10);
    double t2 = now_s();
    uint64_t here = stepper_pos(st);
    stepper_back(st);
    double t3 = now_s();
    assert_true(stepper_pos(st) < here);
    stepper_back(st);
    double t4 = now_s();
    print_message("replay: %llu steps; total %.3fs, goto end %.3fs, back %.3fs, back again %.3fs\n",
                  (unsigned long long)total, t1 - t0, t2 - t1, t3 - t2, t4 - t3);
    /* the figure is printed, not asserted tightly: sanitizers and loaded
     * machines are slower (measured -O2: ~0.2-0.35s; ASan ~1.4s) */
    assert_true(t3 - t2 < 5.0);
    /* the end is still the straight run's */
    StepCond c = { .until = UNTIL_END };
    stepper_run(st, &c);
    assert_string_equal(stepper_output(st, NULL), "31249875000\n");
    assert_int_equal(stepper_pos(st), total);
    stepper_free(st);
    free(src);
}

static void test_compile_error(void **state)
{
    const char *bad = "package main\n\nfunc main() {\n\tx := 1\n}\n";
    SimConfig cfg = { 0 };
    Stepper *st = stepper_new("bad.go", bad, strlen(bad), &cfg);
    assert_false(stepper_loaded(st));
    assert_true(stepper_sim(st)->diags.n > 0);
    assert_int_equal(stepper_step(st), STOP_ERROR);
    assert_int_equal(stepper_goto(st, 5), STOP_ERROR);
    assert_int_equal(stepper_back(st), STOP_ERROR);
    stepper_free(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_seed_same_log),
        cmocka_unit_test(test_stepped_equals_straight),
        cmocka_unit_test(test_stepped_timers_and_preempt),
        cmocka_unit_test(test_goto_then_forward),
        cmocka_unit_test(test_back),
        cmocka_unit_test(test_until_conditions),
        cmocka_unit_test(test_statement_steps_and_breakpoints),
        cmocka_unit_test(test_forced_select_and_schedule),
        cmocka_unit_test(test_forced_run_choice),
        cmocka_unit_test(test_schedule_file_errors),
        cmocka_unit_test(test_back_speed_million_steps),
        cmocka_unit_test(test_compile_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
