/* test_vm.c - unit tests for the VM (sim/vm*.c) on hand-built Protos:
 * calls and returns on the explicit frame stack, deep recursion without C
 * recursion, the step budget, runtime panics and their unwinding, and
 * re-entrant vm_call from C; and on compiled Go: stepping by statements
 * (vm_execute_until) and the nesting limit of re-entrant calls. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "vm.h"
#include "rt.h"
#include "ops.h"

typedef struct Out {
    char buf[4096];
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

typedef struct Fixture {
    Sim s;
    Out out;
    Program prog;
    Proto *protos[4];
} Fixture;

static Proto *proto(const char *name, const Instr *code, int n, int nparams, int nresults, int frame)
{
    Proto *p = calloc(1, sizeof *p);
    p->name = name;
    p->file = "/t/x.go";
    p->code = malloc((size_t)n * sizeof(Instr));
    memcpy(p->code, code, (size_t)n * sizeof(Instr));
    p->lines = calloc((size_t)n, sizeof(int32_t));
    for (int i = 0; i < n; i++) p->lines[i] = 7;
    p->ncode = n;
    p->nparams = nparams;
    p->nresults = nresults;
    p->nlocals = nparams;
    p->framesize = frame;
    p->retpc = -1;
    return p;
}

static int setup(void **state)
{
    Fixture *fx = calloc(1, sizeof *fx);
    SimConfig cfg = { .write = capture, .write_ud = &fx->out };
    sim_init(&fx->s, &cfg);
    fx->s.globals = calloc(4, sizeof(Value));
    /* 0: fib(n) */
    static const Instr fib[] = {
        OP_JGEI, 0, 2, 7,           /* 0: if n >= 2 goto 7 */
        OP_RET, 0, 1,               /* 4 */
        OP_ADDI, 1, 0, (Instr)-1,   /* 7: r1 = n-1 */
        OP_CALL, 1, 0,              /* 11: r1 = fib(r1) */
        OP_ADDI, 2, 0, (Instr)-2,   /* 14 */
        OP_CALL, 2, 0,              /* 18 */
        OP_ADD_INT, 1, 1, 2,        /* 21 */
        OP_RET, 1, 1,               /* 25 */
    };
    fx->protos[0] = proto("main.fib", fib, (int)(sizeof fib / sizeof fib[0]), 1, 1, 5);
    /* 1: main: globals[0] = fib(globals[1]) */
    static const Instr mainc[] = {
        OP_LOADG, 0, 1,
        OP_CALL, 0, 0,
        OP_STOREG, 0, 0,
        OP_RET, 0, 0,
    };
    fx->protos[1] = proto("main.main", mainc, (int)(sizeof mainc / sizeof mainc[0]), 0, 0, 4);
    /* 2: loop forever */
    static const Instr loop[] = { OP_JMP, 0 };
    fx->protos[2] = proto("main.spin", loop, 2, 0, 0, 2);
    /* 3: div(a, b) = a / b */
    static const Instr div[] = { OP_DIV_INT, 2, 0, 1, OP_RET, 2, 1 };
    fx->protos[3] = proto("main.div", div, 7, 2, 1, 5);
    fx->prog.funcs = fx->protos;
    fx->prog.nfuncs = 4;
    fx->s.prog = &fx->prog;
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    Fixture *fx = *state;
    for (int i = 0; i < 4; i++) {
        free(fx->protos[i]->code);
        free(fx->protos[i]->lines);
        free(fx->protos[i]);
    }
    fx->s.prog = NULL;
    sim_free(&fx->s);
    free(fx);
    return 0;
}

static GoFunc *fn(Fixture *fx, int i)
{
    GoFunc *f = rt_alloc(&fx->s, sizeof(GoFunc), OBJ_FUNC);
    f->proto = fx->protos[i];
    return f;
}

static void test_calls_return_results(void **state)
{
    Fixture *fx = *state;
    fx->s.globals[1].i = 20;
    G *g = vm_new_g(&fx->s, fn(fx, 1), NULL, 0);
    assert_int_equal(vm_execute(&fx->s, g, 0), VM_DONE);
    assert_int_equal(fx->s.globals[0].i, 6765);
    assert_int_equal(g->nframes, 0);
}

