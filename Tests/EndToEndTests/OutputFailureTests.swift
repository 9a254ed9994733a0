import Foundation
import Testing

/// A command whose standard output cannot be written says so in one line and fails.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
struct OutputFailureTests {
    static let commands: [[String]] = [
        ["extract"], ["extract", "--format", "json"], ["extract", "--format", "jsonl"],
        ["speakers"], ["speakers", "--format", "json"], ["topics"], ["topics", "--format", "json"], ["export"],
    ]

    @Test(arguments: commands) func aFullDiskIsOneLineOnStderrAndExitStatusOne(_ arguments: [String]) throws {
        let run = try whosaid(arguments, stdoutFile: "/dev/full")
        #expect(run.status == 1)
        #expect(run.stderr == "whosaid: cannot write to standard output: No space left on device; check where the output goes\n")
    }

    @Test func jsonlInputStopsAtAFullDiskWithOneLine() throws {
        let input = #"{"id": "a", "text": "“First,” said Ada Ng."}"# + "\n"
        let run = try whosaid(["extract", "--jsonl-input", "-"], input: Data(String(repeating: input, count: 3).utf8), stdoutFile: "/dev/full")
        #expect(run.status == 1)
        #expect(run.stderr.split(separator: "\n") == ["whosaid: cannot write to standard output: No space left on device; check where the output goes"])
    }
}
