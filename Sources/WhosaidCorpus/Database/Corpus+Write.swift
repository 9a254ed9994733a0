import Foundation
import GRDB

extension Corpus {
    /// The content hash of every article, by key: what a run needs to skip unchanged articles.
    public func articleHashes() throws(CorpusError) -> [String: String] {
        try Corpus.wrap(path) {
            try queue.read { db in
                var hashes: [String: String] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT key, hash FROM article")
                while let row = try rows.next() { hashes[row[0]] = row[1] }
                return hashes
            }
        }
    }

    /// Stores `records` (with their content hashes) in one transaction, each replacing the
    /// article stored under its key; marks the people as stale in the same transaction. Returns
    /// how many replaced an article.
    @discardableResult
    public func write(_ records: [(record: ArticleRecord, hash: String)]) throws(CorpusError) -> Int {
        try Corpus.wrap(path) {
            try queue.write { db in
                var replaced = 0
                for (record, hash) in records {
                    if try Corpus.deleteArticle(key: record.source.key, in: db) { replaced += 1 }
                    try Corpus.insert(record, hash: hash, in: db)
                }
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('people_stale', '1')")
                return replaced
            }
        }
    }

    /// Deletes the article stored under `key` (its actors, statements, mentions and topics go
    /// with it); whether there was one.
    static func deleteArticle(key: String, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: "DELETE FROM article WHERE key = ?").execute(arguments: [key])
        return db.changesCount > 0
    }

    static func insert(_ r: ArticleRecord, hash: String, in db: Database) throws {
        let m = r.source
        try db.cachedStatement(sql: """
            INSERT INTO article(key, hash, title, date, source, origin, analysed, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [m.key, hash, m.title, m.date, m.source, m.origin, r.analysed, r.text])
        let article = db.lastInsertedRowID
        var actorRows: [Int64] = []
        let insertActor = try db.cachedStatement(sql: """
            INSERT INTO actor(article, number, name, aliases, role, roles, kind, statements, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertMention = try db.cachedStatement(sql: #"INSERT INTO mention(actor, start, "end") VALUES (?, ?, ?)"#)
        for a in r.actors {
            try insertActor.execute(arguments: [
                article, a.number, a.name, json(a.aliases), a.roles.first, json(a.roles), a.kind, a.statements, m.date,
            ])
            let row = db.lastInsertedRowID
            actorRows.append(row)
            for span in a.mentions { try insertMention.execute(arguments: [row, span.start, span.end]) }
        }
        var topicRows: [Int64] = []
        let insertTopic = try db.cachedStatement(sql: "INSERT INTO topic(article, phrase, score) VALUES (?, ?, ?)")
        for t in r.topics {
            try insertTopic.execute(arguments: [article, t.phrase, t.score])
            topicRows.append(db.lastInsertedRowID)
        }
        let insertStatement = try db.cachedStatement(sql: """
            INSERT INTO statement(article, number, start, "end", text, kind, cue, cue_start, cue_end, actor,
                                  mention_start, mention_end, via, antecedent_start, antecedent_end, continues,
                                  paragraph, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertLink = try db.cachedStatement(sql: "INSERT OR IGNORE INTO statement_topic(statement, topic) VALUES (?, ?)")
        for (number, s) in r.statements.enumerated() {
            let actor = s.actor.flatMap { $0 < actorRows.count ? actorRows[$0] : nil }
            try insertStatement.execute(arguments: [
                article, number, s.start, s.end, s.text, s.kind, s.cue, s.cueSpan?.start, s.cueSpan?.end, actor,
                s.speakerMention?.start, s.speakerMention?.end, s.link?.label, s.link?.antecedent?.start,
                s.link?.antecedent?.end, s.link?.continues, s.paragraph, s.rule, s.confidence,
            ])
            let row = db.lastInsertedRowID
            for t in s.topics where t < topicRows.count { try insertLink.execute(arguments: [row, topicRows[t]]) }
        }
    }

    /// A list of strings as a JSON array, as the `aliases` and `roles` columns hold them.
    static func json(_ strings: [String]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: strings) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The strings of a JSON array column.
    static func strings(fromJSON text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String] ?? []
    }
}
