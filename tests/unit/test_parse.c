/* test_parse.c - the parser: the AST of every statement and declaration kind
 * (via ast_dump), gc's syntax error texts and positions (each expectation below
 * was produced by `go build` of go 1.19 on the same source, then reworded as
 * current Go words it: see err_cases), the go command's
 * header errors, and pathological inputs (deep nesting, garbage) that must not
 * crash, hang or recurse without bound. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "parse.h"

/* ---- helpers ---- */

typedef struct Parsed {
    Arena a;
    Diags d;
    Node *file;
} Parsed;

static Parsed *parse_src(const char *src, size_t len)
{
    Parsed *p = calloc(1, sizeof *p);
    arena_init(&p->a);
    diags_init(&p->d, "prog.go");
    p->file = parse_file(&p->a, src, len, &p->d);
    return p;
}

static void parsed_free(Parsed *p)
{
    diags_free(&p->d);
    arena_free(&p->a);
    free(p);
}

/* Diagnostics as go build prints them, minus "# command-line-arguments" and
 * the "./prog.go:" prefix: "L:C: msg\n" each. */
static char *diag_text(Parsed *p)
{
    char *buf = NULL;
    size_t n = 0;
    if (p->d.n == 0) return calloc(1, 1);   /* (diags_print qsorts NULL then: UB) */
    FILE *f = open_memstream(&buf, &n);
    diags_print(&p->d, f);
    fclose(f);
    char *out = calloc(1, n + 1), *o = out;
    for (char *line = buf; line && *line;) {
        char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line + 1) : strlen(line);
        if (strncmp(line, "./prog.go:", 10) == 0) {
            memcpy(o, line + 10, len - 10);
            o += len - 10;
        }
        line += len;
    }
    free(buf);
    return out;
}

static char *errors_of(const char *src)
{
    Parsed *p = parse_src(src, strlen(src));
    char *t = diag_text(p);
    parsed_free(p);
    return t;
}

/* The dump of the statements of the first function's body. */
static char *body_dump(const char *stmts)
{
    char src[4096];
    snprintf(src, sizeof src, "package p\n\nfunc f() {\n%s\n}\n", stmts);
    Parsed *p = parse_src(src, strlen(src));
    char *errs = diag_text(p);
    if (errs[0]) fprintf(stderr, "unexpected errors:\n%s", errs);
    assert_string_equal(errs, "");
    free(errs);
    Node *fn = p->file->list2[0];
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    for (int i = 0; i < fn->z->nlist; i++) ast_dump(fn->z->list[i], f);
    fclose(f);
    parsed_free(p);
    return out;
}

/* The dump of the top-level declarations of a file. */
static char *decl_dump(const char *src)
{
    Parsed *p = parse_src(src, strlen(src));
    char *errs = diag_text(p);
    if (errs[0]) fprintf(stderr, "unexpected errors:\n%s", errs);
    assert_string_equal(errs, "");
    free(errs);
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    for (int i = 0; i < p->file->nlist; i++) ast_dump(p->file->list[i], f);
    for (int i = 0; i < p->file->nlist2; i++) ast_dump(p->file->list2[i], f);
    fclose(f);
    parsed_free(p);
    return out;
}

#define CHECK_STR(got_expr, want) do { \
        char *got_ = (got_expr); \
        if (strcmp(got_, (want)) != 0) fprintf(stderr, "got:\n%s\nwant:\n%s\n", got_, (want)); \
        assert_string_equal(got_, (want)); \
        free(got_); \
    } while (0)

