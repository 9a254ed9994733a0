/// The `?` overlay: every key binding, generated from ``KeyTable``.
enum HelpOverlay {
    /// The overlay's text lines.
    static let lines: [String] = section("Browsing", KeyTable.normal) + [""] + legend + [""] + questions

    /// The bindings of the search, the file name and the questions, and the mouse.
    static let questions: [String] = {
        section("Search and file name", KeyTable.textEntry) + [""]
            + section("Overwrite question", KeyTable.confirm) + [""]
            + section("Quit question (marks not exported)", KeyTable.confirmQuit) + [""]
            + ["Mouse", "  click       select a pane or an item", "  wheel       scroll"]
    }()

    /// A heading and a line per binding.
    static func section(_ title: String, _ bindings: [Binding]) -> [String] {
        [title] + bindings.map { "  " + $0.label.padding(12) + $0.help }
    }

    /// What the marks of the statements pane mean.
    static let legend: [String] = [
        "Statements",
        "  " + kindMarker(.direct).padding(12) + "direct: the speaker's own words, quoted",
        "  " + kindMarker(.indirect).padding(12) + "reported: their words retold",
        "  " + kindMarker(.mixed).padding(12) + "mixed: retold with some words quoted",
        "  " + "no cue".padding(12) + "no speech verb; attributed by position",
        "  " + "he→Lind".padding(12) + "the pronoun and the mention it was tied to",
        "  " + "continues ¶3".padding(12) + "no cue: the speaker of the quote it goes on from",
        "  " + "*".padding(12) + "marked for export",
    ]

    /// Number of text lines.
    static var lineCount: Int { lines.count }

    /// Draws the overlay in a box in the middle of the screen.
    static func render(_ state: State, into screen: inout Screen) {
        render(lines, scroll: state.helpScroll, into: &screen)
    }

    /// Draws `lines` in a box in the middle of the screen, from line `scroll` on.
    static func render(_ lines: [String], scroll: Int, into screen: inout Screen) {
        let size = screen.size
        let width = min(size.width - 4, 62)
        let height = min(size.height - 2, lines.count + 2)
        let x = (size.width - width) / 2
        let y = (size.height - height) / 2
        screen.fill(Rect(x: x, y: y, width: width, height: height), style: .normal)
        let horizontal = String(repeating: "─", count: width - 2)
        screen.put("┌" + horizontal + "┐", x: x, y: y, style: .bold)
        screen.put("└" + horizontal + "┘", x: x, y: y + height - 1, style: .bold)
        for row in (y + 1)..<(y + height - 1) {
            screen.put("│", x: x, y: row, style: .bold)
            screen.put("│", x: x + width - 1, y: row, style: .bold)
        }
        screen.put(" Keys (? or Esc closes) ", x: x + 2, y: y, style: .bold)
        let inner = height - 2
        let first = min(scroll, max(0, lines.count - inner))
        for (i, line) in lines.dropFirst(first).prefix(inner).enumerated() {
            let isHeading = !line.hasPrefix(" ") && !line.isEmpty
            screen.put(line, x: x + 2, y: y + 1 + i, style: isHeading ? .bold : .normal, width: width - 4)
        }
        if first + inner < lines.count {
            screen.put(" more: j ↓ ", x: x + width - 13, y: y + height - 1, style: .bold)
        }
    }
}

extension String {
    /// The string padded with spaces to `width` columns.
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - DisplayWidth.of(self)))
    }
}
