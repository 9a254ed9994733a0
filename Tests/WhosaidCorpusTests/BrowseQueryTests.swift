import Foundation
import Testing
@testable import WhosaidModel
@testable import WhosaidCorpus

/// The pages the corpus browser reads: counts and pages by article, person and words, and where
/// the words matched.
@Suite struct BrowseQueryTests {
    @Test func pagesByArticlePersonAndWordsWithTheirMatches() throws {
        let f = try CorpusFixture()
        try f.write("news/bridge.txt", InventedArticles.bridge)
        try f.write("news/ferry.md", InventedArticles.ferry)
        try f.write("news/market.txt", InventedArticles.market)
        _ = try f.index([f.path("news")])
        let corpus = try Corpus.openForReading(path: f.path("corpus.db"))

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
        let article = try #require(hers.first?.article)
        #expect(try corpus.statementCount(CorpusFilter(article: article)) == 2)
        #expect(try corpus.statements(ids: hers.map(\.id)).map(\.id) == hers.map(\.id).sorted())
        #expect(try corpus.document(ofArticle: article)?.text.contains("Halvorsen") == true)
    }

    @Test func theLastWordTypedIsAlsoAPrefixFromThreeLetters() {
        #expect(Corpus.typedQuery("harbour cra") == #""harbour" ("cra" OR "cra"*)"#)
        #expect(Corpus.typedQuery("ta") == #""ta""#)
        #expect(Corpus.typedQuery("costs ") == #""costs""#)
        #expect(Corpus.typedQuery("\"old boats\"") == #""old boats""#)
        #expect(Corpus.typedQuery("") == nil)
    }
}
