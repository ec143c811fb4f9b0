/* repl_cmd.c - `gocafe repl`'s :commands, their help, and tab completion
 * (repl.h).  Commands look at the session's stepper, paused at the REPL's
 * current point (where main is after the last input) until :step, :back or
 * :end move it; :continue brings it back. */
#include "repl_int.h"
#include "event.h"
#include "snapshot.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct Cmd {
    const char *name;
    const char *args;
    const char *summary;
    const char *more;     /* :help NAME adds this */
} Cmd;

static const Cmd CMDS[] = {
    { ":goroutines", "", "every goroutine: id, function, Go's state, line",
      "Shows the state at the current point: where main is after your last line\n"
      "(G1 [running] at your prompt), the other goroutines where they stopped.\n"
      "Goroutines run only while main blocks, as with GOMAXPROCS=1.\n" },
    { ":goroutine", "Gn", "one goroutine: state, who started it, its stack",
      "Example: :goroutine G2 (Tab completes the goroutine ids).\n" },
    { ":channels", "", "every channel: name, type, len/cap, buffer, queues",
      "Senders and receivers waiting on a channel are listed in queue order.\n" },
    { ":step", "", "one step (event) forward, then the goroutines",
      "From the current point a step goes past your last line: main returns.\n" },
    { ":back", "", "one step back in time, then the goroutines",
      "Going back replays the program from the start with the same seed.\n" },
    { ":continue", "", "back to the current point (main waits for your next line)", "" },
    { ":end", "", "let main return now: leaked goroutines are reported", "" },
    { ":view", "[Gn]", "open the cafe (the TUI) on the current state; q comes back",
      "Gn focuses that goroutine.  Stepping in the view moves the REPL's program\n"
      "too; :continue returns to the current point.\n" },
    { ":source", "", "the program built so far, with line numbers",
      "Goroutine lines and panics refer to these lines (file repl.go).\n" },
    { ":reset", "", "forget everything typed so far", "" },
    { ":help", "[command]", "this list, or more about one command", "" },
    { ":quit", "", "leave (also Ctrl-D); :q for short", "" },
};
#define NCMDS (int)(sizeof CMDS / sizeof *CMDS)

static const char INTRO[] =
    "Type Go: statements run in main, func and type declarations go to the\n"
    "package, an expression prints its value and type.  Packages are imported\n"
    "when named (import is optional).  Blocking main lets the other goroutines\n"
    "run; a deadlock or a panic drops the line and the session goes on.  Tab\n"
    "completes commands, variables, pkg.Member and goroutine ids; an open ( { [\n"
    "continues the input on the next line.  Commands:\n";

static const Cmd *find_cmd(const char *name)
{
    char buf[32];
    if (name[0] != ':') { snprintf(buf, sizeof buf, ":%s", name); name = buf; }
    if (strcmp(name, ":q") == 0) name = ":quit";
    for (int i = 0; i < NCMDS; i++)
        if (strcmp(CMDS[i].name, name) == 0) return &CMDS[i];
    return NULL;
}

static void cmd_help(Repl *r, const char *arg)
{
    if (arg && *arg) {
        const Cmd *c = find_cmd(arg);
        if (!c) { fprintf(r->out, "no command %s (:help lists them)\n", arg); return; }
        fprintf(r->out, "%s %s\n  %s\n%s", c->name, c->args, c->summary, c->more);
        return;
    }
    fputs(INTRO, r->out);
    for (int i = 0; i < NCMDS; i++) {
        char head[32];
        snprintf(head, sizeof head, "%s %s", CMDS[i].name, CMDS[i].args);
        fprintf(r->out, "  %-16s %s\n", head, CMDS[i].summary);
    }
}

void repl_print_goroutines(Repl *r, Snapshot *sn, bool here);

void repl_print_goroutines(Repl *r, Snapshot *sn, bool here)
{
    for (int i = 0; i < sn->ngs; i++) {
        SnapG *g = &sn->gs[i];
        fprintf(r->out, "  G%lld %s [%s]", (long long)g->id,
                g->nframes ? g->frames[0].func : (g->startfn ? g->startfn : "?"), g->state);
        if (here && g->id == 1) fputs(" at your prompt", r->out);
        else if (g->status != G_DEAD && g->line > 0) fprintf(r->out, " line %d", g->line);
        if (g->leaked) fputs(" (leaked)", r->out);
        fputc('\n', r->out);
    }
}

static void print_channels(Repl *r, Snapshot *sn)
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
        for (int k = 0; k < c->nsendq; k++)
            fprintf(r->out, "%s G%lld", k ? "," : " senders:", (long long)c->sendq[k]);
        for (int k = 0; k < c->nrecvq; k++)
            fprintf(r->out, "%s G%lld", k ? "," : " receivers:", (long long)c->recvq[k]);
        fputc('\n', r->out);
    }
    if (!sn->nchans) fputs("  no channels\n", r->out);
}

