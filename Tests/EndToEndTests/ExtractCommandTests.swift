import Foundation
import Testing

@Suite struct ExtractCommandTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-extract-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let path = dir.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
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

    /// A file that fails writes nothing on stdout in every format, so `> out.json` holds no
    /// half-document; beside a file that loads, the array holds that one only.
    @Test func jsonOfOnlyFailedFilesIsNothingOnStdout() throws {
        let missing = dir.appendingPathComponent("gone.txt").path
        for command in ["extract", "speakers", "topics"] {
            let run = try whosaid([command, "--format", "json", missing])
            #expect(run.status == 1)
            #expect(run.stdout == "", "\(command)")
            #expect(run.stderr == "whosaid: \(missing): no such file; check the path\n")
        }
        let good = file("ok.txt", Array("“It held,” said Mira Holt.\n".utf8))
        let mixed = try whosaid(["extract", "--format", "json", missing, good])
        #expect(mixed.status == 1)
        let array = try #require(JSONSerialization.jsonObject(with: Data(mixed.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
    }

    /// A binary or wrong file given as JSONL names its first skipped lines, then counts them all
    /// in one line, instead of one error per line of the file.
    @Test func jsonlInputOfManyBadLinesNamesTheFirstAndCountsTheRest() throws {
        let bad = String(repeating: "\u{1}\u{2}garbage\n", count: 30)
        let run = try whosaid(["extract", "--jsonl-input", "-"], input: Data((bad + "{\"id\": \"x\", \"text\": \"Bo Li said it works.\"}\n").utf8))
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n")
        #expect(errors.count == 21)
        #expect(errors.first == "whosaid: stdin:1: not a JSON object; skipped")
        #expect(errors.last == "whosaid: stdin: 30 lines skipped in all (the first 20 are named above), 1 document written")
        #expect(run.stdout.split(separator: "\n").count == 1)
        let none = try whosaid(["extract", "--jsonl-input", "-"], input: Data(bad.utf8))
        #expect(none.stderr.hasSuffix("0 documents written; is this a JSONL file, one JSON object a line?\n"))
        #expect(none.stdout == "")
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

    /// A line without `id` takes its line number in the input, blank lines counted; `extract
    /// --help` says so.
    @Test func aDocumentWithoutIdTakesItsLineNumber() throws {
        let input = """
            {"id": "a", "text": "“First,” said Ada Ng."}

            {"text": "“Third,” said Bo Li."}
            {"text": "Cy Po said the fourth would work.", "title": "no id"}

            """
        let run = try whosaid(["extract", "--jsonl-input", "-"], input: Data(input.utf8))
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let documents = run.stdout.split(separator: "\n").compactMap { line in
            try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }
        #expect(documents.map { $0["id"] as? String } == ["a", "3", "4"])
        #expect(documents.map { ($0["quotes"] as? [[String: Any]])?.first?["speaker"] as? String } == ["Ada Ng", "Bo Li", "Cy Po"])
        let help = try whosaid(["extract", "--help"])
        let helpText = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(helpText.contains("a document without \"id\" takes its line number in the input as its id"))
    }

    @Test func aDocumentWithNothingToAnalyseCostsOnlyItself() throws {
        let input = """
            {"id": "a", "text": "“First,” said Ada Ng."}
            {"id": "bom", "text": "\u{FEFF}"}
            {"id": "c", "text": "“Third,” said Bo Li."}

            """
        let run = try whosaid(["extract", "--jsonl-input", "-"], input: Data(input.utf8))
        #expect(run.status == 1)
        #expect(run.stderr == "whosaid: stdin:2: document \"bom\": the text is empty; there is nothing to analyse; skipped\n")
        let ids = run.stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == ["a", "c"])
    }

    @Test func aDocumentThatCrashesTheEngineCostsOnlyItself() throws {
        let input = (1...4).map { #"{"id": "d\#($0)", "text": "“Number \#($0),” said Ada Ng."}"# }.joined(separator: "\n") + "\n"
        let run = try whosaid(["extract", "--jsonl-input", "-"], input: Data(input.utf8), environment: ["WHOSAID_TEST_WORKER_CRASH_ON_ID": "d2"])
        #expect(run.status == 1)
        let ids = run.stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == ["d1", "d3", "d4"])
        #expect(run.stderr.hasPrefix("whosaid: stdin:2: the engine stopped on this document (fatal error: "))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test func anUnreadableJSONLInputIsOneErrorNotACrash() throws {
        let run = try whosaid(["extract", "--jsonl-input", "-"], stdinFile: dir.path)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("whosaid: stdin:1: cannot read the input (Is a directory)"))
        #expect(run.stderr.split(separator: "\n").count == 1)
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
