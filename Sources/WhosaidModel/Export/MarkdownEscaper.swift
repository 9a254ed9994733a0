/// Escapes an article's words so that a CommonMark (or GitHub-flavoured) renderer shows exactly
/// those words: no emphasis, links, code, HTML, entities, tables, lists or headings appear by accident.
///
/// Backslash escapes are used (every ASCII punctuation character may be escaped in CommonMark),
/// and only where a character could mean something, so the Markdown stays readable:
/// - everywhere: `\` `` ` `` `*` `[` `]` `<` `>` `#` `|` `~`;
/// - `_` unless it stands between two letters or digits (`file_name` cannot open emphasis);
/// - `&` when it starts something an HTML entity could be (`&amp;`, `&#38;`);
/// - `!` right before `[`;
/// - at the start of a line: `-`, `+`, `=` and the `.` or `)` after a number (`1.`, `12)`).
///
/// Line breaks are never produced: ``inline(_:)`` joins lines with spaces and ``lines(_:)`` splits
/// them, so callers decide how paragraphs are laid out. Other control characters are made visible
/// with ``TerminalText`` (ESC becomes `␛`), in files as on standard output: no renderer shows them
/// usefully, and a Markdown file is often printed to a terminal with `cat`.
enum MarkdownEscaper {
    /// `text` escaped as one line: line breaks and runs of white space become single spaces,
    /// leading and trailing white space is dropped.
    static func inline(_ text: String) -> String {
        escapeLine(lines(of: text).joined(separator: " "))
    }

    /// The non-empty lines of `text`, each trimmed, white space runs collapsed and escaped.
    /// Use one Markdown paragraph per element to keep the text's own paragraph breaks.
    static func lines(_ text: String) -> [String] {
        lines(of: text).map(escapeLine)
    }

    /// Splits on every line break a renderer or terminal could honour; collapses white space.
    static func lines(of text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false
        func flush() {
            if !current.isEmpty { result.append(String(current)) }
            current = String.UnicodeScalarView()
            pendingSpace = false
        }
        for s in text.unicodeScalars {
            switch s {
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                flush()
            case " ", "\t":
                pendingSpace = !current.isEmpty
            default:
                if pendingSpace { current.append(" ") }
                pendingSpace = false
                current.append(s)
            }
        }
        flush()
        return result
    }

    /// Escapes one line that holds no line break and no leading white space.
    static func escapeLine(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count + scalars.count / 8)
        let numberMarker = orderedListMarkerIndex(scalars)
        for (i, s) in scalars.enumerated() {
            if needsEscape(scalars, at: i) || i == numberMarker { out.append("\\") }
            out.append(TerminalText.picture(of: s) ?? s)
        }
        return String(out)
    }

    /// Whether the scalar at `i` must be preceded by a backslash.
    static func needsEscape(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        let s = scalars[i]
        switch s {
        case "\\", "`", "*", "[", "]", "<", ">", "#", "|", "~":
            return true
        case "_":
            let before = i > 0 ? scalars[i - 1] : nil
            let after = i + 1 < scalars.count ? scalars[i + 1] : nil
            return !(isAlphanumeric(before) && isAlphanumeric(after))
        case "&":
            return startsEntity(scalars, at: i)
        case "!":
            return i + 1 < scalars.count && scalars[i + 1] == "["
        case "-", "+", "=":
            return i == 0
        default:
            return false
        }
    }

    /// For a line starting `123.` or `123)`, the index of the `.` or `)`, which could make a list.
    static func orderedListMarkerIndex(_ scalars: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }
        guard i > 0, i < scalars.count, scalars[i] == "." || scalars[i] == ")" else { return nil }
        return i
    }

    /// Whether `&` at `i` begins `&name;`, `&#123;` or `&#x1F;`, which a renderer would decode.
    static func startsEntity(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i + 1
        if j < scalars.count, scalars[j] == "#" { j += 1 }
        let bodyStart = j
        while j < scalars.count, j - bodyStart < 40, scalars[j].isASCII, isAlphanumeric(scalars[j]) { j += 1 }
        return j > bodyStart && j < scalars.count && scalars[j] == ";"
    }

    static func isAlphanumeric(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
