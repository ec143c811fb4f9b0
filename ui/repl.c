/* repl.c - the engine of `gocafe repl` (see repl.h): builds the program,
 * runs it in a fresh Stepper, prints only the new output, drops inputs that
 * do not compile, panic, deadlock or never end. */
#include "repl.h"
#include "snapshot.h"
#include "event.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define REPL_MAX_STEPS 2000000u
static const char *const PKGS[] = { "fmt", "time", "context", "sync", "strings", "errors",
                                    "math", "sort", "strconv", "os", "runtime", NULL };

typedef struct Buf { char *s; size_t n, cap; } Buf;

static void buf_add(Buf *b, const char *s, size_t n)
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
static void buf_str(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }
static void buf_dup(Buf *dst, const Buf *src) { dst->s = NULL; dst->n = dst->cap = 0; buf_add(dst, src->s ? src->s : "", src->n); }

struct Repl {
    FILE *out;
    Buf decls, body, uses;   /* uses: "\t_ = x\n" lines */
    size_t outlen;           /* output of the accepted program */
    int nexpr;
    Stepper *st;             /* the accepted program, paused at main's exit */
    Buf src;                 /* its source */
    ReplViewFn view;
};

Repl *repl_new(FILE *out)
{
    Repl *r = calloc(1, sizeof *r);
    if (!r) abort();
    r->out = out;
    return r;
}

static void repl_clear(Repl *r)
{
    free(r->decls.s); free(r->body.s); free(r->uses.s); free(r->src.s);
    if (r->st) stepper_free(r->st);
    FILE *out = r->out;
    ReplViewFn v = r->view;
    memset(r, 0, sizeof *r);
    r->out = out;
    r->view = v;
}

void repl_free(Repl *r) { if (r) { repl_clear(r); free(r); } }
void repl_set_view(Repl *r, ReplViewFn fn) { r->view = fn; }

/* Whether `pkg.` appears in text as a qualified name. */
static bool mentions(const char *text, const char *pkg)
{
    size_t n = strlen(pkg);
    for (const char *p = strstr(text, pkg); p; p = strstr(p + 1, pkg)) {
        bool start = p == text || !(isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '.');
        if (start && p[n] == '.') return true;
    }
    return false;
}

/* The candidate: imports (minus excluded), decls, main { body; uses }. */
static void build(Buf *src, const Repl *r, const char *decls, const char *body, const char *uses,
                  const bool *excl, int *firstline, bool newdecl, const char *input)
{
    char *all = malloc(strlen(decls) + strlen(body) + 1);
    if (!all) abort();
    strcpy(all, decls);
    strcat(all, body);
    buf_str(src, "package main\n\n");
    for (int i = 0; PKGS[i]; i++)
        if (!excl[i] && mentions(all, PKGS[i])) {
            buf_str(src, "import \"");
            buf_str(src, PKGS[i]);
            buf_str(src, "\"\n");
        }
    free(all);
    buf_str(src, "\n");
    buf_str(src, decls);
    (void)r;
    int fm = 1, nin = 0, nbody = 0;
    for (const char *p = src->s; *p; p++) fm += *p == '\n';
    for (const char *p = input; *p; p++) nin += *p == '\n';
    for (const char *p = body; *p; p++) nbody += *p == '\n';
    *firstline = newdecl ? fm - nin - 1 : fm + nbody - nin;
    buf_str(src, "func main() {\n");
    buf_str(src, body);
    buf_str(src, uses);
    buf_str(src, "}\n");
}

typedef struct Try {
    Stepper *st;
    Buf src, decls, body, uses;
    int firstline;
} Try;

static void try_free(Try *t)
{
    if (t->st) stepper_free(t->st);
    free(t->src.s); free(t->decls.s); free(t->body.s); free(t->uses.s);
    memset(t, 0, sizeof *t);
}

/* Compiles input (as a decl or as main statements), fixing unused
 * variables and imports; true when it loads. */
