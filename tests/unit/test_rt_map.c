/* test_rt_map.c - maps as a Go user sees them: lookups, nil-map rules,
 * random but seed-determined iteration that visits every key exactly once
 * (even with deletes and growth during the loop), and fmt's sorted order. */
#include "test_rt_fixture.h"
#include <math.h>
#include <stdio.h>

static GoMap *int_map(Fixture *f, int n)
{
    TypeTable *tt = &f->s.types;
    GoMap *m = rt_map_new(&f->s, types_map(tt, tt->t_int, tt->t_int), 0);
    for (int i = 0; i < n; i++) rt_map_set(&f->s, &f->g, m, vint(i), NULL)->i = i * 10;
    return m;
}

static void test_set_get_delete_len(void **state)
{
    Fixture *f = *state;
    GoMap *m = int_map(f, 1000);
    assert_int_equal(rt_map_len(m), 1000);
    for (int i = 0; i < 1000; i++) assert_int_equal(rt_map_get(&f->s, &f->g, m, vint(i), NULL)->i, i * 10);
    assert_null(rt_map_get(&f->s, &f->g, m, vint(1000), NULL));
    for (int i = 0; i < 1000; i += 2) rt_map_delete(&f->s, &f->g, m, vint(i), NULL);
    assert_int_equal(rt_map_len(m), 500);
    assert_null(rt_map_get(&f->s, &f->g, m, vint(2), NULL));
    assert_int_equal(rt_map_get(&f->s, &f->g, m, vint(3), NULL)->i, 30);
    rt_map_set(&f->s, &f->g, m, vint(3), NULL)->i = 7;     /* overwrite keeps len */
    assert_int_equal(rt_map_len(m), 500);
    rt_map_clear(m);
    assert_int_equal(rt_map_len(m), 0);
    assert_null(rt_map_get(&f->s, &f->g, m, vint(3), NULL));
}

static void test_nil_map_reads_zero_writes_panic(void **state)
{
    Fixture *f = *state;
    bool panicked = false;
    assert_null(rt_map_get(&f->s, &f->g, NULL, vint(1), &panicked));
    rt_map_delete(&f->s, &f->g, NULL, vint(1), &panicked);          /* no-op */
    assert_false(panicked);
    assert_int_equal(rt_map_len(NULL), 0);
    assert_null(rt_map_set(&f->s, &f->g, NULL, vint(1), &panicked));
    assert_true(panicked);
    GoString *msg;
    assert_true(rt_error_string(&f->s, f->g.panic->value, &msg));
    assert_true(rt_streq(msg, rt_cstring(&f->s, "assignment to entry in nil map")));
    char name[64];
    types_string(f->g.panic->value->type, NULL, name, sizeof name);
    assert_string_equal(name, "runtime.plainError");
}

/* Iterates m, counting how often each key 0..n-1 is produced. */
static void count_keys(MapIter *it, int *seen, int n)
{
    Value k, v;
    while (rt_map_next(it, &k, &v)) {
        assert_true(k.i >= 0 && k.i < n);
        assert_int_equal(v.i, k.i * 10);
        seen[k.i]++;
    }
}

static void test_iteration_visits_every_key_once(void **state)
{
    Fixture *f = *state;
    for (int n = 0; n < 300; n += 37) {
        GoMap *m = int_map(f, n);
        int seen[300] = {0};
        count_keys(rt_map_iter(&f->s, m), seen, n);
        for (int i = 0; i < n; i++) assert_int_equal(seen[i], 1);
    }
}

static void test_delete_during_iteration_is_safe(void **state)
{
    Fixture *f = *state;
    GoMap *m = int_map(f, 200);
    int seen[200] = {0};
    MapIter *it = rt_map_iter(&f->s, m);
    Value k, v;
    int produced = 0;
    while (rt_map_next(it, &k, &v)) {
        seen[k.i]++;
        produced++;
        /* delete this key and its neighbour: a deleted key is never produced */
        rt_map_delete(&f->s, &f->g, m, k, NULL);
        rt_map_delete(&f->s, &f->g, m, vint((k.i + 1) % 200), NULL);
    }
    for (int i = 0; i < 200; i++) assert_true(seen[i] <= 1);
    assert_true(produced >= 100);
    assert_int_equal(rt_map_len(m), 0);
}

