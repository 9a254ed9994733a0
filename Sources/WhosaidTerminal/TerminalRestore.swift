import CNcursesw
import CTerminalSignals

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Signals while the browser runs. The handlers (in C, `CTerminalSignals`) do nothing a signal
/// handler may not do: a termination signal only records itself, and the main loop gives the
/// terminal back and then dies of it (``Terminal/die(of:)``); a crash writes a restore sequence
/// prepared here in advance and puts the shell's terminal modes back.
enum TerminalSignals {
    /// Installs the handlers; call before curses takes the terminal.
    static func install() {
        whosaid_signals_install()
    }

    /// The termination signal received since the last call, if any.
    static func takePending() -> Int32? {
        let sig = whosaid_signals_take_pending()
        return sig == 0 ? nil : sig
    }

    /// Prepares what a crash handler writes to give the terminal back: attributes off, cursor
    /// shown, keypad and mouse reports off, alternate screen left; and the shell's `modes`.
    static func armCrashRestore(modes: termios, mouse: Bool) {
        var bytes: [CChar] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let s = whosaid_tigetstr(capability) else { continue }
            var p = s
            while p.pointee != 0 {
                bytes.append(p.pointee)
                p += 1
            }
        }
        if mouse { bytes.append(contentsOf: "\u{1B}[?1000l".utf8.map { CChar(bitPattern: $0) }) }
        bytes.append(contentsOf: "\r\n".utf8.map { CChar(bitPattern: $0) })
        var modes = modes
        whosaid_signals_set_crash_restore(STDOUT_FILENO, bytes, bytes.count, &modes)
    }

    /// Forgets the crash restore once the terminal is given back.
    static func disarmCrashRestore() {
        whosaid_signals_clear_crash_restore()
    }

    /// Dies of `sig` as if no handler had caught it.
    static func die(of sig: Int32) -> Never {
        whosaid_signals_die_of(sig)
        _exit(128 + sig)
    }
}
