/* test_check.c - unit tests for the type checker (sim/check*.c, const.c):
 * parse_file + check_package on small programs, asserting go build's exact
 * diagnostics and the annotations the compiler relies on.  Imported
 * packages are stubs written inline below, checked by the same code. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "check.h"
#include "parse.h"
#include "sim.h"

/* ---------- harness ---------- */

static const struct { const char *path, *src; } stubs[] = {
    {"fmt", "package fmt\n"
            "type Stringer interface { String() string }\n"
            "func Println(a ...any) (n int, err error)\n"
            "func Printf(format string, a ...any) (n int, err error)\n"
            "func Sprintf(format string, a ...any) string\n"
            "func println() {}\n"},
    {"os", "package os\nfunc Exit(code int)\n"},
    {"errors", "package errors\n"
               "type errorString struct { s string }\n"
               "func (e *errorString) Error() string { return e.s }\n"
               "func New(text string) error { return &errorString{text} }\n"},
    {"context", "package context\n"
                "type Context interface {\n"
                "\tDeadline() (deadline int, ok bool)\n"
                "\tDone() <-chan struct{}\n"
                "\tErr() error\n"
                "\tValue(key any) any\n"
                "}\n"
                "type CancelFunc func()\n"
                "func Background() Context\n"
                "func WithCancel(parent Context) (ctx Context, cancel CancelFunc)\n"},
    {"strconv", "package strconv\nfunc Atoi(s string) (int, error)\nfunc Itoa(i int) string\n"},
};

typedef struct Env {
    Sim s;
    Package *pkgs[16];
    int npkgs;
    Package *main;
    Node *file;
} Env;

static Package *import_stub(void *ud, const char *path)
{
    Env *e = ud;
    for (int i = 0; i < e->npkgs; i++)
        if (strcmp(e->pkgs[i]->path, path) == 0) return e->pkgs[i];
    for (size_t i = 0; i < sizeof stubs / sizeof *stubs; i++) {
        if (strcmp(stubs[i].path, path) != 0) continue;
        Diags d;
        diags_init(&d, path);
        Node *f = parse_file(&e->s.arena, stubs[i].src, strlen(stubs[i].src), &d);
        Package *p = arena_alloc(&e->s.arena, sizeof *p);
        p->path = stubs[i].path;
        p->filename = path;
        p->file = f;
        bool ok = d.n == 0 && check_package(&e->s, p, &d, import_stub, e);
        if (!ok) {
            diags_print(&d, stderr);
            fail_msg("stub package %s does not check", path);
        }
        diags_free(&d);
        e->pkgs[e->npkgs++] = p;
        return p;
    }
    return NULL;
}

/* Checks src as prog.go; returns what go build would print (caller frees). */
static char *run(Env *e, const char *src)
{
    memset(e, 0, sizeof *e);
    types_init(&e->s.types);
    arena_init(&e->s.arena);
    diags_init(&e->s.diags, "prog.go");
    e->file = parse_file(&e->s.arena, src, strlen(src), &e->s.diags);
    if (e->file->ival == 0) {   /* no errors that stop gc before type checking */
        e->main = arena_alloc(&e->s.arena, sizeof *e->main);
        e->main->path = "main";
        e->main->filename = "prog.go";
        e->main->file = e->file;
        check_package(&e->s, e->main, &e->s.diags, import_stub, e);
    }
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    if (e->s.diags.n) diags_print(&e->s.diags, f);
    fclose(f);
    return out;
}

static void done(Env *e)
{
    diags_free(&e->s.diags);
    types_free(&e->s.types);
    arena_free(&e->s.arena);
}

static void expect(const char *src, const char *want)
{
    Env e;
    char *got = run(&e, src);
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "--- program:\n%s--- want:\n%s--- got:\n%s", src, want, got);
        free(got);
        done(&e);
        fail();
    }
    free(got);
    done(&e);
}

#define HDR "# command-line-arguments\n"

/* ---------- diagnostics ---------- */

