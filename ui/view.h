/* view.h - the café on screen: views that render a Snapshot of a Stepper into
 * a text model (TextBuf), and the two back ends that show it (curses: term.c,
 * plain text: plain.c).
 *
 * Contract:
 *  - Views read the simulation only through sim's public headers (step.h,
 *    snapshot.h, event.h) and change it only through the Stepper (view_cmd.c).
 *  - A TextBuf is a grid of cells (one codepoint + one semantic Style each);
 *    the back ends map styles to colours (or none) and box-drawing codepoints
 *    to UTF-8 or ASCII.  Every cell is one column wide.
 *  - Rendering cost follows what is visible: panes draw only the rows that
 *    fit (lists are windows onto the snapshot).
 *  - Nothing here includes curses or readline (tests link this without them).
 */
#ifndef GOCAFE_VIEW_H
#define GOCAFE_VIEW_H
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include "sim.h"
#include "step.h"
#include "snapshot.h"
#include "event.h"

/* Semantic styles: back ends map them through a scheme table. */
typedef enum Style {
    ST_NORMAL = 0,
    ST_DIM,               /* secondary text: line numbers, hints */
    ST_BORDER,            /* pane frames */
    ST_TITLE,             /* pane titles */
    ST_STATUS,            /* the status line */
    ST_FOCUS,             /* the focused goroutine / current line */
    ST_RUNNING,           /* a goroutine making the order */
    ST_BLOCKED,           /* waiting on something */
    ST_SLEEPING,          /* waiting on the clock */
    ST_DONE,              /* off shift */
    ST_LEAKED,            /* stuck forever */
    ST_READY,             /* a ready select case, a value in a slot */
    ST_WON,               /* the case that won */
    ST_KEYWORD,           /* Go syntax colours */
    ST_STRING,
    ST_COMMENT,
    ST_NUMBER,
    ST_MARKER,            /* G1▶ in the source */
    ST_ERROR,             /* messages about mistakes, deadlock, panic */
    ST_NSTYLES
} Style;

/* Box-drawing codepoints (ASCII fallback in view_ascii). */
enum {
    BX_H = 0x2500, BX_V = 0x2502, BX_TL = 0x250C, BX_TR = 0x2510,
    BX_BL = 0x2514, BX_BR = 0x2518, BX_ARROW = 0x25B6, BX_DOT = 0x25CF,
    BX_RING = 0x25CB, BX_RARROW = 0x2192, BX_ELLIPSIS = 0x2026,
    BX_MIDDOT = 0x00B7, BX_LARROW = 0x25C0, BX_SLOT = 0x25A1, BX_DASH = 0x2014
};

typedef struct TextBuf {
    int w, h;
    uint32_t *ch;         /* w*h codepoints */
    uint8_t *st;          /* w*h Styles */
} TextBuf;

void tb_init(TextBuf *tb, int w, int h);   /* cleared to spaces */
void tb_free(TextBuf *tb);
void tb_clear(TextBuf *tb);
/* Writes UTF-8 text at (x,y), clipped to maxw columns and the buffer; tabs
 * become one space.  Returns the columns written. */