/* "G2", "g2" or "2" -> 2; 0 when it is not a goroutine id. */
static long long parse_gid(const char *s)
{
    if (*s == 'G' || *s == 'g') s++;
    char *end;
    long long id = strtoll(s, &end, 10);
    return (*s && !*end && id > 0) ? id : 0;
}

static void print_one(Repl *r, Snapshot *sn, const char *arg)
{
    long long id = parse_gid(arg ? arg : "");
    if (id < 1 || id > sn->ngs) {
        fprintf(r->out, "no goroutine %s (:goroutines lists them)\n", arg && *arg ? arg : "given");
        return;
    }
    SnapG *g = &sn->gs[id - 1];
    fprintf(r->out, "G%lld %s [%s]", id, g->startfn ? g->startfn : "?", g->state);
    if (g->creator) fprintf(r->out, ", started by G%lld at line %d", (long long)g->creator, g->created_line);
    fputc('\n', r->out);
    for (int k = 0; k < g->nframes; k++)
        fprintf(r->out, "  %s()  %s:%d\n", g->frames[k].func, g->frames[k].file ? g->frames[k].file : "?",
                g->frames[k].line);
}

/* Moves the stepper as cmd says; false for a command that does not move. */
static bool move(Repl *r, const char *cmd)
{
    if (strcmp(cmd, ":step") == 0) stepper_step(r->st);
    else if (strcmp(cmd, ":back") == 0) stepper_back(r->st);
    else if (strcmp(cmd, ":end") == 0) { StepCond c = { .until = UNTIL_END }; stepper_run(r->st, &c); }
    else if (strcmp(cmd, ":continue") == 0) repl_goto_here(r);
    else return false;
    return true;
}

/* The events between two positions, in the log's words. */
static void print_events(Repl *r, uint64_t from, uint64_t to)
{
    Sim *s = stepper_sim(r->st);
    for (uint64_t i = from; s->events && i < to && i < s->events->n; i++) {
        char line[256];
        event_format(&s->events->v[i], line, sizeof line);
        fprintf(r->out, "  %s\n", line);
    }
}

/* :step :back :continue :end :goroutines :goroutine :channels */
static void cmd_state(Repl *r, const char *cmd, const char *arg)
{
    uint64_t before = stepper_pos(r->st);
    bool moved = move(r, cmd);
    uint64_t after = stepper_pos(r->st);
    if (after > before) print_events(r, before, after);
    bool here = repl_at_here(r);
    Snapshot sn;
    snapshot_of_stepper(r->st, &sn);
    if (strcmp(cmd, ":channels") == 0) print_channels(r, &sn);
    else if (strcmp(cmd, ":goroutine") == 0) print_one(r, &sn, arg);
    else {
        if (moved) {
            fprintf(r->out, "step %llu%s%s\n", (unsigned long long)after,
                    here ? ": the current point (main waits for your next line)" : "",
                    sn.ended ? ": the run has ended (:continue comes back)" : "");
            if (strcmp(cmd, ":end") == 0) {
                size_t len;
                const char *o = stepper_output(r->st, &len);
                if (len > r->outlen) fwrite(o + r->outlen, 1, len - r->outlen, r->out);
            }
        }
        repl_print_goroutines(r, &sn, here);
    }
    snapshot_free(&sn);
}

int repl_command(Repl *r, const char *input)
{
    char cmd[32] = "";
    const char *arg = input;
    while (*arg && !isspace((unsigned char)*arg)) arg++;
    snprintf(cmd, sizeof cmd, "%.*s", (int)(arg - input), input);
    while (isspace((unsigned char)*arg)) arg++;
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "?") == 0) strcpy(cmd, ":help");
    const Cmd *c = find_cmd(cmd);
    if (!c) { fprintf(r->out, "unknown command %s (:help lists them)\n", cmd); return REPL_OK; }
    if (strcmp(c->name, ":quit") == 0) return REPL_QUIT;
    if (strcmp(c->name, ":help") == 0) { cmd_help(r, arg); return REPL_OK; }
    if (strcmp(c->name, ":reset") == 0) { repl_reset(r); fputs("reset\n", r->out); return REPL_OK; }
    if (!r->st) { fputs("no program yet: type some Go first\n", r->out); return REPL_OK; }
    if (strcmp(c->name, ":source") == 0) {
        int n = 1;
        for (const char *p = r->src.s; *p; n++) {
            const char *e = strchr(p, '\n');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            fprintf(r->out, "%3d  %.*s\n", n, (int)len, p);
            p += len + (e != NULL);
        }
        return REPL_OK;
    }
    if (strcmp(c->name, ":view") == 0) {
        if (r->view) r->view(r->st, r->src.s, r->src.n, parse_gid(arg));
        else fputs(":view needs a terminal\n", r->out);
        return REPL_OK;
    }
    cmd_state(r, c->name, arg);
    return REPL_OK;
}

/* ---- completion ---- */

typedef struct Cands { char **v; int n, cap; } Cands;