static void test_valid_program(void **state)
{
    (void)state;
    expect("package main\n"
           "\n"
           "import (\n\t\"errors\"\n\t\"fmt\"\n)\n"
           "\n"
           "type Shape interface{ Area() float64 }\n"
           "type Rect struct{ W, H float64 }\n"
           "\n"
           "func (r Rect) Area() float64 { return r.W * r.H }\n"
           "\n"
           "type Counter struct{ n int }\n"
           "\n"
           "func (c *Counter) Inc() { c.n++ }\n"
           "\n"
           "const (\n\tA = iota * 10\n\tB\n\tC\n)\n"
           "\n"
           "func divmod(a, b int) (q, r int) {\n\tq, r = a/b, a%b\n\treturn\n}\n"
           "\n"
           "func main() {\n"
           "\tvar s Shape = Rect{2, 3}\n"
           "\tc := Counter{}\n"
           "\tc.Inc()\n"
           "\tm := map[string][]int{\"a\": {1, 2}}\n"
           "\tv, ok := m[\"b\"]\n"
           "\tq, _ := divmod(7, 2)\n"
           "\tf := func(x int) int { return x + c.n }\n"
           "\tch := make(chan int, 1)\n"
           "\tch <- 1\n"
           "\tselect {\n\tcase x := <-ch:\n\t\tfmt.Println(x)\n\tdefault:\n\t}\n"
           "\tswitch t := s.(type) {\n\tcase Rect:\n\t\tfmt.Println(t.W)\n\t}\n"
           "\tfor i := range 3 {\n\t\tfmt.Println(i, min(i, 2), max(1.5, 2))\n\t}\n"
           "\tvar arr [3]int\n"
           "\tsl := append(arr[:], 4)\n"
           "\tbs := append([]byte(\"ab\"), \"cd\"...)\n"
           "\terr := errors.New(\"x\")\n"
           "\tfmt.Println(s.Area(), A, B, C, v, ok, q, f(1), sl, bs, string(rune(65)), err)\n"
           "\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tpanic(r)\n\t\t}\n\t}()\n"
           "}\n",
           "");
}

static void test_undefined(void **state)
{
    (void)state;
    expect("package main\n\nfunc main() {\n\tx := ctx\n\t_ = x\n\tdoWork()\n}\n",
           HDR "./prog.go:4:7: undefined: ctx\n./prog.go:6:2: undefined: doWork\n");
    expect("package main\n\nimport \"fmt\"\n\n"
           "func main() {\n\tctx, cancel := context.WithCancel(context.Background())\n"
           "\tdefer cancel()\n\tfmt.Println(ctx)\n}\n",
           HDR "./prog.go:6:17: undefined: context\n");
}

static void test_unused(void **state)
{
    (void)state;
    expect("package main\n\nimport \"os\"\n\nfunc main() {\n\tx := 1\n\tvar y int\n\ty = 2\n}\n",
           HDR "./prog.go:3:8: \"os\" imported and not used\n"
           "./prog.go:6:2: declared and not used: x\n"
           "./prog.go:7:6: declared and not used: y\n");
    /* a failed assignment counts as a use (no follow-on error) */
    expect("package main\n\nfunc main() {\n\tvar y int\n\ty = \"a\"\n}\n",
           HDR "./prog.go:5:6: cannot use \"a\" (untyped string constant) as int value in assignment\n");
    /* type switch variable unused in every clause */
    expect("package main\n\nfunc main() {\n\tvar i any\n\tswitch v := i.(type) {\n\tcase int:\n\t}\n}\n",
           HDR "./prog.go:5:9: declared and not used: v\n");
}

static void test_assign_messages(void **state)
{
    (void)state;
    expect("package main\n\nfunc f(s string) {}\n\n"
           "func g() string {\n\tx := 1\n\treturn x\n}\n\n"
           "func main() {\n\tx := 1\n\tvar s string\n\ts = x\n\tf(x)\n\tvar n int = \"hello\"\n"
           "\tch := make(chan int)\n\tch <- \"s\"\n\t_, _ = s, n\n}\n",
           HDR "./prog.go:7:9: cannot use x (variable of type int) as string value in return statement\n"
           "./prog.go:13:6: cannot use x (variable of type int) as string value in assignment\n"
           "./prog.go:14:4: cannot use x (variable of type int) as string value in argument to f\n"
           "./prog.go:15:14: cannot use \"hello\" (untyped string constant) as int value in variable declaration\n"
           "./prog.go:17:8: cannot use \"s\" (untyped string constant) as int value in send\n");
    expect("package main\n\nimport \"context\"\n\nfunc run(ctx context.Context, n int) {}\n\n"
           "func main() {\n\trun(5, 5)\n}\n",
           HDR "./prog.go:8:6: cannot use 5 (constant of type int) as context.Context value in argument to run: "
           "int does not implement context.Context (missing method Deadline)\n");
    expect("package main\n\ntype I interface{ M() }\ntype T struct{}\n\nfunc (*T) M() {}\n\n"
           "func main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
           HDR "./prog.go:9:12: cannot use T{} (value of type T) as I value in variable declaration: "
           "T does not implement I (method M has pointer receiver)\n");
}