static void test_growth_during_iteration_keeps_old_keys_once(void **state)
{
    Fixture *f = *state;
    GoMap *m = int_map(f, 50);
    int seen[2050] = {0};
    MapIter *it = rt_map_iter(&f->s, m);
    Value k, v;
    int next = 50;
    while (rt_map_next(it, &k, &v)) {
        seen[k.i]++;
        for (int j = 0; j < 40 && next < 2050; j++, next++)      /* forces several rehashes */
            rt_map_set(&f->s, &f->g, m, vint(next), NULL)->i = next * 10;
        if (k.i < 50) rt_map_delete(&f->s, &f->g, m, vint(49 - k.i), NULL);
    }
    int old = 0;
    for (int i = 0; i < 2050; i++) assert_true(seen[i] <= 1);
    for (int i = 0; i < 50; i++) old += seen[i];
    assert_true(old >= 25 && old <= 50);
}

static void test_small_map_order_is_rotation_of_insertion(void **state)
{
    /* Go keeps <= 8 entries in one bucket and starts at a random slot: the
     * order is insertion order rotated; for 3 keys it is unrotated 6 times in 8. */
    Fixture *f = *state;
    GoMap *m = int_map(f, 3);
    int first[3] = {0};
    for (int r = 0; r < 800; r++) {
        MapIter *it = rt_map_iter(&f->s, m);
        Value k[3], v;
        for (int i = 0; i < 3; i++) assert_true(rt_map_next(it, &k[i], &v));
        assert_false(rt_map_next(it, &k[0], &v));
        assert_int_equal(k[1].i, (k[0].i + 1) % 3);
        assert_int_equal(k[2].i, (k[0].i + 2) % 3);
        first[k[0].i]++;
    }
    assert_true(first[0] > 500 && first[1] > 50 && first[2] > 50);
}

static void order_of(uint64_t seed, char *buf, size_t len)
{
    Fixture *f = fx_new(seed, 0);
    GoMap *m = int_map(f, 20);
    MapIter *it = rt_map_iter(&f->s, m);
    Value k, v;
    size_t at = 0;
    while (rt_map_next(it, &k, &v)) at += (size_t)snprintf(buf + at, len - at, "%lld,", (long long)k.i);
    fx_free(f);
}

static void test_order_depends_only_on_seed(void **state)
{
    (void)state;
    char a[256], b[256], c[256];
    order_of(42, a, sizeof a);
    order_of(42, b, sizeof b);
    order_of(43, c, sizeof c);
    assert_string_equal(a, b);
    assert_string_not_equal(a, c);
}

/* Order of a map keyed by 30 fresh pointers, as indices of the pointees. */
static void pointer_order(char *buf, size_t len)
{
    Fixture *f = fx_new(7, 0);
    TypeTable *tt = &f->s.types;
    Type *pt = types_pointer(tt, tt->t_int);
    GoMap *m = rt_map_new(&f->s, types_map(tt, pt, tt->t_int), 0);
    for (int i = 0; i < 30; i++) {
        Box *b = rt_alloc(&f->s, sizeof(Box) + (size_t)i * 40, OBJ_BOX);   /* vary host layout */
        rt_map_set(&f->s, &f->g, m, vptr(&b->v), NULL)->i = i;
    }
    MapIter *it = rt_map_iter(&f->s, m);
    Value k, v;
    size_t at = 0;
    while (rt_map_next(it, &k, &v)) at += (size_t)snprintf(buf + at, len - at, "%lld,", (long long)v.i);
    fx_free(f);
}

static void test_pointer_keys_order_independent_of_host_addresses(void **state)
{
    (void)state;
    char a[256], b[256];
    void *spacer = malloc(12345);                  /* shift the host heap */
    pointer_order(a, sizeof a);
    free(spacer);
    pointer_order(b, sizeof b);
    assert_string_equal(a, b);
}

static void test_float_keys(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    GoMap *m = rt_map_new(&f->s, types_map(tt, tt->t_float64, tt->t_int), 0);
    rt_map_set(&f->s, &f->g, m, vflt(0.0), NULL)->i = 1;
    rt_map_set(&f->s, &f->g, m, vflt(-0.0), NULL)->i = 2;       /* same key as +0 */
    assert_int_equal(rt_map_len(m), 1);
    assert_int_equal(rt_map_get(&f->s, &f->g, m, vflt(0.0), NULL)->i, 2);
    rt_map_set(&f->s, &f->g, m, vflt(NAN), NULL)->i = 3;        /* NaN != NaN: new key each time */
    rt_map_set(&f->s, &f->g, m, vflt(NAN), NULL)->i = 4;
    assert_int_equal(rt_map_len(m), 3);
    assert_null(rt_map_get(&f->s, &f->g, m, vflt(NAN), NULL));
    rt_map_set(&f->s, &f->g, m, vflt(-1.5), NULL)->i = 5;
    Value *ks, *vs;
    int64_t n;
    rt_map_sorted(&f->s, m, &ks, &vs, &n);                      /* NaN, NaN, -1.5, -0 */
    assert_int_equal(n, 4);
    assert_true(isnan(ks[0].f) && isnan(ks[1].f));
    assert_true(ks[2].f == -1.5);
    assert_true(ks[3].f == 0 && signbit(ks[3].f));             /* key rewritten to -0 */
    free(ks);
    free(vs);
}

