/* main.c - the gocafe command line.
 *
 *   gocafe                     the lesson menu (ui/lesson_cmd.c)
 *   gocafe lessons | lesson NAME the course (ui/lesson_cmd.c)
 *   gocafe run [flags] prog.go run a program as `go run` would
 *   gocafe help | --version
 *
 * Exit status follows the Go toolchain: 0, os.Exit's code, 2 after a panic,
 * a fatal error or a compile error; 1 for gocafe's own usage errors. */
#include "sim.h"
#include "compile.h"
#include "step.h"
#include "readfile.h"
#include "../ui/view.h"
#include "../ui/lesson.h"
#include "../ui/repl.h"
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GOCAFE_VERSION "0.1.0"
#define MAX_SOURCE (16u << 20)  /* a source file larger than this is not a lesson */

static void usage(FILE *out)
{
    fputs("gocafe " GOCAFE_VERSION " - watch Go concurrency happen\n"
          "\n"
          "usage:\n"
          "  gocafe run [flags] prog.go\n"
          "                      run a Go program on the simulated runtime, like `go run`\n"
          "      --seed N          seed of the run (map order, select choices); default 0\n"
          "      --trace           print the event log (docs/TRACE.md) to stderr at the end\n"
          "      --leaks=MODE      goroutines alive when main returns: report (default),\n"
          "                        error (exit status 3) or off\n"
          "      --preempt         switch goroutines at seeded points, as real preemption may\n"
          "      --budget STEPS    stop a goroutine that runs this long without blocking\n"
          "      --heap-cap BYTES  simulated heap limit (default 1 GiB)\n"
          "      --schedule FILE   replay the seed and forced choices saved in FILE\n"
          "      --disasm          print the compiled bytecode instead of running\n"
          "  gocafe view [--seed N] [--plain] [--schedule FILE] prog.go\n"
          "                      watch and step through a program in the café (full screen;\n"
          "                      plain text when not a terminal or with --plain)\n"
          "  gocafe repl         type Go live: statements run in main, expressions print\n"
          "                      their value and type (:help lists the commands)\n"
          "  gocafe [--lessons DIR]\n"
          "                      the course: the lesson menu (the list when not a terminal)\n"
          "  gocafe lessons [--lessons DIR]\n"
          "                      list the lessons with your progress\n"
          "  gocafe lessons --check [--lessons DIR] [NAME...]\n"
          "                      play every lesson with nobody at the keyboard: programs,\n"
          "                      checkpoints, questions and exercises must all hold\n"
          "  gocafe lesson NAME [--plain] [--lessons DIR]\n"
          "                      play one lesson (NAME: 04, stopping or 04-stopping)\n"
          "  gocafe help         this text\n"
          "  gocafe --version    print the version\n",
          out);
}

static int parse_u64(const char *flag, const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s ? s : "", &end, 10);
    if (!s || !*s || *end || errno) {
        fprintf(stderr, "gocafe: invalid value %s for %s\n", s ? s : "(missing)", flag);
        return -1;
    }
    *out = v;
    return 0;
}

static int cmd_run(int argc, char **argv)
{
    SimConfig cfg = {0};
    const char *path = NULL;
    bool disasm = false;
    const char *schedule_path = NULL;
    Schedule sch = {0};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        uint64_t v;
        if (strcmp(a, "--seed") == 0) {
            if (parse_u64(a, i + 1 < argc ? argv[++i] : NULL, &v)) return 1;
            cfg.seed = v;
        } else if (strcmp(a, "--heap-cap") == 0) {
            if (parse_u64(a, i + 1 < argc ? argv[++i] : NULL, &v)) return 1;
            cfg.heap_cap = v;
        } else if (strcmp(a, "--budget") == 0) {
            if (parse_u64(a, i + 1 < argc ? argv[++i] : NULL, &v)) return 1;
            cfg.step_budget = v;
        } else if (strcmp(a, "--trace") == 0) {
            cfg.trace = true;
        } else if (strcmp(a, "--schedule") == 0) {
            if (i + 1 >= argc) {
                fputs("gocafe run: --schedule needs a file\n", stderr);
                return 1;
            }
            schedule_path = argv[++i];
        } else if (strcmp(a, "--disasm") == 0) {
            disasm = true;
        } else if (strcmp(a, "--preempt") == 0) {
            cfg.preempt = true;
        } else if (strncmp(a, "--leaks=", 8) == 0) {
            const char *p = a + 8;
            if (strcmp(p, "report") == 0) cfg.leaks = 0;
            else if (strcmp(p, "error") == 0) cfg.leaks = 1;
            else if (strcmp(p, "off") == 0) cfg.leaks = 2;
            else {
                fprintf(stderr, "gocafe run: --leaks takes report, error or off (got %s)\n", p);
                return 1;
            }
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "gocafe run: unknown flag %s\n", a);
            return 1;
        } else if (!path) {
            path = a;
        } else {
            fprintf(stderr, "gocafe run: one file only (got %s and %s)\n", path, a);
            return 1;
        }
    }
    if (!path) {
        fputs("gocafe run: no Go file given\n", stderr);
        return 1;
    }
    if (schedule_path) {
        char err[512];
        if (!schedule_load(schedule_path, &sch, err, sizeof err)) {
            fprintf(stderr, "gocafe: %s\n", err);
            return 1;
        }
        cfg.seed = sch.seed;  /* a schedule replays the run it was saved from */
    }
    size_t len = 0;
    char *src = ui_read_file(path, MAX_SOURCE, &len);
    if (!src) {
        fprintf(stderr, "gocafe: open %s: %s\n", path, strerror(errno));
        return 1;
    }
    /* goroutine dumps show the absolute path, as a binary built by Go does */
    char *abs = realpath(path, NULL);
    cfg.trace_path = abs;
    Sim s;
    sim_init(&s, &cfg);
    int code;
    if (!sim_load(&s, path, src, len)) {
        fflush(stdout);
        diags_print(&s.diags, stderr);
        code = s.diags.gocmd ? 1 : 2;   /* the go command's own errors exit 1 */
    } else if (disasm) {
        program_disasm(s.prog, stdout);
        code = 0;
    } else {
        if (schedule_path) schedule_attach(&s, &sch);
        SimResult r = sim_run(&s);
        code = r == SIM_OK ? 0 : s.exit_code;
    }
    fflush(stdout);
    sim_free(&s);
    schedule_free(&sch);
    free(abs);
    free(src);
    return code;
}

int main(int argc, char **argv)
{
    if (argc < 2) return lesson_default(argv[0], NULL);   /* the course is the default screen */
    if (strcmp(argv[1], "--lessons") == 0 && argc == 3) return lesson_default(argv[0], argv[2]);
    if (strncmp(argv[1], "--lessons=", 10) == 0 && argc == 2) return lesson_default(argv[0], argv[1] + 10);
    const char *cmd = argv[1];
    if (strcmp(cmd, "lessons") == 0) return lessons_main(argc - 2, argv + 2, argv[0]);
    if (strcmp(cmd, "lesson") == 0) return lesson_main(argc - 2, argv + 2, argv[0]);
    if (strcmp(cmd, "run") == 0) return cmd_run(argc - 2, argv + 2);
    if (strcmp(cmd, "view") == 0) return view_main(argc - 2, argv + 2);
    if (strcmp(cmd, "repl") == 0) return repl_main(argc - 2, argv + 2);
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        puts("gocafe " GOCAFE_VERSION);
        return 0;
    }
    fprintf(stderr, "gocafe: unknown command %s\n\n", cmd);
    usage(stderr);
    return 1;
}
