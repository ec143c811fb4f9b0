/* types.h - Go types as the checker, compiler, VM and fmt all see them.
 *
 * A Type's `kind` is always the kind of its UNDERLYING type, so the VM and fmt
 * can switch on it directly; a named (defined) type additionally has `name`
 * (and `pkg`), `underlying` pointing at the unnamed type, and its methods.
 * Predeclared types (int, string, error, ...) are named types with pkg NULL.
 *
 * Identity is pointer equality: unnamed composite types are interned in the
 * TypeTable (types_slice(tt, int) always returns the same Type*), and every
 * `type T ...` declaration makes exactly one Type.  Types live in the table's
 * arena for the whole simulation.
 */
#ifndef GOCAFE_TYPES_H
#define GOCAFE_TYPES_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "mem.h"

typedef enum TypeKind {
    T_INVALID = 0,
    T_BOOL,
    T_INT, T_INT8, T_INT16, T_INT32, T_INT64,
    T_UINT, T_UINT8, T_UINT16, T_UINT32, T_UINT64, T_UINTPTR,
    T_FLOAT32, T_FLOAT64,
    T_STRING,
    T_UNSAFEPTR,          /* unused; reserved */
    /* untyped constant kinds (checker only; never reach the VM) */
    T_UNTYPED_BOOL, T_UNTYPED_INT, T_UNTYPED_RUNE, T_UNTYPED_FLOAT,
    T_UNTYPED_STRING, T_UNTYPED_NIL,
    /* composites */
    T_ARRAY, T_SLICE, T_STRUCT, T_POINTER, T_FUNC, T_INTERFACE, T_MAP, T_CHAN,
    T_TUPLE,              /* multiple results of a call; checker/compiler only */
    T_NKINDS
} TypeKind;

typedef enum ChanDir { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 } ChanDir;

typedef struct Type Type;

typedef struct Field {
    const char *name;     /* field name; for an embedded field, the type's name */
    Type *type;
    bool embedded;
    bool exported;
    const char *tag;      /* struct tag (unquoted value), NULL if none; part of
                             the type's identity, printed by %T (checker addition) */
} Field;

/* A method of a named type (declared), or of an interface (abstract). */
typedef struct Method {
    const char *name;
    Type *sig;            /* T_FUNC without the receiver */
    bool ptr_recv;        /* declared as func (p *T) M() */
    int func_index;       /* index into Program.funcs once compiled; -1 before /
                             for interfaces */
    const char *pkg;      /* package path of an unexported method name, else NULL */
} Method;

struct Type {
    TypeKind kind;        /* kind of the underlying type */
    /* named types */
    const char *name;     /* "T", "int", "error", "Builder"; NULL if unnamed */
    const char *pkg;      /* package path: "main", "strings", "unicode/utf8"; NULL for predeclared */
    const char *pkgname;  /* last element, as printed: "main", "utf8" */
    Type *underlying;     /* == this type if unnamed */
    Method *methods;      /* declared methods, sorted by name (named types);
                             abstract methods sorted by name (interfaces) */
    int nmethods;
    /* composite structure (valid on the underlying type; copied into the
       named type too so the VM never needs to chase `underlying`) */
    Type *elem;           /* array, slice, pointer, map value, chan element */
    Type *key;            /* map key */
    int64_t len;          /* array length; tuple/struct/func counts below */
    ChanDir dir;          /* chan direction */
    Field *fields;        /* struct fields, in order */
    int nfields;
    Type **params;        /* func parameters (last is []T when variadic) */
    int nparams;
    Type **results;       /* func results; tuple members */
    int nresults;
    bool variadic;
    Type **embeds;        /* interface: embedded interfaces (before flattening) */
    int nembeds;
    /* bookkeeping */
    uint32_t id;          /* dense id in the table, for hashing / maps of types */
    bool complete;        /* named type's underlying has been resolved */
    bool tparam;          /* checker (generics): a type parameter of a generic
                             signature, or an instance whose type arguments
                             contain one; never reaches the compiler */
    void *ginst;          /* checker (generics): instance info of a named
                             type List[int] (check_generic.c), else NULL */
    void *rt;             /* VM/runtime cache (e.g. zero-value template) */
};

/* The per-simulation table of types: no global state, so several simulations
 * can coexist in one process. */