static bool try_compile(Repl *r, const char *input, bool decl, Try *t)
{
    memset(t, 0, sizeof *t);
    buf_dup(&t->decls, &r->decls);
    buf_dup(&t->body, &r->body);
    buf_dup(&t->uses, &r->uses);
    Buf *dst = decl ? &t->decls : &t->body;
    buf_str(dst, input);
    buf_str(dst, "\n");
    bool excl[sizeof PKGS / sizeof *PKGS] = {0};
    SimConfig cfg = {0};
    cfg.leaks = LEAKS_OFF;
    for (int round = 0; round < 8; round++) {
        free(t->src.s);
        memset(&t->src, 0, sizeof t->src);
        build(&t->src, r, t->decls.s, t->body.s, t->uses.s, excl, &t->firstline, decl, input);
        if (t->st) stepper_free(t->st);
        t->st = stepper_new("repl.go", t->src.s, t->src.n, &cfg);
        if (stepper_loaded(t->st)) return true;
        Diags *d = &stepper_sim(t->st)->diags;
        bool fixed = false;
        for (int i = 0; i < d->n; i++) {
            const char *m = d->v[i].msg;
            if (strncmp(m, "declared and not used: ", 23) == 0) {
                char line[128];
                snprintf(line, sizeof line, "\t_ = %s\n", m + 23);
                if (!strstr(t->uses.s ? t->uses.s : "", line)) { buf_str(&t->uses, line); fixed = true; }
            } else if (m[0] == '"' && strstr(m, "\" imported and not used")) {
                for (int k = 0; PKGS[k]; k++)
                    if (strncmp(m + 1, PKGS[k], strlen(PKGS[k])) == 0 && m[1 + strlen(PKGS[k])] == '"' && !excl[k])
                        excl[k] = fixed = true;
            }
        }
        if (!fixed) return false;
    }
    return false;
}

static void print_diags(Repl *r, Try *t, const char *input)
{
    Diags *d = &stepper_sim(t->st)->diags;
    bool multi = strchr(input, '\n') != NULL;
    int nlines = 1;
    for (const char *p = input; *p; p++) nlines += *p == '\n';
    for (int i = 0; i < d->n; i++) {
        int l = d->v[i].pos.line - t->firstline + 1;
        if (l > nlines && d->n > 1) continue;   /* from an added "_ = x" */
        if (multi && l >= 1) fprintf(r->out, "%d:%d: %s\n", l, d->v[i].pos.col, d->v[i].msg);
        else fprintf(r->out, "%s\n", d->v[i].msg);
    }
}

static void print_goroutines(Repl *r, Snapshot *sn)
{
    for (int i = 0; i < sn->ngs; i++) {
        SnapG *g = &sn->gs[i];
        fprintf(r->out, "  G%lld %s [%s]\n", (long long)g->id,
                g->nframes ? g->frames[0].func : (g->startfn ? g->startfn : "?"), g->state);
    }
}

/* Runs t's program to the end; true (and the new output printed) when it
 * ends normally. */
static bool try_run(Repl *r, Try *t)
{
    StepCond c = { .until = UNTIL_STEP, .step = REPL_MAX_STEPS };
    if (stepper_run(t->st, &c) == STOP_MATCHED) {
        fprintf(r->out, "still running after %u steps (does a goroutine loop forever?) - input dropped\n",
                REPL_MAX_STEPS);
        return false;
    }
    SimResult res = SIM_OK;
    stepper_ended(t->st, &res);
    size_t len;
    const char *o = stepper_output(t->st, &len);
    size_t from = r->outlen <= len ? r->outlen : len;
    if (res == SIM_FATAL && strstr(o + from, "all goroutines are asleep")) {
        fputs("main blocks here: all goroutines are asleep (deadlock) - input dropped\n", r->out);
        Snapshot sn;
        snapshot_of_stepper(t->st, &sn);
        print_goroutines(r, &sn);
        snapshot_free(&sn);
        return false;
    }
    fwrite(o + from, 1, len - from, r->out);
    if (res != SIM_OK) {
        if (res == SIM_EXIT) fprintf(r->out, "exit status %d\n", stepper_sim(t->st)->exit_code);
        fputs("input dropped\n", r->out);
        return false;
    }
    r->outlen = len;
    return true;
}

