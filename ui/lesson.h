/* lesson.h - lessons (docs/LESSONS.md): the parser, where lessons are found,
 * the progress file and the plain-text player.
 *
 * Contract:
 *  - A lesson file is DATA: the parser reads it into a Lesson (title, narrative
 *    chunks, directives with the blocks they claim) and never runs anything.
 *    It never crashes on any input: sizes are capped (LESSON_MAX_*), nothing
 *    recurses on the input, every malformed form is one `file:line: message`.
 *  - Programs named by a lesson run only inside the simulator (Sim/Stepper).
 *  - Progress ($XDG_STATE_HOME/gocafe/progress) is text, one `NAME STATE` per
 *    line, written atomically (temp file + rename); a corrupt file is reported
 *    with its line and renamed progress.corrupt-N, never lost silently.
 * The sources lesson_parse.c lesson_find.c progress.c lesson_play.c never
 * include curses (tests compile them in); the menu is lesson_menu.c. */
#ifndef GOCAFE_LESSON_H
#define GOCAFE_LESSON_H
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>

typedef struct Stepper Stepper;

#define LESSON_MAX_BYTES (1u << 20)   /* a larger file is refused */
#define LESSON_MAX_ITEMS 2000
#define LESSON_MAX_CHOICES 16
#define LESSON_MAX_LIST 500           /* lessons listed from all directories */
#define LESSON_MAX_DIRS 4

typedef enum LessonOp {
    LO_TEXT = 0,      /* narrative: text holds the Markdown chunk */
    LO_PROGRAM, LO_LOAD, LO_SEED, LO_FORCE, LO_RUN, LO_EXPECT, LO_OUTPUT,
    LO_STDERR, LO_ASK, LO_HINT, LO_EXERCISE, LO_CHECK
} LessonOp;

/* run until COND */
typedef enum LessonCondKind {
    LC_BLOCKS, LC_BLOCKS_IN, LC_ANY_BLOCKS, LC_EXITS, LC_STEP, LC_TIME, LC_LINE,
    LC_CHOICE, LC_DEADLOCK, LC_LEAK, LC_END
} LessonCondKind;

/* expect STATE */
typedef enum LessonExpKind {
    LE_G, LE_CHAN_LEN, LE_CHAN_CAP, LE_CHAN_CLOSED, LE_CHAN_OPEN, LE_CHAN_VALUES,
    LE_TIME, LE_LEAKS, LE_OUTPUT, LE_PANIC, LE_DEADLOCK, LE_CTX_ERR,
    LE_CTX_CANCELLED, LE_CTX_LIVE, LE_WG_COUNTER
} LessonExpKind;

typedef enum LessonCheckKind {
    LK_PRINTS, LK_NO_LEAKS, LK_NO_DEADLOCK, LK_BEFORE, LK_EXIT
} LessonCheckKind;

typedef struct LessonChoice {
    char *text;
    char *feedback;   /* NULL: none */
} LessonChoice;

typedef struct LessonItem {
    LessonOp op;
    int line;         /* line of the directive (LO_TEXT: its first line) */
    char *text;       /* LO_TEXT: the chunk; LO_HINT: the body; LO_ASK: the question */
    char *args;       /* the words after the verb, as written */
    char *name;       /* program / exercise / load / output / stderr NAME, expect's
                         chan/ctx/wg NAME; NULL when not given */
    char *block;      /* the claimed ```go / ```text block's content, or NULL */
    int block_line;   /* line of its first content line */
    int program;      /* LO_LOAD/OUTPUT/STDERR: index of the program item (-1 loaded) */
    int exercise;     /* LO_CHECK / LO_HINT: index of its exercise item, or -1 */
    /* options */
    bool has_seed;
    uint64_t seed;    /* seed=N, `seed N` */
    int exit_code;    /* program exit=N */
    bool varies, nogo;
    uint64_t budget;
    int seeds;        /* exercise seeds=N (default 1); check no-deadlock seeds=N */
    char *solution;   /* exercise: FILE as written */
    /* force */
    int force_kind;   /* 0 run, 1 select */
    int64_t force_n;  /* G<n> or case index */
    uint64_t force_step;
    /* run until */
    LessonCondKind cond;
    /* expect */
    LessonExpKind exp;
    int64_t g;        /* G<n> */
    char *what;       /* G state / wait reason, panic text, ctx err, chan values (as written) */
    int64_t n;        /* counts, steps, lines, check exit N */
    int64_t dur;      /* durations in ns */
    /* check */
    LessonCheckKind check;
    /* ask */
    LessonChoice *choices;
    int nchoices;
    int right;
} LessonItem;

