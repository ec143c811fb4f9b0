/* lesson_find.c - where lessons are: --lessons DIR, $XDG_DATA_HOME/gocafe/lessons,
 * ./lessons next to the executable, and the built-in GOCAFE_LESSONS_DIR
 * (Makefile: $(PREFIX)/share/gocafe/lessons).  A lesson is a file NN-name.md
 * (a digit first); the same name in an earlier directory wins. */
#include "lesson.h"
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef GOCAFE_LESSONS_DIR
#define GOCAFE_LESSONS_DIR "/usr/local/share/gocafe/lessons"
#endif

static bool is_dir(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static int add_dir(char dirs[][1024], int n, int max, const char *d)
{
    if (n >= max || !d || !*d || !is_dir(d)) return n;
    for (int i = 0; i < n; i++)
        if (strcmp(dirs[i], d) == 0) return n;
    snprintf(dirs[n], 1024, "%s", d);
    return n + 1;
}

int lesson_dirs(const char *extra, const char *argv0, char dirs[][1024], int max)
{
    int n = 0;
    char buf[1100];
    if (extra) {   /* --lessons DIR: listed even when missing (lesson_cmd.c says so) */
        snprintf(dirs[n++], 1024, "%s", extra);
    }
    const char *x = getenv("XDG_DATA_HOME"), *h = getenv("HOME");
    if (x && x[0] == '/') snprintf(buf, sizeof buf, "%s/gocafe/lessons", x), n = add_dir(dirs, n, max, buf);
    else if (h && *h) snprintf(buf, sizeof buf, "%s/.local/share/gocafe/lessons", h), n = add_dir(dirs, n, max, buf);
    /* ./lessons next to the executable (a build tree: make run) */
    char exe[1024];
    ssize_t r = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (r > 0) exe[r] = '\0';
    else snprintf(exe, sizeof exe, "%s", argv0 ? argv0 : "");
    char *slash = strrchr(exe, '/');
    if (slash) {
        snprintf(buf, sizeof buf, "%.*s/lessons", (int)(slash - exe), exe);
        n = add_dir(dirs, n, max, buf);
    }
    n = add_dir(dirs, n, max, GOCAFE_LESSONS_DIR);
    return n;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const LessonEntry *)a)->name, ((const LessonEntry *)b)->name);
}

/* The lesson's first paragraph as one line of plain text, for the menu:
 * whitespace runs become one space, `code`, **bold** and *emphasis* marks
 * go, cut at a word with an ellipsis when it does not fit. */
static void intro_of(const Lesson *l, char *buf, size_t len)
{
    buf[0] = '\0';
    const char *t = NULL;
    for (int i = 0; i < l->n && !t; i++)
        if (l->items[i].op == LO_TEXT && l->items[i].text[0] != '#') t = l->items[i].text;
    if (!t || len < 8) return;
    size_t n = 0;
    for (; *t && n + 4 < len; t++) {
        if (t[0] == '\n' && t[1] == '\n') break;   /* the first paragraph only */
        if (*t == '`' || *t == '*') continue;
        char c = (*t == '\n' || *t == '\t') ? ' ' : *t;
        if (c == ' ' && (n == 0 || buf[n - 1] == ' ')) continue;
        buf[n++] = c;
    }
    if (*t && t[0] != '\n') {   /* cut: back to a word boundary, then "..." */
        while (n > 0 && buf[n - 1] != ' ') n--;
        while (n > 0 && buf[n - 1] == ' ') n--;
        memcpy(buf + n, "...", 3);
        n += 3;
    }
    while (n > 0 && buf[n - 1] == ' ') n--;
    buf[n] = '\0';
}

int lesson_list(char dirs[][1024], int ndirs, LessonEntry *out, int max)
{
    int n = 0;
    for (int d = 0; d < ndirs; d++) {
        DIR *dir = opendir(dirs[d]);
        if (!dir) continue;
        struct dirent *de;
        while ((de = readdir(dir)) && n < max) {
            const char *nm = de->d_name;
            size_t len = strlen(nm);
            if (len < 4 || len >= 128 + 3 || nm[0] < '0' || nm[0] > '9' || strcmp(nm + len - 3, ".md") != 0)
                continue;
            char name[128];
            snprintf(name, sizeof name, "%.*s", (int)(len - 3), nm);
            bool seen = false;
            for (int i = 0; i < n && !seen; i++) seen = strcmp(out[i].name, name) == 0;
            if (seen) continue;
            LessonEntry *e = &out[n++];
            memset(e, 0, sizeof *e);
            snprintf(e->name, sizeof e->name, "%s", name);
            snprintf(e->path, sizeof e->path, "%s/%s", dirs[d], nm);
            Lesson l;
            if (lesson_load(e->path, &l, e->err, sizeof e->err)) {
                snprintf(e->title, sizeof e->title, "%s", l.title);
                intro_of(&l, e->intro, sizeof e->intro);
                e->err[0] = '\0';
                lesson_free(&l);
            } else {
                snprintf(e->title, sizeof e->title, "%s", name);
            }
        }
        closedir(dir);
    }
    qsort(out, (size_t)n, sizeof *out, by_name);
    return n;
}

const LessonEntry *lesson_lookup(const LessonEntry *es, int n, const char *name)
{
    size_t len = strlen(name);
    if (len > 3 && strcmp(name + len - 3, ".md") == 0) len -= 3;
    for (int i = 0; i < n; i++)
        if (strlen(es[i].name) == len && strncmp(es[i].name, name, len) == 0) return &es[i];
    for (int i = 0; i < n; i++) {
        const char *nm = es[i].name;
        size_t dl = strspn(nm, "0123456789");
        /* "04" or "4" names lesson 04-...; "stopping" names NN-stopping */
        if (strspn(name, "0123456789") == len && len && atoi(name) == atoi(nm)) return &es[i];
        if (nm[dl] == '-' && strlen(nm + dl + 1) == len && strncmp(nm + dl + 1, name, len) == 0) return &es[i];
    }
    return NULL;
}
