/* repl.c - the engine of `gocafe repl` (see repl.h): builds the candidate
 * program for an input, compiles it (giving unused variables their "_ = x"),
 * runs it in a fresh Stepper to the REPL's current point, prints only the new
 * output, and drops inputs that do not compile, panic, deadlock or never
 * reach the current point.  Commands are in repl_cmd.c. */
#include "repl_int.h"
#include "lib.h"
#include "event.h"
#include "program.h"
#include "sched.h"
#include "snapshot.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define REPL_MAX_STEPS 2000000u   /* events before an input is "still running" */
#define REPL_BUDGET 200000000u    /* instructions without yielding (0.5 s, not
                                     the 20 s of gocafe run's default) */
#define REPL_MAX_FIXES 32
#define REPL_MAX_ERRORS 10    /* gc stops after 10 errors too */

void repl_buf_add(ReplBuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2 + 64;
        b->s = realloc(b->s, b->cap);
        if (!b->s) abort();
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}
void repl_buf_str(ReplBuf *b, const char *s) { repl_buf_add(b, s, strlen(s)); }
static void buf_free(ReplBuf *b) { free(b->s); memset(b, 0, sizeof *b); }
static void buf_dup(ReplBuf *dst, const ReplBuf *src)
{
    memset(dst, 0, sizeof *dst);
    repl_buf_add(dst, src->s ? src->s : "", src->n);
}
static int count_nl(const char *s) { int n = 0; for (; *s; s++) n += *s == '\n'; return n; }

Repl *repl_new(FILE *out)
{
    Repl *r = calloc(1, sizeof *r);
    if (!r) abort();
    r->out = out;
    r->pkgs = repl_pkgs_load(&r->npkgs);
    return r;
}

void repl_reset(Repl *r)
{
    buf_free(&r->decls); buf_free(&r->body); buf_free(&r->src);
    if (r->st) stepper_free(r->st);
    r->st = NULL;
    r->outlen = 0;
    r->nexpr = 0;
    r->here_line = 0;
    r->here_pos = 0;
}

void repl_free(Repl *r)
{
    if (!r) return;
    repl_reset(r);
    repl_pkgs_free(r->pkgs, r->npkgs);
    free(r);
}

void repl_set_view(Repl *r, ReplViewFn fn) { r->view = fn; }

/* Whether `pkg.` appears in text as a qualified name (auto import). */
static bool mentions(const char *text, const char *pkg)
{
    size_t n = strlen(pkg);
    for (const char *p = strstr(text, pkg); p; p = strstr(p + 1, pkg)) {
        bool start = p == text || !(isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '.');
        if (start && p[n] == '.') return true;
    }
    return false;
}

/* The candidate program for one input. */
typedef struct Try {
    Stepper *st;
    ReplBuf src, decls, body;      /* the accepted ones plus the input */
    const char *input;
    bool decl;                     /* a package-level declaration */
    char *fix[REPL_MAX_FIXES];     /* names given "_ = x" right after the input */
    int nfix;
    char *nofix[REPL_MAX_FIXES];   /* names whose "_ = x" did not compile */
    int nnofix;
    bool *excl;                    /* packages not imported: "imported and not used" */
    int in_first, in_last;         /* the input's lines in src */
    int fix_first;                 /* line of fix[0]; the marker (if any), then
                                      main's '}', follow the fixes */
    bool marker;                   /* the current point's statement after the fixes */
} Try;

static void try_free(Try *t)
{
    if (t->st) stepper_free(t->st);
    buf_free(&t->src); buf_free(&t->decls); buf_free(&t->body);
    for (int i = 0; i < t->nfix; i++) free(t->fix[i]);
    for (int i = 0; i < t->nnofix; i++) free(t->nofix[i]);
    free(t->excl);
    memset(t, 0, sizeof *t);
}

static void build_imports(Repl *r, Try *t)
{
    ReplBuf all = {0};
    repl_buf_str(&all, t->decls.s ? t->decls.s : "");
    repl_buf_str(&all, t->body.s ? t->body.s : "");
    for (int i = 0; i < r->npkgs; i++)
        if (!t->excl[i] && mentions(all.s, r->pkgs[i].name)) {
            repl_buf_str(&t->src, "import \"");
            repl_buf_str(&t->src, r->pkgs[i].path);
            repl_buf_str(&t->src, "\"\n");
        }
    buf_free(&all);
}

