import CNcursesw
import WhosaidBrowser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the terminal reports: a key or a new size.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
}

/// The curses backend: the only code that talks to ncursesw. It draws ``Screen``s and reads
/// ``Key``s. Use from one thread only.
public final class Terminal {
    private let mouse: Bool
    private let asciiOnly: Bool
    private var theme = Theme.monochrome
    private var pairs: [PairKey: Int16] = [:]

    private struct PairKey: Hashable {
        var foreground: Color?
        var background: Color?
    }

    /// A terminal backend; `mouse` turns on click and wheel reports; `asciiOnly` draws every
    /// character as ASCII (``AsciiFallback``), for a locale that is not UTF-8.
    public init(mouse: Bool, asciiOnly: Bool = false) {
        self.mouse = mouse
        self.asciiOnly = asciiOnly
    }

    /// Whether curses owns the terminal.
    private var active = false

    /// How long ``readEvent()`` waits for a key before it returns nil, so that a signal that
    /// came just before the wait is still seen soon.
    static let pollMilliseconds: Int32 = 250

    /// Takes over the terminal: raw-ish input, no echo, no flow control, keypad, colours, mouse.
    /// Choose the locale first (``TerminalLocale/select()``).
    public func start(environment: [String: String]) {
        TerminalSignals.install()
        var shellModes = termios()
        let hasModes = tcgetattr(STDIN_FILENO, &shellModes) == 0
        initscr()
        active = true
        cbreak()
        noecho()
        nonl()
        intrflush(whosaid_stdscr(), false)
        keypad(whosaid_stdscr(), true)
        curs_set(0)
        wtimeout(whosaid_stdscr(), Terminal.pollMilliseconds)
        disableFlowControl()
        // Esc should respond at once: ncurses waits 1 s by default unless the user chose a delay.
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        theme = Theme.forEnvironment(environment, terminalHasColors: has_colors())
        if theme.usesColor { setUpColors() }
        if mouse {
            let mask = whosaid_BUTTON1_PRESSED() | whosaid_BUTTON4_PRESSED() | whosaid_BUTTON5_PRESSED()
            mousemask(mask, nil)
            mouseinterval(0)
        }
        if hasModes { TerminalSignals.armCrashRestore(modes: shellModes, mouse: mouse) }
    }