static void test_sorted_strings_and_bools(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    GoMap *m = rt_map_new(&f->s, types_map(tt, tt->t_string, tt->t_int), 0);
    const char *words[] = {"pear", "apple", "Zebra", "", "app", "apple pie"};
    for (int i = 0; i < 6; i++) rt_map_set(&f->s, &f->g, m, vptr(rt_cstring(&f->s, words[i])), NULL)->i = i;
    Value *ks, *vs;
    int64_t n;
    rt_map_sorted(&f->s, m, &ks, &vs, &n);
    const char *want[] = {"", "Zebra", "app", "apple", "apple pie", "pear"};
    assert_int_equal(n, 6);
    for (int i = 0; i < 6; i++) assert_string_equal(rt_strptr(ks[i].p), want[i]);
    free(ks);
    free(vs);
    GoMap *b = rt_map_new(&f->s, types_map(tt, tt->t_bool, tt->t_int), 0);
    rt_map_set(&f->s, &f->g, b, vint(1), NULL);
    rt_map_set(&f->s, &f->g, b, vint(0), NULL);
    rt_map_sorted(&f->s, b, &ks, &vs, &n);
    assert_int_equal(ks[0].i, 0);
    assert_int_equal(ks[1].i, 1);
    free(ks);
    free(vs);
}

static void test_interface_keys(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    GoMap *m = rt_map_new(&f->s, types_map(tt, tt->t_any, tt->t_int), 0);
    Value k1 = vptr(rt_box(&f->s, tt->t_int, vint(2)));
    Value k1b = vptr(rt_box(&f->s, tt->t_int, vint(2)));
    Value k2 = vptr(rt_box(&f->s, tt->t_string, vptr(rt_cstring(&f->s, "a"))));
    Value k3 = vptr(rt_box(&f->s, tt->t_int, vint(-7)));
    rt_map_set(&f->s, &f->g, m, k2, NULL)->i = 1;
    rt_map_set(&f->s, &f->g, m, k1, NULL)->i = 2;
    rt_map_set(&f->s, &f->g, m, k3, NULL)->i = 3;
    rt_map_set(&f->s, &f->g, m, vptr(NULL), NULL)->i = 4;
    assert_int_equal(rt_map_get(&f->s, &f->g, m, k1b, NULL)->i, 2);   /* equal by value */
    Value *ks, *vs;
    int64_t n;
    rt_map_sorted(&f->s, m, &ks, &vs, &n);                 /* nil, then int -7, 2, then string */
    assert_int_equal(n, 4);
    assert_null(ks[0].p);
    assert_int_equal(((GoIface *)ks[1].p)->v.i, -7);
    assert_int_equal(((GoIface *)ks[2].p)->v.i, 2);
    assert_ptr_equal(((GoIface *)ks[3].p)->type, tt->t_string);
    free(ks);
    free(vs);
    /* m[[]int{}] panics: runtime error: hash of unhashable type []int */
    Type *si = types_slice(tt, tt->t_int);
    bool panicked = false;
    Value bad = vptr(rt_box(&f->s, si, vptr(NULL)));
    assert_null(rt_map_set(&f->s, &f->g, m, bad, &panicked));
    assert_true(panicked);
    GoString *msg;
    assert_true(rt_error_string(&f->s, f->g.panic->value, &msg));
    assert_true(rt_streq(msg, rt_cstring(&f->s, "runtime error: hash of unhashable type []int")));
}