static void test_counts(void **state)
{
    (void)state;
    expect("package main\n\nfunc f(a int) {}\n\nfunc main() {\n\tf(1, 2)\n\tf()\n}\n",
           HDR "./prog.go:6:7: too many arguments in call to f\n\thave (number, number)\n\twant (int)\n"
           "./prog.go:7:2: not enough arguments in call to f\n\thave ()\n\twant (int)\n");
    expect("package main\n\nfunc f() (int, error) {\n\treturn 1\n}\n\nfunc main() { f() }\n",
           HDR "./prog.go:4:9: not enough return values\n\thave (number)\n\twant (int, error)\n");
    expect("package main\n\nimport \"strconv\"\n\nfunc main() {\n\tn := strconv.Atoi(\"1\")\n\ta, b := 1\n\t_, _, _ = n, a, b\n}\n",
           HDR "./prog.go:6:7: assignment mismatch: 1 variable but strconv.Atoi returns 2 values\n"
           "./prog.go:7:10: assignment mismatch: 2 variables but 1 value\n");
    expect("package main\n\nfunc two() (int, int) { return 1, 2 }\n\nfunc main() {\n\tx := two() + 1\n\t_ = x\n}\n",
           HDR "./prog.go:6:7: multiple-value two() (value of type (int, int)) in single-value context\n");
}

static void test_operations(void **state)
{
    (void)state;
    expect("package main\n\nimport \"context\"\n\n"
           "func main() {\n\tn, s := 1, \"a\"\n\t_ = n + s\n"
           "\tctx := context.Background()\n\tctx.Done() <- struct{}{}\n"
           "\tif n {\n\t}\n\t_ = 5 / 0\n\t_ = \"a\" * 2\n}\n",
           HDR "./prog.go:7:6: invalid operation: n + s (mismatched types int and string)\n"
           "./prog.go:9:2: invalid operation: cannot send to receive-only channel ctx.Done() (value of type <-chan struct{})\n"
           "./prog.go:10:5: non-boolean condition in if statement\n"
           "./prog.go:12:10: invalid operation: division by zero\n"
           "./prog.go:13:6: invalid operation: \"a\" * 2 (mismatched types untyped string and untyped int)\n");
}

static void test_constants(void **state)
{
    (void)state;
    expect("package main\n\nfunc main() {\n\tvar a int8 = 300\n\tb := int8(300)\n"
           "\tconst c int8 = 100\n\td := c * 2\n\tvar e float32 = 1e300\n\tvar u uint = -1\n"
           "\t_, _, _, _, _ = a, b, d, e, u\n}\n",
           HDR "./prog.go:4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)\n"
           "./prog.go:5:12: constant 300 overflows int8\n"
           "./prog.go:7:7: c * 2 (constant 200 of type int8) overflows int8\n"
           "./prog.go:8:18: cannot use 1e300 (untyped float constant 1e+300) as float32 value in variable declaration (overflows)\n"
           "./prog.go:9:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)\n");
}

static void test_statements(void **state)
{
    (void)state;
    expect("package main\n\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\n"
           "func g() int {\n\tfor {\n\t}\n}\n\n"
           "func main() {\n\tx := 1\n\tx := 2\n\tch := make(chan int)\n"
           "\tselect {\n\tcase ch:\n\t}\n\t_ = x\n}\n",
           HDR "./prog.go:7:1: missing return\n"
           "./prog.go:16:4: no new variables on left side of :=\n"
           "./prog.go:17:2: declared and not used: ch\n"
           "./prog.go:19:7: select case must be send or receive (possibly with assignment)\n");
}

