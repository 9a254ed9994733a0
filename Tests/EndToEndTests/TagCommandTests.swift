import Foundation
import Testing

/// `whosaid tag` as a user and a script would run it, and the binary standing alone.
@Suite struct TagCommandTests {
    @Test func tagShowsWordsTagsAndChunksOfTheSeed() throws {
        let run = try whosaid(["tag"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("[NP Leon/PROPN V./PROPN Sigal/PROPN]"))
        #expect(run.stdout.contains("[VG said/VERB]"))
    }

    @Test func conlluInputKeepsEveryLineAndRewritesOnlyTheTagColumn() throws {
        let input = """
            # sent_id = a
            # text = Ann didn't say it.
            1\tAnn\tAnn\tX\t_\t_\t0\troot\t_\t_
            2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
            2\tdid\tdo\tX\t_\t_\t0\troot\t_\t_
            3\tn't\tnot\tX\t_\t_\t0\troot\t_\t_
            4\tsay\tsay\tX\t_\t_\t0\troot\t_\t_
            5\tit\tit\tX\t_\t_\t0\troot\t_\t_
            6\t.\t.\tX\t_\t_\t0\troot\t_\tSpaceAfter=No

            """
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-tag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("in.conllu").path
        try input.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try whosaid(["tag", "--conllu-input", path])
        #expect(run.status == 0)
        let inLines = input.split(separator: "\n", omittingEmptySubsequences: false)
        let outLines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(outLines.count == inLines.count)
        let tags = outLines.filter { $0.first?.isNumber == true && !$0.split(separator: "\t")[0].contains("-") }
            .map { $0.split(separator: "\t")[3] }
        #expect(tags == ["PROPN", "AUX", "PART", "VERB", "PRON", "PUNCT"])
        // The range line and every other column are untouched.
        #expect(outLines[3] == inLines[3])
        #expect(outLines[2].split(separator: "\t").enumerated().allSatisfy { i, c in i == 3 || c == inLines[2].split(separator: "\t")[i] })
    }

    /// How many times, 50 ms apart, a copy still held open by a forked child is retried: under a
    /// loaded parallel test run one second (20) was not always enough.
    static let textFileBusyRetries = 200

    @Test func theBinaryCopiedAloneToAnEmptyFolderStillExtractsTheSeed() throws {
        let binary = try #require(whosaidBinary())
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("whosaid")
        try FileManager.default.copyItem(atPath: binary, toPath: copy.path)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["extract", "--format", "jsonl"]
        process.currentDirectoryURL = dir
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        // A test running in parallel may fork while the copy is still open for writing, and the
        // child then holds it until it execs: Linux refuses to run a file open for writing
        // ("Text file busy") until that child has exec'd, so retry for a moment.
        var attempts = 0
        while true {
            do {
                try process.run()
                break
            } catch let error as NSError where attempts < Self.textFileBusyRetries && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                attempts += 1
                usleep(50_000)
            }
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("Leon V. Sigal"))
        #expect(text.contains("John Delury"))
    }
}
