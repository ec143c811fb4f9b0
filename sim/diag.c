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

/* The go command shows a bare file name with "./" in front. */
static void print_path(const char *f, bool gocmd, FILE *out)
{
    if (!gocmd && !strchr(f, '/')) fputs("./", out);
    fputs(f, out);
}

static int cmp_seq(const void *a, const void *b)
{
    const Diag *x = a, *y = b;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

/* gc drops an error whose text repeats the previous one on the same line. */
static bool repeats(const Diag *prev, const Diag *d)
{
    return prev && prev->pos.line == d->pos.line && strcmp(prev->msg, d->msg) == 0;
}

int diags_print(Diags *d, FILE *out)
{
    if (d->n == 0) return 0;
    /* gc stops at its 10th reported error: keep those, in report order */
    qsort(d->v, d->n, sizeof *d->v, cmp_seq);
    int keep = 0, kept = 0;
    const Diag *prev = NULL;
    for (; keep < d->n && kept < MAX_ERRORS; keep++) {
        if (!repeats(prev, &d->v[keep])) kept++;
        prev = &d->v[keep];
    }
    Pos last = d->v[keep - 1].pos;
    qsort(d->v, keep, sizeof *d->v, cmp_diag);
    if (!d->gocmd) fputs("# command-line-arguments\n", out);
    int printed = 0;
    prev = NULL;
    for (int i = 0; i < keep; i++) {
        if (repeats(prev, &d->v[i])) continue;
        prev = &d->v[i];
        if (d->v[i].pos.line == 0) {    /* no position: a link error */
            fprintf(out, "%s\n", d->v[i].msg);
            printed++;
            continue;
        }
        print_path(d->filename, d->gocmd, out);
        fprintf(out, ":%d:%d: %s\n", d->v[i].pos.line, d->v[i].pos.col, d->v[i].msg);
        printed++;
    }
    if (kept == MAX_ERRORS) {
        print_path(d->filename, d->gocmd, out);
        fprintf(out, ":%d:%d: too many errors\n", last.line, last.col);
        printed++;
    }
    return printed;
}
