/* rt_panic.c - runtime panics with Go's values, and the texts printed for an
 * unrecovered panic.
 *
 * The panic value of a runtime error has Go's dynamic type, so recover(),
 * %v and %T behave as in Go.  The types live in package "runtime" (the
 * library's sim/lib/runtime.go declares them, see rt.h); if that package is
 * not loaded we make equivalent named types here so rt_error_string still
 * works.  Representations (one Value slot each):
 *   runtime.errorString        GoString* message WITHOUT "runtime error: "
 *   runtime.plainError         GoString* message
 *   runtime.boundsError        GoArray* {msg string}, msg WITH the prefix
 *   *runtime.TypeAssertionError Value* -> slot holding GoArray* {msg string}
 */
#include "rt_internal.h"
#include "vm.h"
#include <inttypes.h>
#include <string.h>

static Type *find_runtime_type(Sim *s, const char *name)
{
    TypeTable *tt = &s->types;
    for (int i = 0; i < tt->nall; i++) {
        Type *t = tt->all[i];
        if (t && t->name && t->pkg && strcmp(t->pkg, "runtime") == 0 && strcmp(t->name, name) == 0)
            return t;
    }
    return NULL;
}

static Type *make_runtime_type(Sim *s, const char *name, Type *under, bool ptr_recv)
{
    TypeTable *tt = &s->types;
    Type *t = types_named(tt, "runtime", "runtime", name);
    types_set_underlying(tt, t, under);
    Type *str = tt->t_string;
    Method err = {.name = "Error", .sig = types_func(tt, NULL, 0, &str, 1, false),
                  .ptr_recv = ptr_recv, .func_index = -1};
    Method rte = {.name = "RuntimeError", .sig = types_func(tt, NULL, 0, NULL, 0, false),
                  .ptr_recv = ptr_recv, .func_index = -1};
    types_add_method(tt, t, err);
    types_add_method(tt, t, rte);
    return t;
}

static Type *msg_struct(Sim *s)
{
    Field f = {.name = "msg", .type = s->types.t_string};
    return types_struct(&s->types, &f, 1);
}

void rt_runtime_types(Sim *s)
{
    RtState *r = rt_state(s);
    if (r->have_rtypes) return;
    r->have_rtypes = true;
    TypeTable *tt = &s->types;
    if (!(r->error_string = find_runtime_type(s, "errorString")))
        r->error_string = make_runtime_type(s, "errorString", tt->t_string, false);
    if (!(r->plain_error = find_runtime_type(s, "plainError")))
        r->plain_error = make_runtime_type(s, "plainError", tt->t_string, false);
    if (!(r->bounds_error = find_runtime_type(s, "boundsError")))
        r->bounds_error = make_runtime_type(s, "boundsError", msg_struct(s), false);
    if (!(r->assert_error = find_runtime_type(s, "TypeAssertionError")))
        r->assert_error = make_runtime_type(s, "TypeAssertionError", msg_struct(s), true);
    r->assert_error_ptr = types_pointer(tt, r->assert_error);
    Type *str = tt->t_string;
    Method m = {.name = "String", .sig = types_func(tt, NULL, 0, &str, 1, false), .func_index = -1};
    r->stringer = types_interface(tt, &m, 1);
}

Type *rt_runtime_type(Sim *s, const char *name)
{
    rt_runtime_types(s);
    RtState *r = s->rt;
    if (strcmp(name, "errorString") == 0) return r->error_string;
    if (strcmp(name, "plainError") == 0) return r->plain_error;
    if (strcmp(name, "boundsError") == 0) return r->bounds_error;
    if (strcmp(name, "TypeAssertionError") == 0) return r->assert_error;
    return NULL;
}

bool rt_error_string(Sim *s, GoIface *x, GoString **out)
{
    if (!x) return false;
    rt_runtime_types(s);
    RtState *r = s->rt;
    if (x->type == r->error_string) {
        *out = rt_concat(s, rt_cstring(s, "runtime error: "), x->v.p);
        return true;
    }
    if (x->type == r->plain_error) {
        *out = x->v.p;
        return true;
    }
    if (x->type == r->bounds_error) {
        *out = ((GoArray *)x->v.p)->v[0].p;
        return true;
    }
    if (x->type == r->assert_error_ptr && x->v.p) {
        Value *slot = x->v.p;
        *out = ((GoArray *)slot->p)->v[0].p;
        return true;
    }
    return false;
}

/* ---- raising ---- */