/* src = imports, decls, main { body; fixes }, noting where the input is. */
static void build(Repl *r, Try *t)
{
    buf_free(&t->src);
    repl_buf_str(&t->src, "package main\n\n");
    build_imports(r, t);
    repl_buf_str(&t->src, "\n");
    repl_buf_str(&t->src, t->decls.s ? t->decls.s : "");
    int in_lines = count_nl(t->input) + 1;
    if (t->decl) t->in_first = count_nl(t->src.s) + 1 - in_lines;
    repl_buf_str(&t->src, "func main() {\n");
    repl_buf_str(&t->src, t->body.s ? t->body.s : "");
    if (!t->decl) t->in_first = count_nl(t->src.s) + 1 - in_lines;
    t->in_last = t->in_first + in_lines - 1;
    t->fix_first = count_nl(t->src.s) + 1;
    for (int i = 0; i < t->nfix; i++) {
        repl_buf_str(&t->src, "\t_ = ");
        repl_buf_str(&t->src, t->fix[i]);
        repl_buf_str(&t->src, "\n");
    }
    /* the marker must compile to an instruction with a statement stop: were
     * `_ = 0` ever compiled to nothing, no input would reach the current
     * point and every one would be dropped (the tests would say so) */
    if (t->marker) repl_buf_str(&t->src, "\t_ = 0 // gocafe repl: main waits here for your next line\n");
    repl_buf_str(&t->src, "}\n");
}

static bool listed(char *const *v, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (strcmp(v[i], name) == 0) return true;
    return false;
}

/* A "_ = x" that does not compile means x is not main's (declared in a
 * block, or a package or builtin): drop it, and never add it again, so the
 * input's own "declared and not used: x" is the one error shown. */
static bool drop_bad_fixes(Try *t, const Diags *d)
{
    bool changed = false;
    for (int k = t->nfix - 1; k >= 0; k--) {
        bool bad = false;
        for (int i = 0; i < d->n; i++) bad |= d->v[i].pos.line == t->fix_first + k;
        if (!bad) continue;
        if (t->nnofix < REPL_MAX_FIXES) t->nofix[t->nnofix++] = t->fix[k];
        else free(t->fix[k]);
        memmove(&t->fix[k], &t->fix[k + 1], (size_t)(t->nfix - k - 1) * sizeof *t->fix);
        t->nfix--;
        changed = true;
    }
    return changed;
}

static bool is_ident(const char *s)
{
    if (!*s) return false;
    for (; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '_' || (unsigned char)*s >= 0x80)) return false;
    return true;
}

/* Fixes what the REPL's own program shape causes: a variable of main that
 * the input declared and nothing used yet gets "_ = x" (the user will use it
 * in a later line), an auto import the input does not need is dropped.
 * true when the candidate changed. */
static bool try_fix(Repl *r, Try *t, const Diags *d)
{
    if (drop_bad_fixes(t, d)) return true;
    bool changed = false;
    for (int i = 0; i < d->n; i++) {
        const char *m = d->v[i].msg;
        int line = d->v[i].pos.line;
        if (strncmp(m, "declared and not used: ", 23) == 0 && !t->decl &&
            line >= t->in_first && line <= t->in_last && is_ident(m + 23) &&
            !listed(t->fix, t->nfix, m + 23) && !listed(t->nofix, t->nnofix, m + 23) &&
            t->nfix < REPL_MAX_FIXES) {
            t->fix[t->nfix] = strdup(m + 23);
            if (!t->fix[t->nfix]) abort();
            t->nfix++;
            changed = true;
        } else if (m[0] == '"' && strstr(m, "\" imported and not used")) {
            for (int k = 0; k < r->npkgs; k++) {
                size_t n = strlen(r->pkgs[k].path);
                if (!t->excl[k] && strncmp(m + 1, r->pkgs[k].path, n) == 0 && m[1 + n] == '"')
                    t->excl[k] = changed = true;
            }
        }
    }
    return changed;
}

