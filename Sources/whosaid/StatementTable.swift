import WhosaidModel

/// The readable `--format text` listing of statements.
enum StatementTable {
    static func render(_ analysis: Analysis, statements: [Statement]) -> String {
        var out = "# \(analysis.document.name): \(statements.count) statements, \(analysis.actors.count) speakers\n"
        for s in statements {
            let who = analysis.actor(of: s)?.name ?? "(unattributed)"
            let kind = s.kind == .direct ? "\u{201C}\u{201D}" : s.kind == .mixed ? "~\u{201D}" : "~ "
            let text = s.text.replacingOccurrences(of: "\n", with: " ")
            let shown = text.count > 160 ? String(text.prefix(157)) + "..." : text
            out += "\(kind) ¶\(s.paragraph + 1)  \(who)"
            if let cue = s.cue { out += "  [\(cue)]" }
            out += "\n    \(shown)\n"
        }
        return out
    }
}