int tb_put(TextBuf *tb, int x, int y, int maxw, Style st, const char *s);
int tb_putf(TextBuf *tb, int x, int y, int maxw, Style st, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void tb_cell(TextBuf *tb, int x, int y, uint32_t c, Style st);
void tb_fill(TextBuf *tb, int x, int y, int w, uint32_t c, Style st);
/* A frame with a title (and an optional right-aligned note). */
void tb_box(TextBuf *tb, int x, int y, int w, int h, const char *title, const char *note,
            bool focused);
/* Row y as UTF-8 (ascii: box drawing as +-|), trailing spaces cut. */
size_t tb_row_text(const TextBuf *tb, int y, bool ascii, char *out, size_t cap);
/* The ASCII stand-in of a codepoint. */
uint32_t view_ascii(uint32_t c);

typedef enum PaneId {
    PANE_SOURCE = 0, PANE_CAFE, PANE_CHANNELS, PANE_SELECT, PANE_TIME, PANE_LOG, PANE_N
} PaneId;

/* Everything the views need: the stepper, its current snapshot, the source
 * split in lines, and the user's view choices (focus, scroll, zoom). */
typedef struct View {
    Stepper *st;
    const char *filename; /* as given */
    const char *base;     /* its last path element, for titles */
    char *src;            /* owned copy, lines NUL-split */
    const char **lines;   /* lines[i] = source line i+1 */
    int nlines;
    Snapshot sn;
    bool have_sn;
    int64_t focus;        /* focused goroutine id (0 = follow the action) */
    int64_t shown;        /* goroutine the Source/Select panes show */
    PaneId selpane;       /* pane that scrolling keys act on */
    bool zoom;            /* selpane fills the screen */
    int compact_tab;      /* compact layout: pane shown */
    int scroll[PANE_N];   /* rows scrolled back/down per pane (log: from the end) */
    bool help;            /* the help overlay */
    bool playing;
    int pace;             /* play: steps per second */
    char msg[512];        /* the latest command's answer (one or more lines) */
    bool msg_error;
    char prompt_line[256];/* the command line as typed (curses back end) */
    int prompt_cursor;
    bool prompt_active;
    uint64_t last_printed;/* plain: events printed so far */
    bool ascii;           /* no UTF-8 */
    int32_t bps[32];      /* breakpoints (lines) */
    int nbps;
    uint64_t prev_pos;    /* position before the latest move: the log
                             highlights the events in between */
    char (*chnames)[48];  /* display names by channel id-1 (view_refresh) */
    int nchnames;
    size_t named_upto;    /* events scanned for names so far */
    /* The lesson player (lesson_tui.c): a pane of side_w columns at the left,
     * drawn by side_draw; the simulation panes share the rest.  0: none. */
    int side_w;
    void (*side_draw)(void *ud, TextBuf *tb, int x, int y, int w, int h);
    void *side_ud;
} View;

/* Loads filename's source into a view over st (owned by the caller). */
void view_init(View *v, Stepper *st, const char *filename, const char *src, size_t len);
void view_free(View *v);
/* Takes a fresh snapshot (after any stepper call). */
void view_refresh(View *v);

/* Renders the whole screen (status, panes, command line) for a w x h terminal. */
void view_render(View *v, TextBuf *tb);
/* Smallest screen the views draw on; below it view_render writes a message. */
#define VIEW_MIN_W 40
#define VIEW_MIN_H 12

/* One pane into a rectangle (frame included). */
void view_pane(View *v, TextBuf *tb, PaneId p, int x, int y, int w, int h);
/* The rows a pane's content wants at width w (plain text stacks panes). */
int view_pane_rows(View *v, PaneId p, int w);
const char *view_pane_name(PaneId p);
/* Step of the event on the Log pane's bottom row (Enter goes there). */
uint64_t view_log_bottom_step(View *v);

/* ---- words (view_words.c) ---- */
/* What barista g is doing, in café words then Go's reason in brackets. */
void view_barista(View *v, const SnapG *g, char *buf, size_t len);
/* The display name of a channel: its variable, the select case naming it
 * (ctx.Done()), time.After, or chan#ID. */
void view_chan_name(View *v, int64_t id, char *buf, size_t len);
/* Whether a channel is worth listing (user-made or in use). */
bool view_chan_visible(View *v, const SnapChan *c);
/* Source text of case `index` of the select at `line` ("<-ctx.Done()"), or
 * false when it cannot be found. */
bool view_case_text(View *v, int32_t line, int index, char *buf, size_t len);
/* An event in plain words ("t=1.2s G1 cancel() ... wakes G2"). */
void view_event_words(View *v, const Event *e, char *buf, size_t len);
/* The select explanation ("won: case 1 ... chosen at random among 2 ready
 * cases (seed 7)"). */
void view_select_verdict(View *v, const SnapG *g, char *buf, size_t len);
/* Line of g's latest select; names of channels for the current snapshot. */
int32_t view_sel_line(View *v, const SnapG *g);
void view_name_chans(View *v);
/* Cuts a long call's arguments to an ellipsis when text is longer than max. */
void view_shorten(char *text, size_t max);
void view_fmt_time(int64_t ns, char *buf, size_t len);   /* "1.200s" */

/* ---- commands (view_cmd.c) ---- */
enum { CMD_OK = 0, CMD_QUIT = 1, CMD_PLAY = 2 };
/* Runs one command line ("step", "until block", "focus G2" ...); the answer
 * goes to v->msg.  *stop is polled by long runs (Ctrl-C); may be NULL. */
int view_command(View *v, const char *line, volatile int *stop);
/* The single-key bindings: the command a key stands for, or NULL. */
const char *view_key_command(int key);
/* Commands and goroutine ids for completion: the i-th candidate starting
 * with prefix, or NULL. */
const char *view_complete(View *v, const char *prefix, int i, char *buf, size_t len);
extern const char *const view_help_text[];

/* ---- back ends ---- */
/* `gocafe view` (argv after "view"): returns the exit status. */
int view_main(int argc, char **argv);
int term_run(View *v);                         /* term.c */
/* term.c's pieces for other full screens (the lesson player, lesson_tui.c) */
bool term_begin(View *v);          /* curses on (v: for completion; may be NULL) */
void term_end(View *v);
void term_set_view(View *v);
void term_fit(TextBuf *tb);        /* tb sized to the terminal */
void term_draw(View *v, TextBuf *tb);          /* view_render, then shown */
void term_show(const TextBuf *tb, bool ascii); /* an already rendered tb */
int term_getkey(int timeout_ms, bool *interrupted);   /* ERR: timeout/resize */
int term_key(View *v, TextBuf *tb, int ch);    /* a key for the view: CMD_* */
bool term_prompt_open(const View *v);
void term_suspend(void);           /* around running $EDITOR */
void term_resume(void);
int plain_run(View *v, FILE *in, FILE *out, int width);   /* plain.c */

#endif
