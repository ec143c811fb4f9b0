/* event.c - the run's event log and its stable text form (docs/TRACE.md).
 *
 * Records are appended to one growable array on the Sim; a record names
 * goroutines and objects by id only, so two runs with the same seed produce
 * identical logs and identical text. */
#include "event.h"
#include "sched.h"
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[EV_NKINDS] = {
    [EV_GO] = "go",           [EV_RUN] = "run",       [EV_PARK] = "park",
    [EV_READY] = "ready",     [EV_YIELD] = "yield",   [EV_PREEMPT] = "preempt",
    [EV_EXIT] = "exit",       [EV_MAKE] = "make",     [EV_SEND] = "send",
    [EV_RECV] = "recv",       [EV_CLOSE] = "close",   [EV_SELECT] = "select",
    [EV_TIMER_START] = "timer.start", [EV_TIMER_STOP] = "timer.stop",
    [EV_TIMER_FIRE] = "timer.fire",   [EV_CLOCK] = "clock",
    [EV_DEADLOCK] = "deadlock", [EV_PANIC] = "panic", [EV_BUDGET] = "budget",
    [EV_MAIN_EXIT] = "main.exit", [EV_LEAK] = "leak",
};

const char *event_kind_name(EventKind k)
{
    if ((unsigned)k < EV_NKINDS && kind_names[k]) return kind_names[k];
    return "?";
}

void event_init(Sim *s)
{
    if (s->events) return;
    s->events = xcalloc(1, sizeof *s->events);
    s->events->enabled = true;
    s->events->max = EVENT_DEFAULT_MAX;
}

void event_free(Sim *s)
{
    if (!s->events) return;
    free(s->events->v);
    free(s->events);
    s->events = NULL;
}

Event *event_add(Sim *s, EventKind kind, G *g, int64_t other)
{
    EventLog *log = s->events;
    if (!log || !log->enabled) return NULL;
    uint64_t step = log->total++;
    if (log->pause_at && log->total >= log->pause_at) s->pause = true;
    Event *e;
    if (log->count_only) {
        e = &log->scratch;
    } else if (log->max && log->n >= log->max) {
        log->dropped++;
        return NULL;
    } else {
        if (log->n == log->cap) {
            log->cap = log->cap ? log->cap * 2 : 256;
            log->v = xrealloc(log->v, log->cap * sizeof *log->v);
        }
        e = &log->v[log->n++];
    }
    memset(e, 0, sizeof *e);
    e->step = step;
    e->time = s->now;
    e->g = g ? (int32_t)g->id : 0;
    e->other = (int32_t)other;
    e->kind = kind;
    e->line = g ? sched_user_line(g, NULL) : 0;
    return e;
}

/* ---- Go's Duration.String (time/time.go) ---- */

/* Writes v's fractional digits (prec of them, trailing zeros dropped) before
 * *w; returns v / 10^prec. */
static uint64_t fmt_frac(char *buf, int *w, uint64_t v, int prec)
{
    bool print = false;
    for (int i = 0; i < prec; i++) {
        int digit = (int)(v % 10);
        print = print || digit != 0;
        if (print) buf[--*w] = (char)('0' + digit);
        v /= 10;
    }
    if (print) buf[--*w] = '.';
    return v;
}

static void fmt_int(char *buf, int *w, uint64_t v)
{
    if (v == 0) {
        buf[--*w] = '0';
        return;
    }
    while (v > 0) {
        buf[--*w] = (char)('0' + v % 10);
        v /= 10;
    }
}

