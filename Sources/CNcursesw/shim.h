#ifndef WHOSAID_CNCURSESW_SHIM_H
#define WHOSAID_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags: define wide-character support before curses.h. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
