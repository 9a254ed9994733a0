import Foundation
import GRDB
import Testing
@testable import WhosaidCorpus

/// The schema: versioned by migrations, marked as a whosaid corpus, other files refused untouched.
@Suite struct CorpusSchemaTests {
    @Test func aNewCorpusHasEveryMigrationAndIsMarked() throws {
        let f = try CorpusFixture()
        let corpus = try Corpus.openForWriting(path: f.path("new.db"))
        try corpus.queue.read { db throws in
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == CorpusSchema.applicationID)
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == CorpusSchema.version)
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try CorpusSchema.migrator.appliedIdentifiers(db) == Set(CorpusSchema.migrations))
            for table in ["article", "statement", "actor", "mention", "topic", "person", "statement_fts", "article_fts"] {
                #expect(try db.tableExists(table), "\(table)")
            }
        }
    }

    @Test func anOlderCorpusIsMigratedAndKeepsItsArticles() throws {
        // A corpus as the first schema left it: articles, no people.
        let f = try CorpusFixture()
        let db = f.path("old.db")
        do {
            let queue = try DatabaseQueue(path: db)
            try CorpusSchema.migrator.migrate(queue, upTo: "v1-articles")
            try queue.write { db throws in
                try db.execute(sql: """
                    INSERT INTO article(id, key, hash, origin, analysed, text) VALUES (1, 'a1', 'h', 'a1.txt', 'whosaid 0.2', 'Text.');
                    INSERT INTO actor(id, article, number, name, kind, statements) VALUES (1, 1, 0, 'Ingrid Halvorsen', 'person', 1);
                    INSERT INTO statement(article, number, start, "end", text, kind, actor, paragraph, rule, confidence)
                      VALUES (1, 0, 0, 5, 'Text.', 'direct', 1, 1, 'trailing-cue', 0.9);
                    """)
                #expect(try !db.columns(in: "actor").contains { $0.name == "person" })
            }
            try queue.close()
        }
        // Opening it for indexing brings it up to date; the next run works out its people.
        let progress = try f.index([], db: "old.db")
        #expect(progress.people == 1)
        let corpus = try Corpus.openForReading(path: db)
        try corpus.queue.read { db throws in
            #expect(try CorpusSchema.migrator.appliedIdentifiers(db) == Set(CorpusSchema.migrations))
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == CorpusSchema.version)
            #expect(try String.fetchOne(db, sql: "SELECT person.name FROM actor JOIN person ON person.id = actor.person") == "Ingrid Halvorsen")
        }
        #expect(try corpus.searchStatements("text").count == 1)
    }

    @Test func anSQLiteDatabaseOfAnotherProgramIsRefusedAndLeftAlone() throws {
        let f = try CorpusFixture()
        let db = f.path("other.db")
        do {
            let queue = try DatabaseQueue(path: db)
            try queue.write { db throws in try db.execute(sql: "CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('x')") }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        #expect(throws: CorpusError.notACorpus(path: db, why: "an SQLite database of another program")) {
            try Corpus.openForWriting(path: db)
        }
        #expect(throws: CorpusError.notACorpus(path: db, why: "an SQLite database of another program")) {
            try Corpus.openForReading(path: db)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
    }

    @Test func aFileThatIsNoDatabaseIsRefused() throws {
        let f = try CorpusFixture()
        let db = try f.write("notes.db", "Remember the harbour meeting on Tuesday.\n")
        #expect(throws: CorpusError.notACorpus(path: db, why: "not an SQLite file")) { try Corpus.openForWriting(path: db) }
        let message = CorpusError.notACorpus(path: db, why: "not an SQLite file").description
        #expect(!message.contains("\n"))
    }

    @Test func aCorpusOfANewerSchemaIsRefused() throws {
        let f = try CorpusFixture()
        let db = f.path("newer.db")
        _ = try Corpus.openForWriting(path: db)
        do {
            let queue = try DatabaseQueue(path: db)
            try queue.write { db throws in try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v9-future')") }
            try queue.close()
        }
        let newer = CorpusError.newerSchema(path: db, version: CorpusSchema.version + 1)
        #expect(throws: newer) { try Corpus.openForWriting(path: db) }
        #expect(throws: newer) { try Corpus.openForReading(path: db) }
        #expect(newer.description.contains("newer whosaid"))
    }

    @Test func readingAMissingCorpusSaysHowToMakeOne() throws {
        let f = try CorpusFixture()
        #expect(throws: CorpusError.missing(path: f.path("none.db"))) { try Corpus.openForReading(path: f.path("none.db")) }
        #expect(!FileManager.default.fileExists(atPath: f.path("none.db")))
    }

    @Test func anEmptyFileBecomesACorpus() throws {
        let f = try CorpusFixture()
        let db = try f.write("empty.db", "")
        _ = try Corpus.openForWriting(path: db)
        #expect(try Corpus.openForReading(path: db).count("article") == 0)
    }
}
