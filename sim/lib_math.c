/* lib_math.c - natives of packages math and math/bits (sim/lib/math.go,
 * math_bits.go): the C library's functions with Go's special cases where
 * they differ (Max/Min with NaN and signed zeros, Round half away from
 * zero), and the bit counts. */
#include <math.h>
#include <string.h>
#include "lib_int.h"

#define F1(cname, expr) \
    static NatStatus cname(Sim *s, G *g, Value *a, Value *res) \
    { double x = a[0].f; (void)x; res[0].f = (expr); return NAT_OK; }
#define F2(cname, expr) \
    static NatStatus cname(Sim *s, G *g, Value *a, Value *res) \
    { double x = a[0].f, y = a[1].f; (void)x; (void)y; res[0].f = (expr); return NAT_OK; }

F1(n_sqrt, sqrt(x))
F2(n_pow, pow(x, y))
F1(n_exp, exp(x))
F1(n_exp2, exp2(x))
F1(n_log, log(x))
F1(n_log2, log2(x))
F1(n_log10, log10(x))
F1(n_log1p, log1p(x))
F1(n_floor, floor(x))
F1(n_ceil, ceil(x))
F1(n_trunc, trunc(x))
F1(n_round, round(x))
F1(n_round_even, nearbyint(x))
F1(n_abs, fabs(x))
F2(n_mod, fmod(x, y))
F2(n_remainder, remainder(x, y))
F1(n_sin, sin(x))
F1(n_cos, cos(x))
F1(n_tan, tan(x))
F1(n_asin, asin(x))
F1(n_acos, acos(x))
F1(n_atan, atan(x))
F2(n_atan2, atan2(x, y))
F1(n_sinh, sinh(x))
F1(n_cosh, cosh(x))
F1(n_tanh, tanh(x))
F2(n_hypot, hypot(x, y))
F1(n_cbrt, cbrt(x))
F2(n_copysign, copysign(x, y))

/* Go's math.Max: +Inf wins over NaN; max(+0, -0) is +0. */
static double go_max(double x, double y)
{
    if (isinf(x) && x > 0) return x;
    if (isinf(y) && y > 0) return y;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0 && x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}

static double go_min(double x, double y)
{
    if (isinf(x) && x < 0) return x;
    if (isinf(y) && y < 0) return y;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0 && x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}

static double go_dim(double x, double y)
{
    double v = x - y;
    return v <= 0 ? 0 : v;
}

F2(n_max, go_max(x, y))
F2(n_min, go_min(x, y))
F2(n_dim, isnan(x - y) ? NAN : go_dim(x, y))

static NatStatus n_f64bits(Sim *s, G *g, Value *a, Value *res)
{
    res[0].u = a[0].u;                  /* same 8 bytes */
    return NAT_OK;
}

static NatStatus n_f64frombits(Sim *s, G *g, Value *a, Value *res)
{
    res[0].u = a[0].u;
    return NAT_OK;
}

static NatStatus n_f32bits(Sim *s, G *g, Value *a, Value *res)
{
    float f = (float)a[0].f;
    uint32_t u;
    memcpy(&u, &f, 4);
    res[0].u = u;
    return NAT_OK;
}

static NatStatus n_f32frombits(Sim *s, G *g, Value *a, Value *res)
{
    uint32_t u = (uint32_t)a[0].u;
    float f;
    memcpy(&f, &u, 4);
    res[0].f = f;
    return NAT_OK;
}

static NatStatus n_modf(Sim *s, G *g, Value *a, Value *res)
{
    double ip;
    double frac = modf(a[0].f, &ip);
    res[0].f = ip;
    res[1].f = frac;
    return NAT_OK;
}

static NatStatus n_frexp(Sim *s, G *g, Value *a, Value *res)
{
    int e = 0;
    res[0].f = frexp(a[0].f, &e);
    res[1].i = e;
    return NAT_OK;
}

static NatStatus n_ldexp(Sim *s, G *g, Value *a, Value *res)
{
    int64_t e = a[1].i;
    res[0].f = ldexp(a[0].f, e > 100000 ? 100000 : e < -100000 ? -100000 : (int)e);
    return NAT_OK;
}

const NativeDef lib_math_natives[] = {
    {"math.Sqrt", n_sqrt}, {"math.Pow", n_pow}, {"math.Exp", n_exp}, {"math.Exp2", n_exp2},
    {"math.Log", n_log}, {"math.Log2", n_log2}, {"math.Log10", n_log10}, {"math.Log1p", n_log1p},
    {"math.Floor", n_floor}, {"math.Ceil", n_ceil}, {"math.Trunc", n_trunc},
    {"math.Round", n_round}, {"math.RoundToEven", n_round_even}, {"math.Abs", n_abs},
    {"math.Mod", n_mod}, {"math.Remainder", n_remainder},
    {"math.Sin", n_sin}, {"math.Cos", n_cos}, {"math.Tan", n_tan},
    {"math.Asin", n_asin}, {"math.Acos", n_acos}, {"math.Atan", n_atan}, {"math.Atan2", n_atan2},
    {"math.Sinh", n_sinh}, {"math.Cosh", n_cosh}, {"math.Tanh", n_tanh},
    {"math.Hypot", n_hypot}, {"math.Cbrt", n_cbrt}, {"math.Copysign", n_copysign},
    {"math.Max", n_max}, {"math.Min", n_min}, {"math.Dim", n_dim},
    {"math.Float64bits", n_f64bits}, {"math.Float64frombits", n_f64frombits},
    {"math.Float32bits", n_f32bits}, {"math.Float32frombits", n_f32frombits},
    {"math.Modf", n_modf}, {"math.Frexp", n_frexp}, {"math.Ldexp", n_ldexp},
    {NULL, NULL},
};

/* ---- package math/bits (sim/lib/math_bits.go) ---- */

static NatStatus n_len64(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = a[0].u ? 64 - __builtin_clzll(a[0].u) : 0;
    return NAT_OK;
}

static NatStatus n_ones64(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = __builtin_popcountll(a[0].u);
    return NAT_OK;
}

static NatStatus n_tz64(Sim *s, G *g, Value *a, Value *res)
{
    res[0].i = a[0].u ? __builtin_ctzll(a[0].u) : 64;
    return NAT_OK;
}

static NatStatus n_rev64(Sim *s, G *g, Value *a, Value *res)
{
    uint64_t x = a[0].u, r = 0;
    for (int i = 0; i < 64; i++, x >>= 1)
        r = (r << 1) | (x & 1);
    res[0].u = r;
    return NAT_OK;
}

const NativeDef lib_bits_natives[] = {
    {"math/bits.Len64", n_len64},
    {"math/bits.OnesCount64", n_ones64},
    {"math/bits.TrailingZeros64", n_tz64},
    {"math/bits.Reverse64", n_rev64},
    {NULL, NULL},
};
