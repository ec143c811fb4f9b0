/* view_words.c - the café's words for what the runtime is doing, always
 * next to Go's own: barista lines ("waiting at the pass for jobs [chan
 * receive]"), channel display names (the program's own names: jobs,
 * ctx.Done(), time.After), select verdicts and the event log in plain words.
 * Names are found in the program's source text (the case clauses of a
 * select), so library-internal variables (c, c.done) never show. */
#include "view.h"
#include <ctype.h>
#pragma GCC diagnostic ignored "-Wformat-truncation"  /* UI text is cut to fit */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void view_shorten(char *text, size_t max)
{
    size_t n = strlen(text);
    if (n <= max) return;
    char *open = strchr(text, '(');
    char *close = strrchr(text, ')');
    if (open && close && close > open + 1) {   /* f(long args) -> f(…) */
        memmove(open + 4, close, strlen(close) + 1);
        memcpy(open + 1, "\xe2\x80\xa6", 3);
    }
}

void view_fmt_time(int64_t ns, char *buf, size_t len)
{
    if (ns < 0) ns = 0;
    snprintf(buf, len, "%lld.%03llds", (long long)(ns / 1000000000),
             (long long)(ns % 1000000000 / 1000000));
}

static const char *skip_ws(const char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    return s;
}

/* Brace depth change of one source line, ignoring strings and comments. */
static int brace_delta(const char *s)
{
    int d = 0;
    char q = 0;
    for (; *s; s++) {
        if (q) {
            if (*s == '\\' && q != '`' && s[1]) s++;
            else if (*s == q) q = 0;
        } else if (*s == '"' || *s == '\'' || *s == '`') q = *s;
        else if (s[0] == '/' && s[1] == '/') break;
        else if (*s == '{') d++;
        else if (*s == '}') d--;
    }
    return d;
}

static bool starts_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    return strncmp(s, w, n) == 0 && !isalnum((unsigned char)s[n]) && s[n] != '_';
}

bool view_case_text(View *v, int32_t line, int index, char *buf, size_t len)
{
    if (line < 1 || line > v->nlines || len == 0) return false;
    int depth = 0, seen = -1;
    bool opened = false;
    for (int l = line; l <= v->nlines && l < line + 400; l++) {
        const char *s = skip_ws(v->lines[l - 1]);
        if (opened && depth == 1 && starts_word(s, "case")) {
            if (++seen == index) {
                s = skip_ws(s + 4);
                /* the clause header ends at the last ':' that is not ":=" */
                const char *end = NULL;
                for (const char *p = s; *p; p++) {
                    if (p[0] == '/' && p[1] == '/') break;
                    if (*p == ':' && p[1] != '=') end = p;
                }
                size_t n = end ? (size_t)(end - s) : strlen(s);
                while (n > 0 && s[n - 1] == ' ') n--;
                if (n >= len) n = len - 1;
                memcpy(buf, s, n);
                buf[n] = '\0';
                return true;
            }
        }
        int d = brace_delta(v->lines[l - 1]);
        if (d > 0 || depth > 0) opened = true;
        depth += d;
        if (opened && depth <= 0) break;
    }
    return false;
}

/* The channel expression of a case text: "<-ctx.Done()" -> "ctx.Done()",
 * "job, ok := <-jobs" -> "jobs", "out <- v" -> "out"; call arguments are
 * dropped ("time.After(500 * time.Millisecond)" -> "time.After"). */
static void case_chan_expr(const char *text, char *buf, size_t len)
{
    const char *arrow = strstr(text, "<-");
    const char *s, *e;
    if (arrow && (arrow == skip_ws(text) || strstr(text, "=") != NULL)) {
        s = skip_ws(arrow + 2);          /* receive */
        e = s + strlen(s);
    } else if (arrow) {
        s = skip_ws(text);               /* send: before the arrow */
        e = arrow;
    } else {
        s = text;
        e = s + strlen(s);
    }
    while (e > s && e[-1] == ' ') e--;
    const char *paren = memchr(s, '(', (size_t)(e - s));
    if (paren && e - paren > 2) e = paren;   /* non-empty arguments */
    size_t n = (size_t)(e - s);
    if (n >= len) n = len - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
}

