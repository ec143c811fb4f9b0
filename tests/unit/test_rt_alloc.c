/* test_rt_alloc.c - the counted simulated heap (mem.c heap_alloc) and
 * rt_alloc on top of it: exact accounting, the cap, the peak, zeroed and
 * aligned objects whether bumped (small) or calloc'd (large), re-use after
 * heap_free_all, and rt_alloc's uncounted memory past the cap. */
#include "test_rt_fixture.h"

static void test_accounting_is_per_object(void **state)
{
    Heap h;
    heap_init(&h, 0);
    size_t sizes[6] = {1, 24, 40, 513, 100000, 77};
    size_t want = 0;
    for (int i = 0; i < 6; i++) {
        unsigned char *p = heap_alloc(&h, sizes[i], OBJ_OTHER);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 8, 0);
        size_t n = sizes[i] < sizeof(ObjHdr) ? sizeof(ObjHdr) : sizes[i];
        for (size_t j = sizeof(ObjHdr); j < n; j++) assert_int_equal(p[j], 0);
        memset(p + sizeof(ObjHdr), 0xab, n - sizeof(ObjHdr));   /* no overlap with the next */
        assert_int_equal(((ObjHdr *)p)->size, n);
        assert_int_equal(((ObjHdr *)p)->kind, OBJ_OTHER);
        want += n;
    }
    assert_int_equal(h.used, want);
    assert_int_equal(h.peak, want);
    assert_int_equal(h.nallocs, 6);
    heap_free_all(&h);
    assert_int_equal(h.used, 0);
    assert_int_equal(h.peak, 0);
    assert_non_null(heap_alloc(&h, 64, OBJ_OTHER));   /* usable again */
    heap_free_all(&h);
}

static void test_cap_is_exact(void **state)
{
    Heap h;
    heap_init(&h, 1000);
    assert_non_null(heap_alloc(&h, 600, OBJ_OTHER));
    assert_null(heap_alloc(&h, 401, OBJ_OTHER));       /* 1001 > cap */
    assert_non_null(heap_alloc(&h, 400, OBJ_OTHER));   /* exactly the cap */
    assert_null(heap_alloc(&h, 24, OBJ_OTHER));
    assert_int_equal(h.used, 1000);
    heap_free_all(&h);
    assert_int_equal(h.cap, 1000);
}

static void test_many_small_objects_are_distinct(void **state)
{
    /* crosses several bump chunks */
    Heap h;
    heap_init(&h, 0);
    enum { N = 100000 };
    Box **bs = malloc(N * sizeof *bs);
    for (int i = 0; i < N; i++) {
        bs[i] = heap_alloc(&h, sizeof(Box), OBJ_BOX);
        assert_int_equal(bs[i]->v.i, 0);
        bs[i]->v.i = i;
    }
    for (int i = 0; i < N; i++) assert_int_equal(bs[i]->v.i, i);
    assert_int_equal(h.used, (size_t)N * sizeof(Box));
    free(bs);
    heap_free_all(&h);
}

static void test_rt_alloc_past_cap_is_uncounted(void **state)
{
    Fixture *f = *state;
    f->s.heap.cap = 200;
    assert_non_null(rt_alloc(&f->s, 150, OBJ_OTHER));
    assert_null(f->s.fatal);
    ObjHdr *o = rt_alloc(&f->s, 100, OBJ_OTHER);        /* over: still usable */
    assert_non_null(o);
    assert_int_equal(o->size, 0);
    assert_string_equal(f->s.fatal, "runtime: out of memory");
    assert_int_equal(f->s.heap.used, 150);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_accounting_is_per_object),
        cmocka_unit_test(test_cap_is_exact),
        cmocka_unit_test(test_many_small_objects_are_distinct),
        cmocka_unit_test_setup_teardown(test_rt_alloc_past_cap_is_uncounted, fx_setup, fx_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
