/* lesson_cmd.c - the lesson commands:
 *   gocafe lessons [--lessons DIR]              the course in order, with progress
 *   gocafe lesson NAME [--plain] [--lessons DIR] play one (NAME: 04, stopping,
 *                                               04-stopping or a path to a .md)
 *   gocafe                                      the menu on a terminal, else the list
 * Progress is read and written here (progress.c); the playing is lesson_play.c. */
#include "lesson.h"
#include "view.h"
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct Course {
    char dirs[LESSON_MAX_DIRS][1024];
    int ndirs;
    LessonEntry *es;
    int n;
    Progress prog;
    bool have_prog;
} Course;

static void course_open(Course *c, const char *extra, const char *argv0)
{
    memset(c, 0, sizeof *c);
    struct stat sb;
    if (extra && (stat(extra, &sb) != 0 || !S_ISDIR(sb.st_mode)))
        fprintf(stderr, "gocafe: --lessons %s: not a directory\n", extra);
    c->ndirs = lesson_dirs(extra, argv0, c->dirs, LESSON_MAX_DIRS);
    c->es = calloc(LESSON_MAX_LIST, sizeof *c->es);
    if (!c->es) abort();
    c->n = lesson_list(c->dirs, c->ndirs, c->es, LESSON_MAX_LIST);
    char path[1024];
    if (progress_default_path(path, sizeof path))
        c->have_prog = progress_load(&c->prog, path, stderr);
}

static void course_close(Course *c)
{
    free(c->es);
    progress_free(&c->prog);
}

static void save_progress(Course *c)
{
    char err[1200];
    if (c->have_prog && !progress_save(&c->prog, err, sizeof err))
        fprintf(stderr, "gocafe: progress not saved: %s\n", err);
}

static void print_list(Course *c, FILE *out)
{
    if (c->n == 0) {
        fprintf(out, "gocafe: no lessons found (looked in:");
        for (int i = 0; i < c->ndirs; i++) fprintf(out, " %s", c->dirs[i]);
        fprintf(out, "%s)\n", c->ndirs ? "" : " nowhere: no lessons directory exists");
        return;
    }
    fprintf(out, "The gocafe course (%d lessons):\n", c->n);
    for (int i = 0; i < c->n; i++) {
        const LessonEntry *e = &c->es[i];
        if (e->err[0]) fprintf(out, "  %-30s %-8s %s\n", e->name, "broken", e->err);
        else fprintf(out, "  %-30s %-8s %s\n", e->name, progress_state_name(progress_get(&c->prog, e->name)), e->title);
    }
    fprintf(out, "\n`gocafe lesson NN` opens one (`--plain` for text only).\n");
}

/* Takes --lessons DIR (and --plain / --check where allowed) out of argv;
 * returns the remaining count. */
static int take_lessons_flag(int argc, char **argv, const char **dir, bool *plain, bool *check, bool *bad)
{
    int n = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--lessons") == 0) {
            if (i + 1 >= argc) { fputs("gocafe: --lessons needs a directory\n", stderr); *bad = true; return 0; }
            *dir = argv[++i];
        } else if (strncmp(argv[i], "--lessons=", 10) == 0) {
            *dir = argv[i] + 10;
        } else if (plain && strcmp(argv[i], "--plain") == 0) {
            *plain = true;
        } else if (check && strcmp(argv[i], "--check") == 0) {
            *check = true;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "gocafe: unknown flag %s\n", argv[i]);
            *bad = true;
            return 0;
        } else {
            argv[n++] = argv[i];
        }
    }
    return n;
}

/* Plays one lesson with nobody at the keyboard; failures go to stdout as
 * `file:line: message`.  true when everything holds. */
