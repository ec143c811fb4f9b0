/* repl_rl.c - `gocafe repl`'s terminal front end: readline with history in
 * $XDG_STATE_HOME/gocafe/history and tab completion, the TUI for :view, and
 * plain line reading when stdin is not a terminal (tests, pipes). */
#include "repl.h"
#include "view.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <readline/history.h>
#include <readline/readline.h>

static Repl *g_repl;

static char *complete_gen(const char *text, int state)
{
    static int idx;
    char buf[256];
    if (!state) idx = 0;
    const char *m = repl_complete(g_repl, text, idx++, buf, sizeof buf);
    return m ? strdup(m) : NULL;
}

static char **complete_cb(const char *text, int start, int end)
{
    rl_attempted_completion_over = 1;
    return rl_completion_matches(text, complete_gen);
}

static void open_view(Stepper *st, const char *src, size_t len)
{
    View v;
    view_init(&v, st, "repl.go", src, len);
    term_run(&v);
    view_free(&v);
}

static void history_path(char *buf, size_t len)
{
    const char *x = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
    char dir[3072];
    if (x && *x) snprintf(dir, sizeof dir, "%s/gocafe", x);
    else snprintf(dir, sizeof dir, "%s/.local/state/gocafe", home ? home : ".");
    char mk[3072];
    snprintf(mk, sizeof mk, "%s", dir);
    for (char *p = mk + 1; *p; p++)
        if (*p == '/') { *p = 0; mkdir(mk, 0755); *p = '/'; }
    mkdir(mk, 0755);
    snprintf(buf, len, "%.3000s/history", dir);
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
    rl_attempted_completion_function = complete_cb;
    rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(,)}[]+-*/%!^";
    char hist[3100];
    history_path(hist, sizeof hist);
    if (read_history(hist) != 0) write_history(hist);
    puts("gocafe repl - Go typed live (:help for commands, Ctrl-D to leave)");
    char *acc = NULL;
    for (;;) {
        char *line = readline(acc ? "... " : "go> ");
        if (!line) break;
        size_t n = acc ? strlen(acc) : 0;
        char *all = malloc(n + strlen(line) + 2);
        if (!all) abort();
        snprintf(all, n + strlen(line) + 2, "%s%s%s", acc ? acc : "", acc ? "\n" : "", line);
        free(acc);
        free(line);
        acc = all;
        if (acc[0] != ':' && repl_incomplete(acc)) continue;
        if (*acc) { add_history(acc); append_history(1, hist); }
        int rc = repl_eval(r, acc);
        free(acc);
        acc = NULL;
        if (rc == REPL_QUIT) break;
    }
    free(acc);
    repl_free(r);
    return 0;
}
