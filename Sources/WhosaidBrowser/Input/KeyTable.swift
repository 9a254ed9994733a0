/// One key binding: keys, the action, and the words the help overlay and footer show.
public struct Binding: Sendable {
    /// The keys that trigger it.
    public let keys: [Key]
    /// How the keys are written in help ("j ↓"), from the keys themselves.
    public var label: String { keys.map(\.label).joined(separator: " ") }
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
        Binding(keys: [.char("j"), .down], action: .moveDown, help: "move down", hint: nil),
        Binding(keys: [.char("k"), .up], action: .moveUp, help: "move up", hint: nil),
        Binding(keys: [.char("g"), .home], action: .moveFirst, help: "first", hint: nil),
        Binding(keys: [.char("G"), .end], action: .moveLast, help: "last", hint: nil),
        Binding(keys: [.pageDown, .ctrl("d")], action: .pageDown, help: "page down", hint: nil),
        Binding(keys: [.pageUp, .ctrl("u")], action: .pageUp, help: "page up", hint: nil),
        Binding(keys: [.tab, .right, .char("l")], action: .nextPane, help: "next pane", hint: "Tab pane"),
        Binding(keys: [.backTab, .left, .char("h")], action: .previousPane, help: "previous pane", hint: nil),
        Binding(keys: [.char("1")], action: .focus(.list), help: "actors/topics pane", hint: nil),
        Binding(keys: [.char("2")], action: .focus(.statements), help: "statements pane", hint: nil),
        Binding(keys: [.char("3")], action: .focus(.source), help: "source pane", hint: nil),
        Binding(keys: [.enter], action: .open, help: "actor → statements → source → pick in view", hint: "⏎ open"),
        Binding(keys: [.escape], action: .back, help: "back; clear search", hint: nil),
        Binding(keys: [.char("/")], action: .startSearch, help: "search the focused pane (names, roles)", hint: "/ search"),
        Binding(keys: [.char("n")], action: .nextMatch, help: "next match (and which: 2/5)", hint: nil),
        Binding(keys: [.char("N")], action: .previousMatch, help: "previous match", hint: nil),
        Binding(keys: [.char("]")], action: .nextStatement, help: "next statement in the text", hint: nil),
        Binding(keys: [.char("[")], action: .previousStatement, help: "previous statement in the text", hint: nil),
        Binding(keys: [.char("t")], action: .toggleTopics, help: "actors ⇄ topics", hint: "t topics"),
        Binding(keys: [.char("c")], action: .clearFilters, help: "clear actor, topic and search filters", hint: nil),
        Binding(keys: [.char(" ")], action: .toggleMark, help: "mark/unmark statement", hint: "Space mark"),
        Binding(keys: [.char("a")], action: .markAllListed, help: "mark all listed statements", hint: nil),
        Binding(keys: [.char("u")], action: .clearMarks, help: "clear all marks", hint: nil),
        Binding(keys: [.char("e")], action: .export, help: "export marked (or listed) to Markdown", hint: "e export"),
        Binding(keys: [.char("R")], action: .reassign, help: "correct the speaker of the statement (kept for next time)", hint: nil),
        Binding(keys: [.char("M")], action: .mergeActor, help: "merge the actor into another (kept for next time)", hint: nil),
        Binding(keys: [.char("?")], action: .toggleHelp, help: "help", hint: "? help"),
        Binding(keys: [.char("q"), .ctrl("c")], action: .quit, help: "quit (asks if marks are not exported)", hint: "q quit"),
    ]

    /// Bindings while typing a search or a file name (other characters are typed in).
    public static let textEntry: [Binding] = [
        Binding(keys: [.enter], action: .open, help: "keep search / write file", hint: "⏎ accept"),
        Binding(keys: [.escape], action: .back, help: "cancel", hint: "Esc cancel"),
        Binding(keys: [.backspace], action: .deleteBackward, help: "delete the character before the cursor", hint: nil),
        Binding(keys: [.delete, .ctrl("d")], action: .edit(.deleteForward), help: "delete the character under the cursor", hint: nil),
        Binding(keys: [.left, .ctrl("b")], action: .edit(.left), help: "cursor left", hint: nil),
        Binding(keys: [.right, .ctrl("f")], action: .edit(.right), help: "cursor right", hint: nil),
        Binding(keys: [.home, .ctrl("a")], action: .edit(.home), help: "cursor to the start", hint: nil),
        Binding(keys: [.end, .ctrl("e")], action: .edit(.end), help: "cursor to the end", hint: nil),
        Binding(keys: [.ctrl("u")], action: .edit(.deleteToStart), help: "delete to the start", hint: "^U clear"),
        Binding(keys: [.ctrl("w")], action: .edit(.deleteWordBackward), help: "delete the word before the cursor", hint: nil),
        Binding(keys: [.ctrl("k")], action: .edit(.deleteToEnd), help: "delete to the end", hint: nil),
    ]

    /// Bindings while asked to confirm.
    public static let confirm: [Binding] = [
        Binding(keys: [.char("y"), .char("Y")], action: .confirm(true), help: "yes, overwrite", hint: "y overwrite"),
        Binding(keys: [.char("n"), .char("N"), .escape], action: .confirm(false), help: "no", hint: "n keep"),
    ]

    /// Bindings while asked whether to quit with unexported marks.
    public static let confirmQuit: [Binding] = [
        Binding(keys: [.char("y"), .char("Y")], action: .confirm(true), help: "yes, quit", hint: "y quit"),
        Binding(keys: [.char("n"), .char("N"), .escape], action: .confirm(false), help: "no, stay", hint: "n stay"),
    ]

    /// Bindings of the help overlay.
    public static let help: [Binding] = [
        Binding(keys: [.char("j"), .down], action: .moveDown, help: "scroll down", hint: nil),
        Binding(keys: [.char("k"), .up], action: .moveUp, help: "scroll up", hint: nil),
        Binding(keys: [.pageDown, .ctrl("d"), .char(" ")], action: .pageDown, help: "page down", hint: nil),
        Binding(keys: [.pageUp, .ctrl("u"), .char("b")], action: .pageUp, help: "page up", hint: nil),
        Binding(keys: [.char("g"), .home], action: .moveFirst, help: "top", hint: nil),
        Binding(keys: [.char("G"), .end], action: .moveLast, help: "bottom", hint: nil),
        Binding(keys: [.char("?"), .escape, .char("q"), .enter], action: .toggleHelp, help: "close help", hint: "? close help"),
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
        action(for: key, mode: state.mode, tooSmall: state.layout.isTooSmall, browsing: normal)
    }

    /// The action `key` triggers in `mode`, with `browsing` the bindings of the normal mode.
    static func action(for key: Key, mode: Mode, tooSmall: Bool, browsing: [Binding]) -> Action? {
        if tooSmall {
            if mode == .confirmQuit { return confirmQuit.first { $0.keys.contains(key) }?.action }
            return browsing.first { $0.action == .quit }?.keys.contains(key) == true ? .quit : nil
        }
        if case .mouse(let event) = key {
            // The help scrolls with the wheel; nothing else outside browsing takes the mouse.
            guard mode == .normal || mode == .help && event.kind != .click else { return nil }
            switch event.kind {
            case .click: return .click(x: event.x, y: event.y)
            case .wheelUp: return .wheel(x: event.x, y: event.y, delta: -3)
            case .wheelDown: return .wheel(x: event.x, y: event.y, delta: 3)
            }
        }
        let bindings = mode == .normal ? browsing : bindings(for: mode)
        if let binding = bindings.first(where: { $0.keys.contains(key) }) { return binding.action }
        if mode == .search || mode == .prompt, case .char(let c) = key { return .insert(c) }
        return nil
    }

    /// The footer line for `mode`: the hints of its bindings.
    public static func footer(for mode: Mode) -> String {
        bindings(for: mode).compactMap(\.hint).joined(separator: "  ")
    }

    /// The footer line for `mode` in `width` columns: as many whole hints as fit, and "…" when
    /// some are left out.
    public static func footer(for mode: Mode, width: Int) -> String {
        footer(of: bindings(for: mode), width: width)
    }

    /// The hints of `bindings` in `width` columns, as ``footer(for:width:)`` fits them.
    static func footer(of bindings: [Binding], width: Int) -> String {
        let hints = bindings.compactMap(\.hint)
        var line = ""
        for (i, hint) in hints.enumerated() {
            let next = line.isEmpty ? hint : line + "  " + hint
            let room = i == hints.count - 1 ? width : width - 3
            guard DisplayWidth.of(next) <= room else { return line.isEmpty ? truncated(hints.joined(separator: "  "), width: width) : line + "  …" }
            line = next
        }
        return line
    }

    /// The bindings as a Markdown table (keys, action), as the README shows them.
    public static func markdownTable(_ bindings: [Binding]) -> String {
        let rows = bindings.map { "| \($0.keys.map(\.markdownLabel).joined(separator: " ")) | \($0.help) |" }
        return (["| Keys | Action |", "| --- | --- |"] + rows).joined(separator: "\n")
    }
}
