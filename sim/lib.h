/* lib.h - the standard library gocafe provides.
 *
 * Each package is Go source embedded in the binary (sim/lib/<path with / as
 * _>.go, e.g. sim/lib/unicode_utf8.go), type-checked and compiled like user
 * code; bodiless declarations there are natives (native.h).  Lesson files and
 * user programs can never add natives: a simulated program reaches the host
 * only through these. */
#ifndef GOCAFE_LIB_H
#define GOCAFE_LIB_H
#include <stdbool.h>

/* One embedded package; the table ends with {NULL, NULL}.  Generated into
 * build/gen/libsrc.c by tests/embed.sh from the Go files in sim/lib. */
typedef struct LibSource {
    const char *path;     /* import path */
    const char *src;      /* Go source */
} LibSource;
extern const LibSource gocafe_lib_sources[];

/* Embedded source for an import path, or NULL when gocafe does not provide it. */
const char *lib_source(const char *path);
/* Real Go packages that gocafe deliberately leaves out because they would
 * reach the host (net/http, os/exec, io/ioutil...): used for a clearer
 * diagnostic than "not found". */
bool lib_reaches_host(const char *path);

/* Go's `//line FILE:LINE` directive on the line right before line `line` of
 * the embedded package `path` (where a function is declared): true, with
 * FILE copied into buf and *delta the amount to add to the function's
 * source lines so that the line after the directive is LINE.  Library Go
 * files use it so that goroutine dumps show Go's own positions
 * (sim/lib/sync.go: sema.go:62, waitgroup.go:139 ...). */
bool lib_line_directive(const char *path, int line, char *buf, size_t bufsize, int *delta);

#endif