static void test_interface_keys_sorted_by_type_like_go(void **state)
{
    /* measured with go 1.19: map[interface{}]... prints *int keys, then bool,
     * then named basic types by name, then arrays, then structs */
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    Type *named = types_named(tt, "main", "main", "T");
    types_set_underlying(tt, named, tt->t_int);
    Field fl[1] = {{"x", tt->t_int, false, false, NULL}};
    Type *st = types_struct(tt, fl, 1);
    Type *arr = types_array(tt, tt->t_int, 1);
    Type *pi = types_pointer(tt, tt->t_int);
    GoMap *m = rt_map_new(&f->s, types_map(tt, tt->t_any, tt->t_int), 0);
    Box *box = rt_alloc(&f->s, sizeof(Box), OBJ_BOX);
    Value keys[6] = {vptr(rt_box(&f->s, st, rt_zero(&f->s, st))), vptr(rt_box(&f->s, arr, rt_zero(&f->s, arr))),
                     vptr(rt_box(&f->s, tt->t_string, vptr(NULL))), vptr(rt_box(&f->s, named, vint(1))),
                     vptr(rt_box(&f->s, tt->t_bool, vint(1))), vptr(rt_box(&f->s, pi, vptr(&box->v)))};
    for (int i = 0; i < 6; i++) rt_map_set(&f->s, &f->g, m, keys[i], NULL)->i = i;
    Value *ks, *vs;
    int64_t n;
    rt_map_sorted(&f->s, m, &ks, &vs, &n);
    int64_t want[6] = {5, 4, 3, 2, 1, 0};          /* *int bool main.T string [1]int struct */
    assert_int_equal(n, 6);
    for (int i = 0; i < 6; i++) assert_int_equal(vs[i].i, want[i]);
    free(ks);
    free(vs);
}

static void test_struct_keys_compare_by_value(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    Field fl[2] = {{"a", tt->t_int, false, false, NULL}, {"b", tt->t_string, false, false, NULL}};
    Type *st = types_struct(tt, fl, 2);
    GoMap *m = rt_map_new(&f->s, types_map(tt, st, tt->t_int), 0);
    Value k = rt_zero(&f->s, st);
    ((GoArray *)k.p)->v[0].i = 1;
    ((GoArray *)k.p)->v[1].p = rt_cstring(&f->s, "x");
    rt_map_set(&f->s, &f->g, m, k, NULL)->i = 9;
    ((GoArray *)k.p)->v[0].i = 2;                  /* the map kept its own copy of the key */
    assert_null(rt_map_get(&f->s, &f->g, m, k, NULL));
    Value k2 = rt_zero(&f->s, st);
    ((GoArray *)k2.p)->v[0].i = 1;
    ((GoArray *)k2.p)->v[1].p = rt_cstring(&f->s, "x");
    assert_int_equal(rt_map_get(&f->s, &f->g, m, k2, NULL)->i, 9);
}

static void test_churn_matches_reference(void **state)
{
    /* random inserts and deletes; the map agrees with a plain array */
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    GoMap *m = rt_map_new(&f->s, types_map(tt, tt->t_int, tt->t_int), 0);
    enum { N = 5000 };
    static int64_t ref[N];
    for (int i = 0; i < N; i++) ref[i] = -1;
    uint64_t x = 12345;
    int64_t live = 0;
    for (int step = 0; step < 200000; step++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        int k = (int)(x % N);
        if ((x >> 32) % 3 == 0) {
            rt_map_delete(&f->s, &f->g, m, vint(k), NULL);
            if (ref[k] >= 0) live--;
            ref[k] = -1;
        } else {
            rt_map_set(&f->s, &f->g, m, vint(k), NULL)->i = step;
            if (ref[k] < 0) live++;
            ref[k] = step;
        }
    }
    assert_int_equal(rt_map_len(m), live);
    for (int i = 0; i < N; i++) {
        Value *v = rt_map_get(&f->s, &f->g, m, vint(i), NULL);
        if (ref[i] < 0) assert_null(v);
        else assert_int_equal(v->i, ref[i]);
    }
    int64_t n = 0;
    Value k, v;
    MapIter *it = rt_map_iter(&f->s, m);
    while (rt_map_next(it, &k, &v)) {
        assert_int_equal(v.i, ref[k.i]);
        n++;
    }
    assert_int_equal(n, live);
}

