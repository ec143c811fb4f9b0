/* lesson_parse.c - reads a lesson file (docs/LESSONS.md) into a Lesson.
 *
 * One pass over the lines, no recursion: narrative lines gather into LO_TEXT
 * chunks; a line starting `<!-- gocafe: ` is a directive (one line, or ask /
 * hint bodies up to a line `-->`); verbs that take a block claim the next
 * fenced block.  Fences in the narrative are tracked so a directive written
 * inside a ```go block is code, not a directive.  Any input gives either a
 * Lesson or one "file:line: message"; sizes are capped (lesson.h). */
#include "lesson.h"
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct Parser {
    const char *file;
    char *buf;            /* owned copy, lines NUL-split */
    char **lines;
    int nlines;
    int i;                /* next line */
    Lesson *l;
    int loaded;           /* program item loaded, -1 none */
    int exercise;         /* current exercise item, -1 none */
    char *err;
    size_t errlen;
} Parser;

static bool lp_fail(Parser *p, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool lp_fail(Parser *p, int line, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(p->err, p->errlen, "%s:%d: %s", p->file, line, msg);
    return false;
}

static char *lp_strdup(const char *s)
{
    char *d = strdup(s ? s : "");
    if (!d) abort();
    return d;
}

const char *lesson_op_name(LessonOp op)
{
    static const char *const names[] = {
        "text", "program", "load", "seed", "force", "run", "expect", "output",
        "stderr", "ask", "hint", "exercise", "check"
    };
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

static LessonItem *add_item(Parser *p, LessonOp op, int line)
{
    Lesson *l = p->l;
    if (l->n >= LESSON_MAX_ITEMS) return NULL;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 32;
        l->items = realloc(l->items, (size_t)l->cap * sizeof *l->items);
        if (!l->items) abort();
    }
    LessonItem *it = &l->items[l->n++];
    memset(it, 0, sizeof *it);
    it->op = op;
    it->line = line;
    it->program = -1;
    it->exercise = -1;
    it->seeds = 1;
    return it;
}

/* ---- small readers ---- */

static bool parse_int(const char *s, int64_t max, int64_t *out)
{
    if (!s || !*s) return false;
    int64_t v = 0;
    for (; *s; s++) {
        if (!isdigit((unsigned char)*s)) return false;
        v = v * 10 + (*s - '0');
        if (v > max) return false;
    }
    *out = v;
    return true;
}

/* "G12" */
static bool lp_parse_g(const char *s, int64_t *g)
{
    return s && s[0] == 'G' && parse_int(s + 1, 1000000, g) && *g > 0;
}

bool lesson_duration(const char *s, int64_t *ns)
{
    if (!s || !*s) return false;
    if (strcmp(s, "0") == 0) { *ns = 0; return true; }
    double total = 0;
    while (*s) {
        if (!isdigit((unsigned char)*s) && *s != '.') return false;
        double v = 0, scale = 0;
        bool digits = false;
        for (; isdigit((unsigned char)*s) || *s == '.'; s++) {
            if (*s == '.') {
                if (scale) return false;
                scale = 1;
                continue;
            }
            digits = true;
            if (scale) { scale /= 10; v += (*s - '0') * scale; }
            else v = v * 10 + (*s - '0');
            if (v > 1e12) return false;
        }
        if (!digits) return false;
        double unit;
        if (strncmp(s, "ns", 2) == 0) { unit = 1; s += 2; }
        else if (strncmp(s, "us", 2) == 0) { unit = 1e3; s += 2; }
        else if (strncmp(s, "\xc2\xb5s", 3) == 0) { unit = 1e3; s += 3; }
        else if (strncmp(s, "ms", 2) == 0) { unit = 1e6; s += 2; }
        else if (*s == 's') { unit = 1e9; s++; }
        else if (*s == 'm') { unit = 60e9; s++; }
        else if (*s == 'h') { unit = 3600e9; s++; }
        else return false;
        total += v * unit;
        if (total > 9e18) return false;
    }
    *ns = (int64_t)(total + 0.5);
    return true;
}

static bool valid_name(const char *s)
{
    if (!s || !*s || strlen(s) > 64) return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-')) return false;
    return true;
}

/* Splits args (modified in place) into words; returns the count. */
#define MAX_WORDS 64
static int split_words(char *s, char **w)
{
    int n = 0;
    while (*s && n < MAX_WORDS) {
        while (*s == ' ' || *s == '\t') *s++ = '\0';
        if (!*s) break;
        w[n++] = s;
        while (*s && *s != ' ' && *s != '\t') s++;
    }
    return n;
}

/* The words from w[k] on, joined by one space, into buf. */
static const char *join_from(char **w, int n, int k, char *buf, size_t len)
{
    buf[0] = '\0';
    size_t used = 0;
    for (int i = k; i < n; i++) {
        int r = snprintf(buf + used, len - used, "%s%s", i > k ? " " : "", w[i]);
        if (r < 0 || (size_t)r >= len - used) break;
        used += (size_t)r;
    }
    return buf;
}

static int find_program(const Parser *p, const char *name)
{
    for (int i = 0; i < p->l->n; i++)
        if (p->l->items[i].op == LO_PROGRAM && p->l->items[i].name && strcmp(p->l->items[i].name, name) == 0)
            return i;
    return -1;
}

/* ---- blocks ---- */

static bool blank(const char *s)
{
    for (; *s; s++)
        if (!isspace((unsigned char)*s)) return false;
    return true;
}

static bool is_fence_end(const char *s)
{
    if (strncmp(s, "```", 3) != 0) return false;
    for (s += 3; *s; s++)
        if (*s != '`' && !isspace((unsigned char)*s)) return false;
    return true;
}

static void rstrip(char *s)
{
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
}

/* Claims the next ```lang block after blank lines into it->block. */
static bool claim_block(Parser *p, LessonItem *it, const char *lang, const char *who)
{
    int j = p->i;
    while (j < p->nlines && blank(p->lines[j])) j++;
    char fence[16];
    snprintf(fence, sizeof fence, "```%s", lang);
    if (j >= p->nlines || strcmp(p->lines[j], fence) != 0)
        return lp_fail(p, it->line, "%s: a ```%s block must follow", who, lang);
    int start = j + 1, k = start;
    size_t size = 1;
    while (k < p->nlines && !is_fence_end(p->lines[k])) size += strlen(p->lines[k++]) + 1;
    if (k >= p->nlines) return lp_fail(p, j + 1, "unterminated ```%s block", lang);
    char *b = malloc(size);
    if (!b) abort();
    b[0] = '\0';
    size_t used = 0;
    for (int m = start; m < k; m++) {
        size_t n = strlen(p->lines[m]);
        memcpy(b + used, p->lines[m], n);
        used += n;
        b[used++] = '\n';
    }
    b[used] = '\0';
    it->block = b;
    it->block_line = start + 1;
    p->i = k + 1;
    return true;
}

/* ---- conditions and expectations ---- */

static const char *const STATES[] = {
    "running", "runnable", "exited", "chan receive", "chan send", "select", "sleep",
    "chan receive (nil chan)", "chan send (nil chan)", "select (no cases)",
    "sync.WaitGroup.Wait", "sync.Mutex.Lock", "sync.RWMutex.Lock", "sync.RWMutex.RLock",
    "sync.Cond.Wait", "semacquire", NULL
};

static bool known_state(const char *s)
{
    for (int i = 0; STATES[i]; i++)
        if (strcmp(s, STATES[i]) == 0) return true;
    return false;
}

static bool parse_cond(LessonItem *it, char **w, int n)
{
    char rest[256];
    if (n == 2 && strcmp(w[1], "blocks") == 0 && strcmp(w[0], "any") == 0) { it->cond = LC_ANY_BLOCKS; return true; }
    if (n >= 2 && lp_parse_g(w[0], &it->g)) {
        if (n == 2 && strcmp(w[1], "blocks") == 0) { it->cond = LC_BLOCKS; return true; }
        if (n == 2 && strcmp(w[1], "exits") == 0) { it->cond = LC_EXITS; return true; }
        if (n >= 4 && strcmp(w[1], "blocks") == 0 && strcmp(w[2], "in") == 0) {
            join_from(w, n, 3, rest, sizeof rest);
            if (!known_state(rest)) return false;
            it->cond = LC_BLOCKS_IN;
            it->what = lp_strdup(rest);
            return true;
        }
        return false;
    }
    if (n == 2 && strcmp(w[0], "step") == 0 && parse_int(w[1], INT64_C(1) << 40, &it->n)) { it->cond = LC_STEP; return true; }
    if (n == 2 && strcmp(w[0], "line") == 0 && parse_int(w[1], 10000000, &it->n) && it->n > 0) { it->cond = LC_LINE; return true; }
    if (n == 1 && strncmp(w[0], "t=", 2) == 0 && lesson_duration(w[0] + 2, &it->dur)) { it->cond = LC_TIME; return true; }
    if (n == 1) {
        static const struct { const char *w; LessonCondKind k; } one[] = {
            {"choice", LC_CHOICE}, {"deadlock", LC_DEADLOCK}, {"leak", LC_LEAK}, {"end", LC_END}
        };
        for (size_t i = 0; i < sizeof one / sizeof one[0]; i++)
            if (strcmp(w[0], one[i].w) == 0) { it->cond = one[i].k; return true; }
    }
    return false;
}

/* `panic "TEXT"`: the text between the first and the last quote. */
static bool quoted(const char *args, char **out)
{
    const char *a = strchr(args, '"'), *b = strrchr(args, '"');
    if (!a || b == a) return false;
    size_t n = (size_t)(b - a - 1);
    char *s = malloc(n + 1);
    if (!s) abort();
    memcpy(s, a + 1, n);
    s[n] = '\0';
    *out = s;
    return true;
}

static bool parse_expect(LessonItem *it, const char *args, char **w, int n)
{
    char rest[512];
    if (n == 0) return false;
    if (lp_parse_g(w[0], &it->g) && n >= 2) {
        join_from(w, n, 1, rest, sizeof rest);
        if (!known_state(rest)) return false;
        it->exp = LE_G;
        it->what = lp_strdup(rest);
        return true;
    }
    if (strcmp(w[0], "chan") == 0 && n >= 3) {
        it->name = lp_strdup(w[1]);
        if (n == 4 && strcmp(w[2], "len") == 0 && parse_int(w[3], 1 << 30, &it->n)) { it->exp = LE_CHAN_LEN; return true; }
        if (n == 4 && strcmp(w[2], "cap") == 0 && parse_int(w[3], 1 << 30, &it->n)) { it->exp = LE_CHAN_CAP; return true; }
        if (n == 3 && strcmp(w[2], "closed") == 0) { it->exp = LE_CHAN_CLOSED; return true; }
        if (n == 3 && strcmp(w[2], "open") == 0) { it->exp = LE_CHAN_OPEN; return true; }
        if (n >= 4 && strcmp(w[2], "values") == 0) {
            it->exp = LE_CHAN_VALUES;
            it->what = lp_strdup(join_from(w, n, 3, rest, sizeof rest));
            return true;
        }
        return false;
    }
    if (n == 2 && strcmp(w[0], "time") == 0 && lesson_duration(w[1], &it->dur)) { it->exp = LE_TIME; return true; }
    if (n == 2 && strcmp(w[0], "leaks") == 0 && parse_int(w[1], 1000000, &it->n)) { it->exp = LE_LEAKS; return true; }
    if (n == 1 && strcmp(w[0], "output") == 0) { it->exp = LE_OUTPUT; return true; }
    if (n == 1 && strcmp(w[0], "deadlock") == 0) { it->exp = LE_DEADLOCK; return true; }
    if (n >= 2 && strcmp(w[0], "panic") == 0 && quoted(args, &it->what)) { it->exp = LE_PANIC; return true; }
    if (n >= 3 && strcmp(w[0], "ctx") == 0) {
        it->name = lp_strdup(w[1]);
        if (n == 3 && strcmp(w[2], "cancelled") == 0) { it->exp = LE_CTX_CANCELLED; return true; }
        if (n == 3 && strcmp(w[2], "live") == 0) { it->exp = LE_CTX_LIVE; return true; }
        if (n >= 4 && strcmp(w[2], "err") == 0) {
            it->exp = LE_CTX_ERR;
            it->what = lp_strdup(join_from(w, n, 3, rest, sizeof rest));
            return true;
        }
        return false;
    }
    if (n == 4 && strcmp(w[0], "wg") == 0 && strcmp(w[2], "counter") == 0 &&
        parse_int(w[3], 1 << 30, &it->n)) {
        it->name = lp_strdup(w[1]);
        it->exp = LE_WG_COUNTER;
        return true;
    }
    return false;
}

/* ---- ask ---- */

/* "- [ ] text" / "- [x] text": 0 / 1, -1 when not a choice line. */
static int choice_mark(const char *s, const char **text)
{
    while (*s == ' ') s++;
    if ((s[0] != '-' && s[0] != '*') || s[1] != ' ' || s[2] != '[' || s[4] != ']') return -1;
    if (s[3] != ' ' && s[3] != 'x' && s[3] != 'X') return -1;
    *text = s[5] == ' ' ? s + 6 : s + 5;
    return s[3] != ' ';
}

static void append(char **dst, const char *s, const char *sep)
{
    size_t a = *dst ? strlen(*dst) : 0, b = strlen(s), c = strlen(sep);
    char *d = realloc(*dst, a + c + b + 1);
    if (!d) abort();
    if (a) memcpy(d + a, sep, c); else c = 0;
    memcpy(d + a + c, s, b + 1);
    *dst = d;
}

static bool parse_ask(Parser *p, LessonItem *it, char **body, int nbody, int line0)
{
    int right = 0;
    it->right = -1;
    for (int k = 0; k < nbody; k++) {
        char *s = body[k];
        const char *text;
        int mark = choice_mark(s, &text);
        if (mark >= 0) {
            if (!it->text) return lp_fail(p, line0 + k, "ask: the question comes first");
            if (it->nchoices >= LESSON_MAX_CHOICES)
                return lp_fail(p, line0 + k, "ask: at most %d choices", LESSON_MAX_CHOICES);
            if (!it->choices) it->choices = calloc(LESSON_MAX_CHOICES, sizeof *it->choices);
            if (!it->choices) abort();
            it->choices[it->nchoices].text = lp_strdup(text);
            if (mark) { right++; it->right = it->nchoices; }
            it->nchoices++;
            continue;
        }
        if (blank(s)) continue;
        const char *t = s;
        while (*t == ' ' || *t == '\t') t++;
        if (it->nchoices == 0) { append(&it->text, s, "\n"); continue; }
        LessonChoice *c = &it->choices[it->nchoices - 1];
        if (*t == '>') {
            t++;
            if (*t == ' ') t++;
            append(&c->feedback, t, " ");
        } else {
            append(&c->text, t, " ");
        }
    }
    if (!it->text) return lp_fail(p, it->line, "ask: the question comes first");
    if (it->nchoices < 2) return lp_fail(p, it->line, "ask: at least two choices");
    if (right != 1) return lp_fail(p, it->line, "ask: exactly one choice is marked right");
    return true;
}

/* ---- directives ---- */

static bool program_opts(Parser *p, LessonItem *it, char **w, int n, int from, bool exercise)
{
    for (int k = from; k < n; k++) {
        int64_t v;
        if (strncmp(w[k], "seed=", 5) == 0 && !exercise && parse_int(w[k] + 5, INT64_MAX / 10, &v)) {
            it->has_seed = true;
            it->seed = (uint64_t)v;
        } else if (strncmp(w[k], "exit=", 5) == 0 && !exercise && parse_int(w[k] + 5, 255, &v)) {
            it->exit_code = (int)v;
        } else if (strncmp(w[k], "budget=", 7) == 0 && !exercise && parse_int(w[k] + 7, INT64_MAX / 10, &v)) {
            it->budget = (uint64_t)v;
        } else if (strncmp(w[k], "seeds=", 6) == 0 && exercise && parse_int(w[k] + 6, 1000, &v) && v >= 1) {
            it->seeds = (int)v;
        } else if (strncmp(w[k], "solution=", 9) == 0 && exercise && w[k][9]) {
            free(it->solution);   /* written twice: the last one counts */
            it->solution = lp_strdup(w[k] + 9);
        } else if (strcmp(w[k], "varies") == 0) {
            it->varies = true;
        } else if (strcmp(w[k], "nogo") == 0 && !exercise) {
            it->nogo = true;
        } else if (strncmp(w[k], "go=", 3) == 0) {
            /* the player runs gocafe only: go= matters to lessons_check.sh */
        } else {
            return lp_fail(p, it->line, "%s %s: unknown option '%s'", exercise ? "exercise" : "program",
                        it->name, w[k]);
        }
    }
    return true;
}

static bool need_loaded(Parser *p, LessonItem *it, const char *verb)
{
    if (p->loaded >= 0) return true;
    return lp_fail(p, it->line, "%s: no program loaded", verb);
}

static bool solution_exists(const Parser *p, const char *file)
{
    const char *slash = strrchr(p->file, '/');
    char path[2048];
    if (slash) snprintf(path, sizeof path, "%.*s/%s", (int)(slash - p->file), p->file, file);
    else snprintf(path, sizeof path, "%s", file);
    return access(path, R_OK) == 0;
}

static bool directive(Parser *p, int line, const char *verb, char *args, char **body, int nbody)
{
    static const char *const VERBS[] = {
        "program", "load", "seed", "force", "run", "expect", "output", "stderr", "ask", "hint",
        "exercise", "check", NULL
    };
    static const LessonOp OPS[] = {
        LO_PROGRAM, LO_LOAD, LO_SEED, LO_FORCE, LO_RUN, LO_EXPECT, LO_OUTPUT, LO_STDERR,
        LO_ASK, LO_HINT, LO_EXERCISE, LO_CHECK
    };
    int v = 0;
    while (VERBS[v] && strcmp(VERBS[v], verb) != 0) v++;
    if (!VERBS[v]) return lp_fail(p, line, "unknown directive '%s'", verb);
    LessonOp op = OPS[v];
    if (body && op != LO_ASK && op != LO_HINT)
        return lp_fail(p, line, "%s is one line: <!-- gocafe: %s ... -->", verb, verb);
    if (!body && (op == LO_ASK || op == LO_HINT))
        return lp_fail(p, line, "%s takes a body: lines up to a line -->", verb);
    LessonItem *it = add_item(p, op, line);
    if (!it) return lp_fail(p, line, "too many directives (at most %d)", LESSON_MAX_ITEMS);
    it->args = lp_strdup(args);
    char *w[MAX_WORDS];
    char *wbuf = lp_strdup(args);
    int n = split_words(wbuf, w);
    bool ok = true;
    int64_t x;
    switch (op) {
    case LO_PROGRAM: {
        if (n < 1 || !valid_name(w[0])) {
            ok = lp_fail(p, line, "program needs a NAME (lowercase letters, digits, -)");
            break;
        }
        int prev = find_program(p, w[0]);
        if (prev >= 0) {
            ok = lp_fail(p, line, "program '%s' is already defined at line %d", w[0], p->l->items[prev].line);
            break;
        }
        it->name = lp_strdup(w[0]);
        char who[128];
        snprintf(who, sizeof who, "program %s", w[0]);
        ok = program_opts(p, it, w, n, 1, false) && claim_block(p, it, "go", who);
        p->loaded = (int)(it - p->l->items);
        p->exercise = -1;
        break;
    }
    case LO_LOAD:
        if (n < 1 || n > 2) { ok = lp_fail(p, line, "load needs a NAME (and seed=N)"); break; }
        it->program = find_program(p, w[0]);
        if (it->program < 0) { ok = lp_fail(p, line, "load: no program '%s' above", w[0]); break; }
        it->name = lp_strdup(w[0]);
        if (n == 2) {
            if (strncmp(w[1], "seed=", 5) != 0 || !parse_int(w[1] + 5, INT64_MAX / 10, &x)) {
                ok = lp_fail(p, line, "load: unknown option '%s'", w[1]);
                break;
            }
            it->has_seed = true;
            it->seed = (uint64_t)x;
        }
        p->loaded = it->program;
        p->exercise = -1;
        break;
    case LO_SEED:
        if (n != 1 || !parse_int(w[0], INT64_MAX / 10, &x)) { ok = lp_fail(p, line, "seed needs a number"); break; }
        it->has_seed = true;
        it->seed = (uint64_t)x;
        ok = need_loaded(p, it, "seed");
        break;
    case LO_FORCE: {
        int64_t step;
        bool run = n == 5 && strcmp(w[0], "run") == 0 && lp_parse_g(w[1], &it->force_n);
        bool sel = n == 5 && strcmp(w[0], "select") == 0 && parse_int(w[1], 1000, &it->force_n);
        if ((!run && !sel) || strcmp(w[2], "at") != 0 || strcmp(w[3], "step") != 0 ||
            !parse_int(w[4], INT64_C(1) << 40, &step)) {
            ok = lp_fail(p, line, "force is force run G<n> at step N or force select CASE at step N");
            break;
        }
        it->force_kind = sel;
        it->force_step = (uint64_t)step;
        ok = need_loaded(p, it, "force");
        break;
    }
    case LO_RUN:
        if (n < 2 || strcmp(w[0], "until") != 0) { ok = lp_fail(p, line, "run needs until CONDITION"); break; }
        if (!need_loaded(p, it, "run")) { ok = false; break; }
        if (!parse_cond(it, w + 1, n - 1)) {
            char rest[256];
            ok = lp_fail(p, line, "run until: cannot read '%s'", join_from(w, n, 1, rest, sizeof rest));
        }
        break;
    case LO_EXPECT:
        if (!need_loaded(p, it, "expect")) { ok = false; break; }
        if (!parse_expect(it, args, w, n)) { ok = lp_fail(p, line, "expect: cannot read '%s'", args); break; }
        if (it->exp == LE_OUTPUT) ok = claim_block(p, it, "text", "expect output");
        break;
    case LO_OUTPUT:
    case LO_STDERR: {
        for (int k = 0; k < n && ok; k++) {
            if (strncmp(w[k], "seed=", 5) == 0 && parse_int(w[k] + 5, INT64_MAX / 10, &x)) {
                it->has_seed = true;
                it->seed = (uint64_t)x;
            } else if (k == 0 && valid_name(w[k])) {
                it->program = find_program(p, w[k]);
                it->name = lp_strdup(w[k]);
                if (it->program < 0) ok = lp_fail(p, line, "%s: no program '%s' above", verb, w[k]);
            } else {
                ok = lp_fail(p, line, "%s: cannot read '%s'", verb, w[k]);
            }
        }
        if (ok && !it->name) ok = need_loaded(p, it, verb);
        if (ok) ok = claim_block(p, it, "text", verb);
        break;
    }
    case LO_ASK:
        ok = parse_ask(p, it, body, nbody, line + 1);
        break;
    case LO_HINT:
        for (int k = 0; k < nbody; k++) append(&it->text, body[k], "\n");
        if (!it->text || blank(it->text)) ok = lp_fail(p, line, "hint: the hint goes in its body");
        it->exercise = p->exercise;
        break;
    case LO_EXERCISE: {
        if (n < 1 || !valid_name(w[0])) {
            ok = lp_fail(p, line, "exercise needs a NAME (lowercase letters, digits, -)");
            break;
        }
        it->name = lp_strdup(w[0]);
        if (!program_opts(p, it, w, n, 1, true)) { ok = false; break; }
        if (!it->solution) { ok = lp_fail(p, line, "exercise %s needs solution=FILE", w[0]); break; }
        if (it->solution[0] == '/' || strstr(it->solution, "..")) {
            ok = lp_fail(p, line, "exercise %s: solution=FILE is a path inside the lesson's directory", w[0]);
            break;
        }
        if (!solution_exists(p, it->solution)) {
            ok = lp_fail(p, line, "exercise %s: no solution file %s", w[0], it->solution);
            break;
        }
        char who[128];
        snprintf(who, sizeof who, "exercise %s", w[0]);
        ok = claim_block(p, it, "go", who);
        p->exercise = (int)(it - p->l->items);
        p->loaded = -1;
        break;
    }
    case LO_CHECK:
        if (p->exercise < 0) { ok = lp_fail(p, line, "check: no exercise above"); break; }
        it->exercise = p->exercise;
        if (n == 1 && strcmp(w[0], "prints") == 0) {
            it->check = LK_PRINTS;
            ok = claim_block(p, it, "text", "check prints");
        } else if (n == 1 && strcmp(w[0], "no-leaks") == 0) {
            it->check = LK_NO_LEAKS;
        } else if (n >= 1 && strcmp(w[0], "no-deadlock") == 0) {
            it->check = LK_NO_DEADLOCK;
            if (n != 2 || strncmp(w[1], "seeds=", 6) != 0 || !parse_int(w[1] + 6, 1000, &x) || x < 1)
                ok = lp_fail(p, line, "check no-deadlock needs seeds=N (N >= 1)");
            else
                it->seeds = (int)x;
        } else if (n >= 1 && strcmp(w[0], "before") == 0) {
            it->check = LK_BEFORE;
            if (n != 2 || !lesson_duration(w[1], &it->dur))
                ok = lp_fail(p, line, "check before: a Go duration (2s, 500ms)");
        } else if (n >= 1 && strcmp(w[0], "exit") == 0) {
            it->check = LK_EXIT;
            if (n != 2 || !parse_int(w[1], 255, &it->n)) ok = lp_fail(p, line, "check exit needs a status N");
        } else {
            ok = lp_fail(p, line, "check: unknown check '%s'", n ? w[0] : "");
        }
        break;
    default:
        break;
    }
    free(wbuf);
    return ok;
}

/* Adds the narrative lines [from, to) as a text chunk (blank-only: none). */
static void flush_text(Parser *p, int from, int to)
{
    size_t size = 1;
    bool any = false;
    for (int k = from; k < to; k++) {
        size += strlen(p->lines[k]) + 1;
        if (!blank(p->lines[k])) any = true;
    }
    if (!any) return;
    while (from < to && blank(p->lines[from])) from++;
    while (to > from && blank(p->lines[to - 1])) to--;
    LessonItem *it = add_item(p, LO_TEXT, from + 1);
    if (!it) return;
    char *t = malloc(size);
    if (!t) abort();
    size_t used = 0;
    for (int k = from; k < to; k++) {
        size_t n = strlen(p->lines[k]);
        memcpy(t + used, p->lines[k], n);
        used += n;
        t[used++] = '\n';
    }
    t[used] = '\0';
    it->text = t;
}

/* The line at p->i starts `<!-- gocafe: `: reads it (and its body). */
static bool read_directive(Parser *p)
{
    int line = p->i + 1;
    char *s = p->lines[p->i] + strlen("<!-- gocafe: ");
    p->i++;
    char *end = strstr(s, "-->");
    char **body = NULL;
    int nbody = 0;
    if (end) {
        if (!blank(end + 3)) return lp_fail(p, line, "text after --> on a directive's line");
        *end = '\0';
    } else {
        int k = p->i;
        while (k < p->nlines && strcmp(p->lines[k], "-->") != 0) k++;
        if (k >= p->nlines) return lp_fail(p, line, "unterminated directive (a line --> ends it)");
        body = p->lines + p->i;
        nbody = k - p->i;
        p->i = k + 1;
    }
    while (*s == ' ') s++;
    rstrip(s);
    char verb[32];
    size_t vn = strcspn(s, " \t");
    if (vn == 0) return lp_fail(p, line, "a directive is written <!-- gocafe: VERB ...");
    snprintf(verb, sizeof verb, "%.*s", (int)(vn < 31 ? vn : 31), s);
    char *args = s + vn;
    while (*args == ' ' || *args == '\t') args++;
    return directive(p, line, verb, args, body, nbody);   /* body: NULL for one line */
}

static bool parse_lines(Parser *p)
{
    int i = 0;
    while (i < p->nlines && blank(p->lines[i])) i++;
    if (i >= p->nlines || strncmp(p->lines[i], "# ", 2) != 0 || blank(p->lines[i] + 2))
        return lp_fail(p, i < p->nlines ? i + 1 : 1, "a lesson starts with a # Title");
    p->l->title = lp_strdup(p->lines[i] + 2);
    rstrip(p->l->title);
    p->i = i + 1;
    int chunk = p->i;
    bool fence = false;
    while (p->i < p->nlines) {
        char *s = p->lines[p->i];
        if (fence) {
            if (is_fence_end(s)) fence = false;
            p->i++;
            continue;
        }
        if (strncmp(s, "```", 3) == 0) {
            fence = true;
            p->i++;
            continue;
        }
        if (strncmp(s, "<!--", 4) == 0 && strstr(s, "gocafe:")) {
            if (strncmp(s, "<!-- gocafe: ", 13) != 0)
                return lp_fail(p, p->i + 1, "a directive is written <!-- gocafe: VERB ...");
            flush_text(p, chunk, p->i);
            if (!read_directive(p)) return false;
            chunk = p->i;
            continue;
        }
        p->i++;
    }
    flush_text(p, chunk, p->nlines);
    return true;
}

bool lesson_parse(const char *text, size_t len, const char *file, Lesson *out,
                  char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    Parser p = { .file = file ? file : "lesson", .l = out, .loaded = -1, .exercise = -1,
                 .err = err, .errlen = errlen };
    out->path = lp_strdup(p.file);
    const char *slash = strrchr(p.file, '/');
    out->dir = slash ? strndup(p.file, (size_t)(slash - p.file)) : lp_strdup(".");
    if (len > LESSON_MAX_BYTES) {
        lp_fail(&p, 1, "the lesson is larger than %u bytes", LESSON_MAX_BYTES);
        lesson_free(out);
        return false;
    }
    p.buf = malloc(len + 1);
    if (!p.buf) abort();
    memcpy(p.buf, text, len);
    p.buf[len] = '\0';
    size_t nl = 1;
    for (size_t k = 0; k < len; k++) {
        if (p.buf[k] == '\0') p.buf[k] = ' ';   /* NUL bytes are not line ends */
        if (p.buf[k] == '\n') nl++;
    }
    p.lines = malloc(nl * sizeof *p.lines);
    if (!p.lines) abort();
    char *s = p.buf;
    for (;;) {
        p.lines[p.nlines++] = s;
        char *e = strchr(s, '\n');
        if (!e) break;
        *e = '\0';
        if (e > s && e[-1] == '\r') e[-1] = '\0';
        s = e + 1;
    }
    if (p.nlines > 1 && !*p.lines[p.nlines - 1]) p.nlines--;   /* the final newline */
    bool ok = parse_lines(&p);
    free(p.lines);
    free(p.buf);
    if (!ok) lesson_free(out);
    return ok;
}

bool lesson_load(const char *path, Lesson *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
        return false;
    }
    char *buf = malloc(LESSON_MAX_BYTES + 1);
    if (!buf) abort();
    size_t n = fread(buf, 1, LESSON_MAX_BYTES + 1, f);
    bool rd = !ferror(f);
    fclose(f);
    if (!rd) {
        free(buf);
        snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno ? errno : EIO));
        return false;
    }
    bool ok = lesson_parse(buf, n, path, out, err, errlen);
    free(buf);
    return ok;
}

void lesson_free(Lesson *l)
{
    if (!l) return;
    for (int i = 0; i < l->n; i++) {
        LessonItem *it = &l->items[i];
        free(it->text);
        free(it->args);
        free(it->name);
        free(it->block);
        free(it->solution);
        free(it->what);
        for (int k = 0; k < it->nchoices; k++) {
            free(it->choices[k].text);
            free(it->choices[k].feedback);
        }
        free(it->choices);
    }
    free(l->items);
    free(l->path);
    free(l->dir);
    free(l->title);
    memset(l, 0, sizeof *l);
}
