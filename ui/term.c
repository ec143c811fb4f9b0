/* term.c - the curses back end of the views: one loop (refresh the model,
 * draw, read a key, dispatch), as htop and tmux do.  Styles map to colours
 * through a scheme table (monochrome when the terminal has no colours or
 * NO_COLOR is set).  The command line is readline in its callback mode: keys
 * read by curses are fed to it one at a time and its line is drawn by the
 * views.  Signal handlers only set flags: Ctrl-C stops a run (never gocafe),
 * SIGWINCH redraws at the new size; crash signals restore the terminal,
 * then re-raise. */
#include "view.h"
#include <curses.h>
#include <readline/history.h>
#include <readline/readline.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#pragma GCC diagnostic ignored "-Wformat-truncation"  /* UI text is cut to fit */

/* The scheme: a colour pair (fg, bg; -1 = default) and attributes per
 * style, and the attributes used without colours. */
typedef struct Scheme { short fg, bg; attr_t attr, mono; } Scheme;

static const Scheme SCHEME[ST_NSTYLES] = {
    [ST_NORMAL]   = { -1, -1, A_NORMAL, A_NORMAL },
    [ST_DIM]      = { -1, -1, A_DIM, A_DIM },
    [ST_BORDER]   = { COLOR_BLUE, -1, A_NORMAL, A_NORMAL },
    [ST_TITLE]    = { -1, -1, A_BOLD, A_BOLD },
    [ST_STATUS]   = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
    [ST_FOCUS]    = { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE },
    [ST_RUNNING]  = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
    [ST_BLOCKED]  = { COLOR_YELLOW, -1, A_NORMAL, A_NORMAL },
    [ST_SLEEPING] = { COLOR_CYAN, -1, A_NORMAL, A_NORMAL },
    [ST_DONE]     = { -1, -1, A_DIM, A_DIM },
    [ST_LEAKED]   = { COLOR_MAGENTA, -1, A_BOLD, A_BOLD | A_UNDERLINE },
    [ST_READY]    = { COLOR_GREEN, -1, A_NORMAL, A_NORMAL },
    [ST_WON]      = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
    [ST_KEYWORD]  = { COLOR_YELLOW, -1, A_NORMAL, A_BOLD },
    [ST_STRING]   = { COLOR_GREEN, -1, A_NORMAL, A_NORMAL },
    [ST_COMMENT]  = { COLOR_CYAN, -1, A_DIM, A_DIM },
    [ST_NUMBER]   = { COLOR_MAGENTA, -1, A_NORMAL, A_NORMAL },
    [ST_MARKER]   = { COLOR_BLACK, COLOR_MAGENTA, A_BOLD, A_REVERSE },
    [ST_ERROR]    = { COLOR_RED, -1, A_BOLD, A_BOLD },
};

static volatile sig_atomic_t g_winch, g_int;
static bool g_colour, g_curses;
static View *g_view;          /* for readline's callbacks */
static int g_rl_key = -1;     /* the key handed to readline */
static char g_line[512];      /* a line readline finished */
static bool g_line_ready;

static void on_winch(int sig) { (void)sig; g_winch = 1; }
static void on_int(int sig) { (void)sig; g_int = 1; }

