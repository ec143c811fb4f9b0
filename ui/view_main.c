/* view_main.c - `gocafe view prog.go [--seed N] [--plain] [--schedule FILE]
 * [--width N] [--bench-render]`: loads the program into a Stepper and hands
 * it to the curses back end, or to the plain one when stdout is not a
 * terminal, TERM is dumb or --plain is given.  --bench-render prints the
 * cost of one frame (snapshot + views) for `make bench`: a figure, not a
 * test. */
#include "view.h"
#include "readfile.h"
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include "diag.h"

#define VIEW_MAX_SOURCE (16u << 20)

/* A program with 1,000 goroutines and 100 channels, for --bench-render
 * without a file. */
static const char BENCH_PROG[] =
    "package main\n\n"
    "import \"time\"\n\n"
    "func worker(id int, in chan int, out chan int) {\n"
    "\tv := <-in\n"
    "\tout <- v + id\n"
    "}\n\n"
    "func main() {\n"
    "\tchans := make([]chan int, 100)\n"
    "\tfor i := range chans {\n"
    "\t\tchans[i] = make(chan int, 4)\n"
    "\t}\n"
    "\tout := make(chan int)\n"
    "\tfor i := 0; i < 1000; i++ {\n"
    "\t\tgo worker(i, chans[i%100], out)\n"
    "\t}\n"
    "\ttime.Sleep(time.Second)\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tchans[i] <- i\n"
    "\t}\n"
    "\ttime.Sleep(time.Second)\n"
    "}\n";

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Frames of w x h: snapshot + views + rows to text, averaged. */
static int bench_render(View *v, int w, int h)
{
    StepCond c = { .until = UNTIL_TIME, .time = 1500000000 };
    stepper_run(v->st, &c);
    view_refresh(v);
    TextBuf tb;
    tb_init(&tb, w, h);
    char row[8192];
    enum { FRAMES = 200 };
    double snap = 0, draw = 0;
    for (int i = 0; i < FRAMES; i++) {
        double t0 = now_ms();
        view_refresh(v);
        double t1 = now_ms();
        view_render(v, &tb);
        for (int y = 0; y < tb.h; y++) tb_row_text(&tb, y, false, row, sizeof row);
        double t2 = now_ms();
        snap += t1 - t0;
        draw += t2 - t1;
    }
    /* steps: simulate one step, then snapshot and draw */
    stepper_restart(v->st);
    StepCond c2 = { .until = UNTIL_TIME, .time = 1000000000 };
    stepper_run(v->st, &c2);
    int steps = 0;
    double t0 = now_ms();
    for (; steps < 50; steps++) {
        if (stepper_step(v->st) != STOP_MATCHED) break;
        view_refresh(v);
        view_render(v, &tb);
    }
    double stepms = steps ? (now_ms() - t0) / steps : 0;
    printf("render: %d goroutines, %d channels, %dx%d: %.3f ms per frame "
           "(snapshot %.3f ms + views %.3f ms); step+frame %.3f ms (%d steps)\n",
           v->sn.ngs, v->sn.nchans, w, h, (snap + draw) / FRAMES, snap / FRAMES, draw / FRAMES,
           stepms, steps);
    tb_free(&tb);
    return 0;
}

/* "step 14/52": learns the total with a scratch stepper run at most
 * PROBE_STEPS steps, so a program that never ends (a ticker loop) cannot
 * hang the start; such a run shows "step 14/?". */
#define PROBE_STEPS 200000
static void probe_total(Stepper *st, const char *path, const char *src, size_t len,
                        const SimConfig *cfg, const char *sched)
{
    Stepper *p = stepper_new(path, src, len, cfg);
    char err[256];
    if (stepper_loaded(p) && (!sched || stepper_schedule_load(p, sched, err, sizeof err))) {
        StepCond c = { .until = UNTIL_STEP, .step = PROBE_STEPS };
        if (stepper_run(p, &c) == STOP_ENDED) stepper_total(st);   /* known to be short */
    }
    stepper_free(p);
}

static int usage_err(const char *what)
{
    fprintf(stderr, "gocafe view: %s\n"
            "usage: gocafe view prog.go [--seed N] [--plain] [--schedule FILE] [--width N]\n", what);
    return 1;
}

int view_main(int argc, char **argv)
{
    const char *path = NULL, *sched = NULL;
    uint64_t seed = 0;
    bool plain = false, bench = false;
    int width = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--seed") == 0 && i + 1 < argc) {
            char *end;
            seed = strtoull(argv[++i], &end, 10);
            if (*end || !*argv[i]) return usage_err("--seed takes a number");
        } else if (strcmp(a, "--plain") == 0) plain = true;
        else if (strcmp(a, "--bench-render") == 0) bench = true;
        else if (strcmp(a, "--schedule") == 0 && i + 1 < argc) sched = argv[++i];
        else if (strcmp(a, "--width") == 0 && i + 1 < argc) width = atoi(argv[++i]);
        else if (a[0] == '-' && a[1]) {
            char m[128];
            snprintf(m, sizeof m, "unknown flag %s", a);
            return usage_err(m);
        } else if (!path) path = a;
        else return usage_err("one file only");
    }
    if (!path && !bench) return usage_err("no Go file given");
    size_t len = 0;
    char *src;
    if (path) {
        src = ui_read_file(path, VIEW_MAX_SOURCE, &len);
        if (!src) {
            fprintf(stderr, "gocafe: open %s: %s\n", path, strerror(errno));
            return 1;
        }
    } else {
        path = "bench.go";
        len = sizeof BENCH_PROG - 1;
        src = malloc(len + 1);
        memcpy(src, BENCH_PROG, len + 1);
    }
    setlocale(LC_ALL, "");
    SimConfig cfg = { .seed = seed };
    Stepper *st = stepper_new(path, src, len, &cfg);
    if (!stepper_loaded(st)) {
        diags_print(&stepper_sim(st)->diags, stderr);
        stepper_free(st);
        free(src);
        return 2;
    }
    if (sched) {
        char err[512];
        if (!stepper_schedule_load(st, sched, err, sizeof err)) {
            fprintf(stderr, "gocafe: %s\n", err);
            stepper_free(st);
            free(src);
            return 1;
        }
    }
    if (!bench) probe_total(st, path, src, len, &cfg, sched);
    View v;
    view_init(&v, st, path, src, len);
    const char *cs = nl_langinfo(CODESET);
    v.ascii = !(cs && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "utf8") == 0));
    int code;
    const char *term = getenv("TERM");
    if (bench) code = bench_render(&v, 120, 40);
    else if (plain || !isatty(STDOUT_FILENO) || !term || !*term || strcmp(term, "dumb") == 0) {
        if (!width && getenv("COLUMNS")) width = atoi(getenv("COLUMNS"));
        code = plain_run(&v, stdin, stdout, width ? width : 100);
    } else code = term_run(&v);
    view_free(&v);
    stepper_free(st);
    free(src);
    return code;
}
