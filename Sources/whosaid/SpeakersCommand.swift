import ArgumentParser
import Foundation
import WhosaidModel

/// `whosaid speakers [FILE…] [--format text|json]`: the speakers of each article.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List the speakers of articles: role, kind, statement count, aliases and topics.",
        discussion: """
            With no FILE, lists the speakers of the bundled seed article. --format json prints a \
            JSON array of one object per article, --format jsonl one object per line.
            """
    )

    @Argument(help: "Article files (UTF-8 text). The seed article when none is given.")
    var files: [String] = []

    @Option(help: "Output format: text, json or jsonl.")
    var format: ListingFormat = .text

    @Option(help: JobCount.help) var jobs: JobCount?

    @OptionGroup var roles: LinkRolesFlag

    @Option(help: ArgumentHelp("List the people of a corpus database (made by whosaid index) across its articles.", valueName: "FILE"))
    var db: String?

    func validate() throws {
        if db != nil { try roles.validateReadingStored() }
    }

    func run() throws {
        if let db { return try listCorpusSpeakers(db) }
        try ListingOutput(format: format, text: SpeakersListing.text, json: { try $1(AnalysisJSON.speakersLine($0)) },
                          jobs: (jobs ?? .defaultValue).value, options: EngineFlags.options(linkRoles: roles.linkRoles)).list(files)
    }
}

/// The `speakers` listing of one analysis.
enum SpeakersListing {
    /// A header, then one line per speaker: name, kind, statement count, role, aliases, top three topics.
    static func text(_ a: Analysis) -> String {
        let header = ListingOutput.header(a, [(a.actors.count, "speaker")])
        if a.actors.isEmpty { return header + "No speakers found.\n" }
        let nameWidth = min(32, a.actors.map(\.name.count).max() ?? 0)
        var out = header
        for actor in a.actors {
            let count = actor.statementIDs.count
            var line = ListingOutput.pad(actor.name, nameWidth) + "  " + ListingOutput.pad(actor.kind.rawValue, 13)
                + ListingOutput.pad(ListingOutput.counted(count, "statement"), 14)
            if let role = actor.role { line += "  \(role)" }
            if !actor.aliases.isEmpty { line += "  (also: \(actor.aliases.joined(separator: ", ")))" }
            let topics = a.topics(of: actor).prefix(3).map(\.phrase)
            if !topics.isEmpty { line += "  [topics: \(topics.joined(separator: ", "))]" }
            out += ListingOutput.trimmingTrailingSpaces(line) + "\n"
        }
        return out
    }
}
