/* fuzz_parse.c - libFuzzer entry point: lex + parse arbitrary bytes.
 *
 * Build (from the repository root):
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isim tests/fuzz/fuzz_parse.c \
 *       sim/lex.c sim/parse*.c sim/mem.c sim/diag.c -o build-fuzz/fuzz_parse
 *   ./build-fuzz/fuzz_parse -dict=tests/fuzz/go.dict -max_len=4096 tests/fuzz/corpus_parse
 * (corpus_parse holds the gc error cases of tests/unit/test_parse.c as seeds.)
 * The parser must never crash, hang or recurse without bound, whatever the input;
 * fuzz_front.c covers the checker and compiler too (through sim_load). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "lex.h"
#include "parse.h"

static void ignore(void *ud, Pos pos, const char *msg) { (void)ud; (void)pos; (void)msg; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *src = (const char *)data;

    /* the lexer alone must reach EOF in at most one token per byte (+ EOF semicolon) */
    Lexer lx;
    lex_init(&lx, src, size);
    lx.error = ignore;
    size_t n = 0;
    while (lex_next(&lx).kind != TK_EOF)
        if (++n > size + 2) __builtin_trap();

    Arena a;
    Diags d;
    arena_init(&a);
    diags_init(&d, "prog.go");
    Node *f = parse_file(&a, src, size, &d);
    if (!f || f->kind != N_FILE) __builtin_trap();
    for (int i = 0; i < d.n; i++)
        if (d.v[i].pos.line < 1 || d.v[i].pos.col < 1) __builtin_trap();
    static FILE *null;
    if (!null) null = fopen("/dev/null", "w");
    if (null) {
        if (d.n > 0) diags_print(&d, null);
        ast_dump(f, null);
    }
    diags_free(&d);
    arena_free(&a);
    return 0;
}
