/* lib_fmt.h - the fmt printer's state, shared by lib_fmt.c (print.go:
 * values, methods, Printf parsing) and lib_fmt_format.c (format.go: padding
 * and the raw integer, float, string and rune formatters).  Private to the
 * library. */
#ifndef GOCAFE_LIB_FMT_H
#define GOCAFE_LIB_FMT_H
#include "lib_int.h"

typedef struct Flags {
    bool wid_present, prec_present;
    bool minus, plus, sharp, space, zero;
    bool plusV, sharpV;   /* %+v and %#v: set at the top, plus/sharp cleared */
} Flags;

typedef struct Printer {
    Sim *s;
    G *g;
    LibBuf *buf;
    Flags f;
    int wid, prec;
    /* the operand being printed, for badVerb's %!x(type=value) */
    Type *cur_t;          /* NULL: nil */
    Value cur_v;
    bool erroring;        /* inside badVerb: no methods are called */
    bool panicking;       /* printing a recovered method panic */
    bool wrap_errs;       /* Errorf: %w allowed */
    bool reordered, good_argnum;
    int *wrapped;         /* %w argument indexes */
    int nwrapped, capwrapped;
    NatStatus st;         /* a failure that must propagate; stops printing */
} Printer;

/* format.go (lib_fmt_format.c) */
void fmtr_write_padding(Printer *p, long n);
void fmtr_pad(Printer *p, const char *s, size_t n);
void fmtr_pad_str(Printer *p, const char *s);
void fmtr_boolean(Printer *p, bool v);
void fmtr_unicode(Printer *p, uint64_t u);
void fmtr_integer(Printer *p, uint64_t u, int base, bool is_signed, int verb, const char *digits);
size_t fmtr_truncate_len(Printer *p, const char *s, size_t n);
void fmtr_s(Printer *p, const char *s, size_t n);
void fmtr_sbx(Printer *p, const char *s, size_t length, const char *digits);
void fmtr_q(Printer *p, const char *s, size_t n);
void fmtr_c(Printer *p, uint64_t c);
void fmtr_qc(Printer *p, uint64_t c);
void fmtr_float(Printer *p, double v, int size, int verb, int prec);

#endif
