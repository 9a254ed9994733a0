import ArgumentParser
import Foundation
import WhosaidModel

/// `extract --jsonl-input`: documents streamed through worker processes, results in input order.
extension ExtractCommand {
    /// Reads JSONL documents from `input` (a path, or - for stdin) and writes one result line per
    /// document, in input order, as soon as it and those before it are done (``JSONLPipeline``,
    /// with `--jobs` workers). A line that is no document, or a document that stops the engine,
    /// is skipped and named on stderr by its line number (past ``JSONLPipeline/namedSkipLimit``
    /// such lines, one closing line counts them all); the exit status is then 1.
    func streamJSONL(from input: String, out: OutputStream) throws {
        let descriptor: Int32
        if input == "-" {
            descriptor = STDIN_FILENO
        } else {
            // Opened once and read as lines as they come: a pipe or FIFO named as the file
            // (`/dev/stdin`, `<(…)`) is a stream like standard input.
            do {
                descriptor = try DocumentLoader.openForReading(path: input)
            } catch {
                throw Diagnostics.Failure(error.description)
            }
        }
        defer { if input != "-" { close(descriptor) } }
        var lines = LineReader(descriptor: descriptor)
        let pipeline = JSONLPipeline(
            name: input == "-" ? "stdin" : input, jobs: (jobs ?? .defaultValue).value, workerArguments: workerArguments,
            inProcess: DocumentReplier(speakers: speakers, topics: topics, options: engineOptions))
        if try pipeline.run(&lines, to: out) { throw ExitCode(1) }
    }

    /// The worker's command line: this command's filters, each value joined to its option by
    /// `=` so that a value starting with `-` (`--speaker=-Q`) is never read as an option.
    var workerArguments: [String] {
        ["extract", "--jsonl-worker"] + speakers.map { "--speaker=" + $0 } + topics.map { "--topic=" + $0 }
            + (unattributed ? ["--unattributed"] : []) + (roles.linkRoles ? ["--link-roles"] : [])
    }

    /// How much a worker reads of its requests at a time: a pipe holds 64 KB, so a larger read
    /// never gets more, and the reader's 1 MB default was a zeroed megabyte resident in every
    /// worker (a 230 MB stream of varied news: 1.3 MB lower peak).
    static let workerReadSize = 1 << 16

    /// `message` with its line breaks written as `\n` and `\r`: a reply is one line, and a
    /// document id may hold a line break (`{"id": "a\nb", …}`), which split the reply in two and
    /// made the main process stop the worker, losing the documents after it.
    static func oneLine(_ message: String) -> String {
        guard message.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return message }
        return message.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    /// Answers each `NUMBER<TAB>LINE` request on stdin with one line on stdout (see ``JSONLWorker``).
    func serveAsWorker(out: OutputStream) throws {
        try Self.serveAsWorker(DocumentReplier(speakers: speakers, topics: topics, options: engineOptions), out: out)
    }

    /// Answers each request on stdin with `replier`'s line on stdout (also for ``WorkerLaunch``).
    static func serveAsWorker(_ replier: DocumentReplier, out: OutputStream) throws {
        MemoryRelease.boundHeapForStream()
        var requests = LineReader(descriptor: STDIN_FILENO, chunkSize: Self.workerReadSize)
        // Each request is read where the reader holds it, not copied out.
        while try requests.withNextLine({ try answer(in: $0, at: $1, replier: replier, out: out) }) != nil {}
    }

    /// Writes the answer to the request `buffer[line]` (the reader's buffer, parsed in place).
    private static func answer(in buffer: [UInt8], at line: Range<Int>, replier: DocumentReplier, out: OutputStream) throws {
        guard let tab = buffer[line].firstIndex(of: 0x09), let number = Int(String(decoding: buffer[line.lowerBound..<tab], as: UTF8.self)) else {
            try out.write("!not a request from whosaid extract --jsonl-input\n")
            try out.flush()
            return
        }
        switch replier.reply(to: buffer, from: tab + 1, to: line.upperBound, number: number) {
        case .result(let bytes): try out.writeLine(bytes)
        case .rejected(let message): try out.write("!" + Self.oneLine(message) + "\n")
        case .died: try out.write("\n")
        }
        try out.flush()
    }
}

/// Analyses one JSONL line into its result line, or says why it is no document.
struct DocumentReplier {
    let engine: Engine
    let filter: StatementFilter
    /// The id of a document to crash on, for tests of the crash handling only.
    let crashID = ProcessInfo.processInfo.environment[JSONLWorker.crashForTestsVariable]

    init(speakers: [String], topics: [String], options: Engine.Options = Engine.Options()) {
        engine = Engine(options: options)
        filter = StatementFilter(speakers: speakers, topics: topics)
    }

    /// The reply to the JSONL line `bytes[start..<end]` (to the array's end when `end` is nil),
    /// input line `number`.
    func reply(to bytes: [UInt8], from start: Int = 0, to end: Int? = nil, number: Int) -> JSONLWorker.Reply {
        switch JSONLReader.item(from: bytes, start: start, end: end, number: number) {
        case .document(let id, let text):
            if id == crashID {
                fatalError("crash asked for by \(JSONLWorker.crashForTestsVariable)")
            }
            let analysis = engine.analyze(Document(name: id, text: text))
            let statements = filter.isEmpty ? analysis.statements : filter.apply(to: analysis)
            return .result(AnalysisJSON.line(analysis, id: id, statements: statements))
        case .error(_, let message), .unreadable(_, let message):
            return .rejected(message)
        case nil:
            return .rejected("blank line")
        }
    }
}
