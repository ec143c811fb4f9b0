/* rt.h - the runtime's object layer: strings, slices, arrays/structs, maps,
 * interfaces, type-directed zero/copy/equality/hash, and runtime panics.
 *
 * Used by the VM, the natives (fmt, strings, ...) and the scheduler.  All
 * simulated allocation goes through rt_alloc, which charges the Sim's heap;
 * when the cap is hit it sets s->fatal = "runtime: out of memory" and still
 * returns usable (uncounted) memory, so callers never see NULL and the VM
 * stops the run at its next check of s->fatal.
 */
#ifndef GOCAFE_RT_H
#define GOCAFE_RT_H
#include <stdbool.h>
#include <stdint.h>
#include "sim.h"
#include "native.h"   /* NAT_PANIC */

void *rt_alloc(Sim *s, size_t size, uint32_t kind);
/* Frees the runtime's private state (s->rt): memory handed out past the heap
 * cap, the fake-address table.  sim_free must call it. */
void rt_free(Sim *s);
/* Deterministic fake address of a host pointer, for %p / println / panics:
 * 0xc000010000, 0xc000010010 ... in order of first use (same program + seed
 * -> same bytes); NULL -> 0.  Equal pointers get equal addresses. */
uint64_t rt_addr(Sim *s, const void *p);
uint64_t rt_type_addr(Type *t);                 /* fake address of a type descriptor */
uint64_t rt_slice_addr(Sim *s, Type *slicetype, GoSlice *sl); /* &s[0] as Go prints it */
uint64_t rt_iface_data_addr(Sim *s, GoIface *x);  /* Go's eface.data word */

/* Strings ("" may be represented as NULL: always use these accessors). */
GoString *rt_string(Sim *s, const char *bytes, int64_t len);
GoString *rt_cstring(Sim *s, const char *cstr);
static inline int64_t rt_strlen(const GoString *g) { return g ? g->len : 0; }
static inline const char *rt_strptr(const GoString *g) { return g ? g->ptr : ""; }
GoString *rt_concat(Sim *s, GoString *a, GoString *b);
int rt_strcmp(const GoString *a, const GoString *b);            /* <0, 0, >0 */
bool rt_streq(const GoString *a, const GoString *b);
/* shares bytes (the result is NOT NUL-terminated: always use the length);
 * bounds checked by the caller */
GoString *rt_substr(Sim *s, GoString *str, int64_t lo, int64_t hi);
/* UTF-8 as Go decodes it: invalid bytes give U+FFFD and width 1. */
int32_t rt_decode_rune(const char *p, int64_t n, int *width);
int rt_encode_rune(char *buf, int32_t r);                       /* buf >= 4 bytes */
int64_t rt_rune_count(const GoString *str);
/* Conversions.  string(rune) of an invalid code point gives "\uFFFD". */
GoString *rt_rune_to_string(Sim *s, int64_t r);
GoString *rt_bytes_to_string(Sim *s, GoSlice *b);               /* string([]byte) */
GoString *rt_runes_to_string(Sim *s, GoSlice *r);               /* string([]rune) */
/* []byte(s) / []rune(s): cap rounded up to a malloc size class, as Go does
 * for a result that escapes (a non-escaping one gets cap 32 in Go; we cannot
 * tell).  Go folds conversions of CONSTANT strings into literals with
 * cap == len: compile those as rt_make_slice + fill instead. */
GoSlice *rt_string_to_bytes(Sim *s, GoString *str);
GoSlice *rt_string_to_runes(Sim *s, GoString *str);

/* Arrays, structs, slices. */
GoArray *rt_array(Sim *s, int64_t len);                       /* zeroed slots */
GoSlice *rt_slice(Sim *s, GoArray *arr, int64_t off, int64_t len, int64_t cap);
GoSlice *rt_make_slice(Sim *s, Type *elem, int64_t len, int64_t cap); /* elements zeroed per type */
/* append: grows as Go's growslice does (doubling below 256, then ~1.25x) so
 * cap() prints what Go prints. */
GoSlice *rt_append(Sim *s, Type *elem, GoSlice *sl, const Value *vals, int64_t n);
int64_t rt_copy(GoSlice *dst, GoSlice *src);   /* slot copy: NOT for array/struct elements */
/* copy() for any element type (deep-copies array/struct elements). */
int64_t rt_copy_elems(Sim *s, Type *elem, GoSlice *dst, GoSlice *src);
int64_t rt_copy_string(GoSlice *dst, GoString *src);            /* copy(b, "str") */
/* append(b, str...): elem is the slice's element type (byte; NULL = byte). */
GoSlice *rt_append_string(Sim *s, Type *elem, GoSlice *sl, GoString *str);
/* Go's sizes and growth: rt_sizeof is unsafe.Sizeof on linux/amd64;
 * rt_growcap the capacity growslice picks for newlen elements;
 * rt_roundupsize the malloc size class of a request. */