static void accept(Repl *r, Try *t)
{
    free(r->decls.s); free(r->body.s); free(r->uses.s); free(r->src.s);
    r->decls = t->decls; r->body = t->body; r->uses = t->uses; r->src = t->src;
    memset(&t->decls, 0, sizeof t->decls); memset(&t->body, 0, sizeof t->body);
    memset(&t->uses, 0, sizeof t->uses); memset(&t->src, 0, sizeof t->src);
    if (r->st) stepper_free(r->st);
    r->st = t->st;
    t->st = NULL;
    stepper_restart(r->st);
    StepCond c = { .until = UNTIL_EXIT, .g = 1 };
    stepper_run(r->st, &c);
}

static bool is_decl(const char *s)
{
    return strncmp(s, "func ", 5) == 0 || strncmp(s, "type ", 5) == 0 || strncmp(s, "import ", 7) == 0;
}

static void eval_go(Repl *r, const char *input)
{
    Try t;
    if (is_decl(input)) {
        if (!try_compile(r, input, true, &t)) print_diags(r, &t, input);
        else if (try_run(r, &t)) accept(r, &t);
        try_free(&t);
        return;
    }
    /* an expression first: print its value and type */
    if (!strchr(input, '\n') && !strstr(input, ":=")) {
        Buf e = {0};
        char tmp[64], q[32];
        snprintf(tmp, sizeof tmp, "__r%d := (", r->nexpr);
        buf_str(&e, tmp);
        buf_str(&e, input);
        snprintf(q, sizeof q, "__r%d", r->nexpr);
        buf_str(&e, ")\n\tfmt.Printf(\"%s = %v (%T)\\n\", `");
        buf_str(&e, strchr(input, '`') ? "value" : input);
        buf_str(&e, "`, ");
        buf_str(&e, q); buf_str(&e, ", "); buf_str(&e, q); buf_str(&e, ")");
        bool ok = try_compile(r, e.s, false, &t);
        free(e.s);
        if (ok) {
            r->nexpr++;
            if (try_run(r, &t)) accept(r, &t);
            try_free(&t);
            return;
        }
        try_free(&t);
    }
    if (!try_compile(r, input, false, &t)) print_diags(r, &t, input);
    else if (try_run(r, &t)) accept(r, &t);
    try_free(&t);
}

static const char *const CMDS[] = { ":goroutines", ":channels", ":step", ":back", ":continue",
                                    ":view", ":reset", ":source", ":help", ":quit", NULL };

static const char HELP[] =
    "Type Go: statements run in main, func/type/import declarations go to the package,\n"
    "an expression prints its value and type.  Packages are imported when named.\n"
    "  :goroutines  every goroutine: id, function, state (Go's wait reason)\n"
    "  :channels    every channel: name, type, len/cap, buffered values, queues\n"
    "  :step        one step of the current program (from main's end: back first)\n"
    "  :back        one step back          :continue   run to the end of main\n"
    "  :view        open the café (TUI) on the current program\n"
    "  :reset       forget everything      :source     the program built so far\n"
    "  :help        this text              :quit       leave (also Ctrl-D)\n";

static void cmd_channels(Repl *r, Snapshot *sn)
{
    for (int i = 0; i < sn->nchans; i++) {
        SnapChan *c = &sn->chans[i];
        fprintf(r->out, "  %s chan %s len %lld cap %lld%s", c->name ? c->name : "chan",
                c->elemtype, (long long)c->len, (long long)c->cap, c->closed ? " closed" : "");
        if (c->len) {
            fputs(" [", r->out);
            for (int k = 0; k < c->len; k++) fprintf(r->out, "%s%s", k ? " " : "", c->vals[k]);
            fputs("]", r->out);
        }
        for (int k = 0; k < c->nsendq; k++) fprintf(r->out, "%s G%lld", k ? "," : " senders:", (long long)c->sendq[k]);
        for (int k = 0; k < c->nrecvq; k++) fprintf(r->out, "%s G%lld", k ? "," : " receivers:", (long long)c->recvq[k]);
        fputc('\n', r->out);
    }
    if (!sn->nchans) fputs("  no channels\n", r->out);
}