/* The line of g's latest select: its select event's line (g may have moved on). */
int32_t view_sel_line(View *v, const SnapG *g)
{
    Sim *s = stepper_sim(v->st);
    if (s && s->events && g->sel.step < s->events->n && s->events->v[g->sel.step].line > 0)
        return s->events->v[g->sel.step].line;
    return g->line;
}

static const SnapChan *chan_by_id(const View *v, int64_t id)
{
    if (id < 1 || id > v->sn.nchans) return NULL;
    const SnapChan *c = &v->sn.chans[id - 1];
    if (c->id == id) return c;
    for (int i = 0; i < v->sn.nchans; i++)
        if (v->sn.chans[i].id == id) return &v->sn.chans[i];
    return NULL;
}

/* A channel made by the program itself: its name is on its make line. */
static bool chan_user_made(const View *v, const SnapChan *c)
{
    if (!c->name || c->line < 1 || c->line > v->nlines) return false;
    const char *l = v->lines[c->line - 1];
    const char *dot = strrchr(c->name, '.');
    const char *last = dot ? dot + 1 : c->name;
    return strstr(l, "make(") && strstr(l, last);
}

/* The engine names a channel made by a library call after the user's
 * expression (ctx.Done(), time.After) at the user's line: trust a name that
 * is on that line of this file. */
static bool named_on_line(const View *v, const SnapChan *c)
{
    if (!c->name || c->line < 1 || c->line > v->nlines) return false;
    char head[48];
    snprintf(head, sizeof head, "%s", c->name);
    char *paren = strchr(head, '(');
    if (paren) *paren = '\0';
    return head[0] && strstr(v->lines[c->line - 1], head) != NULL;
}

/* Builds v->chnames for the current snapshot (once per step). */
void view_name_chans(View *v)
{
    if (v->sn.nchans > v->nchnames) {   /* names persist: ids are the run's */
        v->chnames = realloc(v->chnames, sizeof *v->chnames * (size_t)v->sn.nchans);
        if (!v->chnames) abort();
        memset(v->chnames + v->nchnames, 0, sizeof *v->chnames * (size_t)(v->sn.nchans - v->nchnames));
        v->nchnames = v->sn.nchans;
    }
    for (int i = 0; i < v->sn.nchans; i++) {
        const SnapChan *c = &v->sn.chans[i];
        if (chan_user_made(v, c) || named_on_line(v, c)) snprintf(v->chnames[i], 48, "%s", c->name);
    }
    for (int i = 0; i < v->sn.nctxs; i++) {
        const SnapCtx *x = &v->sn.ctxs[i];
        int64_t id = x->donechan;
        if (id >= 1 && id <= v->nchnames && !v->chnames[id - 1][0])
            snprintf(v->chnames[id - 1], 48, "%s.Done()", x->label ? x->label : "ctx");
    }
    for (int i = 0; i < v->sn.ngs; i++) {
        const SnapG *g = &v->sn.gs[i];
        if (!g->has_select) continue;
        for (int k = 0; k < g->sel.ncases; k++) {
            int64_t id = g->sel.cases[k].chan;
            char text[160];
            if (id < 1 || id > v->nchnames || v->chnames[id - 1][0]) continue;
            if (view_case_text(v, view_sel_line(v, g), g->sel.cases[k].index, text, sizeof text))
                case_chan_expr(text, v->chnames[id - 1], 48);
        }
    }
    /* a select woken by a channel names it (time.After channels of the past) */
    Sim *sim = stepper_sim(v->st);
    size_t nev = sim && sim->events ? sim->events->n : 0;
    if (v->named_upto > nev) v->named_upto = 0;
    for (size_t i = v->named_upto; i < nev; i++) {
        const Event *e = &sim->events->v[i];
        char text[160];
        if (e->kind != EV_SELECT || e->objkind != EO_CHAN || e->b < 0 || e->obj < 1 ||
            e->obj > v->nchnames || v->chnames[e->obj - 1][0]) continue;
        if (view_case_text(v, e->line, (int)e->b, text, sizeof text))
            case_chan_expr(text, v->chnames[e->obj - 1], 48);
    }
    v->named_upto = nev;
    for (int i = 0; i < v->sn.ntimers; i++) {
        const SnapTimer *t = &v->sn.timers[i];
        if (t->chan >= 1 && t->chan <= v->nchnames && !v->chnames[t->chan - 1][0])
            snprintf(v->chnames[t->chan - 1], 48, "%s",
                     t->period > 0 ? "ticker.C" : "time.After");
    }
}

