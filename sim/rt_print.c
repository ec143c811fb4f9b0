/* rt_print.c - the builtins print and println, formatted as Go's runtime
 * prints (runtime/print.go), to stderr.
 *
 * println separates operands by spaces and ends with a newline; print adds
 * neither.  Floats print as +1.500000e+000, NaN, +Inf, -Inf; pointers, maps,
 * channels and funcs as 0x... (nil 0x0); slices as [len/cap]0xARRAY;
 * interfaces as (0xTYPE,0xDATA), nil (0x0,0x0).  Addresses are rt_addr's
 * deterministic fakes.
 */
#include "rt_internal.h"
#include <inttypes.h>

void rt_fmt_hex(RtBuf *b, uint64_t v)
{
    rtbuf_printf(b, "0x%" PRIx64, v);
}

void rt_fmt_float(RtBuf *b, double v)
{
    if (v != v) { rtbuf_puts(b, "NaN"); return; }
    if (v + v == v && v > 0) { rtbuf_puts(b, "+Inf"); return; }
    if (v + v == v && v < 0) { rtbuf_puts(b, "-Inf"); return; }
    enum { N = 7 };
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0) buf[0] = '-';
    } else {
        if (v < 0) { v = -v; buf[0] = '-'; }
        while (v >= 10) { e++; v /= 10; }
        while (v < 1) { e--; v *= 10; }
        double h = 5.0;                   /* round at the 7th digit, as Go does */
        for (int i = 0; i < N; i++) h /= 10;
        v += h;
        if (v >= 10) { e++; v /= 10; }
    }
    for (int i = 0; i < N; i++) {
        int d = (int)v;
        buf[i + 2] = (char)(d + '0');
        v -= d;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) { e = -e; buf[N + 3] = '-'; }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)((e / 10) % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    rtbuf_put(b, buf, sizeof buf);
}

void rt_fmt_typename(RtBuf *b, Type *t)
{
    char name[512];
    types_string(t, NULL, name, sizeof name);
    rtbuf_puts(b, name);
}

uint64_t rt_slice_addr(Sim *s, Type *slicetype, GoSlice *sl)
{
    if (!sl || !sl->arr) return 0;
    int64_t esz = slicetype && slicetype->elem ? rt_sizeof(slicetype->elem) : 8;
    return rt_addr(s, sl->arr) + (uint64_t)(sl->off * esz);
}

/* The data word of an interface, as Go's eface.data: pointer-shaped values
 * are stored directly, everything else is boxed. */
uint64_t rt_iface_data_addr(Sim *s, GoIface *x)
{
    if (!x) return 0;
    switch (x->type->kind) {
    case T_POINTER: case T_MAP: case T_CHAN: case T_FUNC: case T_UNSAFEPTR:
        return rt_addr(s, x->v.p);
    default:
        return rt_addr(s, &x->v);
    }
}

void rt_fmt_print_value(Sim *s, RtBuf *b, Type *t, Value v)
{
    switch (t->kind) {
    case T_BOOL: rtbuf_puts(b, v.i ? "true" : "false"); break;
    case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
        rtbuf_printf(b, "%" PRId64, v.i);
        break;
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
        rtbuf_printf(b, "%" PRIu64, v.u);
        break;
    case T_FLOAT32: case T_FLOAT64: rt_fmt_float(b, v.f); break;
    case T_STRING: rtbuf_put(b, rt_strptr(v.p), (size_t)rt_strlen(v.p)); break;
    case T_SLICE: {
        GoSlice *sl = v.p;
        rtbuf_printf(b, "[%" PRId64 "/%" PRId64 "]", rt_slen(sl), rt_scap(sl));
        rt_fmt_hex(b, rt_slice_addr(s, t, sl));
        break;
    }
    case T_INTERFACE: {
        GoIface *x = v.p;
        rtbuf_puts(b, "(");
        rt_fmt_hex(b, x ? rt_type_addr(x->type) : 0);
        rtbuf_puts(b, ",");
        rt_fmt_hex(b, rt_iface_data_addr(s, x));
        rtbuf_puts(b, ")");
        break;
    }
    default:   /* pointers, maps, chans, funcs (structs/arrays are compile errors) */
        rt_fmt_hex(b, rt_addr(s, v.p));
        break;
    }
}

void rt_print_args(Sim *s, Type **types, const Value *vals, int n, bool newline)
{
    RtBuf b = {0};
    for (int i = 0; i < n; i++) {
        if (newline && i > 0) rtbuf_puts(&b, " ");
        rt_fmt_print_value(s, &b, types[i], vals[i]);
    }
    if (newline) rtbuf_puts(&b, "\n");
    if (b.n) sim_write(s, 2, b.p, b.n);
    rtbuf_free(&b);
}
