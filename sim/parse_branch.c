/* parse_branch.c - gc's branch checks (cmd/compile/internal/syntax/branches.go):
 * labels and break/continue/goto/fallthrough targets of one function body.
 *
 * gc runs these in the parser, on every function body that parsed without
 * errors, with texts such as "label L defined and not used" and
 * "break is not in a loop, switch, or select" (types2 is told to skip them).
 * Errors go to the callback; they do not count as syntax errors.
 */
#include "parse_int.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Block {
    struct Block *parent;     /* enclosing block, or NULL */
    int id;                   /* unique: frames are reused, so never compare pointers */
    Pos start;                /* its '{' (or case / else-if keyword) */
    Node *lstmt;              /* N_LABELED that labels this block's statement */
} Block;

typedef struct Label {
    const char *name;         /* table key: a declared label and/or goto target */
    int declared;             /* a label statement was seen */
    int pending;              /* forward gotos to this name not yet resolved */
    int head;                 /* 1 + index of the first of their records, 0 = none */
    int parent;               /* id of the block declaring the label */
    Pos parent_start;         /* and where that block starts */
    Node *lstmt;              /* the N_LABELED */
    int used;
} Label;

/* A forward goto.  seq orders it against variable declarations; owner is the
 * block whose pending list holds it now (it moves outwards as blocks end);
 * gotos to one name are chained, so a label finds its gotos without scanning. */
typedef struct Goto { Node *n; int seq, owner, next, resolved; } Goto;
typedef struct GotoVec { int *v; int n, cap; } GotoVec;   /* indices into Scope.gotos */

typedef struct Scope {
    BranchErrFn err;
    void *ud;
    const char *filename;     /* for "at ./prog.go:4:1" */
    Label *labels;            /* open-addressing table, cap a power of two */
    int nlabels, cap;
    int nblocks;              /* block ids handed out */
    int nseq;                 /* gotos and variable declarations seen, in order */
    Goto *gotos;              /* every forward goto record */
    int ngotos, capgotos;
} Scope;

typedef struct Targets {
    Node *breaks;             /* FOR, RANGE, SWITCH, TYPESWITCH, SELECT or NULL */
    Node *continues;          /* FOR, RANGE or NULL */
    int case_index;           /* of the immediately enclosing switch, or -1 */
} Targets;

static void push(GotoVec *v, int g)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->v = xrealloc(v->v, (size_t)v->cap * sizeof *v->v);
    }
    v->v[v->n++] = g;
}

