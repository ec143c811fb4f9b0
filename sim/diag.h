/* diag.h - compile-time diagnostics, printed as go build prints them:
 *   ./prog.go:9:4: undefined: ctx
 * Up to 10, then "too many errors" (as the gc compiler does). */
#ifndef GOCAFE_DIAG_H
#define GOCAFE_DIAG_H
#include <stdbool.h>
#include <stdio.h>
#include "pos.h"

typedef struct Diag {
    Pos pos;
    int seq;              /* insertion order, to keep the sort stable */
    char *msg;            /* may contain "\n\t" continuation lines, as Go's do */
} Diag;

typedef struct Diags {
    const char *filename; /* as given on the command line */
    Diag *v;
    int n, cap;
    bool gocmd;           /* errors found by the go command itself (package
                             clause, imports): printed without the
                             "# command-line-arguments" header and "./" */
} Diags;

void diags_init(Diags *d, const char *filename);
void diags_free(Diags *d);
void diags_add(Diags *d, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Print in go build's form: the first 10 errors in the order they were
 * reported, sorted by position, dropping a repeat of the previous line's
 * message; "too many errors" at the 10th; "./" before a bare file name, as
 * the go command does.  Returns the number of lines printed. */
int diags_print(Diags *d, FILE *out);

#endif