/* Compiles input as a declaration or as main statements; true when it loads. */
static bool try_compile(Repl *r, const char *input, bool decl, Try *t)
{
    memset(t, 0, sizeof *t);
    t->input = input;
    t->decl = decl;
    t->excl = calloc((size_t)r->npkgs + 1, sizeof *t->excl);
    if (!t->excl) abort();
    buf_dup(&t->decls, &r->decls);
    buf_dup(&t->body, &r->body);
    ReplBuf *dst = decl ? &t->decls : &t->body;
    repl_buf_str(dst, input);
    repl_buf_str(dst, "\n");
    SimConfig cfg = {0};
    cfg.leaks = LEAKS_OFF;
    cfg.step_budget = REPL_BUDGET;
    for (int round = 0; round < 2 * REPL_MAX_FIXES; round++) {
        build(r, t);
        if (t->st) stepper_free(t->st);
        t->st = stepper_new("repl.go", t->src.s, t->src.n, &cfg);
        if (stepper_loaded(t->st)) break;
        if (!try_fix(r, t, &stepper_sim(t->st)->diags)) return false;
    }
    if (!stepper_loaded(t->st)) return false;
    /* Compiled with main's '}' right after the input, so an unfinished line
     * gets Go's own diagnostic; now the same with the marker statement the
     * current point stops at (the closing brace has no statement stop). */
    t->marker = true;
    build(r, t);
    stepper_free(t->st);
    t->st = stepper_new("repl.go", t->src.s, t->src.n, &cfg);
    return stepper_loaded(t->st);
}

/* One diagnostic as the REPL shows it: positioned in the input. */
typedef struct ReplDiag { int line, col, seq; const char *msg; } ReplDiag;

static int cmp_rdiag(const void *a, const void *b)
{
    const ReplDiag *x = a, *y = b;
    if (x->line != y->line) return x->line - y->line;
    if (x->col != y->col) return x->col - y->col;
    return x->seq - y->seq;
}

/* Where d is in the input: its line there, or past the end of the input
 * (Go's "unexpected }" for an unfinished line is at main's closing brace,
 * shown right after what was typed), or 0 for an earlier input. */
static void place(const Try *t, const Diag *d, ReplDiag *out)
{
    int nlines = t->in_last - t->in_first + 1;
    const char *last = strrchr(t->input, '\n');
    last = last ? last + 1 : t->input;
    out->line = out->col = 0;
    if (d->pos.line >= t->in_first && d->pos.line <= t->in_last) {
        out->line = d->pos.line - t->in_first + 1;
        out->col = d->pos.col;
    } else if (!t->decl && d->pos.line > t->in_last) {
        out->line = nlines;
        out->col = (int)strlen(last) + 1;
    }
}

/* Go's diagnostics for the input, each once: not those of the REPL's own
 * "_ = x" lines, sorted by position, at most 10 then "too many errors". */
static void print_diags(Repl *r, Try *t)
{
    const Diags *d = &stepper_sim(t->st)->diags;
    ReplDiag *v = calloc((size_t)d->n + 1, sizeof *v);
    if (!v) abort();
    int n = 0;
    for (int i = 0; i < d->n; i++) {
        int line = d->v[i].pos.line;
        if (line >= t->fix_first && line < t->fix_first + t->nfix) continue;
        place(t, &d->v[i], &v[n]);
        v[n].seq = i;
        v[n++].msg = d->v[i].msg;
    }
    qsort(v, (size_t)n, sizeof *v, cmp_rdiag);
    int shown = 0;
    for (int i = 0; i < n && shown < REPL_MAX_ERRORS; i++) {
        if (i && v[i].line == v[i - 1].line && strcmp(v[i].msg, v[i - 1].msg) == 0) continue;
        if (v[i].line) fprintf(r->out, "%d:%d: %s\n", v[i].line, v[i].col, v[i].msg);
        else fprintf(r->out, "%s\n", v[i].msg);
        shown++;
    }
    if (shown == REPL_MAX_ERRORS && n > shown) fputs("too many errors\n", r->out);
    free(v);
}

