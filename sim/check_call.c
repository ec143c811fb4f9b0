/* check_call.c - calls: functions and methods (variadic, f(g()) forwarding),
 * conversions T(x), and the builtins with Go 1.21's rules (min, max, clear
 * included).
 *
 * Marks n->conversion / n->builtin; a call's type is its single result, a
 * T_TUPLE for several, and its mode MODE_NOVALUE for none.
 */
#include "check_int.h"
#include <stdio.h>
#include <string.h>

#define ES 256
#define OS 512

static void invalid(Node *n) { n->mode = MODE_INVALID; }

static bool is_nil(Node *n) { return n && n->type && n->type->kind == T_UNTYPED_NIL && n->mode != MODE_TYPE; }

static void use_args(Checker *c, Node *n)
{
    for (int i = 0; i < n->nlist; i++)
        if (n->list[i]) check_expr(c, n->list[i]);
}

/* ---------- argument passing ---------- */

/* Argument list after f(g()) forwarding: nodes and their types. */
typedef struct Args {
    Node **nodes;         /* one per value (the g() node repeated when forwarded) */
    Type **types;
    int n;
    bool forwarded;
} Args;

static bool eval_args(Checker *c, Node *call, Args *a)
{
    a->n = 0;
    a->forwarded = false;
    int cap = call->nlist + 1;
    if (call->nlist == 1 && call->list[0]) {
        Node *arg = call->list[0];
        check_multi(c, arg);
        if (arg->mode == MODE_INVALID) return false;
        if (arg->type && arg->type->kind == T_TUPLE) {
            Type *tu = arg->type;
            a->nodes = arena_alloc(c->arena, (size_t)(tu->nresults + 1) * sizeof *a->nodes);
            a->types = arena_alloc(c->arena, (size_t)(tu->nresults + 1) * sizeof *a->types);
            for (int i = 0; i < tu->nresults; i++) {
                a->nodes[i] = arg;
                a->types[i] = tu->results[i];
            }
            a->n = tu->nresults;
            a->forwarded = true;
            return true;
        }
        a->nodes = arena_alloc(c->arena, 2 * sizeof *a->nodes);
        a->types = arena_alloc(c->arena, 2 * sizeof *a->types);
        a->nodes[0] = arg;
        a->types[0] = arg->type;
        a->n = 1;
        return true;
    }
    a->nodes = arena_alloc(c->arena, (size_t)cap * sizeof *a->nodes);
    a->types = arena_alloc(c->arena, (size_t)cap * sizeof *a->types);
    bool ok = true;
    for (int i = 0; i < call->nlist; i++) {
        Node *arg = call->list[i];
        if (!arg) { ok = false; continue; }
        check_rvalue(c, arg);
        if (arg->mode == MODE_INVALID) ok = false;
        a->nodes[a->n] = arg;
        a->types[a->n++] = arg->type;
    }
    return ok;
}

/* One forwarded value of a tuple: assignability checked on a stand-in. */
static void assign_forwarded(Checker *c, Node *call, Type *vt, Type *pt, const char *ctx)
{
    Node tmp = *call;
    tmp.type = vt;
    tmp.mode = MODE_VALUE;
    char cause[1024], os[OS], ts[ES];
    if (check_assignable(c, &tmp, pt, cause, sizeof cause)) return;
    check_ostr(c, &tmp, os, sizeof os);
    check_tstr(c, pt, ts, sizeof ts);
    if (cause[0]) check_error(c, check_start_pos(call), "cannot use %s as %s value in %s: %s", os, ts, ctx, cause);
    else check_error(c, check_start_pos(call), "cannot use %s as %s value in %s", os, ts, ctx);
}

static void count_error(Checker *c, Node *call, Args *a, Type *sig, const char *fname)
{
    int np = sig->nparams;
    const char *q = a->n > np ? "too many" : "not enough";
    Pos at = check_start_pos(call);
    if (a->n > np && !a->forwarded) at = check_start_pos(a->nodes[np]);
    else if (a->n > 0) at = check_start_pos(a->nodes[a->n - 1]);
    char have[512], want[512];
    SBuf hb = {have, 0, sizeof have}, wb = {want, 0, sizeof want};
    check_types_summary(c, a->types, a->n, false, &hb);
    check_types_summary(c, sig->params, np, sig->variadic, &wb);
    check_error(c, at, "%s arguments in call to %s\n\thave %s\n\twant %s", q, fname, have, want);
}

