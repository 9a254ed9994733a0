import GRDB
import WhosaidModel

/// The statements of one stored article that a speaker and topic filter keeps.
public struct ArticleStatements: Sendable {
    /// The article's row id.
    public var id: Int64
    /// The article's title and date, as stored.
    public var title: String?
    public var date: String?
    /// The stored analysis (no analysis runs again).
    public var analysis: Analysis
    /// The statements kept, in article order.
    public var statements: [WhosaidModel.Statement]
    /// For each actor of the analysis, the corpus person's name, when it is one.
    public var personNames: [String?]
    /// For each statement of the analysis, its row id in the corpus.
    public var statementRows: [Int64]

    /// The kept statements as corpus statements: each names its article, and its speaker by the
    /// corpus person's name where there is one.
    public var corpusStatements: [CorpusStatement] {
        statements.map { s in
            let actor = s.actorID.map { analysis.actors[$0] }
            let person = s.actorID.flatMap { $0 < personNames.count ? personNames[$0] : nil }
            return CorpusStatement(
                id: statementRows[s.id], article: id, articleKey: analysis.document.name, title: title, date: date,
                speaker: person ?? actor?.name, role: actor?.role, statement: s)
        }
    }
}

extension Corpus {
    /// Calls `body` with each article that has statements `filter` keeps, oldest first (undated
    /// articles last), one article in memory at a time. A statement's speaker matches a
    /// speaker query as in ``StatementFilter`` (name, aliases or roles), or through the corpus
    /// person its actor belongs to (the person's name or another name of theirs in any article).
    /// With an empty filter every article is passed, with all its statements.
    public func forEachArticle(
        keeping filter: StatementFilter, _ body: (ArticleStatements) throws -> Void
    ) throws {
        let speakers = filter.speakers.map(SearchQuery.init).filter { !$0.isEmpty }
        let topics = StatementFilter(topics: filter.topics)
        for id in try articleIDs(withSpeakersMatching: speakers) {
            guard let article = try storedArticle(id) else { continue }
            let passing: [Bool] = article.analysis.actors.enumerated().map { i, actor in
                speakers.isEmpty || speakers.contains { q in
                    actor.matches(q) || (i < article.persons.count && article.persons[i].map { $0.matches(q) } ?? false)
                }
            }
            let onTopic = topics.isEmpty ? nil : Set(topics.apply(to: article.analysis).map(\.id))
            let kept = article.analysis.statements.filter { s in
                (speakers.isEmpty || s.actorID.map { passing[$0] } ?? false) && (onTopic?.contains(s.id) ?? true)
            }
            if kept.isEmpty, !filter.isEmpty { continue }
            try body(ArticleStatements(
                id: id, title: article.title, date: article.date, analysis: article.analysis, statements: kept,
                personNames: article.persons.map { $0?.name }, statementRows: article.statementRows))
        }
    }

    /// Ids of the articles with an actor that matches one of `queries` (itself or through its
    /// person), or of all articles when there is no query; oldest first, undated last.
    func articleIDs(withSpeakersMatching queries: [SearchQuery]) throws(CorpusError) -> [Int64] {
        try Corpus.wrap(path) {
            try queue.read { db in
                let order = "ORDER BY article.date IS NULL, article.date, article.id"
                guard !queries.isEmpty else { return try Int64.fetchAll(db, sql: "SELECT id FROM article \(order)") }
                // Matching is the browser's and `extract`'s (folded, word-aware): done in Swift.
                let matches = DatabaseFunction("whosaid_speaker_matches", argumentCount: 5, pure: true) { values in
                    guard let name = String.fromDatabaseValue(values[0]) else { return false }
                    let actor = Actor(
                        id: 0, name: name, aliases: Corpus.strings(fromJSON: String.fromDatabaseValue(values[1])),
                        roles: Corpus.strings(fromJSON: String.fromDatabaseValue(values[2])), kind: .person)
                    let person = String.fromDatabaseValue(values[3]).map {
                        Actor(id: 0, name: $0, aliases: Corpus.strings(fromJSON: String.fromDatabaseValue(values[4])), kind: .person)
                    }
                    return queries.contains { actor.matches($0) || (person?.matches($0) ?? false) }
                }
                db.add(function: matches)
                defer { db.remove(function: matches) }
                return try Int64.fetchAll(db, sql: """
                    SELECT article.id FROM article WHERE article.id IN (
                      SELECT actor.article FROM actor LEFT JOIN person ON person.id = actor.person
                      WHERE whosaid_speaker_matches(actor.name, actor.aliases, actor.roles, person.name, person.aliases))
                    \(order)
                    """)
            }
        }
    }

    /// One article's stored analysis, title, date, each actor's corpus person (as an actor
    /// named like the person, with the person's other names as aliases) and each statement's row id.
    func storedArticle(_ id: Int64) throws(CorpusError) -> (analysis: Analysis, title: String?, date: String?, persons: [Actor?], statementRows: [Int64])? {
        guard let analysis = try analysis(ofArticle: id) else { return nil }
        return try Corpus.wrap(path) {
            try queue.read { db in
                let row = try Row.fetchOne(db, sql: "SELECT title, date FROM article WHERE id = ?", arguments: [id])
                let persons = try Row.fetchAll(db, sql: """
                    SELECT person.name, person.aliases FROM actor LEFT JOIN person ON person.id = actor.person
                    WHERE actor.article = ? ORDER BY actor.number
                    """, arguments: [id]
                ).map { row -> Actor? in
                    guard let name: String = row[0] else { return nil }
                    return Actor(id: 0, name: name, aliases: Corpus.strings(fromJSON: row[1]), roles: [], kind: .person)
                }
                let rows = try Int64.fetchAll(db, sql: "SELECT id FROM statement WHERE article = ? ORDER BY number", arguments: [id])
                return (analysis, row?[0], row?[1], persons, rows)
            }
        }
    }
}