void view_chan_name(View *v, int64_t id, char *buf, size_t len)
{
    if (id >= 1 && id <= v->nchnames && v->chnames[id - 1][0]) {
        snprintf(buf, len, "%s", v->chnames[id - 1]);
        return;
    }
    const SnapChan *c = chan_by_id(v, id);
    if (c && c->name && chan_user_made(v, c)) snprintf(buf, len, "%s", c->name);
    else snprintf(buf, len, "chan#%lld", (long long)id);
}

bool view_chan_visible(View *v, const SnapChan *c)
{
    if (chan_user_made(v, c) || c->nsendq > 0 || c->nrecvq > 0 || c->len > 0) return true;
    char name[64];
    view_chan_name(v, c->id, name, sizeof name);
    size_t n = strlen(name);
    if (n > 7 && strcmp(name + n - 7, ".Done()") == 0) return true;   /* a context's signal */
    for (int i = 0; i < v->sn.ntimers; i++) if (v->sn.timers[i].chan == c->id) return true;
    for (int i = 0; i < v->sn.nctxs; i++) if (v->sn.ctxs[i].donechan == c->id) return true;
    return false;
}

static const SnapTimer *timer_of_g(const View *v, int64_t g)
{
    for (int i = 0; i < v->sn.ntimers; i++)
        if (v->sn.timers[i].g == g && v->sn.timers[i].kind == TIMER_WAKE) return &v->sn.timers[i];
    return NULL;
}

static const SnapWG *wg_of_g(const View *v, int64_t g)
{
    for (int i = 0; i < v->sn.nwgs; i++)
        for (int k = 0; k < v->sn.wgs[i].nwaiters; k++)
            if (v->sn.wgs[i].waiters[k] == g) return &v->sn.wgs[i];
    return NULL;
}

/* "watching 2 things: ctx.Done(), time.After" */
static void select_things(View *v, const SnapG *g, char *buf, size_t len)
{
    size_t n = (size_t)snprintf(buf, len, "watching %d thing%s", g->sel.ncases,
                                g->sel.ncases == 1 ? "" : "s");
    for (int k = 0; k < g->sel.ncases && n < len; k++) {
        char name[64];
        if (g->sel.cases[k].chan == 0) snprintf(name, sizeof name, "nil");
        else view_chan_name(v, g->sel.cases[k].chan, name, sizeof name);
        n += (size_t)snprintf(buf + n, len - n, "%s%s%s", k ? ", " : ": ",
                              g->sel.cases[k].isSend ? "send to " : "", name);
    }
}

