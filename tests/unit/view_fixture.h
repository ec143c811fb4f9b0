/* view_fixture.h - a program loaded in a Stepper with a View over it, and
 * the views rendered to text, for the tests of what the panes show
 * (test_render.c, test_snapshot_view.c).  Include it after the ui/ view
 * sources the test compiles in. */
#ifndef GOCAFE_VIEW_FIXTURE_H
#define GOCAFE_VIEW_FIXTURE_H

typedef struct Fixture {
    Stepper *st;
    View v;
    TextBuf tb;
} Fixture;

/* src loaded as prog.go with seed; it must compile. */
static inline Fixture *fixture_of(const char *src, uint64_t seed)
{
    Fixture *f = calloc(1, sizeof *f);
    SimConfig cfg = { .seed = seed };
    f->st = stepper_new("prog.go", src, strlen(src), &cfg);
    assert_true(stepper_loaded(f->st));
    view_init(&f->v, f->st, "prog.go", src, strlen(src));
    return f;
}

static inline void fixture_free(Fixture *f)
{
    tb_free(&f->tb);
    view_free(&f->v);
    stepper_free(f->st);
    free(f);
}

/* The rendered rows, joined by newlines (the caller frees). */
static inline char *tb_text(Fixture *f, int w, int h)
{
    char *out = calloc((size_t)h, 4 * (size_t)w + 2);
    size_t n = 0;
    for (int y = 0; y < h; y++) {
        n += tb_row_text(&f->tb, y, false, out + n, 4 * (size_t)w + 1);
        out[n++] = '\n';
    }
    return out;
}

/* Pane p rendered at w x h. */
static inline char *pane_text(Fixture *f, PaneId p, int w, int h)
{
    tb_free(&f->tb);
    tb_init(&f->tb, w, h);
    view_pane(&f->v, &f->tb, p, 0, 0, w, h);
    return tb_text(f, w, h);
}

/* The whole screen rendered at w x h. */
static inline char *screen_text(Fixture *f, int w, int h)
{
    tb_free(&f->tb);
    tb_init(&f->tb, w, h);
    view_render(&f->v, &f->tb);
    return tb_text(f, w, h);
}

#define assert_contains(hay, needle) do { \
        if (!strstr((hay), (needle))) fail_msg("missing \"%s\" in:\n%s", (needle), (hay)); \
    } while (0)

#endif
