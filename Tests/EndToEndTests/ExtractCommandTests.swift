import Foundation
import Testing

/// Runs the built `whosaid` binary with `arguments` (and `input` on stdin) and collects its output.
private func whosaid(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    // The test runner lives under .build/<config>/ (or a .xctest bundle inside it), beside whosaid.
    var dir = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    var found: String?
    for _ in 0..<4 where found == nil {
        let candidate = dir.appendingPathComponent("whosaid").path
        if FileManager.default.isExecutableFile(atPath: candidate) { found = candidate }
        dir = dir.deletingLastPathComponent()
    }
    let binary = try #require(found, "whosaid binary not built beside the tests")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    let out = Pipe()
    let inPipe = Pipe()
    // stderr goes to a file so that only one pipe needs draining while the child runs.
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-stderr-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let err = try FileHandle(forWritingTo: errURL)
    defer { try? FileManager.default.removeItem(at: errURL) }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
    try process.run()
    if let input {
        inPipe.fileHandleForWriting.write(input)
        try inPipe.fileHandleForWriting.close()
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try err.close()
    let stderr = try Data(contentsOf: errURL)
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}

@Suite struct ExtractCommandTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-extract-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let path = dir.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func seedAsJSONLHasTheScorerFormat() throws {
        let run = try whosaid(["extract", "--format", "jsonl"])
        #expect(run.status == 0)
        let doc = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(doc["id"] as? String == "000_5f41ddfe102fbffe.txt")
        let quotes = try #require(doc["quotes"] as? [[String: Any]])
        #expect(quotes.count >= 21)
        let first = quotes[0]
        for key in ["start", "end", "text", "kind", "speaker", "speaker_aliases", "cue"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        let actors = try #require(doc["actors"] as? [[String: Any]])
        #expect(actors.contains { $0["name"] as? String == "Leon V. Sigal" })
    }

    @Test func badFilesGetOneLineErrorsAndTheRestIsStillProcessed() throws {
        let good = file("good.txt", Array("“It held,” said Mira Holt.\n".utf8))
        let empty = file("empty.txt", [])
        let binary = file("blob.bin", [0x00, 0x01, 0x02, 0xFF, 0x00])
        let latin1 = file("latin1.txt", Array("Caf".utf8) + [0xE9])
        let missing = dir.appendingPathComponent("missing.txt").path
        let run = try whosaid(["extract", "--format", "jsonl", empty, binary, good, latin1, missing, dir.path])
        #expect(run.status != 0)
        let errors = run.stderr.split(separator: "\n")
        #expect(errors.count == 5)
        #expect(errors.allSatisfy { $0.hasPrefix("whosaid: /") })
        #expect(run.stderr.contains("\(empty): the file is empty"))
        #expect(run.stderr.contains("\(binary): looks like a binary file"))
        #expect(run.stderr.contains("\(latin1): is not valid UTF-8 (bad byte at offset 3)"))
        #expect(run.stderr.contains("\(missing): no such file"))
        #expect(run.stderr.contains("\(dir.path): is a directory"))
        #expect(run.stdout.split(separator: "\n").count == 1)
        #expect(run.stdout.contains("Mira Holt"))
    }

    @Test func jsonlInputStreamsDocumentsAndSkipsBadLines() throws {
        let input = """
            {"id": "a", "text": "“First,” said Ada Ng."}
            not json
            {"id": 7, "text": "Bo Li said the plan would work."}

            """
        let run = try whosaid(["extract", "--jsonl-input", "-"], input: Data(input.utf8))
        #expect(run.status == 1)
        #expect(run.stderr == "whosaid: stdin:2: not a JSON object; skipped\n")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let second = try #require(JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["id"] as? String == "7")
        #expect(second["text"] as? String == "Bo Li said the plan would work.")
        let quotes = try #require(second["quotes"] as? [[String: Any]])
        #expect(quotes.first?["speaker"] as? String == "Bo Li")
    }

    @Test func offsetsCountUnicodeScalarsAsPythonDoes() throws {
        // An emoji (one scalar, two UTF-16 units, four UTF-8 bytes) before the quote.
        let input = #"{"id": "e", "text": "🎉🎉 “Party time,” said Lu Wen."}"# + "\n"
        let run = try whosaid(["extract", "--jsonl-input", "-"], input: Data(input.utf8))
        let doc = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let quote = try #require((doc["quotes"] as? [[String: Any]])?.first)
        #expect(quote["start"] as? Int == 3)
        #expect(quote["end"] as? Int == 16)  // Python: len("🎉🎉 “Party time,”") == 16
    }

    @Test func textFormatIsReadable() throws {
        let run = try whosaid(["extract"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# 000_5f41ddfe102fbffe.txt: "))
        #expect(run.stdout.contains("Leon V. Sigal  [said]"))
    }
}
