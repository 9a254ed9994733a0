import GRDB
import WhosaidModel

/// One line of a corpus's article list.
public struct ArticleSummary: Sendable, Hashable, Encodable {
    /// The article's row id (for ``Corpus/analysis(ofArticle:)``).
    public var id: Int64
    public var key: String
    public var title: String?
    public var date: String?
    public var source: String?
    public var statements: Int
}

extension Corpus {
    /// A page of the article list, newest first (undated articles last), then in indexing order:
    /// what a browser pane reads, `limit` rows at a time, never the whole corpus.
    public func articles(offset: Int = 0, limit: Int = 100) throws(CorpusError) -> [ArticleSummary] {
        try Corpus.wrap(path) {
            try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT id, key, title, date, source,
                           (SELECT count(*) FROM statement WHERE statement.article = article.id)
                    FROM article ORDER BY date IS NULL, date DESC, id LIMIT ? OFFSET ?
                    """, arguments: [limit, offset]
                ).map { row in
                    ArticleSummary(id: row[0], key: row[1], title: row[2], date: row[3], source: row[4], statements: row[5])
                }
            }
        }
    }

    /// The stored analysis of one article, as ``Engine/analyze(_:)`` made it (or as it was
    /// imported), for the browser and the one-article commands: no analysis runs again.
    /// Nil when there is no such article.
    public func analysis(ofArticle id: Int64) throws(CorpusError) -> Analysis? {
        try Corpus.wrap(path) {
            try queue.read { db -> Analysis? in
                guard let article = try Row.fetchOne(db, sql: "SELECT key, text FROM article WHERE id = ?", arguments: [id]) else {
                    return nil
                }
                let document = Document(name: article[0], text: article[1])
                var actorIndex: [Int64: Int] = [:]
                var actors: [Actor] = try Row.fetchAll(db, sql: """
                    SELECT id, name, aliases, roles, kind FROM actor WHERE article = ? ORDER BY number
                    """, arguments: [id]
                ).enumerated().map { i, row in
                    actorIndex[row[0]] = i
                    return Actor(
                        id: i, name: row[1], aliases: Corpus.strings(fromJSON: row[2]), roles: Corpus.strings(fromJSON: row[3]),
                        kind: ActorKind(rawValue: row[4]) ?? .person)
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT mention.actor, mention.start, mention."end" FROM mention JOIN actor ON actor.id = mention.actor
                    WHERE actor.article = ? ORDER BY mention.rowid
                    """, arguments: [id]) {
                    if let a = actorIndex[row[0]] { actors[a].mentions.append(TextSpan(start: row[1], end: row[2])) }
                }
                var topicIndex: [Int64: Int] = [:]
                var topics: [Topic] = try Row.fetchAll(db, sql: "SELECT id, phrase, score FROM topic WHERE article = ? ORDER BY id", arguments: [id])
                    .enumerated().map { i, row in
                        topicIndex[row[0]] = i
                        return Topic(id: i, phrase: row[1], score: row[2])
                    }
                var statementIndex: [Int64: Int] = [:]
                var statements: [WhosaidModel.Statement] = try Row.fetchAll(db, sql: """
                    SELECT id, start, "end", text, kind, cue, cue_start, cue_end, actor, mention_start, mention_end,
                           paragraph, rule, confidence, via, antecedent_start, antecedent_end, continues
                    FROM statement WHERE article = ? ORDER BY number
                    """, arguments: [id]
                ).enumerated().map { i, row in
                    statementIndex[row[0]] = i
                    let actor = (row[8] as Int64?).flatMap { actorIndex[$0] }
                    if let actor { actors[actor].statementIDs.append(i) }
                    return WhosaidModel.Statement(
                        id: i, span: TextSpan(start: row[1], end: row[2]), text: row[3],
                        kind: StatementKind(rawValue: row[4]) ?? .direct, cue: row[5],
                        cueSpan: Corpus.span(row[6], row[7]), actorID: actor, speakerMention: Corpus.span(row[9], row[10]),
                        link: SpeakerLink(label: row[14], antecedent: Corpus.span(row[15], row[16]), continues: row[17]),
                        paragraph: max(0, (row[11] as Int) - 1), rule: AttributionRule(rawValue: row[12]) ?? .unattributed,
                        confidence: row[13])
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT statement_topic.statement, statement_topic.topic FROM statement_topic
                    JOIN topic ON topic.id = statement_topic.topic WHERE topic.article = ?
                    ORDER BY statement_topic.statement, statement_topic.topic
                    """, arguments: [id]) {
                    guard let s = statementIndex[row[0]], let t = topicIndex[row[1]] else { continue }
                    statements[s].topicIDs.append(t)
                    topics[t].statementIDs.append(s)
                    if let a = statements[s].actorID, !topics[t].actorIDs.contains(a) { topics[t].actorIDs.append(a) }
                }
                for t in topics.indices { topics[t].statementIDs.sort() }
                return Analysis(document: document, statements: statements, actors: actors, topics: topics)
            }
        }
    }

    static func span(_ start: Int?, _ end: Int?) -> TextSpan? {
        guard let start, let end else { return nil }
        return TextSpan(start: start, end: end)
    }
}
