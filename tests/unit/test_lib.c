/* test_lib.c - the natives of strings, strconv, sort, math, unicode, utf8
 * and errors, called through native_lookup as the VM calls them.  Expected
 * values are Go's (measured with small `go run` programs). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "lib.h"
#include "lib_int.h"

static int setup(void **state)
{
    Sim *s = calloc(1, sizeof *s);
    heap_init(&s->heap, 0);
    types_init(&s->types);
    *state = s;
    return 0;
}

static int teardown(void **state)
{
    Sim *s = *state;
    rt_free(s);
    heap_free_all(&s->heap);
    types_free(&s->types);
    free(s);
    return 0;
}

static Value call(Sim *s, const char *name, Value *args, Value *res)
{
    const NativeDef *d = native_lookup(name);
    assert_non_null(d);
    assert_int_equal(d->fn(s, NULL, args, res), NAT_OK);
    return res[0];
}

static Value str(Sim *s, const char *c) { return (Value){.p = rt_cstring(s, c)}; }

static void assert_gostr(Value v, const char *want)
{
    GoString *g = v.p;
    assert_int_equal(rt_strlen(g), (int64_t)strlen(want));
    assert_memory_equal(rt_strptr(g), want, strlen(want));
}

/* Joins a []string as "a|b|c" for comparison. */
static void assert_strs(Value v, const char *want)
{
    GoSlice *sl = v.p;
    char buf[512] = "";
    for (int64_t i = 0; i < rt_slen(sl); i++) {
        GoString *g = rt_selem(sl, i)->p;
        if (i)
            strcat(buf, "|");
        strncat(buf, rt_strptr(g), (size_t)rt_strlen(g));
    }
    assert_string_equal(buf, want);
}

static void test_strings_search(void **state)
{
    Sim *s = *state;
    Value a[4], r[2];
    a[0] = str(s, "chicken"), a[1] = str(s, "ken");
    assert_int_equal(call(s, "strings.Index", a, r).i, 4);
    assert_int_equal(call(s, "strings.Contains", a, r).i, 1);
    assert_int_equal(call(s, "strings.HasSuffix", a, r).i, 1);
    assert_int_equal(call(s, "strings.HasPrefix", a, r).i, 0);
    a[1] = str(s, "dmr");
    assert_int_equal(call(s, "strings.Index", a, r).i, -1);
    a[0] = str(s, "go gopher"), a[1] = str(s, "go");
    assert_int_equal(call(s, "strings.LastIndex", a, r).i, 3);
    assert_int_equal(call(s, "strings.Count", a, r).i, 2);
    a[0] = str(s, "five"), a[1] = str(s, "");
    assert_int_equal(call(s, "strings.Count", a, r).i, 5);
    a[0] = str(s, "chicken"), a[1] = (Value){.i = 'k'};
    assert_int_equal(call(s, "strings.IndexRune", a, r).i, 4);
    a[0] = str(s, "héllo"), a[1] = (Value){.i = 0xe9};
    assert_int_equal(call(s, "strings.IndexRune", a, r).i, 1);
    a[0] = str(s, "golang"), a[1] = str(s, "xyzn");
    assert_int_equal(call(s, "strings.IndexAny", a, r).i, 4);
    a[0] = str(s, "Gopher"), a[1] = str(s, "GOPHER");
    assert_int_equal(call(s, "strings.EqualFold", a, r).i, 1);
}

static void test_strings_split_fields_join(void **state)
{
    Sim *s = *state;
    Value a[4], r[2];
    a[0] = str(s, "a,b,c"), a[1] = str(s, ","), a[2] = (Value){.i = -1};
    assert_strs(call(s, "strings.SplitN", a, r), "a|b|c");
    a[2] = (Value){.i = 2};
    assert_strs(call(s, "strings.SplitN", a, r), "a|b,c");
    a[0] = str(s, "abc"), a[1] = str(s, ""), a[2] = (Value){.i = -1};
    assert_strs(call(s, "strings.SplitN", a, r), "a|b|c");
    a[0] = str(s, ""), a[1] = str(s, ","), a[2] = (Value){.i = -1};
    GoSlice *one = call(s, "strings.SplitN", a, r).p;
    assert_int_equal(rt_slen(one), 1);
    a[0] = str(s, "a,b,c"), a[1] = str(s, ","), a[2] = (Value){.i = -1};
    assert_strs(call(s, "strings.SplitAfterN", a, r), "a,|b,|c");
    a[0] = str(s, "  foo bar\t baz \n ");
    Value f = call(s, "strings.Fields", a, r);
    assert_strs(f, "foo|bar|baz");
    a[0] = f, a[1] = str(s, ", ");
    assert_gostr(call(s, "strings.Join", a, r), "foo, bar, baz");
}