/* ---- the AST of every statement and declaration kind ---- */
static void test_ast_assign_define_and_ops(void **state)
{
    CHECK_STR(body_dump("x := 1\nx, y = y, x\nx += 2\nx <<= 1\nx &^= y"),
        "ASSIGN op=:= @4:1\n"
        "  list: IDENT x @4:1\n"
        "  list2: BASICLIT INT 1 @4:6\n"
        "ASSIGN op== @5:1\n"
        "  list: IDENT x @5:1\n"
        "  list: IDENT y @5:4\n"
        "  list2: IDENT y @5:8\n"
        "  list2: IDENT x @5:11\n"
        "ASSIGN op=+= @6:1\n"
        "  list: IDENT x @6:1\n"
        "  list2: BASICLIT INT 2 @6:6\n"
        "ASSIGN op=<<= @7:1\n"
        "  list: IDENT x @7:1\n"
        "  list2: BASICLIT INT 1 @7:7\n"
        "ASSIGN op=&^= @8:1\n"
        "  list: IDENT x @8:1\n"
        "  list2: IDENT y @8:7\n"
        "");
}
static void test_ast_incdec_send_recv(void **state)
{
    CHECK_STR(body_dump("x++\ny--\nch <- v\n<-ch\nv, ok := <-ch"),
        "INCDEC op=++ @4:1\n"
        "  x: IDENT x @4:1\n"
        "INCDEC op=-- @5:1\n"
        "  x: IDENT y @5:1\n"
        "SEND @6:1\n"
        "  x: IDENT ch @6:1\n"
        "  y: IDENT v @6:7\n"
        "EXPRSTMT @7:1\n"
        "  x: UNARY op=<- @7:1\n"
        "    x: IDENT ch @7:3\n"
        "ASSIGN op=:= @8:1\n"
        "  list: IDENT v @8:1\n"
        "  list: IDENT ok @8:4\n"
        "  list2: UNARY op=<- @8:10\n"
        "    x: IDENT ch @8:12\n"
        "");
}
static void test_ast_expr_stmt_call_with_ellipsis(void **state)
{
    CHECK_STR(body_dump("f(a, b...)\ng()"),
        "EXPRSTMT @4:1\n"
        "  x: CALL ... @4:1\n"
        "    x: IDENT f @4:1\n"
        "    list: IDENT a @4:3\n"
        "    list: IDENT b @4:6\n"
        "EXPRSTMT @5:1\n"
        "  x: CALL @5:1\n"
        "    x: IDENT g @5:1\n"
        "");
}
static void test_ast_go_and_defer(void **state)
{
    CHECK_STR(body_dump("go f(1)\ndefer func() {}()"),
        "GO @4:1\n"
        "  x: CALL @4:4\n"
        "    x: IDENT f @4:4\n"
        "    list: BASICLIT INT 1 @4:6\n"
        "DEFER @5:1\n"
        "  x: CALL @5:7\n"
        "    x: FUNCLIT @5:7\n"
        "      x: FUNCTYPE @5:7\n"
        "      y: BLOCK @5:14\n"
        "");
}
static void test_ast_return_forms(void **state)
{
    CHECK_STR(body_dump("return\nreturn 1, err"),
        "RETURN @4:1\n"
        "RETURN @5:1\n"
        "  list: BASICLIT INT 1 @5:8\n"
        "  list: IDENT err @5:11\n"
        "");
}
static void test_ast_branch_statements_and_labels(void **state)
{
    CHECK_STR(body_dump("L:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t\tgoto L\n\t}\nfor {\n\tbreak\n\tcontinue\n}"),
        "LABELED L @4:1\n"
        "  x: FOR @5:2\n"
        "    w: BLOCK @5:6\n"
        "      list: BRANCH L op=break @6:3\n"
        "      list: BRANCH L op=continue @7:3\n"
        "      list: BRANCH L op=goto @8:3\n"
        "FOR @10:1\n"
        "  w: BLOCK @10:5\n"
        "    list: BRANCH op=break @11:2\n"
        "    list: BRANCH op=continue @12:2\n"
        "");
}
static void test_ast_label_before_closing_brace_is_empty_stmt(void **state)
{
    CHECK_STR(body_dump("{\n\tgoto L\nL:\n}"),
        "BLOCK @4:1\n"
        "  list: BRANCH L op=goto @5:2\n"
        "  list: LABELED L @6:1\n"
        "    x: EMPTY @7:1\n"
        "");
}
static void test_ast_if_else_chain_with_init(void **state)
{
    CHECK_STR(body_dump("if x := f(); x > 0 {\n} else if y {\n} else {\n}"),
        "IF @4:1\n"
        "  x: ASSIGN op=:= @4:4\n"
        "    list: IDENT x @4:4\n"
        "    list2: CALL @4:9\n"
        "      x: IDENT f @4:9\n"
        "  y: BINARY op=> @4:14\n"
        "    x: IDENT x @4:14\n"
        "    y: BASICLIT INT 0 @4:18\n"
        "  z: BLOCK @4:20\n"
        "  w: IF @5:8\n"
        "    y: IDENT y @5:11\n"
        "    z: BLOCK @5:13\n"
        "    w: BLOCK @6:8\n"
        "");
}
static void test_ast_for_three_clause_and_cond_and_infinite(void **state)
{
    CHECK_STR(body_dump("for i := 0; i < n; i++ {\n}\nfor c {\n}\nfor {\n}\nfor ;; {\n}"),
        "FOR @4:1\n"
        "  x: ASSIGN op=:= @4:5\n"
        "    list: IDENT i @4:5\n"
        "    list2: BASICLIT INT 0 @4:10\n"
        "  y: BINARY op=< @4:13\n"
        "    x: IDENT i @4:13\n"
        "    y: IDENT n @4:17\n"
        "  z: INCDEC op=++ @4:20\n"
        "    x: IDENT i @4:20\n"
        "  w: BLOCK @4:24\n"
        "FOR @6:1\n"
        "  y: IDENT c @6:5\n"
        "  w: BLOCK @6:7\n"
        "FOR @8:1\n"
        "  w: BLOCK @8:5\n"
        "FOR @10:1\n"
        "  w: BLOCK @10:8\n"
        "");
}
static void test_ast_range_forms(void **state)
{
    CHECK_STR(body_dump("for range ch {\n}\nfor i := range 10 {\n}\nfor k, v = range m {\n}\nfor _, v := range s {\n}"),
        "RANGE @4:1\n"
        "  z: IDENT ch @4:11\n"
        "  w: BLOCK @4:14\n"
        "RANGE op=:= @6:1\n"
        "  x: IDENT i @6:5\n"
        "  z: BASICLIT INT 10 @6:16\n"
        "  w: BLOCK @6:19\n"
        "RANGE op== @8:1\n"
        "  x: IDENT k @8:5\n"
        "  y: IDENT v @8:8\n"
        "  z: IDENT m @8:18\n"
        "  w: BLOCK @8:20\n"
        "RANGE op=:= @10:1\n"
        "  x: IDENT _ @10:5\n"
        "  y: IDENT v @10:8\n"
        "  z: IDENT s @10:19\n"
        "  w: BLOCK @10:21\n"
        "");
}
static void test_ast_switch_with_init_tag_and_fallthrough(void **state)
{
    CHECK_STR(body_dump("switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ndefault:\n}\nswitch {\ncase a > b:\n}"),
        "SWITCH @4:1\n"
        "  x: ASSIGN op=:= @4:8\n"
        "    list: IDENT x @4:8\n"
        "    list2: CALL @4:13\n"
        "      x: IDENT f @4:13\n"
        "  y: IDENT x @4:18\n"
        "  list: CASECLAUSE @5:1\n"
        "    list: BASICLIT INT 1 @5:6\n"
        "    list: BASICLIT INT 2 @5:9\n"
        "    list2: BRANCH op=fallthrough @6:2\n"
        "  list: CASECLAUSE @7:1\n"
        "SWITCH @9:1\n"
        "  list: CASECLAUSE @10:1\n"
        "    list: BINARY op=> @10:6\n"
        "      x: IDENT a @10:6\n"
        "      y: IDENT b @10:10\n"
        "");
}
static void test_ast_type_switch_with_binding_and_nil_case(void **state)
{
    CHECK_STR(body_dump("switch v := e.(type) {\ncase int, nil:\ncase fmt.Stringer:\ndefault:\n}\nswitch e.(type) {\n}"),
        "TYPESWITCH @4:1\n"
        "  y: ASSIGN op=:= @4:8\n"
        "    list: IDENT v @4:8\n"
        "    list2: TYPEASSERT @4:13\n"
        "      x: IDENT e @4:13\n"
        "  list: CASECLAUSE @5:1\n"
        "    list: IDENT int @5:6\n"
        "    list: IDENT nil @5:11\n"
        "  list: CASECLAUSE @6:1\n"
        "    list: SELECTOR Stringer @6:6\n"
        "      x: IDENT fmt @6:6\n"
        "  list: CASECLAUSE @7:1\n"
        "TYPESWITCH @9:1\n"
        "  y: EXPRSTMT @9:8\n"
        "    x: TYPEASSERT @9:8\n"
        "      x: IDENT e @9:8\n"
        "");
}
static void test_ast_select_comm_clauses(void **state)
{
    CHECK_STR(body_dump("select {\ncase ch <- 1:\ncase v := <-ch:\ncase v, ok = <-ch:\ncase <-ch:\ndefault:\n}"),
        "SELECT @4:1\n"
        "  list: COMMCLAUSE @5:1\n"
        "    x: SEND @5:6\n"
        "      x: IDENT ch @5:6\n"
        "      y: BASICLIT INT 1 @5:12\n"
        "  list: COMMCLAUSE @6:1\n"
        "    x: ASSIGN op=:= @6:6\n"
        "      list: IDENT v @6:6\n"
        "      list2: UNARY op=<- @6:11\n"
        "        x: IDENT ch @6:13\n"
        "  list: COMMCLAUSE @7:1\n"
        "    x: ASSIGN op== @7:6\n"
        "      list: IDENT v @7:6\n"
        "      list: IDENT ok @7:9\n"
        "      list2: UNARY op=<- @7:14\n"
        "        x: IDENT ch @7:16\n"
        "  list: COMMCLAUSE @8:1\n"
        "    x: EXPRSTMT @8:6\n"
        "      x: UNARY op=<- @8:6\n"
        "        x: IDENT ch @8:8\n"
        "  list: COMMCLAUSE @9:1\n"
        "");
}
static void test_ast_decl_statements(void **state)
{
    CHECK_STR(body_dump("var a, b int = 1, 2\nconst c = 3\ntype T struct{ x int }\nvar (\n\td = 1\n)"),
        "DECLSTMT @4:1\n"
        "  x: GENDECL op=var @4:1\n"
        "    list: VALUESPEC iota=0 @4:5\n"
        "      names: IDENT a @4:5\n"
        "      names: IDENT b @4:8\n"
        "      x: IDENT int @4:10\n"
        "      list2: BASICLIT INT 1 @4:16\n"
        "      list2: BASICLIT INT 2 @4:19\n"
        "DECLSTMT @5:1\n"
        "  x: GENDECL op=const @5:1\n"
        "    list: VALUESPEC iota=0 @5:7\n"
        "      names: IDENT c @5:7\n"
        "      list2: BASICLIT INT 3 @5:11\n"
        "DECLSTMT @6:1\n"
        "  x: GENDECL op=type @6:1\n"
        "    list: TYPESPEC T @6:6\n"
        "      x: STRUCTTYPE @6:8\n"
        "        list: FIELD @6:16\n"
        "          names: IDENT x @6:16\n"
        "          x: IDENT int @6:18\n"
        "DECLSTMT @7:1\n"
        "  x: GENDECL op=var @7:1\n"
        "    list: VALUESPEC iota=0 @8:2\n"
        "      names: IDENT d @8:2\n"
        "      list2: BASICLIT INT 1 @8:6\n"
        "");
}
static void test_ast_composite_literals_nested_and_keyed(void **state)
{
    CHECK_STR(body_dump("_ = []T{{1, 2}, {a: 3}}\n_ = map[string][]int{\"k\": {1}}\n_ = [...]int{1}\n_ = &T{}\n_ = struct{ x int }{1}"),
        "ASSIGN op== @4:1\n"
        "  list: IDENT _ @4:1\n"
        "  list2: COMPOSITE @4:5\n"
        "    x: ARRAYTYPE @4:5\n"
        "      y: IDENT T @4:7\n"
        "    list: COMPOSITE @4:9\n"
        "      list: BASICLIT INT 1 @4:10\n"
        "      list: BASICLIT INT 2 @4:13\n"
        "    list: COMPOSITE @4:17\n"
        "      list: KEYVALUE @4:19\n"
        "        x: IDENT a @4:18\n"
        "        y: BASICLIT INT 3 @4:21\n"
        "ASSIGN op== @5:1\n"
        "  list: IDENT _ @5:1\n"
        "  list2: COMPOSITE @5:5\n"
        "    x: MAPTYPE @5:5\n"
        "      x: IDENT string @5:9\n"
        "      y: ARRAYTYPE @5:16\n"
        "        y: IDENT int @5:18\n"
        "    list: KEYVALUE @5:25\n"
        "      x: BASICLIT STRING \"k\" @5:22\n"
        "      y: COMPOSITE @5:27\n"
        "        list: BASICLIT INT 1 @5:28\n"
        "ASSIGN op== @6:1\n"
        "  list: IDENT _ @6:1\n"
        "  list2: COMPOSITE @6:5\n"
        "    x: ARRAYTYPE [...] @6:5\n"
        "      y: IDENT int @6:10\n"
        "    list: BASICLIT INT 1 @6:14\n"
        "ASSIGN op== @7:1\n"
        "  list: IDENT _ @7:1\n"
        "  list2: UNARY op=& @7:5\n"
        "    x: COMPOSITE @7:6\n"
        "      x: IDENT T @7:6\n"
        "ASSIGN op== @8:1\n"
        "  list: IDENT _ @8:1\n"
        "  list2: COMPOSITE @8:5\n"
        "    x: STRUCTTYPE @8:5\n"
        "      list: FIELD @8:13\n"
        "        names: IDENT x @8:13\n"
        "        x: IDENT int @8:15\n"
        "    list: BASICLIT INT 1 @8:21\n"
        "");
}
static void test_ast_composite_literal_not_in_if_header(void **state)
{
    CHECK_STR(body_dump("if x == (T{}) {\n}\nif v := (T{}); v.ok {\n}\nfor _, x := range []int{1} {\n}"),
        "IF @4:1\n"
        "  y: BINARY op=== @4:4\n"
        "    x: IDENT x @4:4\n"
        "    y: PAREN @4:9\n"
        "      x: COMPOSITE @4:10\n"
        "        x: IDENT T @4:10\n"
        "  z: BLOCK @4:15\n"
        "IF @6:1\n"
        "  x: ASSIGN op=:= @6:4\n"
        "    list: IDENT v @6:4\n"
        "    list2: PAREN @6:9\n"
        "      x: COMPOSITE @6:10\n"
        "        x: IDENT T @6:10\n"
        "  y: SELECTOR ok @6:16\n"
        "    x: IDENT v @6:16\n"
        "  z: BLOCK @6:21\n"
        "RANGE op=:= @8:1\n"
        "  x: IDENT _ @8:5\n"
        "  y: IDENT x @8:8\n"
        "  z: COMPOSITE @8:19\n"
        "    x: ARRAYTYPE @8:19\n"
        "      y: IDENT int @8:21\n"
        "    list: BASICLIT INT 1 @8:25\n"
        "  w: BLOCK @8:28\n"
        "");
}
static void test_ast_block_in_if_header_is_not_a_literal(void **state)
{
    CHECK_STR(body_dump("if x {\n}\nif T {\n}"),
        "IF @4:1\n"
        "  y: IDENT x @4:4\n"
        "  z: BLOCK @4:6\n"
        "IF @6:1\n"
        "  y: IDENT T @6:4\n"
        "  z: BLOCK @6:6\n"
        "");
}
static void test_ast_slices_indexes_and_assertions(void **state)
{
    CHECK_STR(body_dump("_ = a[i]\n_ = a[i:j]\n_ = a[:]\n_ = a[i:j:k]\n_ = x.(T)\n_ = m[k][0]"),
        "ASSIGN op== @4:1\n"
        "  list: IDENT _ @4:1\n"
        "  list2: INDEX @4:5\n"
        "    x: IDENT a @4:5\n"
        "    y: IDENT i @4:7\n"
        "ASSIGN op== @5:1\n"
        "  list: IDENT _ @5:1\n"
        "  list2: SLICEEXPR @5:6\n"
        "    x: IDENT a @5:5\n"
        "    y: IDENT i @5:7\n"
        "    z: IDENT j @5:9\n"
        "ASSIGN op== @6:1\n"
        "  list: IDENT _ @6:1\n"
        "  list2: SLICEEXPR @6:6\n"
        "    x: IDENT a @6:5\n"
        "ASSIGN op== @7:1\n"
        "  list: IDENT _ @7:1\n"
        "  list2: SLICEEXPR slice3 @7:6\n"
        "    x: IDENT a @7:5\n"
        "    y: IDENT i @7:7\n"
        "    z: IDENT j @7:9\n"
        "    w: IDENT k @7:11\n"
        "ASSIGN op== @8:1\n"
        "  list: IDENT _ @8:1\n"
        "  list2: TYPEASSERT @8:5\n"
        "    x: IDENT x @8:5\n"
        "    y: IDENT T @8:8\n"
        "ASSIGN op== @9:1\n"
        "  list: IDENT _ @9:1\n"
        "  list2: INDEX @9:5\n"
        "    x: INDEX @9:5\n"
        "      x: IDENT m @9:5\n"
        "      y: IDENT k @9:7\n"
        "    y: BASICLIT INT 0 @9:10\n"
        "");
}
static void test_ast_generic_instantiation_is_an_index(void **state)
{
    CHECK_STR(body_dump("_ = f[int](1)\n_ = g[int, string]"),
        "ASSIGN op== @4:1\n"
        "  list: IDENT _ @4:1\n"
        "  list2: CALL @4:5\n"
        "    x: INDEX @4:5\n"
        "      x: IDENT f @4:5\n"
        "      y: IDENT int @4:7\n"
        "    list: BASICLIT INT 1 @4:12\n"
        "ASSIGN op== @5:1\n"
        "  list: IDENT _ @5:1\n"
        "  list2: INDEX @5:5\n"
        "    x: IDENT g @5:5\n"
        "    y: IDENT int @5:7\n"
        "    list: IDENT int @5:7\n"
        "    list: IDENT string @5:12\n"
        "");
}
static void test_ast_operator_precedence(void **state)
{
    CHECK_STR(body_dump("_ = a || b && c == d + e * f\n_ = -x * ^y\n_ = a - b - c\n_ = *p + <-ch"),
        "ASSIGN op== @4:1\n"
        "  list: IDENT _ @4:1\n"
        "  list2: BINARY op=|| @4:5\n"
        "    x: IDENT a @4:5\n"
        "    y: BINARY op=&& @4:10\n"
        "      x: IDENT b @4:10\n"
        "      y: BINARY op=== @4:15\n"
        "        x: IDENT c @4:15\n"
        "        y: BINARY op=+ @4:20\n"
        "          x: IDENT d @4:20\n"
        "          y: BINARY op=* @4:24\n"
        "            x: IDENT e @4:24\n"
        "            y: IDENT f @4:28\n"
        "ASSIGN op== @5:1\n"
        "  list: IDENT _ @5:1\n"
        "  list2: BINARY op=* @5:5\n"
        "    x: UNARY op=- @5:5\n"
        "      x: IDENT x @5:6\n"
        "    y: UNARY op=^ @5:10\n"
        "      x: IDENT y @5:11\n"
        "ASSIGN op== @6:1\n"
        "  list: IDENT _ @6:1\n"
        "  list2: BINARY op=- @6:5\n"
        "    x: BINARY op=- @6:5\n"
        "      x: IDENT a @6:5\n"
        "      y: IDENT b @6:9\n"
        "    y: IDENT c @6:13\n"
        "ASSIGN op== @7:1\n"
        "  list: IDENT _ @7:1\n"
        "  list2: BINARY op=+ @7:5\n"
        "    x: STAR @7:5\n"
        "      x: IDENT p @7:6\n"
        "    y: UNARY op=<- @7:10\n"
        "      x: IDENT ch @7:12\n"
        "");
}
static void test_ast_receive_chan_type_reassociation(void **state)
{
    CHECK_STR(body_dump("var c <-chan int\n_ = (<-chan int)(nil)\nvar d chan<- chan int\nvar e chan (<-chan int)"),
        "DECLSTMT @4:1\n"
        "  x: GENDECL op=var @4:1\n"
        "    list: VALUESPEC iota=0 @4:5\n"
        "      names: IDENT c @4:5\n"
        "      x: CHANTYPE dir=recv @4:7\n"
        "        x: IDENT int @4:14\n"
        "ASSIGN op== @5:1\n"
        "  list: IDENT _ @5:1\n"
        "  list2: CALL @5:5\n"
        "    x: PAREN @5:5\n"
        "      x: CHANTYPE dir=recv @5:6\n"
        "        x: IDENT int @5:13\n"
        "    list: IDENT nil @5:18\n"
        "DECLSTMT @6:1\n"
        "  x: GENDECL op=var @6:1\n"
        "    list: VALUESPEC iota=0 @6:5\n"
        "      names: IDENT d @6:5\n"
        "      x: CHANTYPE dir=send @6:7\n"
        "        x: CHANTYPE dir=both @6:14\n"
        "          x: IDENT int @6:19\n"
        "DECLSTMT @7:1\n"
        "  x: GENDECL op=var @7:1\n"
        "    list: VALUESPEC iota=0 @7:5\n"
        "      names: IDENT e @7:5\n"
        "      x: CHANTYPE dir=both @7:7\n"
        "        x: CHANTYPE dir=recv @7:13\n"
        "          x: IDENT int @7:20\n"
        "");
}
static void test_ast_func_literal_and_types_in_expressions(void **state)
{
    CHECK_STR(body_dump("_ = func(a int, b ...string) (int, error) { return 0, nil }\n_ = map[string]func(){}\n_ = []interface{}{}\n_ = (*T)(nil)"),
        "ASSIGN op== @4:1\n"
        "  list: IDENT _ @4:1\n"
        "  list2: FUNCLIT @4:5\n"
        "    x: FUNCTYPE @4:5\n"
        "      list: FIELD @4:10\n"
        "        names: IDENT a @4:10\n"
        "        x: IDENT int @4:12\n"
        "      list: FIELD @4:17\n"
        "        names: IDENT b @4:17\n"
        "        x: ELLIPSIS @4:19\n"
        "          x: IDENT string @4:22\n"
        "      list2: FIELD @4:31\n"
        "        x: IDENT int @4:31\n"
        "      list2: FIELD @4:36\n"
        "        x: IDENT error @4:36\n"
        "    y: BLOCK @4:43\n"
        "      list: RETURN @4:45\n"
        "        list: BASICLIT INT 0 @4:52\n"
        "        list: IDENT nil @4:55\n"
        "ASSIGN op== @5:1\n"
        "  list: IDENT _ @5:1\n"
        "  list2: COMPOSITE @5:5\n"
        "    x: MAPTYPE @5:5\n"
        "      x: IDENT string @5:9\n"
        "      y: FUNCTYPE @5:16\n"
        "ASSIGN op== @6:1\n"
        "  list: IDENT _ @6:1\n"
        "  list2: COMPOSITE @6:5\n"
        "    x: ARRAYTYPE @6:5\n"
        "      y: INTERFACETYPE @6:7\n"
        "ASSIGN op== @7:1\n"
        "  list: IDENT _ @7:1\n"
        "  list2: CALL @7:5\n"
        "    x: PAREN @7:5\n"
        "      x: STAR @7:6\n"
        "        x: IDENT T @7:7\n"
        "    list: IDENT nil @7:10\n"
        "");
}
static void test_ast_empty_statements(void **state)
{
    CHECK_STR(body_dump("\n;\n"),
        "EMPTY @5:1\n"
        "");
}
static void test_ast_imports_grouped_and_aliased(void **state)
{
    CHECK_STR(decl_dump("package p\n\nimport \"fmt\"\nimport (\n\tstr \"strings\"\n\t\"unicode/utf8\"\n)\n"),
        "IMPORT fmt @3:8\n"
        "IMPORT str strings @5:2\n"
        "IMPORT unicode/utf8 @6:2\n"
        "");
}
static void test_ast_const_group_iota_and_implicit_repetition(void **state)
{
    CHECK_STR(decl_dump("package p\n\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n\tE, F\n)\nconst G = 7\n"),
        "GENDECL op=const @3:1\n"
        "  list: VALUESPEC iota=0 @4:2\n"
        "    names: IDENT A @4:2\n"
        "    list2: IDENT iota @4:6\n"
        "  list: VALUESPEC iota=1 @5:2\n"
        "    names: IDENT B @5:2\n"
        "  list: VALUESPEC iota=2 @6:2\n"
        "    names: IDENT C @6:2\n"
        "    names: IDENT D @6:5\n"
        "    list2: BASICLIT INT 1 @6:9\n"
        "    list2: BASICLIT INT 2 @6:12\n"
        "  list: VALUESPEC iota=3 @7:2\n"
        "    names: IDENT E @7:2\n"
        "    names: IDENT F @7:5\n"
        "GENDECL op=const @9:1\n"
        "  list: VALUESPEC iota=0 @9:7\n"
        "    names: IDENT G @9:7\n"
        "    list2: BASICLIT INT 7 @9:11\n"
        "");
}
static void test_ast_var_specs(void **state)
{
    CHECK_STR(decl_dump("package p\n\nvar x int\nvar y = 2\nvar a, b int = 1, 2\nvar (\n\tc string\n)\n"),
        "GENDECL op=var @3:1\n"
        "  list: VALUESPEC iota=0 @3:5\n"
        "    names: IDENT x @3:5\n"
        "    x: IDENT int @3:7\n"
        "GENDECL op=var @4:1\n"
        "  list: VALUESPEC iota=0 @4:5\n"
        "    names: IDENT y @4:5\n"
        "    list2: BASICLIT INT 2 @4:9\n"
        "GENDECL op=var @5:1\n"
        "  list: VALUESPEC iota=0 @5:5\n"
        "    names: IDENT a @5:5\n"
        "    names: IDENT b @5:8\n"
        "    x: IDENT int @5:10\n"
        "    list2: BASICLIT INT 1 @5:16\n"
        "    list2: BASICLIT INT 2 @5:19\n"
        "GENDECL op=var @6:1\n"
        "  list: VALUESPEC iota=0 @7:2\n"
        "    names: IDENT c @7:2\n"
        "    x: IDENT string @7:4\n"
        "");
}
static void test_ast_type_specs_alias_struct_interface(void **state)
{
    CHECK_STR(decl_dump("package p\n\ntype (\n\tA = int\n\tS struct {\n\t\tx, y int\n\t\t*E\n\t\tpkg.F\n\t\tz string `tag:\"z\"`\n\t}\n\tI interface {\n\t\tM(int) error\n\t\tJ\n\t}\n)\n"),
        "GENDECL op=type @3:1\n"
        "  list: TYPESPEC A alias @4:2\n"
        "    x: IDENT int @4:6\n"
        "  list: TYPESPEC S @5:2\n"
        "    x: STRUCTTYPE @5:4\n"
        "      list: FIELD @6:3\n"
        "        names: IDENT x @6:3\n"
        "        names: IDENT y @6:6\n"
        "        x: IDENT int @6:8\n"
        "      list: FIELD @7:3\n"
        "        x: STAR @7:3\n"
        "          x: IDENT E @7:4\n"
        "      list: FIELD @8:3\n"
        "        x: SELECTOR F @8:3\n"
        "          x: IDENT pkg @8:3\n"
        "      list: FIELD tag:\"z\" @9:3\n"
        "        names: IDENT z @9:3\n"
        "        x: IDENT string @9:5\n"
        "  list: TYPESPEC I @11:2\n"
        "    x: INTERFACETYPE @11:4\n"
        "      list: FIELD @12:3\n"
        "        names: IDENT M @12:3\n"
        "        x: FUNCTYPE @12:4\n"
        "          list: FIELD @12:5\n"
        "            x: IDENT int @12:5\n"
        "          list2: FIELD @12:10\n"
        "            x: IDENT error @12:10\n"
        "      list: FIELD @13:3\n"
        "        x: IDENT J @13:3\n"
        "");
}
static void test_ast_array_slice_map_chan_func_types(void **state)
{
    CHECK_STR(decl_dump("package p\n\ntype (\n\tA [4]int\n\tB [...]string\n\tC []byte\n\tM map[string][]int\n\tCh chan<- int\n\tF func(int, ...string) (x, y int)\n)\n"),
        "GENDECL op=type @3:1\n"
        "  list: TYPESPEC A @4:2\n"
        "    x: ARRAYTYPE @4:4\n"
        "      x: BASICLIT INT 4 @4:5\n"
        "      y: IDENT int @4:7\n"
        "  list: TYPESPEC B @5:2\n"
        "    x: ARRAYTYPE [...] @5:4\n"
        "      y: IDENT string @5:9\n"
        "  list: TYPESPEC C @6:2\n"
        "    x: ARRAYTYPE @6:4\n"
        "      y: IDENT byte @6:6\n"
        "  list: TYPESPEC M @7:2\n"
        "    x: MAPTYPE @7:4\n"
        "      x: IDENT string @7:8\n"
        "      y: ARRAYTYPE @7:15\n"
        "        y: IDENT int @7:17\n"
        "  list: TYPESPEC Ch @8:2\n"
        "    x: CHANTYPE dir=send @8:5\n"
        "      x: IDENT int @8:12\n"
        "  list: TYPESPEC F @9:2\n"
        "    x: FUNCTYPE @9:4\n"
        "      list: FIELD @9:9\n"
        "        x: IDENT int @9:9\n"
        "      list: FIELD @9:14\n"
        "        x: ELLIPSIS @9:14\n"
        "          x: IDENT string @9:17\n"
        "      list2: FIELD @9:26\n"
        "        names: IDENT x @9:26\n"
        "        names: IDENT y @9:29\n"
        "        x: IDENT int @9:31\n"
        "");
}
static void test_ast_methods_and_bodiless_funcs(void **state)
{
    CHECK_STR(decl_dump("package p\n\nfunc (s *S) M(a, b int) (int, error) { return 0, nil }\nfunc (S) N()\nfunc native(s string) int\n"),
        "FUNCDECL M @3:13\n"
        "  x: FIELD @3:7\n"
        "    names: IDENT s @3:7\n"
        "    x: STAR @3:9\n"
        "      x: IDENT S @3:10\n"
        "  y: FUNCTYPE @3:14\n"
        "    list: FIELD @3:15\n"
        "      names: IDENT a @3:15\n"
        "      names: IDENT b @3:18\n"
        "      x: IDENT int @3:20\n"
        "    list2: FIELD @3:26\n"
        "      x: IDENT int @3:26\n"
        "    list2: FIELD @3:31\n"
        "      x: IDENT error @3:31\n"
        "  z: BLOCK @3:38\n"
        "    list: RETURN @3:40\n"
        "      list: BASICLIT INT 0 @3:47\n"
        "      list: IDENT nil @3:50\n"
        "FUNCDECL N @4:10\n"
        "  x: FIELD @4:7\n"
        "    x: IDENT S @4:7\n"
        "  y: FUNCTYPE @4:11\n"
        "FUNCDECL native @5:6\n"
        "  y: FUNCTYPE @5:12\n"
        "    list: FIELD @5:13\n"
        "      names: IDENT s @5:13\n"
        "      x: IDENT string @5:15\n"
        "    list2: FIELD @5:23\n"
        "      x: IDENT int @5:23\n"
        "");
}

