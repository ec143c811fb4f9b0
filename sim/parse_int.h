/* parse_int.h - private interfaces between the parser's files (parse*.c). */
#ifndef GOCAFE_PARSE_INT_H
#define GOCAFE_PARSE_INT_H
#include "parse.h"

typedef void (*BranchErrFn)(void *ud, Pos pos, const char *msg);

/* gc's checkBranches on one function body (parse_branch.c); filename is used in
 * "label L already defined at ./prog.go:4:1". */
void parse_check_branches(Node *body, const char *filename, BranchErrFn err, void *ud);

#endif
