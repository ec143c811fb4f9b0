/* mem.c - host allocation wrappers, arenas, and the counted simulated heap. */
#include "mem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(size_t n)
{
    fprintf(stderr, "gocafe: host out of memory (%zu bytes)\n", n);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) oom(n);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) oom(count * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) oom(n);
    return q;
}

char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

void arena_init(Arena *a) { a->head = NULL; a->total = 0; }

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 64 * 1024 ? n : 64 * 1024;
        b = xmalloc(sizeof *b + cap);
        b->used = 0;
        b->cap = cap;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += n;
    a->total += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

void arena_free(Arena *a)
{
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *n = b->next;
        free(b);
        b = n;
    }
    arena_init(a);
}

void heap_init(Heap *h, size_t cap)
{
    memset(h, 0, sizeof *h);
    h->cap = cap;
}

void *heap_alloc(Heap *h, size_t size, uint32_t kind)
{
    if (size < sizeof(ObjHdr)) size = sizeof(ObjHdr);
    if (h->cap && (size > h->cap || h->used > h->cap - size)) return NULL;
    ObjHdr *o = calloc(1, size);
    if (!o) return NULL;
    o->kind = kind;
    o->size = size;
    o->next = h->objects;
    h->objects = o;
    h->used += size;
    h->nallocs++;
    if (h->used > h->peak) h->peak = h->used;
    return o;
}

void heap_free_all(Heap *h)
{
    ObjHdr *o = h->objects;
    while (o) {
        ObjHdr *n = o->next;
        free(o);
        o = n;
    }
    size_t cap = h->cap;
    heap_init(h, cap);
}
