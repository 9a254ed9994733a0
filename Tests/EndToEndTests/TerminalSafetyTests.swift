import Foundation
import Testing

/// Escape sequences in an article, or in a file name, never reach the terminal raw.
@Suite struct TerminalSafetyTests {
    /// An article whose quote, role and place carry `ESC ] 0 ; pwned BEL` (retitle the window),
    /// `ESC [ 2 J` (clear the screen) and its C1 form `CSI 2 J`.
    static let article = """
        Mayor Ada Ng said: “The vote \u{1B}]0;pwned\u{07} was rigged \u{1B}[2J today \u{9B}2J.”
        “We will win,” said Bo Li, the \u{1B}]0;pwned\u{07} mayor of \u{1B}[2JSpringfield.

        """

    let path: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-escape-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("escape.txt").path
        FileManager.default.createFile(atPath: path, contents: Data(article.utf8))
        return path
    }()

    /// Whether `text` holds a control character other than a line feed or a tab.
    static func holdsRawControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    @Test(arguments: [["extract"], ["speakers"], ["topics"], ["export"], ["export", "--group-by", "article"]])
    func textOutputShowsEscapesVisibly(_ command: [String]) throws {
        let run = try whosaid(command + [path])
        #expect(run.status == 0)
        #expect(!Self.holdsRawControls(run.stdout))
        if command != ["topics"] { #expect(run.stdout.contains("␛"), "\(run.stdout)") }
    }

    @Test(arguments: [["extract", "--format", "json"], ["extract", "--format", "jsonl"], ["speakers", "--format", "json"],
                      ["topics", "--format", "json"]])
    func jsonEscapesControls(_ command: [String]) throws {
        let run = try whosaid(command + [path])
        #expect(run.status == 0)
        #expect(!Self.holdsRawControls(run.stdout))
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) }
        if command[0] != "topics" { #expect(run.stdout.contains(#"\u001b]0"#)) }
    }

    @Test func jsonKeepsTheTextAsItIs() throws {
        let run = try whosaid(["extract", "--format", "jsonl", path])
        let document = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(document["text"] as? String == Self.article)
    }

    @Test func anExportFileHoldsNoRawControls() throws {
        let out = path + ".md"
        let run = try whosaid(["export", "-o", out, path])
        #expect(run.status == 0)
        let markdown = try String(contentsOfFile: out, encoding: .utf8)
        #expect(!Self.holdsRawControls(markdown))
        #expect(markdown.contains("␛\\]0;pwned␇"))
    }

    @Test func aFileNameWithEscapesAndALineBreakIsOneVisibleLine() throws {
        let name = FileManager.default.temporaryDirectory.path + "/no\nsuch\u{1B}]0;pwned\u{07}\u{1B}[2J.txt"
        for command in [["extract"], ["speakers"], ["topics"], ["export"], ["browse"], ["extract", "--jsonl-input"]] {
            let run = try whosaid(command + [name])
            #expect(run.status == 1)
            #expect(!Self.holdsRawControls(run.stderr))
            #expect(run.stderr.hasSuffix("no␊such␛]0;pwned␇␛[2J.txt: no such file; check the path\n"), "\(command): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func aUsageErrorQuotingAnArgumentShowsItsEscapesVisibly() throws {
        // A file name from a glob can start with dashes: ArgumentParser's message quotes it.
        let run = try whosaid(["extract", "--\u{1B}]0;pwned\u{07}"])
        #expect(run.status != 0)
        #expect(!Self.holdsRawControls(run.stderr))
        #expect(run.stderr.hasPrefix("Error: Unknown option '--␛]0;pwned␇'\n"))
    }

    @Test func helpStillGoesToStandardOutput() throws {
        let run = try whosaid(["extract", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("OVERVIEW: List the statements of articles"))
        #expect(run.stderr.isEmpty)
    }
}
