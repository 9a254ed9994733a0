import Foundation
import Testing
@testable import WhosaidModel

/// `speakers`, `extract` and `export` over a corpus database (`--db`), as a user runs them.
@Suite struct CorpusDatabaseCommandTests {
    /// A folder holding `corpus.db`, indexed from twelve invented articles (three speakers in turn).
    static func indexed() throws -> (dir: URL, db: String) {
        let dir = try CorpusCommandTests.folder()
        let input = dir.appendingPathComponent("docs.jsonl").path
        try CorpusCommandTests.documents(12).write(toFile: input, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("corpus.db").path
        let run = try whosaid(["index", input, "--db", db])
        try #require(run.status == 0, "\(run.stderr)")
        return (dir, db)
    }

    @Test func speakersListsEachPersonWithCountsAsTextAndAsSchemaValidJSON() throws {
        let (dir, db) = try Self.indexed()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try whosaid(["speakers", "--db", db])
        #expect(text.status == 0)
        let line = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("Ingrid Halvorsen") })
        #expect(line.contains("8 statements in 4 articles"), "\(text.stdout)")
        #expect(line.contains("(also: Halvorsen)"), "\(text.stdout)")

        let json = try whosaid(["speakers", "--db", db, "--format", "json"])
        #expect(json.status == 0)
        let people = try #require(try JSONValue.parse(Data(json.stdout.utf8)).arrayValue)
        let schema = try JSONSchema(contentsOf: JSONSchemaTests.schemaURL)
        for person in people { #expect(schema.errors(person, definition: "corpus_speaker") == []) }
        let ingrid = try #require(people.compactMap(\.objectValue).first { $0["name"]?.stringValue == "Ingrid Halvorsen" })
        #expect(ingrid["statements"] == .number("8") && ingrid["articles"] == .number("4"))
        #expect(ingrid["aliases"] == .array([.string("Halvorsen")]))
        #expect(ingrid["first_date"]?.stringValue == "2024-01-10" && ingrid["last_date"]?.stringValue == "2024-01-19")

        let jsonl = try whosaid(["speakers", "--db", db, "--format", "jsonl"])
        #expect(try jsonl.stdout.split(separator: "\n").map { try JSONValue.parse(Data($0.utf8)) } == people)
    }

    @Test func extractKeepsTheSpeakersStatementsAcrossArticlesInExtractsOwnJSON() throws {
        let (dir, db) = try Self.indexed()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try whosaid(["extract", "--db", db, "--speaker", "Brekke", "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        let schema = try JSONSchema(contentsOf: JSONSchemaTests.schemaURL)
        let articles = try run.stdout.split(separator: "\n").map { try JSONValue.parse(Data($0.utf8)) }
        // Tomas Brekke speaks in articles 1, 4, 7 and 10, oldest first; nobody else is listed.
        #expect(articles.map { $0.objectValue?["id"]?.stringValue } == ["h1", "h4", "h7", "h10"])
        for article in articles {
            #expect(schema.errors(article, definition: "extract") == [])
            let speakers = article.objectValue?["quotes"]?.arrayValue?.map { $0.objectValue?["speaker"]?.stringValue }
            #expect(speakers == ["Tomas Brekke", "Tomas Brekke"])
        }
        // A topic narrows further; json is the same objects in one array; text heads each article.
        let topic = try whosaid(["extract", "--db", db, "--speaker", "Brekke", "--topic", "budget", "--format", "json"])
        let array = try #require(try JSONValue.parse(Data(topic.stdout.utf8)).arrayValue)
        #expect(array.count == 4)
        #expect(array.allSatisfy { $0.objectValue?["quotes"]?.arrayValue?.count == 1 })
        let text = try whosaid(["extract", "--db", db, "--speaker", "Kwame Osei"])
        #expect(text.stdout.hasPrefix("# h2: 2 statements, 1 speaker\n"), "\(text.stdout)")
        // Without filters every article is listed.
        #expect(try whosaid(["extract", "--db", db, "--format", "jsonl"]).stdout.split(separator: "\n").count == 12)
    }

    @Test func exportWritesTheSpeakersStatementsWithTheirArticlesAndNeverOverwritesSilently() throws {
        let (dir, db) = try Self.indexed()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("osei.md").path
        let first = try whosaid(["export", "--db", db, "--speaker", "Osei", "-o", out])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "Exported 8 statements to \(out)\n")
        let markdown = try String(contentsOfFile: out, encoding: .utf8)
        #expect(markdown.hasPrefix("# Statements from corpus.db\n\n- Source: corpus.db\n- Statements: 8\n- Articles: 4\n- Order: grouped by speaker\n\n## Kwame Osei\n"))
        #expect(markdown.contains("**Quote** · cue: said · paragraph 2 · *Harbour Report 2* (2024-01-12) · the market's manager\n\n> “The harbour needs 4 new cranes before the winter,”"), "\(markdown)")
        #expect(!markdown.contains("Halvorsen"))

        let again = try whosaid(["export", "--db", db, "--speaker", "Halvorsen", "-o", out])
        #expect(again.status == 1)
        #expect(again.stderr == "whosaid: \(out): already exists; pass --force to replace it, or choose another name with -o\n")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == markdown)
        let forced = try whosaid(["export", "--db", db, "--speaker", "Halvorsen", "-o", out, "--force", "--group-by", "article"])
        #expect(forced.status == 0)
        let byArticle = try String(contentsOfFile: out, encoding: .utf8)
        #expect(byArticle.contains("## *Harbour Report 0* (2024-01-10)\n\n**Quote** — Ingrid Halvorsen (the mayor) · cue: said · paragraph 2"), "\(byArticle)")
    }

    @Test func mistakesGetOneLineThatSaysWhatToDo() throws {
        let (dir, db) = try Self.indexed()
        defer { try? FileManager.default.removeItem(at: dir) }
        let noSpeaker = try whosaid(["export", "--db", db])
        #expect(noSpeaker.status != 0)
        #expect(noSpeaker.stderr.contains("--db needs --speaker NAME: whose statements to export (whosaid speakers --db \(db) lists them)"))
        let missing = dir.appendingPathComponent("none.db").path
        for command in ["speakers", "extract"] {
            let run = try whosaid([command, "--db", missing])
            #expect(run.status == 1)
            #expect(run.stderr == "whosaid: \(missing): no such corpus database (create one with whosaid index)\n")
        }
        let both = try whosaid(["extract", "--db", db, "seeds/000_5f41ddfe102fbffe.txt"])
        #expect(both.status != 0 && both.stderr.contains("leave out the FILE arguments"))
    }
}
