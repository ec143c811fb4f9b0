/* test_rt_value.c - zero values, value semantics of arrays/structs, ==,
 * hashing and interface boxing, as a Go user sees them. */
#include "test_rt_fixture.h"
#include <math.h>

static Type *point(TypeTable *tt)     /* struct { X int; Inner [2]struct{ S string } } */
{
    Field in[1] = {{"S", tt->t_string, false, true, NULL}};
    Type *arr = types_array(tt, types_struct(tt, in, 1), 2);
    Field fl[2] = {{"X", tt->t_int, false, true, NULL}, {"Inner", arr, false, true, NULL}};
    return types_struct(tt, fl, 2);
}

static void test_zero_allocates_nested_aggregates(void **state)
{
    Fixture *f = *state;
    Type *t = point(&f->s.types);
    GoArray *p = rt_zero(&f->s, t).p;
    assert_int_equal(p->len, 2);
    assert_int_equal(p->v[0].i, 0);
    GoArray *inner = p->v[1].p;
    assert_int_equal(inner->len, 2);
    GoArray *elem = inner->v[1].p;
    assert_non_null(elem);
    assert_null(elem->v[0].p);                     /* "" */
    assert_null(rt_zero(&f->s, f->s.types.t_string).p);
    assert_null(rt_zero(&f->s, types_slice(&f->s.types, t)).p);   /* nil slice */
}

static void test_copy_is_deep_for_aggregates_only(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    Type *t = point(tt);
    Value a = rt_zero(&f->s, t);
    Value b = rt_copy_value(&f->s, t, a);
    GoArray *ai = ((GoArray *)a.p)->v[1].p, *bi = ((GoArray *)b.p)->v[1].p;
    ((GoArray *)bi->v[0].p)->v[0].p = rt_cstring(&f->s, "changed");
    assert_null(((GoArray *)ai->v[0].p)->v[0].p);          /* b := a; b.Inner[0].S = ... */
    GoSlice *sl = rt_make_slice(&f->s, tt->t_int, 1, 1);
    Value sv = {.p = sl};
    assert_ptr_equal(rt_copy_value(&f->s, types_slice(tt, tt->t_int), sv).p, sl);  /* shared */
}

static void test_equal_floats_strings_structs(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    assert_false(rt_equal(&f->s, &f->g, tt->t_float64, vflt(NAN), vflt(NAN), NULL));
    assert_true(rt_equal(&f->s, &f->g, tt->t_float64, vflt(0.0), vflt(-0.0), NULL));
    assert_true(rt_equal(&f->s, &f->g, tt->t_string, vptr(NULL), vptr(rt_string(&f->s, "x", 0)), NULL));
    assert_true(rt_equal(&f->s, &f->g, tt->t_string, vptr(rt_cstring(&f->s, "ab")),
                         vptr(rt_cstring(&f->s, "ab")), NULL));
    Type *t = point(tt);
    Value a = rt_zero(&f->s, t), b = rt_zero(&f->s, t);
    assert_true(rt_equal(&f->s, &f->g, t, a, b, NULL));
    GoArray *bi = ((GoArray *)b.p)->v[1].p;
    ((GoArray *)bi->v[1].p)->v[0].p = rt_cstring(&f->s, "y");
    assert_false(rt_equal(&f->s, &f->g, t, a, b, NULL));
    /* blank fields are ignored by == */
    Field bl[2] = {{"_", tt->t_int, false, false, NULL}, {"A", tt->t_int, false, true, NULL}};
    Type *bt = types_struct(tt, bl, 2);
    Value x = rt_zero(&f->s, bt), y = rt_zero(&f->s, bt);
    ((GoArray *)x.p)->v[0].i = 5;
    assert_true(rt_equal(&f->s, &f->g, bt, x, y, NULL));
}

