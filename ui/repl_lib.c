/* repl_lib.c - the names `gocafe repl` knows about, for its auto-imports and
 * tab completion: every package of the embedded library with its exported
 * package-level names, and the names a session has declared so far.
 *
 * The library's names are read from its own Go source (lib.h) with the real
 * parser, so completion can never drift from what the simulator provides;
 * the session's names come from the checked AST of its last program. */
#include "repl.h"
#include "ast.h"
#include "lib.h"
#include "parse.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static void names_add(ReplNames *ns, const char *name)
{
    if (!name || !name[0] || strcmp(name, "_") == 0) return;
    for (int i = 0; i < ns->n; i++)
        if (strcmp(ns->v[i], name) == 0) return;
    if (ns->n == ns->cap) {
        ns->cap = ns->cap ? ns->cap * 2 : 16;
        ns->v = realloc(ns->v, (size_t)ns->cap * sizeof *ns->v);
        if (!ns->v) abort();
    }
    ns->v[ns->n] = strdup(name);
    if (!ns->v[ns->n]) abort();
    ns->n++;
}

void repl_names_free(ReplNames *ns)
{
    for (int i = 0; i < ns->n; i++) free(ns->v[i]);
    free(ns->v);
    memset(ns, 0, sizeof *ns);
}

/* Names of one const/var/type declaration (package level or in main). */
static void gendecl_names(ReplNames *ns, const Node *g, bool exported_only)
{
    for (int i = 0; i < g->nlist; i++) {
        const Node *spec = g->list[i];
        if (spec->kind == N_TYPESPEC) {
            if (!exported_only || isupper((unsigned char)spec->name[0])) names_add(ns, spec->name);
            continue;
        }
        for (int k = 0; k < spec->nnames; k++) {
            const char *n = spec->names[k]->name;
            if (!exported_only || isupper((unsigned char)n[0])) names_add(ns, n);
        }
    }
}

/* Package-level functions (not methods), types, vars and consts of a file. */
static void file_names(ReplNames *ns, const Node *file, bool exported_only)
{
    for (int i = 0; i < file->nlist2; i++) {
        const Node *d = file->list2[i];
        if (d->kind == N_FUNCDECL && !d->x) {
            if (!exported_only || isupper((unsigned char)d->name[0])) names_add(ns, d->name);
        } else if (d->kind == N_GENDECL && d->op != TK_IMPORT) {
            gendecl_names(ns, d, exported_only);
        }
    }
}

ReplPkg *repl_pkgs_load(int *n)
{
    int count = 0;
    while (gocafe_lib_sources[count].path) count++;
    ReplPkg *pk = calloc((size_t)count + 1, sizeof *pk);
    if (!pk) abort();
    for (int i = 0; i < count; i++) {
        const LibSource *ls = &gocafe_lib_sources[i];
        Arena a;
        Diags d;
        arena_init(&a);
        diags_init(&d, ls->path);
        Node *file = parse_file(&a, ls->src, strlen(ls->src), &d);
        pk[i].path = ls->path;
        pk[i].name = strdup(file->name ? file->name : ls->path);
        if (!pk[i].name) abort();
        file_names(&pk[i].members, file, true);
        diags_free(&d);
        arena_free(&a);
    }
    *n = count;
    return pk;
}

void repl_pkgs_free(ReplPkg *pk, int n)
{
    if (!pk) return;
    for (int i = 0; i < n; i++) {
        free((char *)pk[i].name);
        repl_names_free(&pk[i].members);
    }
    free(pk);
}

/* Variables declared by main's top-level statements (x := ..., var x):
 * block-scoped ones (loop variables, names inside if/for bodies) are gone by
 * the time the user types the next line, so they are not offered. */
static void main_body_names(ReplNames *ns, const Node *body)
{
    for (int i = 0; body && i < body->nlist; i++) {
        const Node *st = body->list[i];
        if (st->kind == N_ASSIGN && st->op == TK_DEFINE) {
            for (int k = 0; k < st->nlist; k++)
                if (st->list[k]->kind == N_IDENT && strncmp(st->list[k]->name, "__r", 3) != 0)
                    names_add(ns, st->list[k]->name);
        } else if (st->kind == N_DECLSTMT && st->x) {
            gendecl_names(ns, st->x, false);
        }
    }
}

void repl_session_names(Sim *s, ReplNames *ns)
{
    for (int p = 0; s && p < s->nloaded; p++) {
        const Package *pkg = s->loaded[p];
        if (strcmp(pkg->path, "main") != 0 || !pkg->file) continue;
        for (int i = 0; i < pkg->file->nlist2; i++) {
            const Node *d = pkg->file->list2[i];
            if (d->kind == N_FUNCDECL && !d->x && strcmp(d->name, "main") == 0) main_body_names(ns, d->z);
        }
        file_names(ns, pkg->file, false);
    }
    for (int i = 0; i < ns->n; i++)          /* main itself is the REPL's */
        if (strcmp(ns->v[i], "main") == 0) {
            free(ns->v[i]);
            ns->v[i] = ns->v[--ns->n];
            break;
        }
}
