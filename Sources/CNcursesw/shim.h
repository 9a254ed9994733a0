#ifndef WHOSAID_CNCURSESW_SHIM_H
#define WHOSAID_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags: define wide-character support before curses.h. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Macros do not reach Swift: these wrappers pass their values through, never hard-coded. */
static inline attr_t whosaid_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t whosaid_A_BOLD(void) { return A_BOLD; }
static inline attr_t whosaid_A_DIM(void) { return A_DIM; }
static inline attr_t whosaid_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t whosaid_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t whosaid_COLOR_PAIR(int n) { return COLOR_PAIR(n); }
static inline int whosaid_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int whosaid_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline WINDOW *whosaid_stdscr(void) { return stdscr; }
static inline TERMINAL *whosaid_cur_term(void) { return cur_term; }

static inline mmask_t whosaid_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t whosaid_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
static inline mmask_t whosaid_BUTTON1_RELEASED(void) { return BUTTON1_RELEASED; }
static inline mmask_t whosaid_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t whosaid_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t whosaid_BUTTON5_PRESSED(void) { return 0; }
#endif

static inline int whosaid_OK(void) { return OK; }
static inline int whosaid_ERR(void) { return ERR; }
static inline int whosaid_KEY_CODE_YES(void) { return KEY_CODE_YES; }
static inline int whosaid_KEY_UP(void) { return KEY_UP; }
static inline int whosaid_KEY_DOWN(void) { return KEY_DOWN; }
static inline int whosaid_KEY_LEFT(void) { return KEY_LEFT; }
static inline int whosaid_KEY_RIGHT(void) { return KEY_RIGHT; }
static inline int whosaid_KEY_HOME(void) { return KEY_HOME; }
static inline int whosaid_KEY_END(void) { return KEY_END; }
static inline int whosaid_KEY_PPAGE(void) { return KEY_PPAGE; }
static inline int whosaid_KEY_NPAGE(void) { return KEY_NPAGE; }
static inline int whosaid_KEY_BTAB(void) { return KEY_BTAB; }
static inline int whosaid_KEY_ENTER(void) { return KEY_ENTER; }
static inline int whosaid_KEY_BACKSPACE(void) { return KEY_BACKSPACE; }
static inline int whosaid_KEY_DC(void) { return KEY_DC; }
static inline int whosaid_KEY_RESIZE(void) { return KEY_RESIZE; }
static inline int whosaid_KEY_MOUSE(void) { return KEY_MOUSE; }

/* The basic colours in the order black, red, green, yellow, blue, magenta, cyan, white. */
static inline short whosaid_color(int index) {
    switch (index) {
    case 0: return COLOR_BLACK; case 1: return COLOR_RED; case 2: return COLOR_GREEN; case 3: return COLOR_YELLOW;
    case 4: return COLOR_BLUE; case 5: return COLOR_MAGENTA; case 6: return COLOR_CYAN; default: return COLOR_WHITE;
    }
}

static inline int whosaid_wcwidth(wchar_t c) { return wcwidth(c); }

/* A terminfo string capability, or NULL when the terminal lacks it (tigetstr's (char *)-1 included). */
static inline const char *whosaid_tigetstr(const char *name) {
    char *s = tigetstr(name);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}

/* Draws one character (a base and up to four combining scalars) with attributes and a colour pair. */
static inline int whosaid_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}
#endif
