import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether curses currently owns the terminal. Touched only by the main thread and by signal handlers.
nonisolated(unsafe) var cursesActive = false

/// Gives the terminal back to the shell (leaves curses mode) if curses owns it.
func restoreTerminal() {
    guard cursesActive else { return }
    cursesActive = false
    endwin()
}

/// Installs handlers so Ctrl-C, kill, hang-up and crashes restore the terminal before the process ends.
func installRestoreHandlers() {
    // A parent may have started us with signals blocked: make sure Ctrl-C and resizes get through.
    var wanted = sigset_t()
    sigemptyset(&wanted)
    for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH] { sigaddset(&wanted, sig) }
    sigprocmask(SIG_UNBLOCK, &wanted, nil)
    for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
        signal(sig) { received in
            restoreTerminal()
            _exit(128 + received)
        }
    }
    // Crashes (Swift traps are SIGILL or SIGTRAP): restore, then die of the same signal.
    for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
        signal(sig) { received in
            restoreTerminal()
            signal(received, SIG_DFL)
            raise(received)
        }
    }
}