int event_fmt_duration(int64_t ns, char *out, size_t len)
{
    char buf[40];
    int w = (int)sizeof buf;
    uint64_t u = (uint64_t)ns;
    bool neg = ns < 0;
    if (neg) u = -u;
    if (u < 1000000000ULL) {
        int prec;
        buf[--w] = 's';
        if (u == 0) return snprintf(out, len, "0s");
        if (u < 1000ULL) {
            prec = 0;
            buf[--w] = 'n';
        } else if (u < 1000000ULL) {
            prec = 3;
            buf[--w] = (char)0xB5;    /* U+00B5 micro sign, as Go prints */
            buf[--w] = (char)0xC2;
        } else {
            prec = 6;
            buf[--w] = 'm';
        }
        u = fmt_frac(buf, &w, u, prec);
        fmt_int(buf, &w, u);
    } else {
        buf[--w] = 's';
        u = fmt_frac(buf, &w, u, 9);
        fmt_int(buf, &w, u % 60);
        u /= 60;
        if (u > 0) {
            buf[--w] = 'm';
            fmt_int(buf, &w, u % 60);
            u /= 60;
            if (u > 0) {
                buf[--w] = 'h';
                fmt_int(buf, &w, u);
            }
        }
    }
    if (neg) buf[--w] = '-';
    return snprintf(out, len, "%.*s", (int)sizeof buf - w, buf + w);
}

/* ---- text form ---- */

typedef struct Out {
    char *buf;
    size_t len, n;        /* capacity, characters that would have been written */
} Out;

static void out_printf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out_printf(Out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t room = o->n < o->len ? o->len - o->n : 0;
    int k = vsnprintf(room ? o->buf + o->n : NULL, room, fmt, ap);
    va_end(ap);
    if (k > 0) o->n += (size_t)k;
}

/* Scalars print as Go's %v would (strings quoted, cut at 32 bytes); other
 * types are not printed. */
static void out_value(Out *o, const Event *e)
{
    if (!e->hasval || !e->valtype) return;
    Type *t = e->valtype;
    switch (t->kind) {
    case T_BOOL: out_printf(o, " val=%s", e->val.i ? "true" : "false"); return;
    case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
        out_printf(o, " val=%" PRId64, e->val.i); return;
    case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
        out_printf(o, " val=%" PRIu64, e->val.u); return;
    case T_FLOAT32: case T_FLOAT64: out_printf(o, " val=%g", e->val.f); return;
    case T_STRING: {
        const GoString *gs = e->val.p;
        int64_t n = gs ? gs->len : 0;
        const char *p = gs ? gs->ptr : "";
        out_printf(o, " val=\"");
        for (int64_t i = 0; i < n && i < 32; i++) {
            unsigned char ch = (unsigned char)p[i];
            if (ch == '"' || ch == '\\') out_printf(o, "\\%c", ch);
            else if (ch < 0x20 || ch == 0x7f) out_printf(o, "\\x%02x", ch);
            else out_printf(o, "%c", ch);
        }
        out_printf(o, n > 32 ? "\"..." : "\"");
        return;
    }
    case T_STRUCT:
        if (t->nfields == 0) out_printf(o, " val={}");
        return;
    default: return;
    }
}

static void out_obj(Out *o, const Event *e)
{
    switch (e->objkind) {
    case EO_CHAN:
        out_printf(o, " %s#%" PRId64, e->objname ? e->objname : "chan", (int64_t)e->obj);
        break;
    case EO_TIMER: out_printf(o, " timer#%" PRId64, (int64_t)e->obj); break;
    case EO_OTHER:
        out_printf(o, " %s#%" PRId64, e->objname ? e->objname : "obj", (int64_t)e->obj);
        break;
    default: break;
    }
}

static void out_gref(Out *o, const char *key, int64_t id)
{
    if (id) out_printf(o, " %sG%" PRId64, key, id);
    else out_printf(o, " %sruntime", key);
}

static const char *const sel_how[] = { "single", "random", "forced", "default", "blocked", "woken" };
static const char *const run_from[] = { "runnext", "local", "global", "forced" };

