/* test_rt_panic.c - panic values, "panic: ..." texts, goroutine dumps and
 * println output, byte for byte as Go 1.19 prints them (GO-FACTS.md §1-2,
 * appendix A). */
#include "test_rt_fixture.h"
#include <stdio.h>

static const char *type_of_panic(Fixture *f)
{
    static char name[128];
    types_string(f->g.panic->value->type, NULL, name, sizeof name);
    return name;
}

static const char *msg_of_panic(Fixture *f)
{
    static char buf[512];
    GoString *m = NULL;
    assert_true(rt_error_string(&f->s, f->g.panic->value, &m));
    snprintf(buf, sizeof buf, "%.*s", (int)rt_strlen(m), rt_strptr(m));
    return buf;
}

static void test_runtime_error_values_have_go_types(void **state)
{
    /* recover(): %v | %T as GO-FACTS lists them */
    Fixture *f = *state;
    assert_int_equal(rt_panic_index(&f->s, &f->g, 3, 1), NAT_PANIC);
    assert_string_equal(msg_of_panic(f), "runtime error: index out of range [3] with length 1");
    assert_string_equal(type_of_panic(f), "runtime.boundsError");
    assert_true(f->g.panic->runtime_error);
    rt_panic_runtime(&f->s, &f->g, "integer divide by zero");
    assert_string_equal(msg_of_panic(f), "runtime error: integer divide by zero");
    assert_string_equal(type_of_panic(f), "runtime.errorString");
    rt_panic_plain(&f->s, &f->g, "close of nil channel");
    assert_string_equal(msg_of_panic(f), "close of nil channel");
    assert_string_equal(type_of_panic(f), "runtime.plainError");
    rt_panic_assert(&f->s, &f->g, f->s.types.t_any, f->s.types.t_string, f->s.types.t_int, NULL);
    assert_string_equal(msg_of_panic(f), "interface conversion: interface {} is string, not int");
    assert_string_equal(type_of_panic(f), "*runtime.TypeAssertionError");
    /* all of them implement error */
    assert_true(rt_iface_is(f->g.panic->value, f->s.types.t_error));
    assert_true(rt_iface_is(f->g.panic->link->value, f->s.types.t_error));
    /* panics chain: the newest links the earlier ones */
    assert_non_null(f->g.panic->link->link->link);
}

static void test_index_and_assert_texts(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    rt_panic_index(&f->s, &f->g, -1, 3);
    assert_string_equal(msg_of_panic(f), "runtime error: index out of range [-1]");
    Type *stringer = types_named(tt, "fmt", "fmt", "Stringer");
    Type *str = tt->t_string;
    Method m = {.name = "String", .sig = types_func(tt, NULL, 0, &str, 1, false), .func_index = -1};
    types_set_underlying(tt, stringer, types_interface(tt, &m, 1));
    rt_panic_assert(&f->s, &f->g, tt->t_any, tt->t_int, stringer, "String");
    assert_string_equal(msg_of_panic(f), "interface conversion: int is not fmt.Stringer: missing method String");
    rt_panic_assert(&f->s, &f->g, tt->t_any, NULL, stringer, NULL);
    assert_string_equal(msg_of_panic(f), "interface conversion: interface is nil, not fmt.Stringer");
    rt_panic_assert(&f->s, &f->g, tt->t_any, NULL, tt->t_int, NULL);
    assert_string_equal(msg_of_panic(f), "interface conversion: interface {} is nil, not int");
}

/* panic(v) for a boxed value, printed as an unrecovered panic. */
static const char *printed(Fixture *f, Type *t, Value v)
{
    f->nout = 0;
    f->out[0] = 0;
    f->g.panic = NULL;
    rt_panic_value(&f->s, &f->g, t ? rt_box(&f->s, t, v) : NULL);
    rt_print_panic(&f->s, &f->g, f->g.panic);
    return f->out;
}