typedef struct PanicObj {     /* a Panic record in the sim heap */
    ObjHdr h;
    Panic p;
} PanicObj;

Panic *rt_push_panic(Sim *s, G *g, GoIface *v)
{
    PanicObj *o = rt_alloc(s, sizeof(PanicObj), OBJ_OTHER);
    o->p.link = g->panic;
    o->p.value = v;
    g->panic = &o->p;
    return &o->p;
}

static int push(Sim *s, G *g, GoIface *v, bool runtime_error)
{
    rt_push_panic(s, g, v)->runtime_error = runtime_error;
    return NAT_PANIC;
}

int rt_panic_value(Sim *s, G *g, GoIface *v) { return push(s, g, v, false); }

static GoIface *str_iface(Sim *s, Type *t, const char *msg)
{
    Value v = {.p = rt_cstring(s, msg)};
    return rt_box(s, t, v);
}

int rt_panic_runtime(Sim *s, G *g, const char *msg)
{
    rt_runtime_types(s);
    return push(s, g, str_iface(s, ((RtState *)s->rt)->error_string, msg), true);
}

int rt_panic_plain(Sim *s, G *g, const char *msg)
{
    rt_runtime_types(s);
    return push(s, g, str_iface(s, ((RtState *)s->rt)->plain_error, msg), true);
}

static GoArray *msg_value(Sim *s, const char *msg)
{
    GoArray *a = rt_array(s, 1);
    if (a->len) a->v[0].p = rt_cstring(s, msg);
    return a;
}

static int bounds(Sim *s, G *g, const char *msg)
{
    rt_runtime_types(s);
    char full[300];
    snprintf(full, sizeof full, "runtime error: %s", msg);
    GoIface *x = rt_alloc(s, sizeof(GoIface), OBJ_IFACE);
    x->type = ((RtState *)s->rt)->bounds_error;
    x->v.p = msg_value(s, full);
    return push(s, g, x, true);
}

int rt_panic_index(Sim *s, G *g, int64_t i, int64_t len)
{
    char msg[160];
    if (i < 0) snprintf(msg, sizeof msg, "index out of range [%" PRId64 "]", i);
    else snprintf(msg, sizeof msg, "index out of range [%" PRId64 "] with length %" PRId64, i, len);
    return bounds(s, g, msg);
}

/* Go's boundsErrorFmt / boundsNegErrorFmt, by boundsErrorCode name: %x is
 * the bad index, %y the bound; a negative x uses the shorter form. */
static const struct { const char *kind, *fmt, *negfmt; } bounds_fmts[] = {
    {"alen", "slice bounds out of range [:%x] with length %y", "slice bounds out of range [:%x]"},
    {"acap", "slice bounds out of range [:%x] with capacity %y", "slice bounds out of range [:%x]"},
    {"b", "slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]"},
    {"3alen", "slice bounds out of range [::%x] with length %y", "slice bounds out of range [::%x]"},
    {"3acap", "slice bounds out of range [::%x] with capacity %y", "slice bounds out of range [::%x]"},
    {"3b", "slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]"},
    {"3c", "slice bounds out of range [%x:%y:]", "slice bounds out of range [%x::]"},
    {"convert", "cannot convert slice with length %x to array or pointer to array with length %y",
     "cannot convert slice with length %x to array or pointer to array with length %y"},
};

int rt_panic_slice(Sim *s, G *g, const char *fmt_kind, int64_t a, int64_t b)
{
    const char *f = "slice bounds out of range [%x:%y]";
    for (size_t i = 0; i < sizeof bounds_fmts / sizeof bounds_fmts[0]; i++)
        if (strcmp(bounds_fmts[i].kind, fmt_kind) == 0)
            f = a < 0 ? bounds_fmts[i].negfmt : bounds_fmts[i].fmt;
    char msg[200];
    size_t n = 0;
    for (; *f && n < sizeof msg - 24; f++) {
        if (f[0] == '%' && (f[1] == 'x' || f[1] == 'y')) {
            n += (size_t)snprintf(msg + n, sizeof msg - n, "%" PRId64, f[1] == 'x' ? a : b);
            f++;
        } else {
            msg[n++] = *f;
        }
    }
    msg[n] = 0;
    return bounds(s, g, msg);
}

