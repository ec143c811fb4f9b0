/* compile_int.h - shared by the compiler's files (private).
 *
 *   compile.c       program, functions, emission, closures analysis, disassembler
 *   compile_expr.c  expressions, lvalues, conversions, composite literals
 *   compile_call.c  calls, methods, builtins, defer/go
 *   compile_stmt.c  statements
 *
 * Registers are allocated as in Lua: locals take the next free slot when
 * declared (nactive), temporaries live above them (top) and are released by
 * resetting top; maxtop gives the frame size.
 */
#ifndef GOCAFE_COMPILE_INT_H
#define GOCAFE_COMPILE_INT_H
#include "compile.h"
#include "ops.h"
#include "rt.h"
#include "native.h"
#include <stdlib.h>

#define ANY (-1)                  /* expr: any register will do */

typedef struct Jumps {
    int *v;                       /* positions of jump-target operand words */
    int n, cap;
} Jumps;

typedef struct Loop {
    struct Loop *outer;
    const char *label;
    bool breakonly;               /* switch / select: break only */
    Jumps breaks;
    Jumps conts;
} Loop;

typedef struct Label {
    const char *name;
    int pc;                       /* -1 until defined */
    Jumps pending;
} Label;

typedef struct Fn {
    struct Fn *parent;
    Node *node;                   /* N_FUNCDECL, N_FUNCLIT, or NULL (init) */
    Proto *p;
    int index;                    /* in Program.funcs */
    Instr *code;
    int32_t *lines;
    uint8_t *stmts;               /* Proto.stmts: statement starts */
    bool stmt_pending;            /* the next instruction emitted starts a statement */
    int ncode, capcode;
    Value *k;
    int nk, capk;
    int nactive;                  /* slots held by live locals */
    int top, maxtop;              /* next free temp; high-water mark */
    Symbol **frees;               /* captured outer variables, in closure order */
    int nfree;
    Loop *loop;
    Label *labels;
    int nlabels, caplabels;
    int line;
    bool has_defer;
    int nresults;
    Type **rtypes;                /* result types */
    int *rslots;                  /* result slots when has_defer or named results */
    Symbol **rsyms;               /* named result symbols or NULL */
    bool named;
    Jumps retjumps;               /* returns jumping to the epilogue */
    int nclosures;                /* for naming func1, func2 ... */
    Symbol *uniq[16];             /* slice locals checked for sole ownership */
    bool uniqres[16];
    int nuniq;
    const char *name;
} Fn;

typedef struct Comp {
    Sim *s;
    Diags *d;
    TypeTable *tt;
    Fn *fn;
    Package *pkg;
    Proto **funcs;
    int nfuncs, capfuncs;
    Type **gtypes;
    int nglobals, capglobals;
    bool failed;
    const char *label;            /* label of the statement being compiled */
    const char *varname;          /* variable a make(chan) is assigned to, for the UI */
    Node *varnode;                /* ... when this node (the make call) is the value */
    Symbol *inplace;              /* x = append(x, ...) may grow x's header in place */
} Comp;