/* ---- gc's error texts and positions: each expectation is go build's output
 * (go 1.19.8) for the same source, "./prog.go:" stripped, then put in CURRENT
 * Go's words (cmd/compile/internal/syntax/parser.go since Go 1.20), as
 * tests/gen_goldens.sh does for the corpus: Go 1.19 said "expecting X" where
 * Go now says "expected X", "unexpected else" for "unexpected keyword else",
 * "unexpected foo" for "unexpected name foo", "mixed named and unnamed
 * parameters" for "missing parameter name/type", "cannot use assignment (x) =
 * (2) as value" for "... x = 2 ...", "expected name or (" after a receiver
 * for "expected name", "non-declaration statement outside function body" for
 * a late import ("imports must appear before other declarations"), and
 * reported `go f` (no call) in the parser, where types2 now reports it (so
 * those cases expect no parser error); misplaced ...T is now the parser's
 * "can only use ... with final parameter" / "invalid use of ..." ---- */

typedef struct ErrCase { const char *name, *src, *want; } ErrCase;

static const ErrCase err_cases[] = {
    { "arg_nl", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\",\n\t\t\"b\"\n\t)\n}\n",
      "7:6: syntax error: unexpected newline in argument list; possibly missing comma or )\n" },
    { "bad_utf8", "package main\n\nfunc main() {\n\tx := \"a\xff""b\"\n\t_ = x\n}\n",
      "4:9: invalid UTF-8 encoding\n" },
    { "binp", "package main\n\nfunc main() {\n\tx := 0b1.0\n\t_ = x\n}\n",
      "4:10: invalid radix point in binary literal\n" },
    { "brace_nl", "package main\n\nfunc main()\n{\n}\n",
      "4:1: syntax error: unexpected semicolon or newline before {\n" },
    { "call_semi", "package main\n\nfunc main() {\n\tf(1; 2)\n}\n",
      "4:5: syntax error: unexpected semicolon in argument list; possibly missing comma or )\n" },
    { "case_missing", "package main\n\nfunc main() {\n\tswitch {\n\tfoo()\n\t}\n}\n",
      "5:2: syntax error: unexpected name foo, expected case or default or }\n6:2: syntax error: unexpected }, expected :\n" },
    { "colon_eq_var", "package main\n\nvar x := 1\n\nfunc main() {}\n",
      "3:7: syntax error: unexpected :=, expected =\n" },
    { "comp_nl", "package main\n\nfunc main() {\n\t_ = []int{1, 2, 3\n\t}\n}\n",
      "4:19: syntax error: unexpected newline in composite literal; possibly missing comma or }\n" },
    { "defer_nocall", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer fmt.Println\n}\n",
      "" },   /* types2 reports it now (test_check) */
    { "else_nl", "package main\n\nfunc main() {\n\tx := 1\n\tif x == 1 {\n\t}\n\telse {\n\t}\n}\n",
      "7:2: syntax error: unexpected keyword else, expected }\n" },
    { "else_x", "package main\n\nfunc main() {\n\tif true {\n\t} else return\n}\n",
      "5:9: syntax error: else must be followed by if or statement block\n" },
    { "empty_rune", "package main\n\nfunc main() {\n\tx := ''\n\t_ = x\n}\n",
      "4:8: empty rune literal or unescaped '\n" },
    { "endstmt", "package main\n\nfunc main() {\n\tx := 1 2\n}\n",
      "4:9: syntax error: unexpected literal 2 at end of statement\n" },
    { "eof", "package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n",
      "6:1: syntax error: unexpected EOF, expected }\n" },
    { "esc_hex", "package main\n\nfunc main() {\n\tx := \"\\xg0\"\n\t_ = x\n}\n",
      "4:10: invalid character 'g' in hexadecimal escape\n" },
    { "esc_oct", "package main\n\nfunc main() {\n\tx := \"\\400\"\n\t_ = x\n}\n",
      "4:12: octal escape value 256 > 255\n" },
    { "esc_uni", "package main\n\nfunc main() {\n\tx := \"\\uD800\"\n\t_ = x\n}\n",
      "4:14: escape is invalid Unicode code point U+D800\n" },
    { "exp_hex", "package main\n\nfunc main() {\n\tx := 0x1e2p3\n\tx = 0o7e1\n\t_ = x\n}\n",
      "5:9: 'e' exponent requires decimal mantissa\n" },
    { "exp_nodig", "package main\n\nfunc main() {\n\tx := 1e+\n\t_ = x\n}\n",
      "4:10: exponent has no digits\n" },
    { "fn_noname", "package main\n\nfunc (x int) {}\n\nfunc main() {}\n",
      "3:14: syntax error: unexpected {, expected name\n" },
    { "for_nobrace", "package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n",
      "4:25: syntax error: unexpected newline, expected { after for clause\n" },
    { "forpost", "package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
      "4:23: syntax error: cannot declare in post statement of for loop\n" },
    { "forvar", "package main\n\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
      "4:10: syntax error: var declaration not allowed in for initializer\n" },
    { "func_lit_tp", "package main\n\nfunc main() {\n\t_ = func[T any]() {}\n}\n",
      "4:10: syntax error: function type must have no type parameters\n" },
    { "go_paren", "package main\n\nfunc f() {}\n\nfunc main() {\n\tgo (f())\n}\n",
      "6:5: expression in go must not be parenthesized\n" },
    { "hexnodig", "package main\n\nfunc main() {\n\tx := 0x\n\t_ = x\n}\n",
      "4:9: hexadecimal literal has no digits\n" },
    { "if_nl", "package main\n\nfunc main() {\n\tx := 1\n\tif x == 1\n\t{\n\t}\n}\n",
      "5:11: syntax error: unexpected newline, expected { after if clause\n" },
    { "iface_method_tp", "package main\n\ntype I interface {\n\tM[T any]()\n}\n\nfunc main() {}\n",
      "4:3: interface method must have no type parameters\n" },
    { "ifassign", "package main\n\nfunc main() {\n\tx := 1\n\tif x = 2 {\n\t}\n}\n",
      "5:7: syntax error: cannot use assignment x = 2 as value\n" },
    { "ifdefine", "package main\n\nfunc main() {\n\tif x := 2 {\n\t}\n}\n",
      "4:7: syntax error: cannot use x := 2 as value\n" },
    { "ifmissing", "package main\n\nfunc main() {\n\tif {\n\t}\n}\n",
      "4:5: syntax error: missing condition in if statement\n" },
    { "ifsemi", "package main\n\nfunc main() {\n\tif x := 1; {\n\t}\n}\n",
      "4:11: syntax error: missing condition in if statement\n" },
    { "import_late", "package main\n\nfunc main() {}\n\nimport \"fmt\"\n",
      "5:1: syntax error: imports must appear before other declarations\n" },
    { "lex_at", "package main\n\nfunc main() {\n\tx := 1 @ 2\n}\n",
      "4:9: invalid character U+0040 '@'\n4:11: syntax error: unexpected literal 2 at end of statement\n" },
    { "lex_comment", "package main\n\nfunc main() {\n}\n/* abc",
      "5:1: comment not terminated\n" },
    { "lex_escape", "package main\n\nfunc main() {\n\tx := \"a\\qb\"\n\t_ = x\n}\n",
      "4:10: unknown escape\n" },
    { "lex_hexf", "package main\n\nfunc main() {\n\tx := 0x1.5\n\t_ = x\n}\n",
      "4:12: hexadecimal mantissa requires a 'p' exponent\n" },
    { "lex_octal", "package main\n\nfunc main() {\n\tx := 0128\n\t_ = x\n}\n",
      "4:10: invalid digit '8' in octal literal\n" },
    { "lex_rune", "package main\n\nfunc main() {\n\tx := 'ab'\n\t_ = x\n}\n",
      "4:7: more than one character in rune literal\n" },
    { "lex_runeEOF", "package main\n\nfunc main() {\n\tx := 'a",
      "4:7: rune literal not terminated\n" },
    { "lex_sep", "package main\n\nfunc main() {\n\tx := 1__2\n\t_ = x\n}\n",
      "4:9: '_' must separate successive digits\n" },
    { "lex_str", "package main\n\nfunc main() {\n\tx := \"abc\n\t_ = x\n}\n",
      "4:11: newline in string\n" },
    { "lex_strEOF", "package main\n\nfunc main() {\n\tx := `abc",
      "4:7: string not terminated\n" },
    { "lex_uident", "package main\n\nfunc main() {\n\tx := 1 € 2\n\t_ = x\n}\n",
      "4:9: invalid character U+20AC '€' in identifier\n4:9: syntax error: unexpected name € at end of statement\n" },
    { "m_arrow_bad", "package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- \n}\n",
      "6:1: syntax error: unexpected }, expected expression\n" },
    { "m_assign_in_cond", "package main\n\nfunc main() {\n\tx := 1\n\tfor x = 2 {\n\t}\n}\n",
      "5:8: syntax error: cannot use assignment x = 2 as value\n" },
    { "m_brace_after_decl", "package main\n\nvar x = 1\n{\n}\n\nfunc main() {}\n",
      "4:1: syntax error: non-declaration statement outside function body\n" },
    { "m_call_kw", "package main\n\nfunc main() {\n\tf(if)\n}\n",
      "4:4: syntax error: unexpected keyword if, expected expression\n5:1: syntax error: unexpected }, expected expression\n" },
    { "m_case_outside", "package main\n\nfunc main() {\n\tcase 1:\n}\n",
      "4:2: syntax error: unexpected keyword case, expected }\n" },
    { "m_deep_else", "package main\n\nfunc main() {\n\tif true {\n\t} else {\n\t} else {\n\t}\n}\n",
      "6:4: syntax error: unexpected keyword else at end of statement\n8:1: syntax error: non-declaration statement outside function body\n" },
    { "m_else_if_nl", "package main\n\nfunc main() {\n\tif true {\n\t}\n\telse if false {\n\t}\n}\n",
      "6:2: syntax error: unexpected keyword else, expected }\n" },
    { "m_extra_brace", "package main\n\nfunc main() {\n}\n}\n",
      "5:1: syntax error: non-declaration statement outside function body\n" },
    { "m_extra_paren", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"))\n}\n",
      "6:18: syntax error: unexpected ) at end of statement\n" },
    { "m_func_in_func", "package main\n\nfunc main() {\n\tfunc f() {}\n}\n",
      "4:7: syntax error: unexpected name f, expected (\n5:1: syntax error: non-declaration statement outside function body\n" },
    { "m_func_noparen", "package main\n\nfunc main {\n}\n",
      "3:11: syntax error: unexpected {, expected (\n4:1: syntax error: unexpected }, expected )\n" },
    { "m_go_nocall", "package main\n\nfunc main() {\n\tgo func() {}\n}\n",
      "" },   /* types2 reports it now (test_check) */
    { "m_incexpr", "package main\n\nfunc main() {\n\tx := 1\n\ty := x++\n\t_ = y\n}\n",
      "5:8: syntax error: unexpected ++ at end of statement\n" },
    { "m_interface_bad", "package main\n\ntype I interface {\n\tM() int,\n}\n\nfunc main() {}\n",
      "4:9: syntax error: unexpected comma in interface type; possibly missing semicolon or newline or }\n" },
    { "m_keyword_ident", "package main\n\nfunc main() {\n\tvar type int\n}\n",
      "4:6: syntax error: unexpected keyword type, expected name\n" },
    { "m_label_only", "package main\n\nfunc main() {\nL:\n\tx := 1\n\t_ = x\n\tgoto\n}\n",
      "8:1: syntax error: unexpected }, expected name\n" },
    { "m_lit_tok", "package main\n\nfunc main() {\n\tx := 1 \"a\"\n}\n",
      "4:9: syntax error: unexpected literal \"a\" at end of statement\n" },
    { "m_map_lit", "package main\n\nfunc main() {\n\tm := map[string]int{\n\t\t\"a\": 1\n\t}\n\t_ = m\n}\n",
      "5:9: syntax error: unexpected newline in composite literal; possibly missing comma or }\n" },
    { "m_missing_brace_func", "package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n\nfunc f() {\n}\n",
      "7:6: syntax error: unexpected name f, expected (\n" },
    { "m_missing_paren", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
      "6:17: syntax error: unexpected newline in argument list; possibly missing comma or )\n" },
    { "m_return_comma", "package main\n\nfunc f() (int, int) {\n\treturn 1,\n}\n\nfunc main() {}\n",
      "5:1: syntax error: unexpected }, expected expression\n" },
    { "m_select_nocase", "package main\n\nfunc main() {\n\tselect {\n\tx := 1\n\t}\n}\n",
      "5:2: syntax error: unexpected name x, expected case or default or }\n6:2: syntax error: unexpected }, expected :\n" },
    { "m_semi_for", "package main\n\nfunc main() {\n\tfor i := 0; i < 3 {\n\t}\n}\n",
      "4:20: syntax error: unexpected {, expected semicolon or newline\n5:2: syntax error: unexpected }, expected expression\n" },
    { "m_struct_comma", "package main\n\ntype T struct {\n\ta int,\n\tb int\n}\n\nfunc main() {}\n",
      "4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }\n" },
    { "m_ternary", "package main\n\nfunc main() {\n\tx := 1\n\ty := x > 0 ? 1 : 2\n\t_ = y\n}\n",
      "5:13: invalid character U+003F '?'\n5:15: syntax error: unexpected literal 1 at end of statement\n" },
    { "m_type_noname", "package main\n\ntype struct{}\n\nfunc main() {}\n",
      "3:6: syntax error: unexpected keyword struct, expected name\n" },
    { "m_unclosed_comment", "package main\n\nfunc main() {\n\t/* x\n}\n",
      "4:2: comment not terminated\n" },
    { "m_var_in_if", "package main\n\nfunc main() {\n\tif var x = 1; x > 0 {\n\t}\n}\n",
      "4:9: syntax error: var declaration not allowed in if initializer\n" },
    { "m_while", "package main\n\nfunc main() {\n\tx := 1\n\twhile x < 3 {\n\t\tx++\n\t}\n}\n",
      "5:8: syntax error: unexpected name x at end of statement\n8:1: syntax error: non-declaration statement outside function body\n" },
    { "many", "package main\n\nfunc main() {\n\tx := )\n\ty := )\n\tz := )\n}\n",
      "4:7: syntax error: unexpected ), expected expression\n5:7: syntax error: unexpected ), expected expression\n6:7: syntax error: unexpected ), expected expression\n" },
    { "method_norecv", "package main\n\nfunc () M() {}\n\nfunc main() {}\n",
      "3:9: method has no receiver\n" },
    { "mixed", "package main\n\nfunc f(a int, string) {}\n\nfunc main() {}\n",
      "3:21: syntax error: missing parameter type\n" },
    { "nl_rune", "package main\n\nfunc main() {\n\tx := '\n\t_ = x\n}\n",
      "4:8: newline in rune literal\n" },
    { "nondecl", "package main\n\nx := 1\n\nfunc main() {}\n",
      "3:1: syntax error: non-declaration statement outside function body\n" },
    { "paren_comp", "package main\n\ntype T struct{}\n\nfunc main() {\n\t_ = (T){}\n}\n",
      "6:9: syntax error: cannot parenthesize type in composite literal\n" },
    { "rbrace_expr", "package main\n\nfunc main() {\n\tx :=\n}\n",
      "5:1: syntax error: unexpected }, expected expression\n" },
    { "recv_chan", "package main\n\nfunc main() {\n\tvar c <-chan<- int\n}\n",
      "4:17: syntax error: unexpected name int, expected keyword chan\n" },
    { "slice3", "package main\n\nfunc main() {\n\ts := []int{}\n\t_ = s[1::3]\n}\n",
      "5:10: middle index required in 3-index slice\n" },
    { "typeswitch_bad", "package main\n\nfunc main() {\n\tvar x any\n\tswitch a, b := x.(type) {\n\t}\n}\n",
      "5:14: syntax error: cannot use a, b := x.(type) as value\n" },
    { "branch_dup", "package main\n\nfunc main() {\nL:\n\tfor {\n\t\tbreak L\n\t}\nL:\n\tfor {\n\t\tbreak L\n\t}\n}\n",
      "8:1: label L already defined at ./prog.go:4:1\n10:9: invalid break label L\n" },
    { "branch_into", "package main\n\nfunc main() {\n\tgoto L\n\t{\n\tL:\n\t\tprintln()\n\t}\n}\n",
      "4:7: goto L jumps into block starting at ./prog.go:5:2\n" },
    { "branch_over", "package main\n\nfunc main() {\n\tgoto L\n\tx := 1\n\t_ = x\nL:\n\tprintln()\n}\n",
      "4:7: goto L jumps over declaration of x at ./prog.go:5:4\n" },
    { "branch_sel", "package main\n\nfunc main() {\n\tselect {\n\tdefault:\n\t\tbreak\n\t}\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\tcase false:\n\t\tprintln()\n\t\tfallthrough\n\t\tprintln()\n\t}\n}\n",
      "13:3: fallthrough statement out of place\n" },
    { "branch_unused", "package main\n\nfunc main() {\nL:\n\tprintln()\n\tfunc() {\n\tM:\n\t}()\n}\n",
      "4:1: label L defined and not used\n7:2: label M defined and not used\n" },
    { "branch_misc", "package main\n\nfunc main() {\n\tfallthrough\n\tgoto M\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n\tvar i interface{}\n\tswitch i.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}\nL:\n\tif true {\n\t\tbreak L\n\t}\n\tfor {\n\t\tcontinue L\n\t\tbreak Q\n\t\tcontinue Q\n\t}\n}\n",
      "4:2: fallthrough statement out of place\n5:7: label M not defined\n8:3: cannot fallthrough final case in switch\n13:3: cannot fallthrough in type switch\n18:9: invalid break label L\n21:12: invalid continue label L\n22:9: break label not defined: Q\n23:12: continue label not defined: Q\n" },
    { "more_e1", "package main\n\nfunc main() {\n\tf(\n",
      "5:1: syntax error: unexpected EOF, expected )\n" },
    { "more_e2", "package main\n\nfunc main() {\n}\n}\n\nfunc g() {}\n",
      "5:1: syntax error: non-declaration statement outside function body\n" },
    { "more_e3", "package main\n\nvar x = [3]int{1, 2, 3\n",
      "3:23: syntax error: unexpected newline in composite literal; possibly missing comma or }\n" },
    { "more_e4", "package main\n\nfunc main() {\n\t/* comment\n",
      "4:2: comment not terminated\n" },
    { "more_e5", "package main\n\ntype T struct{ a, b int }\n\nfunc main() {\n\t_ = T{\n\t\ta: 1\n\t\tb: 2,\n\t}\n}\n",
      "7:7: syntax error: unexpected newline in composite literal; possibly missing comma or }\n" },
    { "more_e6", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt\n\t.Println()\n}\n",
      "7:2: syntax error: unexpected ., expected }\n" },
    { "more_e7", "package main\n\nfunc main() {\n\tif x := 1; x > 0 {\n\t} else if {\n\t}\n}\n",
      "5:12: syntax error: missing condition in if statement\n" },
    { "more_e8", "package main\n\nfunc main() {\n\tswitch x := 1 {\n\t}\n}\n",
      "4:11: syntax error: cannot use x := 1 as value\n" },
    { "more_e9", "package main\n\nfunc main() {\n\tfor i := range {\n\t}\n}\n",
      "4:17: syntax error: unexpected {, expected expression\n5:2: syntax error: unexpected }, expected { after for clause\n" },
    { "more_e10", "package main\n\nfunc main() {\n\tx := []int{1,2,3}\n\tfor i, v := range x\n\t{\n\t}\n}\n",
      "5:21: syntax error: unexpected newline, expected { after for clause\n" },
    { "more_e11", "package main\n\nfunc main()\n\tprintln()\n}\n",
      "4:2: syntax error: non-declaration statement outside function body\n" },
    { "more_e12", "package main\r\n\r\nfunc main() {\r\n\tx := 1 +\r\n}\r\n",
      "5:1: syntax error: unexpected }, expected expression\n" },
    { "more_e13", "package main\n\nfunc main() {\n\tvar x int = \n}\n",
      "5:1: syntax error: unexpected }, expected expression\n" },
    { "more_e14", "package main\n\nfunc f() (int, string {\n\treturn 0, \"\"\n}\n",
      "3:23: syntax error: unexpected { in parameter list; possibly missing comma or )\n5:1: syntax error: unexpected } after top level declaration\n" },
    { "more_e15", "package main\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase x := <-ch\n\t\t_ = x\n\t}\n}\n",
      "6:16: syntax error: unexpected newline, expected :\n" },
    { "more_e16", "package main\n\nfunc main() {\n\tgo func() {\n\t\tprintln()\n\t}\n}\n",
      "" },   /* types2 reports it now */
    { "more_e17", "package main\n\nfunc main() {\n\tdefer recover\n}\n",
      "" },   /* types2 reports it now */
    { "more_e18", "package main\n\nfunc main() {\n\ta := [3]int{}\n\t_ = a[1:]\n\t_ = a[:2:]\n}\n",
      "6:11: final index required in 3-index slice\n" },
    { "more_e19", "package main\n\ntype I interface {\n\tM()\n\tN(x int\n}\n\nfunc main() {}\n",
      "5:9: syntax error: unexpected newline in parameter list; possibly missing comma or )\n" },
    { "more_e20", "package main\n\nfunc main() {\n\tvar a []int\n\ta.append(1)\n\tfor i = 0; i < 3; i++ {}\n\tx = := 1\n}\n",
      "7:6: syntax error: unexpected :=, expected expression\n" },
    { "more_e21", "package main\n\nfunc main() {\n\tconst (\n\t\tA = iota\n\t\tB\n\t)\n\tprintln(A, B\n}\n",
      "8:14: syntax error: unexpected newline in argument list; possibly missing comma or )\n" },
    { "more_e22", "package main\n\nfunc main() {\n\tm := map[string]int{\"a\": 1, \"b\": 2,}\n\t_ = m\n\tfunc inner() {}\n}\n",
      "6:7: syntax error: unexpected name inner, expected (\n7:1: syntax error: non-declaration statement outside function body\n" },
    { "more_e23", "package main\n\nfunc main() {\n\tx := 5\n\tif x > 3 {\n\t\tprintln(\"big\")\n\t} else {\n\t\tprintln(\"small\")\n\t}\n\telse {\n\t}\n}\n",
      "10:2: syntax error: unexpected keyword else, expected }\n" },
    { "more_e24", "package main\nfunc main() { for { } ; return; x := }\n",
      "2:38: syntax error: unexpected }, expected expression\n" },
    { "more_f1", "package main\n\nfunc main() {\n\tx := 1\n\tswitch x y {\n\t}\n}\n",
      "5:11: syntax error: unexpected name y, expected {\n" },
    { "more_f2", "package main\n\nfunc main() {\n\tselect x {\n\t}\n}\n",
      "4:9: syntax error: missing { after select clause\n" },
    { "more_f3", "package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++; {\n\t}\n}\n",
      "4:24: syntax error: unexpected semicolon, expected { after for clause\n" },
    { "more_f4", "package main\n\nfunc main() {\n\tif x := 1; x > 0; x++ {\n\t}\n}\n",
      "4:18: syntax error: unexpected semicolon, expected { after if clause\n" },
    { "more_f5", "package main\n\nfunc main() {\n\tvar c chan<- <-chan<- int\n\t_ = c\n\tx := <-chan<- int(nil)\n}\n",
      "4:24: syntax error: unexpected name int, expected keyword chan\n" },
    { "more_f6", "package main\n\nfunc main() {\n\tm := map[string]int{\"a\" 1}\n}\n",
      "4:26: syntax error: unexpected literal 1 in composite literal; possibly missing comma or }\n" },
    { "more_f7", "package main\n\ntype T struct {\n\t(A)\n\t*(B)\n}\n\nfunc main() {}\n",
      "4:2: syntax error: cannot parenthesize embedded type\n5:3: syntax error: cannot parenthesize embedded type\n" },
    { "more_f8", "package main\n\nfunc main() {\n\t_ = func(a int, b) {}\n\t_ = x[]\n\t_ = s[1:2:]\n}\n",
      "4:19: syntax error: missing parameter type\n5:8: syntax error: unexpected ], expected operand\n6:12: final index required in 3-index slice\n" },
    { "more_f9", "package main\n\nfunc main() {\n\tfor i := range 10; {\n\t}\n}\n",
      "4:19: syntax error: unexpected semicolon, expected { after for clause\n" },
    { "more_f10", "package main\n\nfunc f(... int, x int) {}\nfunc g(x ...) {}\n\nfunc main() {}\n",
      "3:8: syntax error: missing parameter name\n3:8: can only use ... with final parameter\n"
      "4:13: syntax error: ... is missing type\n" },
    /* current Go's words (go 1.19's output reworded as above) */
    { "now_var_in_for", "package main\n\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
      "4:10: syntax error: var declaration not allowed in for initializer\n" },
    { "now_else_for", "package main\n\nfunc main() {\n\tx := 1\n\tif x == 1 {\n\t} else for {\n\t}\n}\n",
      "6:9: syntax error: else must be followed by if or statement block\n" },
    { "now_kw_range", "package main\n\nfunc main() {\n\tvar x int = range 3\n}\n",
      "4:14: syntax error: unexpected keyword range, expected expression\n" },
    { "now_name_f", "package main\n\nfunc main() {\n\tif x := 1; x == 1 {\n\t}\n\tfunc f() {}\n}\n",
      "6:7: syntax error: unexpected name f, expected (\n7:1: syntax error: non-declaration statement outside function body\n" },
    { "now_go_eof", "package main\n\nfunc main() {\n\tgo\n}\n",
      "5:1: syntax error: unexpected }, expected expression\n" },
    { "now_missing_ptype", "package main\n\nfunc f(a int, b) {}\n\nfunc main() {}\n",
      "3:16: syntax error: missing parameter type\n" },
    { "now_recv_noname", "package main\n\nfunc (t T) (x int) {}\n\nfunc main() {}\n",
      "3:12: syntax error: unexpected (, expected name\n" },
    { "now_ddd_params", "package main\n\nfunc f(a ...int, b int) {}\nfunc g() (a ...int) { return }\nfunc h(a, b ...int) {}\n\nfunc main() {}\n",
      "3:10: can only use ... with final parameter\n4:13: invalid use of ...\n5:13: can only use ... with final parameter\n" },
    { "now_late_import", "package main\n\nfunc main() {}\n\nimport \"fmt\"\n\nvar _ = fmt.Println\n",
      "5:1: syntax error: imports must appear before other declarations\n" },
    { "now_assign_binary", "package main\n\nfunc main() {\n\tx := 1\n\tif x = x + 1 {\n\t}\n}\n",
      "5:7: syntax error: cannot use assignment x = (x + 1) as value\n" },
};

