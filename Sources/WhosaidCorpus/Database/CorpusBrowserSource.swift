import WhosaidModel

/// The corpus browser's pages, read from a corpus database.
public struct CorpusBrowserSource: CorpusSource {
    /// The database read.
    public let corpus: Corpus

    /// A source reading `corpus`.
    public init(corpus: Corpus) { self.corpus = corpus }

    public func articleCount(matching query: String) throws -> Int {
        try corpus.articleCount(matching: query)
    }

    public func articles(matching query: String, offset: Int, limit: Int) throws -> [CorpusArticleRow] {
        try corpus.articles(matching: query, offset: offset, limit: limit).map {
            CorpusArticleRow(id: $0.id, key: $0.key, title: $0.title, date: $0.date, source: $0.source, statements: $0.statements)
        }
    }

    public func peopleCount(matching name: String) throws -> Int {
        try corpus.personCount(matching: name)
    }

    public func people(matching name: String, offset: Int, limit: Int) throws -> [CorpusPersonRow] {
        try corpus.people(matching: name, offset: offset, limit: limit).map {
            CorpusPersonRow(id: $0.id, name: $0.name, statements: $0.statements, articles: $0.articles)
        }
    }

    public func topicCount(matching phrase: String) throws -> Int {
        try corpus.topicCount(matching: phrase)
    }

    public func topics(matching phrase: String, offset: Int, limit: Int) throws -> [CorpusTopicRow] {
        try corpus.topics(matching: phrase, offset: offset, limit: limit).map {
            CorpusTopicRow(id: $0.id, name: $0.name, statements: $0.statements, articles: $0.articles)
        }
    }

    public func statementCount(_ filter: CorpusFilter) throws -> Int {
        try corpus.statementCount(filter)
    }

    public func statements(_ filter: CorpusFilter, page: CorpusPage) throws -> [CorpusStatement] {
        try corpus.statements(filter, page: page)
    }

    public func statementKeys(_ filter: CorpusFilter, limit: Int) throws -> [(id: Int64, article: Int64)] {
        try corpus.statementKeys(filter, limit: limit)
    }

    public func statements(ids: [Int64]) throws -> [CorpusStatement] {
        try corpus.statements(ids: ids)
    }

    public func document(ofArticle id: Int64) throws -> Document? {
        try corpus.document(ofArticle: id)
    }
}