static void args_against(Checker *c, Node *call, Args *a, Type *sig, const char *fname)
{
    char ctx[ES + 32];
    snprintf(ctx, sizeof ctx, "argument to %s", fname);
    bool dots = (call->flags & NF_ELLIPSIS) != 0;
    int np = sig->nparams;
    if (dots) {
        if (!sig->variadic) {
            Node *last = call->nlist ? call->list[call->nlist - 1] : call;
            check_error(c, check_start_pos(last), "have (...) in call to non-variadic %s", fname);
            return;
        }
        if (a->forwarded) {
            check_error(c, check_start_pos(call), "cannot use ... with multi-valued expression");
            return;
        }
        if (a->n != np) {
            count_error(c, call, a, sig, fname);
            return;
        }
        for (int i = 0; i < np; i++) check_assign_to(c, a->nodes[i], sig->params[i], ctx);
        return;
    }
    if (sig->variadic ? a->n < np - 1 : a->n != np) {
        count_error(c, call, a, sig, fname);
        return;
    }
    for (int i = 0; i < a->n; i++) {
        Type *pt = (sig->variadic && i >= np - 1) ? sig->params[np - 1]->elem : sig->params[i];
        if (a->forwarded) assign_forwarded(c, a->nodes[i], a->types[i], pt, ctx);
        else check_assign_to(c, a->nodes[i], pt, ctx);
    }
}

void check_args(Checker *c, Node *call, Type *sig, const char *fname)
{
    Args a;
    if (!eval_args(c, call, &a)) return;
    args_against(c, call, &a, sig, fname);
}

static void set_result(Checker *c, Node *n, Type *sig)
{
    for (int i = 0; i < sig->nresults; i++)
        if (!sig->results[i] || sig->results[i]->kind == T_INVALID) {
            /* an undefined result type was reported at the declaration */
            n->mode = MODE_INVALID;
            n->type = c->tt->t_invalid;
            return;
        }
    if (sig->nresults == 0) {
        n->mode = MODE_NOVALUE;
        n->type = NULL;
    } else if (sig->nresults == 1) {
        n->mode = MODE_VALUE;
        n->type = sig->results[0];
    } else {
        n->mode = MODE_VALUE;
        n->type = types_tuple(c->tt, sig->results, sig->nresults);
    }
}

/* ---------- conversions ---------- */

/* Identical types when struct tags are ignored (conversions allow that). */
static bool identical_ignore_tags(Type *a, Type *b, int depth)
{
    if (a == b) return true;
    if (!a || !b || depth > 50 || a->kind != b->kind || a->name || b->name) return false;
    switch (a->kind) {
    case T_STRUCT:
        if (a->nfields != b->nfields) return false;
        for (int i = 0; i < a->nfields; i++)
            if (strcmp(a->fields[i].name, b->fields[i].name) != 0 || a->fields[i].embedded != b->fields[i].embedded ||
                !identical_ignore_tags(a->fields[i].type, b->fields[i].type, depth + 1))
                return false;
        return true;
    case T_POINTER: case T_SLICE: return identical_ignore_tags(a->elem, b->elem, depth + 1);
    case T_ARRAY: return a->len == b->len && identical_ignore_tags(a->elem, b->elem, depth + 1);
    case T_MAP: return identical_ignore_tags(a->key, b->key, depth + 1) && identical_ignore_tags(a->elem, b->elem, depth + 1);
    default: return false;
    }
}