int rt_panic_assert(Sim *s, G *g, Type *iface, Type *dyn, Type *want, const char *missing)
{
    char in[256] = "interface", cs[256] = "", as[256] = "", msg[900];
    /* Go's assertE2I/assertI2I pass no static type: "interface is nil, not I" */
    if (iface && want->kind != T_INTERFACE) types_string(iface, NULL, in, sizeof in);
    types_string(want, NULL, as, sizeof as);
    if (dyn) types_string(dyn, NULL, cs, sizeof cs);
    if (!dyn) {
        snprintf(msg, sizeof msg, "interface conversion: %s is nil, not %s", in, as);
    } else if (missing && *missing) {
        snprintf(msg, sizeof msg, "interface conversion: %s is not %s: missing method %s", cs, as, missing);
    } else {
        snprintf(msg, sizeof msg, "interface conversion: %s is %s, not %s", in, cs, as);
        if (strcmp(cs, as) == 0) {
            bool samepkg = dyn->pkg && want->pkg && strcmp(dyn->pkg, want->pkg) == 0;
            strncat(msg, samepkg ? " (types from different scopes)" : " (types from different packages)",
                    sizeof msg - strlen(msg) - 1);
        }
    }
    rt_runtime_types(s);
    RtState *r = s->rt;
    Box *box = rt_alloc(s, sizeof(Box), OBJ_BOX);
    box->v.p = msg_value(s, msg);
    GoIface *x = rt_alloc(s, sizeof(GoIface), OBJ_IFACE);
    x->type = r->assert_error_ptr;
    x->v.p = &box->v;
    return push(s, g, x, true);
}

/* ---- printing an unrecovered panic ---- */

/* Calls the value's Error() or String() through the VM, with the panic chain
 * detached so the call does not look like part of the unwinding. */
static bool call_text(Sim *s, G *g, GoIface *x, const char *method, RtBuf *b)
{
    Panic *saved = g ? g->panic : NULL;
    if (g) g->panic = NULL;
    Value res = {0};
    NatStatus st = NAT_OK;
    bool ok = g && vm_call_method(s, g, x, method, NULL, 0, &res, 1, &st) && st == NAT_OK;
    if (g) g->panic = saved;
    if (ok) rtbuf_put(b, rt_strptr(res.p), (size_t)rt_strlen(res.p));
    return ok;
}

/* printpanicval, after preprintpanics turned errors and Stringers into
 * their texts (Go 1.18+). */
static void panic_value_text(Sim *s, G *g, GoIface *x, RtBuf *b)
{
    if (!x) { rtbuf_puts(b, "nil"); return; }
    GoString *msg;
    if (rt_error_string(s, x, &msg)) {
        rtbuf_put(b, rt_strptr(msg), (size_t)rt_strlen(msg));
        return;
    }
    RtState *r = s->rt;
    char why[64];
    if (types_implements(x->type, s->types.t_error, why, sizeof why) && call_text(s, g, x, "Error", b))
        return;
    if (types_implements(x->type, r->stringer, why, sizeof why) && call_text(s, g, x, "String", b))
        return;
    Type *t = x->type;
    bool predeclared = t->name && !t->pkg;   /* printany's cases: bool, int, string ... */
    switch (t->kind) {
    case T_BOOL: case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
    case T_FLOAT32: case T_FLOAT64:
        if (!predeclared) { rt_fmt_typename(b, t); rtbuf_puts(b, "("); }
        rt_fmt_print_value(s, b, t, x->v);
        if (!predeclared) rtbuf_puts(b, ")");
        return;
    case T_STRING:
        if (!predeclared) { rt_fmt_typename(b, t); rtbuf_puts(b, "(\""); }
        rtbuf_put(b, rt_strptr(x->v.p), (size_t)rt_strlen(x->v.p));
        if (!predeclared) rtbuf_puts(b, "\")");
        return;
    default:
        rtbuf_puts(b, "(");
        rt_fmt_typename(b, t);
        rtbuf_puts(b, ") ");
        rt_fmt_hex(b, rt_iface_data_addr(s, x));
        return;
    }
}

static const char NIL_DEREF[] = "invalid memory address or nil pointer dereference";

/* Go prints the signal line when the goroutine took a SIGSEGV: for us, a nil
 * dereference anywhere in the panic chain. */
static bool is_nil_deref(Sim *s, Panic *p)
{
    RtState *r = s->rt;
    size_t n = sizeof NIL_DEREF - 1;
    for (; p; p = p->link) {
        GoIface *x = p->value;
        if (p->runtime_error && x && x->type == r->error_string &&
            rt_strlen(x->v.p) == (int64_t)n && memcmp(rt_strptr(x->v.p), NIL_DEREF, n) == 0)
            return true;
    }
    return false;
}

