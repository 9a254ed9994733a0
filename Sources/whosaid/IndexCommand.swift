import ArgumentParser
import Foundation
import WhosaidCorpus
import WhosaidModel

/// `whosaid index PATH... [--db FILE]`: articles into a corpus database (SQLite).
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index articles into a corpus database: statements, speakers, people across articles, topics.",
        discussion: """
            Reads files and directories (recursively: .txt, .md and .jsonl files). A JSONL line is \
            a document {"id", "text", "title", "date", "publisher", ...}, or a line of `whosaid \
            extract --format jsonl` output (it has "quotes" and "actors"), which is stored \
            without analysing it again. The database is whosaid.db in the current folder unless --db names another. \
            Articles already indexed with the same content are skipped, changed ones replaced. \
            Articles are analysed on all cores and written in batches, one transaction each: an \
            interrupted run keeps what it committed, and running it again finishes the job.
            """
    )

    @Argument(help: "Files and directories to index.")
    var paths: [String]

    @Option(help: "The corpus database (SQLite); created when missing.")
    var db = "whosaid.db"

    @OptionGroup var roles: LinkRolesFlag

    /// Articles per transaction (tests use small batches).
    @Option(name: .customLong("batch-size"), help: .private)
    var batchSize = 64

    /// Environment variable: seconds to wait after each committed batch, so that tests can kill
    /// a run between batches.
    static let pauseForTestsVariable = "WHOSAID_TEST_INDEX_PAUSE"

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        let corpus: Corpus
        do {
            corpus = try Corpus.openForWriting(path: db)
        } catch {
            throw Diagnostics.Failure(error.description)
        }
        let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        var indexer = Indexer(corpus: corpus, analysedBy: Self.analysedBy(linkingRoles: roles.linkRoles))
        indexer.engine = Engine(options: EngineFlags.options(linkRoles: roles.linkRoles))
        indexer.batchSize = batchSize
        indexer.onProgress = { bar.show($0) }
        indexer.onProblem = { problem in
            bar.clear()
            Diagnostics.report(problem)
        }
        if let pause = ProcessInfo.processInfo.environment[Self.pauseForTestsVariable].flatMap(Double.init) {
            indexer.afterCommit = { _ in Thread.sleep(forTimeInterval: pause) }
        }
        let progress: Indexer.Progress
        do {
            progress = try indexer.run(paths: paths)
        } catch {
            bar.clear()
            throw Diagnostics.Failure((error as? CorpusError)?.description ?? "\(db): \(error)")
        }
        bar.clear()
        try OutputStream.writing { out in try out.write(Self.summary(progress, db: db) + "\n") }
        if progress.failed > 0 { throw ExitCode.failure }
    }

    /// What is stored as the analysis's maker, `whosaid VERSION`, with ` --link-roles` when role
    /// descriptions are linked: it salts the content hash, so an article indexed on the other
    /// reading counts as changed and is analysed again, never kept as it was.
    static func analysedBy(linkingRoles: Bool) -> String {
        "whosaid \(WhosaidVersion.current)" + (linkingRoles ? " --link-roles" : "")
    }

    /// The one line a run ends with.
    static func summary(_ p: Indexer.Progress, db: String) -> String {
        let stored = p.added + p.replaced
        let rate = p.seconds > 0 ? Double(stored) / p.seconds : 0
        return "indexed \(stored) article\(stored == 1 ? "" : "s") into \(TerminalText.visible(db)) in "
            + String(format: "%.1f s (%.1f articles/s): ", p.seconds, rate)
            + "\(p.added) new, \(p.replaced) changed, \(p.unchanged) unchanged, \(p.failed) failed; "
            + "\(p.statements) statements; \(p.people) people and organisations in the corpus"
    }
}

/// A one-line progress bar on stderr (a terminal only): articles done of the total, articles per
/// second, time left. Redrawn at most ten times a second.
final class ProgressBar {
    private let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ p: Indexer.Progress) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || p.done == p.total else { return }
        lastDraw = now
        let total = max(p.total, p.done)
        let fraction = total > 0 ? Double(p.done) / Double(total) : 1
        let width = 24
        let filled = Int(fraction * Double(width))
        let rate = p.seconds > 0 ? Double(p.done - p.unchanged) / p.seconds : 0
        let left = rate > 0 ? Double(total - p.done) / rate : 0
        let line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(p.done)/\(total) articles · " + String(format: "%.1f/s", rate) + " · " + Self.clock(left) + " left"
        write("\r" + line + "\u{1B}[K")
        drawn = true
    }

    /// Removes the bar, so that a message or the summary starts on a clean line.
    func clear() {
        guard enabled, drawn else { return }
        write("\r\u{1B}[K")
        drawn = false
    }

    private func write(_ s: String) {
        let bytes = Array(s.utf8)
        _ = bytes.withUnsafeBytes { DescriptorWriter.writeAll($0, to: STDERR_FILENO) }
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
