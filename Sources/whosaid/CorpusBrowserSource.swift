import WhosaidBrowser
import WhosaidCorpus
import WhosaidModel

/// The corpus browser's pages, read from a corpus database.
struct CorpusBrowserSource: CorpusSource {
    let corpus: Corpus

    func articleCount(matching query: String) throws -> Int {
        try corpus.articleCount(matching: query)
    }

    func articles(matching query: String, offset: Int, limit: Int) throws -> [CorpusArticleRow] {
        try corpus.articles(matching: query, offset: offset, limit: limit).map {
            CorpusArticleRow(id: $0.id, key: $0.key, title: $0.title, date: $0.date, source: $0.source, statements: $0.statements)
        }
    }

    func peopleCount(matching name: String) throws -> Int {
        try corpus.personCount(matching: name)
    }

    func people(matching name: String, offset: Int, limit: Int) throws -> [CorpusPersonRow] {
        try corpus.people(matching: name, offset: offset, limit: limit).map {
            CorpusPersonRow(id: $0.id, name: $0.name, statements: $0.statements, articles: $0.articles)
        }
    }

    func statementCount(_ filter: CorpusFilter) throws -> Int {
        try corpus.statementCount(filter)
    }

    func statements(_ filter: CorpusFilter, offset: Int, limit: Int) throws -> [CorpusStatement] {
        try corpus.statements(filter, offset: offset, limit: limit)
    }

    func statements(ids: [Int64]) throws -> [CorpusStatement] {
        try corpus.statements(ids: ids)
    }

    func document(ofArticle id: Int64) throws -> Document? {
        try corpus.document(ofArticle: id)
    }
}