typedef struct TypeTable {
    Arena arena;
    Type **all;           /* by id */
    int nall, capall;
    /* predeclared */
    Type *t_bool, *t_int, *t_int8, *t_int16, *t_int32, *t_int64;
    Type *t_uint, *t_uint8, *t_uint16, *t_uint32, *t_uint64, *t_uintptr;
    Type *t_float32, *t_float64, *t_string;
    Type *t_untyped_bool, *t_untyped_int, *t_untyped_rune, *t_untyped_float;
    Type *t_untyped_string, *t_untyped_nil;
    Type *t_error;        /* interface { Error() string }, named "error" */
    Type *t_any;          /* interface {} (unnamed; "any" is an alias) */
    Type *t_invalid;
    void *intern;         /* interning index, private to types.c */
} TypeTable;

void types_init(TypeTable *tt);
void types_free(TypeTable *tt);

/* Interned constructors for unnamed types. */
Type *types_pointer(TypeTable *tt, Type *elem);
Type *types_slice(TypeTable *tt, Type *elem);
Type *types_array(TypeTable *tt, Type *elem, int64_t len);
Type *types_map(TypeTable *tt, Type *key, Type *elem);
Type *types_chan(TypeTable *tt, Type *elem, ChanDir dir);
Type *types_func(TypeTable *tt, Type **params, int np, Type **results, int nr, bool variadic);
Type *types_tuple(TypeTable *tt, Type **elems, int n);
Type *types_struct(TypeTable *tt, Field *fields, int n);       /* copies fields */
Type *types_interface(TypeTable *tt, Method *methods, int n);  /* copies, sorts */
/* A new defined type; set its underlying later with types_set_underlying. */
Type *types_named(TypeTable *tt, const char *pkg, const char *pkgname, const char *name);
void types_set_underlying(TypeTable *tt, Type *named, Type *underlying);
void types_add_method(TypeTable *tt, Type *named, Method m);   /* keeps sorted */

/* Queries. */
Type *types_under(Type *t);
bool types_identical(Type *a, Type *b);
bool types_is_integer(Type *t);     /* incl. untyped int/rune */
bool types_is_unsigned(Type *t);
bool types_is_float(Type *t);
bool types_is_numeric(Type *t);
bool types_is_string(Type *t);
bool types_is_untyped(Type *t);
bool types_is_interface(Type *t);
bool types_comparable(Type *t);
bool types_is_aggregate(Type *t);   /* array or struct: copied on assignment */
int  types_int_bits(Type *t);       /* 8,16,32,64 for sized ints; 64 for int/uint */
Type *types_default(TypeTable *tt, Type *untyped);  /* untyped int -> int ... */
/* Method lookup by name in a named type's (or pointer-to-named) method set or
 * an interface's method list; NULL if absent. */
Method *types_find_method(Type *t, const char *name);
/* Field or method lookup by name through embedded fields (Go's selector
 * rule: shallowest depth wins; two at the same depth are ambiguous).  t may be
 * a pointer to a struct or named type (one automatic dereference).  Added by
 * the checker; types_implements uses it for promoted methods. */
#define TYPES_MAX_PATH 16
typedef enum LookupKind { LOOKUP_NONE = 0, LOOKUP_FIELD, LOOKUP_METHOD, LOOKUP_IFACE_METHOD } LookupKind;
typedef struct TypesLookup {
    LookupKind kind;
    Field *field;         /* LOOKUP_FIELD */
    Method *method;       /* LOOKUP_METHOD / LOOKUP_IFACE_METHOD */
    Type *recv;           /* named type (or interface) declaring the method;
                             struct holding the field */
    Type *type;           /* field type or method signature */
    int path[TYPES_MAX_PATH]; /* field indices; for a method, to its embedded field */
    int npath;
    bool indirect;        /* a pointer was dereferenced on the way */
    bool ambiguous;       /* several at the shallowest depth */
} TypesLookup;
bool types_lookup(Type *t, const char *name, TypesLookup *r);
/* Does `t` implement interface `iface`?  On failure, writes Go's reason
 * ("missing method Deadline", "method M has pointer receiver") into why. */
bool types_implements(Type *t, Type *iface, char *why, size_t whylen);

/* Type strings.  qualified: as %T and panics print ("main.T", "*errors.errorString",
 * "[]interface {}", "chan struct {}").  relative_to: package path whose own
 * names are printed bare, as the compiler's diagnostics do ("T"). */
size_t types_string(Type *t, const char *relative_to, char *buf, size_t len);

#endif
