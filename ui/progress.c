/* progress.c - the learner's progress: $XDG_STATE_HOME/gocafe/progress.
 *
 * Text, so a person can read and mend it:
 *     # gocafe progress 1
 *     04-stopping done
 *     05-context-tree started 12
 * (12: the lesson item it resumes at, after the last question or exercise
 * done; optional.)
 * Written atomically (a temp file in the same directory, fsync, rename), so a
 * crash leaves the old file or the new one, never half of one.  A file that
 * does not read as above is reported (path:line: what) and renamed
 * progress.corrupt-N (the first free N): never a crash, never lost silently. */
#include "lesson.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PROGRESS_MAX_BYTES (1u << 20)
#define PROGRESS_MAX_ENTRIES 10000

const char *progress_state_name(LessonState st)
{
    return st == LS_DONE ? "done" : st == LS_STARTED ? "started" : "new";
}

bool progress_default_path(char *buf, size_t len)
{
    const char *x = getenv("XDG_STATE_HOME");
    int r;
    if (x && x[0] == '/') r = snprintf(buf, len, "%s/gocafe/progress", x);
    else {
        const char *h = getenv("HOME");
        if (!h || !*h) return false;
        r = snprintf(buf, len, "%s/.local/state/gocafe/progress", h);
    }
    return r > 0 && (size_t)r < len;
}

static bool name_ok(const char *s)
{
    if (!*s || strlen(s) >= sizeof ((ProgressEntry *)0)->name) return false;
    for (; *s; s++)
        if (*s <= ' ' || *s == 0x7f) return false;
    return true;
}

/* Parses the text into p; false with the bad line in *bad and why. */
static bool parse(Progress *p, char *text, int *bad, const char **why)
{
    int line = 0;
    char *s = text;
    while (*s) {
        line++;
        char *e = strchr(s, '\n');
        if (e) *e = '\0';
        if (*s && *s != '#') {
            char *sp = strchr(s, ' ');
            LessonState st = LS_NEW;
            if (!sp) { *bad = line; *why = "want NAME STATE"; return false; }
            *sp = '\0';
            const char *state = sp + 1;
            char *sp2 = strchr(sp + 1, ' ');
            long item = 0;
            if (sp2) {   /* NAME started ITEM */
                *sp2 = '\0';
                char *end;
                item = strtol(sp2 + 1, &end, 10);
                if (!sp2[1] || *end || item < 0 || item > 1000000) {
                    *bad = line;
                    *why = "the resume point is a number";
                    return false;
                }
            }
            if (strcmp(state, "new") == 0) st = LS_NEW;
            else if (strcmp(state, "started") == 0) st = LS_STARTED;
            else if (strcmp(state, "done") == 0) st = LS_DONE;
            else { *bad = line; *why = "the state is new, started or done"; return false; }
            if (!name_ok(s)) { *bad = line; *why = "not a lesson name"; return false; }
            if (p->n >= PROGRESS_MAX_ENTRIES) { *bad = line; *why = "too many lines"; return false; }
            progress_set(p, s, st);
            progress_set_item(p, s, (int)item);
        }
        if (!e) break;
        s = e + 1;
    }
    return true;
}

static void set_aside(const char *path, int line, const char *why, FILE *warn)
{
    char dst[1100];
    for (int n = 1; n < 1000; n++) {
        snprintf(dst, sizeof dst, "%s.corrupt-%d", path, n);
        if (access(dst, F_OK) != 0) break;
    }
    bool moved = rename(path, dst) == 0;
    if (warn) {
        if (moved)
            fprintf(warn, "gocafe: %s:%d: %s; the file is set aside as %s and progress starts afresh\n",
                    path, line, why, dst);
        else
            fprintf(warn, "gocafe: %s:%d: %s (and it cannot be set aside: %s); progress starts afresh\n",
                    path, line, why, strerror(errno));
    }
}

