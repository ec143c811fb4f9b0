/* sim.c - the pipeline of one simulation: load (parse, import, check,
 * compile) and run.  Library packages are embedded Go source (lib.h) loaded
 * on demand, each parsed and checked like user code, then everything is
 * compiled into one Program. */
#include "sim.h"
#include "parse.h"
#include "check.h"
#include "compile.h"
#include "lib.h"
#include "rt.h"
#include "vm.h"
#include "sched.h"
#include "event.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_HEAP_CAP ((size_t)1 << 30)     /* 1 GiB, as issue 4 asks */
#define DEFAULT_BUDGET   10000000000ULL        /* instructions without yielding */

/* Packages of one load, in dependency order (main last). */
typedef struct Loader {
    Sim *s;
    Package **pkgs;
    int npkgs, cap;
    int depth;            /* import nesting, to stop runaway recursion */
} Loader;

void sim_init(Sim *s, const SimConfig *cfg)
{
    memset(s, 0, sizeof *s);
    if (cfg) s->cfg = *cfg;
    if (!s->cfg.heap_cap) s->cfg.heap_cap = DEFAULT_HEAP_CAP;
    if (!s->cfg.step_budget) s->cfg.step_budget = DEFAULT_BUDGET;
    heap_init(&s->heap, s->cfg.heap_cap);
    types_init(&s->types);
    arena_init(&s->arena);
    diags_init(&s->diags, "");
    sched_init(s);
    sched_of(s)->leaks = (LeakPolicy)s->cfg.leaks;
    sched_of(s)->preempt = s->cfg.preempt;
    ((EventLog *)s->events)->enabled = s->cfg.trace;
    s->rng = s->cfg.seed ^ 0x9e3779b97f4a7c15ULL;
}

void sim_free(Sim *s)
{
    if (!s) return;
    sched_free(s);
    for (int i = 0; i < s->ngs; i++) vm_free_g(s->gs[i]);
    free(s->gs);
    free(s->globals);
    if (s->prog) program_free(s->prog);
    rt_free(s);
    heap_free_all(&s->heap);
    types_free(&s->types);
    arena_free(&s->arena);
    diags_free(&s->diags);
    free(s->loaded);
    s->gs = NULL;
    s->ngs = s->capgs = 0;
    s->prog = NULL;
    s->globals = NULL;
}