typedef struct Lesson {
    char *path;       /* as given */
    char *dir;        /* its directory (for solution=FILE) */
    char *title;      /* from `# Title` */
    LessonItem *items;
    int n, cap;
} Lesson;

/* Parses text (len bytes; any bytes) named `file` in messages.  false: *out
 * freed and err = "file:line: message". */
bool lesson_parse(const char *text, size_t len, const char *file, Lesson *out,
                  char *err, size_t errlen);
/* Reads and parses a file; the same errors, plus "file: cannot read: ..." */
bool lesson_load(const char *path, Lesson *out, char *err, size_t errlen);
void lesson_free(Lesson *l);
/* Go durations: "2s", "500ms", "1m30s", "1.2s"; false when malformed. */
bool lesson_duration(const char *s, int64_t *ns);
const char *lesson_op_name(LessonOp op);

/* ---- finding lessons (lesson_find.c) ---- */
typedef struct LessonEntry {
    char name[128];   /* file name without .md: "04-stopping" */
    char path[1024];
    char title[160];  /* from the file, or the name */
    char intro[320];  /* its first paragraph, plain text (Markdown marks dropped) */
    char err[512];    /* parse error, "" when it parses */
} LessonEntry;

/* Directories searched, in order: --lessons DIR (extra, may be NULL),
 * $XDG_DATA_HOME/gocafe/lessons (default ~/.local/share/...), ./lessons next
 * to the executable (argv0), GOCAFE_LESSONS_DIR.  Returns the count. */
int lesson_dirs(const char *extra, const char *argv0, char dirs[][1024], int max);
/* Lessons of all dirs (NN-*.md, a name found earlier wins), sorted by name;
 * each parsed for its title / error.  Returns the count (<= max). */
int lesson_list(char dirs[][1024], int ndirs, LessonEntry *out, int max);
/* The entry for NAME: exact, "04" prefix number, or name without the number. */
const LessonEntry *lesson_lookup(const LessonEntry *es, int n, const char *name);

/* ---- progress (progress.c) ---- */
typedef enum LessonState { LS_NEW = 0, LS_STARTED, LS_DONE } LessonState;

typedef struct ProgressEntry {
    char name[128];
    LessonState state;
    int item;             /* started: the lesson item to resume at (0: start) */
} ProgressEntry;

typedef struct Progress {
    char path[1024];
    ProgressEntry *v;
    int n, cap;
} Progress;

/* $XDG_STATE_HOME/gocafe/progress, else $HOME/.local/state/gocafe/progress. */
bool progress_default_path(char *buf, size_t len);
/* Loads path (a missing file is empty progress).  A corrupt file: a message
 * "path:line: ..." goes to warn (if not NULL), the file is renamed
 * path.corrupt-N and progress starts empty; still returns true.  false only
 * when the path is unusable. */
bool progress_load(Progress *p, const char *path, FILE *warn);
LessonState progress_get(const Progress *p, const char *name);
void progress_set(Progress *p, const char *name, LessonState st);
/* Where a started lesson resumes (saved as `NAME started ITEM`). */
int progress_item(const Progress *p, const char *name);
void progress_set_item(Progress *p, const char *name, int item);
/* Atomic write (temp + rename), creating the directories; false + err. */
bool progress_save(const Progress *p, char *err, size_t errlen);
void progress_free(Progress *p);
const char *progress_state_name(LessonState st);

