/* repl.h - `gocafe repl`: Go typed live.
 *
 * The session is a Go program being built up: auto imports, package-level
 * declarations (func, type, import) and main's body (every statement,
 * var and const accepted so far).  Each input builds a candidate program,
 * runs it to the end in a fresh Stepper and, since runs are deterministic,
 * prints only the output produced after the previous accepted input.  A
 * compile error, a panic, a deadlock or a run that never ends drops the
 * input; the REPL stays alive.  An expression prints "expr = value (type)".
 *
 * repl.c is the engine (no readline, so the unit test can include it);
 * repl_rl.c is the terminal front end (readline, history, completion, :view).
 */
#ifndef GOCAFE_REPL_H
#define GOCAFE_REPL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "step.h"

typedef struct Repl Repl;

/* :view's back end: opens the TUI on st (the program's source given). */
typedef void (*ReplViewFn)(Stepper *st, const char *src, size_t len);

enum { REPL_OK = 0, REPL_QUIT = 1 };

Repl *repl_new(FILE *out);
void repl_free(Repl *r);
void repl_set_view(Repl *r, ReplViewFn fn);
/* One complete input (may span lines): Go code or a :command. */
int repl_eval(Repl *r, const char *input);
/* Whether text has unbalanced (, [ or { outside strings and comments. */
bool repl_incomplete(const char *text);
/* Non-interactive loop: lines from in, continuation while incomplete. */
int repl_run_stream(Repl *r, FILE *in);
/* The i-th completion of the word `prefix` (commands, variables, pkg.Member). */
const char *repl_complete(Repl *r, const char *prefix, int i, char *buf, size_t len);
/* `gocafe repl` (argv after "repl"); repl_rl.c. */
int repl_main(int argc, char **argv);

#endif
