/* test_rt_slice.c - slices as a Go user sees them: cap() after appends
 * matches real Go 1.19 (measured with go run), sizes, copy, bounds texts. */
#include "test_rt_fixture.h"
#include <stdio.h>

/* Appends one element at a time and records every new capacity. */
static void growth(Fixture *f, Type *elem, int n, char *buf, size_t len)
{
    GoSlice *sl = NULL;
    size_t at = 0;
    buf[0] = 0;
    for (int i = 0; i < n; i++) {
        int64_t c = rt_scap(sl);
        Value v = rt_zero(&f->s, elem);
        sl = rt_append(&f->s, elem, sl, &v, 1);
        if (rt_scap(sl) != c) at += (size_t)snprintf(buf + at, len - at, "%lld ", (long long)rt_scap(sl));
    }
}

static void test_append_growth_matches_go(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    char buf[512];
    growth(f, tt->t_int, 2000, buf, sizeof buf);
    assert_string_equal(buf, "1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 ");
    growth(f, tt->t_uint8, 5000, buf, sizeof buf);
    assert_string_equal(buf, "8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 ");
    growth(f, tt->t_string, 2000, buf, sizeof buf);
    assert_string_equal(buf, "1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 ");
    growth(f, tt->t_int32, 2000, buf, sizeof buf);
    assert_string_equal(buf, "2 4 8 16 32 64 128 256 512 864 1344 2048 ");
    growth(f, tt->t_any, 600, buf, sizeof buf);
    assert_string_equal(buf, "1 2 4 8 16 32 64 128 256 512 848 ");
}

static void test_append_growth_struct_elements(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    Field f3[3] = {{"a", tt->t_uint8, false, false, NULL}, {"b", tt->t_uint8, false, false, NULL},
                   {"c", tt->t_uint8, false, false, NULL}};
    Field f24[3] = {{"a", tt->t_int, false, false, NULL}, {"b", tt->t_int, false, false, NULL},
                    {"c", tt->t_int, false, false, NULL}};
    char buf[512];
    growth(f, types_struct(tt, f3, 3), 1000, buf, sizeof buf);
    assert_string_equal(buf, "2 5 10 21 42 85 170 341 682 1066 ");
    growth(f, types_struct(tt, f24, 3), 1000, buf, sizeof buf);
    assert_string_equal(buf, "1 2 4 8 16 32 64 128 256 512 853 1365 ");
}

static void test_append_many_at_once(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    Value v[7] = {vint(1), vint(2), vint(3), vint(4), vint(5), vint(6), vint(7)};
    GoSlice *e = rt_make_slice(&f->s, tt->t_int, 0, 0);
    assert_int_equal(rt_scap(rt_append(&f->s, tt->t_int, e, v, 3)), 3);   /* append([]int{}, 1, 2, 3) */
    GoSlice *two = rt_append(&f->s, tt->t_int, e, v, 2);
    two = rt_slice(&f->s, two->arr, 0, 2, 2);
    assert_int_equal(rt_scap(rt_append(&f->s, tt->t_int, two, v + 2, 5)), 8);
    GoString *hello = rt_cstring(&f->s, "hello");
    assert_int_equal(rt_scap(rt_append_string(&f->s, tt->t_uint8, NULL, hello)), 8);
    GoString *lng = rt_cstring(&f->s, "hello, world, this is long!!");
    assert_int_equal(rt_scap(rt_append_string(&f->s, tt->t_uint8, NULL, lng)), 32);
    assert_int_equal(rt_scap(rt_append_string(&f->s, NULL, NULL, hello)), 8);   /* NULL elem = byte */
    /* zero-size elements: cap is exactly the length asked for */
    Type *empty = types_struct(tt, NULL, 0);
    Value z[3] = {rt_zero(&f->s, empty), rt_zero(&f->s, empty), rt_zero(&f->s, empty)};
    assert_int_equal(rt_scap(rt_append(&f->s, empty, NULL, z, 3)), 3);
}

static void test_append_in_place_shares_backing_array(void **state)
{
    Fixture *f = *state;
    Type *t = f->s.types.t_int;
    GoSlice *a = rt_make_slice(&f->s, t, 1, 4);
    Value x = vint(42);
    GoSlice *b = rt_append(&f->s, t, a, &x, 1);
    assert_ptr_equal(a->arr, b->arr);              /* like Go: within capacity */
    assert_int_equal(rt_slen(a), 1);
    assert_int_equal(rt_slen(b), 2);
    assert_int_equal(rt_selem(b, 1)->i, 42);
}

static void test_append_copies_structs(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    Field fl[1] = {{"x", tt->t_int, false, false, NULL}};
    Type *st = types_struct(tt, fl, 1);
    Value v = rt_zero(&f->s, st);
    GoSlice *s = rt_append(&f->s, st, NULL, &v, 1);
    ((GoArray *)v.p)->v[0].i = 7;                   /* changing the variable later... */
    assert_int_equal(((GoArray *)rt_selem(s, 0)->p)->v[0].i, 0);   /* ...does not show */
    /* growth copies elements: the old backing array stays independent */
    GoSlice *s2 = rt_append(&f->s, st, s, &v, 1);
    ((GoArray *)rt_selem(s2, 0)->p)->v[0].i = 9;
    assert_int_equal(((GoArray *)rt_selem(s, 0)->p)->v[0].i, 0);
    /* spare capacity holds zero structs, visible after reslicing to cap */
    GoSlice *m = rt_make_slice(&f->s, st, 0, 3);
    assert_non_null(m->arr->v[2].p);
}

