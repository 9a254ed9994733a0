import Foundation
import Testing

/// What a command-line user expects: `-` for standard input, `--version`, counts in good English.
@Suite struct CommandLineConventionsTests {
    @Test func aDashReadsStandardInput() throws {
        let run = try whosaid(["extract", "-"], input: Data("The hall was full.\n“Yes,” said Ann Lee.\n".utf8))
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# stdin: 1 statement, 1 speaker\n"))
        #expect(run.stdout.contains("Ann Lee"))
    }

    @Test func versionIsPrinted() throws {
        let run = try whosaid(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: ".").count == 3)
    }

    @Test func countsArePluralOnlyWhenMoreThanOne() throws {
        let run = try whosaid(["extract"])
        #expect(run.stdout.contains("statements, 8 speakers"))
    }

    @Test func formatIsNotIgnoredWithJSONLInput() throws {
        let line = Data(#"{"id": "a", "text": "“Yes,” said Ann Lee."}"#.utf8 + [0x0A])
        for format in ["text", "json"] {
            let run = try whosaid(["extract", "--jsonl-input", "-", "--format", format], input: line)
            #expect(run.status == 64)
            #expect(run.stderr.contains("--jsonl-input writes JSONL, one line per document; leave out --format \(format)"))
            #expect(run.stdout.isEmpty)
        }
        let jsonl = try whosaid(["extract", "--jsonl-input", "-", "--format", "jsonl"], input: line)
        #expect(jsonl.status == 0)
        #expect(jsonl.stdout.hasPrefix(#"{"id":"a","#))
    }

    @Test func aBooleanOrNullIdIsRefusedNotRenamed() throws {
        let input = """
            {"id": true, "text": "Ann Lee said it held."}
            {"id": null, "text": "Bo Li said it held."}
            {"id": "3", "meta": [1e400, "\\ud800"], "text": "Ada Ng said it held."}

            """
        let run = try whosaid(["extract", "--jsonl-input", "-"], input: Data(input.utf8))
        #expect(run.status == 1)
        #expect(run.stderr == """
            whosaid: stdin:1: "id" is true; give a string or a number; skipped
            whosaid: stdin:2: "id" is null; give a string or a number; skipped

            """)
        #expect(run.stdout.split(separator: "\n").count == 1)
        #expect(run.stdout.hasPrefix(#"{"id":"3","#))
    }

    @Test func severalFilesAsJSONAreOneArrayOrOneObjectPerLine() throws {
        let seed = "seeds/000_5f41ddfe102fbffe.txt"
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for command in ["extract", "speakers", "topics"] {
            let json = try whosaid([command, "--format", "json", dir.appendingPathComponent(seed).path, "-"], input: Data("“Yes,” said Ann Lee.\n".utf8))
            #expect(json.status == 0)
            let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
            #expect(array?.count == 2, "\(command)")
            #expect(array?.last?["id"] as? String == "stdin")
            let jsonl = try whosaid([command, "--format", "jsonl", dir.appendingPathComponent(seed).path, "-"], input: Data("“Yes,” said Ann Lee.\n".utf8))
            let lines = jsonl.stdout.split(separator: "\n")
            #expect(lines.count == 2, "\(command)")
            #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) is [String: Any] })
        }
    }

    @Test func headerCountsHonourTheFilters() throws {
        let run = try whosaid(["extract", "--speaker", "delury"])
        #expect(run.stdout.hasPrefix("# 000_5f41ddfe102fbffe.txt: 3 statements, 1 speaker\n"))
        let topic = try whosaid(["extract", "--topic", "denuclearization"])
        let header = try #require(topic.stdout.split(separator: "\n").first)
        #expect(header != "# 000_5f41ddfe102fbffe.txt: 22 statements, 8 speakers")
        #expect(!header.hasSuffix(", 8 speakers"))
    }

    @Test func everyCommandHeadsEachArticleTheSameWay() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-headers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.txt").path
        let b = dir.appendingPathComponent("b.txt").path
        try Data("“Yes,” said Ann Lee.\n".utf8).write(to: URL(fileURLWithPath: a))
        try Data("The harbour was quiet on Sunday.\n".utf8).write(to: URL(fileURLWithPath: b))
        let expected = [
            "extract": ["# \(a): 1 statement, 1 speaker", "# \(b): 0 statements, 0 speakers"],
            "speakers": ["# \(a): 1 speaker", "# \(b): 0 speakers"],
            "topics": ["# \(a): 0 topics", "# \(b): 0 topics"],
        ]
        for (command, headers) in expected {
            let run = try whosaid([command, a, b])
            #expect(run.status == 0)
            let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.filter { $0.hasPrefix("# ") } == headers, "\(command)")
            // The first line is the first header, and a blank line stands before the second.
            #expect(lines.first == headers[0])
            let second = try #require(lines.firstIndex(of: headers[1]))
            #expect(lines[second - 1].isEmpty, "\(command)")
        }
    }

    @Test func aHeaderIsOneLineWhateverTheFileName() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("two\nlines\u{1B}[2J.txt").path
        try Data("“Yes,” said Ann Lee.\n".utf8).write(to: URL(fileURLWithPath: path))
        for command in ["extract", "speakers", "topics"] {
            let run = try whosaid([command, path])
            let first = try #require(run.stdout.split(separator: "\n").first)
            #expect(first.hasSuffix("two␊lines␛[2J.txt: " + (command == "extract" ? "1 statement, 1 speaker" : command == "speakers" ? "1 speaker" : "0 topics")), "\(command)")
            #expect(!run.stdout.contains("\u{1B}"))
        }
    }

    @Test func helpNamesNoInternalScript() throws {
        for command in [[], ["extract"], ["speakers"], ["topics"], ["export"], ["tag"]] {
            let run = try whosaid(command + ["--help"])
            #expect(run.status == 0)
            for word in ["score.py", "Scripts/", ".sh", ".py", "shared/eval"] {
                #expect(!run.stdout.contains(word), "\(command) --help mentions \(word)")
            }
        }
    }
}
