/* repl_int.h - what the REPL's own modules share (repl.c the engine,
 * repl_cmd.c the :commands, help and completion); not for other callers. */
#ifndef GOCAFE_REPL_INT_H
#define GOCAFE_REPL_INT_H
#include "repl.h"
#include <stdint.h>

typedef struct ReplBuf { char *s; size_t n, cap; } ReplBuf;

struct Repl {
    FILE *out;
    ReplBuf decls, body;     /* accepted package decls; main's body: inputs,
                                each followed by its "\t_ = x\n" lines */
    size_t outlen;           /* output up to the current point */
    int nexpr;               /* expression results so far (__rN) */
    Stepper *st;             /* the accepted program (see here_line) */
    ReplBuf src;             /* its source */
    int32_t here_line;       /* the marker statement ending main's body: the
                                REPL's current point is the statement stop there */
    uint64_t here_pos;       /* the position (events so far) there */
    ReplViewFn view;
    ReplPkg *pkgs;           /* the library, for imports and completion */
    int npkgs;
};

void repl_buf_add(ReplBuf *b, const char *s, size_t n);
void repl_buf_str(ReplBuf *b, const char *s);
/* Forgets the session (keeps out, view and the library). */
void repl_reset(Repl *r);
/* Replays r->st to the current point; false when it is not reached. */
bool repl_goto_here(Repl *r);
/* Whether r->st is paused at the current point. */
bool repl_at_here(Repl *r);
/* A :command or help (repl_cmd.c). */
int repl_command(Repl *r, const char *cmd);

#endif
