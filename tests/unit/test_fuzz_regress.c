/* test_fuzz_regress.c - every input that once crashed, hung or misbehaved in
 * the front end (tests/fuzz/fuzz_front.c found most of them) is a small Go
 * file under tests/fuzz/regress/.  Each is loaded through sim_load + sim_free
 * on a fresh Sim, as the fuzz target does (the program is never run), and
 * must not crash, hang or leak (make sanitize runs this under ASan).
 *
 * A regression file may state what go build prints, in comment lines at its
 * top (before the package clause):
 *   // want: TEXT        some diagnostic line contains TEXT
 *   // want-not: TEXT    no diagnostic line contains TEXT
 *   // want-ok           sim_load succeeds (no diagnostics)
 * The directory is tests/fuzz/regress (tests run from the repository root),
 * or $GOCAFE_REGRESS_DIR. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "sim.h"

static const char *regress_dir(void)
{
    const char *env = getenv("GOCAFE_REGRESS_DIR");
    if (env && *env) return env;
    return "tests/fuzz/regress";
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t k;
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    *len = n;
    return buf;
}

static void discard(void *ud, int fd, const char *buf, size_t n)
{
    (void)ud; (void)fd; (void)buf; (void)n;
}

/* The diagnostics as go build prints them, one string. */
static char *diag_text(Sim *s)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    assert_non_null(f);
    diags_print(&s->diags, f);
    fclose(f);
    return out;
}

/* Does some line of text contain want? */
static int has_line_with(const char *text, const char *want)
{
    for (const char *l = text; *l; ) {
        const char *e = strchr(l, '\n');
        size_t ll = e ? (size_t)(e - l) : strlen(l);
        char line[4096];
        snprintf(line, sizeof line, "%.*s", (int)ll, l);
        if (strstr(line, want)) return 1;
        if (!e) break;
        l = e + 1;
    }
    return 0;
}

/* Checks the // want lines of one regression file against its diagnostics. */
static int check_wants(const char *name, const char *src, size_t len, bool ok, const char *diags)
{
    int bad = 0;
    const char *p = src, *end = src + len;
    while (p < end && strncmp(p, "//", 2) == 0) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        size_t ll = e ? (size_t)(e - p) : (size_t)(end - p);
        char line[512];
        snprintf(line, sizeof line, "%.*s", (int)ll, p);
        if (strncmp(line, "// want: ", 9) == 0 && !has_line_with(diags, line + 9)) {
            print_error("%s: no diagnostic contains \"%s\"; got:\n%s", name, line + 9, diags);
            bad = 1;
        } else if (strncmp(line, "// want-not: ", 13) == 0 && strstr(diags, line + 13)) {
            print_error("%s: unexpected \"%s\" in:\n%s", name, line + 13, diags);
            bad = 1;
        } else if (strcmp(line, "// want-ok") == 0 && !ok) {
            print_error("%s: sim_load failed:\n%s", name, diags);
            bad = 1;
        }
        p = e ? e + 1 : end;
    }
    return bad;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static int is_go(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return n > 3 && strcmp(d->d_name + n - 3, ".go") == 0;
}

static void test_regressions_load_without_crashing(void **state)
{
    (void)state;
    const char *dir = regress_dir();
    struct dirent **ents;
    int n = scandir(dir, &ents, is_go, by_name);
    if (n < 0) fail_msg("cannot read %s (run from the repository root)", dir);
    assert_true(n > 0);
    int failures = 0;
    for (int i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, ents[i]->d_name);
        size_t len = 0;
        char *src = read_all(path, &len);
        assert_non_null(src);
        SimConfig cfg = { .seed = 1, .write = discard };
        Sim s;
        sim_init(&s, &cfg);
        bool ok = sim_load(&s, "prog.go", src, len);
        char *diags = diag_text(&s);
        if (!ok && s.diags.n == 0) {
            print_error("%s: sim_load failed without a diagnostic\n", ents[i]->d_name);
            failures++;
        }
        failures += check_wants(ents[i]->d_name, src, len, ok, diags);
        free(diags);
        sim_free(&s);
        free(src);
        free(ents[i]);
    }
    free(ents);
    assert_int_equal(failures, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_regressions_load_without_crashing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