/* compile.c */
int emit(Comp *c, Op op, ...);          /* operands as ints; returns pc of the op */
int here(Comp *c);
void patch(Comp *c, int operand_pos, int target);
void jumps_add(Jumps *j, int pos);
void jumps_patch(Comp *c, Jumps *j, int target);
int kadd(Comp *c, Value v);
int ktype(Comp *c, Type *t);
int kstr(Comp *c, const char *s, int64_t len);
int tmp(Comp *c);
int tmpn(Comp *c, int n);                /* n consecutive temps; returns the first */
void settop(Comp *c, int t);
void reserve(Comp *c, int reg);          /* make sure maxtop covers reg */
int declare_local(Comp *c, Symbol *sym, int reg); /* binds sym to reg (box if needed) */
bool sym_boxed(Symbol *sym);
int new_proto(Comp *c, const char *name, const char *file, Pos pos);
Fn *fn_begin(Comp *c, Fn *fn, Node *node, int index, const char *name);
void fn_end(Comp *c, Fn *fn);
void compile_funclit_body(Comp *c, Fn *fn, Node *lit);
void cerror(Comp *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
char *cstrf(Comp *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int free_index(Fn *fn, Symbol *sym);     /* -1 if not a free variable of fn */

/* compile_expr.c */
int expr(Comp *c, Node *n, int dst);
int expr_to(Comp *c, Node *n, int dst);  /* exactly into dst */
/* Value of n as stored into a new home of type `to`: interface boxing,
 * aggregate copy. */
int expr_assign(Comp *c, Node *n, Type *to, int dst);
/* Convert register r holding a value of type `from` for storing as `to`
 * (box / copy), into dst (may equal r). fresh: value is not shared. */
int convert_store(Comp *c, int r, Type *from, Type *to, bool fresh, int dst);
bool is_fresh(Node *n);
bool is_nil(Node *n);
Node *unparen(Node *n);
void cond_jump(Comp *c, Node *n, bool when, Jumps *j);
void emit_const(Comp *c, ConstVal *cv, Type *t, int dst);
void emit_wrap(Comp *c, Type *t, int r);
/* d = a op b for arithmetic type t (count: type of a non-constant shift count) */
void emit_arith(Comp *c, TokKind op, Type *t, Type *count, int d, int a, int b);

typedef enum LvKind {
    LV_BLANK, LV_REG, LV_BOX, LV_FREE, LV_GLOBAL, LV_FIELD, LV_PFIELD,
    LV_ARR, LV_SLICE, LV_MAP, LV_PTR
} LvKind;
typedef struct LValue {
    LvKind k;
    int a, b;                     /* registers / indices, per kind */
    Type *t;                      /* type of the variable */
    Type *mt;                     /* map type for LV_MAP */
} LValue;
LValue lvalue(Comp *c, Node *n);
int lv_load(Comp *c, LValue *lv, int dst);
void lv_store(Comp *c, LValue *lv, int src);
int lv_addr(Comp *c, LValue *lv, int dst);
/* lv = R[src] of type t: arrays/structs are copied INTO lv's storage. */
void lv_assign(Comp *c, LValue *lv, int src, Type *t);

/* UI names of channels (chan_make's name: "jobs", "w.jobs", "ctx.Done()"):
 * a make(chan) that is the whole value rhs stored into lhs (a variable,
 * field or element) is named after lhs's source text, or after the field's
 * `gocafe:"name"` struct tag when it has one (the hook library Go code uses,
 * e.g. context's done channel).  lhs_text: NULL = render lhs. */
void chan_name(Comp *c, Node *lhs, const char *lhs_text, Node *rhs);
/* The name for a channel made into field f of composite literal lit: the
 * tag's, else "v.f" when lit is the value named v, else "f". */
const char *field_chan_name(Comp *c, Field *f, Node *lit);

/* UI names of contexts and WaitGroups (OP_NAMEOBJ): after a value of type t
 * is in R[reg] on its way into the variable `name` (source text of the
 * variable, field or element; NULL: name nothing), names what it holds: a
 * context.Context that rhs (a call) made, a sync.WaitGroup or *WaitGroup,
 * the WaitGroup fields of a struct or *struct ("s.wg").  Emits nothing for
 * other types and in library packages.  obj_var_text: lhs's text (NULL for
 * the blank identifier). */
void obj_name(Comp *c, int reg, Type *t, const char *name, Node *rhs);
bool obj_nameable(Comp *c, Type *t, Node *rhs);   /* would obj_name emit? */
const char *obj_var_text(Comp *c, Node *lhs);

/* compile_call.c */
int compile_call(Comp *c, Node *n, int dst, int *nres); /* results at returned reg.. */
int compile_builtin(Comp *c, Node *n, int dst);
void compile_defer_go(Comp *c, Node *n, bool isgo);
int method_func_index(Comp *c, Type *recv, const char *name);
/* nocopy: the callee never modifies a value receiver (direct calls only) */
int method_receiver(Comp *c, Node *x, Selection *sel, Method *m, int dst, bool nocopy);

/* compile_wrap.c */
void compile_wrappers(Comp *c, Package *pkg);
int method_expr_wrapper(Comp *c, Type *ft, int fi, Type *recv);
int iface_method_expr_wrapper(Comp *c, Type *ft, Type *iface, const char *name);

/* compile_stmt.c */
void stmt(Comp *c, Node *n);
void block(Comp *c, Node **list, int n);
void emit_return_epilogue(Comp *c);

#endif
