/* test_lex.c - the lexer: tokens, Go's semicolon rule, positions, and lexical
 * error texts (measured against go 1.19's gc: `go build`). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "lex.h"

/* Lexes src into a compact string: one "kind:text@line:col" per token,
 * errors as "!line:col:msg", separated by spaces. */
typedef struct Out { char buf[4096]; size_t n; } Out;

static void out_add(Out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(o->buf + o->n, sizeof o->buf - o->n, fmt, ap);
    va_end(ap);
    if (k > 0) o->n += (size_t)k;
    if (o->n >= sizeof o->buf) o->n = sizeof o->buf - 1;
}

static void on_error(void *ud, Pos pos, const char *msg)
{
    out_add(ud, "!%d:%d:%s ", pos.line, pos.col, msg);
}

static const char *lex_all(const char *src, int with_pos)
{
    static Out o;
    Lexer lx;
    memset(&o, 0, sizeof o);
    lex_init(&lx, src, strlen(src));
    lx.error = on_error;
    lx.ud = &o;
    for (int i = 0; i < 1000; i++) {
        Token t = lex_next(&lx);
        if (t.kind == TK_EOF) break;
        if (t.kind == TK_SEMICOLON)
            out_add(&o, "%s", t.len == 0 ? "EOF;" : t.text[0] == '\n' ? "NL;" : ";");
        else
            out_add(&o, "%.*s", t.len, t.text);
        if (t.bad) out_add(&o, "(bad)");
        if (with_pos) out_add(&o, "@%d:%d", t.pos.line, t.pos.col);
        out_add(&o, " ");
    }
    if (o.n && o.buf[o.n - 1] == ' ') o.buf[--o.n] = 0;
    return o.buf;
}

static TokKind first_kind(const char *src)
{
    Lexer lx;
    lex_init(&lx, src, strlen(src));
    return lex_next(&lx).kind;
}

/* ---- semicolon insertion ---- */

static void test_semicolon_after_ident_and_literals(void **state)
{
    assert_string_equal(lex_all("x\n1\n1.5\n'a'\n\"s\"\n`r`\n2i\n", 0),
                        "x NL; 1 NL; 1.5 NL; 'a' NL; \"s\" NL; `r` NL; 2i NL;");
}

static void test_semicolon_after_branch_keywords(void **state)
{
    assert_string_equal(lex_all("break\ncontinue\nfallthrough\nreturn\n", 0),
                        "break NL; continue NL; fallthrough NL; return NL;");
}

static void test_semicolon_after_closers_and_incdec(void **state)
{
    assert_string_equal(lex_all(")\n]\n}\nx++\nx--\n", 0),
                        ") NL; ] NL; } NL; x ++ NL; x -- NL;");
}

static void test_no_semicolon_after_operators_and_other_keywords(void **state)
{
    assert_string_equal(lex_all("x +\ny\nif\nfunc\n(\n{\n,\n", 0),
                        "x + y NL; if func ( { ,");
}

static void test_semicolon_at_eof_has_empty_text(void **state)
{
    assert_string_equal(lex_all("return x", 0), "return x EOF;");
    assert_string_equal(lex_all("x +", 0), "x +");
}

static void test_multiline_block_comment_acts_as_newline(void **state)
{
    assert_string_equal(lex_all("x /* a\nb */ y", 1), "x@1:1 NL;@1:3 y@2:6 EOF;@2:7");
    assert_string_equal(lex_all("x /* a b */ y", 0), "x y EOF;");
}

static void test_line_comment_then_newline_inserts_semicolon(void **state)
{
    assert_string_equal(lex_all("x // c\ny", 1), "x@1:1 NL;@1:7 y@2:1 EOF;@2:2");
}

static void test_explicit_semicolon_text(void **state)
{
    assert_string_equal(lex_all("a; b", 0), "a ; b EOF;");
}

/* ---- literals ---- */

static void test_int_literal_forms(void **state)
{
    assert_string_equal(lex_all("42 0x1F 0XaB 0o17 0O7 0b101 0B1 017 1_000 0x_FF 0", 0),
                        "42 0x1F 0XaB 0o17 0O7 0b101 0B1 017 1_000 0x_FF 0 EOF;");
    assert_int_equal(first_kind("0x1F"), TK_INT);
}

