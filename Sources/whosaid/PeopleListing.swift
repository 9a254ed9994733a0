import WhosaidCorpus
import WhosaidModel

/// The text listing of corpus people (`whosaid people`, `whosaid speakers --db`): one line each
/// with statement and article counts, first and last date, kind, first role and other names.
enum PeopleListing {
    static func write(_ people: [PersonSummary], showingKind: Bool, to out: OutputStream) throws {
        if people.isEmpty { try out.write("No people found.\n") }
        let width = min(32, people.map(\.name.count).max() ?? 0)
        for p in people {
            var line = ListingOutput.pad(p.name, width)
                + "  \(p.statements) statement\(p.statements == 1 ? "" : "s") in \(p.articles) article\(p.articles == 1 ? "" : "s")"
            if let first = p.firstDate, let last = p.lastDate { line += first == last ? "  \(first)" : "  \(first)–\(last)" }
            if showingKind { line += "  [\(p.kind)]" }
            if let role = p.roles.first { line += "  \(role)" }
            if !p.aliases.isEmpty { line += "  (also: \(p.aliases.prefix(5).joined(separator: ", ")))" }
            try out.write(TerminalText.visible(ListingOutput.trimmingTrailingSpaces(line)) + "\n")
        }
    }
}
