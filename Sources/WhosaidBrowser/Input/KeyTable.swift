/// One key binding: keys, the action, and the words the help overlay and footer show.
public struct Binding: Sendable {
    /// The keys that trigger it.
    public let keys: [Key]
    /// How the keys are written in help ("j ↓").
    public let label: String
    /// What it does.
    public let action: Action
    /// Help overlay text.
    public let help: String
    /// Short footer hint, or nil to leave it out of the footer.
    public let hint: String?
}

/// The single table of key bindings: the dispatcher, the `?` overlay and the footer all read it.
public enum KeyTable {
    /// Bindings while browsing.
    public static let normal: [Binding] = [
        Binding(keys: [.char("j"), .down], label: "j ↓", action: .moveDown, help: "move down", hint: nil),
        Binding(keys: [.char("k"), .up], label: "k ↑", action: .moveUp, help: "move up", hint: nil),
        Binding(keys: [.char("g"), .home], label: "g Home", action: .moveFirst, help: "first", hint: nil),
        Binding(keys: [.char("G"), .end], label: "G End", action: .moveLast, help: "last", hint: nil),
        Binding(keys: [.pageDown, .ctrl("d")], label: "PgDn ^D", action: .pageDown, help: "page down", hint: nil),
        Binding(keys: [.pageUp, .ctrl("u")], label: "PgUp ^U", action: .pageUp, help: "page up", hint: nil),
        Binding(keys: [.tab, .right, .char("l")], label: "Tab → l", action: .nextPane, help: "next pane", hint: "Tab pane"),
        Binding(keys: [.backTab, .left, .char("h")], label: "S-Tab ← h", action: .previousPane, help: "previous pane", hint: nil),
        Binding(keys: [.char("1")], label: "1", action: .focus(.list), help: "actors/topics pane", hint: nil),
        Binding(keys: [.char("2")], label: "2", action: .focus(.statements), help: "statements pane", hint: nil),
        Binding(keys: [.char("3")], label: "3", action: .focus(.source), help: "source pane", hint: nil),
        Binding(keys: [.enter], label: "Enter", action: .open, help: "actor → statements → source → pick in view", hint: "⏎ open"),
        Binding(keys: [.escape], label: "Esc", action: .back, help: "back; clear search", hint: nil),
        Binding(keys: [.char("/")], label: "/", action: .startSearch, help: "search the focused pane", hint: "/ search"),
        Binding(keys: [.char("n")], label: "n", action: .nextMatch, help: "next match", hint: nil),
        Binding(keys: [.char("N")], label: "N", action: .previousMatch, help: "previous match", hint: nil),
        Binding(keys: [.char("]")], label: "]", action: .nextStatement, help: "next statement in the text", hint: nil),
        Binding(keys: [.char("[")], label: "[", action: .previousStatement, help: "previous statement in the text", hint: nil),
        Binding(keys: [.char("t")], label: "t", action: .toggleTopics, help: "actors ⇄ topics", hint: "t topics"),
        Binding(keys: [.char("c")], label: "c", action: .clearFilters, help: "clear actor, topic and search filters", hint: nil),
        Binding(keys: [.char(" ")], label: "Space", action: .toggleMark, help: "mark/unmark statement", hint: "Space mark"),
        Binding(keys: [.char("a")], label: "a", action: .markAllListed, help: "mark all listed statements", hint: nil),
        Binding(keys: [.char("u")], label: "u", action: .clearMarks, help: "clear all marks", hint: nil),
        Binding(keys: [.char("e")], label: "e", action: .export, help: "export marked (or listed) to Markdown", hint: "e export"),
        Binding(keys: [.char("?")], label: "?", action: .toggleHelp, help: "help", hint: "? help"),
        Binding(keys: [.char("q"), .ctrl("c")], label: "q", action: .quit, help: "quit", hint: "q quit"),
    ]

