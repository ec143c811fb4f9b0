/* test_repl.c - the REPL engine: lines in, printed text out. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "../../ui/repl.c"

/* Feeds text (lines) to a fresh REPL; returns what it printed (malloc'd). */
static char *feed(const char *text)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    FILE *in = fmemopen((void *)text, strlen(text), "r");
    Repl *r = repl_new(out);
    repl_run_stream(r, in);
    repl_free(r);
    fclose(in);
    fclose(out);
    return buf;
}

static void test_channel_value(void **state)
{
    char *o = feed("ch := make(chan string, 1)\ngo func() { ch <- \"latte\" }()\nv := <-ch\nv\n");
    assert_string_equal(o, "v = latte (string)\n");
    free(o);
}

static void test_deadlock_survives(void **state)
{
    char *o = feed("<-make(chan int)\nfmt.Println(\"still here\")\n");
    assert_non_null(strstr(o, "main blocks here: all goroutines are asleep (deadlock)"));
    assert_non_null(strstr(o, "G1 main.main [chan receive]"));
    assert_non_null(strstr(o, "still here\n"));
    free(o);
}

static void test_compile_error_and_output(void **state)
{
    char *o = feed("x\nfmt.Println(\"a\")\nfmt.Println(\"b\")\nfor i := 0; i < 2; i++ {\n\tfmt.Println(i)\n}\n");
    assert_string_equal(o, "undefined: x\na\nb\n0\n1\n");
    free(o);
}

static void test_decl_and_commands(void **state)
{
    char *o = feed("func add(a, b int) int { return a + b }\nadd(2, 3)\nc := make(chan int, 2)\nc <- 7\n:channels\n:nope\n");
    assert_non_null(strstr(o, "add(2, 3) = 5 (int)\n"));
    assert_non_null(strstr(o, "c chan int len 1 cap 2 [7]"));
    assert_non_null(strstr(o, "unknown command :nope"));
    free(o);
}

static void test_incomplete(void **state)
{
    assert_true(repl_incomplete("for {"));
    assert_false(repl_incomplete("s := \"{\""));
    assert_false(repl_incomplete("f(1)"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_channel_value),
        cmocka_unit_test(test_deadlock_survives),
        cmocka_unit_test(test_compile_error_and_output),
        cmocka_unit_test(test_decl_and_commands),
        cmocka_unit_test(test_incomplete),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