static void test_gc_error_case(void **state)
{
    const ErrCase *c = *state;
    CHECK_STR(errors_of(c->src), c->want);
}
static void test_generic_function_reported(void **state)
{
    /* parsed with their type parameters; instantiated by the checker */
    CHECK_STR(errors_of("package main\n\nfunc Map[T any](x T) T { return x }\n\nfunc main() {}\n"), "");
}
static void test_generic_type_reported(void **state)
{
    CHECK_STR(errors_of("package main\n\ntype List[T any] struct{ v T }\n\nfunc main() {}\n"), "");
}
static void test_generic_method_is_a_syntax_error(void **state)
{
    CHECK_STR(errors_of("package main\n\ntype S struct{}\n\nfunc (S) m[T any]() {}\n"),
        "5:11: syntax error: method must have no type parameters\n"
        "");
}
static void test_one_syntax_error_per_line(void **state)
{
    CHECK_STR(errors_of("package main\n\nfunc main() {\n\tx := ) ) )\n}\n"),
        "4:7: syntax error: unexpected ), expected expression\n"
        "");
}

/* ---- the go command's header check (go/build + go/parser, exit status 1) ---- */

static void check_header(const char *src, const char *want)
{
    Parsed *p = parse_src(src, strlen(src));
    assert_true(p->file->flags & NF_BAD);
    assert_int_equal(p->file->nlist2, 0);
    assert_int_equal(p->d.n, 1);
    char got[512];
    snprintf(got, sizeof got, "%d:%d: %s", p->d.v[0].pos.line, p->d.v[0].pos.col, p->d.v[0].msg);
    assert_string_equal(got, want);
    parsed_free(p);
}

