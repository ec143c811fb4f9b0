/* check_int.h - private to the checker (check*.c, const.c).
 *
 * All checker state lives in one Checker; symbols the checker creates are
 * CSyms (a Symbol plus resolution bookkeeping), so a Symbol* found in any
 * scope may be cast to CSym*.
 */
#ifndef GOCAFE_CHECK_INT_H
#define GOCAFE_CHECK_INT_H
#include <stdbool.h>
#include <stddef.h>
#include "ast.h"
#include "check.h"
#include "diag.h"
#include "sim.h"
#include "types.h"

/* ---------- constants (const.c) ---------- */

/* Result of a representability check, as go/types' codes. */
typedef enum Repr { REPR_OK = 0, REPR_OVERFLOW, REPR_TRUNCATED, REPR_INVALID } Repr;

bool cv_from_lit(Arena *a, TokKind kind, const char *lit, int len, ConstVal *out);
ConstVal cv_int(__int128 v);
ConstVal cv_float(long double f);
ConstVal cv_bool(bool b);
ConstVal cv_str(Arena *a, const char *s, int64_t n);
/* Converts v to the representation type t needs (t basic, typed or untyped);
 * REPR_OK with *out set when representable. */
Repr cv_represent(ConstVal v, Type *t, ConstVal *out);
/* Binary arithmetic on two constants of the same (already matched) kind.
 * intdiv: integer division.  Returns false on overflow beyond 128 bits. */
bool cv_binary(Arena *a, TokKind op, ConstVal x, ConstVal y, bool intdiv, ConstVal *out);
bool cv_compare(TokKind op, ConstVal a, ConstVal b);
/* Unary -, +, ^, ! ; bits/unsigned give ^'s width for typed unsigned. */
bool cv_unary(TokKind op, ConstVal a, int bits, bool is_unsigned, ConstVal *out);
bool cv_shift(TokKind op, ConstVal a, unsigned s, ConstVal *out);
bool cv_is_zero(ConstVal v);
bool cv_is_int_valued(ConstVal v);  /* int, or float with integral value */
ConstVal cv_to_int(ConstVal v);     /* only when cv_is_int_valued */
ConstVal cv_to_float(ConstVal v);
/* go/constant's String(): 300, 1e+300, "st" (quoted, cut at 72), true */
void cv_string(ConstVal v, char *buf, size_t n);
int cv_sign(ConstVal v);

/* ---------- symbols and scopes ---------- */

typedef enum ObjState { OBJ_DONE = 0, OBJ_TODO, OBJ_RESOLVING } ObjState;

typedef struct Generic Generic;   /* check_generic.c */

typedef struct CSym {
    Symbol s;
    ObjState state;       /* package-level lazy resolution */
    Node *spec;           /* N_VALUESPEC / N_TYPESPEC / N_FUNCDECL declaring it */
    int spec_index;       /* position among the spec's names */
    Node *const_values;   /* const spec supplying the (possibly inherited) values */
    struct CSym **deps;   /* package vars/funcs referenced (init order) */
    int ndeps, capdeps;
    bool is_alias;
    int mark;             /* visit stamp (Checker.mark_gen) */
    Generic *gen;         /* generic function or type: its instances */
} CSym;

typedef struct Scope Scope;
struct Scope {
    Scope *parent;
    Symbol **slots;       /* open-addressing hash by name */
    int cap, n;
    Symbol **order;       /* insertion order (for "declared and not used") */
    int norder, caporder;
    bool funcscope;       /* outermost scope of a function body */
};

/* One function being checked (a declaration or a literal). */
typedef struct FuncCtx {
    struct FuncCtx *outer;
    Node *node;           /* N_FUNCDECL / N_FUNCLIT */
    Type *sig;
    Symbol **results;     /* result symbols (named or not: NULL entries) */
    bool named_results;
    Symbol **locals; int nlocals, caplocals;
    Symbol **captures; int ncaptures, capcaptures;
    Scope *scope;         /* the function's outermost scope */
} FuncCtx;

typedef struct Checker {
    Sim *sim;
    TypeTable *tt;
    Arena *arena;
    Diags *d;
    Package *pkg;
    ImportFn import;
    void *ud;
    Scope *universe, *pkgscope, *scope;
    FuncCtx *fn;
    CSym *cur_decl;
    CSym *vstack[64];     /* package vars being resolved (initialization loops) */
    int nvstack;
    int mark_gen;
    /* `type A B` while B is still incomplete: A takes B's underlying later */
    Type *pend_named[64], *pend_src[64];
    int npend;
    /* map key types checked for comparability once every type is complete */
    Type *mapkey_t[64]; Pos mapkey_pos[64]; int nmapkey;       /* package-level var/func whose body/init is checked */
    int nerrors;
    Pos errpos;           /* inherited const expressions report at the constant's name */
    int nsoft;
    int32_t last_line;    /* gc drops an error equal to the previous one on its line */
    char last_msg[256];
    int nsoft_dummy;            /* unused variables/imports/labels, misplaced fallthrough */
    int depth;            /* recursion guard */
    /* iota of the const spec being checked, or -1 */
    int64_t iota;
    void *tstack;         /* check_type.c: declarations being resolved */
    /* package-level declarations in source order */
    CSym **objs; int nobjs, capobjs;
    Node **methods; int nmethods, capmethods;   /* method decls, resolved after types */
    Symbol **imports; int nimports, capimports;
    /* generics: instance bodies still to check (check_generic.c) */
    void *gwork; int ngwork, capgwork;
    void *gres[64];       /* generic type instances being resolved, and */
    bool gres_via[64];    /* whether each was reached through an indirection */
    int ngres;
    bool in_instance;     /* checking a generic instance's body: errors that
                             only instantiation creates are Go-legal */
    bool generic_ok;      /* the next generic function operand is a callee or
                             instantiated: no "without instantiation" error */
} Checker;

