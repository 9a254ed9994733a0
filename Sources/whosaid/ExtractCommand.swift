import ArgumentParser
import Foundation
import WhosaidModel

/// `whosaid extract`: statements and speakers as JSON, JSONL or a readable table.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "List the statements of articles and who made them.",
        discussion: """
            With --jsonl-input, reads JSONL documents {"id", "text", ...} from a file or - (stdin) and \
            writes one JSONL line per document, streaming: the same JSON as --format jsonl. Only "id" \
            and "text" are read; a document without "id" takes its line number in the input as its id \
            ("3" on the third line; blank lines count). A line that is no document is named on stderr \
            by its line number and skipped.
            """
    )

    @Argument(help: "Article files (UTF-8 text). None: the bundled seed article.")
    var files: [String] = []

    @Option(help: "Output format: json, jsonl or text (default: text; with --jsonl-input, jsonl only).")
    var format: ListingFormat?

    @Option(name: .customLong("jsonl-input"), help: "Read JSONL documents from PATH, or - for stdin; one without \"id\" is named by its line number.")
    var jsonlInput: String?

    @Option(name: .customLong("speaker"), help: "Keep statements by speakers matching NAME (repeatable).")
    var speakers: [String] = []

    @Option(name: .customLong("topic"), help: "Keep statements about PHRASE (repeatable).")
    var topics: [String] = []

    @Option(help: JobCount.help) var jobs: JobCount?

    @Flag(help: "Also list quotations that no cue, colon or earlier speaker attributes, as statements without a speaker (most are headlines, slogans or titles).")
    var unattributed = false

    @OptionGroup var roles: LinkRolesFlag

    /// The engine's options from the flags (``EngineFlags``, shared with the worker's ``WorkerLaunch``).
    var engineOptions: Engine.Options { EngineFlags.options(unattributed: unattributed, linkRoles: roles.linkRoles) }

    @Option(help: ArgumentHelp("Read the articles stored in a corpus database (made by whosaid index).", valueName: "FILE"))
    var db: String?

    /// Serve `--jsonl-input` as its worker process (see ``JSONLWorker``).
    @Flag(name: .customLong("jsonl-worker"), help: .private)
    var jsonlWorker = false

    func validate() throws {
        // --jsonl-input always writes JSONL: another format asked for must not be ignored silently.
        if jsonlInput != nil, let format, format != .jsonl {
            throw ValidationError("--jsonl-input writes JSONL, one line per document; leave out --format \(format.rawValue)")
        }
        if db != nil { try roles.validateReadingStored() }
    }

    func run() throws {
        if let db { return try extractDatabase(db) }
        guard jsonlWorker || jsonlInput != nil else { return try extractFiles() }
        try OutputStream.writing { out in
            if jsonlWorker {
                try serveAsWorker(out: out)
            } else if let input = jsonlInput {
                guard files.isEmpty else { throw ValidationError("give either FILE arguments or --jsonl-input, not both") }
                try streamJSONL(from: input, out: out)
            }
        }
    }

    private func extractFiles() throws {
        let filter = StatementFilter(speakers: speakers, topics: topics)
        let shown = { (a: Analysis) in filter.isEmpty ? a.statements : filter.apply(to: a) }
        try ListingOutput(
            format: format ?? .text,
            text: { StatementTable.render($0, statements: shown($0)) },
            json: { try AnalysisJSON.stream($0, id: $0.document.name, statements: shown($0), to: $1) },
            jobs: (jobs ?? .defaultValue).value,
            options: engineOptions
        ).list(files)
    }
}
