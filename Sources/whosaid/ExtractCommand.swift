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

    func run() throws {
        try OutputStream.writing { out in
            if let input = jsonlInput {
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

    private func streamJSONL(from input: String, out: OutputStream) throws {
        let engine = Engine()
        let filter = StatementFilter(speakers: speakers, topics: topics)
        let handle: FileHandle
        if input == "-" {
            handle = .standardInput
        } else {
            do {
                _ = try DocumentLoader.read(path: input)
            } catch {
                Diagnostics.report(error.description)
                throw ExitCode(1)
            }
            guard let h = FileHandle(forReadingAtPath: input) else {
                Diagnostics.report("\(input): cannot be read; check its permissions")
                throw ExitCode(1)
            }
            handle = h
        }
        var failed = false
        let name = input == "-" ? "stdin" : input
        for item in JSONLReader(handle: handle) {
            switch item {
            case .error(let line, let message):
                Diagnostics.report("\(name):\(line): \(message); skipped")
                failed = true
            case .unreadable(let line, let reason):
                Diagnostics.report("\(name):\(line): cannot read the input (\(reason)); the rest of it was not processed")
                failed = true
            case .document(let id, let text):
                let analysis = engine.analyze(Document(name: id, text: text))
                let statements = filter.isEmpty ? analysis.statements : filter.apply(to: analysis)
                try out.write(AnalysisJSON.line(analysis, id: id, statements: statements))
                try out.write("\n")
                // Each result leaves at once: a batch job sees it even if a later document stops the run.
                try out.flush()
            }
        }
        if failed { throw ExitCode(1) }
    }
}
