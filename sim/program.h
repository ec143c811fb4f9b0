/* program.h - compiled code: what the compiler produces and the VM runs.
 *
 * The instruction set lives in ops.h (owned by the compiler/VM pair); this
 * header is the container.  A Program is immutable once compiled, so many
 * simulations (the explorer, replay) can share one.
 */
#ifndef GOCAFE_PROGRAM_H
#define GOCAFE_PROGRAM_H
#include <stdint.h>
#include "value.h"
#include "types.h"
#include "pos.h"

typedef uint32_t Instr;

typedef struct Proto {
    const char *name;     /* Go's runtime name: "main.main", "main.(*T).M",
                             "main.main.func1", "strings.Repeat" */
    const char *file;     /* source file for tracebacks (user file or "$GOROOT/src/...") */
    Instr *code;
    int ncode;
    int32_t *lines;       /* source line of each instruction */
    uint8_t *stmts;       /* per code word: 1 = first instruction of a statement
                             (vm_execute_until's stepping; compiler/VM addition) */
    Value *consts;        /* constant pool (strings are GoString* in the sim heap
                             of the program's owner; see compile.h) */
    int nconsts;
    int nparams;          /* slots taken by parameters (receiver first) */
    int nresults;
    int nlocals;          /* total local slots including params */
    int maxstack;         /* operand stack slots needed beyond locals */
    int nfree;            /* captured variables of a closure */
    bool variadic;
    Type *type;           /* its T_FUNC type (without receiver) */
    Pos pos;              /* where it is declared */
    const struct NativeDef *native; /* non-NULL: body is native C */
    int retpc;            /* pc of the epilogue that runs the remaining defers and
                             returns the result slots (after a recovered panic); -1 if none */
    int framesize;        /* nlocals + maxstack: slots a call needs */
    bool recv_readonly;   /* method whose value receiver (array/struct) is never
                             modified: a direct call need not copy it */
} Proto;

typedef struct Program {
    Proto **funcs;
    int nfuncs;
    int main_index;       /* main.main */
    int init_index;       /* synthesized: package var initialisers + init()s, in order */
    int nglobals;
    Type **global_types;  /* for zero-initialising globals */
    const char *filename; /* user file, as given on the command line */
} Program;

#endif
