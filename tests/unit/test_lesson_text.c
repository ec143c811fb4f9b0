/* test_lesson_text.c - the narrative pane's layout (ui/lesson_text.c): what a
 * learner reads beside the panes, at a given width. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "../../ui/view_text.c"
#include "../../ui/lesson_text.c"

typedef struct Rows {
    char text[64][128];
    char style[64][128];   /* one letter per byte: n normal, s string, t title, ... */
    int n;
} Rows;

static void collect(void *ud, int row, const char *s, const uint8_t *st, size_t n)
{
    Rows *r = ud;
    assert_int_equal(row, r->n);   /* rows come in order, none skipped */
    if (r->n >= 64) return;
    snprintf(r->text[r->n], sizeof r->text[0], "%.*s", (int)n, s);
    static const char letters[] = "ndbtufgkzolrwyscmae";   /* by Style, view.h */
    for (size_t i = 0; i < n && i < 127; i++) r->style[r->n][i] = letters[st[i] % (sizeof letters - 1)];
    r->n++;
}

static Rows *layout(const char *text, int w)
{
    Rows *r = calloc(1, sizeof *r);
    int n = text_layout(text, strlen(text), w, collect, r);
    assert_int_equal(n, r->n);
    assert_int_equal(text_layout(text, strlen(text), w, NULL, NULL), n);   /* counting agrees */
    return r;
}

/* A Markdown paragraph written over three short lines reads as one, wrapped
 * at spaces to the pane's width. */
static void test_reflow(void **state)
{
    Rows *r = layout("The barista\nmust look up\nto notice.\n", 20);
    assert_int_equal(r->n, 2);
    assert_string_equal(r->text[0], "The barista must ");
    assert_string_equal(r->text[1], "look up to notice.");
    free(r);
}

/* Markers disappear and become styles; headings lose their #s. */
static void test_markup(void **state)
{
    Rows *r = layout("# Leaks\n\nCall `cancel()` **always**.\n\nShe *looks up*; 2 * 3 = 6.\n", 40);
    assert_int_equal(r->n, 5);
    assert_string_equal(r->text[4], "She looks up; 2 * 3 = 6.");
    assert_int_equal(r->style[4][4], 't');
    assert_int_equal(r->style[4][15], 'n');
    assert_string_equal(r->text[0], "Leaks");
    assert_int_equal(r->style[0][0], 't');
    assert_string_equal(r->text[1], "");
    assert_string_equal(r->text[2], "Call cancel() always.");
    assert_int_equal(r->style[2][0], 'n');
    assert_int_equal(r->style[2][5], 's');    /* cancel() in the code style */
    assert_int_equal(r->style[2][14], 't');   /* always in bold */
    free(r);
}

/* Code and output are kept line for line, never joined, a long line cut at
 * the width; the fences are hidden; many blank lines make one blank row. */
static void test_code_blocks(void **state)
{
    Rows *r = layout("Output:\n```\nlog: open\nlog: sold a latte that is long\n```\n\n\n\nAfter.\n"
                     "```go\nfunc f() {\n\tgo g()\n}\n```\n", 12);
    assert_int_equal(r->n, 10);
    assert_string_equal(r->text[1], "log: open");
    assert_string_equal(r->text[2], "log: sold a ");   /* cut at the width, */
    assert_string_equal(r->text[3], "latte that i");   /* not at a space */
    assert_string_equal(r->text[4], "s long");
    assert_string_equal(r->text[8], "    go g()");   /* tabs as the Source pane shows them */
    assert_string_equal(r->text[0], "Output:");
    assert_int_equal(r->style[1][0], 's');
    assert_string_equal(r->text[5], "");
    assert_string_equal(r->text[6], "After.");
    free(r);
}

/* The player's own lines stay on their rows, each in its colour; list items
 * start their own paragraphs. */
static void test_player_lines(void **state)
{
    Rows *r = layout("checkpoint holds: leaks 1\ncheckpoint does NOT hold: x\n[run until end]\n"
                     "Question: Who?\n  1. The sender\n  2. The receiver\n", 60);
    assert_int_equal(r->n, 6);
    assert_int_equal(r->style[0][0], 'r');   /* ST_READY */
    assert_string_equal(r->text[1], "checkpoint does NOT hold: x");
    assert_int_equal(r->style[2][0], 'd');   /* ST_DIM */
    assert_string_equal(r->text[4], "  1. The sender");
    assert_string_equal(r->text[5], "  2. The receiver");
    free(r);
}

/* Drawing clips to the pane and shows the rows asked for. */
static void test_draw_window(void **state)
{
    TextBuf tb;
    tb_init(&tb, 30, 3);
    int n = text_draw(&tb, 2, 0, 10, 2, "one\n\ntwo\n\nthree\n", 17, 2);
    assert_int_equal(n, 5);
    char row[64];
    tb_row_text(&tb, 0, true, row, sizeof row);
    assert_string_equal(row, "  two");
    tb_row_text(&tb, 1, true, row, sizeof row);
    assert_string_equal(row, "");
    tb_free(&tb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reflow),
        cmocka_unit_test(test_markup),
        cmocka_unit_test(test_code_blocks),
        cmocka_unit_test(test_player_lines),
        cmocka_unit_test(test_draw_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
