/* ast.h - the syntax tree, and the annotations the checker leaves on it.
 *
 * One generic Node with a few child slots; the table below says which slots
 * each kind uses.  The parser fills the syntax part; the checker fills the
 * annotation part (type, mode, cv, sym, sel, ...); the compiler reads both.
 * Nodes are allocated in an Arena and live as long as the compiled program.
 *
 * kind            slots used (anything else is NULL / 0)
 * ---- expressions ----
 * N_BAD           -                         (after a syntax error)
 * N_IDENT         name
 * N_BASICLIT      op = TK_INT/TK_FLOAT/TK_IMAG/TK_CHAR/TK_STRING, lit/litlen = raw text
 * N_COMPOSITE     x = type (NULL when elided inside an outer literal), list = elements
 *                 (each N_KEYVALUE or a plain expr); flags NF_ELLIPSIS_LEN for [...]T
 * N_KEYVALUE      x = key, y = value
 * N_FUNCLIT       x = N_FUNCTYPE, y = body N_BLOCK
 * N_PAREN         x
 * N_SELECTOR      x . name      (endpos = position of name)
 * N_INDEX         x [ y ]     (y NULL never; generic instantiation x[T] is rejected;
 *                             x[A, B]: y = A and list = all indices)
 * N_SLICEEXPR     x [ y : z : w ]  (y/z/w may be NULL); NF_SLICE3 when 3-index form
 * N_TYPEASSERT    x.( y )     y NULL for x.(type) (only inside a type switch)
 * N_CALL          x ( list )  NF_ELLIPSIS if the last arg is followed by ...
 * N_STAR          * x         (dereference, or pointer type)
 * N_UNARY         op x        (op: TK_ADD TK_SUB TK_NOT TK_XOR TK_AND(&x) TK_ARROW(<-x))
 * N_BINARY        x op y
 * ---- types ----
 * N_ARRAYTYPE     [ x ] y     x NULL for a slice type; x = N_ELLIPSISTYPE-less
 *                             NF_ELLIPSIS_LEN for [...]T
 * N_STRUCTTYPE    list = N_FIELD
 * N_FUNCTYPE      list = params (N_FIELD), list2 = results (N_FIELD)
 * N_INTERFACETYPE list = N_FIELD: methods (one name in names, x = N_FUNCTYPE)
 *                 or embedded interfaces (no names, x = type)
 * N_MAPTYPE       map [ x ] y
 * N_CHANTYPE      chan x, with dir (CHAN_BOTH / CHAN_SEND / CHAN_RECV)
 * N_ELLIPSIS      ... x       (only as the type of a final parameter)
 * N_FIELD         names = list of N_IDENT (may be empty), x = type, lit = tag;
 *                 no names in a struct: embedded field
 * ---- statements ----
 * N_BLOCK         list = statements; endpos = position of the closing }
 * N_EXPRSTMT      x
 * N_SEND          x <- y
 * N_INCDEC        x op (TK_INC / TK_DEC)
 * N_ASSIGN        list = lhs, list2 = rhs, op = TK_ASSIGN, TK_DEFINE or TK_ADD_ASSIGN...
 * N_GO, N_DEFER   x = the call
 * N_RETURN        list = results
 * N_BRANCH        op = TK_BREAK/TK_CONTINUE/TK_GOTO/TK_FALLTHROUGH, name = label or NULL
 *                 (endpos = the label's position)
 * N_LABELED       name: x (statement)
 * N_IF            x = init, y = cond, z = then N_BLOCK, w = else (N_IF or N_BLOCK)
 * N_SWITCH        x = init, y = tag (NULL if none), list = N_CASECLAUSE
 * N_TYPESWITCH    x = init, y = guard: N_ASSIGN (v := e.(type)) or N_EXPRSTMT (e.(type)),
 *                 list = N_CASECLAUSE (list = types; a nil case is N_IDENT "nil")
 * N_CASECLAUSE    list = expressions (nlist 0 = default), list2 = body statements;
 *                 sym = the clause's implicit variable in a type switch
 * N_SELECT        list = N_COMMCLAUSE
 * N_COMMCLAUSE    x = N_SEND, N_EXPRSTMT(<-c), N_ASSIGN(v[, ok] = / := <-c) or NULL for
 *                 default; list2 = body
 * N_FOR           x = init, y = cond, z = post, w = body
 * N_RANGE         x = key, y = value (either may be NULL), z = the ranged expr,
 *                 w = body, op = TK_DEFINE, TK_ASSIGN, or 0 (for range x);
 *                 more than two variables: all of them in list (the checker rejects it)
 * N_DECLSTMT      x = N_GENDECL
 * N_EMPTY         -
 * ---- declarations ----
 * N_FILE          name = package name (names[0] its N_IDENT), list = N_IMPORT,
 *                 list2 = top-level decls; ival, NF_BAD: see parse.h
 * N_IMPORT        name = alias or NULL ("_" / "." are rejected), lit = path (unquoted)
 * N_GENDECL       op = TK_CONST / TK_VAR / TK_TYPE / TK_IMPORT, list = specs
 * N_VALUESPEC     names = N_IDENT list, x = type or NULL, list2 = values; ival = iota;
 *                 for const specs with no values, the parser leaves list2 empty and the
 *                 checker repeats the previous spec's expressions (Go's implicit repetition)
 * N_TYPESPEC      name, x = type; NF_ALIAS for `type A = B`;
 *                 NF_TYPEPARAMS when type parameters were seen: list = them (N_FIELD:
 *                 names, x = constraint; instantiated by check_generic.c)
 * N_FUNCDECL      name (pos = the name's position), x = receiver N_FIELD or NULL,
 *                 y = N_FUNCTYPE, z = body or NULL; NF_TYPEPARAMS: list = type
 *                 parameters (N_FIELD) of a generic function
 *                 (bodiless functions exist only in library stubs: natives)
 */
