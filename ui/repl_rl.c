/* repl_rl.c - `gocafe repl`'s terminal front end: readline with history in
 * $XDG_STATE_HOME/gocafe/history (repl_history_path) and tab completion
 * (repl_candidates), the TUI for :view, and plain line reading when stdin is
 * not a terminal (tests, pipes). */
#include "repl.h"
#include "view.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <readline/history.h>
#include <readline/readline.h>

/* readline's completion callbacks take no user pointer */
static Repl *g_repl;
static char **g_cands;
static int g_next;
/* Ctrl-C: set by the handler, seen by readline's signal hook */
static volatile sig_atomic_t g_sigint;
static bool g_cancel;           /* drop the block being continued */

static void on_sigint(int sig) { (void)sig; g_sigint = 1; }

/* Ctrl-C never ends the REPL (Go code cannot run while we read, and a line
 * runs at most about half a second): it drops the line being typed and any
 * block being continued, as a shell does. */
static void catch_sigint(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;      /* no SA_RESTART: readline's read sees EINTR */
    sigaction(SIGINT, &sa, NULL);
}

/* readline calls this when a signal interrupts its read */
static int on_signal_event(void)
{
    if (!g_sigint) return 0;
    g_sigint = 0;
    g_cancel = true;
    fputs("^C\n", rl_outstream ? rl_outstream : stdout);
    rl_replace_line("", 0);
    rl_set_prompt("go> ");
    rl_on_new_line();
    rl_redisplay();
    return 0;
}

static char *complete_gen(const char *text, int state)
{
    (void)text;
    return g_cands && g_cands[g_next] ? strdup(g_cands[g_next++]) : NULL;
}

static char **complete_cb(const char *text, int start, int end)
{
    rl_attempted_completion_over = 1;     /* never fall back to file names */
    char *line = strndup(rl_line_buffer, (size_t)end);
    if (!line) abort();
    repl_candidates_free(g_cands);
    g_cands = repl_candidates(g_repl, line, (size_t)start);
    g_next = 0;
    free(line);
    char **m = rl_completion_matches(text, complete_gen);
    /* "fm<Tab>" gives "fmt.": the member comes next, not a space */
    if (m && !m[1] && m[0][0] && m[0][strlen(m[0]) - 1] == '.') rl_completion_suppress_append = 1;
    return m;
}

/* The TUI drives readline in callback mode with its own hooks (term.c) and
 * closes rl_outstream when it ends: the REPL's readline needs its own back. */
typedef struct RlState {
    rl_getc_func_t *getc;
    rl_hook_func_t *avail;
    rl_voidfunc_t *redisplay;
    rl_completion_func_t *complete;
    rl_compdisp_func_t *display;
    rl_vintfunc_t *prep;
    rl_voidfunc_t *deprep;
    FILE *in, *out;
    int catch_signals, catch_sigwinch, change_env;
} RlState;

static void rl_save(RlState *s)
{
    *s = (RlState){ rl_getc_function, rl_input_available_hook, rl_redisplay_function,
                    rl_attempted_completion_function, rl_completion_display_matches_hook,
                    rl_prep_term_function, rl_deprep_term_function, rl_instream, rl_outstream,
                    rl_catch_signals, rl_catch_sigwinch, rl_change_environment };
}

static void rl_restore(const RlState *s)
{
    rl_getc_function = s->getc;
    rl_input_available_hook = s->avail;
    rl_redisplay_function = s->redisplay;
    rl_attempted_completion_function = s->complete;
    rl_completion_display_matches_hook = s->display;
    rl_prep_term_function = s->prep;
    rl_deprep_term_function = s->deprep;
    rl_instream = s->in;
    rl_outstream = s->out ? s->out : stdout;
    rl_catch_signals = s->catch_signals;
    rl_catch_sigwinch = s->catch_sigwinch;
    rl_change_environment = s->change_env;
}

static void open_view(Stepper *st, const char *src, size_t len, int64_t focus)
{
    RlState saved;
    rl_save(&saved);
    View v;
    view_init(&v, st, "repl.go", src, len);
    if (focus > 0) v.focus = focus;
    term_run(&v);
    view_free(&v);
    rl_restore(&saved);
    catch_sigint();                 /* the view leaves SIGINT at its default */
}

/* Reads complete inputs (continuing while brackets are open) until EOF or
 * :quit; each one joins the history file. */
static void loop(Repl *r, const char *hist)
{
    char *acc = NULL;
    for (;;) {
        g_sigint = 0;
        char *line = readline(acc ? "... " : "go> ");
        if (!line) break;
        if (g_cancel) {             /* Ctrl-C while continuing a block */
            free(acc);
            acc = NULL;
            g_cancel = false;
        }
        size_t n = acc ? strlen(acc) : 0, total = n + strlen(line) + 2;
        char *all = malloc(total);
        if (!all) abort();
        snprintf(all, total, "%s%s%s", acc ? acc : "", acc ? "\n" : "", line);
        free(acc);
        free(line);
        acc = all;
        if (acc[0] != ':' && repl_incomplete(acc)) continue;
        if (*acc) {
            add_history(acc);
            if (hist) append_history(1, hist);
        }
        int rc = repl_eval(r, acc);
        free(acc);
        acc = NULL;
        if (rc == REPL_QUIT) break;
    }
    free(acc);
}

/* Whether the history file starts with a timestamp line: a file written
 * without them (one entry a line) must not be read as one long entry. */
static bool stamped(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return true;                  /* a new file: written with them */
    int c0 = fgetc(f), c1 = fgetc(f);
    fclose(f);
    return c0 == EOF || (c0 == '#' && c1 >= '0' && c1 <= '9');
}

int repl_main(int argc, char **argv)
{
    Repl *r = repl_new(stdout);
    if (!isatty(STDIN_FILENO)) {
        repl_run_stream(r, stdin);
        repl_free(r);
        return 0;
    }
    g_repl = r;
    repl_set_view(r, open_view);
    rl_readline_name = "gocafe";
    rl_attempted_completion_function = complete_cb;
    rl_catch_signals = 0;           /* readline's handler would re-raise SIGINT */
    rl_signal_event_hook = on_signal_event;
    catch_sigint();
    rl_basic_word_break_characters = REPL_WORD_BREAKS;
    /* list the candidates at the second Tab, not the third, when the first
     * could not add anything ("fmt.Print" of Print/Printf/Println); set before
     * the first readline() so the user's ~/.inputrc still has the last word */
    rl_variable_bind("show-all-if-unmodified", "on");
    char hist[4096];
    bool have_hist = repl_history_path(hist, sizeof hist);
    /* a block typed over several lines comes back as one entry: timestamp
     * lines ("#1764070000") separate the entries in the file */
    history_comment_char = '#';
    history_write_timestamps = 1;
    history_multiline_entries = have_hist && stamped(hist);
    /* append_history needs the file to exist */
    if (have_hist && read_history(hist) != 0) write_history(hist);
    puts("gocafe repl - Go typed live (help for commands, Tab completes, Ctrl-D leaves)");
    loop(r, have_hist ? hist : NULL);
    repl_candidates_free(g_cands);
    g_cands = NULL;
    repl_free(r);
    return 0;
}
