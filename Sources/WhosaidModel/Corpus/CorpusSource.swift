/// What the corpus browser reads, a page at a time: the browser never holds every article,
/// person or statement of a corpus. The corpus database answers it (`WhosaidCorpus` adapts
/// `WhosaidCorpus.Corpus`); tests answer it from arrays. Errors are shown in the status line.
public protocol CorpusSource: Sendable {
    /// How many articles match `query` (a full-text query of titles and texts; "" for all).
    func articleCount(matching query: String) throws -> Int
    /// Articles `offset..<offset+limit` of those matching `query`, newest first.
    func articles(matching query: String, offset: Int, limit: Int) throws -> [CorpusArticleRow]
    /// How many people (and organisations) have a name or another name containing `name`.
    func peopleCount(matching name: String) throws -> Int
    /// People `offset..<offset+limit` of those matching `name`, most statements first.
    func people(matching name: String, offset: Int, limit: Int) throws -> [CorpusPersonRow]
    /// How many topics (with statements) contain `phrase` ("" for all).
    func topicCount(matching phrase: String) throws -> Int
    /// Topics `offset..<offset+limit` of those containing `phrase`, most statements first.
    func topics(matching phrase: String, offset: Int, limit: Int) throws -> [CorpusTopicRow]
    /// How many statements `filter` keeps.
    func statementCount(_ filter: CorpusFilter) throws -> Int
    /// The rows of `page` of the statements `filter` keeps, with the matches of its text query.
    func statements(_ filter: CorpusFilter, page: CorpusPage) throws -> [CorpusStatement]
    /// The ids and article ids of the first `limit` statements `filter` keeps, in its order
    /// (to mark or export them all without reading their texts).
    func statementKeys(_ filter: CorpusFilter, limit: Int) throws -> [(id: Int64, article: Int64)]
    /// The statements with these row ids (for an export), in any order.
    func statements(ids: [Int64]) throws -> [CorpusStatement]
    /// The text of article `id`, for the source pane.
    func document(ofArticle id: Int64) throws -> Document?
}

extension CorpusSource {
    /// No topics (a source without them).
    public func topicCount(matching phrase: String) throws -> Int { 0 }
    /// No topics (a source without them).
    public func topics(matching phrase: String, offset: Int, limit: Int) throws -> [CorpusTopicRow] { [] }

    /// Reads the statements themselves; a database answers with a query of ids alone.
    public func statementKeys(_ filter: CorpusFilter, limit: Int) throws -> [(id: Int64, article: Int64)] {
        try statements(filter, page: CorpusPage(offset: 0, limit: limit, total: limit)).map { ($0.id, $0.article) }
    }
}

/// One article in the articles pane.
public struct CorpusArticleRow: Hashable, Sendable {
    /// The article's row id.
    public var id: Int64
    /// Its key (JSONL id or file path), shown when it has no title.
    public var key: String
    public var title: String?
    public var date: String?
    /// The publisher or source, as given.
    public var source: String?
    /// How many statements it has.
    public var statements: Int

    /// Creates a row.
    public init(id: Int64, key: String, title: String? = nil, date: String? = nil, source: String? = nil, statements: Int) {
        self.id = id
        self.key = key
        self.title = title
        self.date = date
        self.source = source
        self.statements = statements
    }
}

/// One person (or organisation) in the people pane, with counts across the corpus.
public struct CorpusPersonRow: Hashable, Sendable {
    /// The person's row id.
    public var id: Int64
    public var name: String
    public var statements: Int
    public var articles: Int

    /// Creates a row.
    public init(id: Int64, name: String, statements: Int, articles: Int) {
        self.id = id
        self.name = name
        self.statements = statements
        self.articles = articles
    }
}

/// A topic across the corpus, in the pane people share with it: its phrase (``CorpusPersonRow/name``),
/// its row id, and the statements on it and the articles they are in.
public typealias CorpusTopicRow = CorpusPersonRow
