import GRDB
import WhosaidModel

/// Pages of articles, people and statements for the corpus browser: each query reads one
/// page (LIMIT/OFFSET over an index where the order needs one), never a whole table.
extension Corpus {
    /// How many articles have `query` in their title or text ("" for all).
    public func articleCount(matching query: String) throws(CorpusError) -> Int {
        try Corpus.wrap(path) {
            try queue.read { db in
                guard let match = Corpus.typedQuery(query) else {
                    return query.isEmpty ? try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 : 0
                }
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?", arguments: [match]) ?? 0
            }
        }
    }

    /// A page of the articles with `query` in their title or text ("" for all), newest first.
    public func articles(matching query: String, offset: Int, limit: Int) throws(CorpusError) -> [ArticleSummary] {
        guard !query.isEmpty else { return try articles(offset: offset, limit: limit) }
        guard let match = Corpus.typedQuery(query) else { return [] }
        return try Corpus.wrap(path) {
            try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT id, key, title, date, source,
                           (SELECT count(*) FROM statement WHERE statement.article = article.id)
                    FROM article WHERE id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)
                    ORDER BY date IS NULL, date DESC, id LIMIT ? OFFSET ?
                    """, arguments: [match, limit, offset]
                ).map { row in
                    ArticleSummary(id: row[0], key: row[1], title: row[2], date: row[3], source: row[4], statements: row[5])
                }
            }
        }
    }

    /// The people and organisations, and the corpus topics: each a table of rows with a name,
    /// statement and article counts, searched by what their names contain and listed most
    /// statements first.
    private enum Named {
        case people, topics

        /// The table, its name column, and the columns whose text a search looks in.
        var table: (name: String, column: String, searched: [String]) {
            switch self {
            case .people: return ("person", "name", ["name", "aliases"])
            case .topics: return ("corpus_topic", "phrase", ["phrase"])
            }
        }

        /// The WHERE clause and arguments of the rows containing `text` ("" for all). People are
        /// found through the trigram index of their names from three letters on.
        func condition(_ text: String) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
            guard !text.isEmpty else { return ("", []) }
            if self == .people, text.unicodeScalars.count >= 3 {
                let phrase = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                return ("WHERE id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)", [phrase])
            }
            let pattern = "%" + text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            let searched = table.searched.map { "\($0) LIKE ? ESCAPE '\\'" }
            return ("WHERE (" + searched.joined(separator: " OR ") + ")", searched.map { _ in pattern })
        }
    }

    private func count(_ named: Named, matching text: String) throws(CorpusError) -> Int {
        let condition = named.condition(text)
        return try Corpus.wrap(path) {
            try queue.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \(named.table.name) \(condition.sql)", arguments: StatementArguments(condition.arguments)) ?? 0
            }
        }
    }

    private func page(_ named: Named, matching text: String, offset: Int, limit: Int) throws(CorpusError) -> [(id: Int64, name: String, statements: Int, articles: Int)] {
        let condition = named.condition(text)
        let (table, column, _) = named.table
        return try Corpus.wrap(path) {
            try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT id, \(column), statements, articles FROM \(table) \(condition.sql)
                    ORDER BY statements DESC, articles DESC, \(column) LIMIT ? OFFSET ?
                    """, arguments: StatementArguments(condition.arguments + [limit, offset])
                ).map { (id: $0[0], name: $0[1], statements: $0[2], articles: $0[3]) }
            }
        }
    }

    /// How many people and organisations have a name or another name containing `name`.
    public func personCount(matching name: String) throws(CorpusError) -> Int {
        try count(.people, matching: name)
    }

    /// A page of the people and organisations whose name or another name contains `name`, most
    /// statements first: row id, name, statement and article counts.
    public func people(matching name: String, offset: Int, limit: Int) throws(CorpusError) -> [(id: Int64, name: String, statements: Int, articles: Int)] {
        try page(.people, matching: name, offset: offset, limit: limit)
    }

    /// How many corpus topics have `phrase` in theirs ("" for all).
    public func topicCount(matching phrase: String) throws(CorpusError) -> Int {
        try count(.topics, matching: phrase)
    }

    /// A page of the corpus topics with `phrase` in theirs, most statements first: row id,
    /// phrase, statement and article counts.
    public func topics(matching phrase: String, offset: Int, limit: Int) throws(CorpusError) -> [(id: Int64, name: String, statements: Int, articles: Int)] {
        try page(.topics, matching: phrase, offset: offset, limit: limit)
    }

    /// The WHERE clause, arguments, order and the order reversed (to read the end of a list
    /// from its end) of `selection`.
    ///
    /// A topic joins its statements through its articles' topics (`joins`), so that a page of
    /// them is read in article order from the index topic_corpus.
    private static func clauses(_ selection: CorpusFilter)
        -> (where: String, joins: String, arguments: [any DatabaseValueConvertible], order: String, reversed: String)? {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let article = selection.article {
            conditions.append("statement.article = ?")
            arguments.append(article)
        }
        if let person = selection.person {
            conditions.append("actor.person = ?")
            arguments.append(person)
        }
        if let topic = selection.topic {
            conditions.append("topic.corpus_topic = ?")
            arguments.append(topic)
        }
        let joins = selection.topic == nil ? ""
            : "JOIN statement_topic ON statement_topic.statement = statement.id JOIN topic ON topic.id = statement_topic.topic"
        if !selection.text.isEmpty {
            guard let match = typedQuery(selection.text) else { return nil }
            conditions.append("statement.id IN (SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?)")
            arguments.append(match)
        }
        // One article in its order; one person newest first (the order of the index
        // actor_person_newest, so a page of someone quoted in 20,000 articles is read, not
        // sorted); otherwise in indexing order.
        let (order, reversed) = selection.article != nil ? ("statement.number", "statement.number DESC")
            : selection.person != nil
            ? ("actor.date IS NULL, actor.date DESC, actor.id, statement.id", "actor.date IS NULL DESC, actor.date, actor.id DESC, statement.id DESC")
            : selection.topic != nil ? ("topic.article, statement.id", "topic.article DESC, statement.id DESC")
            : ("statement.id", "statement.id DESC")
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), joins, arguments, order, reversed)
    }

    /// How many statements `selection` keeps.
    public func statementCount(_ selection: CorpusFilter) throws(CorpusError) -> Int {
        guard let c = Corpus.clauses(selection) else { return 0 }
        return try Corpus.wrap(path) {
            try queue.read { db in
                if selection.article == nil, selection.person == nil, selection.topic == nil, let match = Corpus.typedQuery(selection.text) {
                    return try Int.fetchOne(db, sql: "SELECT count(*) FROM statement_fts WHERE statement_fts MATCH ?", arguments: [match]) ?? 0
                }
                if let topic = selection.topic, selection.person == nil, selection.article == nil, selection.text.isEmpty {
                    return try Int.fetchOne(db, sql: "SELECT statements FROM corpus_topic WHERE id = ?", arguments: [topic]) ?? 0
                }
                if let person = selection.person, selection.topic == nil, selection.text.isEmpty {
                    // From the covering index: no statement is read.
                    let article = selection.article.map { _ in " AND article = ?" } ?? ""
                    return try Int.fetchOne(db, sql: "SELECT coalesce(sum(statements), 0) FROM actor WHERE person = ?\(article)",
                                            arguments: StatementArguments([person] + (selection.article.map { [$0] } ?? []))) ?? 0
                }
                let actor = selection.person == nil ? "" : "JOIN actor ON actor.id = statement.actor"
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM statement \(actor) \(c.joins) \(c.where)",
                                        arguments: StatementArguments(c.arguments)) ?? 0
            }
        }
    }

    /// Statements `offset..<offset+limit` of those `selection` keeps, each with its article,
    /// speaker and the matches of the text query.
    public func statements(_ selection: CorpusFilter, offset: Int, limit: Int) throws(CorpusError) -> [CorpusStatement] {
        try statements(selection, page: CorpusPage(offset: offset, limit: limit, total: .max))
    }

    /// The rows of `page` of the statements `selection` keeps, each with its article, speaker
    /// and the matches of the text query.
    ///
    /// The lists of all statements and of a text search are in id order: their pages are read
    /// by id (keyset paging): after the id of the row before the page, before the id of the row
    /// after it, or backwards from the end for a page in the list's second half. Only a page far
    /// from both ends with no neighbour known steps over the rows before it, and then over ids
    /// alone. The lists of one article or one person are short and read by offset.
    public func statements(_ selection: CorpusFilter, page: CorpusPage) throws(CorpusError) -> [CorpusStatement] {
        guard page.limit > 0, page.offset < page.total, let c = Corpus.clauses(selection) else { return [] }
        guard selection.article == nil, selection.person == nil, selection.topic == nil else {
            guard page.total != .max, page.offset > page.total / 2 else {
                return try corpusStatements(where: c.where, joins: c.joins, order: c.order, arguments: c.arguments + [page.limit, page.offset],
                                            suffix: "LIMIT ? OFFSET ?", highlighting: selection.text)
            }
            let limit = min(page.limit, page.total - page.offset)
            return try corpusStatements(where: c.where, joins: c.joins, order: c.reversed, arguments: c.arguments + [limit, page.total - page.offset - limit],
                                        suffix: "LIMIT ? OFFSET ?", highlighting: selection.text).reversed()
        }
        // The ids of the page, from the statements (all) or from the full-text index (a search).
        let match = Corpus.typedQuery(selection.text)
        let (ids, column, range) = match != nil
            ? ("SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?", "rowid", " AND rowid")
            : ("SELECT id FROM statement", "id", " WHERE id")
        var arguments: [any DatabaseValueConvertible] = match.map { [$0] } ?? []
        let inner: String
        if let after = page.after {
            inner = "\(ids)\(range) > ? ORDER BY \(column) LIMIT ?"
            arguments += [after, page.limit]
        } else if let before = page.before {
            inner = "\(ids)\(range) < ? ORDER BY \(column) DESC LIMIT ?"
            arguments += [before, page.limit]
        } else if page.total != .max, page.offset > page.total / 2 {
            let fromEnd = max(0, page.total - page.offset - page.limit)
            inner = "\(ids) ORDER BY \(column) DESC LIMIT ? OFFSET ?"
            arguments += [min(page.limit, page.total - page.offset), fromEnd]
        } else {
            inner = "\(ids) ORDER BY \(column) LIMIT ? OFFSET ?"
            arguments += [page.limit, page.offset]
        }
        return try corpusStatements(where: "WHERE statement.id IN (\(inner))", order: "statement.id", arguments: arguments, suffix: "",
                                    highlighting: selection.text)
    }

    /// The ids and article ids of the first `limit` statements `selection` keeps, in its order.
    public func statementKeys(_ selection: CorpusFilter, limit: Int) throws(CorpusError) -> [(id: Int64, article: Int64)] {
        guard let c = Corpus.clauses(selection) else { return [] }
        return try Corpus.wrap(path) {
            try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT statement.id, statement.article FROM statement \(c.joins) JOIN article ON article.id = statement.article
                    LEFT JOIN actor ON actor.id = statement.actor \(c.where) ORDER BY \(c.order) LIMIT ?
                    """, arguments: StatementArguments(c.arguments + [limit])
                ).map { (id: $0[0], article: $0[1]) }
            }
        }
    }

    /// The statements with these row ids, in indexing order.
    public func statements(ids: [Int64]) throws(CorpusError) -> [CorpusStatement] {
        guard !ids.isEmpty else { return [] }
        var found: [CorpusStatement] = []
        // A page of ids at a time: SQLite limits the number of arguments.
        for start in stride(from: 0, to: ids.count, by: 500) {
            let page = Array(ids[start..<min(ids.count, start + 500)])
            found += try corpusStatements(
                where: "WHERE statement.id IN (\(Array(repeating: "?", count: page.count).joined(separator: ",")))",
                order: "statement.id", arguments: page, suffix: "", highlighting: "")
        }
        return found.sorted { $0.id < $1.id }
    }

    /// The text of article `id` as a document named by its key.
    public func document(ofArticle id: Int64) throws(CorpusError) -> Document? {
        try Corpus.wrap(path) {
            try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT key, text FROM article WHERE id = ?", arguments: [id]).map { Document(name: $0[0], text: $0[1]) }
            }
        }
    }

    private func corpusStatements(
        where condition: String, joins: String = "", order: String, arguments: [any DatabaseValueConvertible], suffix: String, highlighting text: String
    ) throws(CorpusError) -> [CorpusStatement] {
        try Corpus.wrap(path) {
            try queue.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT statement.id, article.id, article.key, article.title, article.date, coalesce(person.name, actor.name), actor.role,
                           statement.number, statement.start, statement."end", statement.text, statement.kind, statement.cue,
                           statement.paragraph, statement.rule, statement.confidence, person.id
                    FROM statement \(joins) JOIN article ON article.id = statement.article
                    LEFT JOIN actor ON actor.id = statement.actor LEFT JOIN person ON person.id = actor.person
                    \(condition) ORDER BY \(order) \(suffix)
                    """, arguments: StatementArguments(arguments))
                var statements = rows.map { row in
                    CorpusStatement(
                        id: row[0], article: row[1], articleKey: row[2], title: row[3], date: row[4], speaker: row[5], person: row[16],
                        role: row[6],
                        statement: WhosaidModel.Statement(
                            id: row[7], span: TextSpan(start: row[8], end: row[9]), text: row[10],
                            kind: StatementKind(rawValue: row[11]) ?? .direct, cue: row[12], paragraph: max(0, (row[13] as Int) - 1),
                            rule: AttributionRule(rawValue: row[14]) ?? .unattributed, confidence: row[15]))
                }
                if let match = Corpus.typedQuery(text), !statements.isEmpty {
                    let matches = try Corpus.matches(of: match, in: statements.map(\.id), db)
                    for i in statements.indices { statements[i].matches = matches[statements[i].id] ?? [] }
                }
                return statements
            }
        }
    }

    /// Where `match` matched each statement's text, as scalar offsets into it.
    ///
    /// The index is read over the ids' range (FTS5 seeks to its start and stops at its end), and
    /// only the rows asked for are highlighted: `rowid IN (…)` would make FTS5 evaluate the
    /// query again for each id, which with a prefix took 1.6 s for 200 ids of 900,000 statements.
    static func matches(of match: String, in ids: [Int64], _ db: Database) throws -> [Int64: [Range<Int>]] {
        var found: [Int64: [Range<Int>]] = [:]
        guard let low = ids.min(), let high = ids.max() else { return found }
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid, CASE WHEN rowid IN (\(Array(repeating: "?", count: ids.count).joined(separator: ",")))
                               THEN highlight(statement_fts, 0, char(1), char(2)) END
            FROM statement_fts WHERE statement_fts MATCH ? AND rowid >= ? AND rowid <= ?
            """, arguments: StatementArguments(ids.map { $0 as any DatabaseValueConvertible } + [match, low, high]))
        for row in rows {
            guard let highlighted = row[1] as String? else { continue }
            var ranges: [Range<Int>] = []
            var offset = 0
            var start: Int?
            for scalar in highlighted.unicodeScalars {
                switch scalar {
                case "\u{1}": start = offset
                case "\u{2}":
                    if let s = start { ranges.append(s..<offset) }
                    start = nil
                default: offset += 1
                }
            }
            found[row[0]] = ranges
        }
        return found
    }

    /// The FTS5 query for what is being typed: as ``ftsQuery(_:)``, but the last word (three
    /// letters or more, with no space, `*` or `"` after it) also matches as a prefix, so each
    /// keystroke finds something; the word itself still matches in any form the stemmer joins.
    /// (A prefix of one or two letters matches most of the index and takes about a second.)
    static func typedQuery(_ typed: String) -> String? {
        guard let full = ftsQuery(typed), let last = typed.split(whereSeparator: \.isWhitespace).last, last.count >= 3,
              let tail = typed.last, !tail.isWhitespace, tail != "*", !last.contains("\""),
              typed.filter({ $0 == "\"" }).count % 2 == 0,
              let word = ftsQuery(String(last)), let prefix = ftsQuery(last + "*"), full.hasSuffix(word)
        else { return ftsQuery(typed) }
        // FTS5 of SQLite 3.40 takes no implicit AND before a parenthesis: `a (b OR b*)` is a syntax error.
        let before = full.dropLast(word.count)
        return before + (before.isEmpty ? "" : "AND ") + "(\(word) OR \(prefix))"
    }
}