static void test_strings_replace_case_trim_repeat(void **state)
{
    Sim *s = *state;
    Value a[4], r[2];
    a[0] = str(s, "oink oink oink"), a[1] = str(s, "k"), a[2] = str(s, "ky"), a[3] = (Value){.i = 2};
    assert_gostr(call(s, "strings.Replace", a, r), "oinky oinky oink");
    a[1] = str(s, "oink"), a[2] = str(s, "moo"), a[3] = (Value){.i = -1};
    assert_gostr(call(s, "strings.Replace", a, r), "moo moo moo");
    a[0] = str(s, "ab"), a[1] = str(s, ""), a[2] = str(s, "-"), a[3] = (Value){.i = -1};
    assert_gostr(call(s, "strings.Replace", a, r), "-a-b-");
    a[0] = str(s, "Hello, Wörld");
    assert_gostr(call(s, "strings.ToUpper", a, r), "HELLO, WÖRLD");
    assert_gostr(call(s, "strings.ToLower", a, r), "hello, wörld");
    a[0] = str(s, " \t\n Hello, Gophers \n\t\r\n");
    assert_gostr(call(s, "strings.TrimSpace", a, r), "Hello, Gophers");
    a[0] = str(s, "¡¡¡Hello, Gophers!!!"), a[1] = str(s, "!¡");
    assert_gostr(call(s, "strings.Trim", a, r), "Hello, Gophers");
    assert_gostr(call(s, "strings.TrimLeft", a, r), "Hello, Gophers!!!");
    assert_gostr(call(s, "strings.TrimRight", a, r), "¡¡¡Hello, Gophers");
    a[0] = str(s, "na"), a[1] = (Value){.i = 3};
    assert_gostr(call(s, "strings.repeat", a, r), "nanana");
}

static void test_builder_appends_and_shares_bytes(void **state)
{
    Sim *s = *state;
    Box *b = rt_alloc(s, sizeof(Box), OBJ_BOX);
    b->v.p = rt_array(s, 2);            /* zero Builder: {buf "", n 0} */
    Value recv = {.p = &b->v}, a[2], r[2];
    a[0] = recv;
    assert_gostr(call(s, "strings.(*Builder).String", a, r), "");
    a[1] = str(s, "hello");
    assert_int_equal(call(s, "strings.(*Builder).WriteString", a, r).i, 5);
    Value first = call(s, "strings.(*Builder).String", a, r);
    a[1] = (Value){.u = ','};
    call(s, "strings.(*Builder).WriteByte", a, r);
    a[1] = (Value){.i = 0x263a};
    assert_int_equal(call(s, "strings.(*Builder).WriteRune", a, r).i, 3);
    for (int i = 0; i < 20; i++) {       /* force growth */
        a[1] = str(s, "0123456789");
        call(s, "strings.(*Builder).WriteString", a, r);
    }
    assert_int_equal(call(s, "strings.(*Builder).Len", a, r).i, 5 + 1 + 3 + 200);
    assert_gostr(first, "hello");        /* earlier results are unchanged */
    GoString *all = call(s, "strings.(*Builder).String", a, r).p;
    assert_memory_equal(rt_strptr(all), "hello,\xe2\x98\xba" "0123", 13);
    call(s, "strings.(*Builder).Reset", a, r);
    assert_int_equal(call(s, "strings.(*Builder).Len", a, r).i, 0);
}

