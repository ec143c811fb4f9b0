/* fuzz_lesson.c - libFuzzer entry point: the lesson parser (ui/lesson_parse.c)
 * on arbitrary bytes.  A lesson file is data: whatever it holds, parsing
 * must not crash, hang or leak, and must end either with a Lesson whose
 * items point at lines of the file, or with one `file:line: message` whose
 * line is in the file.  Seeded with the course (run_fuzz.sh).
 * Found so far: a leak when an option is written twice (test_lesson.c). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../ui/lesson_parse.c"
#include "../../ui/readfile.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int lines = 1;
    for (size_t i = 0; i < size; i++) lines += data[i] == '\n';
    Lesson l;
    char err[600];
    if (lesson_parse((const char *)data, size, "f.md", &l, err, sizeof err)) {
        if (!l.title) __builtin_trap();
        for (int i = 0; i < l.n; i++) {
            const LessonItem *it = &l.items[i];
            if (it->line < 1 || it->line > lines) __builtin_trap();
            if (it->op == LO_ASK && (it->right < 0 || it->right >= it->nchoices)) __builtin_trap();
            if ((it->op == LO_LOAD || it->op == LO_OUTPUT || it->op == LO_STDERR) &&
                it->program >= l.n) __builtin_trap();
        }
        lesson_free(&l);
    } else {
        /* "f.md:LINE: message" with LINE in the file */
        if (strncmp(err, "f.md:", 5) != 0) __builtin_trap();
        char *end;
        long line = strtol(err + 5, &end, 10);
        if (end == err + 5 || *end != ':' || line < 1 || line > lines + 1) __builtin_trap();
    }
    return 0;
}
