/// The `?` overlay: every key binding, generated from ``KeyTable``.
enum HelpOverlay {
    /// The overlay's text lines.
    static let lines: [String] = section("Browsing", KeyTable.normal) + [""] + legend + [""] + questions

    /// The bindings of the search, the file name and the questions, and the mouse.
    static let questions: [String] = {
        section("Search and file name", KeyTable.textEntry) + [""]
            + section("Overwrite question", KeyTable.confirm) + [""]
            + section("Quit question (marks not exported)", KeyTable.confirmQuit) + [""]
            + section("This help", KeyTable.help) + [""]
            + ["Mouse", "  " + "click".padding(keysWidth) + "select a pane or an item", "  " + "wheel".padding(keysWidth) + "scroll"]
    }()

    /// A heading and a line per binding.
    static func section(_ title: String, _ bindings: [Binding]) -> [String] {
        [title] + bindings.map { "  " + $0.label.padding(keysWidth) + $0.help }
    }

    /// What the marks of the statements pane mean.
    static let legend: [String] = [
        "Statements",
        "  " + kindMarker(.direct).padding(keysWidth) + "direct: the speaker's own words, quoted",
        "  " + kindMarker(.indirect).padding(keysWidth) + "reported: their words retold",
        "  " + kindMarker(.mixed).padding(keysWidth) + "mixed: retold with some words quoted",
        "  " + "no cue".padding(keysWidth) + "no speech verb; attributed by position",
        "  " + "he→Lind".padding(keysWidth) + "the pronoun and the mention it was tied to",
        "  " + "continues ¶3".padding(keysWidth) + "no cue: the speaker of the quote it goes on from",
        "  " + "*".padding(keysWidth) + "marked for export",
    ]

    /// Columns the keys of a binding take, padded, before its description.
    static let keysWidth = 14

    /// The widest the box grows, in columns: room for the longest binding on one line in most
    /// terminals; a narrower terminal wraps the descriptions instead of cutting them.
    static let maxBoxWidth = 80

    /// The box's width on a screen `width` columns wide.
    static func boxWidth(screenWidth width: Int) -> Int { min(width - 2, maxBoxWidth) }

    /// The fewest columns a wrapped description keeps; a box narrower than that cuts lines.
    static let minDescriptionRoom = 12

    /// `lines` as the box of a `screenWidth`-column screen shows them: a line too long for the
    /// box is wrapped at spaces, its continuations indented to where its description starts.
    static func wrapped(_ lines: [String], screenWidth: Int) -> [String] {
        let room = boxWidth(screenWidth: screenWidth) - 4
        return lines.flatMap { wrap($0, room: room) }
    }

    /// One line wrapped to `room` columns. A binding line (`  KEYS   description`) keeps its
    /// keys on the first row and indents the rest of its description under the first word.
    static func wrap(_ line: String, room: Int) -> [String] {
        guard DisplayWidth.of(line) > room else { return [line] }
        // The head: up to the end of the first run of spaces after the keys (or the indent).
        let chars = Array(line)
        var i = 0
        while i < chars.count && chars[i] == " " { i += 1 }
        while i < chars.count && !(chars[i] == " " && i + 1 < chars.count && chars[i + 1] == " ") && i < 2 + keysWidth { i += 1 }
        while i < chars.count && chars[i] == " " { i += 1 }
        let head = String(chars[..<i])
        let indent = String(repeating: " ", count: DisplayWidth.of(head))
        guard room - indent.count >= minDescriptionRoom else { return [line] }
        var rows: [String] = []
        var row = head
        for word in String(chars[i...]).split(separator: " ") {
            if row != head && row != indent && DisplayWidth.of(row) + 1 + DisplayWidth.of(String(word)) > room {
                rows.append(row)
                row = indent
            }
            row += (row == head || row == indent ? "" : " ") + word
        }
        return rows + [row]
    }

    /// How far the help on a screen of `size` can scroll: its wrapped lines less those the box shows.
    static func maxScroll(_ lines: [String], size: Size) -> Int {
        max(0, wrapped(lines, screenWidth: size.width).count - max(1, size.height - 4))
    }

    /// The scroll `action` leaves the help of `lines` at, from `scroll`, on a screen of `size`:
    /// a line, a page, or to either end; nil for an action that does not scroll.
    static func scrolled(_ scroll: Int, by action: Action, _ lines: [String], size: Size) -> Int? {
        let page = max(1, size.height - 4)
        let target: Int
        switch action {
        case .moveDown: target = scroll + 1
        case .moveUp: target = scroll - 1
        case .pageDown: target = scroll + page
        case .pageUp: target = scroll - page
        case .moveFirst: target = 0
        case .moveLast: target = Int.max
        case .wheel(_, _, let delta): target = scroll + delta
        default: return nil
        }
        return min(max(0, target), maxScroll(lines, size: size))
    }

    /// Draws the overlay in a box in the middle of the screen.
    static func render(_ state: State, into screen: inout Screen) {
        render(lines, scroll: state.helpScroll, into: &screen)
    }

    /// Draws `lines` in a box in the middle of the screen, from line `scroll` on.
    static func render(_ lines: [String], scroll: Int, into screen: inout Screen) {
        let size = screen.size
        let lines = wrapped(lines, screenWidth: size.width)
        let width = boxWidth(screenWidth: size.width)
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