static void test_print_panic_values(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    assert_string_equal(printed(f, tt->t_string, vptr(rt_cstring(&f->s, "x"))), "panic: x\n\n");
    assert_string_equal(printed(f, tt->t_string, vptr(rt_cstring(&f->s, "line1\nline2"))),
                        "panic: line1\nline2\n\n");
    assert_string_equal(printed(f, tt->t_int, vint(42)), "panic: 42\n\n");
    assert_string_equal(printed(f, tt->t_bool, vint(1)), "panic: true\n\n");
    assert_string_equal(printed(f, tt->t_float64, vflt(1.5)), "panic: +1.500000e+000\n\n");
    assert_string_equal(printed(f, NULL, vint(0)), "panic: nil\n\n");
    Type *mystr = types_named(tt, "main", "main", "MyStr");
    types_set_underlying(tt, mystr, tt->t_string);
    assert_string_equal(printed(f, mystr, vptr(rt_cstring(&f->s, "custom"))),
                        "panic: main.MyStr(\"custom\")\n\n");
    Type *myint = types_named(tt, "main", "main", "MyInt");
    types_set_underlying(tt, myint, tt->t_int);
    assert_string_equal(printed(f, myint, vint(-3)), "panic: main.MyInt(-3)\n\n");
    Field fl[2] = {{"A", tt->t_int, false, true, NULL}, {"B", tt->t_int, false, true, NULL}};
    Type *st = types_named(tt, "main", "main", "T");
    types_set_underlying(tt, st, types_struct(tt, fl, 2));
    const char *out = printed(f, st, rt_zero(&f->s, st));
    assert_true(strncmp(out, "panic: (main.T) 0xc0000", 23) == 0);
    assert_string_equal(out + strlen(out) - 2, "\n\n");
}