static bool convertible(Checker *c, Node *x, Type *t)
{
    char cause[256];
    Type *v = x->type;
    if (check_assignable(c, x, t, cause, sizeof cause)) return true;
    Type *vu = types_under(v), *tu = types_under(t);
    if (vu == tu || identical_ignore_tags(vu, tu, 0)) return true;
    if (v->kind == T_POINTER && t->kind == T_POINTER && !v->name && !t->name &&
        identical_ignore_tags(types_under(v->elem), types_under(t->elem), 0))
        return true;
    if (types_is_numeric(vu) && types_is_numeric(tu)) return true;
    if (tu->kind == T_STRING) {
        if (types_is_integer(vu)) return true;
        if (vu->kind == T_SLICE && (types_under(vu->elem)->kind == T_UINT8 || types_under(vu->elem)->kind == T_INT32))
            return true;
    }
    /* Go 1.17/1.20: slice to array pointer / array of the same element type */
    if (vu->kind == T_SLICE && tu->kind == T_POINTER && tu->elem && types_under(tu->elem)->kind == T_ARRAY &&
        types_under(tu->elem)->elem == vu->elem)
        return true;
    if (vu->kind == T_SLICE && tu->kind == T_ARRAY && tu->elem == vu->elem) return true;
    if (types_is_string(vu) && tu->kind == T_SLICE &&
        (types_under(tu->elem)->kind == T_UINT8 || types_under(tu->elem)->kind == T_INT32))
        return true;
    return false;
}

static bool is_const_type(Type *t)
{
    Type *u = types_under(t);
    return u && u->kind >= T_BOOL && u->kind <= T_STRING && u->kind != T_UNSAFEPTR;
}

void check_conversion(Checker *c, Node *n, Type *t, Node *arg)
{
    char os[OS], ts[ES];
    n->conversion = true;
    check_rvalue(c, arg);
    if (arg->mode == MODE_INVALID) { invalid(n); return; }
    check_tstr(c, t, ts, sizeof ts);
    if (arg->mode == MODE_CONST && is_const_type(t)) {
        Type *u = types_under(t);
        ConstVal v;
        Repr r = cv_represent(arg->cv, u, &v);
        if (r != REPR_OK && types_is_integer(arg->type) && u->kind == T_STRING && arg->cv.kind == CV_INT) {
            /* string(rune constant) */
            __int128 cp = arg->cv.i;
            char buf[8];
            int k = 0;
            uint32_t ch = (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) ? 0xFFFD : (uint32_t)cp;
            if (ch < 0x80) buf[k++] = (char)ch;
            else if (ch < 0x800) { buf[k++] = (char)(0xC0 | (ch >> 6)); buf[k++] = (char)(0x80 | (ch & 0x3F)); }
            else if (ch < 0x10000) {
                buf[k++] = (char)(0xE0 | (ch >> 12)); buf[k++] = (char)(0x80 | ((ch >> 6) & 0x3F));
                buf[k++] = (char)(0x80 | (ch & 0x3F));
            } else {
                buf[k++] = (char)(0xF0 | (ch >> 18)); buf[k++] = (char)(0x80 | ((ch >> 12) & 0x3F));
                buf[k++] = (char)(0x80 | ((ch >> 6) & 0x3F)); buf[k++] = (char)(0x80 | (ch & 0x3F));
            }
            v = cv_str(c->arena, buf, k);
            r = REPR_OK;
        }
        if (r != REPR_OK) {
            if (types_is_integer(arg->type) && types_is_integer(u)) {
                char vs[128];
                cv_string(arg->cv, vs, sizeof vs);
                check_error(c, check_start_pos(arg), "constant %s overflows %s", vs, ts);
            } else if (r == REPR_TRUNCATED && types_is_integer(u)) {
                check_error(c, check_start_pos(arg), "cannot convert %s to type %s (truncated)",
                            check_ostr(c, arg, os, sizeof os), ts);
            } else {
                check_error(c, check_start_pos(arg), "cannot convert %s to type %s", check_ostr(c, arg, os, sizeof os), ts);
            }
            invalid(n);
            return;
        }
        check_default(c, arg);
        n->mode = MODE_CONST;
        n->cv = v;
        n->type = t;
        return;
    }
    if (!convertible(c, arg, t)) {
        check_error(c, check_start_pos(arg), "cannot convert %s to type %s", check_ostr(c, arg, os, sizeof os), ts);
        invalid(n);
        return;
    }
    if (types_is_untyped(arg->type)) {
        if (is_nil(arg)) arg->type = t;
        else if (types_under(t)->kind == T_INTERFACE || arg->mode == MODE_CONST) check_default(c, arg);
        else check_set_type(c, arg, t);
    }
    n->mode = MODE_VALUE;
    n->type = t;
}

