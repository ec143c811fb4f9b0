/* lib_int.h - internals shared by the library's C files (lib_*.c): a growable
 * host byte buffer, Go's float and quote formatting, Unicode tables, and the
 * fmt printing core.  Not a contract for other modules: the VM and compiler
 * see the library only through native.h and lib.h.
 */
#ifndef GOCAFE_LIB_INT_H
#define GOCAFE_LIB_INT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "native.h"
#include "rt.h"

/* Growable host buffer; output is copied into the simulated heap at the end. */
typedef struct LibBuf {
    char *p;
    size_t n, cap;
} LibBuf;

void lib_buf_init(LibBuf *b);
void lib_buf_free(LibBuf *b);                 /* re-inits */
void lib_buf_grow(LibBuf *b, size_t extra);
void lib_buf_put(LibBuf *b, const char *s, size_t n);
void lib_buf_puts(LibBuf *b, const char *s);
void lib_buf_putc(LibBuf *b, char c);
void lib_buf_put_rune(LibBuf *b, int32_t r);
void lib_buf_fill(LibBuf *b, char c, long n);  /* n <= 0 writes nothing */

/* strconv.FormatFloat(v, fmt, prec, bitsize) appended to b: fmt is one of
 * b e E f g G x X; prec < 0 means shortest round-trip digits. */
void lib_ftoa(LibBuf *b, double v, char fmt, int prec, int bitsize);

/* strconv quoting (quote.go): Quote / QuoteToASCII / QuoteRune... */
void lib_quote(LibBuf *b, const char *s, size_t n, char quote, bool ascii_only);
void lib_quote_rune(LibBuf *b, int32_t r, bool ascii_only);
bool lib_can_backquote(const char *s, size_t n);
bool lib_is_print(int32_t r);                 /* strconv.IsPrint == unicode.IsPrint */

/* Unicode tables (lib_unitab.c, generated from Go by sim/lib/gen). */
typedef struct UniRange { uint32_t lo, hi, stride; } UniRange;
typedef struct UniCase { uint32_t lo, hi; int32_t delta[3]; } UniCase;
typedef struct UniTables {
    const UniRange *upper; size_t nupper;
    const UniRange *lower; size_t nlower;
    const UniRange *letter; size_t nletter;
    const UniRange *digit; size_t ndigit;
    const UniRange *number; size_t nnumber;
    const UniRange *punct; size_t npunct;
    const UniRange *space; size_t nspace;
    const UniCase *cases; size_t ncases;
    const uint16_t *print16; size_t nprint16;
    const uint16_t *notprint16; size_t nnotprint16;
    const uint32_t *print32; size_t nprint32;
    const uint16_t *notprint32; size_t nnotprint32;
} UniTables;
extern const UniTables lib_unitab;

bool lib_uni_in(const UniRange *t, size_t n, int32_t r);
enum { UNI_UPPER = 0, UNI_LOWER = 1, UNI_TITLE = 2 };
int32_t lib_uni_to(int which, int32_t r);     /* unicode.To(UpperCase...) */
bool lib_uni_is_space(int32_t r);             /* unicode.IsSpace */

/* The fmt printing core (lib_fmt.c).  args are the elements of a []any:
 * each a GoIface* (NULL for nil).  Methods (Error, String, GoString) are
 * called through vm_call_method on g; a panic inside one is recovered and
 * printed as Go does.  Returns NAT_OK, or the status of a failure that must
 * propagate (a fatal error in a called method). */
typedef struct FmtResult {
    NatStatus st;
    int *wrapped;         /* Errorf: argument indexes used with %w, sorted, */
    int nwrapped;         /* (host memory, caller frees) */
} FmtResult;
FmtResult lib_fmt_sprintf(Sim *s, G *g, LibBuf *out, const char *format, size_t flen,
                          GoIface **args, int nargs, bool wrap_errs);
NatStatus lib_fmt_sprint(Sim *s, G *g, LibBuf *out, GoIface **args, int nargs);
NatStatus lib_fmt_sprintln(Sim *s, G *g, LibBuf *out, GoIface **args, int nargs);
/* Deterministic stand-in for a host address (%p, pointers nested in values):
 * rt_addr's 0xc000... fake addresses, in first-printed order. */
uint64_t lib_fmt_addr(Sim *s, const void *p);

/* Per-package native tables (NULL-terminated), joined by lib.c. */
extern const NativeDef lib_fmt_natives[];
extern const NativeDef lib_errors_natives[];
extern const NativeDef lib_strings_natives[];
extern const NativeDef lib_strconv_natives[];
extern const NativeDef lib_math_natives[];
extern const NativeDef lib_sort_natives[];
extern const NativeDef lib_os_natives[];
extern const NativeDef lib_unicode_natives[];
extern const NativeDef lib_runtime_natives[];
extern const NativeDef lib_rand_natives[];
extern const NativeDef lib_bits_natives[];
extern const NativeDef lib_time_natives[];    /* lib_time.c (concurrency library) */
extern const NativeDef lib_sync_natives[];    /* lib_sync.c */
extern const NativeDef lib_atomic_natives[];  /* lib_atomic.c */

/* Helpers for natives. */
GoString *lib_buf_to_string(Sim *s, LibBuf *b);   /* copies into the sim heap, frees b */
NatStatus lib_panic_string(Sim *s, G *g, const char *msg);  /* panic("msg") */
bool lib_c_stack_low(void);   /* host C stack nearly used up (re-entrant natives) */

#endif
