#include "TerminalSignals.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t pending = 0;

/* The crash restore: set and cleared by the main thread while the handlers may read it. */
static volatile sig_atomic_t restore_armed = 0;
static int restore_fd = -1;
static char restore_bytes[256];
static size_t restore_count = 0;
static struct termios restore_modes;

static const int termination_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM};
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void record(int sig) {
    if (pending == 0) pending = sig;
}

static void crash(int sig) {
    if (restore_armed) {
        restore_armed = 0;
        size_t done = 0;
        while (done < restore_count) {
            ssize_t n = write(restore_fd, restore_bytes + done, restore_count - done);
            if (n <= 0) break;
            done += (size_t)n;
        }
        tcsetattr(restore_fd, TCSANOW, &restore_modes);
    }
    /* SA_RESETHAND put the default action back: the same signal now ends the process. */
    raise(sig);
}

void whosaid_signals_install(void) {
    sigset_t wanted;
    sigemptyset(&wanted);
    for (size_t i = 0; i < COUNT(termination_signals); i++) sigaddset(&wanted, termination_signals[i]);
    sigaddset(&wanted, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = record;
    action.sa_flags = 0; /* no SA_RESTART: get_wch returns when a signal comes */
    for (size_t i = 0; i < COUNT(termination_signals); i++) sigaction(termination_signals[i], &action, NULL);

    action.sa_handler = crash;
    action.sa_flags = (int)SA_RESETHAND | SA_NODEFER;
    for (size_t i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &action, NULL);
}

int whosaid_signals_take_pending(void) {
    int sig = pending;
    pending = 0;
    return sig;
}

void whosaid_signals_set_crash_restore(int fd, const char *bytes, size_t count, const struct termios *modes) {
    restore_armed = 0;
    if (count > sizeof restore_bytes) count = sizeof restore_bytes;
    memcpy(restore_bytes, bytes, count);
    restore_count = count;
    restore_fd = fd;
    restore_modes = *modes;
    restore_armed = 1;
}

void whosaid_signals_clear_crash_restore(void) {
    restore_armed = 0;
}

void whosaid_signals_die_of(int sig) {
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}
