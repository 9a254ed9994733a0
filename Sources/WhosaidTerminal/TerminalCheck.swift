import CNcursesw
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What is checked before the browser takes the terminal: a terminal type curses can draw on, and
/// a UTF-8 locale (without one, curses drops every character outside ASCII).
public enum TerminalCheck {
    /// Why the browser cannot draw on the terminal `TERM` names, in one line pointing to
    /// `whosaid extract`, or nil when it can. Reads the terminfo entry (without this check
    /// `initscr` prints its own error and exits).
    ///
    /// Safe to call from several threads at once (the tests do): `setupterm` and `del_curterm`
    /// work on curses' one global terminal (`cur_term`), so two checks running together freed
    /// the same terminal twice, or read one the other had freed ("double free or corruption"
    /// in a parallel `swift test`). Checks take turns, and the terminal current before is put back.
    public static func refusal(term: String?, file: String?) -> String? {
        let alternative = "for plain text use `whosaid extract \(file ?? "FILE")`"
        guard let term, !term.isEmpty else {
            return "TERM is not set, so the browser cannot draw; set it (such as TERM=xterm-256color) or \(alternative)"
        }
        terminfoLock.lock()
        defer { terminfoLock.unlock() }
        let previous = whosaid_cur_term()
        // Whatever `setupterm` leaves current (a failed one included), the terminal before is current again.
        defer { if let previous { _ = set_curterm(previous) } }
        var status: Int32 = 0
        guard setupterm(term, STDOUT_FILENO, &status) == whosaid_OK() else {
            if status == 1 { return noCursor(term, alternative) }
            return "terminal type '\(term)' is not known to this system (no terminfo entry); set TERM to one it knows (such as xterm-256color) or \(alternative)"
        }
        let checked = whosaid_cur_term()
        defer { if checked != previous { del_curterm(checked) } }
        let hardcopy = tigetflag("hc") > 0
        return hardcopy || whosaid_tigetstr("cup") == nil ? noCursor(term, alternative) : nil
    }

    /// Serialises every use of curses' global terminal by ``refusal(term:file:)``.
    private static let terminfoLock = NSLock()

    private static func noCursor(_ term: String, _ alternative: String) -> String {
        "terminal type '\(term)' cannot move the cursor, so the browser cannot draw; \(alternative)"
    }
}

/// The character set the browser draws with.
public enum TerminalLocale: Equatable, Sendable {
    /// The user's locale is UTF-8.
    case utf8
    /// The user's locale is not; `LC_CTYPE` was switched to this UTF-8 locale.
    case fallback(String)
    /// No UTF-8 locale exists: the browser draws ASCII (``AsciiFallback``).
    case ascii

    /// UTF-8 locales tried, in order, when the user's is not one.
    public static let candidates = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]

    /// Environment variable for tests: the locales to try instead of ``candidates``, separated by
    /// colons; empty tries none, as on a machine without any UTF-8 locale (C.UTF-8 cannot be
    /// hidden from glibc otherwise).
    public static let candidatesForTestsVariable = "WHOSAID_TEST_UTF8_LOCALES"

    /// Sets the locale from the environment and, when its character set is not UTF-8, switches
    /// `LC_CTYPE` to the first of ``candidates`` that exists. Call before curses starts.
    public static func select() -> TerminalLocale {
        setlocale(LC_ALL, "")
        let names = getenv(candidatesForTestsVariable).map { String(cString: $0).split(separator: ":").map(String.init) }
        return choose(isUTF8: isUTF8, candidates: names ?? candidates) { name in setlocale(LC_CTYPE, name) != nil }
    }

    /// The choice, given a test of the current character set and a way to try a locale.
    static func choose(isUTF8: () -> Bool, candidates: [String] = candidates, trying: (String) -> Bool) -> TerminalLocale {
        if isUTF8() { return .utf8 }
        for name in candidates where trying(name) && isUTF8() { return .fallback(name) }
        return .ascii
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    /// The line to say before starting, or nil when there is nothing to say.
    public var note: String? {
        switch self {
        case .utf8, .fallback: return nil
        case .ascii:
            return "no UTF-8 locale is installed, so quotation marks, accents and lines are shown in ASCII; install one (such as C.UTF-8) for the full display"
        }
    }
}
