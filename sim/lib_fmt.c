/* lib_fmt.c - the fmt printing core: Go's fmt/print.go ported to gocafe's
 * value model (the raw formatters of format.go are in lib_fmt_format.c).
 *
 * A Printer formats Go values (Type*, Value) into a LibBuf exactly as fmt
 * does: verbs, flags, width/precision (also * and [n] argument indexes), the
 * %!verb(type=value) / %!v(MISSING) / %!(EXTRA ...) error forms, Print and
 * Println spacing, maps sorted by key, &{...} for a top-level pointer to a
 * composite, and Error() / String() / GoString() methods called through the
 * VM, including on values nested inside slices, maps and exported struct
 * fields (never through unexported fields: reflect cannot Interface() them).
 * A panic inside such a method is recovered and printed as fmt's catchPanic
 * does ("%!v(PANIC=String method: boom)", or "<nil>" for a nil receiver).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lib_fmt.h"
#include "vm.h"

/* Nesting beyond this is a self-referential value ([]any holding itself):
 * Go recurses until its stack overflows; we stop before the host's does. */
#define FMT_MAX_DEPTH 2000

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

static void print_value(Printer *p, Type *t, Value v, int verb, int depth, bool ro);
static void print_arg(Printer *p, Type *t, Value v, int verb);

/* ---------- print.go ---------- */

static void put_type(Printer *p, Type *t)
{
    char tmp[256];
    size_t n = types_string(t, NULL, tmp, sizeof tmp);
    if (n < sizeof tmp) {
        lib_buf_put(p->buf, tmp, n);
        return;
    }
    char *big = xmalloc(n + 1);
    types_string(t, NULL, big, n + 1);
    lib_buf_put(p->buf, big, n);
    free(big);
}

static void bad_verb(Printer *p, int verb)
{
    p->erroring = true;
    lib_buf_puts(p->buf, "%!");
    lib_buf_put_rune(p->buf, verb);
    lib_buf_putc(p->buf, '(');
    if (p->cur_t) {
        Type *t = p->cur_t;
        Value v = p->cur_v;
        put_type(p, t);
        lib_buf_putc(p->buf, '=');
        print_value(p, t, v, 'v', 0, false);
    } else {
        lib_buf_puts(p->buf, "<nil>");
    }
    lib_buf_putc(p->buf, ')');
    p->erroring = false;
}

static void fmt_bool(Printer *p, bool v, int verb)
{
    if (verb == 't' || verb == 'v')
        fmtr_boolean(p, v);
    else
        bad_verb(p, verb);
}

static void fmt_0x64(Printer *p, uint64_t v, bool leading0x)
{
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmtr_integer(p, v, 16, false, 'v', ldigits);
    p->f.sharp = sharp;
}

static void fmt_int(Printer *p, uint64_t v, bool is_signed, int verb)
{
    switch (verb) {
    case 'v':
        if (p->f.sharpV && !is_signed)
            fmt_0x64(p, v, true);
        else
            fmtr_integer(p, v, 10, is_signed, verb, ldigits);
        break;
    case 'd': fmtr_integer(p, v, 10, is_signed, verb, ldigits); break;
    case 'b': fmtr_integer(p, v, 2, is_signed, verb, ldigits); break;
    case 'o': case 'O': fmtr_integer(p, v, 8, is_signed, verb, ldigits); break;
    case 'x': fmtr_integer(p, v, 16, is_signed, verb, ldigits); break;
    case 'X': fmtr_integer(p, v, 16, is_signed, verb, udigits); break;
    case 'c': fmtr_c(p, v); break;
    case 'q': fmtr_qc(p, v); break;
    case 'U': fmtr_unicode(p, v); break;
    default: bad_verb(p, verb);
    }
}

