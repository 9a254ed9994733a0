import Dispatch
import Foundation
import WhosaidModel

/// Indexes articles into a corpus: skips those whose content hash is stored, analyses the rest
/// in parallel on all cores, and writes them in batches, one transaction each, while the next
/// batch is analysed. A process killed at any moment leaves the batches committed so far; a new
/// run skips them and finishes the job.
public struct Indexer {
    /// How a run went so far.
    public struct Progress: Sendable {
        /// Articles dealt with so far: analysed and handed to the writer, skipped as unchanged, or failed.
        public var done = 0
        /// The estimate of all articles in the inputs.
        public var total = 0
        public var added = 0
        public var replaced = 0
        public var unchanged = 0
        public var failed = 0
        public var statements = 0
        /// People (and organisations) in the corpus after the run.
        public var people = 0
        public var seconds = 0.0
        public init() {}
    }

    public var corpus: Corpus
    /// Articles per transaction.
    public var batchSize = 64
    /// `whosaid VERSION`: stored with each analysis and part of its content hash.
    public var analysedBy: String
    public var engine = Engine()
    /// Called on the calling thread after each batch is handed over and once at the end.
    public var onProgress: (Progress) -> Void = { _ in }
    /// Called with each input problem (one line, for stderr).
    public var onProblem: (String) -> Void = { _ in }
    /// Called after each batch has been committed, with the number of batches so far (tests
    /// interrupt a run here by throwing).
    public var afterCommit: (Int) throws -> Void = { _ in }

    public init(corpus: Corpus, analysedBy: String) {
        self.corpus = corpus
        self.analysedBy = analysedBy
    }

    /// Indexes every article under `paths`, then brings the people up to date.
    public func run(paths: [String]) throws -> Progress {
        let start = Date()
        let reader = SourceReader(paths: paths, analysedBy: analysedBy)
        var progress = Progress()
        progress.total = reader.estimatedCount()
        var known = try corpus.articleHashes()
        let writer = BatchWriter(corpus: corpus, afterCommit: afterCommit)
        var pending: [SourceItem] = []

        func flush() throws {
            guard !pending.isEmpty else { return }
            let records = analyse(pending)
            pending.removeAll(keepingCapacity: true)
            // Waits for the previous batch's transaction, then hands this one over.
            let replaced = try writer.submit(records)
            progress.replaced += replaced
            progress.added += records.count
            progress.done += records.count
            progress.statements += records.reduce(0) { $0 + $1.record.statements.count }
            report()
        }

        func report() {
            progress.seconds = Date().timeIntervalSince(start)
            onProgress(progress)
        }

        try reader.forEach { result in
            switch result {
            case .failure(let problem):
                progress.failed += 1
                progress.done += 1
                onProblem(problem.description)
                report()
            case .success(let item) where known[item.meta.key] == item.hash:
                progress.unchanged += 1
                progress.done += 1
                report()
            case .success(let item):
                known[item.meta.key] = item.hash
                pending.append(item)
                if pending.count >= batchSize { try flush() }
            }
        }
        try flush()
        let replacedLast = try writer.finish()
        progress.replaced += replacedLast
        // `added` counted replacements too.
        progress.added -= progress.replaced
        if try corpus.peopleAreStale() { try corpus.updatePeople() }
        progress.people = try corpus.count("person")
        report()
        return progress
    }

    /// Analyses the items in parallel, one per core at a time; imported items pass through.
    func analyse(_ items: [SourceItem]) -> [(record: ArticleRecord, hash: String)] {
        let results = ResultSlots<ArticleRecord>(count: items.count)
        let engine = self.engine
        let analysedBy = self.analysedBy
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            let item = items[i]
            switch item.work {
            case .imported(let record):
                results.set(i, record)
            case .analyse(let text):
                let analysis = engine.analyze(Document(name: item.meta.key, text: text))
                results.set(i, ArticleRecord(analysis: analysis, source: item.meta, analysedBy: analysedBy))
            }
        }
        return zip(results.values, items).map { ($0!, $1.hash) }
    }
}

/// One slot per parallel task; each task writes only its own slot.
final class ResultSlots<T>: @unchecked Sendable {
    private(set) var values: [T?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) {
        values.withUnsafeMutableBufferPointer { $0[i] = value }
    }
}

/// Writes batches on its own thread, one at a time, so that analysis of the next batch goes on
/// meanwhile. An error of a write is thrown by the next call.
final class BatchWriter: @unchecked Sendable {
    private let corpus: Corpus
    private let afterCommit: (Int) throws -> Void
    private let queue = DispatchQueue(label: "whosaid.corpus.writer")
    private let group = DispatchGroup()
    private var failure: Error?
    private var replaced = 0
    private var batches = 0

    init(corpus: Corpus, afterCommit: @escaping (Int) throws -> Void) {
        self.corpus = corpus
        self.afterCommit = afterCommit
    }

    /// Waits for the batch in flight, then starts writing `records`; returns the replacements
    /// counted by the batch that finished.
    func submit(_ records: [(record: ArticleRecord, hash: String)]) throws -> Int {
        let done = try finish()
        group.enter()
        queue.async { [self] in
            defer { group.leave() }
            do {
                replaced = try corpus.write(records)
                batches += 1
                try afterCommit(batches)
            } catch {
                failure = error
            }
        }
        return done
    }

    /// Waits for the batch in flight; throws its error.
    func finish() throws -> Int {
        group.wait()
        if let failure { throw failure }
        defer { replaced = 0 }
        return replaced
    }
}

extension Corpus {
    /// Rows in `table`.
    public func count(_ table: String) throws(CorpusError) -> Int {
        try Corpus.wrap(path) { try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 } }
    }
}
