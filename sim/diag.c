/* diag.c - collect, sort and print compile diagnostics in go build's form. */
#include "diag.h"
#include "mem.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ERRORS 10     /* the gc compiler stops after 10 */

void diags_init(Diags *d, const char *filename)
{
    memset(d, 0, sizeof *d);
    d->filename = filename;
}

void diags_free(Diags *d)
{
    for (int i = 0; i < d->n; i++) free(d->v[i].msg);
    free(d->v);
    const char *f = d->filename;
    diags_init(d, f);
}

void diags_add(Diags *d, Pos pos, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->v = xrealloc(d->v, d->cap * sizeof *d->v);
    }
    d->v[d->n].pos = pos;
    d->v[d->n].msg = xstrdup(buf);
    d->v[d->n].seq = d->n;
    d->n++;
}

static int cmp_diag(const void *a, const void *b)
{
    const Diag *x = a, *y = b;
    if (x->pos.line != y->pos.line) return x->pos.line < y->pos.line ? -1 : 1;
    if (x->pos.col != y->pos.col) return x->pos.col < y->pos.col ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq); /* qsort is not stable */
}

/* The go command shows a relative path with "./" in front. */
static void print_path(const char *f, FILE *out)
{
    if (f[0] != '/' && f[0] != '.') fputs("./", out);
    fputs(f, out);
}

int diags_print(Diags *d, FILE *out)
{
    qsort(d->v, d->n, sizeof *d->v, cmp_diag);
    fputs("# command-line-arguments\n", out);
    int printed = 0;
    for (int i = 0; i < d->n; i++) {
        if (i > 0 && d->v[i].pos.line == d->v[i - 1].pos.line &&
            d->v[i].pos.col == d->v[i - 1].pos.col &&
            strcmp(d->v[i].msg, d->v[i - 1].msg) == 0)
            continue;
        print_path(d->filename, out);
        fprintf(out, ":%d:%d: %s\n", d->v[i].pos.line, d->v[i].pos.col, d->v[i].msg);
        /* gc gives up on its 10th error, naming that error's position */
        if (++printed == MAX_ERRORS) {
            print_path(d->filename, out);
            fprintf(out, ":%d:%d: too many errors\n", d->v[i].pos.line, d->v[i].pos.col);
            return printed + 1;
        }
    }
    return printed;
}