static void test_strconv_format_quote_parse_float(void **state)
{
    Sim *s = *state;
    Value a[4], r[2];
    a[0] = (Value){.i = -255}, a[1] = (Value){.i = 16};
    assert_gostr(call(s, "strconv.FormatInt", a, r), "-ff");
    a[0] = (Value){.u = 255}, a[1] = (Value){.i = 2};
    assert_gostr(call(s, "strconv.FormatUint", a, r), "11111111");
    a[0] = (Value){.i = INT64_MIN}, a[1] = (Value){.i = 10};
    assert_gostr(call(s, "strconv.FormatInt", a, r), "-9223372036854775808");
    a[0] = (Value){.f = 3.0}, a[1] = (Value){.u = 'f'}, a[2] = (Value){.i = -1}, a[3] = (Value){.i = 64};
    assert_gostr(call(s, "strconv.FormatFloat", a, r), "3");
    a[0] = (Value){.f = 1.0 / 3}, a[1] = (Value){.u = 'e'}, a[2] = (Value){.i = 3};
    assert_gostr(call(s, "strconv.FormatFloat", a, r), "3.333e-01");
    a[0] = str(s, "Hello, 世界\n");
    assert_gostr(call(s, "strconv.Quote", a, r), "\"Hello, 世界\\n\"");
    assert_gostr(call(s, "strconv.QuoteToASCII", a, r), "\"Hello, \\u4e16\\u754c\\n\"");
    a[0] = (Value){.i = 0x263a};
    assert_gostr(call(s, "strconv.QuoteRune", a, r), "'☺'");
    static const struct { const char *in; double v; int code; } pf[] = {
        {"1_000", 1000, 0}, {"1e", 0, 1}, {".5", 0.5, 0}, {"+.5e3", 500, 0}, {"Inf", INFINITY, 0},
        {"-infinity", -INFINITY, 0}, {"1e400", INFINITY, 2}, {"1e-400", 0, 0}, {" 1", 0, 1},
        {"0x10", 0, 1}, {"0x1p4", 16, 0}, {"", 0, 1}, {"+", 0, 1}, {".", 0, 1}, {"+nan", 0, 1},
    };
    for (size_t i = 0; i < sizeof pf / sizeof pf[0]; i++) {
        a[0] = str(s, pf[i].in), a[1] = (Value){.i = 64};
        call(s, "strconv.parseFloat", a, r);
        assert_int_equal(r[1].i, pf[i].code);
        if (pf[i].code != 1)
            assert_true(r[0].f == pf[i].v);
    }
    a[0] = str(s, "nAn"), a[1] = (Value){.i = 64};
    call(s, "strconv.parseFloat", a, r);
    assert_true(isnan(r[0].f));
    a[0] = str(s, "1e39"), a[1] = (Value){.i = 32};
    call(s, "strconv.parseFloat", a, r);
    assert_int_equal(r[1].i, 2);
}

static void test_sort_natives(void **state)
{
    Sim *s = *state;
    TypeTable *tt = &s->types;
    int64_t iv[] = {5, 2, 6, 3, 1, 4};
    GoSlice *ints = rt_make_slice(s, tt->t_int, 6, 6);
    for (int i = 0; i < 6; i++)
        rt_selem(ints, i)->i = iv[i];
    Value a[3] = {{.p = ints}}, r[1];
    call(s, "sort.Ints", a, r);
    for (int i = 0; i < 6; i++)
        assert_int_equal(rt_selem(ints, i)->i, i + 1);
    const char *sv[] = {"peach", "banana", "kiwi"};
    GoSlice *strs = rt_make_slice(s, tt->t_string, 3, 3);
    for (int i = 0; i < 3; i++)
        rt_selem(strs, i)->p = rt_cstring(s, sv[i]);
    a[0].p = strs;
    call(s, "sort.Strings", a, r);
    assert_strs(a[0], "banana|kiwi|peach");
    double fv[] = {3, NAN, -1, 2};
    GoSlice *fl = rt_make_slice(s, tt->t_float64, 4, 4);
    for (int i = 0; i < 4; i++)
        rt_selem(fl, i)->f = fv[i];
    a[0].p = fl;
    call(s, "sort.Float64s", a, r);
    assert_true(isnan(rt_selem(fl, 0)->f));       /* NaNs first, as Go */
    assert_true(rt_selem(fl, 1)->f == -1 && rt_selem(fl, 3)->f == 3);
    a[0].p = rt_box(s, types_slice(tt, tt->t_string), (Value){.p = strs});
    assert_int_equal(call(s, "sort.lenAny", a, r).i, 3);
    a[1].i = 0, a[2].i = 2;
    call(s, "sort.swapAny", a, r);
    assert_strs((Value){.p = strs}, "peach|kiwi|banana");
}

static void test_math_special_cases_as_go(void **state)
{
    Sim *s = *state;
    Value a[2], r[2];
    a[0].f = NAN, a[1].f = INFINITY;
    assert_true(isinf(call(s, "math.Max", a, r).f));
    assert_true(isnan(call(s, "math.Min", a, r).f));
    a[0].f = 0.0, a[1].f = -0.0;
    assert_false(signbit(call(s, "math.Max", a, r).f));
    assert_true(signbit(call(s, "math.Min", a, r).f));
    a[0].f = -2.5;
    assert_true(call(s, "math.Round", a, r).f == -3);
    assert_true(call(s, "math.RoundToEven", a, r).f == -2);
    a[0].f = 2;
    assert_true(call(s, "math.Sqrt", a, r).f == sqrt(2));
}

