import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 12, items 4 and 6: `--jobs N` analyses N documents at once and keeps the input order;
/// bad lines in a stream cost only themselves; a reader that stops early ends the run quietly.
@Suite struct JobsTests {
    static let names = ["Ada Ng", "Bo Li", "Cy Moss", "Di Kerr", "Ed Voss", "Flo Park"]

    /// An invented article of about `sentences` sentences, different for each `seed`.
    static func article(_ seed: Int, sentences: Int) -> String {
        (0..<sentences).map { k in
            let name = names[(seed + k) % names.count]
            switch k % 3 {
            case 0: return "“Plan \(seed)-\(k) will hold,” said \(name)."
            case 1: return "\(name) said the council would vote on item \(k) next week."
            default: return "The mayor of Town \(seed) told reporters: “We are ready for round \(k).”"
            }
        }.joined(separator: k(seed))
    }

    private static func k(_ seed: Int) -> String { seed % 2 == 0 ? " " : "\n\n" }

    /// A JSONL line for an article; the text escaped as JSON.
    static func line(id: String, text: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: ["id": id, "text": text], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Documents of very different lengths, long ones first in each group, so that workers
    /// finish them out of input order.
    static let documents: String = (0..<40).map { i in
        line(id: "doc\(i)", text: article(i, sentences: i % 5 == 0 ? 400 : 1 + i % 4))
    }.joined()

    static func ids(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").map { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["id"] as? String ?? "?"
        }
    }

    /// A scratch folder, removed by the caller.
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-jobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func twoJobsWriteTheSameBytesInInputOrderAsOne() throws {
        // From a file: `whosaid()` writes all of stdin before it reads any output, and this
        // output is larger than a pipe holds.
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.jsonl").path
        _ = FileManager.default.createFile(atPath: input, contents: Data(Self.documents.utf8))
        let one = try whosaid(["extract", "--jsonl-input", input, "--jobs", "1"])
        let two = try whosaid(["extract", "--jsonl-input", input, "--jobs", "2"])
        let four = try whosaid(["extract", "--jsonl-input", input, "--jobs", "4"])
        #expect(one.status == 0 && two.status == 0 && four.status == 0, "\(one.stderr)\(two.stderr)\(four.stderr)")
        #expect(Self.ids(one.stdout) == (0..<40).map { "doc\($0)" })
        #expect(two.stdout == one.stdout)
        #expect(four.stdout == one.stdout)
        #expect(one.stdout.contains("Ada Ng"))
    }