static void fmt_float(Printer *p, double v, int size, int verb)
{
    switch (verb) {
    case 'v': fmtr_float(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmtr_float(p, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmtr_float(p, v, size, verb, 6); break;
    case 'F': fmtr_float(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb);
    }
}

static void fmt_string(Printer *p, const char *s, size_t n, int verb)
{
    switch (verb) {
    case 'v':
        if (p->f.sharpV)
            fmtr_q(p, s, n);
        else
            fmtr_s(p, s, n);
        break;
    case 's': fmtr_s(p, s, n); break;
    case 'x': fmtr_sbx(p, s, n, ldigits); break;
    case 'X': fmtr_sbx(p, s, n, udigits); break;
    case 'q': fmtr_q(p, s, n); break;
    default: bad_verb(p, verb);
    }
}

/* fmtBytes for verbs s q x X (the others print element-wise, which gives
 * the same text as fmt's byte loop). */
static void fmt_bytes(Printer *p, const char *b, size_t n, int verb)
{
    switch (verb) {
    case 's': fmtr_s(p, b, n); break;
    case 'x': fmtr_sbx(p, b, n, ldigits); break;
    case 'X': fmtr_sbx(p, b, n, udigits); break;
    case 'q': fmtr_q(p, b, n); break;
    }
}

/* ---------- addresses ---------- */

/* Pointers print as rt_addr's deterministic fake addresses, so the same
 * seed prints the same text. */
uint64_t lib_fmt_addr(Sim *s, const void *ptr)
{
    return ptr ? rt_addr(s, ptr) : 0;
}

static uint64_t func_addr(Sim *s, GoFunc *fn)
{
    if (!fn)
        return 0;
    if (fn->proto && s->prog) {
        for (int i = 0; i < s->prog->nfuncs; i++)
            if (s->prog->funcs[i] == fn->proto)
                return 0x47e000ULL + 0x60ULL * (uint64_t)i;
    }
    return lib_fmt_addr(s, fn);
}

static uint64_t value_addr(Sim *s, Type *t, Value v)
{
    switch (t->kind) {
    case T_FUNC:
        return func_addr(s, v.p);
    case T_SLICE: {
        GoSlice *sl = v.p;
        if (!sl)
            return 0;
        return lib_fmt_addr(s, &sl->arr->v[sl->off]);
    }
    default:
        return lib_fmt_addr(s, v.p);
    }
}

static void fmt_pointer(Printer *p, Type *t, Value v, int verb)
{
    switch (t->kind) {
    case T_CHAN: case T_FUNC: case T_MAP: case T_POINTER: case T_SLICE: case T_UNSAFEPTR:
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    uint64_t u = value_addr(p->s, t, v);
    switch (verb) {
    case 'v':
        if (p->f.sharpV) {
            lib_buf_putc(p->buf, '(');
            put_type(p, t);
            lib_buf_puts(p->buf, ")(");
            if (u == 0)
                lib_buf_puts(p->buf, "nil");
            else
                fmt_0x64(p, u, true);
            lib_buf_putc(p->buf, ')');
        } else if (u == 0) {
            fmtr_pad_str(p, "<nil>");
        } else {
            fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p':
        fmt_0x64(p, u, !p->f.sharp);
        break;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        fmt_int(p, u, false, verb);
        break;
    default:
        bad_verb(p, verb);
    }
}

/* ---------- methods ---------- */

static bool has_embedded(Type *t)
{
    if (t->kind != T_STRUCT)
        return false;
    for (int i = 0; i < t->nfields; i++)
        if (t->fields[i].embedded)
            return true;
    return false;
}

/* Cheap pre-check so printing ints and plain structs never searches
 * method sets: only declared methods or embedded fields can supply one. */
static bool may_have_methods(Type *t)
{
    if (t->kind == T_POINTER && !t->name && t->elem)
        t = t->elem;
    if (t->kind == T_INTERFACE)
        return false;
    return t->nmethods > 0 || has_embedded(t);
}

/* Is `name() string` in t's method set? */
static bool has_string_method(Sim *s, Type *t, const char *name)
{
    if (!t || !may_have_methods(t))
        return false;
    TypesLookup r;
    memset(&r, 0, sizeof r);
    if (!types_lookup(t, name, &r) || r.ambiguous || !r.method ||
        (r.kind != LOOKUP_METHOD && r.kind != LOOKUP_IFACE_METHOD))
        return false;
    if (r.kind == LOOKUP_METHOD && r.method->ptr_recv && !r.indirect && t->kind != T_POINTER)
        return false;
    Type *sig = r.method->sig;
    return sig && sig->nparams == 0 && sig->nresults == 1 && !sig->variadic &&
           sig->results[0] == s->types.t_string;
}

/* Call t's method `name` (known to exist); print its result with verb, or
 * recover a panic in it as catchPanic does.  Returns false if printing must
 * stop (p->st set). */
/* The receiver a method call on (t, v) really gets: for a method promoted
 * from an embedded field (Go's generated wrapper), follow the field path.
 * Returns NULL after raising Go's nil dereference panic when an embedded
 * pointer or interface on the way is nil (the wrapper would panic too). */
static GoIface *method_receiver(Printer *p, Type *t, Value v, const char *name, NatStatus *st)
{
    Sim *s = p->s;
    *st = NAT_OK;
    TypesLookup r;
    memset(&r, 0, sizeof r);
    if (!types_lookup(t, name, &r) || r.npath == 0)
        return rt_box(s, t, v);
    Type *ct = t;
    Value cv = v;
    Value *slot = NULL;                 /* address of the current value, if known */
    if (ct->kind == T_POINTER && !ct->name) {
        if (!cv.p)
            goto nil_deref;
        slot = cv.p;
        ct = ct->elem;
        cv = *slot;
    }
    for (int i = 0; i < r.npath; i++) {
        if (ct->kind == T_POINTER && !ct->name) {
            if (!cv.p)
                goto nil_deref;
            slot = cv.p;
            ct = ct->elem;
            cv = *slot;
        }
        GoArray *a = cv.p;
        int idx = r.path[i];
        if (!a || idx >= ct->nfields)
            return rt_box(s, t, v);
        slot = &a->v[idx];
        cv = *slot;
        ct = ct->fields[idx].type;
    }
    if (ct->kind == T_INTERFACE) {
        if (!cv.p)
            goto nil_deref;
        return cv.p;
    }
    if (r.kind == LOOKUP_METHOD && r.method->ptr_recv && ct->kind != T_POINTER)
        return rt_box(s, types_pointer(&s->types, ct), (Value){.p = slot});
    return rt_box(s, ct, cv);
nil_deref:
    *st = (NatStatus)rt_panic_runtime(s, p->g, "invalid memory address or nil pointer dereference");
    return NULL;
}

static void call_and_print(Printer *p, Type *t, Value v, const char *name, int verb, bool as_fmt_s)
{
    Value res = {0};
    NatStatus st = NAT_OK;
    if (lib_c_stack_low()) {            /* String() printing itself, endlessly: Go's stack overflow */
        if (!p->s->fatal)
            p->s->fatal = "stack overflow";
        p->st = NAT_PANIC;
        return;
    }
    GoIface *recv = method_receiver(p, t, v, name, &st);
    bool ok = true;
    if (recv)
        ok = vm_call_method(p->s, p->g, recv, name, NULL, 0, &res, 1, &st);
    if (ok && st == NAT_OK) {
        GoString *str = res.p;
        if (as_fmt_s)
            fmtr_s(p, rt_strptr(str), (size_t)rt_strlen(str));
        else
            fmt_string(p, rt_strptr(str), (size_t)rt_strlen(str), verb);
        return;
    }
    if (!ok) {                          /* cannot happen: has_string_method said yes */
        print_value(p, t, v, verb, 0, true);
        return;
    }
    if (st != NAT_PANIC || !p->g->panic) {
        p->st = st;
        return;
    }
    /* catchPanic: recover the panic raised inside the method. */
    Panic *pn = p->g->panic;
    if (t->kind == T_POINTER && v.p == NULL) {
        pn->recovered = true;
        p->g->panic = pn->link;
        lib_buf_puts(p->buf, "<nil>");
        return;
    }
    if (p->panicking) {                 /* a panic while printing a panic: re-panic */
        p->st = NAT_PANIC;
        return;
    }
    pn->recovered = true;
    p->g->panic = pn->link;
    Flags old = p->f;
    int oldwid = p->wid, oldprec = p->prec;
    memset(&p->f, 0, sizeof p->f);
    lib_buf_puts(p->buf, "%!");
    lib_buf_put_rune(p->buf, verb);
    lib_buf_puts(p->buf, "(PANIC=");
    lib_buf_puts(p->buf, name);
    lib_buf_puts(p->buf, " method: ");
    p->panicking = true;
    GoIface *pv = pn->value;
    print_arg(p, pv ? pv->type : NULL, pv ? pv->v : (Value){0}, 'v');
    p->panicking = false;
    lib_buf_putc(p->buf, ')');
    p->f = old;
    p->wid = oldwid;
    p->prec = oldprec;
}

static bool is_runtime_type(Type *t)
{
    if (t->kind == T_POINTER && !t->name && t->elem)
        t = t->elem;
    return t->pkg && strcmp(t->pkg, "runtime") == 0;
}

static bool handle_methods(Printer *p, Type *t, Value v, int verb)
{
    if (p->erroring || !t)
        return false;
    Sim *s = p->s;
    if (verb == 'w') {
        if (!has_string_method(s, t, "Error") || !p->wrap_errs) {
            bad_verb(p, verb);
            return true;
        }
        verb = 'v';
    }
    if (p->f.sharpV) {
        if (has_string_method(s, t, "GoString")) {
            call_and_print(p, t, v, "GoString", verb, true);
            return true;
        }
        return false;
    }
    switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q':
        if (is_runtime_type(t)) {       /* runtime errors: text without running Go */
            GoIface tmp = {.type = t, .v = v};
            GoString *msg;
            if (rt_error_string(s, &tmp, &msg)) {
                fmt_string(p, rt_strptr(msg), (size_t)rt_strlen(msg), verb);
                return true;
            }
        }
        if (has_string_method(s, t, "Error")) {
            call_and_print(p, t, v, "Error", verb, false);
            return true;
        }
        if (has_string_method(s, t, "String")) {
            call_and_print(p, t, v, "String", verb, false);
            return true;
        }
    }
    return false;
}

/* ---------- printArg / printValue ---------- */

static bool is_byte_kind(Type *t) { return t && t->kind == T_UINT8; }

static void print_bytes_of(Printer *p, Type *t, Value v, int verb)
{
    int64_t n;
    Value *slots;
    if (t->kind == T_SLICE) {
        GoSlice *sl = v.p;
        n = rt_slen(sl);
        slots = sl ? rt_selem(sl, 0) : NULL;
    } else {
        GoArray *a = v.p;
        n = t->len;
        slots = a ? a->v : NULL;
    }
    char *bytes = xmalloc((size_t)n + 1);
    for (int64_t i = 0; i < n; i++)
        bytes[i] = (char)slots[i].u;
    fmt_bytes(p, bytes, (size_t)n, verb);
    free(bytes);
}

static void print_map(Printer *p, Type *t, Value v, int verb, int depth, bool ro)
{
    GoMap *m = v.p;
    if (p->f.sharpV) {
        put_type(p, t);
        if (!m) {
            lib_buf_puts(p->buf, "(nil)");
            return;
        }
        lib_buf_putc(p->buf, '{');
    } else {
        lib_buf_puts(p->buf, "map[");
    }
    if (m) {
        Value *keys = NULL, *vals = NULL;
        int64_t n = 0;
        rt_map_sorted(p->s, m, &keys, &vals, &n);
        for (int64_t i = 0; i < n && p->st == NAT_OK; i++) {
            if (i > 0)
                lib_buf_puts(p->buf, p->f.sharpV ? ", " : " ");
            print_value(p, t->key, keys[i], verb, depth + 1, ro);
            lib_buf_putc(p->buf, ':');
            print_value(p, t->elem, vals[i], verb, depth + 1, ro);
        }
        free(keys);
        free(vals);
    }
    lib_buf_putc(p->buf, p->f.sharpV ? '}' : ']');
}

static void print_struct(Printer *p, Type *t, Value v, int verb, int depth, bool ro)
{
    GoArray *a = v.p;
    if (p->f.sharpV)
        put_type(p, t);
    lib_buf_putc(p->buf, '{');
    for (int i = 0; i < t->nfields && p->st == NAT_OK; i++) {
        Field *f = &t->fields[i];
        if (i > 0)
            lib_buf_puts(p->buf, p->f.sharpV ? ", " : " ");
        if ((p->f.plusV || p->f.sharpV) && f->name && f->name[0]) {
            lib_buf_puts(p->buf, f->name);
            lib_buf_putc(p->buf, ':');
        }
        bool fro = ro || !f->exported;
        Value fv = a ? a->v[i] : (Value){0};
        Type *ft = f->type;
        if (ft->kind == T_INTERFACE && fv.p) {      /* getField: a non-nil interface field prints its element */
            GoIface *x = fv.p;
            ft = x->type;
            fv = x->v;
        }
        print_value(p, ft, fv, verb, depth + 1, fro);
    }
    lib_buf_putc(p->buf, '}');
}

static void print_list(Printer *p, Type *t, Value v, int verb, int depth, bool ro)
{
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && is_byte_kind(t->elem)) {
        print_bytes_of(p, t, v, verb);
        return;
    }
    int64_t n;
    Value *slots;
    if (t->kind == T_SLICE) {
        GoSlice *sl = v.p;
        n = rt_slen(sl);
        slots = sl && n ? rt_selem(sl, 0) : NULL;
    } else {
        GoArray *a = v.p;
        n = t->len;
        slots = a ? a->v : NULL;
    }
    if (p->f.sharpV) {
        put_type(p, t);
        if (t->kind == T_SLICE && !v.p) {
            lib_buf_puts(p->buf, "(nil)");
            return;
        }
        lib_buf_putc(p->buf, '{');
        for (int64_t i = 0; i < n && p->st == NAT_OK; i++) {
            if (i > 0)
                lib_buf_puts(p->buf, ", ");
            print_value(p, t->elem, slots[i], verb, depth + 1, ro);
        }
        lib_buf_putc(p->buf, '}');
    } else {
        lib_buf_putc(p->buf, '[');
        for (int64_t i = 0; i < n && p->st == NAT_OK; i++) {
            if (i > 0)
                lib_buf_putc(p->buf, ' ');
            print_value(p, t->elem, slots[i], verb, depth + 1, ro);
        }
        lib_buf_putc(p->buf, ']');
    }
}

/* printValue: ro is true below an unexported field (CanInterface false). */
static void print_value(Printer *p, Type *t, Value v, int verb, int depth, bool ro)
{
    if (p->st != NAT_OK)
        return;
    if (depth > FMT_MAX_DEPTH) {        /* a value that contains itself: Go overflows its stack */
        if (!p->s->fatal)
            p->s->fatal = "stack overflow";
        p->st = NAT_PANIC;
        return;
    }
    if (depth > 0 && t && !ro && t->kind != T_INTERFACE) {
        p->cur_t = t;
        p->cur_v = v;
        if (handle_methods(p, t, v, verb))
            return;
    }
    p->cur_t = t;
    p->cur_v = v;
    if (!t) {
        if (depth == 0)
            lib_buf_puts(p->buf, "<invalid reflect.Value>");
        else if (verb == 'v')
            lib_buf_puts(p->buf, "<nil>");
        else
            bad_verb(p, verb);
        return;
    }
    switch (t->kind) {
    case T_BOOL:
        fmt_bool(p, v.i != 0, verb);
        break;
    case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
        fmt_int(p, v.u, true, verb);
        break;
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
        fmt_int(p, v.u, false, verb);
        break;
    case T_FLOAT32:
        fmt_float(p, v.f, 32, verb);
        break;
    case T_FLOAT64:
        fmt_float(p, v.f, 64, verb);
        break;
    case T_STRING: {
        GoString *str = v.p;
        fmt_string(p, rt_strptr(str), (size_t)rt_strlen(str), verb);
        break;
    }
    case T_MAP:
        print_map(p, t, v, verb, depth, ro);
        break;
    case T_STRUCT:
        print_struct(p, t, v, verb, depth, ro);
        break;
    case T_INTERFACE: {
        GoIface *x = v.p;
        if (!x) {
            if (p->f.sharpV) {
                put_type(p, t);
                lib_buf_puts(p->buf, "(nil)");
            } else {
                lib_buf_puts(p->buf, "<nil>");
            }
        } else {
            print_value(p, x->type, x->v, verb, depth + 1, ro);
        }
        break;
    }
    case T_ARRAY: case T_SLICE:
        print_list(p, t, v, verb, depth, ro);
        break;
    case T_POINTER:
        if (depth == 0 && v.p) {
            Type *et = t->elem;
            if (et && (et->kind == T_ARRAY || et->kind == T_SLICE || et->kind == T_STRUCT || et->kind == T_MAP)) {
                lib_buf_putc(p->buf, '&');
                print_value(p, et, *(Value *)v.p, verb, depth + 1, ro);
                return;
            }
        }
        fmt_pointer(p, t, v, verb);
        break;
    case T_CHAN: case T_FUNC: case T_UNSAFEPTR:
        fmt_pointer(p, t, v, verb);
        break;
    default:
        lib_buf_putc(p->buf, '?');
        put_type(p, t);
        lib_buf_putc(p->buf, '?');
    }
}

/* printArg: t == NULL is a nil interface{}. */
static void print_arg(Printer *p, Type *t, Value v, int verb)
{
    p->cur_t = t;
    p->cur_v = v;
    if (!t) {
        if (verb == 'T' || verb == 'v')
            fmtr_pad_str(p, "<nil>");
        else
            bad_verb(p, verb);
        return;
    }
    if (verb == 'T') {
        char tmp[256];
        size_t n = types_string(t, NULL, tmp, sizeof tmp);
        if (n < sizeof tmp) {
            fmtr_s(p, tmp, n);
        } else {
            char *big = xmalloc(n + 1);
            types_string(t, NULL, big, n + 1);
            fmtr_s(p, big, n);
            free(big);
        }
        return;
    }
    if (verb == 'p') {
        fmt_pointer(p, t, v, 'p');
        return;
    }
    /* %#v of a top-level []byte prints its type as "[]byte" (fmt's own case) */
    if (p->f.sharpV && t->kind == T_SLICE && !t->name && t->elem == p->s->types.t_uint8 &&
        (verb == 'v' || verb == 'd')) {
        GoSlice *sl = v.p;
        lib_buf_puts(p->buf, "[]byte");
        if (!sl) {
            lib_buf_puts(p->buf, "(nil)");
            return;
        }
        lib_buf_putc(p->buf, '{');
        for (int64_t i = 0; i < sl->len; i++) {
            if (i > 0)
                lib_buf_puts(p->buf, ", ");
            fmt_0x64(p, rt_selem(sl, i)->u, true);
        }
        lib_buf_putc(p->buf, '}');
        return;
    }
    if (!handle_methods(p, t, v, verb))
        print_value(p, t, v, verb, 0, false);
}

static void print_iface_arg(Printer *p, GoIface *x, int verb)
{
    if (x)
        print_arg(p, x->type, x->v, verb);
    else
        print_arg(p, NULL, (Value){0}, verb);
}

/* ---------- Printf ---------- */

static bool too_large(long x) { return x > 1000000 || x < -1000000; }

static void parsenum(const char *s, size_t start, size_t end, int *num, bool *isnum, size_t *newi)
{
    *num = 0;
    *isnum = false;
    if (start >= end) {
        *newi = end;
        return;
    }
    size_t i;
    for (i = start; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
        if (too_large(*num)) {
            *num = 0;
            *isnum = false;
            *newi = end;
            return;
        }
        *num = *num * 10 + (s[i] - '0');
        *isnum = true;
    }
    *newi = i;
}

static void int_from_arg(GoIface **a, int na, int argnum, int *num, bool *isint, int *newargnum)
{
    *num = 0;
    *isint = false;
    *newargnum = argnum;
    if (argnum < na) {
        GoIface *x = a[argnum];
        if (x && x->type) {
            Type *t = x->type;
            if (t->kind >= T_INT && t->kind <= T_INT64) {
                *num = (int)x->v.i;
                *isint = (int64_t)*num == x->v.i;
            } else if (t->kind >= T_UINT && t->kind <= T_UINTPTR) {
                *num = (int)x->v.u;
                *isint = x->v.u <= (uint64_t)INT32_MAX;
            }
        }
        *newargnum = argnum + 1;
        if (too_large(*num)) {
            *num = 0;
            *isint = false;
        }
    }
}

/* parseArgNumber: format starts at '['. */
static void parse_arg_number(const char *f, size_t n, int *index, size_t *wid, bool *ok)
{
    *index = 0;
    *wid = 1;
    *ok = false;
    if (n < 3)
        return;
    for (size_t i = 1; i < n; i++) {
        if (f[i] == ']') {
            int width;
            bool isnum;
            size_t newi;
            parsenum(f, 1, i, &width, &isnum, &newi);
            if (!isnum || newi != i) {
                *wid = i + 1;
                return;
            }
            *index = width - 1;
            *wid = i + 1;
            *ok = true;
            return;
        }
    }
}

static void arg_number(Printer *p, int argnum, const char *format, size_t end, size_t i, int numargs,
                       int *newargnum, size_t *newi, bool *found)
{
    *newargnum = argnum;
    *newi = i;
    *found = false;
    if (end <= i || format[i] != '[')
        return;
    p->reordered = true;
    int index;
    size_t wid;
    bool ok;
    parse_arg_number(format + i, end - i, &index, &wid, &ok);
    if (ok && index >= 0 && index < numargs) {
        *newargnum = index;
        *newi = i + wid;
        *found = true;
        return;
    }
    p->good_argnum = false;
    *newi = i + wid;
    *found = ok;
}

static void record_wrapped(Printer *p, int argnum)
{
    if (p->nwrapped == p->capwrapped) {
        p->capwrapped = p->capwrapped ? p->capwrapped * 2 : 4;
        p->wrapped = xrealloc(p->wrapped, (size_t)p->capwrapped * sizeof(int));
    }
    p->wrapped[p->nwrapped++] = argnum;
}

static void set_v_flags(Printer *p)
{
    p->f.sharpV = p->f.sharp;
    p->f.sharp = false;
    p->f.plusV = p->f.plus;
    p->f.plus = false;
}

static void do_printf(Printer *p, const char *format, size_t end, GoIface **a, int na)
{
    int argnum = 0;
    bool after_index = false;
    p->reordered = false;
    size_t i = 0;
    while (i < end && p->st == NAT_OK) {
        p->good_argnum = true;
        size_t lasti = i;
        while (i < end && format[i] != '%')
            i++;
        if (i > lasti)
            lib_buf_put(p->buf, format + lasti, i - lasti);
        if (i >= end)
            break;
        i++;
        memset(&p->f, 0, sizeof p->f);
        p->wid = p->prec = 0;
        bool simple_done = false;
        for (; i < end; i++) {
            char c = format[i];
            if (c == '#') p->f.sharp = true;
            else if (c == '0') p->f.zero = !p->f.minus;
            else if (c == '+') p->f.plus = true;
            else if (c == '-') { p->f.minus = true; p->f.zero = false; }
            else if (c == ' ') p->f.space = true;
            else {
                if (c >= 'a' && c <= 'z' && argnum < na) {
                    if (c == 'w')
                        record_wrapped(p, argnum);
                    if (c == 'v' || c == 'w')
                        set_v_flags(p);
                    print_iface_arg(p, a[argnum], c);
                    argnum++;
                    i++;
                    simple_done = true;
                }
                break;
            }
        }
        if (simple_done)
            continue;

        arg_number(p, argnum, format, end, i, na, &argnum, &i, &after_index);
        if (i < end && format[i] == '*') {
            i++;
            int w;
            bool ok;
            int_from_arg(a, na, argnum, &w, &ok, &argnum);
            p->wid = w;
            p->f.wid_present = ok;
            if (!ok)
                lib_buf_puts(p->buf, "%!(BADWIDTH)");
            if (p->wid < 0) {
                p->wid = -p->wid;
                p->f.minus = true;
                p->f.zero = false;
            }
            after_index = false;
        } else {
            parsenum(format, i, end, &p->wid, &p->f.wid_present, &i);
            if (after_index && p->f.wid_present)
                p->good_argnum = false;
        }
        if (i + 1 < end && format[i] == '.') {
            i++;
            if (after_index)
                p->good_argnum = false;
            arg_number(p, argnum, format, end, i, na, &argnum, &i, &after_index);
            if (i < end && format[i] == '*') {
                i++;
                int pr;
                bool ok;
                int_from_arg(a, na, argnum, &pr, &ok, &argnum);
                p->prec = pr;
                p->f.prec_present = ok;
                if (p->prec < 0) {
                    p->prec = 0;
                    p->f.prec_present = false;
                }
                if (!p->f.prec_present)
                    lib_buf_puts(p->buf, "%!(BADPREC)");
                after_index = false;
            } else {
                parsenum(format, i, end, &p->prec, &p->f.prec_present, &i);
                if (!p->f.prec_present) {
                    p->prec = 0;
                    p->f.prec_present = true;
                }
            }
        }
        if (!after_index)
            arg_number(p, argnum, format, end, i, na, &argnum, &i, &after_index);
        if (i >= end) {
            lib_buf_puts(p->buf, "%!(NOVERB)");
            break;
        }
        int verb = (unsigned char)format[i];
        int size = 1;
        if (verb >= 0x80)
            verb = rt_decode_rune(format + i, (int64_t)(end - i), &size);
        i += (size_t)size;

        if (verb == '%') {
            lib_buf_putc(p->buf, '%');
        } else if (!p->good_argnum) {
            lib_buf_puts(p->buf, "%!");
            lib_buf_put_rune(p->buf, verb);
            lib_buf_puts(p->buf, "(BADINDEX)");
        } else if (argnum >= na) {
            lib_buf_puts(p->buf, "%!");
            lib_buf_put_rune(p->buf, verb);
            lib_buf_puts(p->buf, "(MISSING)");
        } else {
            if (verb == 'w')
                record_wrapped(p, argnum);
            if (verb == 'v' || verb == 'w')
                set_v_flags(p);
            print_iface_arg(p, a[argnum], verb);
            argnum++;
        }
    }
    if (!p->reordered && argnum < na && p->st == NAT_OK) {
        memset(&p->f, 0, sizeof p->f);
        p->wid = p->prec = 0;
        lib_buf_puts(p->buf, "%!(EXTRA ");
        for (int k = argnum; k < na; k++) {
            if (k > argnum)
                lib_buf_puts(p->buf, ", ");
            GoIface *x = a[k];
            if (!x) {
                lib_buf_puts(p->buf, "<nil>");
            } else {
                put_type(p, x->type);
                lib_buf_putc(p->buf, '=');
                print_iface_arg(p, x, 'v');
            }
        }
        lib_buf_putc(p->buf, ')');
    }
}

static void printer_init(Printer *p, Sim *s, G *g, LibBuf *out)
{
    memset(p, 0, sizeof *p);
    p->s = s;
    p->g = g;
    p->buf = out;
    p->st = NAT_OK;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

FmtResult lib_fmt_sprintf(Sim *s, G *g, LibBuf *out, const char *format, size_t flen,
                          GoIface **args, int nargs, bool wrap_errs)
{
    Printer p;
    printer_init(&p, s, g, out);
    p.wrap_errs = wrap_errs;
    do_printf(&p, format, flen, args, nargs);
    FmtResult r = {p.st, NULL, 0};
    if (wrap_errs && p.nwrapped) {
        qsort(p.wrapped, (size_t)p.nwrapped, sizeof(int), cmp_int);
        int n = 0;
        for (int k = 0; k < p.nwrapped; k++)
            if (k == 0 || p.wrapped[k] != p.wrapped[k - 1])
                p.wrapped[n++] = p.wrapped[k];
        r.wrapped = p.wrapped;
        r.nwrapped = n;
    } else {
        free(p.wrapped);
    }
    return r;
}

/* Print/Sprint: a space between operands when neither is a string. */
NatStatus lib_fmt_sprint(Sim *s, G *g, LibBuf *out, GoIface **args, int nargs)
{
    Printer p;
    printer_init(&p, s, g, out);
    bool prev_string = false;
    for (int k = 0; k < nargs && p.st == NAT_OK; k++) {
        GoIface *x = args[k];
        bool is_string = x && x->type && x->type->kind == T_STRING;
        if (k > 0 && !is_string && !prev_string)
            lib_buf_putc(out, ' ');
        memset(&p.f, 0, sizeof p.f);
        print_iface_arg(&p, x, 'v');
        prev_string = is_string;
    }
    return p.st;
}

NatStatus lib_fmt_sprintln(Sim *s, G *g, LibBuf *out, GoIface **args, int nargs)
{
    Printer p;
    printer_init(&p, s, g, out);
    for (int k = 0; k < nargs && p.st == NAT_OK; k++) {
        if (k > 0)
            lib_buf_putc(out, ' ');
        memset(&p.f, 0, sizeof p.f);
        print_iface_arg(&p, args[k], 'v');
    }
    lib_buf_putc(out, '\n');
    return p.st;
}