static void print_chain(Sim *s, G *g, Panic *p, RtBuf *b)
{
    if (p->link) {
        print_chain(s, g, p->link, b);
        if (!p->link->goexit) rtbuf_puts(b, "\t");
    }
    if (p->goexit) return;
    rtbuf_puts(b, "panic: ");
    panic_value_text(s, g, p->value, b);
    if (p->recovered) rtbuf_puts(b, " [recovered]");
    rtbuf_puts(b, "\n");
}

void rt_print_panic(Sim *s, G *g, Panic *p)
{
    rt_runtime_types(s);
    RtBuf b = {0};
    if (p) print_chain(s, g, p, &b);
    if (is_nil_deref(s, p))
        rtbuf_puts(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    rtbuf_puts(&b, "\n");
    sim_write(s, 2, b.p, b.n);
    rtbuf_free(&b);
}

/* ---- goroutine dumps ---- */

static int frame_line(const Frame *f)
{
    const Proto *p = f->proto;
    int i = f->pc - 1;
    if (p->lines && p->ncode > 0) {
        if (i < 0) i = 0;
        if (i >= p->ncode) i = p->ncode - 1;
        return p->lines[i];
    }
    return p->pos.line;
}

/* Current Go (1.21+) prints the innermost 50 and the outermost 50 logical
 * frames of a deep stack with "...N frames elided..." between them (Go 1.19
 * printed the first 100 and "...additional frames elided..."). */
#define TB_INNER 50
#define TB_OUTER 50

static const char PANIC_FRAME[] = "panic({0x4a0000, 0xc000010000})\n\t$GOROOT/src/runtime/panic.go:884 +0x0\n";

/* Prints frame f as Go does (b NULL: only says whether it is printed). */
static bool tb_frame(RtBuf *b, const Frame *f)
{
    if (!f->proto) return false;
    if (b)
        rtbuf_printf(b, "%s(%s)\n\t%s:%d +0x0\n", f->proto->name ? f->proto->name : "?",
                     f->proto->nparams > 0 ? "..." : "", f->proto->file ? f->proto->file : "?",
                     frame_line(f));
    return true;
}

/* Go's traceback hides compiler-generated wrappers ((*T).M for a value
 * method, promoted methods, I.M) unless the wrapper itself panicked: the
 * frame is shown when it is the innermost one. */
static bool tb_shown(const G *g, int i)
{
    const Proto *p = g->frames[i].proto;
    if (!p) return false;
    return i == g->nframes - 1 || !p->file || strcmp(p->file, "<autogenerated>") != 0;
}

static bool tb_panic_after(const G *g, int i)
{
    return g->frames[i].proto && (g->frames[i].flags & FRAME_PANIC_DEFER) && i > 0;
}

void rt_print_goroutine(Sim *s, G *g, const char *status)
{
    RtBuf b = {0};
    rtbuf_printf(&b, "goroutine %" PRId64 " [%s]:\n", g->id, status);
    int total = 0;                         /* logical frames, panic() ones included */
    for (int i = g->nframes - 1; i >= 0; i--)
        total += tb_shown(g, i) + tb_panic_after(g, i);
    int k = 0;                             /* logical frames seen so far */
    bool elide = total > TB_INNER + TB_OUTER;
    for (int i = g->nframes - 1; i >= 0; i--) {
        for (int part = 0; part < 2; part++) {
            if (part == 0 ? !tb_shown(g, i) : !tb_panic_after(g, i)) continue;
            if (elide && k >= TB_INNER && k < total - TB_OUTER) {
                if (k == TB_INNER)
                    rtbuf_printf(&b, "...%d frames elided...\n", total - TB_INNER - TB_OUTER);
            } else if (part == 0) {
                tb_frame(&b, &g->frames[i]);
            } else {
                rtbuf_puts(&b, PANIC_FRAME);
            }
            k++;
        }
    }
    if (g->creator > 0) {                    /* started by a go statement */
        const char *fn = g->created_in && g->created_in->name ? g->created_in->name : "main.main";
        const char *file = g->created_in && g->created_in->file ? g->created_in->file
                           : s->prog && s->prog->filename ? s->prog->filename : "?";
        /* current Go names the creating goroutine; Go 1.19 did not */
        rtbuf_printf(&b, "created by %s in goroutine %" PRId64 "\n\t%s:%d +0x0\n", fn, g->creator,
                     file, g->created_line);
    }
    sim_write(s, 2, b.p, b.n);
    rtbuf_free(&b);
}