/* check.c */
void check_error(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
Scope *scope_new(Checker *c, Scope *parent);
Symbol *scope_lookup_local(Scope *s, const char *name);
Symbol *scope_lookup(Checker *c, const char *name, Scope **where);
void scope_insert(Checker *c, Scope *s, Symbol *sym);
CSym *sym_new(Checker *c, SymKind k, const char *name, Pos pos, Type *t);
void check_declare_local(Checker *c, Symbol *sym, Node *ident);
void check_resolve_obj(Checker *c, CSym *o);
void check_resolve_const_local(Checker *c, CSym *o);
void check_record_dep(Checker *c, Symbol *sym);
Pos check_start_pos(Node *n);
const char *check_tstr(Checker *c, Type *t, char *buf, size_t n);
bool check_exported(const char *name);
void check_func_body(Checker *c, Node *fn, Type *sig, Node *recv, Node *ftype, Node *body);

/* check_type.c: type expressions */
Type *check_type(Checker *c, Node *n);
Type *check_type_or_invalid(Checker *c, Node *n, bool report_nontype);
Type *check_func_type(Checker *c, Node *ftype, Node *recv);
Type *check_typespec(Checker *c, CSym *o);
int check_type_indirect(Checker *c, int depth);   /* depth < 0: only query */

/* check_expr.c */
void check_expr(Checker *c, Node *n);                  /* any mode */
void check_expr_hint(Checker *c, Node *n, Type *hint); /* elided composite type */
void check_rvalue(Checker *c, Node *n);                /* single value */
void check_multi(Checker *c, Node *n);                 /* value or tuple */
bool check_single_value(Checker *c, Node *n);
void check_assign_to(Checker *c, Node *n, Type *t, const char *context);
void check_default(Checker *c, Node *n);   /* untyped -> default type */
void check_convert_untyped(Checker *c, Node *n, Type *target);
void check_set_type(Checker *c, Node *n, Type *t);     /* updateExprType */
bool check_assignable(Checker *c, Node *x, Type *t, char *cause, size_t n);
void check_composite(Checker *c, Node *n, Type *t);
void check_selector(Checker *c, Node *n);
void check_funclit(Checker *c, Node *n);
void check_use_sym(Checker *c, Symbol *sym);

void check_comparison(Checker *c, Node *n, Node *x, Node *y, TokKind op, Node *switch_tag, bool tagless);
void check_mark_addr(Node *n);          /* sets addr_taken on the root variable */
Pos check_sel_pos(Node *n);             /* position of a selector's name */
void check_var_init(Checker *c, Symbol **syms, int n, Type *t, Node **vals, int nvals, bool short_decl);
void check_close_scope(Checker *c, Scope *s);
void check_collect_methods(Checker *c, Type *named, const char *name);
Pos check_field_pos(Checker *c, Type *named, const char *fname);
void check_deferred_map_keys(Checker *c);

bool check_index(Checker *c, Node *i, int64_t max, int64_t *val);

/* check_call.c */
bool check_builtin_is_stmt(BuiltinId id);
void check_call(Checker *c, Node *n);
void check_conversion(Checker *c, Node *n, Type *t, Node *arg);
void check_builtin(Checker *c, Node *n, BuiltinId id);
void check_args(Checker *c, Node *call, Type *sig, const char *fname);

/* check_stmt.c */
void check_block(Checker *c, Node *block, bool newscope);
void check_stmt(Checker *c, Node *n);
bool check_is_terminating(Node *n, const char *label);

/* check_generic.c: generics by instantiation */
void check_generic_decl(Checker *c, CSym *o);
bool check_is_generic(Symbol *s);
bool check_is_generic_method(Checker *c, Node *fd);
/* The type name of a receiver type expression (T, *T, (T), (*T)); *ptr is
 * set for a pointer receiver (check.c). */
Node *check_recv_base(Node *rt, bool *ptr);
Symbol *check_generic_sym(Checker *c, Node *x);
Type *check_instantiate_type_expr(Checker *c, Node *n);
CSym *check_instantiate_func_expr(Checker *c, Node *n, Type **targs, bool *partial);
CSym *check_instantiate_func(Checker *c, Symbol *gsym, Type **targs, Node *at);   /* NULL: cycle */
bool check_infer(Checker *c, Symbol *gsym, Type **targs, Type **atypes, int nargs, bool dots, Node *call,
                 const char *fname);
void check_generic_drain(Checker *c);
void check_generic_without_inst(Checker *c, Node *n, Symbol *s);

/* check_rangefunc.c: for k, v := range seq, rewritten into seq(func...) */
void check_range_func(Checker *c, Node *n);

/* check_fmt.c: expression and operand strings for messages */
typedef struct SBuf {
    char *p;
    size_t len, cap;
} SBuf;
void sb_put(SBuf *b, const char *s);
void sb_putn(SBuf *b, const char *s, size_t n);
void sb_printf(SBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void check_expr_string(Checker *c, Node *n, SBuf *b);
const char *check_estr(Checker *c, Node *n, char *buf, size_t len);
/* go/types operand string: `x (variable of type int)`, `300 (untyped int constant)` */
const char *check_ostr(Checker *c, Node *n, char *buf, size_t len);
/* "(number, string)" summary of types for count errors */
void check_types_summary(Checker *c, Type **ts, int n, bool variadic, SBuf *b);

#define CHECK_MAX_DEPTH 1100
/* private Node flag: the synthetic x op y of an x op= y statement */
#define NF_CHECK_OPASSIGN (1u << 30)

#endif
