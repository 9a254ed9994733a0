import Foundation
import Testing
import WhosaidBrowser
import WhosaidCorpus
@testable import WhosaidModel

/// A corpus browser open on a database while `whosaid index` adds to it keeps working: every
/// key is answered from the last committed batch, with no error, and clearing the filters
/// lists what was added.
@Suite struct CorpusConcurrentBrowseTests {
    @Test func aBrowserOpenWhileTheIndexerAddsToTheDatabaseKeepsWorking() throws {
        let dir = try CorpusCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = dir.appendingPathComponent("first.jsonl").path
        let more = dir.appendingPathComponent("more.jsonl").path
        let lines = CorpusCommandTests.documents(30).split(separator: "\n")
        try (lines.prefix(4).joined(separator: "\n") + "\n").write(toFile: first, atomically: true, encoding: .utf8)
        try (lines.joined(separator: "\n") + "\n").write(toFile: more, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("c.db").path
        #expect(try whosaid(["index", first, "--db", db]).status == 0)

        let size = Size(width: 100, height: 30)
        var state = reduce(CorpusState(source: CorpusBrowserSource(corpus: try Corpus.openForReading(path: db)), name: "c.db", size: size), .resize(size))
        #expect(state.articleRowCount == 5)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(whosaidBinary()))
        process.arguments = ["index", more, "--db", db, "--batch-size", "2"]
        process.environment = ProcessInfo.processInfo.environment.merging([IndexCommandPause.variable: "0.05"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Keys while it writes: move, search, pick a person, mark, all again.
        let keys: [[Action]] = [
            [.focusCorpus(.articles), .moveDown, .moveLast], [.focusCorpus(.statements), .moveLast, .moveFirst],
            [.focusCorpus(.people), .moveDown], [.focusCorpus(.statements), .startSearch, .insert("c"), .insert("r"), .insert("a"), .open],
            [.toggleMark], [.clearFilters],
        ]
        var rounds = 0
        var seen = Set<Int>()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            for action in keys[rounds % keys.count] {
                state = reduce(state, action)
                #expect(state.status?.isError != true, "\(action): \(state.status?.text ?? "")")
                _ = render(state)
            }
            seen.insert(state.articleRowCount - 1)
            rounds += 1
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(rounds > keys.count, "the indexer finished before the browser had done much (\(rounds) rounds)")
        #expect(seen.count > 1, "the browser never saw the indexer's batches: \(seen.sorted())")
        state = reduce(state, .clearFilters)
        #expect(state.articleRowCount - 1 == 30 && state.status?.isError != true)
        #expect(state.statementCount == (try Corpus.openForReading(path: db).count("statement")))
    }
}

/// The indexer's pause between batches for tests (`IndexCommand.pauseForTestsVariable`).
enum IndexCommandPause {
    static let variable = "WHOSAID_TEST_INDEX_PAUSE"
}
