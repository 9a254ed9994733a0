import Foundation
import GRDB
@testable import WhosaidCorpus

/// A temporary folder with invented articles, and helpers to index them.
final class CorpusFixture {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes `text` to `name` (folders created as needed); returns the path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Indexes `paths` into the corpus at `db`.
    func index(_ paths: [String], db: String = "corpus.db", batchSize: Int = 64,
               afterCommit: @escaping (Int) throws -> Void = { _ in }) throws -> Indexer.Progress {
        var indexer = Indexer(corpus: try Corpus.openForWriting(path: path(db)), analysedBy: "whosaid test")
        indexer.batchSize = batchSize
        indexer.afterCommit = afterCommit
        return try indexer.run(paths: paths)
    }

    /// Row counts of the main tables.
    func counts(_ db: String = "corpus.db") throws -> [String: Int] {
        let corpus = try Corpus.openForReading(path: path(db))
        var counts: [String: Int] = [:]
        for table in ["article", "statement", "actor", "mention", "topic", "statement_topic", "person"] {
            counts[table] = try corpus.count(table)
        }
        return counts
    }
}

/// Invented news articles: who says what is up to the caller.
enum InventedArticles {
    /// A short article: a headline, a direct quote by `speaker` (with `role`), and a reported
    /// statement by `other`.
    static func article(headline: String, speaker: String, role: String, quote: String, other: String, claim: String) -> String {
        """
        \(headline)

        The harbour commission met on Tuesday to discuss the new ferry schedule.

        “\(quote),” said \(speaker), \(role).

        \(other) said that \(claim).
        """
    }

    static let bridge = article(
        headline: "Council Delays Vote on Harbour Bridge", speaker: "Ingrid Halvorsen",
        role: "the mayor of Vesterby", quote: "We need more time to study the costs",
        other: "Tomas Brekke", claim: "the delay would cost taxpayers millions")

    static let ferry = article(
        headline: "Ferry Fares to Rise in Spring", speaker: "Ingrid Halvorsen",
        role: "the city's mayor", quote: "Nobody likes higher fares, but the boats are old",
        other: "Anna Brekke", claim: "the fares had not changed in ten years")

    static let market = article(
        headline: "Fish Market Reopens After Repairs", speaker: "Kwame Osei",
        role: "the market's manager", quote: "The stalls are busier than before the storm",
        other: "Tomas Brekke", claim: "the repairs were finished on time")

    /// A JSONL line `{"id", "text", "title", "date"}`.
    static func jsonl(id: String, text: String, date: String? = nil, title: String? = nil) -> String {
        var object: [String: String] = ["id": id, "text": text]
        object["date"] = date
        object["title"] = title
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