/* Whether st is stopped where main is after the last input: G1, in
 * main.main itself, before the marker statement on `line` (a
 * library statement on the same line number does not count). */
static bool main_here(Stepper *st, int32_t line)
{
    Sim *s = stepper_sim(st);
    G *g = sched_running(s);
    if (!g || g->id != 1 || g->nframes < 1) return false;
    const Frame *f = &g->frames[g->nframes - 1];
    return strcmp(f->proto->name, "main.main") == 0 && snapshot_g_line(s, g) == line;
}

/* Replays st from the start to the current point. */
static bool run_to_here(Stepper *st, int32_t line)
{
    stepper_restart(st);
    int32_t lines[1] = { line };
    StepCond c = { .until = UNTIL_LINE, .lines = lines, .nlines = 1 };
    while (stepper_run(st, &c) == STOP_MATCHED)
        if (main_here(st, line)) return true;
    return false;
}

bool repl_goto_here(Repl *r) { return r->st && run_to_here(r->st, r->here_line); }
bool repl_at_here(Repl *r) { return r->st && !stepper_ended(r->st, NULL) && main_here(r->st, r->here_line); }

void repl_print_goroutines(Repl *r, Snapshot *sn, bool here);

/* The input made the program end badly: say how, drop the input. */
static void report_failure(Repl *r, Try *t, SimResult res)
{
    size_t len;
    const char *o = stepper_output(t->st, &len);
    size_t from = r->outlen <= len ? r->outlen : len;
    const char *dead = strstr(o + from, "fatal error: all goroutines are asleep");
    if (res == SIM_FATAL && dead) {
        /* Go's dump names repl.go's lines; the REPL's list says the same */
        fwrite(o + from, 1, (size_t)(dead - (o + from)), r->out);
        fputs("fatal error: all goroutines are asleep - deadlock!\n", r->out);
        Snapshot sn;
        snapshot_of_stepper(t->st, &sn);
        repl_print_goroutines(r, &sn, false);
        snapshot_free(&sn);
    } else {
        fwrite(o + from, 1, len - from, r->out);
        if (res == SIM_EXIT) fprintf(r->out, "exit status %d\n", stepper_sim(t->st)->exit_code);
    }
    fputs("input dropped (the session goes on without it)\n", r->out);
}

/* Virtual time as Go's Duration prints it: 0s, 10µs, 50ms, 1.5s. */
static void fmt_dur(int64_t ns, char *buf, size_t len)
{
    if (ns == 0) snprintf(buf, len, "0s");
    else if (ns < 1000) snprintf(buf, len, "%lldns", (long long)ns);
    else if (ns < 1000000) snprintf(buf, len, "%g\u00b5s", (double)ns / 1e3);
    else if (ns < 1000000000) snprintf(buf, len, "%gms", (double)ns / 1e6);
    else snprintf(buf, len, "%gs", (double)ns / 1e9);
}

/* Blocking main lets the others run: say so after the input's output, in
 * one line (where main first waited and why, who ran, how far the clock
 * went), from the events between the previous current point and this one. */
static void report_waits(Repl *r, Stepper *st)
{
    const EventLog *log = stepper_sim(st)->events;
    uint64_t to = stepper_pos(st);
    const Event *first = NULL;
    int waits = 0;
    char ran[128] = "";
    size_t k = 0;
    bool seen[64] = {0};
    for (uint64_t i = r->here_pos; log && i < to && i < log->n; i++) {
        const Event *e = &log->v[i];
        if (e->kind == EV_PARK && e->g == 1) { waits++; if (!first) first = e; }
        else if (first && e->g > 1 && e->kind == EV_RUN && e->g < 64 && !seen[e->g] && k < sizeof ran - 16) {
            seen[e->g] = true;
            k += (size_t)snprintf(ran + k, sizeof ran - k, "%sG%d", k ? ", " : "", (int)e->g);
        }
    }
    if (!first) return;
    fprintf(r->out, "  (main waited");
    if (waits > 1) fprintf(r->out, " %d times, first", waits);
    fprintf(r->out, " at line %d [%s]", (int)first->line, first->detail ? first->detail : "?");
    if (k) fprintf(r->out, "; %s ran", ran);
    int64_t now = stepper_sim(st)->now;
    if (now > first->time) {
        char from[32], till[32];
        fmt_dur(first->time, from, sizeof from);
        fmt_dur(now, till, sizeof till);
        fprintf(r->out, "; the clock went from %s to %s", from, till);
    }
    fputs(")\n", r->out);
}

