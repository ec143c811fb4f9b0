/* fuzz_front.c - libFuzzer entry point over the whole front end: lexer, parser,
 * type checker (with the embedded library packages imported as sim.c does)
 * and bytecode compiler, through sim_load on a fresh Sim per input.  The
 * program is never run.
 *
 * Contract: whatever the bytes, sim_load + sim_free must not crash, hang,
 * recurse without bound or leak (ASan's leak check runs after each input),
 * and every diagnostic must carry a real position (or none: a link error).  `make fuzz` builds it
 * with -fsanitize=fuzzer,address,undefined and seeds it from the programs of tests/go
 * and tests/fuzz/corpus_front/ (see tests/run_fuzz.sh).  Each crash it found
 * is a program under tests/fuzz/regress/, loaded by tests/unit/test_fuzz_regress.c. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "sim.h"

static void discard(void *ud, int fd, const char *buf, size_t n)
{
    (void)ud; (void)fd; (void)buf; (void)n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *null;
    if (!null) null = fopen("/dev/null", "w");

    SimConfig cfg = { .seed = 1, .write = discard };
    Sim s;
    sim_init(&s, &cfg);
    bool ok = sim_load(&s, "prog.go", (const char *)data, size);
    if (!ok && s.diags.n == 0) __builtin_trap();      /* a failure must say why */
    for (int i = 0; i < s.diags.n; i++) {    /* (0,0) is a link error: no position */
        Pos p = s.diags.v[i].pos;
        if ((p.line < 1 || p.col < 1) && !(p.line == 0 && p.col == 0)) __builtin_trap();
    }
    if (null && s.diags.n > 0) diags_print(&s.diags, null);
    sim_free(&s);
    return 0;
}