    @Test func manyFilesWithTwoJobsAreListedInTheOrderGivenByEveryListing() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String] = []
        for i in 0..<12 {
            let path = dir.appendingPathComponent("a\(i).txt").path
            let text = i == 5 ? "" : Self.article(i, sentences: i % 4 == 0 ? 300 : 2)
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            files.append(path)
        }
        for command in ["extract", "speakers", "topics"] {
            for format in ["text", "json", "jsonl"] {
                let one = try whosaid([command, "--format", format, "--jobs", "1"] + files)
                let two = try whosaid([command, "--format", format, "--jobs", "2"] + files)
                #expect(one.status == 1 && two.status == 1)
                #expect(two.stdout == one.stdout, "\(command) \(format)")
                #expect(two.stderr == "whosaid: \(files[5]): the file is empty; there is nothing to analyse\n")
            }
        }
        let jsonl = try whosaid(["extract", "--format", "jsonl", "--jobs", "2"] + files)
        #expect(Self.ids(jsonl.stdout) == files.enumerated().filter { $0.offset != 5 }.map(\.element))
    }

    @Test func jobsMustBeAWholeNumberFromOne() throws {
        for bad in ["0", "-1", "two"] {
            let run = try whosaid(["extract", "--jobs", bad])
            #expect(run.status != 0)
            #expect(run.stderr.contains("--jobs"), "\(run.stderr)")
        }
    }

    /// Bad JSON, no text, a text that is no string, bytes that are no UTF-8: each line is
    /// reported with its number and id, in input order, and every other document comes out.
    @Test(arguments: ["1", "2", "3"]) func badLinesCostOnlyThemselves(jobs: String) throws {
        var input = Data()
        input += Data(Self.line(id: "ok1", text: Self.article(1, sentences: 3)).utf8)
        input += Data(#"{"id": "broken", "text": "Ann Lee said"#.utf8) + [0x0A]
        input += Data(Self.line(id: "ok2", text: Self.article(2, sentences: 200)).utf8)
        input += Data(#"{"id": "notext", "title": "A headline"}"#.utf8) + [0x0A]
        input += Data(#"{"id": 17, "text": 17}"#.utf8) + [0x0A]
        input += Data(#"{"text": "Ann Lee said "#.utf8) + [0xFF, 0xFE] + Data(#"it held.", "id": "latin"}"#.utf8) + [0x0A]
        input += Data("not json at all\n".utf8)
        input += Data(Self.line(id: "ok3", text: Self.article(3, sentences: 2)).utf8)
        let run = try whosaid(["extract", "--jsonl-input", "-", "--jobs", jobs], input: input)
        #expect(run.status == 1)
        #expect(Self.ids(run.stdout) == ["ok1", "ok2", "ok3"])
        #expect(run.stderr.split(separator: "\n") == [
            "whosaid: stdin:2: document \"broken\": not JSON: unterminated string at byte 38; skipped",
            "whosaid: stdin:4: document \"notext\": no \"text\" string; skipped",
            "whosaid: stdin:5: document \"17\": \"text\" is a number; give a string; skipped",
            "whosaid: stdin:6: document \"latin\": not JSON: not valid UTF-8 at byte 23; skipped",
            "whosaid: stdin:7: not a JSON object; skipped",
        ])
    }

    /// A rejected line whose id holds a line break is still one message, and the documents
    /// after it still come out (the break once split the worker's reply and stopped it).
    @Test(arguments: ["1", "2"]) func anIdWithALineBreakCostsOnlyItsLine(jobs: String) throws {
        var input = Data(#"{"id":"a\nb","text":1}"#.utf8) + [0x0A]
        input += Data(Self.line(id: "c", text: Self.article(1, sentences: 2)).utf8)
        input += Data(Self.line(id: "d", text: Self.article(2, sentences: 2)).utf8)
        let run = try whosaid(["extract", "--jsonl-input", "-", "--jobs", jobs], input: input)
        #expect(run.status == 1)
        #expect(Self.ids(run.stdout) == ["c", "d"])
        #expect(run.stderr == "whosaid: stdin:1: document \"a\\nb\": \"text\" is a number; give a string; skipped\n")
    }

    @Test func aCrashWithTwoJobsCostsOnlyItsDocumentAndKeepsTheOrder() throws {
        let input = (1...8).map { Self.line(id: "d\($0)", text: Self.article($0, sentences: $0 == 1 ? 300 : 2)) }.joined()
        let run = try whosaid(["extract", "--jsonl-input", "-", "--jobs", "2"], input: Data(input.utf8), environment: ["WHOSAID_TEST_WORKER_CRASH_ON_ID": "d3"])
        #expect(run.status == 1)
        #expect(Self.ids(run.stdout) == ["d1", "d2", "d4", "d5", "d6", "d7", "d8"])
        #expect(run.stderr.hasPrefix("whosaid: stdin:3: the engine stopped on this document (fatal error: "))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    /// `| head -1`: the run ends at once, by SIGPIPE as any filter does, with nothing on stderr.
    @Test(arguments: ["1", "2"]) func aReaderThatStopsEarlyEndsTheRunQuietly(jobs: String) throws {
        let binary = try #require(whosaidBinary(), "whosaid binary not built beside the tests")
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.jsonl").path
        _ = FileManager.default.createFile(atPath: input, contents: Data(String(repeating: Self.documents, count: 5).utf8))
        let script = #""$0" extract --jsonl-input "$1" --jobs "$2" | head -1 > "$3"; echo "${PIPESTATUS[0]}""#
        let run = try Spawn.run("/bin/bash", ["-c", script, binary, input, jobs, dir.appendingPathComponent("out").path])
        #expect(run.stderr == "")
        #expect(run.stdout == "141\n")  // 128 + SIGPIPE
        let first = try String(contentsOfFile: dir.appendingPathComponent("out").path, encoding: .utf8)
        #expect(Self.ids(first) == ["doc0"])
    }

    /// The reader goes while the input stays open and nothing is left to write: the run must
    /// still end, not wait for input forever.
    @Test(arguments: ["1", "2"]) func aReaderThatGoesWhileTheInputIsIdleEndsTheRun(jobs: String) throws {
        let binary = try #require(whosaidBinary(), "whosaid binary not built beside the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["extract", "--jsonl-input", "-", "--jobs", jobs]
        let toChild = Pipe()
        let fromChild = Pipe()
        let errors = Pipe()
        process.standardInput = toChild
        process.standardOutput = fromChild
        process.standardError = errors
        try process.run()
        defer { try? toChild.fileHandleForWriting.close() }
        toChild.fileHandleForWriting.write(Data(Self.line(id: "first", text: Self.article(1, sentences: 2)).utf8))
        var reader = TimedLineReader(descriptor: fromChild.fileHandleForReading.fileDescriptor)
        #expect(reader.line(timeout: 20)?.contains("\"id\":\"first\"") == true)
        try fromChild.fileHandleForReading.close()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        let ended = !process.isRunning
        if !ended { process.terminate() }
        process.waitUntilExit()
        #expect(ended, "whosaid went on waiting for input after its reader had gone")
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGPIPE)
        #expect(errors.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }
}