static void test_vm_call_from_c(void **state)
{
    Fixture *fx = *state;
    G *g = vm_new_g(&fx->s, fn(fx, 1), NULL, 0);
    Value arg = { .i = 15 }, res = { 0 };
    assert_int_equal(vm_call(&fx->s, g, fn(fx, 0), &arg, 1, &res, 1), NAT_OK);
    assert_int_equal(res.i, 610);
    assert_int_equal(g->nframes, 1);   /* back to the caller's frames */
}

static void test_budget_yields_and_resumes(void **state)
{
    Fixture *fx = *state;
    G *g = vm_new_g(&fx->s, fn(fx, 2), NULL, 0);
    assert_int_equal(vm_execute(&fx->s, g, 1000), VM_SLICE);
    assert_int_equal(g->status, G_RUNNABLE);
    assert_int_equal(vm_execute(&fx->s, g, 1000), VM_SLICE);
    assert_int_equal(g->nframes, 1);
}

static void test_divide_by_zero_panics_with_trace(void **state)
{
    Fixture *fx = *state;
    Value args[2] = { { .i = 1 }, { .i = 0 } };
    G *g = vm_new_g(&fx->s, fn(fx, 3), args, 2);
    assert_int_equal(vm_execute(&fx->s, g, 0), VM_PANIC);
    assert_non_null(strstr(fx->out.buf, "integer divide by zero"));
    assert_non_null(strstr(fx->out.buf, "main.div"));
    assert_int_equal(vm_frame_line(&g->frames[0]), 7);
}

static void test_min_int_divided_by_minus_one_wraps(void **state)
{
    Fixture *fx = *state;
    Value args[2] = { { .i = INT64_MIN }, { .i = -1 } };
    G *g = vm_new_g(&fx->s, fn(fx, 1), NULL, 0);
    Value res = { 0 };
    assert_int_equal(vm_call(&fx->s, g, fn(fx, 3), args, 2, &res, 1), NAT_OK);
    assert_true(res.i == INT64_MIN);
}

static void test_deep_recursion_uses_no_c_stack(void **state)
{
    Fixture *fx = *state;
    /* fib(27) reaches depth 27 only; the explicit stack still grows from
     * a few slots, so this checks growth while frames are live */
    fx->s.globals[1].i = 27;
    G *g = vm_new_g(&fx->s, fn(fx, 1), NULL, 0);
    assert_int_equal(vm_execute(&fx->s, g, 0), VM_DONE);
    assert_int_equal(fx->s.globals[0].i, 196418);
}

/* ---- stepping by statements (vm_execute_until), on compiled Go ---- */

typedef struct Loaded {
    Sim s;
    Out out;
    G *g;
} Loaded;

/* Load src and run package init; g is left at main.main's first statement. */
static Loaded *load(const char *src)
{
    Loaded *l = calloc(1, sizeof *l);
    SimConfig cfg = { .write = capture, .write_ud = &l->out };
    sim_init(&l->s, &cfg);
    if (!sim_load(&l->s, "/t/prog.go", src, strlen(src))) {
        diags_print(&l->s.diags, stderr);
        fail();
    }
    Program *p = l->s.prog;
    l->s.globals = calloc((size_t)p->nglobals + 1, sizeof(Value));
    for (int i = 0; i < p->nglobals; i++) l->s.globals[i] = rt_zero(&l->s, p->global_types[i]);
    GoFunc *init = rt_alloc(&l->s, sizeof(GoFunc), OBJ_FUNC);
    init->proto = p->funcs[p->init_index];
    l->g = vm_new_g(&l->s, init, NULL, 0);
    assert_int_equal(vm_execute(&l->s, l->g, 0), VM_DONE);
    GoFunc *m = rt_alloc(&l->s, sizeof(GoFunc), OBJ_FUNC);
    m->proto = p->funcs[p->main_index];
    vm_start(&l->s, l->g, m, NULL, 0);
    return l;
}

static void unload(Loaded *l)
{
    sim_free(&l->s);
    free(l);
}