static void test_selectors(void **state)
{
    (void)state;
    expect("package main\n\nimport \"fmt\"\n\ntype T struct{ X int }\n\n"
           "func main() {\n\tvar t T\n\tt.Foo()\n\tt.x = 1\n\tfmt.println()\n}\n",
           HDR "./prog.go:9:4: t.Foo undefined (type T has no field or method Foo)\n"
           "./prog.go:10:4: t.x undefined (type T has no field or method x, but does have field X)\n"
           "./prog.go:11:6: name println not exported by package fmt\n");
}

static void test_types_and_unsupported(void **state)
{
    (void)state;
    expect("package main\n\ntype T struct{ x T }\n\nfunc main() {}\n",
           HDR "./prog.go:3:6: invalid recursive type T\n\t./prog.go:3:6: T refers to\n\t./prog.go:3:6: T\n");
    expect("package main\n\ntype L []L\ntype N struct{ next *N }\n\nfunc main() { var l L; var n N; _, _ = l, n }\n", "");
    /* generics are instantiated (check_generic.c) */
    expect("package main\n\nfunc Map[T any](x T) T { return x }\n\nfunc main() {}\n", "");
    expect("package main\n\nimport \"net/http\"\n\nfunc main() { http.Get(\"x\") }\n",
           HDR "./prog.go:3:8: could not import net/http (gocafe does not provide this package: "
           "a simulated program cannot reach the host)\n");
    /* rejecting pkg.NotGeneric[T] must not make its import look unused */
    expect("package main\n\nimport \"fmt\"\n\ntype m struct{}\n\n"
           "func main() { var p fmt.Stringer[m]; _ = p }\n",
           HDR "./prog.go:7:21: fmt.Stringer is not a generic type\n");
}

static void test_more_diagnostics(void **state)
{
    (void)state;
    /* initialization loops, also through functions */
    expect("package main\n\nvar x = f()\n\nfunc f() int { return x }\n\nfunc main() {}\n",
           HDR "./prog.go:3:5: initialization loop for x\n\t./prog.go:3:5: x refers to\n"
           "\t./prog.go:5:6: f refers to\n\t./prog.go:3:5: x\n");
    /* switch: duplicate constant cases and mismatched case values */
    expect("package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1, 1:\n\tcase \"a\":\n\t}\n}\n",
           HDR "./prog.go:6:10: duplicate case 1 (constant of type int) in expression switch\n"
           "\t./prog.go:6:7: previous case\n"
           "./prog.go:7:7: cannot convert \"a\" (untyped string constant) to type int\n");
    /* a non-constant shift takes its type from the context */
    expect("package main\n\nfunc main() {\n\tn := 3\n\tvar f float64 = 1 << n\n\t_ = f\n}\n",
           HDR "./prog.go:5:18: invalid operation: shifted operand 1 (type float64) must be integer\n");
    /* method expressions and pointer methods on unaddressable values */
    expect("package main\n\ntype T struct{}\n\nfunc (*T) P() {}\n\nfunc get() T { return T{} }\n\n"
           "func main() {\n\t_ = T.P\n\tget().P()\n\tm := map[int]T{}\n\tm[0].P()\n}\n",
           HDR "./prog.go:10:8: invalid method expression T.P (needs pointer receiver (*T).P)\n"
           "./prog.go:11:8: cannot call pointer method P on T\n"
           "./prog.go:13:7: cannot call pointer method P on T\n");
    /* parameters share one scope; nil == nil; untyped values and non-empty interfaces */
    expect("package main\n\ntype I interface{ M() }\n\nfunc f(i, i int) {}\n\n"
           "func main() {\n\tvar x I\n\t_ = nil == nil\n\t_ = x == 1\n}\n",
           HDR "./prog.go:5:11: i redeclared in this block\n\t./prog.go:5:8: other declaration of i\n"
           "./prog.go:9:6: invalid operation: nil == nil (operator == not defined on nil)\n"
           "./prog.go:10:11: invalid operation: x == 1 (mismatched types I and untyped int)\n");
    /* big untyped constants (beyond 128 bits) keep their value */
    expect("package main\n\nconst big = 1 << 100\nconst huge = big * big\n\n"
           "func main() {\n\tvar x int = huge / big\n\t_ = x\n}\n",
           HDR "./prog.go:7:14: cannot use huge / big (untyped int constant 1267650600228229401496703205376) "
           "as int value in variable declaration (overflows)\n");
    /* function values keep their parameter names in messages */
    expect("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println\n}\n",
           HDR "./prog.go:6:2: fmt.Println (value of type func(a ...any) (n int, err error)) is not used\n");
    /* range over int (Go 1.22) and over functions (Go 1.23: check_rangefunc.c) */
    expect("package main\n\nfunc main() {\n\tfor i, v := range 10 {\n\t\t_, _ = i, v\n\t}\n"
           "\tfor range func(func() bool) {} {\n\t}\n}\n",
           HDR "./prog.go:4:9: range over 10 (untyped int constant) permits only one iteration variable\n");
    /* range over a function: unused iteration variables as for other ranges */
    expect("package main\n\nfunc seq(yield func(int, string) bool) {}\n\nfunc main() {\n"
           "\tfor i, s := range seq {\n\t\t_ = i\n\t}\n}\n",
           HDR "./prog.go:6:9: declared and not used: s\n");
    /* method expressions of names that are no methods; println(two(), 1)
     * is single-value context (println(two()) alone is not) */
    expect("package main\n\ntype I interface{ M() }\n\ntype T struct{ a int }\n\n"
           "func two() (int, int) { return 1, 2 }\n\nfunc main() {\n\tI.X(nil)\n\tT.X(T{})\n\t_ = T.a\n"
           "\tprintln(two(), 1)\n\tprintln(two())\n\tI.M(nil)\n}\n",
           HDR "./prog.go:10:4: I.X undefined (type I has no field or method X)\n"
           "./prog.go:11:4: T.X undefined (type T has no field or method X)\n"
           "./prog.go:12:8: T.a undefined (type T has no method a)\n"
           "./prog.go:13:10: multiple-value two() (value of type (int, int)) in single-value context\n");
    expect("package main\n\nfunc main() {\n\tfor x := range func(int) {} {\n\t\t_ = x\n\t}\n}\n",
           HDR "./prog.go:4:17: cannot range over func(int) {} (value of type func(int)): "
           "func must be func(yield func(...) bool): argument is not func\n");
}