static void cand_add(Cands *c, const char *word, const char *s, const char *s2)
{
    size_t n = strlen(word), l1 = strlen(s);
    char *full = malloc(l1 + strlen(s2) + 1);
    if (!full) abort();
    strcpy(full, s);
    strcat(full, s2);
    if (strncmp(full, word, n) != 0) { free(full); return; }
    if (c->n + 2 > c->cap) {
        c->cap = c->cap ? c->cap * 2 : 32;
        c->v = realloc(c->v, (size_t)c->cap * sizeof *c->v);
        if (!c->v) abort();
    }
    c->v[c->n++] = full;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Go words worth a Tab at the start of an expression or statement. */
static const char *const GO_WORDS[] = {
    "append", "break", "cap", "case", "chan", "close", "const", "continue", "default",
    "defer", "else", "for", "func", "go", "if", "import", "len", "make", "map", "new",
    "panic", "range", "recover", "return", "select", "struct", "switch", "type", "var", NULL
};

/* pkg.Mem -> the members of package pkg starting with Mem. */
static void complete_member(Repl *r, Cands *c, const char *word)
{
    const char *dot = strrchr(word, '.');
    for (int i = 0; i < r->npkgs; i++) {
        const ReplPkg *p = &r->pkgs[i];
        if (strlen(p->name) != (size_t)(dot - word) || strncmp(p->name, word, (size_t)(dot - word)) != 0)
            continue;
        char pre[64];
        snprintf(pre, sizeof pre, "%s.", p->name);
        for (int k = 0; k < p->members.n; k++) {
            char full[192];
            snprintf(full, sizeof full, "%s%s", pre, p->members.v[k]);
            cand_add(c, word, full, "");
        }
    }
}

static void complete_gids(Repl *r, Cands *c, const char *word)
{
    if (!r->st) return;
    char w[32];
    /* "2" and "g2" complete like "G2" */
    snprintf(w, sizeof w, "G%s", (word[0] == 'G' || word[0] == 'g') ? word + 1 : word);
    Snapshot sn;
    snapshot_of_stepper(r->st, &sn);
    for (int i = 0; i < sn.ngs; i++) {
        char id[32];
        snprintf(id, sizeof id, "G%lld", (long long)sn.gs[i].id);
        cand_add(c, w, id, "");
    }
    snapshot_free(&sn);
}

static void complete_names(Repl *r, Cands *c, const char *word)
{
    for (int i = 0; GO_WORDS[i]; i++) cand_add(c, word, GO_WORDS[i], "");
    for (int i = 0; i < r->npkgs; i++) cand_add(c, word, r->pkgs[i].name, ".");
    if (r->st) {
        ReplNames ns = {0};
        repl_session_names(stepper_sim(r->st), &ns);
        for (int i = 0; i < ns.n; i++) cand_add(c, word, ns.v[i], "");
        repl_names_free(&ns);
    }
    if (strncmp("help", word, strlen(word)) == 0 && word[0]) cand_add(c, word, "help", "");
}

/* What the word at line[start] can be, from what comes before it. */
static void complete_word(Repl *r, Cands *c, const char *line, size_t start)
{
    const char *word = line + start;
    const char *first = line;
    while (isspace((unsigned char)*first)) first++;
    if (first == word) {                      /* the first word */
        if (word[0] == ':') for (int i = 0; i < NCMDS; i++) cand_add(c, word, CMDS[i].name, "");
        else if (strchr(word, '.')) complete_member(r, c, word);
        else complete_names(r, c, word);
        return;
    }
    char cmd[32];
    size_t n = strcspn(first, " \t");
    snprintf(cmd, sizeof cmd, "%.*s", (int)n, first);
    if (strcmp(cmd, ":goroutine") == 0 || strcmp(cmd, ":view") == 0) complete_gids(r, c, word);
    else if (strcmp(cmd, ":help") == 0 || strcmp(cmd, "help") == 0)
        for (int i = 0; i < NCMDS; i++) cand_add(c, word, CMDS[i].name, "");
    else if (first[0] == ':') return;
    else if (strchr(word, '.')) complete_member(r, c, word);
    else complete_names(r, c, word);
}

char **repl_candidates(Repl *r, const char *line, size_t start)
{
    Cands c = {0};
    if (start <= strlen(line)) complete_word(r, &c, line, start);
    if (c.n) qsort(c.v, (size_t)c.n, sizeof *c.v, cmp_str);
    int k = 0;
    for (int i = 0; i < c.n; i++) {
        if (k && strcmp(c.v[k - 1], c.v[i]) == 0) { free(c.v[i]); continue; }
        c.v[k++] = c.v[i];
    }
    if (!c.v) { c.v = malloc(sizeof *c.v); if (!c.v) abort(); }
    c.v[k] = NULL;
    return c.v;
}

void repl_candidates_free(char **v)
{
    for (int i = 0; v && v[i]; i++) free(v[i]);
    free(v);
}