static void test_header_missing_package_clause(void **state)
{
    check_header("func main() {}\n", "1:1: expected 'package', found 'func'");
}

static void test_header_empty_file(void **state)
{
    check_header("\n\n", "2:2: expected 'package', found 'EOF'");
}

static void test_header_package_name_not_identifier(void **state)
{
    check_header("package 1\n\nfunc main() {}\n", "1:9: expected 'IDENT', found 1");
}

static void test_header_import_without_quotes(void **state)
{
    check_header("package main\n\nimport fmt\n\nfunc main() {}\n", "3:11: expected 'STRING', found newline");
    check_header("package main\nimport x.y \"a\"\nfunc main() {}\n", "2:9: expected 'STRING', found '.'");
}

static void test_header_identifier_is_printed_as_found(void **state)
{
    check_header("ignored\npackage main\n", "1:1: expected 'package', found ignored");
}

static void test_header_escaped_import_path_is_valid(void **state)
{
    /* "m\x61th" is "math": valid; the bad spec after it is the first error */
    check_header("package main\nimport _ \"m\\x61th\"\nimport 42\n", "3:8: expected 'STRING', found 42");
}

static void test_header_invalid_import_paths(void **state)
{
    check_header("package main\n\nimport \"\"\n\nfunc main() {}\n", "3:8: invalid import path: \"\"");
    check_header("package main\nimport \"a b\"\nfunc main() {}\n", "2:8: invalid import path: \"a b\"");
}