bool progress_load(Progress *p, const char *path, FILE *warn)
{
    memset(p, 0, sizeof *p);
    if (!path || snprintf(p->path, sizeof p->path, "%s", path) >= (int)sizeof p->path) return false;
    FILE *f = fopen(path, "rb");
    if (!f) return errno == ENOENT || errno == ENOTDIR;
    char *buf = malloc(PROGRESS_MAX_BYTES + 1);
    if (!buf) abort();
    size_t n = fread(buf, 1, PROGRESS_MAX_BYTES + 1, f);
    fclose(f);
    int bad = 1;
    const char *why = NULL;
    if (n > PROGRESS_MAX_BYTES) why = "the file is too large";
    else if (memchr(buf, '\0', n)) why = "the file holds NUL bytes";
    else {
        buf[n] = '\0';
        parse(p, buf, &bad, &why);
    }
    free(buf);
    if (why) {
        p->n = 0;
        set_aside(path, bad, why, warn);
    }
    return true;
}

LessonState progress_get(const Progress *p, const char *name)
{
    for (int i = 0; i < p->n; i++)
        if (strcmp(p->v[i].name, name) == 0) return p->v[i].state;
    return LS_NEW;
}

int progress_item(const Progress *p, const char *name)
{
    for (int i = 0; i < p->n; i++)
        if (strcmp(p->v[i].name, name) == 0) return p->v[i].state == LS_STARTED ? p->v[i].item : 0;
    return 0;
}

void progress_set_item(Progress *p, const char *name, int item)
{
    for (int i = 0; i < p->n; i++)
        if (strcmp(p->v[i].name, name) == 0) p->v[i].item = item;
}

void progress_set(Progress *p, const char *name, LessonState st)
{
    for (int i = 0; i < p->n; i++)
        if (strcmp(p->v[i].name, name) == 0) {
            p->v[i].state = st;
            if (st != LS_STARTED) p->v[i].item = 0;
            return;
        }
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 16;
        p->v = realloc(p->v, (size_t)p->cap * sizeof *p->v);
        if (!p->v) abort();
    }
    snprintf(p->v[p->n].name, sizeof p->v[p->n].name, "%s", name);
    p->v[p->n].item = 0;
    p->v[p->n++].state = st;
}

/* mkdir -p of path's directory. */
static bool make_dirs(const char *path)
{
    char d[1024];
    snprintf(d, sizeof d, "%s", path);
    char *slash = strrchr(d, '/');
    if (!slash || slash == d) return true;
    *slash = '\0';
    for (char *s = d + 1; *s; s++) {
        if (*s != '/') continue;
        *s = '\0';
        if (mkdir(d, 0700) != 0 && errno != EEXIST) return false;
        *s = '/';
    }
    return mkdir(d, 0700) == 0 || errno == EEXIST;
}

bool progress_save(const Progress *p, char *err, size_t errlen)
{
    if (!make_dirs(p->path)) {
        snprintf(err, errlen, "%s: cannot make its directory: %s", p->path, strerror(errno));
        return false;
    }
    char tmp[1100];
    snprintf(tmp, sizeof tmp, "%s.tmp-%ld", p->path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
        if (fd >= 0) close(fd);
        return false;
    }
    fputs("# gocafe progress 1\n", f);
    for (int i = 0; i < p->n; i++) {
        const ProgressEntry *e = &p->v[i];
        if (e->state == LS_STARTED && e->item > 0) fprintf(f, "%s started %d\n", e->name, e->item);
        else if (e->state != LS_NEW) fprintf(f, "%s %s\n", e->name, progress_state_name(e->state));
    }
    bool ok = fflush(f) == 0 && fsync(fileno(f)) == 0;
    ok = fclose(f) == 0 && ok;
    if (!ok || rename(tmp, p->path) != 0) {
        snprintf(err, errlen, "%s: %s", p->path, strerror(errno));
        unlink(tmp);
        return false;
    }
    return true;
}

void progress_free(Progress *p)
{
    free(p->v);
    p->v = NULL;
    p->n = p->cap = 0;
}