    /// Turns off XON/XOFF flow control, so that Ctrl-S reaches the browser instead of freezing
    /// its output until Ctrl-Q; cbreak leaves it on. The mode is saved as curses' program mode,
    /// which it puts back after a suspend (Ctrl-Z) and `fg`.
    private func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        def_prog_mode()
    }

    /// Gives the terminal back (safe to call more than once).
    public func stop() {
        guard active else { return }
        active = false
        endwin()
        TerminalSignals.disarmCrashRestore()
    }

    /// The termination signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM) that
    /// came since the last call, if any; the handler only records it.
    public func takePendingSignal() -> Int32? {
        TerminalSignals.takePending()
    }

    /// Gives the terminal back and dies of `sig`, as the process would have without a handler.
    public func die(of sig: Int32) -> Never {
        stop()
        TerminalSignals.die(of: sig)
    }

    /// The terminal size now.
    public var size: Size {
        Size(width: Int(whosaid_getmaxx(whosaid_stdscr())), height: Int(whosaid_getmaxy(whosaid_stdscr())))
    }

    private func setUpColors() {
        start_color()
        use_default_colors()
        var next: Int16 = 1
        for style in Style.allCases {
            let a = theme.attributes(for: style)
            guard a.foreground != nil || a.background != nil else { continue }
            let key = PairKey(foreground: a.foreground, background: a.background)
            guard pairs[key] == nil else { continue }
            let fg = a.foreground.map { whosaid_color(Int32($0.rawValue)) } ?? -1
            let bg = a.background.map { whosaid_color(Int32($0.rawValue)) } ?? -1
            init_pair(next, fg, bg)
            pairs[key] = next
            next += 1
        }
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        let a = theme.attributes(for: style)
        var attrs = whosaid_A_NORMAL()
        if a.bold { attrs |= whosaid_A_BOLD() }
        if a.dim { attrs |= whosaid_A_DIM() }
        if a.reverse { attrs |= whosaid_A_REVERSE() }
        if a.underline { attrs |= whosaid_A_UNDERLINE() }
        let pair = pairs[PairKey(foreground: a.foreground, background: a.background)] ?? 0
        return (attrs, pair)
    }

    /// Draws `screen` and shows it.
    public func draw(_ screen: Screen) {
        var cache: [Style: (attr_t, Int16)] = [:]
        let size = screen.size
        var chars = [wchar_t](repeating: 0, count: 8)
        for y in 0..<size.height {
            for x in 0..<size.width {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                let (attrs, pair): (attr_t, Int16)
                if let hit = cache[cell.style] {
                    (attrs, pair) = hit
                } else {
                    (attrs, pair) = attributes(for: cell.style)
                    cache[cell.style] = (attrs, pair)
                }
                let width = DisplayWidth.of(cell.character)
                let pieces: [[Unicode.Scalar]] = asciiOnly && !cell.character.isASCII
                    ? AsciiFallback.text(for: cell.character, width: width).unicodeScalars.map { [$0] }
                    : CellText.pieces(for: cell.character, width: width) { Int(whosaid_wcwidth(wchar_t(bitPattern: $0.value))) }
                var column = x
                for piece in pieces {
                    var n = 0
                    for s in piece where n < 5 {
                        chars[n] = wchar_t(bitPattern: s.value)
                        n += 1
                    }
                    chars[n] = 0
                    _ = whosaid_put_cell(Int32(y), Int32(column), chars, attrs, pair)
                    column += max(1, Int(whosaid_wcwidth(chars[0])))
                }
            }
        }
        refresh()
    }

    /// Waits for the next key or size change; nil after ``pollMilliseconds`` without one, or
    /// when a signal interrupts the wait.
    public func readEvent() -> TerminalEvent? {
        var ch: wint_t = 0
        let result = get_wch(&ch)
        if result == whosaid_KEY_CODE_YES() {
            return functionKey(Int32(ch))
        }
        guard result == whosaid_OK() else { return nil }
        return characterKey(UInt32(ch)).map(TerminalEvent.key)
    }

    private func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
            return .char(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> TerminalEvent? {
        switch code {
        case whosaid_KEY_RESIZE(): return .resize(size)
        case whosaid_KEY_MOUSE(): return mouseEvent().map { .key(.mouse($0)) }
        case whosaid_KEY_UP(): return .key(.up)
        case whosaid_KEY_DOWN(): return .key(.down)
        case whosaid_KEY_LEFT(): return .key(.left)
        case whosaid_KEY_RIGHT(): return .key(.right)
        case whosaid_KEY_HOME(): return .key(.home)
        case whosaid_KEY_END(): return .key(.end)
        case whosaid_KEY_PPAGE(): return .key(.pageUp)
        case whosaid_KEY_NPAGE(): return .key(.pageDown)
        case whosaid_KEY_BTAB(): return .key(.backTab)
        case whosaid_KEY_ENTER(): return .key(.enter)
        case whosaid_KEY_BACKSPACE(): return .key(.backspace)
        case whosaid_KEY_DC(): return .key(.delete)
        default: return nil
        }
    }

    private func mouseEvent() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == whosaid_OK() else { return nil }
        let x = Int(event.x)
        let y = Int(event.y)
        if event.bstate & whosaid_BUTTON4_PRESSED() != 0 { return MouseEvent(.wheelUp, x: x, y: y) }
        let wheelDown = whosaid_BUTTON5_PRESSED()
        if wheelDown != 0, event.bstate & wheelDown != 0 { return MouseEvent(.wheelDown, x: x, y: y) }
        if event.bstate & (whosaid_BUTTON1_PRESSED() | whosaid_BUTTON1_CLICKED()) != 0 { return MouseEvent(.click, x: x, y: y) }
        return nil
    }
}