/* ---------- annotations ---------- */

static Node *find_func(Node *file, const char *name)
{
    for (int i = 0; i < file->nlist2; i++)
        if (file->list2[i]->kind == N_FUNCDECL && strcmp(file->list2[i]->name, name) == 0) return file->list2[i];
    return NULL;
}

static void test_annotations(void **state)
{
    (void)state;
    Env e;
    char *out = run(&e,
                    "package main\n\n"
                    "type P struct{ n int }\n\nfunc (p *P) Inc() { p.n++ }\n\n"
                    "type W struct{ P }\n\n"
                    "func f(a int, b float64) (r int) {\n"
                    "\tx := 1\n"
                    "\tg := func() int { return x + a }\n"
                    "\tvar p P\n"
                    "\tp.Inc()\n"
                    "\tq := &x\n"
                    "\tm := map[string]int{}\n"
                    "\tv, ok := m[\"k\"]\n"
                    "\tfor i := range \"ab\" {\n\t\t_ = i\n\t}\n"
                    "\tvar w W\n"
                    "\t_ = w.n\n"
                    "\t_, _, _, _ = q, v, ok, g()\n"
                    "\treturn int(b) + len(m)\n"
                    "}\n\n"
                    "func main() { f(1, 2) }\n");
    assert_string_equal(out, "");
    free(out);
    Node *fn = find_func(e.file, "f");
    assert_non_null(fn);
    /* locals: params, named results, then locals in order */
    const char *want[] = {"a", "b", "r", "x", "g", "p", "q", "m", "v", "ok", "i", "w"};
    assert_int_equal(fn->nlocals, (int)(sizeof want / sizeof *want));
    for (int i = 0; i < fn->nlocals; i++) assert_string_equal(fn->locals[i]->name, want[i]);
    assert_true(fn->locals[0]->param);
    assert_true(fn->locals[2]->result);
    Symbol *x = fn->locals[3], *a = fn->locals[0], *p = fn->locals[5];
    assert_true(x->captured);
    assert_true(a->captured);
    assert_true(x->addr_taken);       /* &x */
    assert_true(p->addr_taken);       /* p.Inc() with a pointer receiver */
    Node *body = fn->z;
    /* g := func() ... : the literal captures x and a */
    Node *lit = body->list[1]->list2[0];
    assert_int_equal(lit->kind, N_FUNCLIT);
    assert_int_equal(lit->ncaptures, 2);
    /* v, ok := m["k"] */
    Node *idx = body->list[6]->list2[0];
    assert_true(idx->commaok);
    assert_int_equal(idx->mode, MODE_MAPINDEX);
    /* for range over a string */
    assert_int_equal(body->list[7]->range_kind, T_STRING);
    /* w.n: promoted field through the embedded P */
    Node *sel = body->list[9]->list2[0];
    assert_int_equal(sel->sel->kind, SEL_FIELD);
    assert_int_equal(sel->sel->npath, 2);
    /* return int(b) + len(m) */
    Node *sum = body->list[11]->list[0];
    assert_true(sum->x->conversion);
    assert_int_equal(sum->y->builtin, B_LEN);
    assert_ptr_equal(sum->type, e.s.types.t_int);
    /* f(1, 2): the untyped 2 became a float64 constant */
    Node *call = find_func(e.file, "main")->z->list[0]->x;
    assert_ptr_equal(call->list[1]->type, e.s.types.t_float64);
    assert_int_equal(call->list[1]->cv.kind, CV_FLOAT);
    assert_int_equal(call->mode, MODE_VALUE);
    done(&e);
}

