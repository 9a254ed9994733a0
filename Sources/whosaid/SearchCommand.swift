import ArgumentParser
import Foundation
import WhosaidCorpus
import WhosaidModel

/// `whosaid search DB QUERY...`: full-text search of a corpus's statements (or articles).
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the statements of a corpus database (full text).",
        discussion: """
            Every word must occur, in any form the stemmer joins ("cuts" finds "cut"); "a phrase" \
            must occur as written; word* is a prefix. Best matches first, each with its article, \
            date and speaker. With --articles, lists the matching articles instead.
            """
    )

    @Argument(help: "The corpus database (made by whosaid index).")
    var db: String

    @Argument(help: "Words to look for.")
    var query: [String]

    @Option(help: "Output format: text or json.")
    var format: CorpusFormat = .text

    @Option(help: "At most this many results.")
    var limit = 50

    @Flag(help: "Search the articles' titles and texts; print their ids.")
    var articles = false

    func run() throws {
        let corpus = try CorpusCommand.open(db)
        let typed = query.joined(separator: " ")
        try OutputStream.writing { out in
            if articles {
                let keys = try CorpusCommand.run { try corpus.searchArticles(typed, limit: limit) }
                switch format {
                case .json: try ListingOutput.writeJSON(keys, to: out)
                case .text: for key in keys { try out.write(TerminalText.visible(key) + "\n") }
                }
                return
            }
            let hits = try CorpusCommand.run { try corpus.searchStatements(typed, limit: limit) }
            switch format {
            case .json:
                try ListingOutput.writeJSON(hits, to: out)
            case .text:
                if hits.isEmpty { try out.write("No statements found.\n") }
                for hit in hits {
                    let speaker = hit.person ?? hit.speaker ?? "(unattributed)"
                    let place = [hit.date, hit.title ?? hit.article].compactMap { $0 }.joined(separator: " · ")
                    try out.write(TerminalText.visible("\(speaker) — \(place) ¶\(hit.paragraph)") + "\n")
                    try out.write("  " + TerminalText.visible(hit.snippet) + "\n")
                }
            }
        }
    }
}

/// `whosaid people DB`: the people of a corpus across its articles.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List the people of a corpus database across its articles.",
        discussion: """
            Each person with statement and article counts, first and last date, roles and other \
            names; most statements first. Actors of different articles are one person when they \
            share a full name (or a title and surname that an article gives a full-named person); \
            a bare surname ties no one together.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case person, organisation, all }

    @Argument(help: "The corpus database (made by whosaid index).")
    var db: String

    @Option(help: "Keep people whose name or another name contains TEXT.")
    var name: String?

    @Option(help: "person, organisation or all.")
    var kind: Kind = .person

    @Option(help: "Output format: text or json.")
    var format: CorpusFormat = .text

    @Option(help: "At most this many people.")
    var limit = 100

    func run() throws {
        let corpus = try CorpusCommand.open(db)
        let people = try CorpusCommand.run {
            try corpus.people(kind: kind == .all ? nil : kind.rawValue, name: name, limit: limit)
        }
        try OutputStream.writing { out in
            switch format {
            case .json:
                try ListingOutput.writeJSON(people, to: out)
            case .text:
                try PeopleListing.write(people, showingKind: kind == .all, to: out)
            }
        }
    }
}

/// Output formats of the corpus commands (`search`, `people`): text, or one JSON document.
enum CorpusFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// What the corpus commands share: opening the database and reporting its errors in one line.
enum CorpusCommand {
    static func open(_ path: String) throws -> Corpus {
        try run { try Corpus.openForReading(path: path) }
    }

    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CorpusError {
            throw Diagnostics.Failure(error.description)
        }
    }
}