static void test_unicode_and_utf8_natives(void **state)
{
    Sim *s = *state;
    Value a[2], r[2];
    a[0] = str(s, "Hello, 世界\xff");
    assert_int_equal(call(s, "unicode/utf8.RuneCountInString", a, r).i, 10);
    assert_int_equal(call(s, "unicode/utf8.ValidString", a, r).i, 0);
    a[0] = str(s, "世界");
    call(s, "unicode/utf8.DecodeRuneInString", a, r);
    assert_int_equal(r[0].i, 0x4e16);
    assert_int_equal(r[1].i, 3);
    a[0] = str(s, "");
    call(s, "unicode/utf8.DecodeRuneInString", a, r);
    assert_int_equal(r[0].i, 0xFFFD);
    assert_int_equal(r[1].i, 0);
    a[0].i = 'G';
    assert_int_equal(call(s, "unicode.IsUpper", a, r).i, 1);
    assert_int_equal(call(s, "unicode.ToLower", a, r).i, 'g');
    a[0].i = 0x2028;
    assert_int_equal(call(s, "unicode.IsSpace", a, r).i, 1);
    a[0].i = '5';
    assert_int_equal(call(s, "unicode.IsDigit", a, r).i, 1);
    assert_int_equal(call(s, "unicode.IsLetter", a, r).i, 0);
}

static void test_errors_as_target_checks(void **state)
{
    Sim *s = *state;
    TypeTable *tt = &s->types;
    Value a[2], r[1];
    a[0].p = rt_box(s, tt->t_int, (Value){.i = 1});
    assert_int_equal(call(s, "errors.asTargetKind", a, r).i, 1);
    Box *b = rt_alloc(s, sizeof(Box), OBJ_BOX);
    a[0].p = rt_box(s, types_pointer(tt, tt->t_int), (Value){.p = &b->v});
    assert_int_equal(call(s, "errors.asTargetKind", a, r).i, 2);
    a[0].p = rt_box(s, types_pointer(tt, tt->t_error), (Value){.p = &b->v});
    assert_int_equal(call(s, "errors.asTargetKind", a, r).i, 0);
    a[0].p = rt_box(s, tt->t_string, (Value){.p = rt_cstring(s, "x")});
    assert_int_equal(call(s, "errors.comparable", a, r).i, 1);
    a[0].p = rt_box(s, types_slice(tt, tt->t_int), (Value){.p = NULL});
    assert_int_equal(call(s, "errors.comparable", a, r).i, 0);
}

/* Qualified native name of a bodiless "func ..." line, or false if the line
 * has a body.  "func (b *Builder) Len() int" in strings -> strings.(*Builder).Len */
static bool native_name(const char *pkg, const char *line, size_t n, char *out, size_t outlen)
{
    if (memchr(line, '{', n))
        return false;
    const char *p = line + 5, *end = line + n;
    char recv[64] = "";
    if (*p == '(') {
        const char *close = memchr(p, ')', (size_t)(end - p));
        const char *sp = memchr(p, ' ', (size_t)(close - p));
        const char *t = sp ? sp + 1 : p + 1;
        if (*t == '*')
            snprintf(recv, sizeof recv, "(*%.*s).", (int)(close - t - 1), t + 1);
        else
            snprintf(recv, sizeof recv, "%.*s.", (int)(close - t), t);
        p = close + 2;
    }
    const char *paren = memchr(p, '(', (size_t)(end - p));
    snprintf(out, outlen, "%s.%s%.*s", pkg, recv, (int)(paren - p), p);
    return true;
}

static void test_every_bodiless_lib_function_has_a_native(void **state)
{
    int checked = 0;
    for (int i = 0; gocafe_lib_sources[i].path; i++) {
        const char *src = gocafe_lib_sources[i].src;
        for (const char *l = src; *l;) {
            const char *nl = strchr(l, '\n');
            size_t n = nl ? (size_t)(nl - l) : strlen(l);
            char name[160];
            if (n > 5 && strncmp(l, "func ", 5) == 0 &&
                native_name(gocafe_lib_sources[i].path, l, n, name, sizeof name)) {
                if (!native_lookup(name))
                    print_message("no native for %s\n", name);
                assert_non_null(native_lookup(name));
                checked++;
            }
            l = nl ? nl + 1 : l + n;
        }
    }
    assert_true(checked > 50);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_strings_search, setup, teardown),
        cmocka_unit_test_setup_teardown(test_strings_split_fields_join, setup, teardown),
        cmocka_unit_test_setup_teardown(test_strings_replace_case_trim_repeat, setup, teardown),
        cmocka_unit_test_setup_teardown(test_builder_appends_and_shares_bytes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_strconv_format_quote_parse_float, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sort_natives, setup, teardown),
        cmocka_unit_test_setup_teardown(test_math_special_cases_as_go, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unicode_and_utf8_natives, setup, teardown),
        cmocka_unit_test_setup_teardown(test_errors_as_target_checks, setup, teardown),
        cmocka_unit_test(test_every_bodiless_lib_function_has_a_native),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
