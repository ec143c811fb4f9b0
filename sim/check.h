/* check.h - the type checker: scopes, types, constants, Go's diagnostics.
 *
 * Fills the annotation half of every Node (ast.h) and the Package fields.
 * Diagnostics use the gc compiler's words (see ../shared/GO-FACTS.md §5,
 * preferring current Go where it differs: "declared and not used: x").
 */
#ifndef GOCAFE_CHECK_H
#define GOCAFE_CHECK_H
#include <stdbool.h>
#include "ast.h"
#include "sim.h"

/* Resolves an import path to an already-checked package; NULL when gocafe
 * does not provide it (the checker then reports the import). */
typedef Package *(*ImportFn)(void *ud, const char *path);

/* Check pkg (pkg->file already parsed).  Errors go to d.  Returns true when
 * no error was found. */
bool check_package(Sim *s, Package *pkg, Diags *d, ImportFn import, void *ud);

/* go/types' rule for len/cap of an array: constant unless x holds a call
 * whose value is not constant, or a receive (function literals are not
 * entered).  The compiler uses the same rule for `for i := range x`, where
 * such an x must still be evaluated.  Needs x checked. */
bool check_has_call_or_recv(const Node *x);

#endif
