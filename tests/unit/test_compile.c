/* test_compile.c - the compiler end to end: Go source through parse, check,
 * compile_program and the VM, output captured.  Each test pins one rule of
 * Go's semantics that the compiler is responsible for. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "compile.h"
#include "vm.h"
#include "rt.h"
#include "ops.h"

typedef struct Out {
    char buf[8192];
    size_t n;
} Out;

static void capture(void *ud, int fd, const char *b, size_t n)
{
    Out *o = ud;
    (void)fd;
    if (o->n + n >= sizeof o->buf) n = sizeof o->buf - 1 - o->n;
    memcpy(o->buf + o->n, b, n);
    o->n += n;
    o->buf[o->n] = 0;
}

/* Compile and run src; returns the final VM status, output in *out. */
static VmStatus run(const char *src, Out *out)
{
    Sim s;
    SimConfig cfg = { .write = capture, .write_ud = out };
    memset(out, 0, sizeof *out);
    sim_init(&s, &cfg);
    if (!sim_load(&s, "/t/prog.go", src, strlen(src))) {
        diags_print(&s.diags, stderr);
        sim_free(&s);
        return VM_FATAL;
    }
    Program *p = s.prog;
    s.globals = xcalloc((size_t)p->nglobals + 1, sizeof(Value));
    for (int i = 0; i < p->nglobals; i++) s.globals[i] = rt_zero(&s, p->global_types[i]);
    GoFunc *init = rt_alloc(&s, sizeof(GoFunc), OBJ_FUNC);
    init->proto = p->funcs[p->init_index];
    G *g = vm_new_g(&s, init, NULL, 0);
    VmStatus st = vm_execute(&s, g, 0);
    if (st == VM_DONE) {
        GoFunc *m = rt_alloc(&s, sizeof(GoFunc), OBJ_FUNC);
        m->proto = p->funcs[p->main_index];
        vm_start(&s, g, m, NULL, 0);
        st = vm_execute(&s, g, 0);
    }
    sim_free(&s);
    return st;
}

#define EXPECT(src, want) do { \
        Out out; \
        assert_int_equal(run(src, &out), VM_DONE); \
        assert_string_equal(out.buf, want); \
    } while (0)

static void test_loop_variables_are_per_iteration(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "func main() {\n"
           "  var fs []func() int\n"
           "  for i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }\n"
           "  for _, v := range []int{7, 8} { fs = append(fs, func() int { return v }) }\n"
           "  for _, f := range fs { print(f(), \" \") }\n"
           "}\n",
           "0 1 2 7 8 ");
}

static void test_structs_and_arrays_copy_on_assignment(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "type P struct{ x int; a [2]int }\n"
           "func bump(p P) { p.x++; p.a[0]++ }\n"
           "func main() {\n"
           "  p := P{x: 1}\n"
           "  q := p\n"
           "  q.x = 5; q.a[1] = 9\n"
           "  bump(p)\n"
           "  r := &p\n"
           "  r.x = 3\n"
           "  println(p.x, p.a[1], q.x, q.a[1])\n"
           "}\n",
           "3 0 5 9\n");
}

static void test_defer_recover_named_results(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "func f() (n int) {\n"
           "  defer func() { if recover() != nil { n = 42 } }()\n"
           "  var m map[string]int\n"
           "  m[\"x\"] = 1\n"
           "  return 7\n"
           "}\n"
           "func g() (s string) {\n"
           "  defer func() { s += \"!\" }()\n"
           "  for i := 0; i < 3; i++ { defer print(i) }\n"
           "  return \"ok\"\n"
           "}\n"
           "func main() { println(f()); println(g()) }\n",
           "42\n210ok!\n");
}

static void test_recover_only_in_deferred_call(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "func helper() interface{} { return recover() }\n"
           "func main() {\n"
           "  defer func() { println(recover() != nil) }()\n"
           "  defer func() { println(helper() == nil) }()\n"
           "  panic(\"boom\")\n"
           "}\n",
           "true\ntrue\n");
}

static void test_interfaces_methods_and_promotion(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "type I interface{ Get() int; Inc() }\n"
           "type T struct{ n int }\n"
           "func (t *T) Inc() { t.n++ }\n"
           "func (t T) Get() int { return t.n }\n"
           "type W struct{ *T }\n"
           "func main() {\n"
           "  var i I = W{&T{1}}\n"
           "  i.Inc(); i.Inc()\n"
           "  get := i.Get\n"
           "  i.Inc()\n"
           "  t, ok := i.(W)\n"
           "  println(i.Get(), get(), t.n, ok)\n"
           "}\n",
           "4 4 4 true\n");
}