/* Programs the checker must survive without crashing (even after syntax
 * errors the parser recovered from). */
static void test_robustness(void **state)
{
    (void)state;
    static const char *srcs[] = {
        "package main\nfunc main() { x := ; y := x( }\n",
        "package main\ntype T struct{ a [len(T{}.a)]int }\nfunc main() {}\n",
        "package main\ntype A B\ntype B A\nfunc main() { var a A; _ = a }\n",
        "package main\nvar a = b\nvar b = a\nfunc main() {}\n",
        "package main\nconst c = c\nfunc main() {}\n",
        "package main\nfunc main() { for range func(yield func() bool) {} {} }\n",
        "package main\nfunc main() { var x interface{ M() }; x.(type) }\n",
        "package main\nfunc main() { _ = [...]int{1, 2, 3}[5]; _ = 1 << 1000; _ = 1.5i }\n",
        "package main\nimport \"unsafe\"\nfunc main() { _ = unsafe.Sizeof(1) }\n",
        "package main\nfunc main() { goto L; { L: } }\n",
        "package main\nfunc f() (int, string) { return f() }\nfunc main() { a, b, c := f(); _, _, _ = a, b, c }\n",
        "package main\ntype I interface{ I }\nfunc main() {}\n",
        "package main\nfunc main() { var m map[[]int]int; _ = m; append(); len(); make(); new(1) }\n",
        "package main\nfunc main() { x := []int{}; x.y.z(); nil(); _ = nil == nil }\n",
    };
    for (size_t i = 0; i < sizeof srcs / sizeof *srcs; i++) {
        Env e;
        memset(&e, 0, sizeof e);
        types_init(&e.s.types);
        arena_init(&e.s.arena);
        diags_init(&e.s.diags, "prog.go");
        e.file = parse_file(&e.s.arena, srcs[i], strlen(srcs[i]), &e.s.diags);
        Package *p = arena_alloc(&e.s.arena, sizeof *p);
        p->path = "main";
        p->file = e.file;
        check_package(&e.s, p, &e.s.diags, import_stub, &e);
        done(&e);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_program),
        cmocka_unit_test(test_undefined),
        cmocka_unit_test(test_unused),
        cmocka_unit_test(test_assign_messages),
        cmocka_unit_test(test_counts),
        cmocka_unit_test(test_operations),
        cmocka_unit_test(test_constants),
        cmocka_unit_test(test_statements),
        cmocka_unit_test(test_selectors),
        cmocka_unit_test(test_types_and_unsupported),
        cmocka_unit_test(test_more_diagnostics),
        cmocka_unit_test(test_annotations),
        cmocka_unit_test(test_robustness),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
