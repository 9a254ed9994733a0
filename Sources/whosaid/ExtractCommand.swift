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
            writes one JSONL line per document, streaming, in the format score.py reads.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, text }

    @Argument(help: "Article files (UTF-8 text). None: the bundled seed article.")
    var files: [String] = []

    @Option(help: "Output format: json, jsonl or text.")
    var format: Format = .text

    @Option(name: .customLong("jsonl-input"), help: "Read JSONL documents from PATH, or - for stdin.")
    var jsonlInput: String?

    @Option(name: .customLong("speaker"), help: "Keep statements by speakers matching NAME (repeatable).")
    var speakers: [String] = []

    @Option(name: .customLong("topic"), help: "Keep statements about PHRASE (repeatable).")
    var topics: [String] = []

    /// Serve `--jsonl-input` as its worker process (see ``JSONLWorker``).
    @Flag(name: .customLong("jsonl-worker"), help: .private)
    var jsonlWorker = false

    func run() throws {
        try OutputStream.writing { out in
            if jsonlWorker {
                try serveAsWorker(out: out)
            } else if let input = jsonlInput {
                guard files.isEmpty else { throw ValidationError("give either FILE arguments or --jsonl-input, not both") }
                try streamJSONL(from: input, out: out)
            } else {
                try extractFiles(out: out)
            }
        }
    }

    private func extractFiles(out: OutputStream) throws {
        let engine = Engine()
        let filter = StatementFilter(speakers: speakers, topics: topics)
        var failed = false
        var jsonDocuments = 0
        if format == .json { try out.write("[\n") }
        let paths: [String?] = files.isEmpty ? [nil] : files
        for path in paths {
            let document: Document
            do {
                document = try path.map { p throws(LoadError) in try DocumentLoader.load(path: p) } ?? DocumentLoader.seed()
            } catch {
                Diagnostics.report(error.description)
                failed = true
                continue
            }
            let analysis = engine.analyze(document)
            let statements = filter.isEmpty ? analysis.statements : filter.apply(to: analysis)
            switch format {
            case .jsonl:
                try out.write(AnalysisJSON.line(analysis, id: document.name, statements: statements))
                try out.write("\n")
            case .json:
                if jsonDocuments > 0 { try out.write(",\n") }
                try out.write(AnalysisJSON.line(analysis, id: document.name, statements: statements))
                jsonDocuments += 1
            case .text:
                try out.write(StatementTable.render(analysis, statements: statements))
            }
        }
        if format == .json { try out.write("\n]\n") }
        if failed { throw ExitCode(1) }
    }
}