    /// Bindings while typing a search or a file name (other characters are typed in).
    public static let textEntry: [Binding] = [
        Binding(keys: [.enter], label: "Enter", action: .open, help: "keep search / write file", hint: "⏎ accept"),
        Binding(keys: [.escape], label: "Esc", action: .back, help: "cancel", hint: "Esc cancel"),
        Binding(keys: [.backspace], label: "⌫", action: .deleteBackward, help: "delete the character before the cursor", hint: nil),
        Binding(keys: [.delete, .ctrl("d")], label: "Del ^D", action: .edit(.deleteForward), help: "delete the character under the cursor", hint: nil),
        Binding(keys: [.left, .ctrl("b")], label: "← ^B", action: .edit(.left), help: "cursor left", hint: nil),
        Binding(keys: [.right, .ctrl("f")], label: "→ ^F", action: .edit(.right), help: "cursor right", hint: nil),
        Binding(keys: [.home, .ctrl("a")], label: "Home ^A", action: .edit(.home), help: "cursor to the start", hint: nil),
        Binding(keys: [.end, .ctrl("e")], label: "End ^E", action: .edit(.end), help: "cursor to the end", hint: nil),
        Binding(keys: [.ctrl("u")], label: "^U", action: .edit(.deleteToStart), help: "delete to the start", hint: "^U clear"),
        Binding(keys: [.ctrl("w")], label: "^W", action: .edit(.deleteWordBackward), help: "delete the word before the cursor", hint: nil),
        Binding(keys: [.ctrl("k")], label: "^K", action: .edit(.deleteToEnd), help: "delete to the end", hint: nil),
    ]

    /// Bindings while asked to confirm.
    public static let confirm: [Binding] = [
        Binding(keys: [.char("y"), .char("Y")], label: "y", action: .confirm(true), help: "yes, overwrite", hint: "y overwrite"),
        Binding(keys: [.char("n"), .char("N"), .escape], label: "n Esc", action: .confirm(false), help: "no", hint: "n keep"),
    ]

    /// Bindings while asked whether to quit with unexported marks.
    public static let confirmQuit: [Binding] = [
        Binding(keys: [.char("y"), .char("Y")], label: "y", action: .confirm(true), help: "yes, quit", hint: "y quit"),
        Binding(keys: [.char("n"), .char("N"), .escape], label: "n Esc", action: .confirm(false), help: "no, stay", hint: "n stay"),
    ]

    /// Bindings of the help overlay.
    public static let help: [Binding] = [
        Binding(keys: [.char("j"), .down], label: "j ↓", action: .moveDown, help: "scroll", hint: nil),
        Binding(keys: [.char("k"), .up], label: "k ↑", action: .moveUp, help: "scroll", hint: nil),
        Binding(keys: [.char("?"), .escape, .char("q"), .enter], label: "? Esc q", action: .toggleHelp, help: "close help", hint: "? close help"),
    ]

    /// The bindings in force in `mode`.
    public static func bindings(for mode: Mode) -> [Binding] {
        switch mode {
        case .normal: return normal
        case .search, .prompt: return textEntry
        case .confirm: return confirm
        case .confirmQuit: return confirmQuit
        case .help: return help
        }
    }

    /// The action `key` triggers in `state`, or nil when it does nothing. On a terminal too small
    /// for the panes only the quit keys work, whatever the mode: the screen says "q to quit".
    public static func action(for key: Key, in state: State) -> Action? {
        if state.layout.isTooSmall {
            if state.mode == .confirmQuit { return confirmQuit.first { $0.keys.contains(key) }?.action }
            return normal.first { $0.action == .quit }?.keys.contains(key) == true ? .quit : nil
        }
        if case .mouse(let event) = key {
            guard state.mode == .normal else { return nil }
            switch event.kind {
            case .click: return .click(x: event.x, y: event.y)
            case .wheelUp: return .wheel(x: event.x, y: event.y, delta: -3)
            case .wheelDown: return .wheel(x: event.x, y: event.y, delta: 3)
            }
        }
        if let binding = bindings(for: state.mode).first(where: { $0.keys.contains(key) }) { return binding.action }
        if state.mode == .search || state.mode == .prompt, case .char(let c) = key { return .insert(c) }
        return nil
    }

    /// The footer line for `mode`: the hints of its bindings.
    public static func footer(for mode: Mode) -> String {
        bindings(for: mode).compactMap(\.hint).joined(separator: "  ")
    }
}