static void test_print_panic_chains_and_sigsegv(void **state)
{
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    /* re-panic of a recovered value */
    rt_panic_value(&f->s, &f->g, rt_box(&f->s, tt->t_string, vptr(rt_cstring(&f->s, "first"))));
    f->g.panic->recovered = true;
    rt_panic_value(&f->s, &f->g, rt_box(&f->s, tt->t_string, vptr(rt_cstring(&f->s, "first"))));
    rt_print_panic(&f->s, &f->g, f->g.panic);
    assert_string_equal(f->out, "panic: first [recovered]\n\tpanic: first\n\n");
    /* nil dereference: the signal line */
    f->nout = 0;
    f->g.panic = NULL;
    rt_panic_runtime(&f->s, &f->g, "invalid memory address or nil pointer dereference");
    rt_print_panic(&f->s, &f->g, f->g.panic);
    assert_string_equal(f->out,
        "panic: runtime error: invalid memory address or nil pointer dereference\n"
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\n");
    f->nout = 0;
    f->g.panic = NULL;
    rt_panic_plain(&f->s, &f->g, "assignment to entry in nil map");
    rt_print_panic(&f->s, &f->g, f->g.panic);
    assert_string_equal(f->out, "panic: assignment to entry in nil map\n\n");
}

static void test_goroutine_dump(void **state)
{
    Fixture *f = *state;
    int32_t lines[4] = {3, 4, 6, 7};
    Proto mainp = {.name = "main.main", .file = "/abs/main.go", .lines = lines, .ncode = 4};
    Proto worker = {.name = "main.worker", .file = "/abs/main.go", .lines = lines, .ncode = 4,
                    .nparams = 1};
    Proto defer1 = {.name = "main.main.func1", .file = "/abs/main.go", .lines = lines, .ncode = 4};
    Frame fr[2] = {{.proto = &mainp, .pc = 4}, {.proto = &worker, .pc = 1}};
    G g = {.id = 1, .frames = fr, .nframes = 2};
    rt_print_goroutine(&f->s, &g, "running");
    assert_string_equal(f->out, "goroutine 1 [running]:\n"
                                "main.worker(...)\n\t/abs/main.go:3 +0x0\n"
                                "main.main()\n\t/abs/main.go:7 +0x0\n");
    f->nout = 0;
    Frame w[1] = {{.proto = &worker, .pc = 2}};
    G g17 = {.id = 17, .frames = w, .nframes = 1, .creator = 1, .created_in = &mainp, .created_line = 10};
    rt_print_goroutine(&f->s, &g17, "chan receive");
    assert_string_equal(f->out, "goroutine 17 [chan receive]:\n"
                                "main.worker(...)\n\t/abs/main.go:4 +0x0\n"
                                "created by main.main in goroutine 1\n\t/abs/main.go:10 +0x0\n");
    f->nout = 0;
    Frame pd[2] = {{.proto = &mainp, .pc = 4}, {.proto = &defer1, .pc = 2, .flags = FRAME_PANIC_DEFER}};
    G gp = {.id = 1, .frames = pd, .nframes = 2};
    rt_print_goroutine(&f->s, &gp, "running");
    assert_string_equal(f->out, "goroutine 1 [running]:\n"
                                "main.main.func1()\n\t/abs/main.go:4 +0x0\n"
                                "panic({0x4a0000, 0xc000010000})\n\t$GOROOT/src/runtime/panic.go:884 +0x0\n"
                                "main.main()\n\t/abs/main.go:7 +0x0\n");
}

static void test_goroutine_dump_elides_deep_stacks(void **state)
{
    /* current Go: innermost 50 frames, "...N frames elided...", outermost 50 */
    Fixture *f = *state;
    int32_t lines[2] = {5, 7};
    Proto mainp = {.name = "main.main", .file = "/abs/main.go", .lines = lines, .ncode = 2};
    Proto rec = {.name = "main.f", .file = "/abs/main.go", .lines = lines, .ncode = 2, .nparams = 1};
    enum { N = 130 };
    static Frame fr[N];
    fr[0] = (Frame){.proto = &mainp, .pc = 2};
    for (int i = 1; i < N; i++) fr[i] = (Frame){.proto = &rec, .pc = i == N - 1 ? 1 : 2};
    G g = {.id = 1, .frames = fr, .nframes = N};
    rt_print_goroutine(&f->s, &g, "running");
    int nl = 0;
    for (const char *p = f->out; *p; p++) nl += *p == '\n';
    assert_int_equal(nl, 1 + 100 * 2 + 1);
    assert_non_null(strstr(f->out, "\n\t/abs/main.go:7 +0x0\n...30 frames elided...\nmain.f(...)\n"));
    assert_non_null(strstr(f->out, "goroutine 1 [running]:\nmain.f(...)\n\t/abs/main.go:5 +0x0\n"));
    const char *tail = "main.main()\n\t/abs/main.go:7 +0x0\n";
    assert_string_equal(f->out + strlen(f->out) - strlen(tail), tail);
    f->nout = 0;                        /* exactly 100: nothing elided */
    G g100 = {.id = 1, .frames = fr + 30, .nframes = 100};
    rt_print_goroutine(&f->s, &g100, "running");
    assert_null(strstr(f->out, "elided"));
}

static void test_println_formats(void **state)
{
    /* println("s", 42, true, 1.5, 'x', uint8(7)) and friends, as measured */
    Fixture *f = *state;
    TypeTable *tt = &f->s.types;
    Type *ts[6] = {tt->t_string, tt->t_int, tt->t_bool, tt->t_float64, tt->t_int32, tt->t_uint8};
    Value vs[6] = {vptr(rt_cstring(&f->s, "s")), vint(42), vint(1), vflt(1.5), vint('x'), vint(7)};
    rt_print_args(&f->s, ts, vs, 6, true);
    assert_string_equal(f->out, "s 42 true +1.500000e+000 120 7\n");
    f->nout = 0;
    Type *si = types_slice(tt, tt->t_int);
    Type *ts2[4] = {types_pointer(tt, tt->t_int), si, types_map(tt, tt->t_int, tt->t_int), tt->t_error};
    GoSlice *sl = rt_make_slice(&f->s, tt->t_int, 2, 2);
    Value vs2[4] = {vptr(NULL), vptr(sl), vptr(rt_map_new(&f->s, ts2[2], 0)), vptr(NULL)};
    rt_print_args(&f->s, ts2, vs2, 4, true);
    assert_string_equal(f->out, "0x0 [2/2]0xc000010000 0xc000010010 (0x0,0x0)\n");
    f->nout = 0;
    Type *ts3[3] = {tt->t_string, tt->t_int, tt->t_string};
    Value vs3[3] = {vptr(rt_cstring(&f->s, "print has no spaces")), vint(7), vptr(rt_cstring(&f->s, "x\n"))};
    rt_print_args(&f->s, ts3, vs3, 3, false);
    assert_string_equal(f->out, "print has no spaces7x\n");
    f->nout = 0;
    /* floats, measured with go 1.19: println(1e100, 1.0/3, 123456789.0, 1e-320) */
    Type *tf[6] = {tt->t_float64, tt->t_float64, tt->t_float64, tt->t_float64, tt->t_float64, tt->t_float64};
    Value vf[6] = {vflt(1e100), vflt(1.0 / 3), vflt(123456789.0), vflt(1e-320), vflt(-0.0), vflt(-2.5)};
    rt_print_args(&f->s, tf, vf, 6, true);
    assert_string_equal(f->out, "+1.000000e+100 +3.333333e-001 +1.234568e+008 +9.999889e-321 "
                                "-0.000000e+000 -2.500000e+000\n");
}

static void test_fake_addresses_are_deterministic(void **state)
{
    Fixture *f = *state;
    int a = 0, b = 0;
    uint64_t x = rt_addr(&f->s, &a), y = rt_addr(&f->s, &b);
    assert_true(x == 0xc000010000ULL);
    assert_true(y == 0xc000010010ULL);
    assert_true(rt_addr(&f->s, &a) == x);
    assert_true(rt_addr(&f->s, NULL) == 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_runtime_error_values_have_go_types, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_index_and_assert_texts, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_print_panic_values, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_print_panic_chains_and_sigsegv, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_goroutine_dump, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_goroutine_dump_elides_deep_stacks, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_println_formats, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_fake_addresses_are_deterministic, fx_setup, fx_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