static void waiting_words(View *v, const SnapG *g, char *buf, size_t len)
{
    const char *r = g->state ? g->state : "waiting";
    char name[64] = "a channel";
    if (g->waitchan) view_chan_name(v, g->waitchan, name, sizeof name);
    if (strcmp(r, "chan receive") == 0) {
        snprintf(buf, len, "waiting at the pass for %s", name);
    } else if (strcmp(r, "chan send") == 0) {
        const SnapChan *c = chan_by_id(v, g->waitchan);
        if (c && c->cap > 0)
            snprintf(buf, len, "holding a cup for %s, the counter is full (%lld/%lld)", name,
                     (long long)c->len, (long long)c->cap);
        else
            snprintf(buf, len, "holding a cup for %s that nobody takes", name);
    } else if (strncmp(r, "chan receive (nil", 17) == 0 || strncmp(r, "chan send (nil", 14) == 0) {
        snprintf(buf, len, "waiting on a nil channel: nobody will ever come");
    } else if (strcmp(r, "select") == 0 && g->has_select) {
        select_things(v, g, buf, len);
    } else if (strncmp(r, "select", 6) == 0) {
        snprintf(buf, len, "waiting on an empty select: forever");
    } else if (strcmp(r, "sleep") == 0) {
        const SnapTimer *t = timer_of_g(v, g->id);
        char d[32] = "?";
        if (t) event_fmt_duration(t->when - v->sn.now, d, sizeof d);
        snprintf(buf, len, "steaming milk, %s left", d);
    } else if (strcmp(r, "sync.WaitGroup.Wait") == 0) {
        const SnapWG *w = wg_of_g(v, g->id);
        if (w && w->label)
            snprintf(buf, len, "waiting in %s.Wait() for %lld teammate%s", w->label,
                     (long long)w->counter, w->counter == 1 ? "" : "s");
        else if (w) snprintf(buf, len, "waiting for %lld teammate%s", (long long)w->counter,
                             w->counter == 1 ? "" : "s");
        else snprintf(buf, len, "waiting for teammates");
    } else if (strstr(r, "Mutex")) {
        snprintf(buf, len, "waiting for the espresso machine (a lock)");
    } else if (strcmp(r, "sync.Cond.Wait") == 0) {
        snprintf(buf, len, "waiting to be called (a Cond)");
    } else {
        snprintf(buf, len, "waiting");
    }
}

void view_barista(View *v, const SnapG *g, char *buf, size_t len)
{
    char what[256];
    const char *reason = g->state ? g->state : "?";
    if (g->leaked && (g->status == G_RUNNABLE || g->status == G_RUNNING)) {
        snprintf(buf, len, "still at work when main returned: leaked [%s]", reason);
        return;
    }
    if (g->leaked) {
        waiting_words(v, g, what, sizeof what);
        snprintf(buf, len, "stuck forever: leaked, %s [%s]", what, reason);
        return;
    }
    switch (g->status) {
    case G_RUNNING:
        const char *gf = g->file ? strrchr(g->file, '/') : NULL;
        gf = gf ? gf + 1 : g->file;
        if (gf && strcmp(gf, v->base) == 0 && g->line >= 1 && g->line <= v->nlines) {
            char code[64];
            const char *l = skip_ws(v->lines[g->line - 1]);
            snprintf(code, sizeof code, "%s", l);
            char *cm = strstr(code, "//");
            if (cm) *cm = '\0';
            size_t n = strlen(code);
            while (n && code[n - 1] == ' ') code[--n] = '\0';
            snprintf(buf, len, "making the order: %s [running]", code);
        } else {
            snprintf(buf, len, "making the order [running]");
        }
        return;
    case G_RUNNABLE:
        snprintf(buf, len, "ready, waiting for a free counter [runnable]");
        return;
    case G_DEAD:
        snprintf(buf, len, "off shift");
        return;
    default:
        waiting_words(v, g, what, sizeof what);
        snprintf(buf, len, "%s [%s]", what, reason);
        return;
    }
}

void view_select_verdict(View *v, const SnapG *g, char *buf, size_t len)
{
    const SnapSelect *s = &g->sel;
    char text[96] = "";
    if (s->chosen >= 0) {
        char t[160];
        if (view_case_text(v, view_sel_line(v, g), s->chosen, t, sizeof t)) {
            view_shorten(t, 20);
            snprintf(text, sizeof text, " %s", t);
        }
    }
    if (s->parked || s->chosen == -2) {
        snprintf(buf, len, "waiting: no case is ready, G%lld sleeps until one is", (long long)g->id);
        return;
    }
    switch (s->how) {
    case SEL_SINGLE:
        snprintf(buf, len, "won: case %d%s: the only ready case", s->chosen, text);
        break;
    case SEL_RANDOM:
        snprintf(buf, len, "won: case %d%s, chosen at random among %d ready cases (seed %llu)",
                 s->chosen, text, s->nready, (unsigned long long)s->seed);
        break;
    case SEL_FORCED:
        snprintf(buf, len, "won: case %d%s, picked by you among %d ready cases", s->chosen, text,
                 s->nready);
        break;
    case SEL_DEFAULT:
        snprintf(buf, len, "won: default (no case was ready)");
        break;
    case SEL_WOKEN:
        snprintf(buf, len, "won: case %d%s: it became ready while G%lld waited", s->chosen, text,
                 (long long)g->id);
        break;
    default:
        snprintf(buf, len, "waiting: no case is ready");
        break;
    }
}

