/* parse.h - Go source to AST (ast.h), with the gc compiler's syntax errors:
 *   syntax error: unexpected newline, expected { after if clause
 * (current Go's words: Go 1.19 said "expecting", "else" for "keyword else",
 * "x" for "name x").
 * Like gc, the parser reports the first syntax error on a line and recovers
 * at the next statement or declaration. */
#ifndef GOCAFE_PARSE_H
#define GOCAFE_PARSE_H
#include <stddef.h>
#include <stdio.h>
#include "ast.h"
#include "diag.h"
#include "mem.h"

/* Returns an N_FILE (never NULL; possibly partial) and adds any syntax errors
 * to d.  All nodes are allocated in a. */
Node *parse_file(Arena *a, const char *src, size_t len, Diags *d);

/* The N_FILE's ival is the number of errors after which gc stops before type
 * checking (syntax errors, a bad package clause, unsupported generics); lexical
 * errors such as "invalid character U+0040 '@' in identifier" do not count (gc
 * type-checks after them; literals they spoil carry NF_BAD).
 * Positions: Node.pos is types2's StartPos of the node, Node.oppos gc's own
 * node position (see ast.h).  N_FUNCDECL pos is its name; N_SELECTOR endpos is
 * the selected name; N_INDEX with several indices (x[A, B]) has y = first and
 * list = all; N_RANGE with more than two variables keeps them all in list.
 * `go f` / `defer f` (no call) is left as is (x not an N_CALL): as in current gc,
 * the checker reports "expression in go must be function call".
 * Lists of N_FIELD merge names that share one type: (a, b int) is one field. */

/* The go command reads the package clause and imports itself before running
 * the compiler (go/build + go/parser).  parse_file does the same first: when that
 * fails, the N_FILE has NF_BAD set, ival 1, no declarations, and d holds exactly
 * one diagnostic in go/parser's words ("expected 'package', found 'func'") which
 * the go command prints without "# command-line-arguments" and without "./":
 *   prog.go:1:1: expected 'package', found 'func'
 * and then exits with status 1 (not 2).  parse_go_header is that check alone:
 * returns 1 and the first error's position and text when the header is bad. */
int parse_go_header(const char *src, size_t len, Pos *pos, char *msg, size_t cap);

/* Allocation helper shared with the checker (which synthesises nodes). */
Node *ast_new(Arena *a, NodeKind k, Pos pos);
const char *ast_kind_name(NodeKind k);   /* "IDENT", "CALL", ... */

/* Debug dump for tests: one node per line, indented, "slot: KIND details @line:col". */
void ast_dump(Node *n, FILE *out);

/* Go's syntax.String(n) in short form, as gc and types2 print expressions in
 * messages: "ctx.Done()", "n + s", "T{…}", "func() {…}", "x := 1".  Writes at
 * most cap-1 bytes plus a NUL; returns the length written. */
size_t ast_expr_str(Node *n, char *buf, size_t cap);

/* Where types2 reports a node (syntax.StartPos); equals n->pos. */
Pos ast_start_pos(Node *n);

#endif
