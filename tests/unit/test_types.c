/* test_types.c - unit tests for sim/types.c: interning, method sets, strings. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "types.h"

static const char *str(Type *t, const char *rel)
{
    static char buf[256]; /* test-only */
    types_string(t, rel, buf, sizeof buf);
    return buf;
}

static void test_interning(void **state)
{
    (void)state;
    TypeTable tt;
    types_init(&tt);
    assert_ptr_equal(types_slice(&tt, tt.t_int), types_slice(&tt, tt.t_int));
    assert_ptr_not_equal(types_slice(&tt, tt.t_int), types_slice(&tt, tt.t_string));
    assert_ptr_equal(types_map(&tt, tt.t_string, types_slice(&tt, tt.t_int)),
                     types_map(&tt, tt.t_string, types_slice(&tt, tt.t_int)));
    Type *ps[2] = {tt.t_int, tt.t_string};
    Type *f1 = types_func(&tt, ps, 2, &tt.t_error, 1, false);
    Type *f2 = types_func(&tt, ps, 2, &tt.t_error, 1, false);
    Type *f3 = types_func(&tt, ps, 2, &tt.t_error, 1, true);
    assert_ptr_equal(f1, f2);
    assert_ptr_not_equal(f1, f3);
    Field fs[1] = {{.name = "X", .type = tt.t_int, .exported = true}};
    assert_ptr_equal(types_struct(&tt, fs, 1), types_struct(&tt, fs, 1));
    assert_ptr_equal(types_interface(&tt, NULL, 0), tt.t_any);
    assert_ptr_not_equal(types_chan(&tt, tt.t_int, CHAN_RECV), types_chan(&tt, tt.t_int, CHAN_BOTH));
    /* many types: forces the table to grow */
    Type *t = tt.t_int;
    for (int i = 0; i < 5000; i++) t = types_slice(&tt, t);
    Type *u = tt.t_int;
    for (int i = 0; i < 5000; i++) u = types_slice(&tt, u);
    assert_ptr_equal(t, u);
    types_free(&tt);
}

static void test_strings(void **state)
{
    (void)state;
    TypeTable tt;
    types_init(&tt);
    assert_string_equal(str(types_slice(&tt, tt.t_any), NULL), "[]interface {}");
    Type *es = types_struct(&tt, NULL, 0);
    assert_string_equal(str(types_chan(&tt, es, CHAN_BOTH), NULL), "chan struct {}");
    assert_string_equal(str(types_chan(&tt, es, CHAN_RECV), "main"), "<-chan struct{}");
    assert_string_equal(str(types_chan(&tt, tt.t_int, CHAN_RECV), NULL), "<-chan int");
    assert_string_equal(str(types_chan(&tt, types_chan(&tt, tt.t_int, CHAN_RECV), CHAN_BOTH), NULL),
                        "chan (<-chan int)");
    Type *res[2] = {tt.t_string, tt.t_error};
    assert_string_equal(str(types_func(&tt, &tt.t_int, 1, res, 2, false), NULL),
                        "func(int) (string, error)");
    Type *si = types_slice(&tt, tt.t_int);
    assert_string_equal(str(types_func(&tt, &si, 1, NULL, 0, true), NULL), "func(...int)");
    assert_string_equal(str(types_map(&tt, tt.t_string, si), NULL), "map[string][]int");
    Field fs[2] = {{.name = "X", .type = tt.t_int}, {.name = "y", .type = tt.t_string}};
    Type *st = types_struct(&tt, fs, 2);
    assert_string_equal(str(st, NULL), "struct { X int; y string }");
    assert_string_equal(str(st, "main"), "struct{X int; y string}");
    Type *T = types_named(&tt, "main", "main", "T");
    types_set_underlying(&tt, T, st);
    assert_string_equal(str(T, NULL), "main.T");
    assert_string_equal(str(T, "main"), "T");
    assert_string_equal(str(types_pointer(&tt, T), "fmt"), "*main.T");
    Type *E = types_named(&tt, "errors", "errors", "errorString");
    assert_string_equal(str(types_pointer(&tt, E), NULL), "*errors.errorString");
    Type *U = types_named(&tt, "unicode/utf8", "utf8", "X");
    assert_string_equal(str(U, NULL), "utf8.X");
    Field emb = {.name = "T", .type = T, .embedded = true};
    assert_string_equal(str(types_struct(&tt, &emb, 1), NULL), "struct { main.T }");
    Method m = {.name = "M", .sig = types_func(&tt, NULL, 0, NULL, 0, false)};
    assert_string_equal(str(types_interface(&tt, &m, 1), NULL), "interface { M() }");
    assert_string_equal(str(types_interface(&tt, &m, 1), "main"), "interface{M()}");
    assert_string_equal(str(tt.t_error, NULL), "error");
    Field tagged = {.name = "X", .type = tt.t_int, .exported = true, .tag = "json:\"x\""};
    Field plain = {.name = "X", .type = tt.t_int, .exported = true};
    assert_ptr_not_equal(types_struct(&tt, &tagged, 1), types_struct(&tt, &plain, 1));
    assert_string_equal(str(types_struct(&tt, &tagged, 1), NULL), "struct { X int \"json:\\\"x\\\"\" }");
    assert_string_equal(str(tt.t_untyped_int, "main"), "untyped int");
    types_free(&tt);
}

