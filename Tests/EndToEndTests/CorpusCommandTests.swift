import Foundation
import Testing
import WhosaidCorpus

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `whosaid index`, `search` and `people` run as a user runs them, on invented articles.
@Suite struct CorpusCommandTests {
    /// A folder of its own for each test.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-corpus-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Invented articles as JSONL: the same three speakers in turn, one article a line.
    static func documents(_ count: Int) -> String {
        let speakers = [("Ingrid Halvorsen", "the mayor"), ("Tomas Brekke", "a councillor"), ("Kwame Osei", "the market's manager")]
        return (0..<count).map { i in
            let (name, role) = speakers[i % speakers.count]
            let text = """
                Harbour Report \(i)

                “The harbour needs \(i + 2) new cranes before the winter,” said \(name), \(role).

                \(name.split(separator: " ").last!) said the budget for item \(i) was approved on Monday.
                """
            let data = try! JSONSerialization.data(withJSONObject: ["id": "h\(i)", "text": text, "date": "2024-01-\(10 + i % 20)"], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    @Test func aKilledIndexerLeavesAConsistentCorpusAndARerunFinishesIt() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("docs.jsonl").path
        try Self.documents(12).write(toFile: input, atomically: true, encoding: .utf8)
        let killed = dir.appendingPathComponent("killed.db").path
        let whole = dir.appendingPathComponent("whole.db").path

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(whosaidBinary()))
        process.arguments = ["index", input, "--db", killed, "--batch-size", "2"]
        process.environment = ProcessInfo.processInfo.environment.merging(["WHOSAID_TEST_INDEX_PAUSE": "0.5"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once a batch is committed and before the last one is.
        let deadline = Date().addingTimeInterval(120)
        var committed = 0
        while committed < 2, Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            committed = (try? Corpus.openForReading(path: killed).count("article")) ?? 0
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let cut = try Corpus.openForReading(path: killed)
        #expect(try cut.integrityCheck() == "ok")
        let kept = try cut.count("article")
        #expect(kept >= 2 && kept < 12 && kept % 2 == 0, "whole batches only: \(kept)")

        let rerun = try whosaid(["index", input, "--db", killed])
        #expect(rerun.status == 0)
        #expect(rerun.stdout.contains("\(12 - kept) new, 0 changed, \(kept) unchanged, 0 failed"))
        #expect(try whosaid(["index", input, "--db", whole]).status == 0)
        let after = try Corpus.openForReading(path: killed)
        let reference = try Corpus.openForReading(path: whole)
        for table in ["article", "statement", "actor", "person", "topic", "mention"] {
            #expect(try after.count(table) == reference.count(table), "\(table)")
        }
        #expect(try after.integrityCheck() == "ok")
        let people = try whosaid(["people", killed, "--format", "json"]).stdout
        #expect(people == (try whosaid(["people", whole, "--format", "json"]).stdout))
    }

    @Test func indexThenSearchAndListPeople() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("docs.jsonl").path
        try Self.documents(6).write(toFile: input, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("c.db").path

        let first = try whosaid(["index", input, "--db", db])
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty)   // not a terminal: no progress bar, one summary line
        #expect(first.stdout.hasPrefix("indexed 6 articles into \(db) in "))
        #expect(first.stdout.filter { $0 == "\n" }.count == 1)
        #expect(try whosaid(["index", input, "--db", db]).stdout.contains("0 new, 0 changed, 6 unchanged"))

        let people = try whosaid(["people", db])
        #expect(people.stdout.split(separator: "\n").first?.hasPrefix("Ingrid Halvorsen") == true)
        #expect(people.stdout.contains("4 statements in 2 articles  2024-01-10–2024-01-13"))

        let search = try whosaid(["search", db, "6", "cranes", "--format", "json"])
        #expect(search.status == 0)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]])
        #expect(hits.count == 1)
        #expect(hits.first?["person"] as? String == "Tomas Brekke")
        #expect(hits.first?["article"] as? String == "h4")
    }

    @Test func aDatabaseOfAnotherProgramGetsOneLine() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notes = dir.appendingPathComponent("notes.db").path
        try "Remember the harbour meeting.\n".write(toFile: notes, atomically: true, encoding: .utf8)
        for arguments in [["index", dir.path, "--db", notes], ["people", notes], ["search", notes, "harbour"]] {
            let run = try whosaid(arguments)
            #expect(run.status == 1)
            #expect(run.stderr == "whosaid: \(notes): not a whosaid corpus database (not an SQLite file)\n")
        }
        let missing = try whosaid(["people", dir.appendingPathComponent("none.db").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such corpus database"))
    }
}