static void test_sized_integer_arithmetic_wraps(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "func main() {\n"
           "  var a int8 = 127\n"
           "  a++\n"
           "  var b uint8 = 3\n"
           "  b -= 5\n"
           "  var c uint32 = 1 << 31\n"
           "  c *= 2\n"
           "  var d int64 = -9\n"
           "  var u uint64 = 1 << 63\n"
           "  s := 70\n"
           "  println(a, b, c, d/2, d%4, d>>1, u>>s, u/3, 1<<s)\n"
           "}\n",
           "-128 254 0 -4 -1 -5 0 3074457345618258602 0\n");
}

static void test_switch_fallthrough_labels_goto(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "func main() {\n"
           "outer:\n"
           "  for i := 0; i < 4; i++ {\n"
           "    switch {\n"
           "    case i == 1: continue outer\n"
           "    case i == 2: print(\"two \"); fallthrough\n"
           "    case i == 9: print(\"nine \")\n"
           "    case i == 3: break outer\n"
           "    default: print(i, \" \")\n"
           "    }\n"
           "  }\n"
           "  n := 0\n"
           "again:\n"
           "  n++\n"
           "  if n < 3 { goto again }\n"
           "  println(n)\n"
           "}\n",
           "0 two nine 3\n");
}

static void test_append_in_place_keeps_slice_semantics(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "func main() {\n"
           "  xs := make([]int, 0, 8)\n"
           "  for i := 0; i < 3; i++ { xs = append(xs, i) }\n"
           "  for _, v := range xs { xs = append(xs, v*10) }\n"
           "  ys := make([]int, 0, 8)\n"
           "  ys = append(ys, 1)\n"
           "  zs := ys\n"
           "  ys = append(ys, 2)\n"
           "  println(len(xs), xs[5], len(zs), len(ys), cap(xs))\n"
           "}\n",
           "6 20 1 2 8\n");
}

static void test_value_receiver_not_modified_by_callee(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "type V struct{ n int }\n"
           "func (v V) Get() int { return v.n }\n"
           "func (v V) Bump() int { v.n++; return v.n }\n"
           "type G interface{ Get() int; Bump() int }\n"
           "func main() {\n"
           "  v := V{1}\n"
           "  var g G = v\n"
           "  println(v.Bump(), v.Get(), g.Bump(), g.Get())\n"
           "}\n",
           "2 1 2 1\n");
}

static void test_step_budget_yields(void **state)
{
    (void)state;
    const char *src = "package main\nfunc main() { for { } }\n";
    Sim s;
    Out out;
    SimConfig cfg = { .write = capture, .write_ud = &out };
    memset(&out, 0, sizeof out);
    sim_init(&s, &cfg);
    assert_true(sim_load(&s, "/t/prog.go", src, strlen(src)));
    s.globals = xcalloc((size_t)s.prog->nglobals + 1, sizeof(Value));
    GoFunc *m = rt_alloc(&s, sizeof(GoFunc), OBJ_FUNC);
    m->proto = s.prog->funcs[s.prog->main_index];
    G *g = vm_new_g(&s, m, NULL, 0);
    assert_int_equal(vm_execute(&s, g, 10000), VM_SLICE);
    assert_int_equal(vm_frame_line(&g->frames[g->nframes - 1]), 2);
    sim_free(&s);
}

static void test_whole_value_assignment_copies_into_storage(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "type P struct{ X, Y int }\n"
           "type Q struct { P; A [2]int }\n"
           "var g Q\n"
           "func main() {\n"
           "  s := P{1, 2}\n"
           "  px := &s.X\n"
           "  s = P{10, 20}\n"
           "  a := [3]int{1, 2, 3}\n"
           "  sl := a[:]\n"
           "  b := [3]int{7, 8, 9}\n"
           "  a = b\n"
           "  b[0] = 100\n"
           "  println(*px, sl[0], a[0], b[0])\n"
           "  pg := &g.P.Y\n"
           "  pa := &g.A[1]\n"
           "  g = Q{P{5, 6}, [2]int{7, 8}}\n"
           "  println(*pg, *pa)\n"
           "  u, v := P{1, 1}, P{2, 2}\n"
           "  pu := &u.X\n"
           "  u, v = v, u\n"
           "  println(*pu, u.X, v.X)\n"
           "  ptr := &P{1, 2}\n"
           "  fy := &ptr.Y\n"
           "  *ptr = P{9, 9}\n"
           "  x := s\n"
           "  s = P{0, 0}\n"
           "  println(*fy, x.X, s.X)\n"
           "}\n",
           "10 7 7 100\n6 8\n2 2 1\n9 10 0\n");
}