static void test_float_literal_forms(void **state)
{
    assert_string_equal(lex_all("1.5 .5 1. 1e10 1E-3 1.5e+2 0x1p-2 0x1.8p1 0X.8P0 1_0.2_5", 0),
                        "1.5 .5 1. 1e10 1E-3 1.5e+2 0x1p-2 0x1.8p1 0X.8P0 1_0.2_5 EOF;");
    assert_int_equal(first_kind(".5"), TK_FLOAT);
    assert_int_equal(first_kind("0x1p-2"), TK_FLOAT);
    assert_int_equal(first_kind("1e3"), TK_FLOAT);
}

static void test_imaginary_literals_are_lexed(void **state)
{
    assert_int_equal(first_kind("2i"), TK_IMAG);
    assert_int_equal(first_kind("1.5i"), TK_IMAG);
    assert_int_equal(first_kind("0x1p2i"), TK_IMAG);
}

static void test_rune_literals_with_escapes(void **state)
{
    assert_string_equal(lex_all("'a' '\\n' '\\'' '\\x41' '\\101' '\\u00e9' '\\U0001F600' 'é'", 0),
                        "'a' '\\n' '\\'' '\\x41' '\\101' '\\u00e9' '\\U0001F600' 'é' EOF;");
    assert_int_equal(first_kind("'a'"), TK_CHAR);
}

static void test_strings_interpreted_and_raw(void **state)
{
    assert_string_equal(lex_all("\"a\\tb\\\"c\" `raw\nline`", 1),
                        "\"a\\tb\\\"c\"@1:1 `raw\nline`@1:11 EOF;@2:6");
    assert_int_equal(first_kind("`x`"), TK_STRING);
}

static void test_ellipsis_and_period(void **state)
{
    assert_string_equal(lex_all("a... .. .", 0), "a ... . . .");
}

static void test_all_operators_longest_match(void **state)
{
    assert_string_equal(lex_all("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= "
                                "&& || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :", 0),
                        "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= "
                        "&& || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :");
    assert_int_equal(first_kind("&^="), TK_AND_NOT_ASSIGN);
    assert_int_equal(first_kind("<-"), TK_ARROW);
    assert_int_equal(first_kind("~"), TK_TILDE);
}

static void test_keywords_and_identifiers(void **state)
{
    assert_int_equal(first_kind("func"), TK_FUNC);
    assert_int_equal(first_kind("fallthrough"), TK_FALLTHROUGH);
    assert_int_equal(first_kind("funcs"), TK_IDENT);
    assert_int_equal(first_kind("_"), TK_IDENT);
    assert_int_equal(first_kind("interface"), TK_INTERFACE);
}

static void test_unicode_identifiers(void **state)
{
    assert_string_equal(lex_all("café := 日本語; αβ", 1), "café@1:1 :=@1:7 日本語@1:10 ;@1:19 αβ@1:21 EOF;@1:25");
    assert_int_equal(first_kind("日本"), TK_IDENT);
}

/* ---- positions ---- */

static void test_positions_are_byte_columns(void **state)
{
    assert_string_equal(lex_all("\tx = \"é\" + y\n  z", 1),
                        "x@1:2 =@1:4 \"é\"@1:6 +@1:11 y@1:13 NL;@1:14 z@2:3 EOF;@2:4");
}

static void test_leading_bom_is_skipped(void **state)
{
    assert_string_equal(lex_all("\xEF\xBB\xBFpackage", 1), "package@1:4");
}

static void test_crlf_line_endings(void **state)
{
    assert_string_equal(lex_all("a\r\nb", 1), "a@1:1 NL;@1:3 b@2:1 EOF;@2:2");
}

/* ---- lexical errors (texts and columns measured with go build, go 1.19) ---- */