uint64_t sim_rand(Sim *s)
{
    /* splitmix64: tiny, fast, and every output depends only on the seed */
    uint64_t z = (s->rng += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void sim_write(Sim *s, int fd, const char *buf, size_t n)
{
    if (s->cfg.write) {
        s->cfg.write(s->cfg.write_ud, fd, buf, n);
        return;
    }
    /* keep stdout and stderr in program order on a shared terminal */
    if (fd == 2) {
        fflush(stdout);
        fwrite(buf, 1, n, stderr);
    } else {
        fwrite(buf, 1, n, stdout);
    }
}

void sim_printf(Sim *s, int fd, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        sim_write(s, fd, small, (size_t)n);
        return;
    }
    char *big = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sim_write(s, fd, big, (size_t)n);
    free(big);
}

/* ---- loading ---- */

static void loader_add(Loader *l, Package *p)
{
    if (l->npkgs == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->pkgs = xrealloc(l->pkgs, l->cap * sizeof *l->pkgs);
    }
    l->pkgs[l->npkgs++] = p;
}

static Package *new_package(Sim *s, const char *path, const char *filename, Node *file)
{
    Package *p = arena_alloc(&s->arena, sizeof *p);
    p->path = arena_strndup(&s->arena, path, strlen(path));
    p->filename = filename;
    p->file = file;
    p->name = file && file->name ? file->name : path;
    return p;
}

/* ImportFn: returns the checked library package for path, loading it the
 * first time.  A library that fails to compile is gocafe's bug: say so. */
static Package *import_lib(void *ud, const char *path)
{
    Loader *l = ud;
    for (int i = 0; i < l->npkgs; i++)
        if (strcmp(l->pkgs[i]->path, path) == 0) return l->pkgs[i];
    const char *src = lib_source(path);
    if (!src || l->depth > 32) return NULL;
    Sim *s = l->s;
    char *fname = arena_alloc(&s->arena, strlen(path) * 2 + 32);
    const char *base = strrchr(path, '/');
    sprintf(fname, "$GOROOT/src/%s/%s.go", path, base ? base + 1 : path);
    Diags d;
    diags_init(&d, fname);
    Node *file = parse_file(&s->arena, src, strlen(src), &d);
    Package *p = new_package(s, path, fname, file);
    bool ok = d.n == 0;
    if (ok) {
        l->depth++;
        ok = check_package(s, p, &d, import_lib, l);
        l->depth--;
    }
    if (!ok) {
        fprintf(stderr, "gocafe: internal error: library package %s does not compile:\n", path);
        diags_print(&d, stderr);
        diags_free(&d);
        return NULL;
    }
    diags_free(&d);
    loader_add(l, p);
    return p;
}

/* The compiler walks expressions recursively on the C stack; the parser
 * caps bracket nesting, but a chain like x + x + ... + x of 100,000 terms
 * is one left-deep tree.  Refuse trees deeper than this, found with an
 * explicit stack, before compiling them. */
#define MAX_TREE_DEPTH 3000

typedef struct DepthItem { Node *n; int depth; } DepthItem;

static Node *too_deep(Node *root)
{
    size_t cap = 256, top = 0;
    DepthItem *st = xmalloc(cap * sizeof *st);
    Node *bad = NULL;
    st[top++] = (DepthItem){ root, 1 };
    while (top > 0 && !bad) {
        DepthItem it = st[--top];
        if (!it.n) continue;
        if (it.depth > MAX_TREE_DEPTH) { bad = it.n; break; }
        Node *kids[4] = { it.n->x, it.n->y, it.n->z, it.n->w };
        size_t need = top + 4 + (size_t)it.n->nlist + (size_t)it.n->nlist2 + (size_t)it.n->nnames;
        if (need > cap) {
            while (need > cap) cap *= 2;
            st = xrealloc(st, cap * sizeof *st);
        }
        for (int i = 0; i < 4; i++)
            if (kids[i]) st[top++] = (DepthItem){ kids[i], it.depth + 1 };
        for (int i = 0; i < it.n->nlist; i++) st[top++] = (DepthItem){ it.n->list[i], it.depth + 1 };
        for (int i = 0; i < it.n->nlist2; i++) st[top++] = (DepthItem){ it.n->list2[i], it.depth + 1 };
        for (int i = 0; i < it.n->nnames; i++) st[top++] = (DepthItem){ it.n->names[i], it.depth + 1 };
    }
    free(st);
    return bad;
}

bool sim_load(Sim *s, const char *filename, const char *src, size_t len)
{
    diags_free(&s->diags);
    diags_init(&s->diags, filename);
    Node *file = parse_file(&s->arena, src, len, &s->diags);
    if (file->flags & NF_BAD) {         /* the go command rejected the header */
        s->diags.gocmd = true;
        return false;
    }
    if (file->ival > 0) return false;   /* gc does not type-check after syntax errors */
    Node *deep = too_deep(file);
    if (deep) {
        diags_add(&s->diags, deep->pos, "expression nested too deeply for gocafe (more than %d levels)",
                  MAX_TREE_DEPTH);
        return false;
    }
    Loader l = { .s = s };
    /* the runtime's own error types (runtime.boundsError ...) must exist even
     * when the program does not import "runtime": recover() hands them out */
    if (!import_lib(&l, "runtime")) {
        diags_add(&s->diags, (Pos){1, 1}, "gocafe: internal error: package runtime");
        return false;
    }
    const char *tpath = s->cfg.trace_path ? s->cfg.trace_path : filename;
    Package *main = new_package(s, "main", arena_strndup(&s->arena, tpath, strlen(tpath)), file);
    bool ok = check_package(s, main, &s->diags, import_lib, &l);
    if (ok && s->diags.n == 0) {
        loader_add(&l, main);
        s->prog = compile_program(s, l.pkgs, l.npkgs, &s->diags);
        ok = s->prog != NULL && s->diags.n == 0;
    } else {
        ok = false;
    }
    s->loaded = l.pkgs;
    s->nloaded = l.npkgs;
    return ok;
}

/* ---- running ---- */

/* The scheduler runs goroutine slices through this: VmStatus and
 * SchedStatus share their values, by design of both headers. */
SchedStatus sim_run_slice(void *ud, Sim *s, G *g, uint64_t budget)
{
    (void)ud;
    /* --preempt: a slice ends at a (seeded) statement boundary, as real
     * preemption may stop a goroutine between any two statements */
    return (SchedStatus)vm_execute_until(s, g, budget, s->cfg.preempt ? VM_STOP_SLICE_STMT : 0);
}

static GoFunc *func_value(Sim *s, int index)
{
    GoFunc *f = rt_alloc(s, sizeof(GoFunc), OBJ_FUNC);
    f->proto = s->prog->funcs[index];
    f->native = f->proto->native;
    return f;
}

bool sim_start(Sim *s)
{
    Program *p = s->prog;
    if (!p) return false;
    s->globals = xcalloc((size_t)p->nglobals + 1, sizeof(Value));
    for (int i = 0; i < p->nglobals; i++) s->globals[i] = rt_zero(s, p->global_types[i]);
    s->exit_code = 0;
    /* Go's runtime.main: package initialisation, then main.main, both on
     * goroutine 1 (vm_start pushes init on top of main's first frame) */
    G *g = vm_new_g(s, func_value(s, p->main_index), NULL, 0);
    vm_start(s, g, func_value(s, p->init_index), NULL, 0);
    g->startfn = "main.main";
    sched_add_g(s, g);
    return true;
}

SimResult sim_run(Sim *s)
{
    if (!sim_start(s)) return SIM_COMPILE_ERROR;
    SimResult r = sched_run(s, sim_run_slice, NULL);
    if (s->cfg.trace) event_print_all(s, 2);
    fflush(stdout);
    return r;
}