/* Runs t's program: true, with the input's output printed, when it runs to
 * the end cleanly (so it reaches the current point: the marker). */
static bool try_run(Repl *r, Try *t)
{
    StepCond c = { .until = UNTIL_STEP, .step = REPL_MAX_STEPS };
    if (stepper_run(t->st, &c) == STOP_MATCHED) {
        fprintf(r->out, "still running after %u steps (does a goroutine loop forever?): input dropped\n",
                REPL_MAX_STEPS);
        return false;
    }
    SimResult res = SIM_OK;
    stepper_ended(t->st, &res);
    int32_t here = t->fix_first + t->nfix;
    if (res != SIM_OK || !run_to_here(t->st, here)) {
        report_failure(r, t, res);
        return false;
    }
    size_t len;
    const char *o = stepper_output(t->st, &len);
    if (len > r->outlen) fwrite(o + r->outlen, 1, len - r->outlen, r->out);
    r->outlen = len;
    report_waits(r, t->st);
    return true;
}

/* t becomes the session: its fixes join the body, its stepper (paused at
 * the current point) is the one the commands look at. */
static void accept(Repl *r, Try *t)
{
    for (int i = 0; i < t->nfix; i++) {
        repl_buf_str(&t->body, "\t_ = ");
        repl_buf_str(&t->body, t->fix[i]);
        repl_buf_str(&t->body, "\n");
    }
    buf_free(&r->decls); buf_free(&r->body); buf_free(&r->src);
    r->decls = t->decls; r->body = t->body; r->src = t->src;
    memset(&t->decls, 0, sizeof t->decls); memset(&t->body, 0, sizeof t->body);
    memset(&t->src, 0, sizeof t->src);
    r->here_line = t->fix_first + t->nfix;
    r->here_pos = stepper_pos(t->st);
    if (r->st) stepper_free(r->st);
    r->st = t->st;
    t->st = NULL;
}

static bool is_decl(const char *s)
{
    return strncmp(s, "func ", 5) == 0 || strncmp(s, "type ", 5) == 0;
}

/* Go's diagnostic for importing path (one the library lacks), by loading
 * a program that only imports it; shown at the path's place in the input. */
static void import_error(Repl *r, const char *input, const char *q, size_t n)
{
    ReplBuf p = {0};
    repl_buf_str(&p, "package main\n\nimport ");
    repl_buf_add(&p, q, n);
    repl_buf_str(&p, "\n\nfunc main() {}\n");
    SimConfig cfg = {0};
    Stepper *st = stepper_new("repl.go", p.s, p.n, &cfg);
    const Diags *d = &stepper_sim(st)->diags;
    int line = 1, col = 1;
    for (const char *c = input; c < q; c++) {
        if (*c == '\n') { line++; col = 1; } else col++;
    }
    for (int i = 0; i < d->n; i++) fprintf(r->out, "%d:%d: %s\n", line, col, d->v[i].msg);
    stepper_free(st);
    free(p.s);
}

/* import "x" or import ( "x" ... ): packages are imported when named, so a
 * library package needs nothing; any other gets Go's diagnostic. */
static void eval_import(Repl *r, const char *input)
{
    for (const char *q = strchr(input, '"'); q; q = strchr(q, '"')) {
        const char *e = strchr(q + 1, '"');
        if (!e) break;
        char path[256];
        snprintf(path, sizeof path, "%.*s", (int)(e - q - 1), q + 1);
        if (!lib_source(path)) import_error(r, input, q, (size_t)(e - q + 1));
        q = e + 1;
    }
}

/* A one-line input without := is tried as an expression first: it prints
 * "input = value (type)".  false when it is not one (nothing printed). */