static void test_promoted_methods_of_local_types(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "type Namer interface{ Name() string }\n"
           "type Setter interface { Namer; Set(string) }\n"
           "type Base struct{ n string }\n"
           "func (b Base) Name() string { return b.n }\n"
           "func (b *Base) Set(s string) { b.n = s }\n"
           "func main() {\n"
           "  type L struct { Base; z int }\n"
           "  type LP struct{ *Base }\n"
           "  type LI struct{ Namer }\n"
           "  type Deep struct{ LP }\n"
           "  var n Namer = L{Base{\"a\"}, 1}\n"
           "  var s Setter = &L{Base{\"b\"}, 2}\n"
           "  s.Set(\"bb\")\n"
           "  var s2 Setter = Deep{LP{&Base{\"c\"}}}\n"
           "  s2.Set(\"cc\")\n"
           "  var n3 Namer = LI{Base{\"d\"}}\n"
           "  println(n.Name(), s.Name(), s2.Name(), n3.Name())\n"
           "}\n",
           "a bb cc d\n");
}

static void test_promoted_methods_of_unnamed_structs(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "type T struct{ n int }\n"
           "func (t T) Get() int { return t.n }\n"
           "func (t *T) Inc() { t.n++ }\n"
           "type I interface{ Get() int; Inc() }\n"
           "type G interface{ Get() int }\n"
           "func main() {\n"
           "  a := &struct{ T }{T{1}}\n"
           "  var i I = a\n"
           "  i.Inc()\n"
           "  f := i.Inc\n"
           "  f()\n"
           "  var g G = struct{ G }{T{7}}\n"
           "  println(i.Get(), a.n, g.Get())\n"
           "}\n",
           "3 3 7\n");
}

/* One CALLI site seeing three dynamic types in turn: its 2-way inline cache
 * hits, swaps and evicts, and every call still reaches the right method. */
static void test_polymorphic_interface_call_site(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "type I interface{ V() int }\n"
           "type A struct{}\n"
           "type B struct{ n int }\n"
           "type C int\n"
           "func (A) V() int { return 1 }\n"
           "func (b *B) V() int { return b.n }\n"
           "func (c C) V() int { return int(c) }\n"
           "func main() {\n"
           "  xs := []I{A{}, &B{10}, C(100), &B{20}, A{}, A{}, C(300), &B{30}}\n"
           "  t := 0\n"
           "  for r := 0; r < 3; r++ { for _, x := range xs { t = t*3 + x.V() } }\n"
           "  println(t)\n"
           "}\n",
           "1565546529729\n");
}

/* A switch compares tag == case: a concrete tag against an interface case
 * is boxed first (and the mirror), and println(f()) prints f's results. */
static void test_switch_mixed_interface_cases_and_println_tuple(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "func two() (int, string) { return 3, \"s\" }\n"
           "func k(t int, i any) string {\n"
           "  switch t {\n"
           "  case i: return \"eq\"\n"
           "  default: return \"default\"\n"
           "  }\n"
           "}\n"
           "func main() {\n"
           "  var i any = 3\n"
           "  switch i { case 3: print(\"three \") }\n"
           "  println(k(3, i), k(4, i), k(3, nil), k(3, int8(3)))\n"
           "  println(two())\n"
           "}\n",
           "three eq default default default\n3 s\n");
}

/* I.M and T.M for a promoted M are func values that dispatch correctly. */
static void test_method_expressions_on_interfaces_and_promoted(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "type I interface{ M(int) int }\n"
           "type T int\n"
           "func (t T) M(k int) int { return int(t) + k }\n"
           "type E struct{ x int; *T }\n"
           "func main() {\n"
           "  f := I.M\n"
           "  t := T(40)\n"
           "  println(f(t, 2), I.M(&t, 1), E.M(E{0, &t}, 3), (*E).M(&E{0, &t}, 4))\n"
           "}\n",
           "42 41 43 44\n");
}

/* [N]T(s) (Go 1.20) copies the slice's first N elements (deeply), and
 * panics with Go's words when the slice is shorter. */