#ifndef GOCAFE_AST_H
#define GOCAFE_AST_H
#include <stdbool.h>
#include <stdint.h>
#include "pos.h"
#include "lex.h"
#include "types.h"

typedef enum NodeKind {
    N_BAD, N_IDENT, N_BASICLIT, N_COMPOSITE, N_KEYVALUE, N_FUNCLIT, N_PAREN,
    N_SELECTOR, N_INDEX, N_SLICEEXPR, N_TYPEASSERT, N_CALL, N_STAR, N_UNARY, N_BINARY,
    N_ARRAYTYPE, N_STRUCTTYPE, N_FUNCTYPE, N_INTERFACETYPE, N_MAPTYPE, N_CHANTYPE,
    N_ELLIPSIS, N_FIELD,
    N_BLOCK, N_EXPRSTMT, N_SEND, N_INCDEC, N_ASSIGN, N_GO, N_DEFER, N_RETURN,
    N_BRANCH, N_LABELED, N_IF, N_SWITCH, N_TYPESWITCH, N_CASECLAUSE, N_SELECT,
    N_COMMCLAUSE, N_FOR, N_RANGE, N_DECLSTMT, N_EMPTY,
    N_FILE, N_IMPORT, N_GENDECL, N_VALUESPEC, N_TYPESPEC, N_FUNCDECL,
    N_NKINDS
} NodeKind;

enum NodeFlags {
    NF_ELLIPSIS = 1 << 0,     /* call with f(xs...) */
    NF_SLICE3 = 1 << 1,       /* a[i:j:k] */
    NF_ELLIPSIS_LEN = 1 << 2, /* [...]T */
    NF_ALIAS = 1 << 3,        /* type A = B */
    NF_TYPEPARAMS = 1 << 4,   /* generics seen: the checker reports them */
    NF_PARENS_TYPE = 1 << 5,
    NF_BAD = 1 << 6,          /* N_BASICLIT with a lexical error (already reported:
                                 the checker stays silent, as types2 does) */
};

/* Untyped (and typed) constant values.  Integers are exact to 128 bits; floats
 * use long double so that untyped 0.1+0.2 folds to 0.3 as Go's exact
 * arithmetic does. */
typedef enum CVKind { CV_NONE = 0, CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } CVKind;
typedef struct ConstVal {
    CVKind kind;
    bool b;
    __int128 i;
    long double f;
    const char *s;        /* arena-owned bytes (may contain NUL) */
    int64_t slen;
} ConstVal;

/* What an expression denotes (set by the checker), as go/types' operand modes. */
typedef enum ExprMode {
    MODE_INVALID = 0, MODE_NOVALUE, MODE_VALUE, MODE_VAR /* addressable */,
    MODE_MAPINDEX /* m[k]: assignable, not addressable */, MODE_CONST, MODE_TYPE,
    MODE_BUILTIN, MODE_PKG, MODE_COMMAOK /* map index, assertion, receive */
} ExprMode;

typedef enum BuiltinId {
    B_NONE = 0, B_APPEND, B_CAP, B_CLEAR, B_CLOSE, B_COMPLEX, B_COPY, B_DELETE,
    B_IMAG, B_LEN, B_MAKE, B_MAX, B_MIN, B_NEW, B_PANIC, B_PRINT, B_PRINTLN,
    B_REAL, B_RECOVER
} BuiltinId;

typedef struct Node Node;
typedef struct Symbol Symbol;
struct Package;

typedef enum SymKind {
    SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN, SYM_LABEL, SYM_NIL
} SymKind;