/* ---- the player (lesson_play.c) ---- */

/* What the player waits for at a pause (PlayOpts.ask). */
typedef enum PlayAsk {
    ASK_GO_ON,        /* the learner reads the panes; Enter goes on */
    ASK_REACH,        /* a checkpoint: the learner steps to it (Enter jumps there) */
    ASK_CHOICE,       /* a question: a choice number */
    ASK_HINT,         /* a hint is offered: "h" shows it, "" goes on */
    ASK_EXERCISE,     /* "" checks the file, or h, s, reset, skip, q */
    ASK_CONFIRM,      /* y or n */
    ASK_END           /* the lesson is complete (the panes still show its state) */
} PlayAsk;

/* One pause, as the full-screen player (lesson_tui.c) sees it. */
typedef struct PlayPause {
    PlayAsk kind;
    const char *prompt;   /* the plain player's prompt */
    int item;             /* the lesson item paused at */
    Stepper *st;          /* the loaded program (or NULL) */
    const char *file;     /* ASK_EXERCISE: the learner's file to edit and watch */
    uint64_t target;      /* ASK_REACH: the step where the checkpoint holds */
    int nchoices;         /* ASK_CHOICE */
} PlayPause;

typedef struct PlayOpts {
    FILE *in, *out;
    const char *workdir;  /* where exercise starting code is written ("." default) */
    int max_tries;        /* failed checks before the solution is shown (3) */
    bool pause;           /* a person at a terminal: wait after each `run until` */
    /* Resume: items before start_item are replayed without output (programs
     * loaded and run, questions and exercises taken as done).  reached(ud, i)
     * is called after each question / exercise with the item to resume at. */
    int start_item;
    void (*reached)(void *ud, int item);
    void *ud;
    /* The full-screen player: every pause goes to ask() instead of reading
     * `in` (false: the learner quit or went back); loaded() tells it the
     * program (and source) the panes should show.  Narrative is still written
     * to `out`.  With ask set, quiet replay still writes the narrative. */
    bool (*ask)(void *ui, const PlayPause *pp, char *buf, size_t len);
    void (*loaded)(void *ui, Stepper *st, const char *src, size_t len);
    void *ui;
    /* `gocafe lessons --check`: nobody at the keyboard.  Questions take their
     * right answer, hints are skipped, each exercise's starting code must fail
     * a check and its reference solution pass them all; every program's exit
     * status is checked.  Each failure is written to errs as `file:line: msg`. */
    bool check;
    FILE *errs;
} PlayOpts;

/* Plays a parsed lesson as text.  Returns 0 when completed, 1 when the input
 * ended or the learner quit before the end, 2 on an error in the lesson (in
 * check mode: when anything failed). */
int lesson_play_plain(const Lesson *l, const PlayOpts *o);

/* ---- the full-screen player (lesson_tui.c, curses) ---- */
typedef enum TuiEnd { TUI_QUIT = 0, TUI_DONE, TUI_NEXT, TUI_MENU } TuiEnd;
/* Plays l with the narrative pane beside the simulation panes.  o carries
 * workdir, max_tries, start_item and the reached() callback; *status gets
 * lesson_play_plain's result.  Returns what the learner asked for at the end. */
TuiEnd lesson_play_tui(const Lesson *l, const PlayOpts *o, const char *next_title, int *status);

/* ---- commands (lesson_cmd.c) ---- */
int lessons_main(int argc, char **argv, const char *argv0);   /* gocafe lessons */
int lesson_main(int argc, char **argv, const char *argv0);    /* gocafe lesson NAME */
/* `gocafe` with no arguments: the menu on a terminal, else the list;
 * extra: a --lessons DIR (or NULL). */
int lesson_default(const char *argv0, const char *extra);
/* lesson_menu.c (curses): returns the chosen index, -1 to quit. */
int lesson_menu(const LessonEntry *es, int n, const Progress *p);

#endif