static const char *fn_short(const char *f)
{
    if (!f) return "?";
    return strncmp(f, "main.", 5) == 0 ? f + 5 : f;
}

/* Goroutines readied by `waker` right after event i (a close, a send ...). */
static void woken_after(const Event *ev, size_t n, size_t i, int32_t waker, char *buf, size_t len)
{
    size_t k = 0;
    buf[0] = '\0';
    for (size_t j = i + 1; j < n && j < i + 64; j++) {
        if (ev[j].kind == EV_SELECT || ev[j].kind == EV_RECV) continue;   /* the woken side */
        if (ev[j].kind != EV_READY) break;
        if (ev[j].other != waker) continue;
        k += (size_t)snprintf(buf + k, len > k ? len - k : 0, "%sG%d", k ? ", " : "", ev[j].g);
        if (k >= len) break;
    }
}

void view_event_words(View *v, const Event *e, char *buf, size_t len)
{
    char t[32], who[16], name[64] = "", rest[256], val[48] = "";
    view_fmt_time(e->time, t, sizeof t);
    if (e->g) snprintf(who, sizeof who, "G%d", e->g);
    else snprintf(who, sizeof who, "runtime");
    if (e->objkind == EO_CHAN && e->obj) view_chan_name(v, e->obj, name, sizeof name);
    if (e->hasval && e->valtype) snapshot_render(e->valtype, e->val, val, sizeof val);
    if (strncmp(name, "time.", 5) == 0 || strncmp(name, "ticker", 6) == 0) snprintf(val, sizeof val, "the time");
    Sim *s = stepper_sim(v->st);
    const Event *all = s && s->events ? s->events->v : NULL;
    size_t nall = s && s->events ? s->events->n : 0;
    switch ((EventKind)e->kind) {
    case EV_GO: {
        const Event *ge = e;
        (void)ge;
        snprintf(rest, sizeof rest, "go statement: hires G%d%s", e->other,
                 e->g ? "" : " (main)");
        break;
    }
    case EV_RUN:
        snprintf(rest, sizeof rest, "takes the counter%s", e->a == 3 ? " (picked by you)" :
                 e->a == 0 ? " (runnext)" : e->a == 1 ? " (local queue)" : " (global queue)");
        break;
    case EV_PARK:
        snprintf(rest, sizeof rest, "waits [%s]", e->detail ? e->detail : "?");
        break;
    case EV_READY:
        if (e->other) snprintf(rest, sizeof rest, "is woken by G%d", e->other);
        else snprintf(rest, sizeof rest, "is woken by the clock");
        break;
    case EV_YIELD: snprintf(rest, sizeof rest, "steps aside (runtime.Gosched)"); break;
    case EV_PREEMPT: snprintf(rest, sizeof rest, "is preempted: its time slice ended"); break;
    case EV_EXIT: snprintf(rest, sizeof rest, "returns: off shift"); break;
    case EV_MAKE:
        if (e->a) snprintf(rest, sizeof rest, "makes %s (%lld slot%s)", name, (long long)e->a, e->a == 1 ? "" : "s");
        else snprintf(rest, sizeof rest, "makes %s (unbuffered)", name);
        break;
    case EV_SEND:
        if (e->other)
            snprintf(rest, sizeof rest, "sends %s on %s: handed straight to G%d", val[0] ? val : "a value",
                     name, e->other);
        else
            snprintf(rest, sizeof rest, "sends %s on %s: into the buffer", val[0] ? val : "a value", name);
        break;
    case EV_RECV:
        if (!e->a)
            snprintf(rest, sizeof rest, "receives from %s: closed, zero value, ok=false", name);
        else if (e->other)
            snprintf(rest, sizeof rest, "receives %s from %s, taken from G%d", val[0] ? val : "a value",
                     name, e->other);
        else
            snprintf(rest, sizeof rest, "receives %s from %s's buffer", val[0] ? val : "a value", name);
        break;
    case EV_CLOSE: {
        char w[128] = "";
        if (all && e >= all && e < all + nall) woken_after(all, nall, (size_t)(e - all), e->g, w, sizeof w);
        bool isctx = strstr(name, ".Done()") != NULL;
        if (isctx) snprintf(rest, sizeof rest, "cancel() closes %s%s%s", name,
                            w[0] ? ": wakes " : e->a ? "" : ": nobody was waiting", w);
        else snprintf(rest, sizeof rest, "close(%s)%s%s", name,
                      w[0] ? ": wakes " : e->a ? "" : ": nobody was waiting", w);
        break;
    }
    case EV_SELECT:
        if (e->b == -2) snprintf(rest, sizeof rest, "select: no case ready, waits on %s", e->d == 2 ? "both cases" : "every case");
        else if (e->b == -1) snprintf(rest, sizeof rest, "select: default (no case ready)");
        else if (e->c == 1)
            snprintf(rest, sizeof rest, "select: case %lld won, at random among %lld ready (seed %lld)",
                     (long long)e->b, (long long)e->a, (long long)e->d);
        else if (e->c == 2)
            snprintf(rest, sizeof rest, "select: case %lld won, picked by you", (long long)e->b);
        else if (e->other || e->a == 0)
            snprintf(rest, sizeof rest, "select: case %lld (%s) became ready and won", (long long)e->b, name);
        else
            snprintf(rest, sizeof rest, "select: case %lld won (the only ready case)", (long long)e->b);
        break;
    case EV_TIMER_START: {
        char at[32];
        view_fmt_time(e->a, at, sizeof at);
        snprintf(rest, sizeof rest, "sets timer#%d for t=%s", e->obj, at);
        break;
    }
    case EV_TIMER_STOP: snprintf(rest, sizeof rest, "stops timer#%d", e->obj); break;
    case EV_TIMER_FIRE:
        if (e->other) snprintf(rest, sizeof rest, "timer#%d rings: wakes G%d", e->obj, e->other);
        else snprintf(rest, sizeof rest, "timer#%d rings", e->obj);
        break;
    case EV_CLOCK: {
        char a[32], b[32];
        view_fmt_time(e->a, a, sizeof a);
        view_fmt_time(e->b, b, sizeof b);
        snprintf(rest, sizeof rest, "nobody can work: the clock jumps %s -> %s", a, b);
        break;
    }
    case EV_DEADLOCK: snprintf(rest, sizeof rest, "deadlock: every barista waits, no timer will ring"); break;
    case EV_PANIC: snprintf(rest, sizeof rest, "panics"); break;
    case EV_BUDGET: snprintf(rest, sizeof rest, "ran its step budget without waiting: stopped"); break;
    case EV_MAIN_EXIT:
        snprintf(rest, sizeof rest, "main returns: the café closes (%lld still working)", (long long)e->a);
        break;
    case EV_LEAK:
        snprintf(rest, sizeof rest, "leaked: stuck forever [%s]", e->detail ? e->detail : "?");
        break;
    default: {
        /* kinds added later: their TRACE.md text without step and time */
        char f[256];
        event_format(e, f, sizeof f);
        const char *p = strchr(f, ' ');
        p = p ? strchr(p + 1, ' ') : NULL;
        p = p ? strchr(p + 1, ' ') : NULL;
        snprintf(rest, sizeof rest, "%s", p ? p + 1 : f);
        break;
    }
    }
    (void)fn_short;
    snprintf(buf, len, "t=%s %s %s", t, who, rest);
}
