#ifndef WHOSAID_TERMINAL_SIGNALS_H
#define WHOSAID_TERMINAL_SIGNALS_H

#include <stddef.h>
#include <termios.h>

/// Installs the browser's signal handlers. Termination signals (INT, TERM, HUP, QUIT, USR1, USR2,
/// ALRM) only record which one came, without SA_RESTART so that a blocking read returns at once:
/// the main loop gives the terminal back and then dies of the signal (curses is not
/// async-signal-safe, so a handler must not call endwin). Crash signals (SEGV, BUS, ILL, TRAP,
/// ABRT, FPE) write the bytes given to whosaid_signals_set_crash_restore, put the saved terminal
/// modes back (write and tcsetattr are async-signal-safe) and die of the same signal.
/// Also unblocks those signals and SIGWINCH, in case a parent started us with them blocked.
void whosaid_signals_install(void);

/// The termination signal received since the last call (the first, if several came), or 0. Clears it.
int whosaid_signals_take_pending(void);

/// What a crash handler writes to `fd` (at most 255 bytes: leave the alternate screen, show the
/// cursor, reset attributes) and the terminal modes it restores on `fd`. Call once the terminal is
/// taken over; whosaid_signals_clear_crash_restore when it is given back.
void whosaid_signals_set_crash_restore(int fd, const char *bytes, size_t count, const struct termios *modes);

/// Forgets the crash restore: a crash after the terminal is given back leaves it alone.
void whosaid_signals_clear_crash_restore(void);

/// Restores the default action of `sig`, unblocks it and raises it: the process dies of it as it
/// would have without a handler (a shell then reports 128 + sig). Returns only if it is ignored.
void whosaid_signals_die_of(int sig);

#endif
