import Foundation
import Testing

/// `--link-roles` ties "the mayor" to the person the article made mayor, in every command that
/// analyses articles: files in each format, JSONL through the worker processes, `speakers`,
/// `topics`, `export` and `index`. Without it, the speaker stays the literal description.
@Suite struct LinkRolesTests {
    static let text = "Mayor Ann Pruett opened the bridge on Friday.\n\n“It took nine years,” the mayor said.\n"
    /// Long enough to have a topic ("harbour bridge") that the mayor speaks on.
    static let longerText = """
        Mayor Ann Pruett opened the harbour bridge on Friday.

        “The harbour bridge took nine years,” the mayor said.

        “The harbour bridge will carry ten thousand cars a day,” the mayor added.

        """

    /// The article `text` in a file in a folder of its own, removed by the caller.
    static func article(_ text: String = text) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-link-roles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("bridge.txt")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// The speakers of the statements of each JSONL line of `stdout`.
    static func speakers(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").flatMap { line -> [String] in
            let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
            let quotes = object?["quotes"] as? [[String: Any]] ?? []
            return quotes.map { $0["speaker"] as? String ?? "?" }
        }
    }

    @Test(arguments: ["json", "jsonl", "text"]) func extractLinksTheMayorOnlyWhenAsked(format: String) throws {
        let url = try Self.article()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let plain = try whosaid(["extract", url.path, "--format", format])
        let linked = try whosaid(["extract", url.path, "--format", format, "--link-roles"])
        #expect(plain.status == 0 && linked.status == 0, "\(plain.stderr)\(linked.stderr)")
        switch format {
        case "jsonl":
            #expect(Self.speakers(plain.stdout) == ["the mayor"])
            #expect(Self.speakers(linked.stdout) == ["Ann Pruett"])
        case "json":
            let one = { (s: String) in s.split(separator: "\n").dropFirst().dropLast().joined(separator: "\n") }
            #expect(Self.speakers(one(plain.stdout)) == ["the mayor"])
            #expect(Self.speakers(one(linked.stdout)) == ["Ann Pruett"])
        default:
            #expect(plain.stdout.contains("the mayor") && !plain.stdout.contains("Ann Pruett"), "\(plain.stdout)")
            #expect(linked.stdout.contains("Ann Pruett"), "\(linked.stdout)")
        }
    }

    @Test(arguments: ["1", "2"]) func jsonlWorkersLinkTheMayorOnlyWhenAsked(jobs: String) throws {
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ["id": "bridge", "text": Self.text]), as: UTF8.self) + "\n"
        // Two documents, so that with two jobs both workers analyse one.
        let input = Data((line + line.replacingOccurrences(of: "\"bridge\"", with: "\"bridge2\"")).utf8)
        let plain = try whosaid(["extract", "--jsonl-input", "-", "--jobs", jobs], input: input)
        let linked = try whosaid(["extract", "--jsonl-input", "-", "--jobs", jobs, "--link-roles"], input: input)
        #expect(plain.status == 0 && linked.status == 0, "\(plain.stderr)\(linked.stderr)")
        #expect(Self.speakers(plain.stdout) == ["the mayor", "the mayor"])
        #expect(Self.speakers(linked.stdout) == ["Ann Pruett", "Ann Pruett"])
    }

    @Test func twoJobsWriteWhatOneDoesWithLinkedRoles() throws {
        let documents = (0..<6).map { i in
            String(decoding: try! JSONSerialization.data(withJSONObject: ["id": "d\(i)", "text": Self.text]), as: UTF8.self) + "\n"
        }.joined()
        let one = try whosaid(["extract", "--jsonl-input", "-", "--jobs", "1", "--link-roles"], input: Data(documents.utf8))
        let two = try whosaid(["extract", "--jsonl-input", "-", "--jobs", "2", "--link-roles"], input: Data(documents.utf8))
        #expect(one.status == 0 && two.status == 0, "\(one.stderr)\(two.stderr)")
        #expect(two.stdout == one.stdout)
        #expect(Self.speakers(two.stdout) == Array(repeating: "Ann Pruett", count: 6))
        // Each is what the command makes of the article in its own process, but for the id.
        let url = try Self.article()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let file = try whosaid(["extract", url.path, "--format", "jsonl", "--link-roles"])
        let expected = try #require(Self.withoutID(file.stdout).first)
        #expect(Self.withoutID(two.stdout) == Array(repeating: expected, count: 6))
    }

    /// The objects of the JSONL lines of `stdout`, without their ids.
    static func withoutID(_ stdout: String) -> [NSDictionary] {
        stdout.split(separator: "\n").compactMap { line in
            guard var object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else { return nil }
            object["id"] = nil
            return object as NSDictionary
        }
    }

    @Test func speakersTopicsAndExportLinkTheMayorWhenAsked() throws {
        let url = try Self.article(Self.longerText)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        // An empty data folder: no corrections of the reader's apply to the export.
        let data = ["XDG_DATA_HOME": url.deletingLastPathComponent().appendingPathComponent("data").path]
        // Where each command names the speaker: a speaker's line, a topic's speakers, a section.
        let shows: [String: (String, String) -> Bool] = [
            "speakers": { out, name in out.split(separator: "\n").contains { $0.hasPrefix(name + " ") } },
            "topics": { out, name in out.split(separator: "\n").contains { $0.contains("harbour bridge") && $0.hasSuffix("  " + name) } },
            // A section's heading is the speaker, then any role (`## Ann Pruett — Mayor`).
            "export": { out, name in out.contains("## \(name)\n") || out.contains("## \(name) — ") },
        ]
        for (command, shows) in shows {
            let plain = try whosaid([command, url.path], environment: data)
            let linked = try whosaid([command, url.path, "--link-roles"], environment: data)
            #expect(plain.status == 0 && linked.status == 0, "\(command): \(plain.stderr)\(linked.stderr)")
            #expect(shows(plain.stdout, "the mayor") && !shows(plain.stdout, "Ann Pruett"), "\(command): \(plain.stdout)")
            #expect(shows(linked.stdout, "Ann Pruett") && !shows(linked.stdout, "the mayor"), "\(command): \(linked.stdout)")
        }
    }

    @Test func indexStoresTheReadingAskedForAndAnotherReadingReplacesIt() throws {
        let url = try Self.article()
        let dir = url.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.db").path
        let linked = try whosaid(["index", url.path, "--db", db, "--link-roles"])
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(Self.speakers(try whosaid(["extract", "--db", db, "--format", "jsonl"]).stdout) == ["Ann Pruett"])
        // The same article on the literal reading is analysed again, not skipped as unchanged.
        let plain = try whosaid(["index", url.path, "--db", db])
        #expect(plain.stdout.contains("1 changed"), "\(plain.stdout)")
        #expect(Self.speakers(try whosaid(["extract", "--db", db, "--format", "jsonl"]).stdout) == ["the mayor"])
        // A command reading stored analyses refuses the flag rather than ignore it.
        let refused = try whosaid(["extract", "--db", db, "--link-roles"])
        #expect(refused.status != 0 && refused.stderr.contains("whosaid index"), "\(refused.stderr)")
    }
}
