/* mem.c - host allocation wrappers, arenas, and the counted simulated heap.
 *
 * The simulated heap never frees an object before heap_free_all (no GC yet),
 * so small objects (<= HEAP_SMALL bytes, the vast majority: strings, boxes,
 * interfaces, slice headers) are bumped out of big zero-filled chunks that
 * come straight from mmap: no malloc header, no per-object calloc, objects
 * made together sit together.  Bigger objects get their own calloc and stay
 * on the Heap.objects list.  Accounting is per object, unchanged: `used`,
 * `peak` and the cap count the bytes asked for (header included), not the
 * chunks.  Under AddressSanitizer every object gets its own calloc again, so
 * overruns are still caught.
 */
#include "mem.h"
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

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

#if defined(__SANITIZE_ADDRESS__)
#define HEAP_BUMP 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HEAP_BUMP 0
#endif
#endif
#ifndef HEAP_BUMP
#define HEAP_BUMP 1
#endif

#define HEAP_SMALL 512                    /* biggest object bumped */
#define HEAP_CHUNK ((size_t)1 << 20)      /* bytes mapped per chunk */

struct HeapChunk {                        /* lives at the start of its mapping */
    HeapChunk *next;
    size_t size;
};

/* A fresh chunk from mmap: zero pages, committed only when touched, so a
 * mostly-empty chunk costs address space, not RSS. */
static bool heap_new_chunk(Heap *h)
{
    void *p = mmap(NULL, HEAP_CHUNK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return false;
    HeapChunk *c = p;
    c->next = h->chunks;
    c->size = HEAP_CHUNK;
    h->chunks = c;
    h->bump = (char *)p + ((sizeof *c + 15) & ~(size_t)15);
    h->bump_end = (char *)p + HEAP_CHUNK;
    return true;
}

void *heap_alloc(Heap *h, size_t size, uint32_t kind)
{
    if (size < sizeof(ObjHdr)) size = sizeof(ObjHdr);
    if (h->cap && (size > h->cap || h->used > h->cap - size)) return NULL;
    ObjHdr *o;
    size_t rounded = (size + 7) & ~(size_t)7;     /* slots need 8-byte alignment */
    if (HEAP_BUMP && size <= HEAP_SMALL) {
        if ((size_t)(h->bump_end - h->bump) < rounded && !heap_new_chunk(h)) return NULL;
        o = (ObjHdr *)h->bump;                    /* already zero: fresh mmap pages */
        h->bump += rounded;
        o->next = NULL;
    } else {
        o = calloc(1, size);
        if (!o) return NULL;
        o->next = h->objects;
        h->objects = o;
    }
    o->kind = kind;
    o->size = size < UINT32_MAX ? (uint32_t)size : UINT32_MAX;
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
    HeapChunk *c = h->chunks;
    while (c) {
        HeapChunk *n = c->next;
        munmap(c, c->size);
        c = n;
    }
    size_t cap = h->cap;
    heap_init(h, cap);
}
