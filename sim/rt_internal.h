/* rt_internal.h - state and helpers shared by the rt_*.c files only.
 *
 * RtState hangs off Sim.rt (created on first use by rt_state, freed by
 * rt_free): memory handed out after the heap cap was hit, the table of fake
 * addresses, and the runtime's own types (runtime.boundsError, ...).
 */
#ifndef GOCAFE_RT_INTERNAL_H
#define GOCAFE_RT_INTERNAL_H
#include "rt.h"

/* Host pointer -> deterministic fake address (open addressing). */
typedef struct AddrSlot {
    const void *p;
    uint64_t addr;
} AddrSlot;

typedef struct RtState {
    ObjHdr *uncounted;        /* objects allocated past the heap cap */
    AddrSlot *addrs;          /* fake-address table, power-of-two size */
    int64_t naddrs, capaddrs;
    uint64_t next_addr;       /* next fake heap address to hand out */
    uint64_t nan_seq;         /* distinct hashes for NaN keys */
    /* runtime types, found in the loaded "runtime" package or made here */
    bool have_rtypes;
    Type *bounds_error;       /* runtime.boundsError  struct{ msg string } */
    Type *error_string;       /* runtime.errorString  string (no prefix stored) */
    Type *plain_error;        /* runtime.plainError   string */
    Type *assert_error;       /* runtime.TypeAssertionError struct{ msg string } */
    Type *assert_error_ptr;   /* *runtime.TypeAssertionError */
    Type *stringer;           /* interface{ String() string } */
} RtState;

#define RT_OOM_MAX_HOST ((size_t)64 << 20) /* biggest uncounted block rt_alloc gives */
/* true if `o` came back from rt_alloc truncated because the cap was hit */
#define RT_TRUNCATED(o, want) ((o)->h.size == 0 && (want) > RT_OOM_MAX_HOST)

RtState *rt_state(Sim *s);
void rt_runtime_types(Sim *s);     /* fills the Type fields of RtState */

/* A growable byte buffer for building texts (host memory). */
typedef struct RtBuf {
    char *p;
    size_t n, cap;
} RtBuf;
void rtbuf_put(RtBuf *b, const char *s, size_t n);
void rtbuf_puts(RtBuf *b, const char *s);
void rtbuf_printf(RtBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rtbuf_free(RtBuf *b);

/* Formatting as the runtime's print does. */
void rt_fmt_float(RtBuf *b, double v);     /* +1.500000e+000 */
void rt_fmt_hex(RtBuf *b, uint64_t v);     /* 0x1f */
void rt_fmt_typename(RtBuf *b, Type *t);   /* qualified, as %T prints */
/* One value as print/println prints it (no separators). */
void rt_fmt_print_value(Sim *s, RtBuf *b, Type *t, Value v);

/* Fast hashes shared by rt_hash and the map's key-class fast paths (so a
 * key hashes the same either way): one word (inline: it sits on the map
 * lookup path); a byte string (wyhash-style, rt_value.c). */
static inline uint64_t rt_mum(uint64_t a, uint64_t b)   /* folded 64x64->128 multiply */
{
    unsigned __int128 r = (unsigned __int128)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}
#define RT_WY0 0xa0761d6478bd642fULL
#define RT_WY1 0xe7037ed1a0b428dbULL
#define RT_WY2 0x8ebc6af09c88c6e3ULL
/* Two folded multiplies: the low bits (bucket index) and the top byte
 * (tophash) both depend on every bit of v and of the seed. */
static inline uint64_t rt_hash_word(uint64_t v, uint64_t seed)
{
    return rt_mum(rt_mum(v ^ seed ^ RT_WY0, RT_WY1) ^ seed, RT_WY2);
}
uint64_t rt_hash_bytes(const char *p, int64_t n, uint64_t seed);

/* Sized-int normalisation by kind: sign/zero-extends to 64 bits. */
int64_t rt_wrap_int(TypeKind k, int64_t v);

#endif