static bool check_one(const char *path, const char *name)
{
    Lesson l;
    char err[600];
    if (!lesson_load(path, &l, err, sizeof err)) {
        printf("%s\n", err);
        return false;
    }
    FILE *null = fopen("/dev/null", "w");
    PlayOpts o = { .in = NULL, .out = null ? null : stdout, .workdir = ".", .max_tries = 3,
                   .check = true, .errs = stdout };
    int r = lesson_play_plain(&l, &o);
    if (null) fclose(null);
    int progs = 0, expects = 0, asks = 0, exercises = 0;
    for (int i = 0; i < l.n; i++) {
        progs += l.items[i].op == LO_PROGRAM;
        expects += l.items[i].op == LO_EXPECT || l.items[i].op == LO_RUN || l.items[i].op == LO_OUTPUT ||
                   l.items[i].op == LO_STDERR;
        asks += l.items[i].op == LO_ASK;
        exercises += l.items[i].op == LO_EXERCISE;
    }
    printf("%-4s %-28s %d programs, %d checkpoints, %d questions, %d exercises\n", r == 0 ? "ok" : "FAIL",
           name, progs, expects, asks, exercises);
    lesson_free(&l);
    return r == 0;
}

/* gocafe lessons --check [NAME...]: every lesson (or the named ones). */
static int check_course(Course *c, char **names, int n)
{
    int ok = 0, total = 0;
    for (int i = 0; i < (n ? n : c->n); i++) {
        const LessonEntry *e = n ? lesson_lookup(c->es, c->n, names[i]) : &c->es[i];
        total++;
        if (!e) { printf("gocafe: no lesson %s\n", names[i]); continue; }
        ok += check_one(e->path, e->name);
    }
    printf("lessons --check: %d/%d lessons ok\n", ok, total);
    return ok == total && total > 0 ? 0 : 1;
}

int lessons_main(int argc, char **argv, const char *argv0)
{
    const char *dir = NULL;
    bool bad = false, check = false;
    int n = take_lessons_flag(argc, argv, &dir, NULL, &check, &bad);
    if (bad) return 1;
    if (check) {
        Course c;
        course_open(&c, dir, argv0);
        int status = check_course(&c, argv, n);
        course_close(&c);
        return status;
    }
    if (n) { fprintf(stderr, "gocafe lessons: unexpected %s\n", argv[0]); return 1; }
    Course c;
    course_open(&c, dir, argv0);
    print_list(&c, stdout);
    int status = c.n ? 0 : 1;
    course_close(&c);
    return status;
}

/* Exercise files go to $XDG_STATE_HOME/gocafe/exercises (found again from
 * any directory, never mixed with the learner's own files), else the
 * current directory. */
static void pick_workdir(char *buf, size_t len)
{
    char p[1024];
    if (progress_default_path(p, sizeof p)) {
        char *slash = strrchr(p, '/');
        if (slash) *slash = '\0';
        snprintf(buf, len, "%s/exercises", p);
        for (char *q = buf + 1; *q; q++)   /* mkdir -p */
            if (*q == '/') {
                *q = '\0';
                mkdir(buf, 0700);
                *q = '/';
            }
        mkdir(buf, 0700);
        if (access(buf, W_OK) == 0) return;
    }
    snprintf(buf, len, ".");
}

typedef struct Resume {
    Course *c;
    const char *name;
} Resume;

static void reached(void *ud, int item)
{
    Resume *r = ud;
    progress_set_item(&r->c->prog, r->name, item);
    save_progress(r->c);
}

/* The entry after `name` in the course, or NULL. */
static const LessonEntry *next_entry(const Course *c, const char *name)
{
    for (int i = 0; i + 1 < c->n; i++)
        if (strcmp(c->es[i].name, name) == 0) return &c->es[i + 1];
    return NULL;
}

/* Plays entry e (or a path): full screen on a terminal, else as text;
 * updates progress; says what comes next.  *end: what the learner chose on
 * the full screen's last page (TUI_QUIT when played as text). */