static void errf(Scope *s, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void errf(Scope *s, Pos pos, const char *fmt, ...)
{
    char m[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m, sizeof m, fmt, ap);
    va_end(ap);
    s->err(s->ud, pos, m);
}

/* A position as gc prints it inside messages: "./prog.go:4:1". */
static void pos_str(Scope *s, Pos p, char *buf, size_t cap)
{
    const char *f = s->filename ? s->filename : "";
    const char *pre = (f[0] != '/' && f[0] != '.') ? "./" : "";
    snprintf(buf, cap, "%s%s:%d:%d", pre, f, p.line, p.col);
}

static unsigned hash(const char *s)
{
    unsigned h = 2166136261u;
    while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

static Label *lookup(Scope *s, const char *name)
{
    if (!s->cap) return NULL;
    for (unsigned i = hash(name) & (unsigned)(s->cap - 1);; i = (i + 1) & (unsigned)(s->cap - 1)) {
        if (!s->labels[i].name) return NULL;
        if (strcmp(s->labels[i].name, name) == 0) return &s->labels[i];
    }
}

static Label *find(Scope *s, const char *name)
{
    Label *l = lookup(s, name);
    return l && l->declared ? l : NULL;
}

static Label *insert(Scope *s, const char *name);

static Label *entry(Scope *s, const char *name)
{
    Label *l = lookup(s, name);
    return l ? l : insert(s, name);
}

static Label *insert(Scope *s, const char *name)
{
    if (2 * (s->nlabels + 1) > s->cap) {
        Label *old = s->labels;
        int ocap = s->cap;
        s->cap = ocap ? ocap * 2 : 16;
        s->labels = xcalloc((size_t)s->cap, sizeof *s->labels);
        s->nlabels = 0;
        for (int i = 0; i < ocap; i++)
            if (old[i].name) *insert(s, old[i].name) = old[i];
        free(old);
    }
    unsigned i = hash(name) & (unsigned)(s->cap - 1);
    while (s->labels[i].name) i = (i + 1) & (unsigned)(s->cap - 1);
    s->labels[i].name = name;
    s->nlabels++;
    return &s->labels[i];
}

static Label *declare(Scope *s, Block *b, Node *ls)
{
    Label *alt = find(s, ls->name);
    if (alt) {
        char at[300];
        pos_str(s, alt->lstmt->pos, at, sizeof at);
        errf(s, ls->pos, "label %s already defined at %s", ls->name, at);
        return alt;
    }
    Label *l = entry(s, ls->name);
    l->declared = 1;
    l->parent = b->id;
    l->parent_start = b->start;
    l->lstmt = ls;
    l->used = 0;
    return l;
}

static Node *goto_target(Scope *s, Block *b, const char *name)
{
    Label *l = find(s, name);
    if (!l) return NULL;
    l->used = 1;
    for (; b; b = b->parent)
        if (l->parent == b->id) return l->lstmt;
    return NULL;
}

static Node invalid_target;   /* never written: only its address is used */

static Node *enclosing_target(Scope *s, Block *b, const char *name)
{
    Label *l = find(s, name);
    if (!l) return NULL;
    l->used = 1;
    for (; b; b = b->parent)
        if (l->lstmt == b->lstmt) return l->lstmt;
    return &invalid_target;
}

static int is_loop(Node *n) { return n && (n->kind == N_FOR || n->kind == N_RANGE); }

static void block_branches(Scope *s, Block *parent, Targets ctxt, Node *lstmt, Pos start,
                           Node **body, int nbody, GotoVec *out);

static void var_name_str(Node *n, char *buf, size_t cap)
{
    if (n->kind == N_VALUESPEC) {
        ast_expr_str(n->names[0], buf, cap);
        return;
    }
    size_t len = 0;   /* N_ASSIGN: the whole lhs list */
    buf[0] = 0;
    for (int i = 0; i < n->nlist && len + 3 < cap; i++) {
        if (i) len += (size_t)snprintf(buf + len, cap - len, ", ");
        len += ast_expr_str(n->list[i], buf + len, cap - len);
    }
}

/* One block: returns (appends to out) the forward gotos not resolved inside it. */
static void block_branches(Scope *s, Block *parent, Targets ctxt, Node *lstmt, Pos start,
                           Node **body, int nbody, GotoVec *out)
{
    Block b = { parent, ++s->nblocks, start, lstmt };
    Node *var_decl = NULL;    /* the last variable declaration seen, and its pos */
    Pos var_pos = {0, 0};
    int var_seq = 0;          /* gotos pending in fwd with seq < var_seq jump over it */
    GotoVec fwd = {0};

    while (nbody > 0 && body[nbody - 1]->kind == N_EMPTY) nbody--;   /* trailing empties */
    for (int idx = 0; idx < nbody; idx++) {
        Node *st = body[idx];
        lstmt = NULL;
        for (;;) {
            if (st->kind != N_LABELED) break;
            if (strcmp(st->name, "_") != 0) {
                Label *l = declare(s, &b, st);
                /* resolve the forward gotos of this block that target it */
                for (int *link = &l->head; *link;) {
                    Goto *g = &s->gotos[*link - 1];
                    if (g->owner != b.id) {
                        link = &g->next;
                        continue;
                    }
                    *link = g->next;   /* unlink: resolved */
                    g->resolved = 1;
                    l->used = 1;
                    l->pending--;
                    if (var_decl && g->seq < var_seq) {
                        char vn[300], at[300];
                        var_name_str(var_decl, vn, sizeof vn);
                        pos_str(s, var_pos, at, sizeof at);
                        errf(s, g->n->endpos, "goto %s jumps over declaration of %s at %s",
                             st->name, vn, at);
                    }
                }
                lstmt = st;
            }
            st = st->x;
            if (!st) break;
        }
        if (!st) continue;
        Targets inner = { ctxt.breaks, ctxt.continues, -1 };
        switch (st->kind) {
        case N_DECLSTMT:
            if (st->x && st->x->op == TK_VAR && st->x->nlist > 0) {
                var_decl = st->x->list[0];
                var_pos = var_decl->pos;
                var_seq = ++s->nseq;
            }
            break;
        case N_ASSIGN:
            if (st->op == TK_DEFINE) {
                var_decl = st;
                var_pos = st->oppos;
                var_seq = ++s->nseq;
            }
            break;
        case N_BRANCH:
            if (!st->name) {
                if (st->op == TK_BREAK) {
                    if (!ctxt.breaks) errf(s, st->pos, "break is not in a loop, switch, or select");
                } else if (st->op == TK_CONTINUE) {
                    if (!ctxt.continues) errf(s, st->pos, "continue is not in a loop");
                } else if (st->op == TK_FALLTHROUGH) {
                    const char *msg = "fallthrough statement out of place";
                    Node *t = ctxt.breaks;
                    if (t && t->kind == N_TYPESWITCH) {
                        msg = "cannot fallthrough in type switch";
                    } else if (t && t->kind == N_SWITCH) {
                        if (ctxt.case_index < 0 || idx + 1 < nbody) {
                            /* out of place */
                        } else if (ctxt.case_index + 1 == t->nlist) {
                            msg = "cannot fallthrough final case in switch";
                        } else {
                            break;   /* fallthrough ok */
                        }
                    }
                    errf(s, st->pos, "%s", msg);
                }
                break;
            }
            if (st->op == TK_BREAK) {
                Node *t = enclosing_target(s, &b, st->name);
                if (!t) errf(s, st->endpos, "break label not defined: %s", st->name);
                else if (t == &invalid_target || !t->x ||
                         !(is_loop(t->x) || t->x->kind == N_SWITCH || t->x->kind == N_TYPESWITCH ||
                           t->x->kind == N_SELECT))
                    errf(s, st->endpos, "invalid break label %s", st->name);
            } else if (st->op == TK_CONTINUE) {
                Node *t = enclosing_target(s, &b, st->name);
                if (!t) errf(s, st->endpos, "continue label not defined: %s", st->name);
                else if (t == &invalid_target || !is_loop(t->x))
                    errf(s, st->endpos, "invalid continue label %s", st->name);
            } else if (st->op == TK_GOTO) {
                if (!goto_target(s, &b, st->name)) {
                    if (s->ngotos == s->capgotos) {
                        s->capgotos = s->capgotos ? s->capgotos * 2 : 16;
                        s->gotos = xrealloc(s->gotos, (size_t)s->capgotos * sizeof *s->gotos);
                    }
                    Label *e = entry(s, st->name);
                    s->gotos[s->ngotos] = (Goto){ st, ++s->nseq, b.id, e->head, 0 };
                    e->head = ++s->ngotos;
                    e->pending++;
                    push(&fwd, s->ngotos - 1);
                }
            }
            break;
        case N_BLOCK:
            block_branches(s, &b, inner, lstmt, st->pos, st->list, st->nlist, &fwd);
            break;
        case N_IF:
            if (st->z) block_branches(s, &b, inner, lstmt, st->z->pos, st->z->list, st->z->nlist, &fwd);
            if (st->w) block_branches(s, &b, inner, lstmt, st->w->pos, &st->w, 1, &fwd);
            break;
        case N_FOR: case N_RANGE:
            inner.breaks = inner.continues = st;
            if (st->w) block_branches(s, &b, inner, lstmt, st->w->pos, st->w->list, st->w->nlist, &fwd);
            break;
        case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
            inner.breaks = st;
            for (int i = 0; i < st->nlist; i++) {
                Node *cc = st->list[i];
                inner.case_index = st->kind == N_SELECT ? -1 : i;
                block_branches(s, &b, inner, lstmt, cc->pos, cc->list2, cc->nlist2, &fwd);
            }
            break;
        default:
            break;
        }
    }
    for (int i = 0; i < fwd.n; i++) {   /* still pending: now the parent's */
        Goto *g = &s->gotos[fwd.v[i]];
        if (g->resolved) continue;
        g->owner = parent ? parent->id : 0;
        push(out, fwd.v[i]);
    }
    free(fwd.v);
}

static int cmp_label_pos(const void *a, const void *b)
{
    const Label *x = *(Label *const *)a, *y = *(Label *const *)b;
    Pos p = x->lstmt->pos, q = y->lstmt->pos;
    if (p.line != q.line) return p.line < q.line ? -1 : 1;
    return (p.col > q.col) - (p.col < q.col);
}

void parse_check_branches(Node *body, const char *filename, BranchErrFn err, void *ud)
{
    if (!body) return;
    Scope s = { err, ud, filename, NULL, 0, 0, 0, 0, NULL, 0, 0 };
    GotoVec fwd = {0};
    Targets none = { NULL, NULL, -1 };
    block_branches(&s, NULL, none, NULL, body->pos, body->list, body->nlist, &fwd);
    for (int i = 0; i < fwd.n; i++) {
        Node *g = s.gotos[fwd.v[i]].n;
        Label *l = find(&s, g->name);
        if (l) {
            char at[300];
            l->used = 1;
            pos_str(&s, l->parent_start, at, sizeof at);
            errf(&s, g->endpos, "goto %s jumps into block starting at %s", g->name, at);
        } else {
            errf(&s, g->endpos, "label %s not defined", g->name);
        }
    }
    /* unused labels, in source order (gc walks a map; its output is sorted anyway) */
    Label **unused = xcalloc((size_t)s.nlabels + 1, sizeof *unused);
    int nu = 0;
    for (int i = 0; i < s.cap; i++)
        if (s.labels[i].declared && !s.labels[i].used) unused[nu++] = &s.labels[i];
    qsort(unused, (size_t)nu, sizeof *unused, cmp_label_pos);
    for (int i = 0; i < nu; i++)
        errf(&s, unused[i]->lstmt->pos, "label %s defined and not used", unused[i]->name);
    free(unused);
    free(s.labels);
    free(s.gotos);
    free(fwd.v);
}