/* ---------- builtins ---------- */

static const struct { const char *name; int nargs; bool variadic; bool stmt; } builtin_info[] = {
    [B_APPEND] = {"append", 1, true, false}, [B_CAP] = {"cap", 1, false, false},
    [B_CLEAR] = {"clear", 1, false, true}, [B_CLOSE] = {"close", 1, false, true},
    [B_COMPLEX] = {"complex", 2, false, false}, [B_COPY] = {"copy", 2, false, true},
    [B_DELETE] = {"delete", 2, false, true}, [B_IMAG] = {"imag", 1, false, false},
    [B_LEN] = {"len", 1, false, false}, [B_MAKE] = {"make", 1, true, false},
    [B_MAX] = {"max", 1, true, false}, [B_MIN] = {"min", 1, true, false},
    [B_NEW] = {"new", 1, false, false}, [B_PANIC] = {"panic", 1, false, true},
    [B_PRINT] = {"print", 0, true, true}, [B_PRINTLN] = {"println", 0, true, true},
    [B_REAL] = {"real", 1, false, false}, [B_RECOVER] = {"recover", 0, false, true},
};

bool check_builtin_is_stmt(BuiltinId id) { return id > B_NONE && id <= B_RECOVER && builtin_info[id].stmt; }

static bool call_or_recv(const Node *n, int depth)
{
    if (!n || depth > 200) return false;
    if (n->kind == N_CALL && n->mode != MODE_CONST) return true;
    if (n->kind == N_UNARY && n->op == TK_ARROW) return true;
    if (n->kind == N_FUNCLIT) return false;
    if (call_or_recv(n->x, depth + 1) || call_or_recv(n->y, depth + 1) ||
        call_or_recv(n->z, depth + 1) || call_or_recv(n->w, depth + 1))
        return true;
    for (int i = 0; i < n->nlist; i++)
        if (call_or_recv(n->list[i], depth + 1)) return true;
    return false;
}

bool check_has_call_or_recv(const Node *x) { return call_or_recv(x, 0); }

static void b_len_cap(Checker *c, Node *n, Node *x, BuiltinId id)
{
    char os[OS];
    Type *u = types_under(x->type);
    bool ok = false, isconst = false;
    switch (u->kind) {
    case T_STRING: case T_UNTYPED_STRING:
        ok = id == B_LEN;
        isconst = x->mode == MODE_CONST;
        break;
    case T_ARRAY: ok = true; isconst = !check_has_call_or_recv(x); break;
    case T_POINTER:
        if (u->elem && types_under(u->elem)->kind == T_ARRAY) {
            ok = true;
            isconst = !check_has_call_or_recv(x);
            u = types_under(u->elem);
        }
        break;
    case T_SLICE: case T_CHAN: ok = true; break;
    case T_MAP: ok = id == B_LEN; break;
    default: break;
    }
    if (!ok) {
        check_error(c, check_start_pos(x), "invalid argument: %s for built-in %s", check_ostr(c, x, os, sizeof os),
                    builtin_info[id].name);
        invalid(n);
        return;
    }
    n->type = c->tt->t_int;
    if (isconst) {
        n->mode = MODE_CONST;
        n->cv = cv_int(u->kind == T_ARRAY ? u->len : x->cv.slen);
    } else {
        n->mode = MODE_VALUE;
    }
    check_default(c, x);
}