static int eval_cmd(Repl *r, const char *cmd)
{
    if (strcmp(cmd, ":quit") == 0 || strcmp(cmd, ":q") == 0) return REPL_QUIT;
    if (strcmp(cmd, ":help") == 0) { fputs(HELP, r->out); return REPL_OK; }
    if (strcmp(cmd, ":reset") == 0) { repl_clear(r); fputs("reset\n", r->out); return REPL_OK; }
    if (strcmp(cmd, ":source") == 0) { fputs(r->src.s ? r->src.s : "(empty)\n", r->out); return REPL_OK; }
    if (!r->st) { fputs("no program yet\n", r->out); return REPL_OK; }
    if (strcmp(cmd, ":view") == 0) {
        if (r->view) r->view(r->st, r->src.s, r->src.n);
        else fputs(":view needs a terminal\n", r->out);
        return REPL_OK;
    }
    uint64_t before = stepper_pos(r->st);
    if (strcmp(cmd, ":step") == 0) stepper_step(r->st);
    else if (strcmp(cmd, ":back") == 0) stepper_back(r->st);
    else if (strcmp(cmd, ":continue") == 0) { StepCond c = { .until = UNTIL_EXIT, .g = 1 }; stepper_run(r->st, &c); }
    else if (strcmp(cmd, ":goroutines") != 0 && strcmp(cmd, ":channels") != 0) {
        fprintf(r->out, "unknown command %s (:help lists them)\n", cmd);
        return REPL_OK;
    }
    Sim *s = stepper_sim(r->st);
    uint64_t after = stepper_pos(r->st);
    if (after > before && s->events)
        for (uint64_t i = before; i < after && i < s->events->n; i++) {
            char line[256];
            event_format(&s->events->v[i], line, sizeof line);
            fprintf(r->out, "  %s\n", line);
        }
    Snapshot sn;
    snapshot_of_stepper(r->st, &sn);
    if (strcmp(cmd, ":channels") == 0) cmd_channels(r, &sn);
    else {
        if (strcmp(cmd, ":goroutines") != 0) fprintf(r->out, "step %llu\n", (unsigned long long)after);
        print_goroutines(r, &sn);
    }
    snapshot_free(&sn);
    return REPL_OK;
}

int repl_eval(Repl *r, const char *input)
{
    while (isspace((unsigned char)*input)) input++;
    size_t n = strlen(input);
    while (n && isspace((unsigned char)input[n - 1])) n--;
    if (!n) return REPL_OK;
    char *s = strndup(input, n);
    int rc = REPL_OK;
    if (s[0] == ':') rc = eval_cmd(r, s);
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
    Buf acc = {0};
    char line[4096];
    int rc = REPL_OK;
    while (rc == REPL_OK && fgets(line, sizeof line, in)) {
        buf_str(&acc, line);
        if (acc.s[0] != ':' && repl_incomplete(acc.s)) continue;
        rc = repl_eval(r, acc.s);
        acc.n = 0;
        acc.s[0] = 0;
    }
    if (rc == REPL_OK && acc.n) repl_eval(r, acc.s);
    free(acc.s);
    return 0;
}

const char *repl_complete(Repl *r, const char *prefix, int i, char *buf, size_t len)
{
    size_t n = strlen(prefix);
    for (int k = 0; CMDS[k]; k++)
        if (strncmp(CMDS[k], prefix, n) == 0 && i-- == 0) return CMDS[k];
    for (int k = 0; PKGS[k]; k++)
        if (strncmp(PKGS[k], prefix, n) == 0 && i-- == 0) return PKGS[k];
    /* variables: the names in "_ = x" lines and before ":=" */
    const char *u = r->uses.s ? r->uses.s : "";
    for (const char *p = strstr(u, "_ = "); p; p = strstr(p + 1, "_ = ")) {
        const char *e = strchr(p + 4, '\n');
        size_t l = e ? (size_t)(e - p - 4) : strlen(p + 4);
        if (l < len && strncmp(p + 4, prefix, n) == 0 && l >= n && i-- == 0) {
            memcpy(buf, p + 4, l);
            buf[l] = 0;
            return buf;
        }
    }
    return NULL;
}