static void test_methods(void **state)
{
    (void)state;
    TypeTable tt;
    types_init(&tt);
    Type *sigv = types_func(&tt, NULL, 0, NULL, 0, false);
    Type *sigs = types_func(&tt, NULL, 0, &tt.t_string, 1, false);
    Type *T = types_named(&tt, "main", "main", "T");
    types_set_underlying(&tt, T, types_struct(&tt, NULL, 0));
    types_add_method(&tt, T, (Method){.name = "Z", .sig = sigv, .ptr_recv = true});
    types_add_method(&tt, T, (Method){.name = "A", .sig = sigv});
    types_add_method(&tt, T, (Method){.name = "String", .sig = sigs});
    assert_string_equal(T->methods[0].name, "A");
    assert_string_equal(T->methods[2].name, "Z");
    Method mi[2] = {{.name = "Z", .sig = sigv}, {.name = "A", .sig = sigv}};
    Type *I = types_interface(&tt, mi, 2);
    assert_string_equal(I->methods[0].name, "A");
    char why[128];
    assert_false(types_implements(T, I, why, sizeof why));
    assert_string_equal(why, "method Z has pointer receiver");
    assert_true(types_implements(types_pointer(&tt, T), I, why, sizeof why));
    assert_false(types_implements(tt.t_int, I, why, sizeof why));
    assert_string_equal(why, "missing method A");
    Method stringer = {.name = "String", .sig = sigs};
    Type *S = types_interface(&tt, &stringer, 1);
    assert_true(types_implements(T, S, why, sizeof why));
    Method wrong = {.name = "String", .sig = sigv};
    assert_false(types_implements(T, types_interface(&tt, &wrong, 1), why, sizeof why));
    assert_string_equal(why, "wrong type for method String");
    /* promotion through an embedded pointer */
    Field emb = {.name = "T", .type = types_pointer(&tt, T), .embedded = true};
    Type *W = types_named(&tt, "main", "main", "W");
    types_set_underlying(&tt, W, types_struct(&tt, &emb, 1));
    assert_true(types_implements(W, I, why, sizeof why));
    Field emb2 = {.name = "T", .type = T, .embedded = true};
    Type *V = types_named(&tt, "main", "main", "V");
    types_set_underlying(&tt, V, types_struct(&tt, &emb2, 1));
    assert_false(types_implements(V, I, why, sizeof why));
    assert_true(types_implements(types_pointer(&tt, V), I, why, sizeof why));
    TypesLookup r;
    assert_true(types_lookup(V, "Z", &r));
    assert_int_equal(r.kind, LOOKUP_METHOD);
    assert_int_equal(r.npath, 1);
    assert_ptr_equal(r.recv, T);
    assert_true(types_implements(I, types_interface(&tt, mi, 1), why, sizeof why));
    assert_false(types_comparable(types_slice(&tt, tt.t_int)));
    assert_true(types_comparable(T));
    assert_ptr_equal(types_default(&tt, tt.t_untyped_rune), tt.t_int32);
    types_free(&tt);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_interning),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_methods),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
