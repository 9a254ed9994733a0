import WhosaidModel

/// The readable `--format text` listing of statements, for a terminal: control characters in
/// the article's words are made visible (``TerminalText``), and each statement is one line.
enum StatementTable {
    static func render(_ analysis: Analysis, statements: [Statement]) -> String {
        let name = TerminalText.visible(analysis.document.name)
        var out = "# \(name): \(counted(statements.count, "statement")), \(counted(analysis.actors.count, "speaker"))\n"
        for s in statements {
            let who = analysis.actor(of: s)?.name ?? "(unattributed)"
            let kind = s.kind == .direct ? "\u{201C}\u{201D}" : s.kind == .mixed ? "~\u{201D}" : "~ "
            let text = s.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
            let shown = text.count > 160 ? String(text.prefix(157)) + "..." : text
            out += "\(kind) ¶\(s.paragraph + 1)  \(who)"
            if let cue = s.cue { out += "  [\(cue)]" }
            out += "\n    \(shown)\n"
        }
        return TerminalText.visible(out, keeping: [.lineFeeds, .tabs])
    }

    /// "1 statement", "2 statements".
    static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
