import Foundation
import WhosaidBrowser
@testable import WhosaidModel

/// An invented corpus in arrays, answering the corpus browser as the database does (newest
/// articles first, people with the most statements first, a word search of statements), and
/// remembering the largest page asked for.
final class ArrayCorpus: CorpusSource, @unchecked Sendable {
    struct Person { var id: Int64; var name: String }
    let articles: [CorpusArticleRow]
    let people: [CorpusPersonRow]
    let statementsByID: [CorpusStatement]
    let texts: [Int64: String]
    private let lock = NSLock()
    private var largest = 0
    private var asked: [CorpusPage] = []
    /// The most rows one call asked for.
    var largestPage: Int { lock.withLock { largest } }
    /// The pages of statements asked for, in order.
    var statementPages: [CorpusPage] { lock.withLock { asked } }

    /// `count` articles (newest first) by `speakers` in turn, each with two statements.
    init(articles count: Int = 3, speakers: [String] = ["Ingrid Halvorsen", "Tomas Brekke"]) {
        var articles: [CorpusArticleRow] = []
        var statements: [CorpusStatement] = []
        var texts: [Int64: String] = [:]
        for i in 0..<count {
            let id = Int64(i + 1)
            let speaker = speakers[i % speakers.count]
            let quote = "“The harbour needs \(i + 2) new cranes,”"
            let claim = "the ferry to island \(i) runs on time"
            let text = "Harbour Report \(i)\n\n\(quote) said \(speaker).\n\n\(speaker) said that \(claim)."
            texts[id] = text
            let quoteStart = "Harbour Report \(i)\n\n".unicodeScalars.count
            let claimStart = text.unicodeScalars.count - claim.unicodeScalars.count - 1
            articles.append(CorpusArticleRow(id: id, key: "h\(i)", title: "Harbour Report \(i)", date: "2024-01-\(10 + count - i)", source: "the Gazette", statements: 2))
            for (n, (start, body, kind)) in [(quoteStart, quote, StatementKind.direct), (claimStart, claim, .indirect)].enumerated() {
                statements.append(CorpusStatement(
                    id: Int64(statements.count + 1), article: id, articleKey: "h\(i)", title: "Harbour Report \(i)",
                    date: "2024-01-\(10 + count - i)", speaker: speaker, person: Int64(speakers.firstIndex(of: speaker)! + 1), role: nil,
                    statement: Statement(
                        id: n, span: TextSpan(start: start, end: start + body.unicodeScalars.count), text: body, kind: kind,
                        cue: "said", paragraph: n + 1, rule: .unattributed, confidence: 0.9)))
            }
        }
        self.articles = articles
        self.statementsByID = statements
        self.texts = texts
        self.people = speakers.enumerated().map { i, name in
            let n = statements.count { $0.speaker == name }
            return CorpusPersonRow(id: Int64(i + 1), name: name, statements: n, articles: n / 2)
        }.sorted { $0.statements > $1.statements }
    }

    private func page<T>(_ rows: [T], _ offset: Int, _ limit: Int) -> [T] {
        lock.withLock { largest = max(largest, limit) }
        return Array(rows.dropFirst(offset).prefix(limit))
    }

    private func articlesMatching(_ q: String) -> [CorpusArticleRow] {
        q.isEmpty ? articles : articles.filter { texts[$0.id]!.lowercased().contains(q.lowercased()) }
    }

    private func peopleMatching(_ q: String) -> [CorpusPersonRow] {
        q.isEmpty ? people : people.filter { $0.name.lowercased().contains(q.lowercased()) }
    }

    /// The statements `filter` keeps, with the places the text query matched.
    func kept(_ filter: CorpusFilter) -> [CorpusStatement] {
        let person = filter.person.flatMap { id in people.first { $0.id == id }?.name }
        return statementsByID.compactMap { s in
            if let article = filter.article, s.article != article { return nil }
            if filter.person != nil, s.speaker != person { return nil }
            if let topic = filter.topic, !s.statement.text.contains(Self.topics[Int(topic) - 1]) { return nil }
            guard !filter.text.isEmpty else { return s }
            let scalars = Array(s.statement.text.lowercased().unicodeScalars)
            let query = Array(filter.text.lowercased().unicodeScalars)
            var s = s
            s.matches = scalars.indices.filter { Array(scalars[$0...].prefix(query.count)) == query }.map { $0..<($0 + query.count) }
            return s.matches.isEmpty ? nil : s
        }
    }

    func articleCount(matching query: String) throws -> Int { articlesMatching(query).count }
    func articles(matching query: String, offset: Int, limit: Int) throws -> [CorpusArticleRow] { page(articlesMatching(query), offset, limit) }
    func peopleCount(matching name: String) throws -> Int { peopleMatching(name).count }
    func people(matching name: String, offset: Int, limit: Int) throws -> [CorpusPersonRow] { page(peopleMatching(name), offset, limit) }
    /// The topics: the statements with the word are on it (row id: place in this list + 1).
    static let topics = ["cranes", "ferry"]
    private func topicsMatching(_ q: String) -> [CorpusTopicRow] {
        Self.topics.enumerated().map { i, phrase in
            let on = kept(CorpusFilter(topic: Int64(i + 1)))
            return CorpusTopicRow(id: Int64(i + 1), name: phrase, statements: on.count, articles: Set(on.map(\.article)).count)
        }.filter { q.isEmpty || $0.name.contains(q.lowercased()) }
    }
    func topicCount(matching phrase: String) throws -> Int { topicsMatching(phrase).count }
    func topics(matching phrase: String, offset: Int, limit: Int) throws -> [CorpusTopicRow] { page(topicsMatching(phrase), offset, limit) }
    func statementCount(_ filter: CorpusFilter) throws -> Int { kept(filter).count }
    func statements(_ filter: CorpusFilter, page: CorpusPage) throws -> [CorpusStatement] {
        lock.withLock { asked.append(page) }
        let rows = kept(filter)
        // As a database seeking by id would: the row after `after`, or `limit` rows before `before`.
        if let after = page.after, let i = rows.firstIndex(where: { $0.id == after }) { return self.page(rows, i + 1, page.limit) }
        if let before = page.before, let i = rows.firstIndex(where: { $0.id == before }) {
            return self.page(rows, max(0, i - page.limit), min(i, page.limit))
        }
        return self.page(rows, page.offset, page.limit)
    }
    func statements(ids: [Int64]) throws -> [CorpusStatement] { statementsByID.filter { ids.contains($0.id) } }
    func document(ofArticle id: Int64) throws -> Document? { texts[id].map { Document(name: "h\(id - 1)", text: $0) } }
}

/// `state` after `actions`.
func run(_ state: CorpusState, _ actions: Action...) -> CorpusState {
    actions.reduce(state, reduce)
}

/// `state` after typing `text`.
func type(_ text: String, into state: CorpusState) -> CorpusState {
    text.reduce(state) { reduce($0, .insert($1)) }
}
