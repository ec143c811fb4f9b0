/* value.h - how a Go value lives in the simulator.
 *
 * Every Go value is ONE 8-byte slot (Value).  The VM is statically typed: the
 * compiler knows each slot's Go type, so a Value carries no tag.
 *
 *   bool, ints, uintptr  -> .i / .u   (sized ints are kept sign/zero-extended
 *                                      to 64 bits; ops re-wrap after arithmetic)
 *   float64, float32     -> .f        (float32 kept rounded to float precision)
 *   string               -> .p = GoString*   ("" may be NULL)
 *   slice                -> .p = GoSlice*    (immutable header; nil slice NULL)
 *   array, struct        -> .p = GoArray*    (never NULL; VALUE semantics: the
 *                                      compiler emits a deep copy whenever the
 *                                      value is stored somewhere new)
 *   pointer *T           -> .p = Value*      (address of the slot holding the T:
 *                                      a Box's v, a field or element of a GoArray;
 *                                      nil pointer NULL)
 *   map                  -> .p = GoMap*      (nil map NULL)
 *   chan                 -> .p = GoChan*     (nil chan NULL)
 *   func                 -> .p = GoFunc*     (nil func NULL)
 *   interface            -> .p = GoIface*    (nil interface NULL)
 *
 * Objects never move, so interior pointers (Value*) stay valid.
 */
#ifndef GOCAFE_VALUE_H
#define GOCAFE_VALUE_H
#include <stdint.h>
#include <stdbool.h>
#include "mem.h"

struct Type;
struct Proto;
struct NativeDef;

typedef union Value {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} Value;

enum ObjKind {
    OBJ_STRING = 1, OBJ_ARRAY, OBJ_SLICE, OBJ_BOX, OBJ_IFACE, OBJ_FUNC,
    OBJ_MAP, OBJ_CHAN, OBJ_ITER, OBJ_OTHER
};

/* Immutable byte string.  ptr points into data[] of this object or of the
 * string it was sliced from (substrings share bytes). */
typedef struct GoString {
    ObjHdr h;
    int64_t len;
    const char *ptr;
    char data[];          /* owned bytes, NUL-terminated for C convenience */
} GoString;

/* Fixed-size run of slots: arrays, structs (one slot per field) and the
 * backing store of slices. */
typedef struct GoArray {
    ObjHdr h;
    int64_t len;
    Value v[];
} GoArray;

/* Slice header.  Immutable: slicing and append make a new header, so copying
 * the 8-byte Value copies the header as Go does. */
typedef struct GoSlice {
    ObjHdr h;
    GoArray *arr;         /* backing store */
    int64_t off, len, cap;/* elements arr->v[off .. off+len), capacity from off */
} GoSlice;

/* A heap cell for a variable whose address is taken or that a closure
 * captures; a pointer to the variable is &box->v. */
typedef struct Box {
    ObjHdr h;
    Value v;
} Box;

/* Non-nil interface value: its dynamic type and the value (one slot). */
typedef struct GoIface {
    ObjHdr h;
    struct Type *type;
    Value v;
} GoIface;

/* Function value: a compiled Go function, a native, or a bound method value. */
typedef struct GoFunc {
    ObjHdr h;
    struct Proto *proto;          /* Go code, or NULL for natives */
    const struct NativeDef *native;/* native code, or NULL */
    bool bound;                   /* method value: recv is passed as arg 0 */
    Value recv;
    int nfree;
    Box *free[];                  /* captured variables, by reference */
} GoFunc;

#endif
