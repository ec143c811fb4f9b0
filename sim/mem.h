/* mem.h - host allocation wrappers and the simulated heap's single choke point.
 *
 * Host memory (compiler tables, AST, bytecode): x* wrappers abort on host OOM,
 * which is a host bug, never a user error.  Simulated memory (every Go object a
 * program creates) goes through heap_alloc, which counts bytes against a cap so
 * a runaway Go program gets Go's "fatal error: runtime: out of memory" instead of
 * taking the host down.  There is no GC yet: objects live until heap_free_all
 * at the end of the simulation (see docs/ARCHITECTURE.md, "Memory").
 */
#ifndef GOCAFE_MEM_H
#define GOCAFE_MEM_H
#include <stddef.h>
#include <stdint.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Arena: bump allocator for host-side data with one lifetime (AST, types,
 * symbols of one compile).  Freed in one call. */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;     /* newest block first */
    size_t total;         /* bytes handed out, for statistics */
} Arena;
void  arena_init(Arena *a);
void *arena_alloc(Arena *a, size_t n);          /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
void  arena_free(Arena *a);                     /* re-inits: safe to reuse */

/* Every simulated object starts with this header (see value.h).  16 bytes:
 * a million goroutines' closures must stay small, so size is 32 bits. */
typedef struct ObjHdr {
    struct ObjHdr *next;  /* large objects of one heap (and rt_alloc's uncounted
                             ones), newest first; NULL for bumped small ones */
    uint32_t kind;        /* ObjKind, for the (future) collector and debugging */
    uint32_t size;        /* bytes charged against the cap, saturated at
                             UINT32_MAX; 0 = not charged (rt_alloc past the cap) */
} ObjHdr;

typedef struct HeapChunk HeapChunk;

typedef struct Heap {
    ObjHdr *objects;      /* intrusive list of the LARGE objects (own calloc each);
                             small ones are bumped out of `chunks` (mem.c) */
    HeapChunk *chunks;    /* bump chunks for small objects, newest first */
    char *bump, *bump_end;/* free space left in the newest chunk */
    size_t used;          /* bytes currently charged */
    size_t peak;          /* high-water mark, for make bench */
    size_t cap;           /* limit; 0 = unlimited */
    uint64_t nallocs;     /* count, for statistics */
} Heap;

void heap_init(Heap *h, size_t cap);
/* Returns a zeroed object of `size` bytes (header included) or NULL when the
 * cap would be exceeded; the caller turns NULL into Go's out-of-memory fatal. */
void *heap_alloc(Heap *h, size_t size, uint32_t kind);
void heap_free_all(Heap *h);                    /* re-inits */

#endif