static int play_entry(Course *c, const char *path, const char *name, bool plain, TuiEnd *end)
{
    *end = TUI_QUIT;
    Lesson l;
    char err[600];
    if (!lesson_load(path, &l, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    if (progress_get(&c->prog, name) == LS_NEW) {
        progress_set(&c->prog, name, LS_STARTED);
        save_progress(c);
    }
    char work[1100];
    pick_workdir(work, sizeof work);
    Resume res = { c, name };
    PlayOpts o = { .in = stdin, .out = stdout, .workdir = work, .max_tries = 3,
                   .start_item = progress_item(&c->prog, name), .reached = reached, .ud = &res };
    const char *term = getenv("TERM");
    const LessonEntry *next = next_entry(c, name);
    o.pause = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    bool full = o.pause && !plain && term && *term && strcmp(term, "dumb") != 0;
    int r;
    if (full) *end = lesson_play_tui(&l, &o, next ? next->title : NULL, &r);
    else r = lesson_play_plain(&l, &o);
    lesson_free(&l);
    if (r != 0) {
        if (full) printf("gocafe: %s stays started; `gocafe lesson %s` resumes it.\n", name, name);
        return r;
    }
    progress_set(&c->prog, name, LS_DONE);
    save_progress(c);
    if (next) printf("Next: %s (gocafe lesson %s)\n", next->title, next->name);
    else printf("That was the last lesson of the course.\n");
    return 0;
}

int lesson_main(int argc, char **argv, const char *argv0)
{
    const char *dir = NULL;
    bool plain = false, bad = false;
    int n = take_lessons_flag(argc, argv, &dir, &plain, NULL, &bad);
    if (bad) return 1;
    if (n != 1) { fputs("usage: gocafe lesson NAME [--plain] [--lessons DIR]\n", stderr); return 1; }
    Course c;
    course_open(&c, dir, argv0);
    int status;
    const char *arg = argv[0];
    size_t al = strlen(arg);
    const LessonEntry *e = lesson_lookup(c.es, c.n, arg);
    if (!e && al > 3 && strcmp(arg + al - 3, ".md") == 0 && access(arg, R_OK) == 0) {
        const char *base = strrchr(arg, '/');
        char name[128];
        snprintf(name, sizeof name, "%.*s", (int)(al - 3 - (base ? (size_t)(base + 1 - arg) : 0)),
                 base ? base + 1 : arg);
        TuiEnd end;
        status = play_entry(&c, arg, name, plain, &end);
    } else if (!e) {
        fprintf(stderr, "gocafe: no lesson %s (`gocafe lessons` lists them)\n", arg);
        status = 1;
    } else {   /* on the full screen, Enter at the end goes on through the course */
        TuiEnd end;
        status = play_entry(&c, e->path, e->name, plain, &end);
        for (const LessonEntry *n = e; status == 0 && end == TUI_NEXT && (n = next_entry(&c, n->name)); )
            status = play_entry(&c, n->path, n->name, plain, &end);
    }
    course_close(&c);
    return status;
}

int lesson_default(const char *argv0, const char *extra)
{
    Course c;
    course_open(&c, extra, argv0);
    if (!isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO) || c.n == 0) {
        print_list(&c, stdout);
        course_close(&c);
        return 0;
    }
    for (;;) {
        int i = lesson_menu(c.es, c.n, &c.prog);
        if (i < 0) break;
        TuiEnd end = TUI_MENU;
        while (i >= 0 && i < c.n) {
            if (c.es[i].err[0]) {   /* the menu lists it broken; say why, then back to it */
                fprintf(stderr, "%s\n\nPress Enter for the menu ", c.es[i].err);
                char line[64];
                if (!fgets(line, sizeof line, stdin)) end = TUI_QUIT;
                break;
            }
            int r = play_entry(&c, c.es[i].path, c.es[i].name, false, &end);
            if (r != 0 || end != TUI_NEXT) break;
            i++;
        }
        /* q in a lesson comes back here (the menu shows where you are);
         * q in the menu leaves */
    }
    course_close(&c);
    return 0;
}
