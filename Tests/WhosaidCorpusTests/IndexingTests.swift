import Foundation
import GRDB
import Testing
@testable import WhosaidModel
@testable import WhosaidCorpus

/// Indexing invented articles: incremental runs, interrupted runs, imports, search and people.
@Suite struct IndexingTests {
    @Test func unchangedArticlesAreSkippedAndChangedOnesReplaced() throws {
        let f = try CorpusFixture()
        try f.write("news/bridge.txt", InventedArticles.bridge)
        try f.write("news/ferry.md", InventedArticles.ferry)
        try f.write("news/sub/market.txt", InventedArticles.market)
        try f.write("news/notes.csv", "not an article")
        let first = try f.index([f.path("news")])
        #expect((first.added, first.replaced, first.unchanged, first.failed) == (3, 0, 0, 0))
        let counts = try f.counts()
        #expect(counts["article"] == 3)

        let second = try f.index([f.path("news")])
        #expect((second.added, second.replaced, second.unchanged) == (0, 0, 3))
        #expect(try f.counts() == counts)

        try f.write("news/ferry.md", InventedArticles.ferry.replacingOccurrences(of: "ten years", with: "twelve winters"))
        let third = try f.index([f.path("news")])
        #expect((third.added, third.replaced, third.unchanged) == (0, 1, 2))
        let after = try f.counts()
        for table in ["article", "statement", "actor", "person"] { #expect(after[table] == counts[table], "\(table)") }
        let corpus = try Corpus.openForReading(path: f.path("corpus.db"))
        #expect(try corpus.searchStatements("twelve winters").count == 1)
        #expect(try corpus.searchStatements("ten years").isEmpty)
        #expect(try corpus.searchArticles("ten years").isEmpty)
        #expect(try corpus.integrityCheck() == "ok")
        // The full-text indexes (kept by triggers) agree with their tables after a replacement.
        try Corpus.openForWriting(path: f.path("corpus.db")).queue.write { db in
            for fts in ["statement_fts", "article_fts", "person_fts"] {
                try db.execute(sql: "INSERT INTO \(fts)(\(fts), rank) VALUES ('integrity-check', 1)")
            }
        }
    }

    @Test func anInterruptedRunKeepsItsBatchesAndTheNextRunFinishes() throws {
        let f = try CorpusFixture()
        let lines = (0..<6).map { i in
            InventedArticles.jsonl(id: "doc\(i)", text: [InventedArticles.bridge, InventedArticles.ferry, InventedArticles.market][i % 3]
                + "\n\nItem \(i).")
        }
        let input = try f.write("docs.jsonl", lines.joined(separator: "\n") + "\n")
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try f.index([input], db: "cut.db", batchSize: 2) { batches in if batches == 2 { throw Stop() } }
        }
        let cut = try Corpus.openForReading(path: f.path("cut.db"))
        #expect(try cut.integrityCheck() == "ok")
        #expect(try cut.count("article") == 4)
        #expect(try cut.peopleAreStale())

        let rerun = try f.index([input], db: "cut.db", batchSize: 2)
        #expect((rerun.added, rerun.unchanged) == (2, 4))
        _ = try f.index([input], db: "whole.db")
        #expect(try f.counts("cut.db") == f.counts("whole.db"))
        #expect(try !Corpus.openForReading(path: f.path("cut.db")).peopleAreStale())
    }

    @Test func peopleAcrossArticlesWithDatesFromJSONL() throws {
        let f = try CorpusFixture()
        let input = try f.write("docs.jsonl", [
            InventedArticles.jsonl(id: "a", text: InventedArticles.bridge, date: "2024-02-03"),
            InventedArticles.jsonl(id: "b", text: InventedArticles.ferry, date: "2024-05-20", title: "Fares"),
            InventedArticles.jsonl(id: "c", text: InventedArticles.market),
        ].joined(separator: "\n"))
        _ = try f.index([input])
        let corpus = try Corpus.openForReading(path: f.path("corpus.db"))
        let halvorsen = try #require(try corpus.people(name: "Halvorsen").first)
        #expect(halvorsen.name == "Ingrid Halvorsen")
        #expect((halvorsen.articles, halvorsen.firstDate, halvorsen.lastDate) == (2, "2024-02-03", "2024-05-20"))
        #expect(Set(halvorsen.roles) == ["the mayor of Vesterby", "the city's mayor"])
        let brekkes = try corpus.people(name: "Brekke").map(\.name).sorted()
        #expect(brekkes == ["Anna Brekke", "Tomas Brekke"])
        #expect(try corpus.people(name: "Tomas Brekke").first?.articles == 2)
        // Dates and titles are the JSONL's; without them, none (the headline stands as title).
        try corpus.queue.read { db throws in
            #expect(try String?.fetchOne(db, sql: "SELECT date FROM article WHERE key = 'c'") == .some(nil))
            #expect(try String.fetchOne(db, sql: "SELECT title FROM article WHERE key = 'b'") == "Fares")
            #expect(try String.fetchOne(db, sql: "SELECT title FROM article WHERE key = 'c'") == "Fish Market Reopens After Repairs")
        }
    }