static void test_sizeof_is_go_size(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    assert_int_equal(rt_sizeof(tt->t_bool), 1);
    assert_int_equal(rt_sizeof(tt->t_int32), 4);
    assert_int_equal(rt_sizeof(tt->t_string), 16);
    assert_int_equal(rt_sizeof(tt->t_any), 16);
    assert_int_equal(rt_sizeof(types_slice(tt, tt->t_int)), 24);
    assert_int_equal(rt_sizeof(types_array(tt, tt->t_int16, 5)), 10);
    Field fl[2] = {{"a", tt->t_uint8, false, false, NULL}, {"b", tt->t_int, false, false, NULL}};
    assert_int_equal(rt_sizeof(types_struct(tt, fl, 2)), 16);
    Field fz[2] = {{"a", tt->t_int32, false, false, NULL}, {"b", types_struct(tt, NULL, 0), false, false, NULL}};
    assert_int_equal(rt_sizeof(types_struct(tt, fz, 2)), 8);   /* trailing zero-size field pads */
    assert_int_equal(rt_sizeof(types_struct(tt, NULL, 0)), 0);
}

static void test_copy_overlapping_and_from_string(void **state)
{
    Fixture *f = *state;
    Type *t = f->s.types.t_int;
    GoSlice *a = rt_make_slice(&f->s, t, 5, 5);
    for (int i = 0; i < 5; i++) rt_selem(a, i)->i = i;
    GoSlice *tail = rt_slice(&f->s, a->arr, 1, 4, 4);
    assert_int_equal(rt_copy(tail, a), 4);          /* copy(a[1:], a) */
    assert_int_equal(rt_selem(a, 4)->i, 3);
    assert_int_equal(rt_selem(a, 1)->i, 0);
    GoSlice *b = rt_make_slice(&f->s, f->s.types.t_uint8, 3, 3);
    assert_int_equal(rt_copy_string(b, rt_cstring(&f->s, "h\xc3\xa9llo")), 3);
    assert_int_equal(rt_selem(b, 2)->i, 0xA9);
}

static const char *panic_text(Fixture *f)
{
    static char buf[256];
    GoString *m = NULL;
    assert_non_null(f->g.panic);
    assert_true(rt_error_string(&f->s, f->g.panic->value, &m));
    snprintf(buf, sizeof buf, "%.*s", (int)rt_strlen(m), rt_strptr(m));
    f->g.panic = NULL;
    return buf;
}

static void test_slice_bounds_texts(void **state)
{
    Fixture *f = *state;
    assert_false(rt_check_slice(&f->s, &f->g, true, 1, 5, false, 0, 3));
    assert_string_equal(panic_text(f), "runtime error: slice bounds out of range [:5] with capacity 3");
    assert_false(rt_check_slice(&f->s, &f->g, false, 1, 5, false, 0, 3));
    assert_string_equal(panic_text(f), "runtime error: slice bounds out of range [:5] with length 3");
    assert_false(rt_check_slice(&f->s, &f->g, true, 3, 2, false, 0, 3));
    assert_string_equal(panic_text(f), "runtime error: slice bounds out of range [3:2]");
    assert_false(rt_check_slice(&f->s, &f->g, true, -1, 2, false, 0, 3));
    assert_string_equal(panic_text(f), "runtime error: slice bounds out of range [-1:]");
    assert_false(rt_check_slice(&f->s, &f->g, true, 0, -2, false, 0, 3));
    assert_string_equal(panic_text(f), "runtime error: slice bounds out of range [:-2]");
    assert_false(rt_check_slice(&f->s, &f->g, true, 0, 1, true, 4, 3));
    assert_string_equal(panic_text(f), "runtime error: slice bounds out of range [::4] with capacity 3");
    assert_false(rt_check_slice(&f->s, &f->g, true, 0, 3, true, 2, 3));
    assert_string_equal(panic_text(f), "runtime error: slice bounds out of range [:3:2]");
    assert_false(rt_check_slice(&f->s, &f->g, true, 2, 1, true, 2, 3));
    assert_string_equal(panic_text(f), "runtime error: slice bounds out of range [2:1:]");
    assert_true(rt_check_slice(&f->s, &f->g, true, 0, 3, true, 3, 3));
    assert_null(f->g.panic);
}

static void test_make_slice_checks(void **state)
{
    Fixture *f = *state;
    Type *t = f->s.types.t_int;
    assert_int_equal(rt_check_make_slice(&f->s, &f->g, t, 3, 5), 0);
    assert_int_equal(rt_check_make_slice(&f->s, &f->g, t, -1, 5), NAT_PANIC);
    assert_string_equal(panic_text(f), "runtime error: makeslice: len out of range");
    assert_int_equal(rt_check_make_slice(&f->s, &f->g, t, 5, 3), NAT_PANIC);
    assert_string_equal(panic_text(f), "runtime error: makeslice: cap out of range");
}

static void test_out_of_memory_sets_fatal_never_null(void **state)
{
    (void)state;
    Fixture *f = fx_new(1, 4096);
    Type *t = f->s.types.t_int;
    GoSlice *big = rt_make_slice(&f->s, t, 10000, 10000);
    assert_non_null(big);
    assert_string_equal(f->s.fatal, "runtime: out of memory");
    GoSlice *huge = rt_make_slice(&f->s, t, (int64_t)1 << 40, (int64_t)1 << 40);
    assert_non_null(huge);                        /* truncated, not NULL */
    assert_int_equal(rt_slen(huge), 0);
    fx_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_append_growth_matches_go, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_append_growth_struct_elements, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_append_many_at_once, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_append_in_place_shares_backing_array, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_append_copies_structs, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_sizeof_is_go_size, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_copy_overlapping_and_from_string, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_slice_bounds_texts, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_make_slice_checks, fx_setup, fx_teardown),
        cmocka_unit_test(test_out_of_memory_sets_fatal_never_null),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
