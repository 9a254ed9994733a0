import Foundation
import WhosaidModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A child process, `whosaid extract --jsonl-worker`, that analyses the documents of
/// `extract --jsonl-input` one at a time. The engine runs there so that a document that makes it
/// crash costs only itself: the worker dies, the document is reported, and a new worker goes on
/// with the rest of the stream.
///
/// One line each way per document: the parent writes `NUMBER<TAB>LINE` (the input line and its
/// number, which is the id of a document without one) and the worker answers with the result
/// line, a JSON object, or with `!MESSAGE` when the line is no document.
final class JSONLWorker {
    /// What became of one document.
    enum Reply {
        /// The result line (without its line feed).
        case result([UInt8])
        /// Why the line is no document ("not a JSON object").
        case rejected(String)
        /// The worker stopped on this document; why, as well as it can be told.
        case died(String)
    }

    /// Environment variable that makes a worker crash on the document with this id. For tests of
    /// the crash handling only: no document is known to crash the engine.
    static let crashForTestsVariable = "WHOSAID_TEST_WORKER_CRASH_ON_ID"

    private let process: Process
    private let input: FileHandle
    private var output: LineReader
    /// The worker's stderr, a file without a name: only a crash writes to it.
    private let errors: Int32

    private init(process: Process, input: FileHandle, output: LineReader, errors: Int32) {
        self.process = process
        self.input = input
        self.output = output
        self.errors = errors
    }

    deinit { close(errors) }

    /// Starts a worker that runs `whosaid` with `arguments`; nil when it cannot be started.
    static func start(arguments: [String]) -> JSONLWorker? {
        guard let executable = Bundle.main.executableURL else { return nil }
        var template = Array((FileManager.default.temporaryDirectory.path + "/whosaid-worker-XXXXXX").utf8CString)
        let errors = mkstemp(&template)
        guard errors >= 0 else { return nil }
        unlink(template)
        // A worker whose reader has gone must fail its write, not kill this process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"  // a crash is reported here, in one line
        process.environment = environment
        let toWorker = Pipe()
        let fromWorker = Pipe()
        process.standardInput = toWorker
        process.standardOutput = fromWorker
        process.standardError = FileHandle(fileDescriptor: errors, closeOnDealloc: false)
        do {
            try process.run()
        } catch {
            close(errors)
            return nil
        }
        try? toWorker.fileHandleForReading.close()
        try? fromWorker.fileHandleForWriting.close()
        return JSONLWorker(
            process: process, input: toWorker.fileHandleForWriting,
            output: LineReader(descriptor: fromWorker.fileHandleForReading.fileDescriptor, chunkSize: 1 << 16), errors: errors)
    }

    /// The descriptor the worker's answers arrive on: wait on it with `poll(2)`, then ``receive()``.
    var answers: Int32 { output.descriptor }

    /// Has the worker analyse input line `number`: sends it and returns at once; the answer comes
    /// from ``receive()``. Nil when it was sent, else the worker is gone and this says why.
    func send(_ line: Data, number: Int) -> Reply? {
        var request = Array("\(number)\t".utf8)
        request.reserveCapacity(request.count + line.count + 1)
        request.append(contentsOf: line)
        request.append(0x0A)
        let failed = request.withUnsafeBytes { DescriptorWriter.writeAll($0, to: input.fileDescriptor) }
        return failed == nil ? nil : .died(stop())
    }

    /// The answer to the line sent last, after one read of what the worker wrote (which blocks
    /// only when it wrote nothing yet); nil while the answer is not complete. After
    /// ``Reply/died(_:)`` the worker is gone.
    func receive() -> Reply? {
        if let reply = output.bufferedLine() { return Self.reply(reply) ?? .died(stop()) }
        if output.isFinished { return .died(stop()) }
        output.fill()
        if let reply = output.bufferedLine() { return Self.reply(reply) ?? .died(stop()) }
        return output.isFinished ? .died(stop()) : nil
    }

    /// What an answer line says; nil when it is none a worker writes.
    private static func reply(_ line: Data) -> Reply? {
        switch line.first {
        case UInt8(ascii: "{"): return .result(Array(line))
        case UInt8(ascii: "!"): return .rejected(String(decoding: line.dropFirst(), as: UTF8.self))
        default: return nil
        }
    }

    /// Ends the worker at once, without waiting for it: the run is being given up.
    func abandon() {
        if process.isRunning { process.terminate() }
    }

    /// Ends the worker after its last document.
    /// Its input closed, the worker ends; its output's end says it has. Its exit status is not
    /// waited for (Foundation's wait polls every 50 ms, a tenth of a short run): a worker that
    /// answered every line has nothing left to tell, and Foundation reaps it.
    func finish() {
        try? input.close()
        while !output.isFinished {
            if output.bufferedLine() != nil { return abandon() }
            output.fill()
        }
    }

    /// Closes the worker's input, waits for it to end and says how it ended when that was not normal.
    private func stop() -> String {
        try? input.close()
        if process.isRunning, output.next() != nil { process.terminate() }
        process.waitUntilExit()
        var why = process.terminationReason == .uncaughtSignal
            ? "signal \(process.terminationStatus), \(String(cString: strsignal(process.terminationStatus)).lowercased())"
            : "exit status \(process.terminationStatus)"
        if let fatal = fatalError() { why = fatal + "; " + why }
        return why
    }

    /// The message of a Swift runtime error the worker wrote before it died ("Index out of range").
    private func fatalError() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = pread(errors, &buffer, buffer.count, 0)
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[..<n], as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.contains("Fatal error") }),
              let range = line.range(of: "Fatal error: ") else { return nil }
        return "fatal error: " + line[range.upperBound...]
    }
}