    @Test func extractOutputIsImportedWithoutAnalysis() throws {
        let f = try CorpusFixture()
        let analysis = Engine().analyze(text: InventedArticles.bridge)
        let line = String(decoding: AnalysisJSON.line(analysis, id: "bridge-1"), as: UTF8.self)
        let input = try f.write("out.jsonl", line + "\n")
        let progress = try f.index([input])
        #expect(progress.statements == analysis.statements.count)
        let corpus = try Corpus.openForReading(path: f.path("corpus.db"))
        try corpus.queue.read { db throws in
            #expect(try String.fetchOne(db, sql: "SELECT analysed FROM article") == "imported")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM actor") == analysis.actors.count)
        }
        // The "why this speaker" chain and the cue come through the JSON too.
        let article = try #require(try corpus.articles().first)
        let imported = try #require(try corpus.analysis(ofArticle: article.id))
        #expect(imported.statements.map(\.link) == analysis.statements.map(\.link))
        #expect(imported.statements.map(\.speakerMention) == analysis.statements.map(\.speakerMention))
        #expect(imported.statements.map(\.cueSpan) == analysis.statements.map(\.cueSpan))
        #expect(analysis.statements.contains { $0.link != nil })
        let hit = try #require(try corpus.searchStatements("study costs").first)
        #expect(hit.person == "Ingrid Halvorsen")
        #expect(hit.article == "bridge-1")
        #expect(hit.snippet.contains("[costs]"))
    }

    @Test func goldDataWithQuotesButNoActorsIsAnalysed() throws {
        let f = try CorpusFixture()
        // PolNeAR-like gold: the annotators' quotes, no actors.
        let object: [String: Any] = ["id": "g1", "text": InventedArticles.market, "quotes": [["start": 0, "end": 4, "speaker": "Nobody"]]]
        let gold = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        let input = try f.write("gold.jsonl", gold + "\n")
        let progress = try f.index([input])
        #expect(progress.added == 1)
        let corpus = try Corpus.openForReading(path: f.path("corpus.db"))
        try corpus.queue.read { db throws in
            #expect(try String.fetchOne(db, sql: "SELECT analysed FROM article") == "whosaid test")
        }
        #expect(try corpus.people(name: "Kwame Osei").count == 1)
        #expect(try corpus.people(name: "Nobody").isEmpty)
    }

    @Test func badInputsAreReportedAndTheRestIndexed() throws {
        let f = try CorpusFixture()
        let input = try f.write("docs.jsonl", "not json\n{\"id\": \"x\"}\n\n" + InventedArticles.jsonl(id: "ok", text: InventedArticles.market) + "\n")
        var indexer = Indexer(corpus: try Corpus.openForWriting(path: f.path("corpus.db")), analysedBy: "whosaid test")
        var problems: [String] = []
        indexer.onProblem = { problems.append($0) }
        let progress = try indexer.run(paths: [input, f.path("missing")])
        #expect((progress.added, progress.failed) == (1, 3))
        #expect(problems.count == 3)
        #expect(problems.allSatisfy { !$0.contains("\n") })
    }

    @Test func searchReadsWordsPhrasesAndPrefixesButNoQuerySyntax() throws {
        let f = try CorpusFixture()
        try f.write("a.txt", InventedArticles.bridge)
        try f.write("b.txt", InventedArticles.ferry)
        _ = try f.index([f.path("a.txt"), f.path("b.txt")])
        let corpus = try Corpus.openForReading(path: f.path("corpus.db"))
        #expect(try corpus.searchStatements("cost").count == 2)          // "costs" and "cost": one stem
        #expect(try corpus.searchStatements("\"higher fares\"").count == 1)
        #expect(try corpus.searchStatements("\"fares higher\"").isEmpty)
        #expect(try corpus.searchStatements("tax*").count == 1)
        #expect(try corpus.searchStatements("fares OR costs").isEmpty)  // OR is a word here
        #expect(try corpus.searchStatements("NEAR( \"").isEmpty)       // no syntax error
        #expect(try corpus.searchStatements("   ").isEmpty)
        #expect(Corpus.ftsQuery("higher \"the boats\" tax*") == "\"higher\" \"the boats\" \"tax\"*")
    }
}

/// Reading articles back: the list a browser pane pages through, and one article's analysis.
@Suite struct ArticleReadingTests {
    @Test func theStoredAnalysisIsTheEnginesAnalysis() throws {
        let f = try CorpusFixture()
        let path = try f.write("bridge.txt", InventedArticles.bridge)
        _ = try f.index([path])
        let corpus = try Corpus.openForReading(path: f.path("corpus.db"))
        let article = try #require(try corpus.articles().first)
        let stored = try #require(try corpus.analysis(ofArticle: article.id))
        let fresh = Engine().analyze(text: InventedArticles.bridge)
        #expect(stored.document.text == fresh.document.text)
        #expect(stored.statements == fresh.statements)
        #expect(stored.actors == fresh.actors)
        #expect(stored.topics.map(\.phrase) == fresh.topics.map(\.phrase))
        #expect(stored.topics.map(\.statementIDs) == fresh.topics.map(\.statementIDs))
        #expect(try corpus.analysis(ofArticle: article.id + 100) == nil)
    }

    @Test func articlesArePagedNewestFirstWithTheirStatementCounts() throws {
        let f = try CorpusFixture()
        let input = try f.write("docs.jsonl", [
            InventedArticles.jsonl(id: "old", text: InventedArticles.bridge, date: "2023-04-01"),
            InventedArticles.jsonl(id: "undated", text: InventedArticles.market),
            InventedArticles.jsonl(id: "new", text: InventedArticles.ferry, date: "2024-09-30"),
        ].joined(separator: "\n"))
        _ = try f.index([input])
        let corpus = try Corpus.openForReading(path: f.path("corpus.db"))
        #expect(try corpus.articles().map(\.key) == ["new", "old", "undated"])
        #expect(try corpus.articles(offset: 1, limit: 1).map(\.key) == ["old"])
        let counts = try corpus.articles().map(\.statements)
        #expect(counts.allSatisfy { $0 > 0 })
        #expect(counts.reduce(0, +) == (try corpus.count("statement")))
    }
}