static void test_equal_interfaces(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    Type *any = tt->t_any;
    Value one = vptr(rt_box(&f->s, tt->t_int, vint(1)));
    Value one8 = vptr(rt_box(&f->s, tt->t_int8, vint(1)));
    Value oneb = vptr(rt_box(&f->s, tt->t_int, vint(1)));
    assert_true(rt_equal(&f->s, &f->g, any, one, oneb, NULL));
    assert_false(rt_equal(&f->s, &f->g, any, one, one8, NULL));      /* int(1) != int8(1) */
    assert_false(rt_equal(&f->s, &f->g, any, one, vptr(NULL), NULL));
    assert_true(rt_equal(&f->s, &f->g, any, vptr(NULL), vptr(NULL), NULL));
    /* different uncomparable dynamic types: just false */
    Type *si = types_slice(tt, tt->t_int);
    Value s1 = vptr(rt_box(&f->s, si, vptr(NULL)));
    bool panicked = false;
    assert_false(rt_equal(&f->s, &f->g, any, s1, one, &panicked));
    assert_false(panicked);
    /* same uncomparable dynamic type: runtime error */
    Value s2 = vptr(rt_box(&f->s, si, vptr(NULL)));
    assert_false(rt_equal(&f->s, &f->g, any, s1, s2, &panicked));
    assert_true(panicked);
    GoString *msg;
    assert_true(rt_error_string(&f->s, f->g.panic->value, &msg));
    assert_true(rt_streq(msg, rt_cstring(&f->s, "runtime error: comparing uncomparable type []int")));
}

static void test_hash_agrees_with_equal(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    assert_true(rt_hash(&f->s, tt->t_float64, vflt(0.0), 7) == rt_hash(&f->s, tt->t_float64, vflt(-0.0), 7));
    Value a = vptr(rt_cstring(&f->s, "hello")), b = vptr(rt_cstring(&f->s, "hello"));
    assert_true(rt_hash(&f->s, tt->t_string, a, 1) == rt_hash(&f->s, tt->t_string, b, 1));
    assert_true(rt_hash(&f->s, tt->t_string, a, 1) != rt_hash(&f->s, tt->t_string, a, 2));
    Type *t = point(tt);
    assert_true(rt_hash(&f->s, t, rt_zero(&f->s, t), 3) == rt_hash(&f->s, t, rt_zero(&f->s, t), 3));
    Type *si = types_slice(tt, tt->t_int);
    assert_ptr_equal(rt_unhashable(tt->t_any, vptr(rt_box(&f->s, si, vptr(NULL)))), si);
    assert_null(rt_unhashable(tt->t_any, vptr(rt_box(&f->s, tt->t_int, vint(1)))));
}

static void test_box_copies_and_iface_is(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    Type *t = point(tt);
    Value v = rt_zero(&f->s, t);
    GoIface *x = rt_box(&f->s, t, v);
    ((GoArray *)v.p)->v[0].i = 99;                 /* var changes after boxing */
    assert_int_equal(((GoArray *)x->v.p)->v[0].i, 0);
    assert_true(rt_iface_is(x, t));
    assert_false(rt_iface_is(x, tt->t_int));
    assert_true(rt_iface_is(x, tt->t_any));
    assert_false(rt_iface_is(x, tt->t_error));
    assert_false(rt_iface_is(NULL, tt->t_any));     /* nil never matches */
}

static void test_wrap_int(void **state)
{
    (void)state;
    assert_int_equal(rt_wrap_int(T_INT8, 200), -56);
    assert_int_equal(rt_wrap_int(T_UINT8, -1), 255);
    assert_int_equal(rt_wrap_int(T_UINT32, -1), 4294967295LL);
    assert_int_equal(rt_wrap_int(T_INT16, 40000), -25536);
    assert_int_equal(rt_wrap_int(T_INT, 1LL << 40), 1LL << 40);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_zero_allocates_nested_aggregates, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_copy_is_deep_for_aggregates_only, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_equal_floats_strings_structs, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_equal_interfaces, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_hash_agrees_with_equal, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_box_copies_and_iface_is, fx_setup, fx_teardown),
        cmocka_unit_test(test_wrap_int),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
