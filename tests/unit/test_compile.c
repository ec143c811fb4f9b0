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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
