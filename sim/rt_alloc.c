/* rt_alloc.c - the runtime's allocation choke point, its private state, and
 * deterministic fake addresses.
 *
 * rt_alloc charges every simulated object to the Sim's heap.  Past the cap it
 * sets s->fatal = "runtime: out of memory" and still returns zeroed memory
 * (uncounted, freed by rt_free) so no caller ever sees NULL; the VM stops the
 * run at its next check of s->fatal.  Requests too large to satisfy even then
 * get only a header-sized block: callers of big sizes (rt_array) cope.
 *
 * Fake addresses: Go prints heap addresses (%p, println(ptr), panics with a
 * struct).  Host addresses differ from run to run, so rt_addr hands out
 * 0xc000010000, 0xc000010010, ... in the order pointers are first printed:
 * the same program and seed print the same bytes every run.
 */
#include "rt_internal.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RT_FAKE_BASE    0xc000010000ULL
#define RT_FAKE_STEP    0x10ULL

RtState *rt_state(Sim *s)
{
    if (!s->rt) {
        RtState *r = xcalloc(1, sizeof *r);
        r->next_addr = RT_FAKE_BASE;
        s->rt = r;
    }
    return s->rt;
}

void rt_free(Sim *s)
{
    RtState *r = s ? s->rt : NULL;
    if (!r) return;
    ObjHdr *o = r->uncounted;
    while (o) {
        ObjHdr *n = o->next;
        free(o);
        o = n;
    }
    free(r->addrs);
    free(r);
    s->rt = NULL;
}

void *rt_alloc(Sim *s, size_t size, uint32_t kind)
{
    if (size < sizeof(ObjHdr)) size = sizeof(ObjHdr);
    ObjHdr *o = heap_alloc(&s->heap, size, kind);
    if (o) return o;
    if (!s->fatal) s->fatal = "runtime: out of memory";
    RtState *r = rt_state(s);
    size_t host = size <= RT_OOM_MAX_HOST ? size : sizeof(ObjHdr) + 64;
    o = xcalloc(1, host);
    o->kind = kind;
    o->size = 0;                      /* not charged */
    o->next = r->uncounted;
    r->uncounted = o;
    return o;
}

/* ---- fake addresses ---- */

static uint64_t ptr_hash(const void *p)
{
    uint64_t z = (uint64_t)(uintptr_t)p;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static void addr_grow(RtState *r)
{
    int64_t ncap = r->capaddrs ? r->capaddrs * 2 : 256;
    AddrSlot *n = xcalloc((size_t)ncap, sizeof *n);
    for (int64_t i = 0; i < r->capaddrs; i++) {
        if (!r->addrs[i].p) continue;
        uint64_t j = ptr_hash(r->addrs[i].p) & (uint64_t)(ncap - 1);
        while (n[j].p) j = (j + 1) & (uint64_t)(ncap - 1);
        n[j] = r->addrs[i];
    }
    free(r->addrs);
    r->addrs = n;
    r->capaddrs = ncap;
}

uint64_t rt_addr(Sim *s, const void *p)
{
    if (!p) return 0;
    RtState *r = rt_state(s);
    if ((r->naddrs + 1) * 2 > r->capaddrs) addr_grow(r);
    uint64_t mask = (uint64_t)(r->capaddrs - 1);
    uint64_t j = ptr_hash(p) & mask;
    while (r->addrs[j].p) {
        if (r->addrs[j].p == p) return r->addrs[j].addr;
        j = (j + 1) & mask;
    }
    r->addrs[j].p = p;
    r->addrs[j].addr = r->next_addr;
    r->next_addr += RT_FAKE_STEP;
    r->naddrs++;
    return r->addrs[j].addr;
}

/* A fake address for a type descriptor (println of an interface prints it):
 * Go's live in the binary's read-only data, around 0x4a0000. */
uint64_t rt_type_addr(Type *t)
{
    return t ? 0x4a0000ULL + 0x40ULL * t->id : 0;
}

/* ---- text buffers ---- */

void rtbuf_put(RtBuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t c = b->cap ? b->cap * 2 : 64;
        while (c < b->n + n + 1) c *= 2;
        b->p = xrealloc(b->p, c);
        b->cap = c;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

void rtbuf_puts(RtBuf *b, const char *s) { rtbuf_put(b, s, strlen(s)); }

void rtbuf_printf(RtBuf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) {
        rtbuf_put(b, tmp, (size_t)n);
        return;
    }
    char *big = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    rtbuf_put(b, big, (size_t)n);
    free(big);
}

void rtbuf_free(RtBuf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}
