extension Key {
    /// How the key is written in the help overlay ("j", "↓", "^D", "PgDn", "Space").
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "^" + c.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "⌫"
        case .delete: return "Del"
        case .mouse: return "mouse"
        }
    }

    /// How the key is written in the README's key table: characters in backticks ("`j`"),
    /// Ctrl keys as "Ctrl-D", other keys by their label.
    public var markdownLabel: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return "`\(c)`"
        case .ctrl(let c): return "Ctrl-" + c.uppercased()
        case .backspace: return "Backspace"
        default: return label
        }
    }
}