static bool eval_expr(Repl *r, const char *input)
{
    if (strchr(input, '\n') || strstr(input, ":=")) return false;
    ReplBuf e = {0};
    char tmp[96];
    snprintf(tmp, sizeof tmp, "__r%d := (", r->nexpr);
    repl_buf_str(&e, tmp);
    repl_buf_str(&e, input);
    repl_buf_str(&e, ")\n\tfmt.Printf(\"%s = %v (%T)\\n\", `");
    repl_buf_str(&e, strchr(input, '`') ? "value" : input);
    snprintf(tmp, sizeof tmp, "`, __r%d, __r%d)", r->nexpr, r->nexpr);
    repl_buf_str(&e, tmp);
    Try t;
    bool ok = try_compile(r, e.s, false, &t);
    if (ok) {
        r->nexpr++;
        if (try_run(r, &t)) accept(r, &t);
    }
    try_free(&t);
    free(e.s);
    return ok;
}

static void eval_go(Repl *r, const char *input)
{
    if (strncmp(input, "import", 6) == 0 && (isspace((unsigned char)input[6]) || input[6] == '(')) {
        eval_import(r, input);
        return;
    }
    bool decl = is_decl(input);
    if (!decl && eval_expr(r, input)) return;
    Try t;
    if (!try_compile(r, input, decl, &t)) print_diags(r, &t);
    else if (try_run(r, &t)) accept(r, &t);
    try_free(&t);
}

static bool is_help(const char *s)
{
    return strcmp(s, "help") == 0 || strncmp(s, "help ", 5) == 0 || strcmp(s, "?") == 0;
}

int repl_eval(Repl *r, const char *input)
{
    while (isspace((unsigned char)*input)) input++;
    size_t n = strlen(input);
    while (n && isspace((unsigned char)input[n - 1])) n--;
    if (!n) return REPL_OK;
    char *s = strndup(input, n);
    if (!s) abort();
    int rc = REPL_OK;
    if (s[0] == ':' || is_help(s)) rc = repl_command(r, s);
    else eval_go(r, s);
    free(s);
    fflush(r->out);
    return rc;
}

bool repl_incomplete(const char *t)
{
    int depth = 0;
    for (const char *p = t; *p; p++) {
        if (*p == '/' && p[1] == '/') { while (*p && *p != '\n') p++; if (!*p) break; }
        else if (*p == '"' || *p == '\'' || *p == '`') {
            char q = *p++;
            while (*p && *p != q) { if (*p == '\\' && q != '`' && p[1]) p++; p++; }
            if (!*p) break;
        } else if (*p == '(' || *p == '[' || *p == '{') depth++;
        else if (*p == ')' || *p == ']' || *p == '}') depth--;
    }
    return depth > 0;
}

int repl_run_stream(Repl *r, FILE *in)
{
    ReplBuf acc = {0};
    char line[4096];
    int rc = REPL_OK;
    while (rc == REPL_OK && fgets(line, sizeof line, in)) {
        repl_buf_str(&acc, line);
        if (acc.s[0] != ':' && repl_incomplete(acc.s)) continue;
        rc = repl_eval(r, acc.s);
        acc.n = 0;
        acc.s[0] = 0;
    }
    if (rc == REPL_OK && acc.n) repl_eval(r, acc.s);
    free(acc.s);
    return 0;
}

/* mkdir -p of path's directories (path itself included). */
static void make_dirs(char *path)
{
    for (char *p = path + 1; *p; p++)
        if (*p == '/') { *p = 0; mkdir(path, 0755); *p = '/'; }
    mkdir(path, 0755);
}

bool repl_history_path(char *buf, size_t len)
{
    const char *x = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
    int n;
    /* XDG: a relative XDG_STATE_HOME is invalid and must be ignored */
    if (x && x[0] == '/') n = snprintf(buf, len, "%s/gocafe", x);
    else n = snprintf(buf, len, "%s/.local/state/gocafe", home && *home ? home : ".");
    if (n < 0 || (size_t)n + sizeof "/history" > len) return false;
    make_dirs(buf);
    strcat(buf, "/history");
    return true;
}
