import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams (issue 11, item 1b): `--jsonl-input -` answers each line as it arrives, and pipes,
/// FIFOs and `/dev/stdin` named as files are read like files.
@Suite struct StreamInputTests {
    static let article = "“We will win the vote,” Ada Bel said."
    /// How long a client waits for one answer before the test calls it a deadlock.
    static let answerTimeoutSeconds = 20.0

    static func jsonLine(id: String) -> String {
        "{\"id\":\"\(id)\",\"text\":\"\(article.replacingOccurrences(of: "\"", with: "\\\""))\"}\n"
    }

    @Test func eachLineIsAnsweredBeforeTheNextIsWritten() throws {
        let binary = try #require(whosaidBinary(), "whosaid binary not built beside the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["extract", "--jsonl-input", "-"]
        let toChild = Pipe()
        let fromChild = Pipe()
        process.standardInput = toChild
        process.standardOutput = fromChild
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? toChild.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        var reader = TimedLineReader(descriptor: fromChild.fileHandleForReading.fileDescriptor)
        for id in ["first", "second", "third"] {
            // The stream stays open: an answer can only come if the line is handled as it arrives.
            toChild.fileHandleForWriting.write(Data(Self.jsonLine(id: id).utf8))
            let answer = reader.line(timeout: Self.answerTimeoutSeconds)
            #expect(answer?.contains("\"id\":\"\(id)\"") == true, "no answer to line \(id) while the input stayed open")
            #expect(answer?.contains("Ada Bel") == true)
        }
    }

    /// A filter value that starts with `-` reaches the workers whole: the parent once passed it
    /// after a space, where the worker's parser read it as an option and every document failed.
    @Test(arguments: ["--speaker=-Q", "--topic=-vote"])
    func aFilterValueStartingWithADashReachesTheWorkers(filter: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-dash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.jsonl").path
        try Self.jsonLine(id: "d").write(toFile: input, atomically: true, encoding: .utf8)
        let run = try whosaid(["extract", "--jsonl-input", input, filter])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("\"id\":\"d\""))
    }

    @Test(arguments: [false, true])
    func aFIFONamedAsTheFileIsRead(jsonl: Bool) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("article").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let content = jsonl ? Self.jsonLine(id: "f") : Self.article
        // The writer blocks until whosaid opens the FIFO.
        Thread {
            let fd = open(fifo, O_WRONLY)
            guard fd >= 0 else { return }
            _ = content.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
            close(fd)
        }.start()
        let run = try whosaid(jsonl ? ["extract", "--jsonl-input", fifo] : ["extract", fifo])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Ada Bel"))
    }

    @Test(arguments: [false, true])
    func devStdinNamedAsTheFileIsRead(jsonl: Bool) throws {
        let input = jsonl ? Self.jsonLine(id: "s") : Self.article
        let run = try whosaid(jsonl ? ["extract", "--jsonl-input", "/dev/stdin"] : ["extract", "/dev/stdin"], input: Data(input.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Ada Bel"))
    }
}

/// Reads lines from a descriptor, giving up on one after a timeout instead of blocking forever.
struct TimedLineReader {
    let descriptor: Int32
    private var pending: [UInt8] = []

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// The next line without its line feed; nil when none is complete within `timeout` seconds.
    mutating func line(timeout: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let nl = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<nl], as: UTF8.self)
                pending.removeFirst(nl + 1)
                return line
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return nil }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(left * 1000)) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = read(descriptor, &chunk, chunk.count)
            guard n > 0 else { return nil }
            pending += chunk[..<n]
        }
    }
}