int64_t rt_sizeof(Type *t);
int64_t rt_growcap(Type *elem, int64_t oldcap, int64_t newlen);
int64_t rt_roundupsize(int64_t size);
/* make([]T, len, cap) checks: 0, or NAT_PANIC after "runtime error: makeslice:
 * len out of range" / "cap out of range" (call before rt_make_slice). */
int rt_check_make_slice(Sim *s, G *g, Type *elem, int64_t len, int64_t cap);
/* Bounds of x[lo:hi] or x[lo:hi:max] (has_max); bound = cap(x) for slices
 * (is_slice), len(x) for strings and arrays.  Checks in Go's order and, on
 * failure, panics with Go's boundsError text and returns false. */
bool rt_check_slice(Sim *s, G *g, bool is_slice, int64_t lo, int64_t hi,
                    bool has_max, int64_t max, int64_t bound);
static inline int64_t rt_slen(const GoSlice *sl) { return sl ? sl->len : 0; }
static inline int64_t rt_scap(const GoSlice *sl) { return sl ? sl->cap : 0; }
static inline Value *rt_selem(GoSlice *sl, int64_t i) { return &sl->arr->v[sl->off + i]; }

/* Type-directed value operations. */
Value rt_zero(Sim *s, Type *t);                 /* fresh zero value (allocates structs/arrays) */
Value rt_copy_value(Sim *s, Type *t, Value v);  /* deep copy of arrays/structs; identity otherwise */
/* ==: panics (returns false and sets *panicked) on uncomparable dynamic types
 * inside interfaces: "runtime error: comparing uncomparable type []int". */
bool rt_equal(Sim *s, G *g, Type *t, Value a, Value b, bool *panicked);
uint64_t rt_hash(Sim *s, Type *t, Value v, uint64_t seed);
/* The (dynamic) type inside v that makes it unhashable, or NULL. */
Type *rt_unhashable(Type *t, Value v);
/* Sign/zero-extends v to the width of int kind k (T_INT8 ... T_UINT32). */
int64_t rt_wrap_int(TypeKind k, int64_t v);

/* Interfaces. */
GoIface *rt_box(Sim *s, Type *t, Value v);     /* t concrete; copies aggregates
                                                   (t an interface: returns v.p as is) */
/* Does the dynamic type of `x` satisfy type `t` (concrete: identical;
 * interface: implements)?  nil never matches. */
bool rt_iface_is(GoIface *x, Type *t);

/* Maps: Go's semantics (nil map reads give zero; writes panic), iteration
 * from a random start drawn from the Sim's generator, as Go randomises it. */
typedef struct GoMap GoMap;
GoMap *rt_map_new(Sim *s, Type *maptype, int64_t hint);
int64_t rt_map_len(GoMap *m);
/* Returns a pointer to the value slot or NULL if absent. */
Value *rt_map_get(Sim *s, G *g, GoMap *m, Value key, bool *panicked);
/* Returns the value slot for key, inserting a zero value if absent.  Nil map:
 * panics "assignment to entry in nil map", returns NULL.  Slots stay valid
 * until the next insertion of a new key (evaluate the RHS first).  Keys are
 * copied if aggregate.  Unhashable interface keys panic on get/set/delete:
 * "runtime error: hash of unhashable type []int". */
Value *rt_map_set(Sim *s, G *g, GoMap *m, Value key, bool *panicked);
void rt_map_delete(Sim *s, G *g, GoMap *m, Value key, bool *panicked);
/* A lookup or delete on a NIL map still hashes the key in Go, so an
 * unhashable dynamic type panics: call this when the map is nil (keytype =
 * the map type's key).  Returns false after "runtime error: hash of
 * unhashable type []int" (sets *panicked); true (cheaply) for key types that
 * cannot hold an interface. */
bool rt_map_check_key(Sim *s, G *g, Type *keytype, Value key, bool *panicked);
void rt_map_clear(GoMap *m);
typedef struct MapIter MapIter;
MapIter *rt_map_iter(Sim *s, GoMap *m);
/* Next live entry; entries deleted during iteration are skipped, entries
 * added may or may not be seen (as in Go).  Returns false when done. */
bool rt_map_next(MapIter *it, Value *key, Value *val);
/* Sorted keys, for fmt (maps print sorted by key, internal/fmtsort's order).
 * *keys and *vals are xmalloc'd arrays of *n entries: the caller free()s both. */
void rt_map_sorted(Sim *s, GoMap *m, Value **keys, Value **vals, int64_t *n);
/* fmtsort's compare: <0, 0, >0 (ints, strings, floats NaN first, false<true,
 * pointers/chans by address, interfaces nil first then by type then value). */
int rt_fmt_compare(Sim *s, Type *t, Value a, Value b);
Type *rt_map_type(GoMap *m);

/* A deterministic fake address (0xc000...) for a simulated object or slot,
 * handed out in first-use order (implemented in rt_alloc.c; added by the
 * library helper: fmt prints pointers, channels, %p with it). */
uint64_t rt_addr(Sim *s, const void *p);

/* Panics.  Each sets up g->panic with Go's value and dynamic type
 * (runtime.boundsError, runtime.errorString, runtime.plainError ...) so that
 * recover() and %v / %T behave as in Go.  Return NAT_PANIC for convenience. */