static void test_string_keys_by_content(void **state)
{
    /* string keys compare by bytes, not by object; "" may be NULL or not */
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    GoMap *m = rt_map_new(&f->s, types_map(tt, tt->t_string, tt->t_int), 0);
    char name[32];
    for (int i = 0; i < 3000; i++) {
        snprintf(name, sizeof name, "key-%d", i);
        rt_map_set(&f->s, &f->g, m, vptr(rt_cstring(&f->s, name)), NULL)->i = i;
    }
    rt_map_set(&f->s, &f->g, m, vptr(NULL), NULL)->i = -1;
    assert_int_equal(rt_map_len(m), 3001);
    for (int i = 0; i < 3000; i += 7) {
        snprintf(name, sizeof name, "key-%d", i);
        assert_int_equal(rt_map_get(&f->s, &f->g, m, vptr(rt_cstring(&f->s, name)), NULL)->i, i);
    }
    assert_int_equal(rt_map_get(&f->s, &f->g, m, vptr(rt_string(&f->s, "x", 0)), NULL)->i, -1);
    GoString *whole = rt_cstring(&f->s, "key-12345");     /* a substring is a key too */
    assert_int_equal(rt_map_get(&f->s, &f->g, m, vptr(rt_substr(&f->s, whole, 0, 6)), NULL)->i, 12);
    assert_null(rt_map_get(&f->s, &f->g, m, vptr(rt_cstring(&f->s, "key-3000")), NULL));
}

static void test_int_kinds_and_bool_keys(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    GoMap *m = rt_map_new(&f->s, types_map(tt, tt->t_bool, tt->t_int), 0);
    rt_map_set(&f->s, &f->g, m, vint(1), NULL)->i = 5;
    rt_map_set(&f->s, &f->g, m, vint(0), NULL)->i = 6;
    rt_map_set(&f->s, &f->g, m, vint(1), NULL)->i += 1;
    assert_int_equal(rt_map_len(m), 2);
    assert_int_equal(rt_map_get(&f->s, &f->g, m, vint(1), NULL)->i, 6);
    GoMap *u = rt_map_new(&f->s, types_map(tt, tt->t_uint64, tt->t_int), 0);
    rt_map_set(&f->s, &f->g, u, vint(-1), NULL)->i = 7;          /* 1<<64 - 1 */
    assert_int_equal(rt_map_get(&f->s, &f->g, u, vint(-1), NULL)->i, 7);
    assert_null(rt_map_get(&f->s, &f->g, u, vint(1), NULL));
}

static void test_nil_map_unhashable_key_panics(void **state)
{
    /* var m map[any]int; _ = m[[]int{}] / delete(m, []int{}) panic in Go */
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    bool panicked = false;
    assert_true(rt_map_check_key(&f->s, &f->g, tt->t_int, vint(3), &panicked));
    assert_true(rt_map_check_key(&f->s, &f->g, tt->t_any, vptr(rt_box(&f->s, tt->t_int, vint(1))), &panicked));
    assert_true(rt_map_check_key(&f->s, &f->g, tt->t_any, vptr(NULL), &panicked));
    assert_false(panicked);
    Type *si = types_slice(tt, tt->t_int);
    Value bad = vptr(rt_box(&f->s, si, vptr(NULL)));
    assert_false(rt_map_check_key(&f->s, &f->g, tt->t_any, bad, &panicked));
    assert_true(panicked);
    GoString *msg;
    assert_true(rt_error_string(&f->s, f->g.panic->value, &msg));
    assert_true(rt_streq(msg, rt_cstring(&f->s, "runtime error: hash of unhashable type []int")));
}

static void test_huge_hint_past_cap_stays_usable(void **state)
{
    /* make(map[int]int, 1<<22) past the heap cap: Go's fatal error is set,
     * and the map still works (tiny) until the VM stops the run */
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    f->s.heap.cap = 1 << 20;
    GoMap *m = rt_map_new(&f->s, types_map(tt, tt->t_int, tt->t_int), (int64_t)1 << 22);
    assert_string_equal(f->s.fatal, "runtime: out of memory");
    for (int i = 0; i < 100; i++) rt_map_set(&f->s, &f->g, m, vint(i), NULL)->i = i;
    assert_int_equal(rt_map_len(m), 100);
    assert_int_equal(rt_map_get(&f->s, &f->g, m, vint(42), NULL)->i, 42);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_set_get_delete_len, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_nil_map_reads_zero_writes_panic, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_iteration_visits_every_key_once, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_delete_during_iteration_is_safe, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_growth_during_iteration_keeps_old_keys_once, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_small_map_order_is_rotation_of_insertion, fx_setup, fx_teardown),
        cmocka_unit_test(test_order_depends_only_on_seed),
        cmocka_unit_test(test_pointer_keys_order_independent_of_host_addresses),
        cmocka_unit_test_setup_teardown(test_float_keys, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_sorted_strings_and_bools, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_interface_keys, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_interface_keys_sorted_by_type_like_go, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_struct_keys_compare_by_value, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_churn_matches_reference, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_string_keys_by_content, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_int_kinds_and_bool_keys, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_nil_map_unhashable_key_panics, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_huge_hint_past_cap_stays_usable, fx_setup, fx_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
