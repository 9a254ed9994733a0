import ArgumentParser
import Foundation
import WhosaidModel

/// `whosaid export`: an article's statements as Markdown, to stdout or to a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export an article's statements to Markdown, with speakers and provenance.",
        discussion: """
            Direct quotes appear verbatim as blockquotes, reported speech is marked as paraphrase, \
            and each statement names its cue and paragraph. Writes to stdout unless -o is given; \
            an existing file is never replaced without --force. Speakers you corrected in the \
            browser (R, M) are used, from $XDG_DATA_HOME/whosaid/corrections.
            """
    )

    @Argument(help: "Article file (UTF-8 text). None: the bundled seed article.")
    var file: String?

    @Option(name: .customLong("speaker"), help: "Keep statements by speakers matching NAME (repeatable).")
    var speakers: [String] = []

    @Option(name: .customLong("topic"), help: "Keep statements about PHRASE (repeatable).")
    var topics: [String] = []

    @Option(name: .customLong("group-by"), help: "speaker (a section per speaker) or article (article order).")
    var groupBy: MarkdownExporter.Grouping = .speaker

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to OUT.md instead of stdout.", valueName: "OUT.md"))
    var output: String?

    @Option(help: ArgumentHelp("Export from a corpus database (made by whosaid index), across its articles; needs --speaker.", valueName: "FILE"))
    var db: String?

    @Flag(help: "Replace the -o file if it exists.")
    var force = false

    @OptionGroup var roles: LinkRolesFlag

    func validate() throws {
        if force && output == nil { throw ValidationError("--force only applies with -o OUT.md") }
        if db != nil { try roles.validateReadingStored() }
    }

    func run() throws {
        if let db { return try exportDatabase(db) }
        let document: Document
        do {
            document = try file.map { path throws(LoadError) in try DocumentLoader.load(path: path) } ?? DocumentLoader.seed()
        } catch {
            throw Diagnostics.Failure(error.description)
        }
        // The reader's corrections made in the browser (R, M) hold in the export too, on the
        // reading they were made on when they do not fit the one asked for.
        let corrections: Corrections
        do {
            corrections = try CorrectionsStore.standard().load(for: document)
        } catch {
            throw Diagnostics.Failure(error.description)
        }
        let reading = CorrectedReading(document: document, corrections: corrections, options: EngineFlags.options(linkRoles: roles.linkRoles))
        if let note = reading.note { Diagnostics.report(note) }
        let analysis = reading.corrected
        let statements = StatementFilter(speakers: speakers, topics: topics).apply(to: analysis)
        try deliver(MarkdownExporter(grouping: groupBy).render(statements, of: analysis), count: statements.count)
    }

    /// Writes `markdown` (`count` statements) to stdout, or to the -o file: never over an
    /// existing one without --force.
    func deliver(_ markdown: String, count: Int) throws {
        guard let output else {
            try OutputStream.writing { out in try out.write(markdown) }
            return
        }
        do throws(ExportError) {
            try ExportFile.write(markdown, to: output, overwrite: force)
        } catch .exists(let path) {
            throw Diagnostics.Failure("\(path): already exists; pass --force to replace it, or choose another name with -o")
        } catch {
            throw Diagnostics.Failure(error.description)
        }
        Diagnostics.note("Exported \(count) \(count == 1 ? "statement" : "statements") to \(output)")
    }
}

extension MarkdownExporter.Grouping: ExpressibleByArgument {}