static void b_append(Checker *c, Node *n)
{
    char os[OS];
    Node *s = n->list[0];
    check_rvalue(c, s);
    if (s->mode == MODE_INVALID) {
        for (int i = 1; i < n->nlist; i++) if (n->list[i]) check_expr(c, n->list[i]);
        invalid(n);
        return;
    }
    Type *u = types_under(s->type);
    if (u->kind != T_SLICE) {
        if (is_nil(s)) check_error(c, check_start_pos(s), "first argument to append must be a slice; have untyped nil");
        else check_error(c, check_start_pos(s), "first argument to append must be a slice; have %s",
                         check_ostr(c, s, os, sizeof os));
        for (int i = 1; i < n->nlist; i++) if (n->list[i]) check_expr(c, n->list[i]);
        invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = s->type;
    /* append([]byte, string...) */
    if (n->nlist == 2 && (n->flags & NF_ELLIPSIS) && types_under(u->elem)->kind == T_UINT8) {
        Node *a = n->list[1];
        check_rvalue(c, a);
        if (a->mode == MODE_INVALID) return;
        if (types_is_string(types_under(a->type))) {
            check_default(c, a);
            return;
        }
        check_assign_to(c, a, u == s->type ? s->type : types_slice(c->tt, u->elem), "argument to append");
        return;
    }
    Type *ps[2] = {s->type, types_slice(c->tt, u->elem)};
    Type *sig = types_func(c->tt, ps, 2, &ps[0], 1, true);
    Args a;
    a.nodes = arena_alloc(c->arena, (size_t)(n->nlist + 1) * sizeof *a.nodes);
    a.types = arena_alloc(c->arena, (size_t)(n->nlist + 1) * sizeof *a.types);
    a.n = 0;
    a.forwarded = false;
    a.nodes[a.n] = s;
    a.types[a.n++] = s->type;
    bool ok = true;
    for (int i = 1; i < n->nlist; i++) {
        Node *arg = n->list[i];
        if (!arg) { ok = false; continue; }
        check_rvalue(c, arg);
        if (arg->mode == MODE_INVALID) ok = false;
        a.nodes[a.n] = arg;
        a.types[a.n++] = arg->type;
    }
    if (ok) args_against(c, n, &a, sig, "append");
}

static void b_make(Checker *c, Node *n)
{
    char ts[ES], es[ES];
    Node *tn = n->list[0];
    Type *t = check_type(c, tn);
    for (int i = 1; i < n->nlist; i++) (void)0;
    if (t == c->tt->t_invalid) { use_args(c, n); invalid(n); return; }
    Type *u = types_under(t);
    int min = 1;
    switch (u->kind) {
    case T_SLICE: min = 2; break;
    case T_MAP: case T_CHAN: break;
    default:
        check_error(c, check_start_pos(tn), "invalid argument: cannot make %s; type must be slice, map, or channel",
                    check_estr(c, tn, es, sizeof es));
        invalid(n);
        return;
    }
    int max = min + 1;
    if (n->nlist < min || n->nlist > max) {
        check_error(c, check_start_pos(n), "invalid operation: %s expects %d or %d arguments; found %d",
                    check_estr(c, n, es, sizeof es), min, max, n->nlist);
        invalid(n);
        return;
    }
    int64_t sizes[2];
    int nsizes = 0;
    bool ok = true;
    for (int i = 1; i < n->nlist; i++) {
        int64_t v;
        if (!check_index(c, n->list[i], -1, &v)) ok = false;
        else if (v >= 0) sizes[nsizes++] = v;
    }
    (void)ts;
    if (ok && nsizes == 2 && sizes[0] > sizes[1]) {
        check_error(c, check_start_pos(n->list[1]), "invalid argument: length and capacity swapped");
        ok = false;
    }
    if (!ok) { invalid(n); return; }
    n->mode = MODE_VALUE;
    n->type = t;
}

static void b_minmax(Checker *c, Node *n, BuiltinId id)
{
    char os[OS], ts[ES], ts2[ES], es[ES];
    Node *x = NULL;
    for (int i = 0; i < n->nlist; i++) {
        Node *a = n->list[i];
        check_rvalue(c, a);
        if (a->mode == MODE_INVALID) { invalid(n); return; }
        Type *u = types_under(a->type);
        if (!(types_is_numeric(u) || types_is_string(u))) {
            check_error(c, check_start_pos(a), "invalid argument: %s cannot be ordered", check_ostr(c, a, os, sizeof os));
            invalid(n);
            return;
        }
        if (!x) {
            x = a;
            n->type = a->type;
            n->mode = a->mode == MODE_CONST ? MODE_CONST : MODE_VALUE;
            n->cv = a->cv;
            continue;
        }
        /* matchTypes between the running result and a */
        if (types_is_untyped(n->type) != types_is_untyped(a->type) || (types_is_untyped(n->type) && types_is_untyped(a->type))) {
            if (types_is_untyped(a->type) && !types_is_untyped(n->type)) {
                check_convert_untyped(c, a, n->type);
                if (a->mode == MODE_INVALID) { invalid(n); return; }
            } else if (types_is_untyped(n->type) && !types_is_untyped(a->type)) {
                for (int j = 0; j < i; j++) check_convert_untyped(c, n->list[j], a->type);
                n->type = a->type;
                if (n->mode == MODE_CONST) {
                    ConstVal v;
                    if (cv_represent(n->cv, types_under(a->type), &v) == REPR_OK) n->cv = v;
                }
            } else if (types_is_numeric(n->type) && types_is_numeric(a->type)) {
                /* both untyped numeric: the larger kind */
                int rn = n->type->kind == T_UNTYPED_FLOAT ? 3 : n->type->kind == T_UNTYPED_RUNE ? 2 : 1;
                int ra = a->type->kind == T_UNTYPED_FLOAT ? 3 : a->type->kind == T_UNTYPED_RUNE ? 2 : 1;
                if (ra > rn) n->type = a->type;
                else check_set_type(c, a, n->type);
            }
        }
        if (n->type != a->type && !(types_is_untyped(n->type) && types_is_untyped(a->type) &&
                                    types_is_numeric(n->type) == types_is_numeric(a->type))) {
            check_error(c, check_start_pos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                        check_tstr(c, n->type, ts, sizeof ts), check_tstr(c, a->type, ts2, sizeof ts2),
                        check_estr(c, a, es, sizeof es));
            invalid(n);
            return;
        }
        if (n->mode == MODE_CONST && a->mode == MODE_CONST) {
            if (cv_compare(id == B_MAX ? TK_GTR : TK_LSS, a->cv, n->cv)) n->cv = a->cv;
        } else {
            n->mode = MODE_VALUE;
        }
    }
    if (n->mode != MODE_CONST) {
        check_default(c, n);
        n->type = types_default(c->tt, n->type);
    }
    for (int i = 0; i < n->nlist; i++) check_set_type(c, n->list[i], n->type);
}

void check_builtin(Checker *c, Node *n, BuiltinId id)
{
    char os[OS], os2[OS], es[ES], ts[ES];
    n->builtin = id;
    const char *name = builtin_info[id].name;
    int nargs = n->nlist;
    if ((n->flags & NF_ELLIPSIS) && id != B_APPEND) {
        check_error(c, check_start_pos(n), "invalid operation: invalid use of ... with built-in %s", name);
        use_args(c, n);
        invalid(n);
        return;
    }
    if (id == B_COMPLEX || id == B_REAL || id == B_IMAG) {
        check_error(c, check_start_pos(n), "complex numbers are not supported by gocafe");
        use_args(c, n);
        invalid(n);
        return;
    }
    const char *msg = nargs < builtin_info[id].nargs ? "not enough"
                    : (!builtin_info[id].variadic && nargs > builtin_info[id].nargs) ? "too many" : NULL;
    if (id == B_MAKE && nargs > 3) msg = NULL;
    if (msg) {
        check_error(c, check_start_pos(n), "invalid operation: %s arguments for %s (expected %d, found %d)", msg,
                    check_estr(c, n, es, sizeof es), builtin_info[id].nargs, nargs);
        use_args(c, n);
        invalid(n);
        return;
    }
    for (int i = 0; i < nargs; i++)
        if (!n->list[i]) { invalid(n); return; }
    switch (id) {
    case B_APPEND: b_append(c, n); return;
    case B_MAKE: b_make(c, n); return;
    case B_MAX: case B_MIN: b_minmax(c, n, id); return;
    case B_NEW: {
        Type *t = check_type(c, n->list[0]);
        if (t == c->tt->t_invalid) { invalid(n); return; }
        n->mode = MODE_VALUE;
        n->type = types_pointer(c->tt, t);
        return;
    }
    case B_RECOVER:
        n->mode = MODE_VALUE;
        n->type = c->tt->t_any;
        return;
    case B_PRINT: case B_PRINTLN:
        if (nargs == 1) {
            /* println(f()) prints every result of f, as Go does */
            check_multi(c, n->list[0]);
            if (n->list[0]->type && n->list[0]->type->kind == T_TUPLE) {
                n->mode = MODE_NOVALUE;
                n->type = NULL;
                return;
            }
        }
        for (int i = 0; i < nargs; i++) {
            Node *a = n->list[i];
            if (nargs != 1) check_rvalue(c, a);   /* one argument: check_multi did it (twice would
                                                      re-check a rewritten node such as f[int]) */
            if (a->mode == MODE_INVALID) continue;
            if (is_nil(a)) {
                check_error(c, check_start_pos(a), "use of untyped nil in argument to built-in %s", name);
                continue;
            }
            check_assign_to(c, a, NULL, "argument to built-in print");
        }
        n->mode = MODE_NOVALUE;
        n->type = NULL;
        return;
    case B_PANIC: {
        Node *a = n->list[0];
        check_rvalue(c, a);
        if (a->mode != MODE_INVALID) check_assign_to(c, a, c->tt->t_any, "argument to panic");
        n->mode = MODE_NOVALUE;
        n->type = NULL;
        return;
    }
    default: break;
    }
    /* the rest take plain values */
    for (int i = 0; i < nargs; i++) check_rvalue(c, n->list[i]);
    for (int i = 0; i < nargs; i++)
        if (n->list[i]->mode == MODE_INVALID) { invalid(n); return; }
    Node *x = n->list[0];
    Type *u = types_under(x->type);
    switch (id) {
    case B_LEN: case B_CAP: b_len_cap(c, n, x, id); return;
    case B_CLOSE:
        if (u->kind != T_CHAN) {
            check_error(c, check_start_pos(x), "invalid operation: cannot close non-channel %s", check_ostr(c, x, os, sizeof os));
            invalid(n);
            return;
        }
        if (u->dir == CHAN_RECV) {
            check_error(c, check_start_pos(x), "invalid operation: cannot close receive-only channel %s",
                        check_ostr(c, x, os, sizeof os));
            invalid(n);
            return;
        }
        n->mode = MODE_NOVALUE;
        n->type = NULL;
        return;
    case B_CLEAR:
        if (u->kind != T_MAP && u->kind != T_SLICE) {
            check_error(c, check_start_pos(x), "invalid argument: cannot clear %s: argument must be (or constrained by) map or slice",
                        check_ostr(c, x, os, sizeof os));
            invalid(n);
            return;
        }
        n->mode = MODE_NOVALUE;
        n->type = NULL;
        return;
    case B_DELETE: {
        if (u->kind != T_MAP) {
            check_error(c, check_start_pos(x), "invalid argument: %s is not a map", check_ostr(c, x, os, sizeof os));
            invalid(n);
            return;
        }
        check_assign_to(c, n->list[1], u->key, "argument to delete");
        n->mode = MODE_NOVALUE;
        n->type = NULL;
        return;
    }
    case B_COPY: {
        Node *y = n->list[1];
        Type *yu = types_under(y->type);
        bool ok = u->kind == T_SLICE &&
                  (yu->kind == T_SLICE || (types_is_string(yu) && types_under(u->elem)->kind == T_UINT8));
        if (!ok) {
            check_error(c, check_start_pos(x), "invalid argument: copy expects slice arguments; found %s and %s",
                        check_ostr(c, x, os, sizeof os), check_ostr(c, y, os2, sizeof os2));
            invalid(n);
            return;
        }
        if (yu->kind == T_SLICE && u->elem != yu->elem) {
            char ts2[ES];
            check_error(c, check_start_pos(x), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                        check_ostr(c, x, os, sizeof os), check_ostr(c, y, os2, sizeof os2),
                        check_tstr(c, u->elem, ts, sizeof ts), check_tstr(c, yu->elem, ts2, sizeof ts2));
            invalid(n);
            return;
        }
        check_default(c, y);
        n->mode = MODE_VALUE;
        n->type = c->tt->t_int;
        return;
    }
    default: invalid(n); return;
    }
}

/* ---------- calls ---------- */

/* A call of a generic function: F(args), F[T](args), pkg.F(args).  The
 * arguments are checked first, the type arguments inferred from them, and
 * the callee becomes a reference to the instance (check_generic.c). */
static bool generic_call(Checker *c, Node *n)
{
    Node *f = n->x;
    while (f && f->kind == N_PAREN) f = f->x;
    Node *target = f && f->kind == N_INDEX ? f->x : f;
    Symbol *gs = check_generic_sym(c, target);
    if (!gs || gs->kind != SYM_FUNC) return false;
    char es[ES];
    check_estr(c, target, es, sizeof es);
    Type *targs[16] = {0};
    if (f->kind == N_INDEX) {
        bool partial = false;
        CSym *in = check_instantiate_func_expr(c, f, targs, &partial);
        if (!in) { use_args(c, n); invalid(n); return true; }
        if (!partial) return false;   /* fully instantiated: index_expr makes it an instance */
    }
    gs->used = true;
    Args a;
    if (!eval_args(c, n, &a)) { invalid(n); return true; }
    if (!check_infer(c, gs, targs, a.types, a.n, (n->flags & NF_ELLIPSIS) != 0, n, es)) {
        invalid(n);
        return true;
    }
    CSym *in = check_instantiate_func(c, gs, targs, n);
    if (!in) { invalid(n); return true; }
    check_use_sym(c, &in->s);
    if (f->kind == N_INDEX || f->kind == N_IDENT) {
        f->kind = N_IDENT;
        f->name = in->s.name;
        f->x = f->y = NULL;
        f->list = NULL;
        f->nlist = 0;
    } else if (f->kind == N_SELECTOR) {
        f->x->mode = MODE_PKG;
        f->x->sym = scope_lookup(c, f->x->name, NULL);
        f->sel = arena_alloc(c->arena, sizeof *f->sel);
        f->sel->kind = SEL_PKG;
    }
    f->sym = &in->s;
    f->mode = MODE_VALUE;
    f->type = in->s.type;
    for (Node *p = n->x; p && p != f; p = p->x) {
        p->mode = MODE_VALUE;
        p->type = f->type;
    }
    Type *sig = in->s.type;
    if (!sig || sig->kind != T_FUNC) { invalid(n); return true; }
    args_against(c, n, &a, sig, es);
    set_result(c, n, sig);
    return true;
}

void check_call(Checker *c, Node *n)
{
    char os[OS], es[ES];
    Node *f = n->x;
    if (!f) { invalid(n); return; }
    if (generic_call(c, n)) return;
    check_expr(c, f);
    switch (f->mode) {
    case MODE_INVALID: use_args(c, n); invalid(n); return;
    case MODE_TYPE: {
        Type *t = f->type;
        n->conversion = true;
        if (n->nlist != 1 || !n->list[0]) {
            check_tstr(c, t, es, sizeof es);
            check_error(c, check_start_pos(n), "%s arguments in conversion to %s",
                        n->nlist == 0 ? "missing" : "too many", es);
            use_args(c, n);
            invalid(n);
            return;
        }
        if (n->flags & NF_ELLIPSIS) {
            check_error(c, check_start_pos(n->list[0]), "invalid use of ... in conversion to %s",
                        check_tstr(c, t, es, sizeof es));
            use_args(c, n);
            invalid(n);
            return;
        }
        check_conversion(c, n, t, n->list[0]);
        return;
    }
    case MODE_BUILTIN: check_builtin(c, n, f->builtin); return;
    case MODE_PKG: check_single_value(c, f); use_args(c, n); invalid(n); return;
    default: break;
    }
    if (!check_single_value(c, f)) { use_args(c, n); invalid(n); return; }
    Type *sig = types_under(f->type);
    if (!sig || sig->kind != T_FUNC) {
        check_error(c, check_start_pos(n), "invalid operation: cannot call non-function %s",
                    check_ostr(c, f, os, sizeof os));
        use_args(c, n);
        invalid(n);
        return;
    }
    check_estr(c, f, es, sizeof es);
    check_args(c, n, sig, es);
    set_result(c, n, sig);
}