int rt_panic_value(Sim *s, G *g, GoIface *v);   /* panic(v) */
/* Pushes a fresh Panic record (link = g->panic) and returns it, e.g. for
 * runtime.Goexit (set ->goexit).  Panic records live in the sim heap behind
 * an ObjHdr: never rt_alloc(sizeof(Panic)) directly, never free them. */
Panic *rt_push_panic(Sim *s, G *g, GoIface *v);
int rt_panic_runtime(Sim *s, G *g, const char *msg);   /* "runtime error: " + msg, errorString */
int rt_panic_plain(Sim *s, G *g, const char *msg);     /* plainError, no prefix */
int rt_panic_index(Sim *s, G *g, int64_t i, int64_t len);
/* fmt_kind names Go's boundsErrorCode: "alen" "acap" "b" "3alen" "3acap" "3b"
 * "3c" "convert"; a = the bad index (%x), b = the bound (%y).  E.g. ("acap", 5, 3)
 * -> "slice bounds out of range [:5] with capacity 3"; a < 0 -> "[:-1]". */
int rt_panic_slice(Sim *s, G *g, const char *fmt_kind, int64_t a, int64_t b);
/* x.(T) failed.  iface: static type of x (ignored when want is an interface:
 * Go then prints "interface is nil, not fmt.Stringer"); dyn: dynamic type (NULL = nil);
 * missing: the missing method when want is an interface, else NULL.
 *   "interface conversion: interface {} is string, not int"
 *   "interface conversion: interface {} is nil, not int"
 *   "interface conversion: main.T is not main.I: missing method M" */
int rt_panic_assert(Sim *s, G *g, Type *iface, Type *dyn, Type *want, const char *missing);

/* Runtime error values.  Their dynamic types are Go's: runtime.errorString,
 * runtime.plainError, runtime.boundsError, *runtime.TypeAssertionError.  The
 * library's sim/lib/runtime.go should declare them (and sim.c always load
 * package runtime), so that recover() + .(error) + .Error() work in Go code:
 *
 *   type Error interface { error; RuntimeError() }
 *   type errorString string   // message WITHOUT the "runtime error: " prefix
 *   func (e errorString) RuntimeError() {}
 *   func (e errorString) Error() string { return "runtime error: " + string(e) }
 *   type plainError string
 *   func (e plainError) RuntimeError() {}
 *   func (e plainError) Error() string { return string(e) }
 *   type boundsError struct{ msg string }  // msg WITH the prefix
 *   func (e boundsError) RuntimeError() {}
 *   func (e boundsError) Error() string { return e.msg }
 *   type TypeAssertionError struct{ msg string }
 *   func (*TypeAssertionError) RuntimeError() {}
 *   func (e *TypeAssertionError) Error() string { return e.msg }
 *
 * rt finds them by name in s->types; when package runtime is not loaded it
 * makes look-alike types itself (methods with func_index -1: not callable by
 * the VM).  fmt (%v, %s, Error()) should try rt_error_string first: it gives
 * the message of a runtime error value without running Go code. */
bool rt_error_string(Sim *s, GoIface *x, GoString **out);
Type *rt_runtime_type(Sim *s, const char *name);   /* "errorString", "boundsError" ... */

/* "panic: ..." text for an unrecovered panic value, as printpanicval does:
 * strings raw, errors via Error(), Stringers via String(), numbers as print
 * does (floats "+1.500000e+000"), other types "(main.T) 0xADDR" style. */
void rt_print_panic(Sim *s, G *g, Panic *p);
/* (rt_print_panic prints the whole chain oldest first, "\tpanic: second"
 * for later ones, " [recovered]" marks, the SIGSEGV line for nil
 * dereferences, then the blank line; call rt_print_goroutine right after.
 * Error()/String() are called with vm_call_method with g->panic detached.) */
/* The goroutine dump after a panic or deadlock:
 *   goroutine 1 [running]:\nmain.main()\n\t/abs/prog.go:6 +0x0\n ... */
void rt_print_goroutine(Sim *s, G *g, const char *status);
/* (frames innermost first as "name()" or "name(...)" when it has parameters,
 * "\t<Proto.file>:<line of pc-1> +0x0"; a frame flagged FRAME_PANIC_DEFER is
 * followed by Go's "panic({...})" frame; goroutines made by a go statement
 * (G.creator > 0) end with current Go's
 * "created by <G.created_in name> in goroutine <G.creator>\n\t<file>:<G.created_line> +0x0";
 * a stack deeper than 100 logical frames prints the innermost 50,
 * "...N frames elided...", then the outermost 50, as Go 1.21+ does.  No
 * leading or trailing blank line: the caller separates goroutines.) */

/* The builtins print (newline false) and println (true): Go's runtime
 * formats (floats +1.500000e+000, pointers 0x..., slices [len/cap]0x...,
 * interfaces (0xTYPE,0xDATA)), written to fd 2. */
void rt_print_args(Sim *s, Type **types, const Value *vals, int n, bool newline);

#endif