static void test_error_invalid_character(void **state)
{
    /* x := 1 @ 2  ->  ./prog.go:4:9: invalid character U+0040 '@' */
    assert_string_equal(lex_all("x := 1 @ 2", 1), "x@1:1 :=@1:3 1@1:6 !1:8:invalid character U+0040 '@' 2@1:10 EOF;@1:11");
}

static void test_error_invalid_character_in_identifier(void **state)
{
    /* x := 1 € 2 -> invalid character U+20AC '€' in identifier */
    assert_string_equal(lex_all("€", 0), "!1:1:invalid character U+20AC '€' in identifier € EOF;");
}

static void test_error_identifier_cannot_begin_with_digit(void **state)
{
    assert_string_equal(lex_all("١٢", 0), "!1:1:identifier cannot begin with digit U+0661 '١' ١٢ EOF;");
}

static void test_error_newline_in_string(void **state)
{
    /* x := "abc<newline>  ->  4:10: newline in string (at the newline) */
    assert_string_equal(lex_all("x := \"abc\n", 0), "x := !1:10:newline in string \"abc(bad) NL;");
}

static void test_error_string_not_terminated(void **state)
{
    /* at the opening quote: x := `abc<EOF> -> 4:7: string not terminated */
    assert_string_equal(lex_all("x := `abc", 0), "x := !1:6:string not terminated `abc(bad) EOF;");
    assert_string_equal(lex_all("\"abc", 0), "!1:1:string not terminated \"abc(bad) EOF;");
}

static void test_error_rune_literal_not_terminated(void **state)
{
    assert_string_equal(lex_all("x := 'a", 0), "x := !1:6:rune literal not terminated 'a(bad) EOF;");
}

static void test_error_rune_literal_bad_lengths(void **state)
{
    assert_string_equal(lex_all("''", 0), "!1:2:empty rune literal or unescaped ' ''(bad) EOF;");
    assert_string_equal(lex_all("'ab'", 0), "!1:1:more than one character in rune literal 'ab'(bad) EOF;");
    assert_string_equal(lex_all("'\n", 0), "!1:2:newline in rune literal '(bad) NL;");
}

static void test_error_escapes(void **state)
{
    assert_string_equal(lex_all("\"a\\qb\"", 0), "!1:4:unknown escape \"a\\qb\"(bad) EOF;");
    assert_string_equal(lex_all("\"\\xg0\"", 0), "!1:4:invalid character 'g' in hexadecimal escape \"\\xg0\"(bad) EOF;");
    assert_string_equal(lex_all("\"\\400\"", 0), "!1:6:octal escape value 256 > 255 \"\\400\"(bad) EOF;");
    assert_string_equal(lex_all("\"\\uD800\"", 0),
                        "!1:8:escape is invalid Unicode code point U+D800 \"\\uD800\"(bad) EOF;");
    assert_string_equal(lex_all("'\\8'", 0), "!1:3:unknown escape '\\8'(bad) EOF;");
}

static void test_error_number_literals(void **state)
{
    assert_string_equal(lex_all("0128", 0), "!1:4:invalid digit '8' in octal literal 0128(bad) EOF;");
    assert_string_equal(lex_all("1__2", 0), "!1:3:'_' must separate successive digits 1__2(bad) EOF;");
    assert_string_equal(lex_all("0x1.5", 0), "!1:6:hexadecimal mantissa requires a 'p' exponent 0x1.5(bad) EOF;");
    assert_string_equal(lex_all("1e+", 0), "!1:4:exponent has no digits 1e+(bad) EOF;");
    assert_string_equal(lex_all("0x", 0), "!1:3:hexadecimal literal has no digits 0x(bad) EOF;");
    assert_string_equal(lex_all("0b1.0", 0), "!1:4:invalid radix point in binary literal 0b1.0(bad) EOF;");
    assert_string_equal(lex_all("0x1e2p3", 0), "0x1e2p3 EOF;");
    assert_string_equal(lex_all("0o7e1", 0), "!1:4:'e' exponent requires decimal mantissa 0o7e1(bad) EOF;");
    assert_string_equal(lex_all("1p3", 0), "!1:2:'p' exponent requires hexadecimal mantissa 1p3(bad) EOF;");
}