static void test_header_unterminated_import_string(void **state)
{
    check_header("package main\n\nimport (\n\t\"fmt\"\n\t\"os\n)\n\nfunc main() {}\n",
                 "5:2: string literal not terminated");
}

static void test_header_grouped_import_missing_semicolon(void **state)
{
    check_header("package main\nimport (\n\"fmt\"\n\"os\" 1\n)\nfunc main() {}\n", "4:6: expected ';', found 1");
}

static void test_header_unknown_escape_in_import(void **state)
{
    check_header("package main\nimport \"fmt\\q\"\nfunc main() {}\n", "2:13: unknown escape sequence");
}

/* After a clean header the compiler's own texts apply (go build: # command-line-arguments). */
static void test_header_ok_then_gc_reports(void **state)
{
    CHECK_STR(errors_of("package main foo\n\nfunc main() {}\n"),
              "1:14: syntax error: unexpected name foo, expected semicolon or newline\n");
    CHECK_STR(errors_of("package main\nimport \"fmt\" \"os\"\nfunc main() {}\n"),
              "2:14: syntax error: unexpected literal \"os\" after top level declaration\n");   /* 1.19: ", expecting semicolon or newline" */
    CHECK_STR(errors_of("package main;;\n\nfunc main() {}\n"),
              "1:14: syntax error: non-declaration statement outside function body\n");
}

