import Foundation
import Testing
@testable import WhosaidModel
@testable import WhosaidCorpus

/// The pages the corpus browser reads: counts and pages by article, person and words, and where
/// the words matched.
@Suite struct BrowseQueryTests {
    /// The three invented articles indexed, and the corpus open for reading (keep the fixture:
    /// its folder goes with it).
    static func threeArticles() throws -> (CorpusFixture, Corpus) {
        let f = try CorpusFixture()
        try f.write("news/bridge.txt", InventedArticles.bridge)
        try f.write("news/ferry.md", InventedArticles.ferry)
        try f.write("news/market.txt", InventedArticles.market)
        _ = try f.index([f.path("news")])
        return (f, try Corpus.openForReading(path: f.path("corpus.db")))
    }

    @Test func pagesByArticlePersonAndWordsWithTheirMatches() throws {
        let (f, corpus) = try Self.threeArticles()
        defer { withExtendedLifetime(f) {} }

        #expect(try corpus.articleCount(matching: "") == 3)
        #expect(try corpus.articleCount(matching: "fares") == 1)
        let all = try corpus.statementCount(CorpusFilter())
        #expect(all > 4)
        #expect(try corpus.statements(CorpusFilter(), offset: 0, limit: 2).count == 2)

        let ingrid = try #require(try corpus.people(matching: "Halvorsen", offset: 0, limit: 10).first)
        #expect(ingrid.name == "Ingrid Halvorsen" && ingrid.articles == 2)
        #expect(try corpus.personCount(matching: "Halvorsen") == 1)
        let hers = try corpus.statements(CorpusFilter(person: ingrid.id), offset: 0, limit: 50)
        #expect(hers.count == 2 && hers.allSatisfy { $0.speaker == "Ingrid Halvorsen" })
        #expect(Set(hers.map(\.article)).count == 2)

        // Words in any form the stemmer joins, and the last word typed as a prefix.
        let costs = try corpus.statements(CorpusFilter(text: "cost"), offset: 0, limit: 50)
        #expect(costs.count == 2)
        for s in costs {
            let scalars = Array(s.statement.text.unicodeScalars)
            let matched = s.matches.map { String(String.UnicodeScalarView(scalars[$0])) }
            #expect(matched.allSatisfy { $0.hasPrefix("cost") }, "\(matched)")
            #expect(!matched.isEmpty)
        }
        #expect(try corpus.statementCount(CorpusFilter(text: "millio")) == 1)
        // Two words typed, the last one a prefix (SQLite's FTS5 refused this before it said AND).
        let twoWords = try corpus.statements(CorpusFilter(text: "would cos"), offset: 0, limit: 50)
        let twoWordCount = try corpus.statementCount(CorpusFilter(text: "would cos"))
        #expect(!twoWords.isEmpty && twoWords.count == twoWordCount)
        let article = try #require(hers.first?.article)
        #expect(try corpus.statementCount(CorpusFilter(article: article)) == 2)
        #expect(try corpus.statements(ids: hers.map(\.id)).map(\.id) == hers.map(\.id).sorted())
        #expect(try corpus.document(ofArticle: article)?.text.contains("Halvorsen") == true)
    }

    @Test func theLastWordTypedIsAlsoAPrefixFromThreeLetters() {
        #expect(Corpus.typedQuery("harbour cra") == #""harbour" AND ("cra" OR "cra"*)"#)
        #expect(Corpus.typedQuery("ta") == #""ta""#)
        #expect(Corpus.typedQuery("costs ") == #""costs""#)
        #expect(Corpus.typedQuery("\"old boats\"") == #""old boats""#)
        #expect(Corpus.typedQuery("") == nil)
    }

