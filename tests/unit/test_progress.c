/* test_progress.c - the progress file (ui/progress.c): round trip, atomic
 * write (no temp file left, the old file intact until the rename), the
 * default path from $XDG_STATE_HOME / $HOME, and a corrupt file reported with
 * its line and set aside as progress.corrupt-N, never lost. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <dirent.h>
#include "../../ui/progress.c"

static char dir[256];

static int setup(void **state)
{
    snprintf(dir, sizeof dir, "/tmp/gocafe-test-progress-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    static char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static int count_files(const char *d)
{
    DIR *dd = opendir(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dd)))
        if (e->d_name[0] != '.') n++;
    closedir(dd);
    return n;
}

static void test_round_trip(void **state)
{
    char path[512];
    snprintf(path, sizeof path, "%s/a/b/progress", dir);   /* directories made on save */
    Progress p;
    assert_true(progress_load(&p, path, stderr));
    assert_int_equal(p.n, 0);
    assert_int_equal(progress_get(&p, "04-stopping"), LS_NEW);
    progress_set(&p, "04-stopping", LS_STARTED);
    progress_set(&p, "01-the-cafe", LS_DONE);
    progress_set(&p, "04-stopping", LS_DONE);
    progress_set(&p, "05-context-tree", LS_STARTED);
    progress_set_item(&p, "05-context-tree", 12);
    char err[256];
    assert_true(progress_save(&p, err, sizeof err));
    progress_free(&p);
    assert_string_equal(read_all(path),
                        "# gocafe progress 1\n04-stopping done\n01-the-cafe done\n05-context-tree started 12\n");
    char sub[512];
    snprintf(sub, sizeof sub, "%s/a/b", dir);
    assert_int_equal(count_files(sub), 1);   /* no temp file left behind */
    assert_true(progress_load(&p, path, stderr));
    assert_int_equal(progress_get(&p, "04-stopping"), LS_DONE);
    assert_int_equal(progress_get(&p, "01-the-cafe"), LS_DONE);
    assert_int_equal(progress_get(&p, "02-channels"), LS_NEW);
    assert_int_equal(progress_get(&p, "05-context-tree"), LS_STARTED);
    assert_int_equal(progress_item(&p, "05-context-tree"), 12);
    assert_int_equal(progress_item(&p, "04-stopping"), 0);
    progress_set(&p, "05-context-tree", LS_DONE);   /* done forgets the resume point */
    assert_int_equal(progress_item(&p, "05-context-tree"), 0);
    progress_free(&p);
}

static void test_atomic_replace(void **state)
{
    char path[512];
    snprintf(path, sizeof path, "%s/progress", dir);
    write_text(path, "01-the-cafe started\n");
    Progress p;
    assert_true(progress_load(&p, path, stderr));
    progress_set(&p, "01-the-cafe", LS_DONE);
    /* a reader holding the old file keeps the old contents: rename, not rewrite */
    FILE *old = fopen(path, "r");
    char err[256];
    assert_true(progress_save(&p, err, sizeof err));
    char buf[128] = "";
    size_t n = fread(buf, 1, sizeof buf - 1, old);
    buf[n] = '\0';
    fclose(old);
    assert_string_equal(buf, "01-the-cafe started\n");
    assert_non_null(strstr(read_all(path), "01-the-cafe done"));
    progress_free(&p);
    /* an unwritable place fails with a message, no crash */
    snprintf(p.path, sizeof p.path, "/proc/gocafe-no/progress");
    p.v = NULL;
    p.n = p.cap = 0;
    assert_false(progress_save(&p, err, sizeof err));
    assert_non_null(strstr(err, "/proc/gocafe-no"));
}

static void test_corrupt_set_aside(void **state)
{
    char path[512], aside[600], aside2[600];
    snprintf(path, sizeof path, "%s/progress", dir);
    snprintf(aside, sizeof aside, "%s.corrupt-1", path);
    snprintf(aside2, sizeof aside2, "%s.corrupt-2", path);
    unlink(aside);
    unlink(aside2);
    write_text(path, "# gocafe progress 1\n01-the-cafe done\n02-channels finished\n");
    char *msg = NULL;
    size_t len = 0;
    FILE *warn = open_memstream(&msg, &len);
    Progress p;
    assert_true(progress_load(&p, path, warn));
    fclose(warn);
    assert_int_equal(p.n, 0);
    assert_non_null(strstr(msg, "progress:3: the state is new, started or done"));
    assert_non_null(strstr(msg, "corrupt-1"));
    free(msg);
    assert_int_equal(access(path, F_OK), -1);
    assert_non_null(strstr(read_all(aside), "02-channels finished"));   /* kept, not lost */
    progress_free(&p);
    /* a second corrupt file goes to corrupt-2 */
    write_text(path, "justwords\n");
    warn = open_memstream(&msg, &len);
    assert_true(progress_load(&p, path, warn));
    fclose(warn);
    assert_non_null(strstr(msg, "progress:1: want NAME STATE"));
    free(msg);
    assert_string_equal(read_all(aside2), "justwords\n");
    progress_free(&p);
    write_text(path, "05-x started twelve\n");
    assert_true(progress_load(&p, path, NULL));
    assert_int_equal(p.n, 0);
    progress_free(&p);
    /* binary garbage */
    FILE *f = fopen(path, "wb");
    fwrite("a\0b done\n", 1, 9, f);
    fclose(f);
    assert_true(progress_load(&p, path, NULL));
    assert_int_equal(p.n, 0);
    progress_free(&p);
}

static void test_default_path(void **state)
{
    char buf[512];
    setenv("XDG_STATE_HOME", "/x/state", 1);
    assert_true(progress_default_path(buf, sizeof buf));
    assert_string_equal(buf, "/x/state/gocafe/progress");
    setenv("XDG_STATE_HOME", "relative", 1);   /* the spec ignores relative paths */
    setenv("HOME", "/home/u", 1);
    assert_true(progress_default_path(buf, sizeof buf));
    assert_string_equal(buf, "/home/u/.local/state/gocafe/progress");
    unsetenv("XDG_STATE_HOME");
    assert_true(progress_default_path(buf, sizeof buf));
    assert_string_equal(buf, "/home/u/.local/state/gocafe/progress");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_atomic_replace),
        cmocka_unit_test(test_corrupt_set_aside),
        cmocka_unit_test(test_default_path),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