/* gc skips the bad character but keeps it in the token's text ("malformed
 * constant" later, as gc's type checker says). */
static void test_error_nul_utf8_and_bom(void **state)
{
    static const char nul[] = { 'a', 0, 'b', 0 };
    Lexer lx;
    static Out buf;
    memset(&buf, 0, sizeof buf);
    lex_init(&lx, nul, 3);
    lx.error = on_error;
    lx.ud = &buf;
    Token t = lex_next(&lx);
    assert_int_equal(t.kind, TK_IDENT);
    assert_string_equal(buf.buf, "!1:2:invalid NUL character ");
    assert_string_equal(lex_all("\"a\xff\"", 0), "!1:3:invalid UTF-8 encoding \"a\xff\" EOF;");
    assert_string_equal(lex_all("x\xEF\xBB\xBF", 0), "!1:2:invalid BOM in the middle of the file x\xEF\xBB\xBF EOF;");
}

static void test_error_comment_not_terminated(void **state)
{
    assert_string_equal(lex_all("x /* abc", 0), "x !1:3:comment not terminated EOF;");
}

static void test_tok_str_names(void **state)
{
    assert_string_equal(tok_str(TK_IDENT), "name");
    assert_string_equal(tok_str(TK_STRING), "literal");
    assert_string_equal(tok_str(TK_AND_NOT_ASSIGN), "&^=");
    assert_string_equal(tok_str(TK_FUNC), "func");
    assert_string_equal(tok_str(TK_EOF), "EOF");
}

static void test_garbage_input_terminates(void **state)
{
    char src[4096];
    unsigned x = 12345;
    for (size_t i = 0; i < sizeof src; i++) {
        x = x * 1103515245 + 12345;
        src[i] = (char)(x >> 16);
    }
    Lexer lx;
    lex_init(&lx, src, sizeof src);
    int n = 0;
    while (lex_next(&lx).kind != TK_EOF) assert_true(++n < 10000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_semicolon_after_ident_and_literals),
        cmocka_unit_test(test_semicolon_after_branch_keywords),
        cmocka_unit_test(test_semicolon_after_closers_and_incdec),
        cmocka_unit_test(test_no_semicolon_after_operators_and_other_keywords),
        cmocka_unit_test(test_semicolon_at_eof_has_empty_text),
        cmocka_unit_test(test_multiline_block_comment_acts_as_newline),
        cmocka_unit_test(test_line_comment_then_newline_inserts_semicolon),
        cmocka_unit_test(test_explicit_semicolon_text),
        cmocka_unit_test(test_int_literal_forms),
        cmocka_unit_test(test_float_literal_forms),
        cmocka_unit_test(test_imaginary_literals_are_lexed),
        cmocka_unit_test(test_rune_literals_with_escapes),
        cmocka_unit_test(test_strings_interpreted_and_raw),
        cmocka_unit_test(test_ellipsis_and_period),
        cmocka_unit_test(test_all_operators_longest_match),
        cmocka_unit_test(test_keywords_and_identifiers),
        cmocka_unit_test(test_unicode_identifiers),
        cmocka_unit_test(test_positions_are_byte_columns),
        cmocka_unit_test(test_leading_bom_is_skipped),
        cmocka_unit_test(test_crlf_line_endings),
        cmocka_unit_test(test_error_invalid_character),
        cmocka_unit_test(test_error_invalid_character_in_identifier),
        cmocka_unit_test(test_error_identifier_cannot_begin_with_digit),
        cmocka_unit_test(test_error_newline_in_string),
        cmocka_unit_test(test_error_string_not_terminated),
        cmocka_unit_test(test_error_rune_literal_not_terminated),
        cmocka_unit_test(test_error_rune_literal_bad_lengths),
        cmocka_unit_test(test_error_escapes),
        cmocka_unit_test(test_error_number_literals),
        cmocka_unit_test(test_error_nul_utf8_and_bom),
        cmocka_unit_test(test_error_comment_not_terminated),
        cmocka_unit_test(test_tok_str_names),
        cmocka_unit_test(test_garbage_input_terminates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
