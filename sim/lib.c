/* lib.c - the standard library's registry: embedded Go sources by import
 * path, the packages deliberately left out because they reach the host, and
 * the natives (bodiless functions of the Go files in sim/lib) by qualified
 * name.
 *
 * Qualified names use the full import path, as Go's runtime names do:
 * "fmt.Sprintf", "unicode/utf8.RuneCountInString",
 * "strings.(*Builder).WriteString", "pkg.T.Method" for value receivers.
 *
 * Adding a package: write sim/lib/<path with / as _>.go as ordinary Go
 * (package clause = last path element), declare the C parts without a
 * body, implement them in a NULL-terminated NativeDef table in a
 * lib_<pkg>.c and list it in native_tables below.  test_lib checks that
 * every bodiless function of every embedded package has its native.
 */
#include <stdlib.h>
#include <string.h>
#include "lib.h"
#include "lib_int.h"

const char *lib_source(const char *path)
{
    if (!path)
        return NULL;
    for (int i = 0; gocafe_lib_sources[i].path; i++)
        if (strcmp(gocafe_lib_sources[i].path, path) == 0)
            return gocafe_lib_sources[i].src;
    return NULL;
}

/* Packages (and trees of packages, ending in '/') whose purpose is to reach
 * files, the network, processes or raw memory of the host. */
static const char *const host_packages[] = {
    "net", "net/", "os/exec", "os/signal", "os/user", "io/ioutil", "io/fs",
    "syscall", "unsafe", "plugin", "C", "embed", "path/filepath",
    "runtime/cgo", "runtime/debug", "runtime/pprof", "runtime/trace",
    "debug/", "database/sql", "database/sql/", "crypto/rand", "log/syslog",
    "internal/", "golang.org/x/sys/", NULL,
};

bool lib_reaches_host(const char *path)
{
    if (!path)
        return false;
    for (int i = 0; host_packages[i]; i++) {
        const char *h = host_packages[i];
        size_t n = strlen(h);
        if (h[n - 1] == '/' ? strncmp(path, h, n) == 0 : strcmp(path, h) == 0)
            return true;
    }
    return false;
}

bool lib_line_directive(const char *path, int line, char *buf, size_t bufsize, int *delta)
{
    const char *src = lib_source(path);
    if (!src || line < 2) return false;
    const char *p = src;
    for (int l = 1; l < line - 1 && p; l++) {       /* start of line `line-1` */
        p = strchr(p, '\n');
        if (p) p++;
    }
    if (!p || strncmp(p, "//line ", 7) != 0) return false;
    p += 7;
    const char *eol = strchr(p, '\n');
    if (!eol) eol = p + strlen(p);
    const char *colon = eol;
    while (colon > p && colon[-1] != ':') colon--;
    if (colon <= p + 1) return false;
    size_t n = (size_t)(colon - 1 - p);
    if (n + 1 > bufsize) return false;
    int target = atoi(colon);
    if (target <= 0) return false;
    memcpy(buf, p, n);
    buf[n] = 0;
    *delta = target - line;
    return true;
}

static const NativeDef *const native_tables[] = {
    lib_fmt_natives, lib_errors_natives, lib_strings_natives, lib_strconv_natives,
    lib_math_natives, lib_sort_natives, lib_os_natives, lib_unicode_natives,
    lib_runtime_natives, lib_rand_natives, lib_bits_natives,
    lib_time_natives, lib_sync_natives, lib_atomic_natives, NULL,
};

const NativeDef *native_lookup(const char *qualified_name)
{
    if (!qualified_name)
        return NULL;
    for (int t = 0; native_tables[t]; t++)
        for (const NativeDef *d = native_tables[t]; d->name; d++)
            if (strcmp(d->name, qualified_name) == 0)
                return d;
    return NULL;
}