static const char step_src[] =
    "package main\n"                       /* 1 */
    "func add(a, b int) int {\n"           /* 2 */
    "\tc := a + b\n"                        /* 3 */
    "\treturn c\n"                          /* 4 */
    "}\n"                                   /* 5 */
    "func main() {\n"                      /* 6 */
    "\tx := 1\n"                            /* 7 */
    "\ty := add(x, 2)\n"                    /* 8 */
    "\tx = y * 2\n"                         /* 9 */
    "\tfor i := 0; i < 2; i++ {\n"          /* 10 */
    "\t\tx++\n"                             /* 11 */
    "\t}\n"                                  /* 12 */
    "\tprintln(x)\n"                        /* 13 */
    "}\n";

/* Lines of the statements g stops before, stepping with mask until done. */
static void step_lines(Loaded *l, int mask, char *buf, size_t cap)
{
    size_t n = 0;
    buf[0] = 0;
    for (int i = 0; i < 100; i++) {
        VmStatus st = vm_execute_until(&l->s, l->g, 0, mask);
        if (st != VM_STMT) {
            assert_int_equal(st, VM_DONE);
            return;
        }
        assert_true(vm_at_stmt(l->g));
        assert_int_equal(l->g->status, G_RUNNABLE);
        Frame *f = &l->g->frames[l->g->nframes - 1];
        n += (size_t)snprintf(buf + n, cap - n, "%d ", f->proto->lines[f->pc]);
    }
    fail_msg("stepping did not finish");
}

static void test_step_into_stops_at_each_statement(void **state)
{
    (void)state;
    Loaded *l = load(step_src);
    assert_true(vm_at_stmt(l->g));          /* main's first statement */
    char lines[256];
    step_lines(l, VM_STOP_STMT, lines, sizeof lines);
    assert_string_equal(lines, "8 3 4 9 10 11 11 13 ");   /* i++ is fused into FORLOOP */
    assert_string_equal(l->out.buf, "8\n");
    unload(l);
}

static void test_step_over_skips_callees(void **state)
{
    (void)state;
    Loaded *l = load(step_src);
    char lines[256];
    step_lines(l, VM_STOP_STMT_OVER, lines, sizeof lines);
    assert_string_equal(lines, "8 9 10 11 11 13 ");
    assert_string_equal(l->out.buf, "8\n");
    unload(l);
}

static void test_slice_ends_at_statement_boundary(void **state)
{
    (void)state;
    Loaded *l = load("package main\n"
                     "var n int\n"
                     "func main() {\n"
                     "\tfor i := 0; i < 100000; i++ {\n"
                     "\t\tn += i\n"
                     "\t\tn ^= 1\n"
                     "\t}\n"
                     "\tprintln(n)\n"
                     "}\n");
    int slices = 0;
    VmStatus st;
    while ((st = vm_execute_until(&l->s, l->g, 7, VM_STOP_SLICE_STMT)) == VM_SLICE) {
        assert_true(vm_at_stmt(l->g));
        slices++;
    }
    assert_int_equal(st, VM_DONE);
    assert_true(slices > 1000);
    assert_string_equal(l->out.buf, "4999950000\n");
    unload(l);
}

/* String() calling Sprint on itself: Go's stack overflow, not the host's. */
static void test_reentrant_calls_overflow_like_go(void **state)
{
    (void)state;
    Loaded *l = load("package main\n"
                     "import \"fmt\"\n"
                     "type T struct{ n int }\n"
                     "func (t T) String() string { return fmt.Sprint(t) }\n"
                     "func main() {\n"
                     "\tfmt.Println(T{1})\n"
                     "}\n");
    assert_int_equal(vm_execute(&l->s, l->g, 0), VM_EXIT);
    assert_int_equal(l->s.exit_code, 2);
    assert_non_null(strstr(l->out.buf, "runtime: goroutine stack exceeds 1000000000-byte limit\n"
                                       "fatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.T.String"));
    unload(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_calls_return_results, setup, teardown),
        cmocka_unit_test_setup_teardown(test_vm_call_from_c, setup, teardown),
        cmocka_unit_test_setup_teardown(test_budget_yields_and_resumes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_divide_by_zero_panics_with_trace, setup, teardown),
        cmocka_unit_test_setup_teardown(test_min_int_divided_by_minus_one_wraps, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deep_recursion_uses_no_c_stack, setup, teardown),
        cmocka_unit_test(test_step_into_stops_at_each_statement),
        cmocka_unit_test(test_step_over_skips_callees),
        cmocka_unit_test(test_slice_ends_at_statement_boundary),
        cmocka_unit_test(test_reentrant_calls_overflow_like_go),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
