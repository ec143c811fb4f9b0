/* compile.h - checked AST to bytecode (ops.h). */
#ifndef GOCAFE_COMPILE_H
#define GOCAFE_COMPILE_H
#include "ast.h"
#include "sim.h"

/* Compile all packages (dependency order, main last) into one Program.
 * Constant strings are allocated in s's heap.  Returns NULL (with d filled)
 * only for limits the checker cannot see (e.g. too many locals). */
Program *compile_program(Sim *s, Package **pkgs, int npkgs, Diags *d);
void program_free(Program *p);
/* Human-readable listing, for tests and --disasm. */
void program_disasm(const Program *p, FILE *out);

#endif