/* Crash: give the terminal back, then die of the same signal. */
static void on_crash(int sig)
{
    if (g_curses) endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

static attr_t style_attr(int st)
{
    if (!g_colour) return SCHEME[st].mono;
    return SCHEME[st].attr | COLOR_PAIR(st + 1);
}

static void colours_init(void)
{
    g_colour = has_colors() && !(getenv("NO_COLOR") && *getenv("NO_COLOR"));
    if (!g_colour) return;
    start_color();
    use_default_colors();
    for (int i = 0; i < ST_NSTYLES; i++) init_pair((short)(i + 1), SCHEME[i].fg, SCHEME[i].bg);
}

static size_t put_utf8(uint32_t c, char *out)
{
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) { out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
}

/* Draws the text model: one addnstr per run of cells of the same style. */
static void draw_tb(const TextBuf *tb, bool ascii)
{
    char run[4096];
    for (int y = 0; y < tb->h; y++) {
        int x = 0;
        while (x < tb->w) {
            size_t i = (size_t)y * (size_t)tb->w + (size_t)x;
            uint8_t st = tb->st[i];
            int x0 = x;
            size_t n = 0;
            while (x < tb->w && tb->st[(size_t)y * (size_t)tb->w + (size_t)x] == st && n + 4 < sizeof run) {
                uint32_t c = tb->ch[(size_t)y * (size_t)tb->w + (size_t)x];
                if (ascii || c > 0xFFFF) c = view_ascii(c);
                n += put_utf8(c, run + n);
                x++;
            }
            run[n] = '\0';
            attrset(style_attr(st));
            /* the bottom-right cell would scroll: leave it */
            if (y == tb->h - 1 && x == tb->w) {
                if (x - x0 <= 1) break;
                n = 0;
                for (int k = x0; k < x - 1; k++) {
                    uint32_t c = tb->ch[(size_t)y * (size_t)tb->w + (size_t)k];
                    if (ascii || c > 0xFFFF) c = view_ascii(c);
                    n += put_utf8(c, run + n);
                }
                run[n] = '\0';
            }
            mvaddstr(y, x0, run);
        }
    }
    attrset(A_NORMAL);
}

/* Sizes tb to the terminal. */
void term_fit(TextBuf *tb)
{
    int h, w;
    getmaxyx(stdscr, h, w);
    if (tb->w != w || tb->h != h) {
        tb_free(tb);
        tb_init(tb, w, h);
    }
}

/* A screen rendered by someone else (the lesson player without a program). */
void term_show(const TextBuf *tb, bool ascii)
{
    erase();
    draw_tb(tb, ascii);
    curs_set(0);
    refresh();
}

static void draw(View *v, TextBuf *tb)
{
    int h, w;
    getmaxyx(stdscr, h, w);
    term_fit(tb);
    view_render(v, tb);
    erase();
    draw_tb(tb, v->ascii);
    if (v->prompt_active && w >= VIEW_MIN_W && h >= VIEW_MIN_H) {
        curs_set(1);
        move(h - 1, 8 + v->prompt_cursor < w - 1 ? 8 + v->prompt_cursor : w - 1);
    } else {
        curs_set(0);
    }
    refresh();
}

/* ---- readline in callback mode ---- */

static int rl_getc_cb(FILE *f)
{
    (void)f;
    int c = g_rl_key;
    g_rl_key = -1;
    return c < 0 ? EOF : c;
}

static int rl_avail_cb(void) { return g_rl_key >= 0; }

static void rl_redisplay_cb(void)
{
    if (!g_view) return;
    snprintf(g_view->prompt_line, sizeof g_view->prompt_line, "%s", rl_line_buffer ? rl_line_buffer : "");
    g_view->prompt_cursor = rl_point;
}

static void rl_line_cb(char *line)
{
    if (line) {
        snprintf(g_line, sizeof g_line, "%s", line);
        g_line_ready = true;
        if (*line) add_history(line);
        free(line);
    } else {
        g_line[0] = '\0';
        g_line_ready = true;   /* Ctrl-D on an empty line: close the prompt */
    }
}

static char *complete_gen(const char *text, int state)
{
    static int idx;
    char buf[32];
    if (state == 0) idx = 0;
    const char *m = view_complete(g_view, text, idx++, buf, sizeof buf);
    return m ? strdup(m) : NULL;
}

static char **complete_cb(const char *text, int start, int end)
{
    (void)start; (void)end;
    rl_attempted_completion_over = 1;
    return rl_completion_matches(text, complete_gen);
}

/* Several matches: list them on the command line's answer. */
static void show_matches(char **matches, int n, int maxlen)
{
    (void)maxlen;
    size_t k = (size_t)snprintf(g_view->msg, sizeof g_view->msg, "completions:");
    for (int i = 1; i <= n && k < sizeof g_view->msg; i++)
        k += (size_t)snprintf(g_view->msg + k, sizeof g_view->msg - k, " %s", matches[i]);
    g_view->msg_error = false;
}

static void rl_setup(void)
{
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_change_environment = 0;
    rl_prep_term_function = NULL;
    rl_deprep_term_function = NULL;
    rl_getc_function = rl_getc_cb;
    rl_input_available_hook = rl_avail_cb;
    rl_redisplay_function = rl_redisplay_cb;
    rl_attempted_completion_function = complete_cb;
    rl_completion_display_matches_hook = show_matches;
    rl_outstream = fopen("/dev/null", "w");
    rl_instream = stdin;
    using_history();
}

static void prompt_open(View *v)
{
    v->prompt_active = true;
    v->prompt_line[0] = '\0';
    v->prompt_cursor = 0;
    rl_callback_handler_install("", rl_line_cb);
}

static void prompt_close(View *v)
{
    v->prompt_active = false;
    rl_callback_handler_remove();
}

/* Curses key codes to what readline understands. */
static int rl_key_of(int ch)
{
    switch (ch) {
    case KEY_LEFT: return 2;      /* C-b */
    case KEY_RIGHT: return 6;     /* C-f */
    case KEY_UP: return 16;       /* C-p */
    case KEY_DOWN: return 14;     /* C-n */
    case KEY_HOME: return 1;      /* C-a */
    case KEY_END: return 5;       /* C-e */
    case KEY_BACKSPACE: return 127;
    case KEY_DC: return 4;
    case KEY_ENTER: return '\r';
    default: return ch >= 0 && ch < 256 ? ch : -1;
    }
}

/* ---- keys ---- */

static void scroll_pane(View *v, int dir, int page)
{
    int n = page ? 10 : 1;
    PaneId p = v->selpane;
    if (p == PANE_LOG) v->scroll[p] += dir < 0 ? n : -n;   /* up = back in time */
    else v->scroll[p] += dir < 0 ? -n : n;
    if (p != PANE_SOURCE && v->scroll[p] < 0) v->scroll[p] = 0;
}

static void focus_next(View *v, int dir)
{
    int n = v->sn.ngs;
    if (!n) return;
    int64_t g = v->focus;
    for (int i = 0; i <= n; i++) {
        g += dir;
        if (g > n) g = 0;
        if (g < 0) g = n;
        if (g == 0 || v->sn.gs[g - 1].status != G_DEAD) break;
    }
    v->focus = g;
    snprintf(v->msg, sizeof v->msg, g ? "focus on G%lld (Tab: next)" : "following the action (Tab: focus a goroutine)",
             (long long)g);
    v->msg_error = false;
    view_refresh(v);
}

/* A command that may run long: say so first, and let Ctrl-C stop it. */
static int run_cmd(View *v, TextBuf *tb, const char *cmd)
{
    snprintf(v->msg, sizeof v->msg, "running %s ... Ctrl-C stops", cmd);
    draw(v, tb);
    g_int = 0;
    int r = view_command(v, cmd, &g_int);
    if (g_int) {
        g_int = 0;
        snprintf(v->msg, sizeof v->msg, "stopped by Ctrl-C at step %llu", (unsigned long long)v->sn.step);
    }
    return r;
}

int term_key(View *v, TextBuf *tb, int ch);

static int on_key(View *v, TextBuf *tb, int ch)
{
    if (v->help || strchr(v->msg, '\n')) {     /* an overlay: any key closes it */
        v->help = false;
        if (strchr(v->msg, '\n')) v->msg[0] = '\0';
        return CMD_OK;
    }
    if (ch >= '1' && ch <= '0' + PANE_N) {
        v->selpane = (PaneId)(ch - '1');
        v->compact_tab = ch - '1';
        return CMD_OK;
    }
    switch (ch) {
    case ':': case '/': prompt_open(v); return CMD_OK;
    case '?': v->help = true; return CMD_OK;
    case ' ':
        v->playing = !v->playing;
        snprintf(v->msg, sizeof v->msg, v->playing ? "playing at %d steps/s: space pauses" : "paused", v->pace);
        return CMD_OK;
    case '\t': focus_next(v, 1); return CMD_OK;
    case KEY_BTAB: focus_next(v, -1); return CMD_OK;
    case 'z': v->zoom = !v->zoom; return CMD_OK;
    case KEY_UP: scroll_pane(v, -1, 0); return CMD_OK;
    case KEY_DOWN: scroll_pane(v, 1, 0); return CMD_OK;
    case KEY_PPAGE: scroll_pane(v, -1, 1); return CMD_OK;
    case KEY_NPAGE: scroll_pane(v, 1, 1); return CMD_OK;
    case KEY_HOME: v->scroll[v->selpane] = 0; return CMD_OK;
    case 12: clearok(curscr, TRUE); return CMD_OK;   /* C-l */
    case 27: v->zoom = false; return CMD_OK;
    case '\r': case '\n': case KEY_ENTER:
        if (v->selpane == PANE_LOG && v->scroll[PANE_LOG] > 0) {   /* jump to the log's bottom line */
            char cmd[48];
            snprintf(cmd, sizeof cmd, "goto %llu", (unsigned long long)view_log_bottom_step(v) + 1);
            v->scroll[PANE_LOG] = 0;
            return run_cmd(v, tb, cmd);
        }
        return CMD_OK;
    default: break;
    }
    const char *cmd = view_key_command(ch);
    if (!cmd) return CMD_OK;
    return run_cmd(v, tb, cmd);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Curses on: colours, signal flags, readline's callback mode. */
bool term_begin(View *v)
{
    static const int crash[] = { SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL };
    for (size_t i = 0; i < sizeof crash / sizeof crash[0]; i++) signal(crash[i], on_crash);
    g_view = v;
    if (!initscr()) return false;
    g_curses = true;
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    colours_init();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_int;
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_winch;
    sigaction(SIGWINCH, &sa, NULL);
    rl_setup();
    return true;
}

void term_end(View *v)
{
    if (v && v->prompt_active) prompt_close(v);
    endwin();
    g_curses = false;
    if (rl_outstream) fclose(rl_outstream);
    rl_outstream = NULL;
    signal(SIGINT, SIG_DFL);
    signal(SIGWINCH, SIG_DFL);
}

/* The terminal handed to another program ($EDITOR) and back. */
void term_suspend(void) { def_prog_mode(); endwin(); }
void term_resume(void) { reset_prog_mode(); clearok(curscr, TRUE); refresh(); }

void term_set_view(View *v) { g_view = v; }
void term_draw(View *v, TextBuf *tb) { draw(v, tb); }

/* The next key within timeout_ms (-1: wait); ERR on timeout or after a
 * resize.  *interrupted is set on Ctrl-C. */
int term_getkey(int timeout_ms, bool *interrupted)
{
    if (g_winch) {
        g_winch = 0;
        struct winsize ws;
        if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row && ws.ws_col)
            resizeterm(ws.ws_row, ws.ws_col);
    }
    timeout(timeout_ms);
    int ch = getch();
    if (g_int) {
        g_int = 0;
        *interrupted = true;
    }
    return ch == KEY_RESIZE ? ERR : ch;
}

/* One key for the view: the open command line gets it, else the bindings. */
int term_key(View *v, TextBuf *tb, int ch)
{
    if (v->prompt_active) {
        if (ch == 27) { prompt_close(v); return CMD_OK; }
        g_rl_key = rl_key_of(ch);
        if (g_rl_key < 0) return CMD_OK;
        rl_callback_read_char();
        if (!g_line_ready) return CMD_OK;
        g_line_ready = false;
        prompt_close(v);
        return g_line[0] ? run_cmd(v, tb, g_line) : CMD_OK;
    }
    return on_key(v, tb, ch);
}

bool term_prompt_open(const View *v) { return v->prompt_active; }

int term_run(View *v)
{
    if (!term_begin(v)) return 1;
    snprintf(v->msg, sizeof v->msg, "s steps, b goes back, c continues, Tab focuses a goroutine, ? shows every key");
    TextBuf tb;
    tb_init(&tb, 1, 1);
    double next_play = 0;
    for (;;) {
        if (v->playing && now_ms() >= next_play) {
            view_command(v, "step", &g_int);
            if (v->sn.ended) {
                v->playing = false;
                snprintf(v->msg, sizeof v->msg, "the run has ended; b goes back, r restarts");
            }
            next_play = now_ms() + 1000.0 / (v->pace > 0 ? v->pace : 4);
        }
        draw(v, &tb);
        int ms = -1;
        if (v->playing) {
            ms = (int)(next_play - now_ms());
            if (ms < 0) ms = 0;
        }
        bool intr = false;
        int ch = term_getkey(ms, &intr);
        if (intr) {
            if (v->playing) {
                v->playing = false;
                snprintf(v->msg, sizeof v->msg, "paused by Ctrl-C (q quits)");
            } else if (v->prompt_active) {
                prompt_close(v);
            } else {
                snprintf(v->msg, sizeof v->msg, "Ctrl-C stops a running simulation; q quits gocafe");
            }
        }
        if (ch == ERR) continue;
        int r = term_key(v, &tb, ch);
        if (r == CMD_QUIT) break;
        if (r == CMD_PLAY) next_play = 0;
    }
    term_end(v);
    tb_free(&tb);
    printf("gocafe: left %s at step %llu (t=", v->base, (unsigned long long)v->sn.step);
    char t[32];
    view_fmt_time(v->sn.now, t, sizeof t);
    printf("%s)\n", t);
    return 0;
}
