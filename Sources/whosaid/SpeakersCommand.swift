import ArgumentParser
import Foundation
import WhosaidModel

/// `whosaid speakers [FILE…] [--format text|json]`: the speakers of each article.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List the speakers of articles: role, kind, statement count, aliases and topics.",
        discussion: """
            With no FILE, lists the speakers of the bundled seed article. With --format json, \
            prints one JSON object per article.
            """
    )

    @Argument(help: "Article files (UTF-8 text). The seed article when none is given.")
    var files: [String] = []

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    func run() throws {
        try ListingRun.list(files, format: format, text: SpeakersListing.text, json: SpeakersListing.json)
    }
}

/// Output formats of the listing commands (`speakers`, `topics`).
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// What the listing commands share: loading each file, reporting failures, printing JSON.
enum ListingRun {
    /// Loads and analyses each of `files` (the seed when empty) and hands the analysis to `body`.
    /// A file that cannot be loaded is reported on stderr as `whosaid: <problem>` and skipped;
    /// after the last file, throws a failure exit code if any failed.
    static func forEachAnalysis(of files: [String], _ body: (Analysis, _ isFirst: Bool) throws -> Void) throws {
        let engine = Engine()
        if files.isEmpty {
            try body(engine.analyze(DocumentLoader.seed()), true)
            return
        }
        var failed = false
        var first = true
        for path in files {
            do {
                let document = try DocumentLoader.load(path: path)
                try body(engine.analyze(document), first)
                first = false
            } catch let error as LoadError {
                Diagnostics.report(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }

    /// Prints the listing of each of `files` in `format`: `text` under a `== FILE ==` header
    /// when there are several files, or one JSON object per file. Text is for a terminal:
    /// control characters in it are made visible (``TerminalText``).
    static func list<Listing: Encodable>(
        _ files: [String], format: ListingFormat, text: (Analysis) -> String, json: (Analysis) -> Listing
    ) throws {
        try OutputStream.writing { out in
            try forEachAnalysis(of: files) { analysis, isFirst in
                switch format {
                case .text:
                    let name = TerminalText.visible(analysis.document.name)
                    if files.count > 1 { try out.write("\(isFirst ? "" : "\n")== \(name) ==\n") }
                    try out.write(TerminalText.visible(text(analysis), keeping: [.lineFeeds, .tabs]))
                case .json:
                    try writeJSON(json(analysis), to: out)
                }
            }
        }
    }

    /// Writes `value` as pretty-printed JSON with sorted keys, and a line break; every control
    /// character is escaped, DEL and C1 too (JSONEncoder escapes only C0).
    static func writeJSON<T: Encodable>(_ value: T, to out: OutputStream) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try out.write(JSONWriter.escapingDELAndC1(Array(try encoder.encode(value))) + [0x0A])
    }

    /// `line` without trailing spaces.
    static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// `text` padded with spaces to `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

/// The `speakers` listing of one analysis.
enum SpeakersListing {
    struct Speaker: Encodable {
        var id: Int
        var name: String
        var kind: String
        var role: String?
        var roles: [String]
        var aliases: [String]
        var statementCount: Int
        var statementIDs: [Int]
        var topics: [String]
    }

    struct Listing: Encodable {
        var document: String
        var speakers: [Speaker]
    }

    static func json(_ a: Analysis) -> Listing {
        Listing(
            document: a.document.name,
            speakers: a.actors.map { actor in
                Speaker(
                    id: actor.id, name: actor.name, kind: actor.kind.rawValue, role: actor.role,
                    roles: actor.roles, aliases: actor.aliases, statementCount: actor.statementIDs.count,
                    statementIDs: actor.statementIDs, topics: a.topics(of: actor).map(\.phrase))
            })
    }

    /// One line per speaker: name, kind, statement count, role, aliases, top three topics.
    static func text(_ a: Analysis) -> String {
        if a.actors.isEmpty { return "No speakers found.\n" }
        let nameWidth = min(32, a.actors.map(\.name.count).max() ?? 0)
        var out = ""
        for actor in a.actors {
            let count = actor.statementIDs.count
            var line = ListingRun.pad(actor.name, nameWidth) + "  " + ListingRun.pad(actor.kind.rawValue, 13)
                + ListingRun.pad("\(count) statement\(count == 1 ? "" : "s")", 14)
            if let role = actor.role { line += "  \(role)" }
            if !actor.aliases.isEmpty { line += "  (also: \(actor.aliases.joined(separator: ", ")))" }
            let topics = a.topics(of: actor).prefix(3).map(\.phrase)
            if !topics.isEmpty { line += "  [topics: \(topics.joined(separator: ", "))]" }
            out += ListingRun.trimmingTrailingSpaces(line) + "\n"
        }
        return out
    }
}
