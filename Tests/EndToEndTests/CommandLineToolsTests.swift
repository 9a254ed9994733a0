import Foundation
import Testing

/// `whosaid speakers`, `topics` and `export` as a script would run them.
@Suite struct CommandLineToolsTests {
    @Test func speakersListsTheSeedsSpeakersAsJSON() throws {
        let run = try whosaid(["speakers", "--format", "json"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let text = String(describing: json)
        #expect(text.contains("Leon V. Sigal"))
        #expect(text.contains("a professor at Yonsei University in Seoul"))
    }

    @Test func topicsOfTheSeedIncludeTrack2AndDenuclearization() throws {
        let run = try whosaid(["topics"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Track 2"))
        #expect(run.stdout.contains("denuclearization"))
    }

    @Test func extractFiltersBySpeakerAndTopic() throws {
        let run = try whosaid(["extract", "--speaker", "delury", "--topic", "track 2", "--format", "jsonl"])
        #expect(run.status == 0)
        let doc = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let quotes = try #require(doc["quotes"] as? [[String: Any]])
        #expect(!quotes.isEmpty)
        #expect(quotes.allSatisfy { $0["speaker"] as? String == "John Delury" })
        #expect(quotes.allSatisfy { ($0["text"] as? String ?? "").contains("Track 2") })
    }

    @Test func exportWritesAFileOnceAndRefusesToOverwriteIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("sigal.md").path
        let first = try whosaid(["export", "--speaker", "sigal", "-o", out])
        #expect(first.status == 0)
        #expect(first.stderr.contains("Exported"))
        let markdown = try String(contentsOfFile: out, encoding: .utf8)
        #expect(markdown.contains("## Leon V. Sigal"))
        #expect(!markdown.contains("## John Delury"))
        let second = try whosaid(["export", "-o", out])
        #expect(second.status != 0)
        #expect(second.stderr.hasPrefix("whosaid: "))
        let after = try String(contentsOfFile: out, encoding: .utf8)
        #expect(after == markdown)
    }
}