static void test_slice_to_array_conversion_copies(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "type P struct{ x int }\n"
           "func main() {\n"
           "  s := []P{{1}, {2}, {3}, {4}}\n"
           "  a := [3]P(s[1:])\n"
           "  s[1].x = 9\n"
           "  println(a[0].x, a[2].x, s[1].x)\n"
           "  defer func() { println(recover().(error).Error()) }()\n"
           "  _ = [5]P(s)\n"
           "}\n",
           "2 4 9\nruntime error: cannot convert slice with length 4 to array or pointer to array with length 5\n");
}

/* (*[N]T)(s) aliases s when s covers its whole backing array; too short a
 * slice panics with current Go's words. */
static void test_slice_to_array_pointer_aliases(void **state)
{
    (void)state;
    EXPECT("package main\n"
           "func main() {\n"
           "  s := make([]int, 3)\n"
           "  p := (*[3]int)(s)\n"
           "  p[1] = 5\n"
           "  println(s[1], &p[2] == &s[2])\n"
           "  defer func() { println(recover().(error).Error()) }()\n"
           "  _ = (*[4]int)(s)\n"
           "}\n",
           "5 true\nruntime error: cannot convert slice with length 3 to array or pointer to array with length 4\n");
}

/* Names MAKECHAN gives the channels of main.main, in code order. */
static void chan_names(const char *src, char *buf, size_t cap)
{
    Sim s;
    SimConfig cfg = { 0 };
    sim_init(&s, &cfg);
    assert_true(sim_load(&s, "/t/prog.go", src, strlen(src)));
    Proto *p = s.prog->funcs[s.prog->main_index];
    size_t n = 0;
    buf[0] = 0;
    for (int pc = 0; pc < p->ncode; pc += 1 + op_noperands[p->code[pc]]) {
        if (p->code[pc] != OP_MAKECHAN) continue;
        GoString *name = p->consts[p->code[pc + 4]].p;
        n += (size_t)snprintf(buf + n, cap - n, "[%.*s]", name ? (int)name->len : 0, name ? name->ptr : "");
    }
    sim_free(&s);
}

static void test_channels_are_named_after_their_variable(void **state)
{
    (void)state;
    char names[512];
    chan_names("package main\n"
               "type W struct{ jobs chan string }\n"
               "type C struct{ done chan struct{} `gocafe:\"ctx.Done()\"` }\n"
               "func use(chan int) {}\n"
               "func main() {\n"
               "  ch := make(chan int)\n"
               "  var done = make(chan struct{})\n"
               "  jobs := make(chan string, 10)\n"
               "  w := &W{}\n"
               "  w.jobs = make(chan string)\n"
               "  w2 := W{jobs: make(chan string)}\n"
               "  a, b := make(chan int), make(chan bool)\n"
               "  c := &C{}\n"
               "  c.done = make(chan struct{})\n"
               "  x := 1\n"
               "  use(make(chan int))\n"
               "  _, _, _, _, _, _, _, _, _ = ch, done, jobs, w, w2, a, b, c, x\n"
               "}\n", names, sizeof names);
    assert_string_equal(names, "[ch][done][jobs][w.jobs][w2.jobs][a][b][ctx.Done()][]");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_loop_variables_are_per_iteration),
        cmocka_unit_test(test_structs_and_arrays_copy_on_assignment),
        cmocka_unit_test(test_defer_recover_named_results),
        cmocka_unit_test(test_recover_only_in_deferred_call),
        cmocka_unit_test(test_interfaces_methods_and_promotion),
        cmocka_unit_test(test_sized_integer_arithmetic_wraps),
        cmocka_unit_test(test_switch_fallthrough_labels_goto),
        cmocka_unit_test(test_append_in_place_keeps_slice_semantics),
        cmocka_unit_test(test_value_receiver_not_modified_by_callee),
        cmocka_unit_test(test_step_budget_yields),
        cmocka_unit_test(test_whole_value_assignment_copies_into_storage),
        cmocka_unit_test(test_promoted_methods_of_local_types),
        cmocka_unit_test(test_channels_are_named_after_their_variable),
        cmocka_unit_test(test_promoted_methods_of_unnamed_structs),
        cmocka_unit_test(test_polymorphic_interface_call_site),
        cmocka_unit_test(test_switch_mixed_interface_cases_and_println_tuple),
        cmocka_unit_test(test_method_expressions_on_interfaces_and_promoted),
        cmocka_unit_test(test_slice_to_array_conversion_copies),
        cmocka_unit_test(test_slice_to_array_pointer_aliases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