struct Symbol {
    SymKind kind;
    const char *name;
    Pos pos;
    Type *type;           /* var/const/func: its type; type name: the Type */
    Node *decl;           /* declaring node (N_IDENT in a spec, N_FUNCDECL, ...) */
    struct Package *pkg;  /* package that declares it */
    Node *func;           /* enclosing N_FUNCDECL/N_FUNCLIT for locals, NULL for globals */
    ConstVal cv;          /* SYM_CONST */
    BuiltinId builtin;    /* SYM_BUILTIN */
    struct Package *imported; /* SYM_PKG */
    bool global;          /* package-level var/func */
    bool captured;        /* referenced from a nested function literal */
    bool addr_taken;      /* &x, x.ptrMethod(), x[:] on an array */
    bool used;            /* for "declared and not used" */
    bool param, result;   /* function parameter / named result */
    int index;            /* compiler's slot: local index or global index */
    int func_index;       /* compiler's Program.funcs index for SYM_FUNC */
};

/* Resolution of x.name (N_SELECTOR), set by the checker. */
typedef enum SelKind {
    SEL_NONE = 0,
    SEL_PKG,              /* fmt.Println: sym is the package member */
    SEL_FIELD,            /* x.f: path through (embedded) fields */
    SEL_METHOD,           /* x.M on a concrete type (call or method value) */
    SEL_IFACE_METHOD,     /* x.M on an interface */
    SEL_METHOD_EXPR       /* T.M or (*T).M used as a function value */
} SelKind;

typedef struct Selection {
    SelKind kind;
    int *path;            /* field indices, outermost first; for a promoted
                             method, the path to the embedded field that has it */
    int npath;
    Method *method;       /* SEL_METHOD / SEL_IFACE_METHOD / SEL_METHOD_EXPR */
    Type *recv;           /* the named type that declares the method, or the
                             interface type for SEL_IFACE_METHOD */
    bool addr;            /* take the operand's address (pointer method on
                             an addressable value) */
    bool deref;           /* dereference the operand (value method via pointer) */
} Selection;

struct Node {
    NodeKind kind;
    Pos pos;
    Pos endpos;           /* N_BLOCK: the closing brace (for "missing return");
                             also N_CALL ')', N_COMPOSITE '}', N_SWITCH/N_TYPESWITCH/
                             N_SELECT '}', N_CASECLAUSE/N_COMMCLAUSE ':' */
    Pos oppos;            /* gc's own node position where it differs from pos (the
                             start, what types2 reports via StartPos): the operator of
                             N_BINARY/N_ASSIGN/N_INCDEC/N_SEND, '(' of N_CALL, '.' of
                             N_SELECTOR/N_TYPEASSERT, '[' of N_INDEX, '{' of
                             N_COMPOSITE, ':' of N_LABELED, `range` of N_RANGE;
                             equal to pos for every other node (set by the parser) */
    TokKind op;
    uint32_t flags;
    Node *x, *y, *z, *w;
    Node **list;  int nlist;
    Node **list2; int nlist2;
    Node **names; int nnames;
    const char *name;     /* identifiers, labels, selector names (NUL-terminated) */
    const char *lit;      /* literal text / import path / tag */
    int litlen;
    ChanDir dir;
    int64_t ival;         /* iota for value specs */
    /* ---- set by the checker ---- */
    Type *type;           /* final type (untyped constants converted to their
                             context's type; T_TUPLE for multi-value calls) */
    ExprMode mode;
    ConstVal cv;          /* when mode == MODE_CONST */
    Symbol *sym;          /* identifiers; declarations; type switch clauses */
    Selection *sel;       /* N_SELECTOR */
    BuiltinId builtin;    /* N_CALL of a builtin */
    bool conversion;      /* N_CALL that is a conversion T(x) */
    bool commaok;         /* assigned to two variables (v, ok := ...) */
    int range_kind;       /* N_RANGE: the TypeKind of the ranged operand's
                             underlying type (T_INT for range over int) */
    Node *func;           /* statements: enclosing function node */
    Symbol **locals;      /* N_FUNCDECL / N_FUNCLIT: all locals, in declaration
                             order (params first, then named results) */
    int nlocals;
    Symbol **captures;    /* N_FUNCLIT: outer variables it captures */
    int ncaptures;
    int index;            /* compiler's use (e.g. function index) */
};

/* A checked package.  The user's program is package "main"; library
 * packages are loaded from embedded Go source (see lib.h). */
typedef struct Package {
    const char *path;     /* "main", "fmt", "unicode/utf8" */
    const char *name;     /* "main", "fmt", "utf8" */
    const char *filename; /* as given on the command line, for diagnostics */
    Node *file;           /* N_FILE */
    void *scope;          /* checker's package scope (opaque) */
    Symbol **members;     /* exported + unexported package-level symbols */
    int nmembers;
    Node **funcs;         /* every N_FUNCDECL (functions and methods) */
    int nfuncs;
    Node **var_inits;     /* package var specs (N_VALUESPEC) in Go's
                             initialization order */
    int nvar_inits;
    struct Package **imports; /* packages it imports, in source order */
    int nimports;
    bool checked;
} Package;

#endif
