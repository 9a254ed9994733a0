import ArgumentParser
import Foundation
import WhosaidModel

/// `whosaid topics [FILE…] [--format text|json]`: the key phrases of each article.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "List the key phrases of articles, most important first, with their statements and speakers.",
        discussion: """
            With no FILE, lists the topics of the bundled seed article. Scores compare topics \
            within one article only (the top topic scores 1). --format json prints a JSON array \
            of one object per article, --format jsonl one object per line.
            """
    )

    @Argument(help: "Article files (UTF-8 text). The seed article when none is given.")
    var files: [String] = []

    @Option(help: "Output format: text, json or jsonl.")
    var format: ListingFormat = .text

    @Option(help: JobCount.help) var jobs: JobCount?

    @OptionGroup var roles: LinkRolesFlag

    func run() throws {
        try ListingOutput(format: format, text: TopicsListing.text, json: { try $1(AnalysisJSON.topicsLine($0)) },
                          jobs: (jobs ?? .defaultValue).value, options: EngineFlags.options(linkRoles: roles.linkRoles)).list(files)
    }
}

/// The `topics` listing of one analysis.
enum TopicsListing {
    /// A header, then one line per topic: rank, phrase, score, statement count, speakers.
    static func text(_ a: Analysis) -> String {
        let header = ListingOutput.header(a, [(a.topics.count, "topic")])
        if a.topics.isEmpty { return header + "No topics found.\n" }
        let phraseWidth = min(36, a.topics.map(\.phrase.count).max() ?? 0)
        let rankWidth = String(a.topics.count).count
        var out = header
        for t in a.topics {
            let count = t.statementIDs.count
            let rank = String(t.id + 1)
            var line = String(repeating: " ", count: rankWidth - rank.count) + rank + ". "
                + ListingOutput.pad(t.phrase, phraseWidth) + "  " + String(format: "%.3f", t.score) + "  "
                + ListingOutput.pad(ListingOutput.counted(count, "statement"), 14)
            if !t.actorIDs.isEmpty { line += "  " + t.actorIDs.map { a.actors[$0].name }.joined(separator: ", ") }
            out += ListingOutput.trimmingTrailingSpaces(line) + "\n"
        }
        return out
    }
}
