import ArgumentParser
import Foundation
import WhosaidModel

/// Output formats of `extract`, `speakers` and `topics`.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl
}

/// What `extract`, `speakers` and `topics` share: each article loaded and analysed in turn (a file
/// that cannot be loaded is one line on stderr, the others are still listed, exit status 1), and
/// written the same way by all three:
/// - `text`: for each article a header `# NAME: counts`, its lines, and a blank line before the
///   next article; control characters are made visible (``TerminalText``);
/// - `json`: one JSON array holding an object per article, one object per line (nothing at all
///   when every file failed);
/// - `jsonl`: one object per article, one per line.
/// Every object's keys are snake_case, as `schema/whosaid.schema.json` describes them.
struct ListingOutput {
    let format: ListingFormat
    /// The article's text listing, header included.
    let text: (Analysis) -> String
    /// Writes the article's JSON object, on one line, with the function it is given: at once, or
    /// in pieces as it is made (a large document's, ``AnalysisJSON/stream(_:id:statements:to:)``).
    let json: (Analysis, _ write: ([UInt8]) throws -> Void) throws -> Void
    /// How many articles are analysed at once (`--jobs`); they are listed in the order given.
    var jobs = 1
    /// The engine's options.
    var options = Engine.Options()

    /// Lists each of `files` (the bundled seed when there are none) on standard output.
    func list(_ files: [String]) throws {
        try list { body in try Self.forEachAnalysis(of: files, jobs: jobs, options: options, body) }
    }

    /// Lists each analysis that `produce` hands to its argument, on standard output; `produce`
    /// returns whether any article failed (then the exit status is 1).
    func list(producing produce: ((Analysis) throws -> Void) throws -> Bool) throws {
        var failed = false
        try OutputStream.writing { out in
            var first = true
            failed = try produce { analysis in
                switch format {
                case .text:
                    if !first { try out.write("\n") }
                    try out.write(TerminalText.visible(text(analysis), keeping: [.lineFeeds, .tabs]))
                case .json:
                    try out.write(first ? "[\n" : ",\n")
                    try json(analysis) { try out.write($0) }
                case .jsonl:
                    try json(analysis) { try out.write($0) }
                    try out.write("\n")
                }
                first = false
            }
            // With no article listed, the array is empty (`[]`), or left out when every file failed:
            // a failed run then writes nothing on stdout, only its errors on stderr.
            if format == .json, !(first && failed) { try out.write(first ? "[]\n" : "\n]\n") }
        }
        if failed { throw ExitCode.failure }
    }

    /// Loads and analyses each of `files` (the seed when empty) and hands the analysis to `body`,
    /// in the order of `files`; with `jobs` above 1, that many are loaded and analysed at once
    /// (``OrderedParallel``). A file that cannot be loaded is reported on stderr as
    /// `whosaid: <problem>` and skipped. Returns whether any file failed.
    static func forEachAnalysis(of files: [String], jobs: Int = 1, options: Engine.Options = Engine.Options(),
                                _ body: (Analysis) throws -> Void) throws -> Bool {
        let engine = Engine(options: options)
        if files.isEmpty {
            try body(engine.analyze(DocumentLoader.seed()))
            return false
        }
        let analyse = { @Sendable (path: String) -> Result<Analysis, LoadError> in
            Result { () throws(LoadError) in engine.analyze(try DocumentLoader.load(path: path)) }
        }
        var failed = false
        func each(_ result: Result<Analysis, LoadError>) throws {
            switch result {
            case .success(let analysis): try body(analysis)
            case .failure(let error):
                Diagnostics.report(error.description)
                failed = true
            }
        }
        if jobs > 1, files.count > 1 {
            try OrderedParallel.forEach(count: files.count, jobs: jobs, window: 2 * jobs, work: { analyse(files[$0]) }, body: each)
        } else {
            for path in files { try each(analyse(path)) }
        }
        return failed
    }

    /// The header of an article's text listing: `# NAME: 3 statements, 1 speaker`, one line
    /// whatever the name holds (a line feed in it is shown as `␊`).
    static func header(_ analysis: Analysis, _ counts: [(Int, String)]) -> String {
        let name = TerminalText.visible(analysis.document.name)
        return "# \(name): \(counts.map { counted($0.0, $0.1) }.joined(separator: ", "))\n"
    }

    /// "1 statement", "2 statements".
    static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Writes `value` as pretty-printed JSON with sorted keys, and a line break; every control
    /// character is escaped, DEL and C1 too (JSONEncoder escapes only C0). For the corpus commands.
    /// With `pretty` false, the JSON is one line.
    static func writeJSON<T: Encodable>(_ value: T, to out: OutputStream, pretty: Bool = true) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
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
