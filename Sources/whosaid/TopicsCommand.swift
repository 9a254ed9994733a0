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
            within one article only (the top topic scores 1). With --format json, prints one \
            JSON object per article.
            """
    )

    @Argument(help: "Article files (UTF-8 text). The seed article when none is given.")
    var files: [String] = []

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    func run() throws {
        try ListingRun.list(files, format: format, text: TopicsListing.text, json: TopicsListing.json)
    }
}

/// The `topics` listing of one analysis.
enum TopicsListing {
    struct Entry: Encodable {
        var rank: Int
        var phrase: String
        var score: Double
        var statementCount: Int
        var statementIDs: [Int]
        var speakers: [String]
    }

    struct Listing: Encodable {
        var document: String
        var topics: [Entry]
    }

    static func json(_ a: Analysis) -> Listing {
        Listing(
            document: a.document.name,
            topics: a.topics.map { t in
                Entry(
                    rank: t.id + 1, phrase: t.phrase, score: (t.score * 1000).rounded() / 1000,
                    statementCount: t.statementIDs.count, statementIDs: t.statementIDs,
                    speakers: t.actorIDs.map { a.actors[$0].name })
            })
    }

    /// One line per topic: rank, phrase, score, statement count, speakers.
    static func text(_ a: Analysis) -> String {
        if a.topics.isEmpty { return "No topics found.\n" }
        let phraseWidth = min(36, a.topics.map(\.phrase.count).max() ?? 0)
        let rankWidth = String(a.topics.count).count
        var out = ""
        for t in a.topics {
            let count = t.statementIDs.count
            let rank = String(t.id + 1)
            var line = String(repeating: " ", count: rankWidth - rank.count) + rank + ". "
                + ListingRun.pad(t.phrase, phraseWidth) + "  " + String(format: "%.3f", t.score) + "  "
                + ListingRun.pad("\(count) statement\(count == 1 ? "" : "s")", 14)
            if !t.actorIDs.isEmpty { line += "  " + t.actorIDs.map { a.actors[$0].name }.joined(separator: ", ") }
            out += ListingRun.trimmingTrailingSpaces(line) + "\n"
        }
        return out
    }
}
