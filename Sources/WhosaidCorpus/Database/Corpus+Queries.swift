import GRDB

/// A statement found by a full-text search, with its article and speaker.
public struct StatementHit: Sendable, Hashable, Encodable {
    public var article: String
    public var title: String?
    public var date: String?
    /// The article's name for the speaker, and the corpus person it belongs to.
    public var speaker: String?
    public var person: String?
    public var text: String
    /// The statement with the matched words in `[` `]`, shortened around them.
    public var snippet: String
    public var kind: String
    public var paragraph: Int
    public var start: Int
    public var end: Int
}

/// A corpus person with counts over all articles.
public struct PersonSummary: Sendable, Hashable, Encodable {
    public var name: String
    public var aliases: [String]
    public var kind: String
    public var statements: Int
    public var articles: Int
    public var firstDate: String?
    public var lastDate: String?
    /// The roles articles give them, most frequent first.
    public var roles: [String]
}

extension Corpus {
    /// Statements matching `query`, best first. Words must all occur (in any form the Porter
    /// stemmer joins: "cuts" finds "cut"); `"a phrase"` must occur as written; `word*` is a prefix.
    public func searchStatements(_ query: String, limit: Int = 50) throws(CorpusError) -> [StatementHit] {
        guard let match = Corpus.ftsQuery(query) else { return [] }
        return try Corpus.wrap(path) {
            try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT article.key, article.title, article.date, actor.name, person.name, statement.text,
                           snippet(statement_fts, 0, '[', ']', '…', 24), statement.kind, statement.paragraph,
                           statement.start, statement."end"
                    FROM statement_fts
                    JOIN statement ON statement.id = statement_fts.rowid
                    JOIN article ON article.id = statement.article
                    LEFT JOIN actor ON actor.id = statement.actor
                    LEFT JOIN person ON person.id = actor.person
                    WHERE statement_fts MATCH ?
                    ORDER BY rank, statement.id
                    LIMIT ?
                    """, arguments: [match, limit]
                ).map { row in
                    StatementHit(
                        article: row[0], title: row[1], date: row[2], speaker: row[3], person: row[4], text: row[5],
                        snippet: row[6], kind: row[7], paragraph: row[8], start: row[9], end: row[10])
                }
            }
        }
    }

    /// The keys of articles whose title or text match `query`, best first.
    public func searchArticles(_ query: String, limit: Int = 50) throws(CorpusError) -> [String] {
        guard let match = Corpus.ftsQuery(query) else { return [] }
        return try Corpus.wrap(path) {
            try queue.read { db in
                try String.fetchAll(db, sql: """
                    SELECT article.key FROM article_fts JOIN article ON article.id = article_fts.rowid
                    WHERE article_fts MATCH ? ORDER BY rank, article.id LIMIT ?
                    """, arguments: [match, limit])
            }
        }
    }

    /// People (and organisations, with `kind` nil or "organisation") with the most statements
    /// first; `name` keeps those whose name or an alias contains it.
    public func people(kind: String? = "person", name: String? = nil, limit: Int = 100) throws(CorpusError) -> [PersonSummary] {
        try Corpus.wrap(path) {
            try queue.read { db in
                var conditions: [String] = []
                var values: [any DatabaseValueConvertible] = []
                if let kind {
                    conditions.append("kind = ?")
                    values.append(kind)
                }
                if let name, !name.isEmpty {
                    conditions.append("(name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\')")
                    let pattern = "%" + name.replacingOccurrences(of: "\\", with: "\\\\")
                        .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
                    values += [pattern, pattern]
                }
                values.append(limit)
                let rows = try Row.fetchAll(db, sql: """
                    SELECT id, name, aliases, kind, statements, articles, first_date, last_date FROM person
                    \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                    ORDER BY statements DESC, articles DESC, name LIMIT ?
                    """, arguments: StatementArguments(values))
                return try rows.map { row in
                    let id: Int64 = row[0]
                    let roles = try String.fetchAll(db, sql: """
                        SELECT role FROM actor WHERE person = ? AND role IS NOT NULL
                        GROUP BY role ORDER BY count(*) DESC, role LIMIT 3
                        """, arguments: [id])
                    return PersonSummary(
                        name: row[1], aliases: Corpus.strings(fromJSON: row[2]), kind: row[3], statements: row[4],
                        articles: row[5], firstDate: row[6], lastDate: row[7], roles: roles)
                }
            }
        }
    }

    /// The FTS5 query for what a user typed: every word quoted (so punctuation and FTS5's own
    /// syntax mean nothing), `"phrases"` kept, a trailing `*` kept as a prefix search.
    static func ftsQuery(_ typed: String) -> String? {
        var terms: [String] = []
        var inPhrase = false
        for (i, part) in typed.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            inPhrase = i % 2 == 1
            if inPhrase {
                let words = part.split(whereSeparator: \.isWhitespace)
                if !words.isEmpty { terms.append("\"" + words.joined(separator: " ") + "\"") }
            } else {
                for word in part.split(whereSeparator: \.isWhitespace) {
                    let prefix = word.hasSuffix("*") && word.count > 1
                    let bare = prefix ? word.dropLast() : word
                    terms.append("\"" + bare + "\"" + (prefix ? "*" : ""))
                }
            }
        }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }
}

extension Corpus {
    /// `PRAGMA integrity_check` and `PRAGMA foreign_key_check` together: "ok" for a sound corpus,
    /// otherwise what SQLite found.
    public func integrityCheck() throws(CorpusError) -> String {
        try Corpus.wrap(path) {
            try queue.read { db in
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
                let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
                return foreignKeys == 0 ? integrity : "\(integrity); \(foreignKeys) broken references"
            }
        }
    }
}
