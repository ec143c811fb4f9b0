/* repl.h - `gocafe repl`: Go typed live.
 *
 * The session is a Go program being built up: auto imports, package-level
 * declarations (func, type, import) and main's body (every statement,
 * var and const accepted so far, each followed by `_ = x` for the variables
 * it declared that nothing used yet).  Each input builds a candidate program
 * and runs it in a fresh Stepper; since runs are deterministic, only the
 * output produced after the previous accepted input is printed.  A compile
 * error (Go's diagnostic, positioned in the input as LINE:COL), a panic, a
 * deadlock or a run that never ends drops the input; the REPL stays alive.
 * An expression prints "expr = value (type)".
 *
 * The REPL's current point: the accepted program paused where main is after
 * the last input (a statement stop at a marker statement, `_ = 0`, that
 * ends main's body: :source shows it).  :goroutines, :channels and :view
 * show that state; :step and :back move from it through the run; :continue
 * returns to it; :end lets main return.
 *
 * repl.c is the engine and repl_cmd.c the :commands, help and completion
 * candidates (neither uses readline, so the unit test includes them);
 * repl_lib.c knows the names (library packages and members, the session's
 * variables); repl_rl.c is the terminal front end (readline, history,
 * Ctrl-C, :view).
 */
#ifndef GOCAFE_REPL_H
#define GOCAFE_REPL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "step.h"

typedef struct Repl Repl;

/* :view's back end: opens the TUI on st (the program's source given), with
 * goroutine `focus` focused (0: follow the action). */
typedef void (*ReplViewFn)(Stepper *st, const char *src, size_t len, int64_t focus);

enum { REPL_OK = 0, REPL_QUIT = 1 };

Repl *repl_new(FILE *out);
void repl_free(Repl *r);
void repl_set_view(Repl *r, ReplViewFn fn);
/* One complete input (may span lines): Go code, a :command or help. */
int repl_eval(Repl *r, const char *input);
/* Whether text has unbalanced (, [ or { outside strings and comments. */
bool repl_incomplete(const char *text);
/* Non-interactive loop: lines from in, continuation while incomplete. */
int repl_run_stream(Repl *r, FILE *in);

/* Tab completion of the word that starts at line[start] and runs to the end
 * of line (line is the text before the cursor): commands, goroutine ids after
 * a command that takes one (:goroutine G2, :view G2), pkg.Member for every
 * package of the library, the session's variables, functions and types, and
 * package names (completed with their dot).  Returns a sorted, NULL-ended,
 * malloc'd array without duplicates (free with repl_candidates_free). */
char **repl_candidates(Repl *r, const char *line, size_t start);
/* Where words start for completion (readline's word breaks): '.' and ':'
 * stay inside words, so fmt.Pr and :gor complete as one word. */
#define REPL_WORD_BREAKS " \t\n\"\\'`@$><=;|&{(,)}[]+-*/%!^"
void repl_candidates_free(char **v);

/* Where history lives: $XDG_STATE_HOME/gocafe/history, or
 * $HOME/.local/state/gocafe/history; creates the directory.  False when the
 * path does not fit. */
bool repl_history_path(char *buf, size_t len);

/* `gocafe repl` (argv after "repl"); repl_rl.c. */
int repl_main(int argc, char **argv);

/* ---- names (repl_lib.c) ---- */
typedef struct ReplNames { char **v; int n, cap; } ReplNames;
void repl_names_free(ReplNames *ns);

/* One package of the embedded library: import path, package name, exported
 * package-level names (functions, types, vars, consts). */
typedef struct ReplPkg {
    const char *path;
    const char *name;
    ReplNames members;
} ReplPkg;
/* Every package of the embedded library, read from its Go source. */
ReplPkg *repl_pkgs_load(int *n);
void repl_pkgs_free(ReplPkg *pk, int n);
/* Adds the names the session's loaded program declares: main's top-level
 * variables and the package-level functions, types, vars and consts. */
void repl_session_names(Sim *s, ReplNames *ns);

#endif