    @Test func pagesReadByIdAreThePagesReadByOffset() throws {
        let (f, corpus) = try Self.threeArticles()
        defer { withExtendedLifetime(f) {} }
        let brekke = try #require(try corpus.people(matching: "Tomas Brekke", offset: 0, limit: 1).first).id
        let filters = [
            CorpusFilter(), CorpusFilter(text: "the"), CorpusFilter(text: "cost"), CorpusFilter(person: brekke),
            CorpusFilter(article: 2), CorpusFilter(article: 1, person: brekke), CorpusFilter(topic: 1), CorpusFilter(topic: 2, text: "the"),
        ]
        for filter in filters {
            let total = try corpus.statementCount(filter)
            let all = try corpus.statements(filter, offset: 0, limit: total).map(\.id)
            #expect(all.count == total && total >= 1, "\(filter)")
            if filter.person == nil, filter.article == nil { #expect(all == all.sorted()) }
            for start in 0..<total {
                for limit in 1...3 where start + limit <= total {
                    let wanted = Array(all[start..<(start + limit)])
                    let page = CorpusPage(offset: start, limit: limit, total: total)
                    #expect(try corpus.statements(filter, page: page).map(\.id) == wanted, "offset \(start)")
                    if start > 0 {
                        let after = CorpusPage(offset: start, limit: limit, total: total, after: all[start - 1])
                        #expect(try corpus.statements(filter, page: after).map(\.id) == wanted, "after \(start)")
                    }
                    if start + limit < total {
                        let before = CorpusPage(offset: start, limit: limit, total: total, before: all[start + limit])
                        #expect(try corpus.statements(filter, page: before).map(\.id) == wanted, "before \(start)")
                    }
                }
            }
            #expect(try corpus.statementKeys(filter, limit: total).map(\.id) == all)
        }
    }

    @Test func topicsAcrossTheCorpusAreTotalledAndListTheirStatements() throws {
        let (f, corpus) = try Self.threeArticles()
        defer { withExtendedLifetime(f) {} }
        let total = try corpus.topicCount(matching: "")
        let topics = try corpus.topics(matching: "", offset: 0, limit: 100)
        #expect(total > 0 && topics.count == total)
        #expect(zip(topics, topics.dropFirst()).allSatisfy { $0.statements >= $1.statements })
        let top = try #require(topics.first)
        let on = try corpus.statements(CorpusFilter(topic: top.id), offset: 0, limit: 100)
        #expect(on.count == top.statements && Set(on.map(\.article)).count == top.articles, "\(top)")
        #expect(try corpus.statementCount(CorpusFilter(topic: top.id)) == top.statements)
        let phrase = String(top.name.prefix(4)).uppercased()
        #expect(try corpus.topics(matching: phrase, offset: 0, limit: 100).contains { $0.id == top.id })
        // The people pass totals them again after a change, in any case of the phrase.
        try corpus.queue.read { db in
            let stored = try Int.fetchOne(db, sql: "SELECT count(DISTINCT phrase COLLATE NOCASE) FROM topic JOIN statement_topic ON statement_topic.topic = topic.id")
            #expect(stored == total)
        }
    }

    @Test func peopleAreFoundByAnyPartOfAnyOfTheirNamesInAnyCase() throws {
        let (f, corpus) = try Self.threeArticles()
        defer { withExtendedLifetime(f) {} }
        for part in ["alvors", "HALV", "ngrid H", "Ingrid Halvorsen"] {
            #expect(try corpus.people(matching: part, offset: 0, limit: 10).map(\.name) == ["Ingrid Halvorsen"], "\(part)")
            #expect(try corpus.personCount(matching: part) == 1, "\(part)")
        }
        #expect(try corpus.personCount(matching: "br") >= 2)   // two letters: every name is read
        #expect(try corpus.personCount(matching: "O\"Bri") == 0)
        #expect(try corpus.personCount(matching: "100%") == 0)
        // The trigram index agrees with the people (the people pass wrote both).
        try Corpus.openForWriting(path: f.path("corpus.db")).queue.write { db in
            try db.execute(sql: "INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)")
        }
    }
}