/* ---- contract details ---- */

static void test_file_ival_counts_stopping_errors(void **state)
{
    const char *ok = "package main\n\nfunc main() { x := 'ab'; _ = x }\n";
    Parsed *p = parse_src(ok, strlen(ok));
    assert_int_equal(p->file->ival, 0);     /* lexical error only: gc type-checks on */
    assert_int_equal(p->d.n, 1);
    Node *assign = p->file->list2[0]->z->list[0];
    assert_true(assign->list2[0]->flags & NF_BAD);
    parsed_free(p);
    const char *bad = "package main\n\nfunc main() { x := }\n";
    p = parse_src(bad, strlen(bad));
    assert_true(p->file->ival > 0);
    parsed_free(p);
}

static void test_file_keeps_package_name_ident(void **state)
{
    const char *src = "package  demo\n";
    Parsed *p = parse_src(src, strlen(src));
    assert_string_equal(p->file->name, "demo");
    assert_int_equal(p->file->nnames, 1);
    assert_int_equal(p->file->names[0]->pos.col, 10);
    parsed_free(p);
}

static void test_generic_decls_are_flagged(void **state)
{
    const char *src = "package main\n\ntype L[T any] []T\n\nfunc F[T any]() {}\n";
    Parsed *p = parse_src(src, strlen(src));
    assert_int_equal(p->file->nlist2, 2);
    assert_true(p->file->list2[0]->list[0]->flags & NF_TYPEPARAMS);
    assert_true(p->file->list2[1]->flags & NF_TYPEPARAMS);
    assert_int_equal(p->file->list2[0]->list[0]->nlist, 1);   /* [T any] kept */
    assert_int_equal(p->file->list2[1]->nlist, 1);
    assert_int_equal(p->file->ival, 0);
    parsed_free(p);
}

static void test_positions_pos_is_start_oppos_is_operator(void **state)
{
    const char *src = "package main\n\nfunc main() {\n\tx := a.b(c) + d[e]\n}\n";
    Parsed *p = parse_src(src, strlen(src));
    Node *as = p->file->list2[0]->z->list[0];
    assert_int_equal(as->kind, N_ASSIGN);
    assert_int_equal(as->pos.col, 2);
    assert_int_equal(as->oppos.col, 4);                    /* := */
    Node *bin = as->list2[0];
    assert_int_equal(bin->pos.col, 7);
    assert_int_equal(bin->oppos.col, 14);                  /* + */
    Node *call = bin->x;
    assert_int_equal(call->kind, N_CALL);
    assert_int_equal(call->pos.col, 7);
    assert_int_equal(call->oppos.col, 10);                 /* ( */
    assert_int_equal(call->endpos.col, 12);                /* ) */
    assert_int_equal(call->x->oppos.col, 8);               /* . */
    assert_int_equal(call->x->endpos.col, 9);              /* the name b */
    assert_int_equal(bin->y->oppos.col, 17);               /* [ */
    assert_int_equal(ast_start_pos(bin).col, 7);
    parsed_free(p);
}

static void test_block_endpos_is_closing_brace(void **state)
{
    const char *src = "package main\n\nfunc f() int {\n\treturn 1\n}\n";
    Parsed *p = parse_src(src, strlen(src));
    Node *body = p->file->list2[0]->z;
    assert_int_equal(body->endpos.line, 5);
    assert_int_equal(body->endpos.col, 1);
    parsed_free(p);
}

static void test_import_path_and_tag_are_unquoted(void **state)
{
    const char *src = "package main\n\nimport u \"unicode/utf8\"\n\ntype T struct{ a int `json:\"a\"` }\n";
    Parsed *p = parse_src(src, strlen(src));
    Node *imp = p->file->list[0];
    assert_string_equal(imp->name, "u");
    assert_string_equal(imp->lit, "unicode/utf8");
    Node *field = p->file->list2[0]->list[0]->x->list[0];
    assert_string_equal(field->lit, "json:\"a\"");
    parsed_free(p);
}

static char *expr_text(const char *expr)
{
    char src[512], buf[256];
    snprintf(src, sizeof src, "package p\n\nvar _ = %s\n", expr);
    Parsed *p = parse_src(src, strlen(src));
    assert_int_equal(p->d.n, 0);
    ast_expr_str(p->file->list2[0]->list[0]->list2[0], buf, sizeof buf);
    parsed_free(p);
    return strdup(buf);
}

/* gc's syntax.String short form, as in "cannot use ... as value" and types2's messages */
static void test_expr_str_matches_gc_short_form(void **state)
{
    CHECK_STR(expr_text("ctx.Done()"), "ctx.Done()");
    CHECK_STR(expr_text("n+s"), "n + s");
    CHECK_STR(expr_text("T{1, 2}"), "T{…}");
    CHECK_STR(expr_text("T{}"), "T{}");
    CHECK_STR(expr_text("func() int { return 1 }"), "func() int {…}");
    CHECK_STR(expr_text("map[string]chan<- int{}"), "map[string]chan<- int{}");
    CHECK_STR(expr_text("s[1:2:3]"), "s[1:2:3]");
    CHECK_STR(expr_text("f(a, b...)"), "f(a, b...)");
    CHECK_STR(expr_text("-a + ^b*!c"), "-a + ^b * !c");
    CHECK_STR(expr_text("x.(*T)"), "x.(*T)");
    CHECK_STR(expr_text("struct{ a int; b string }{}"), "struct{a int; b string}{}");
    CHECK_STR(expr_text("func(a, b int, c ...string) (int, error) {}"),
              "func(a, b int, c ...string) (int, error) {}");
    char buf[8];
    assert_int_equal(ast_expr_str(NULL, buf, sizeof buf), 0);
}

static void test_branch_label_position_is_recorded(void **state)
{
    const char *src = "package main\n\nfunc main() {\nL:\n\tfor {\n\t\tbreak L\n\t}\n}\n";
    Parsed *p = parse_src(src, strlen(src));
    Node *br = p->file->list2[0]->z->list[0]->x->w->list[0];
    assert_int_equal(br->kind, N_BRANCH);
    assert_string_equal(br->name, "L");
    assert_int_equal(br->endpos.col, 9);
    assert_int_equal(p->d.n, 0);
    parsed_free(p);
}

static void test_branch_checks_skip_bodies_with_syntax_errors(void **state)
{
    CHECK_STR(errors_of("package main\n\nfunc main() {\nL:\n\tx := )\n}\n"),
              "5:7: syntax error: unexpected ), expected expression\n");
}

static void test_branch_checks_per_function_literal(void **state)
{
    CHECK_STR(errors_of("package main\n\nfunc main() {\nL:\n\tfor {\n\t\tfunc() {\n\t\t\tbreak L\n\t\t}()\n\t}\n}\n"),
              "4:1: label L defined and not used\n7:10: break label not defined: L\n");
}

static void test_ast_kind_names(void **state)
{
    assert_string_equal(ast_kind_name(N_CALL), "CALL");
    assert_string_equal(ast_kind_name(N_FUNCDECL), "FUNCDECL");
    assert_string_equal(ast_kind_name(N_NKINDS), "?");
}

/* ---- pathological inputs: never crash, hang, or recurse without bound ---- */

static char *repeat3(const char *pre, const char *a, int n, const char *mid, const char *b, const char *post)
{
    size_t la = strlen(a), lb = strlen(b), lp = strlen(pre), lm = strlen(mid), lt = strlen(post);
    char *s = malloc(lp + lm + lt + (la + lb) * (size_t)n + 1), *o = s;
    if (!s) abort();
    memcpy(o, pre, lp); o += lp;
    for (int i = 0; i < n; i++) { memcpy(o, a, la); o += la; }
    memcpy(o, mid, lm); o += lm;
    for (int i = 0; i < n; i++) { memcpy(o, b, lb); o += lb; }
    memcpy(o, post, lt + 1);
    return s;
}

