import WhosaidModel

/// The readable `--format text` listing of statements: a header with the counts of the statements
/// listed and of their speakers, then two lines per statement. ``ListingOutput`` makes control
/// characters in it visible.
enum StatementTable {
    static func render(_ analysis: Analysis, statements: [Statement]) -> String {
        let speakers = Set(statements.compactMap(\.actorID)).count
        var out = ListingOutput.header(analysis, [(statements.count, "statement"), (speakers, "speaker")])
        for s in statements {
            let who = analysis.actor(of: s)?.name ?? "(unattributed)"
            let kind = s.kind == .direct ? "\u{201C}\u{201D}" : s.kind == .mixed ? "~\u{201D}" : "~ "
            let text = s.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
            let shown = text.count > 160 ? String(text.prefix(157)) + "..." : text
            out += "\(kind) ¶\(s.paragraph + 1)  \(who)"
            if let cue = s.cue { out += "  [\(cue)]" }
            out += "\n    \(shown)\n"
        }
        return out
    }
}