static void out_fields(Out *o, const Event *e)
{
    char d1[40], d2[40];
    switch (e->kind) {
    case EV_GO: out_printf(o, " G%" PRId64 " %s", (int64_t)e->other, e->detail ? e->detail : "?"); break;
    case EV_RUN: out_printf(o, " from=%s", run_from[e->a & 3]); break;
    case EV_PARK: out_printf(o, " [%s]", e->detail ? e->detail : ""); break;
    case EV_READY: out_gref(o, "by=", e->other); break;
    case EV_MAKE: out_printf(o, " cap=%" PRId64, e->a); break;
    case EV_SEND:
        out_value(o, e);
        if (e->other) out_printf(o, " -> G%" PRId64, (int64_t)e->other);
        else out_printf(o, " -> buf len=%" PRId64, e->a);
        break;
    case EV_RECV:
        out_value(o, e);
        out_printf(o, " ok=%s", e->a ? "true" : "false");
        if (e->other) out_printf(o, " <- G%" PRId64, (int64_t)e->other);
        else if (e->a) out_printf(o, " <- buf len=%" PRId64, e->b);
        else out_printf(o, " <- closed");
        break;
    case EV_CLOSE: out_printf(o, " woke=%" PRId64, e->a); break;
    case EV_SELECT:
        switch ((SelHow)e->c) {
        case SEL_SINGLE: out_printf(o, " ready=1 chose=%" PRId64, e->b); break;
        case SEL_RANDOM:
        case SEL_FORCED:
            out_printf(o, " ready=%" PRId64 " chose=%" PRId64 " %s seed=%" PRIu64,
                       e->a, e->b, sel_how[e->c], (uint64_t)e->d);
            break;
        case SEL_DEFAULT: out_printf(o, " ready=0 chose=default"); break;
        case SEL_BLOCKED: out_printf(o, " ready=0 blocked cases=%" PRId64, e->d); break;
        case SEL_WOKEN:
            out_printf(o, " woken chose=%" PRId64, e->b);
            out_gref(o, "by=", e->other);
            break;
        }
        break;
    case EV_TIMER_START:
        event_fmt_duration(e->a, d1, sizeof d1);
        out_printf(o, " at=%s", d1);
        if (e->b > 0) {
            event_fmt_duration(e->b, d2, sizeof d2);
            out_printf(o, " every=%s", d2);
        }
        break;
    case EV_TIMER_STOP: out_printf(o, " was=%s", e->a ? "pending" : "idle"); break;
    case EV_TIMER_FIRE:
        if (e->other) out_printf(o, " -> G%" PRId64, (int64_t)e->other);
        else out_printf(o, " %s", e->detail ? e->detail : "");
        break;
    case EV_CLOCK:
        event_fmt_duration(e->a, d1, sizeof d1);
        event_fmt_duration(e->b, d2, sizeof d2);
        out_printf(o, " %s -> %s", d1, d2);
        break;
    case EV_BUDGET: out_printf(o, " steps=%" PRId64, e->a); break;
    case EV_MAIN_EXIT: out_printf(o, " alive=%" PRId64, e->a); break;
    case EV_LEAK:
        event_fmt_duration(e->a, d1, sizeof d1);
        out_printf(o, " [%s] for=%s", e->detail ? e->detail : "runnable", d1);
        break;
    case EV_PANIC:
        if (e->detail) out_printf(o, " %s", e->detail);
        break;
    default: break;
    }
}

int event_format(const Event *e, char *buf, size_t len)
{
    Out o = { buf, len, 0 };
    if (len) buf[0] = 0;
    char t[40];
    event_fmt_duration(e->time, t, sizeof t);
    out_printf(&o, "%" PRIu64 " %s", e->step, t);
    if (e->g) out_printf(&o, " G%" PRId64, (int64_t)e->g);
    else out_printf(&o, " runtime");
    out_printf(&o, " %s", event_kind_name((EventKind)e->kind));
    out_obj(&o, e);
    out_fields(&o, e);
    if (e->line > 0) out_printf(&o, " @%d", (int)e->line);
    return (int)o.n;
}

void event_print_all(Sim *s, int fd)
{
    if (!s->events) return;
    char small[512];
    for (size_t i = 0; i < s->events->n; i++) {
        int n = event_format(&s->events->v[i], small, sizeof small - 1);
        if (n > (int)sizeof small - 2) n = (int)sizeof small - 2;
        small[n] = '\n';
        sim_write(s, fd, small, (size_t)n + 1);
    }
    if (s->events->dropped)
        sim_printf(s, fd, "gocafe: trace truncated: %" PRIu64 " later events not recorded\n",
                   s->events->dropped);
}