static void check_too_deep(char *src)
{
    char *errs = errors_of(src);
    assert_non_null(strstr(errs, "syntax error: too deeply nested"));
    free(errs);
    free(src);
}

static void test_deep_parens_stop_with_error(void **state)
{
    check_too_deep(repeat3("package main\n\nvar x = ", "(", 200000, "1", ")", "\n"));
}

static void test_deep_blocks_stop_with_error(void **state)
{
    check_too_deep(repeat3("package main\n\nfunc main() ", "{", 200000, "", "}", "\n"));
}

static void test_deep_unary_and_types_stop_with_error(void **state)
{
    check_too_deep(repeat3("package main\n\nvar x = ", "- ", 200000, "1", "", "\n"));
    check_too_deep(repeat3("package main\n\nvar x = ", "!<-", 200000, "c", "", "\n"));
    check_too_deep(repeat3("package main\n\nvar x ", "*", 200000, "int", "", "\n"));
    check_too_deep(repeat3("package main\n\nvar x ", "[]", 200000, "int", "", "\n"));
    check_too_deep(repeat3("package main\n\nvar x = ", "[]T{", 200000, "", "}", "\n"));
}

static void test_long_else_if_chain_stops_with_error(void **state)
{
    check_too_deep(repeat3("package main\n\nfunc main() {\n\tif a {\n\t}", " else if a {\n\t}", 100000,
                           "", "", "\n}\n"));
}

static void test_moderate_nesting_is_fine(void **state)
{
    char *src = repeat3("package main\n\nvar x = ", "(", 300, "1", ")", "\n");
    CHECK_STR(errors_of(src), "");
    free(src);
}

static void test_long_flat_inputs_are_iterative(void **state)
{
    char *src = repeat3("package main\n\nvar x = 1", " + 1", 200000, "", "", "\n");
    CHECK_STR(errors_of(src), "");
    free(src);
    src = repeat3("package main\n\nvar x = f", "()", 200000, "", "", "\n");
    CHECK_STR(errors_of(src), "");
    free(src);
}

static void test_random_garbage_terminates(void **state)
{
    static const char *const toks[] = {
        "package", "main", "func", "(", ")", "{", "}", "[", "]", "if", "else", "for", "range",
        ":=", "=", ",", ";", "\n", "x", "1", "\"s\"", "case", "switch", "select", "<-", "chan",
        "map", "struct", "interface", "type", "var", "const", ".", "...", "*", "&", "go",
        "defer", "return", ":", "'", "`", "/*", "@", "~", "|",
    };
    unsigned seed = 42;
    for (int round = 0; round < 300; round++) {
        char src[2048];
        size_t n = (size_t)sprintf(src, "package main\n");
        while (n < sizeof src - 16) {
            seed = seed * 1103515245 + 12345;
            const char *t = toks[(seed >> 16) % (sizeof toks / sizeof toks[0])];
            n += (size_t)sprintf(src + n, "%s ", t);
        }
        Parsed *p = parse_src(src, n);
        parsed_free(p);
    }
}

static void test_embedded_nul_and_binary_bytes(void **state)
{
    static const char src[] = "package main\n\nfunc main() {\n\tx := 1\x00\xff\xfe\n}\n";
    Parsed *p = parse_src(src, sizeof src - 1);
    assert_true(p->d.n >= 1);
    parsed_free(p);
}

static void test_many_errors_are_all_recorded(void **state)
{
    char *src = repeat3("package main\n\nfunc main() {\n", "\tx := )\n", 50, "", "", "}\n");
    Parsed *p = parse_src(src, strlen(src));
    assert_int_equal(p->d.n, 50);
    parsed_free(p);
    free(src);
}

/* gc's algorithm rescans pending gotos per label; ours chains them by name */
static void test_many_forward_gotos_are_linear(void **state)
{
    size_t cap = 2000000, n = 0;
    char *src = malloc(cap);
    n += (size_t)sprintf(src, "package main\n\nfunc main() {\n");
    for (int i = 0; i < 20000; i++) n += (size_t)sprintf(src + n, "\tgoto L%d\n", i);
    for (int i = 0; i < 20000; i++) n += (size_t)sprintf(src + n, "L%d:\n\tprintln()\n", i);
    n += (size_t)sprintf(src + n, "}\n");
    clock_t t0 = clock();
    Parsed *p = parse_src(src, n);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_int_equal(p->d.n, 0);
    assert_true(secs < 1.0);
    parsed_free(p);
    free(src);
}

static void test_one_megabyte_parses_quickly(void **state)
{
    const char *fn = "func f%d(a, b int) int {\n\tif a > b {\n\t\treturn a - b\n\t}\n"
                     "\tfor i := 0; i < b; i++ {\n\t\ta += i * 2\n\t}\n\treturn a\n}\n\n";
    size_t cap = 1200000, n = 0;
    char *src = malloc(cap);
    n += (size_t)sprintf(src, "package main\n\n");
    for (int i = 0; n < 1000000; i++) n += (size_t)snprintf(src + n, cap - n, fn, i);
    clock_t t0 = clock();
    Parsed *p = parse_src(src, n);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_int_equal(p->d.n, 0);
    assert_true(p->file->nlist2 > 5000);
    assert_true(secs < 1.0);
    parsed_free(p);
    free(src);
}

int main(void)
{
    static const struct CMUnitTest fixed[] = {
        cmocka_unit_test(test_ast_assign_define_and_ops),
        cmocka_unit_test(test_ast_incdec_send_recv),
        cmocka_unit_test(test_ast_expr_stmt_call_with_ellipsis),
        cmocka_unit_test(test_ast_go_and_defer),
        cmocka_unit_test(test_ast_return_forms),
        cmocka_unit_test(test_ast_branch_statements_and_labels),
        cmocka_unit_test(test_ast_label_before_closing_brace_is_empty_stmt),
        cmocka_unit_test(test_ast_if_else_chain_with_init),
        cmocka_unit_test(test_ast_for_three_clause_and_cond_and_infinite),
        cmocka_unit_test(test_ast_range_forms),
        cmocka_unit_test(test_ast_switch_with_init_tag_and_fallthrough),
        cmocka_unit_test(test_ast_type_switch_with_binding_and_nil_case),
        cmocka_unit_test(test_ast_select_comm_clauses),
        cmocka_unit_test(test_ast_decl_statements),
        cmocka_unit_test(test_ast_composite_literals_nested_and_keyed),
        cmocka_unit_test(test_ast_composite_literal_not_in_if_header),
        cmocka_unit_test(test_ast_block_in_if_header_is_not_a_literal),
        cmocka_unit_test(test_ast_slices_indexes_and_assertions),
        cmocka_unit_test(test_ast_generic_instantiation_is_an_index),
        cmocka_unit_test(test_ast_operator_precedence),
        cmocka_unit_test(test_ast_receive_chan_type_reassociation),
        cmocka_unit_test(test_ast_func_literal_and_types_in_expressions),
        cmocka_unit_test(test_ast_empty_statements),
        cmocka_unit_test(test_ast_imports_grouped_and_aliased),
        cmocka_unit_test(test_ast_const_group_iota_and_implicit_repetition),
        cmocka_unit_test(test_ast_var_specs),
        cmocka_unit_test(test_ast_type_specs_alias_struct_interface),
        cmocka_unit_test(test_ast_array_slice_map_chan_func_types),
        cmocka_unit_test(test_ast_methods_and_bodiless_funcs),
        cmocka_unit_test(test_generic_function_reported),
        cmocka_unit_test(test_generic_type_reported),
        cmocka_unit_test(test_generic_method_is_a_syntax_error),
        cmocka_unit_test(test_one_syntax_error_per_line),
        cmocka_unit_test(test_header_missing_package_clause),
        cmocka_unit_test(test_header_empty_file),
        cmocka_unit_test(test_header_package_name_not_identifier),
        cmocka_unit_test(test_header_import_without_quotes),
        cmocka_unit_test(test_header_identifier_is_printed_as_found),
        cmocka_unit_test(test_header_escaped_import_path_is_valid),
        cmocka_unit_test(test_header_invalid_import_paths),
        cmocka_unit_test(test_header_unterminated_import_string),
        cmocka_unit_test(test_header_grouped_import_missing_semicolon),
        cmocka_unit_test(test_header_unknown_escape_in_import),
        cmocka_unit_test(test_header_ok_then_gc_reports),
        cmocka_unit_test(test_file_ival_counts_stopping_errors),
        cmocka_unit_test(test_file_keeps_package_name_ident),
        cmocka_unit_test(test_generic_decls_are_flagged),
        cmocka_unit_test(test_positions_pos_is_start_oppos_is_operator),
        cmocka_unit_test(test_block_endpos_is_closing_brace),
        cmocka_unit_test(test_import_path_and_tag_are_unquoted),
        cmocka_unit_test(test_expr_str_matches_gc_short_form),
        cmocka_unit_test(test_branch_label_position_is_recorded),
        cmocka_unit_test(test_branch_checks_skip_bodies_with_syntax_errors),
        cmocka_unit_test(test_branch_checks_per_function_literal),
        cmocka_unit_test(test_ast_kind_names),
        cmocka_unit_test(test_deep_parens_stop_with_error),
        cmocka_unit_test(test_deep_blocks_stop_with_error),
        cmocka_unit_test(test_deep_unary_and_types_stop_with_error),
        cmocka_unit_test(test_long_else_if_chain_stops_with_error),
        cmocka_unit_test(test_moderate_nesting_is_fine),
        cmocka_unit_test(test_long_flat_inputs_are_iterative),
        cmocka_unit_test(test_random_garbage_terminates),
        cmocka_unit_test(test_embedded_nul_and_binary_bytes),
        cmocka_unit_test(test_many_errors_are_all_recorded),
        cmocka_unit_test(test_many_forward_gotos_are_linear),
        cmocka_unit_test(test_one_megabyte_parses_quickly),
    };
    size_t nfixed = sizeof fixed / sizeof fixed[0];
    size_t ncases = sizeof err_cases / sizeof err_cases[0];
    struct CMUnitTest *tests = calloc(nfixed + ncases, sizeof *tests);
    static char names[sizeof err_cases / sizeof err_cases[0]][96];
    memcpy(tests, fixed, sizeof fixed);
    for (size_t i = 0; i < ncases; i++) {
        snprintf(names[i], sizeof names[i], "test_go_build_says_%s", err_cases[i].name);
        tests[nfixed + i] = (struct CMUnitTest){ .name = names[i], .test_func = test_gc_error_case,
                                                 .initial_state = (void *)&err_cases[i] };
    }
    int rc = _cmocka_run_group_tests("parse", tests, nfixed + ncases, NULL, NULL);
    free(tests);
    return rc;
}
