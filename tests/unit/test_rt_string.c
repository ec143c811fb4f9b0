/* test_rt_string.c - strings as a Go user sees them: "" is NULL, substrings
 * share bytes, comparison is bytewise, UTF-8 decodes exactly as Go's
 * (invalid bytes -> U+FFFD width 1, surrogates and overlongs invalid). */
#include "test_rt_fixture.h"

static void test_empty_string_is_null_and_safe(void **state)
{
    Fixture *f = *state;
    assert_null(rt_cstring(&f->s, ""));
    assert_int_equal(rt_strlen(NULL), 0);
    assert_string_equal(rt_strptr(NULL), "");
    GoString *a = rt_cstring(&f->s, "go");
    assert_ptr_equal(rt_concat(&f->s, NULL, a), a);
    assert_ptr_equal(rt_concat(&f->s, a, NULL), a);
    assert_true(rt_streq(NULL, rt_substr(&f->s, a, 1, 1)));
}

static void test_concat_and_compare(void **state)
{
    Fixture *f = *state;
    GoString *ab = rt_concat(&f->s, rt_cstring(&f->s, "ab"), rt_cstring(&f->s, "c"));
    assert_int_equal(rt_strlen(ab), 3);
    assert_string_equal(ab->data, "abc");
    assert_true(rt_strcmp(rt_cstring(&f->s, "ab"), ab) < 0);       /* prefix sorts first */
    assert_true(rt_strcmp(ab, rt_cstring(&f->s, "abd")) < 0);
    assert_true(rt_strcmp(rt_cstring(&f->s, "\xff"), rt_cstring(&f->s, "a")) > 0); /* bytes unsigned */
    assert_int_equal(rt_strcmp(NULL, NULL), 0);
    assert_true(rt_strcmp(NULL, ab) < 0);
}

static void test_substring_shares_bytes(void **state)
{
    Fixture *f = *state;
    GoString *s = rt_cstring(&f->s, "hello, world");
    GoString *w = rt_substr(&f->s, s, 7, 12);
    assert_ptr_equal(w->ptr, s->ptr + 7);
    assert_int_equal(rt_strlen(w), 5);
    assert_true(rt_streq(w, rt_cstring(&f->s, "world")));
    assert_ptr_equal(rt_substr(&f->s, s, 0, 12), s);
}

static int32_t dec(const char *p, int64_t n, int *w) { return rt_decode_rune(p, n, w); }

static void test_decode_valid_utf8(void **state)
{
    (void)state;
    int w;
    assert_int_equal(dec("a", 1, &w), 'a');
    assert_int_equal(w, 1);
    assert_int_equal(dec("\xc3\xa9", 2, &w), 0xE9);
    assert_int_equal(w, 2);
    assert_int_equal(dec("\xe4\xb8\x96", 3, &w), 0x4E16);
    assert_int_equal(w, 3);
    assert_int_equal(dec("\xf0\x9f\x98\x80", 4, &w), 0x1F600);
    assert_int_equal(w, 4);
    assert_int_equal(dec("\xf4\x8f\xbf\xbf", 4, &w), 0x10FFFF);
    assert_int_equal(w, 4);
}

static void test_decode_invalid_gives_fffd_width_1(void **state)
{
    (void)state;
    int w;
    const char *bad[] = {
        "\xff", "\x80", "\xc0\x80", "\xc1\xbf",      /* stray, continuation, overlong */
        "\xe0\x80\x80", "\xed\xa0\x80",              /* overlong, surrogate U+D800 */
        "\xf0\x80\x80\x80", "\xf4\x90\x80\x80",      /* overlong, > U+10FFFF */
        "\xf5\x80\x80\x80", "\xe4\xb8",              /* bad lead, truncated */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(dec(bad[i], (int64_t)strlen(bad[i]), &w), 0xFFFD);
        assert_int_equal(w, 1);
    }
    assert_int_equal(dec("", 0, &w), 0xFFFD);
    assert_int_equal(w, 0);
}

static void test_encode_rune(void **state)
{
    (void)state;
    char b[4];
    assert_int_equal(rt_encode_rune(b, 0x1F600), 4);
    assert_memory_equal(b, "\xf0\x9f\x98\x80", 4);
    assert_int_equal(rt_encode_rune(b, 0xD800), 3);     /* surrogate -> U+FFFD */
    assert_memory_equal(b, "\xef\xbf\xbd", 3);
    assert_int_equal(rt_encode_rune(b, -1), 3);
    assert_int_equal(rt_encode_rune(b, 0x110000), 3);
}

static void test_runes_from_invalid_string(void **state)
{
    /* []rune("\xff\xed\xa0\x80a") is [65533 65533 65533 65533 97] in Go */
    Fixture *f = *state;
    GoString *s = rt_string(&f->s, "\xff\xed\xa0\x80" "a", 5);
    assert_int_equal(rt_rune_count(s), 5);
    GoSlice *r = rt_string_to_runes(&f->s, s);
    int64_t want[] = {0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 'a'};
    assert_int_equal(rt_slen(r), 5);
    for (int i = 0; i < 5; i++) assert_int_equal(rt_selem(r, i)->i, want[i]);
    GoString *back = rt_runes_to_string(&f->s, r);
    assert_int_equal(rt_strlen(back), 13);
}

static void test_bytes_conversions_round_trip(void **state)
{
    Fixture *f = *state;
    GoString *s = rt_string(&f->s, "\xff" "a", 2);
    GoSlice *b = rt_string_to_bytes(&f->s, s);
    assert_int_equal(rt_slen(b), 2);
    assert_int_equal(rt_scap(b), 8);                       /* size class of 2 bytes */
    assert_int_equal(rt_selem(b, 0)->i, 255);
    rt_selem(b, 1)->i = 'b';                               /* the string is not affected */
    assert_int_equal(s->ptr[1], 'a');
    GoString *t = rt_bytes_to_string(&f->s, b);
    assert_memory_equal(t->ptr, "\xff" "b", 2);
    assert_non_null(rt_string_to_bytes(&f->s, NULL));      /* []byte("") is empty, not nil */
}

static void test_string_of_rune(void **state)
{
    Fixture *f = *state;
    assert_true(rt_streq(rt_rune_to_string(&f->s, 0x4E16), rt_cstring(&f->s, "\xe4\xb8\x96")));
    assert_true(rt_streq(rt_rune_to_string(&f->s, 0xD800), rt_cstring(&f->s, "\xef\xbf\xbd")));
    assert_true(rt_streq(rt_rune_to_string(&f->s, -5), rt_cstring(&f->s, "\xef\xbf\xbd")));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_empty_string_is_null_and_safe, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_concat_and_compare, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_substring_shares_bytes, fx_setup, fx_teardown),
        cmocka_unit_test(test_decode_valid_utf8),
        cmocka_unit_test(test_decode_invalid_gives_fffd_width_1),
        cmocka_unit_test(test_encode_rune),
        cmocka_unit_test_setup_teardown(test_runes_from_invalid_string, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_bytes_conversions_round_trip, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_string_of_rune, fx_setup, fx_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
