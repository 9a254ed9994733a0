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

    /// The worker's process id; 0 once it has been waited for.
    private var pid: pid_t
    /// Where the requests go; -1 once closed.
    private var input: Int32
    private var output: LineReader
    /// The worker's stderr, a file without a name: only a crash writes to it.
    private let errors: Int32

    private init(pid: pid_t, input: Int32, output: LineReader, errors: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
        self.errors = errors
    }

    deinit {
        closeInput()
        close(output.descriptor)
        close(errors)
    }

    /// Starts a worker that runs `whosaid` with `arguments`; nil when it cannot be started.
    ///
    /// Started with `posix_spawn` and waited for with `waitpid`, not with Foundation's `Process`,
    /// whose wait for the end polls every 50 ms (half of a one-document run). The pipes are
    /// close-on-exec, so no worker holds another's open; the worker's signals are the defaults,
    /// unblocked, whatever this process blocks or ignores.
    static func start(arguments: [String]) -> JSONLWorker? {
        guard let executable = Bundle.main.executablePath else { return nil }
        var template = Array((FileManager.default.temporaryDirectory.path + "/whosaid-worker-XXXXXX").utf8CString)
        let errors = mkstemp(&template)
        guard errors >= 0 else { return nil }
        _ = fcntl(errors, F_SETFD, FD_CLOEXEC)
        unlink(template)
        // A worker whose reader has gone must fail its write, not kill this process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var toWorker: [Int32] = [-1, -1]
        var fromWorker: [Int32] = [-1, -1]
        guard pipe(&toWorker) == 0, pipe(&fromWorker) == 0 else {
            for fd in toWorker + fromWorker + [errors] where fd >= 0 { close(fd) }
            return nil
        }
        // Close-on-exec at once: this process starts no other program on another thread meanwhile.
        for fd in toWorker + fromWorker { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 onto 0, 1 and 2 clears close-on-exec there; the pipes are never 0–2 themselves, as
        // this process's standard descriptors are open (else dup2 onto itself would keep the flag).
        posix_spawn_file_actions_adddup2(&actions, toWorker[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromWorker[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"  // a crash is reported here, in one line
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(toWorker[0])
        close(fromWorker[1])
        guard spawned == 0 else {
            for fd in [toWorker[1], fromWorker[0], errors] { close(fd) }
            return nil
        }
        return JSONLWorker(pid: pid, input: toWorker[1], output: LineReader(descriptor: fromWorker[0], chunkSize: 1 << 16), errors: errors)
    }

    /// The descriptor the worker's answers arrive on: wait on it with `poll(2)`, then ``receive()``.
    var answers: Int32 { output.descriptor }

    /// Has the worker analyse input line `number`: sends it and returns at once; the answer comes
    /// from ``receive()``. Nil when it was sent, else the worker is gone and this says why.
    func send(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> Reply? {
        // One write from where the pieces are: the document is not copied after its number.
        let number = Array("\(number)\t".utf8)
        let failed = number.withUnsafeBytes { number in
            withUnsafeBytes(of: UInt8(ascii: "\n")) { DescriptorWriter.writeAll([number, UnsafeRawBufferPointer(line), $0], to: input) }
        }
        return failed == nil ? nil : .died(stop())
    }

    /// The answer to the line sent last, after one read of what the worker wrote (which blocks
    /// only when it wrote nothing yet); nil while the answer is not complete. After
    /// ``Reply/died(_:)`` the worker is gone.
    func receive() -> Reply? {
        if let reply = output.bufferedBytes() { return Self.reply(reply) ?? .died(stop()) }
        if output.isFinished { return .died(stop()) }
        output.fill()
        if let reply = output.bufferedBytes() { return Self.reply(reply) ?? .died(stop()) }
        return output.isFinished ? .died(stop()) : nil
    }

    /// What an answer line says; nil when it is none a worker writes.
    private static func reply(_ line: [UInt8]) -> Reply? {
        switch line.first {
        case UInt8(ascii: "{"): return .result(line)
        case UInt8(ascii: "!"): return .rejected(String(decoding: line.dropFirst(), as: UTF8.self))
        default: return nil
        }
    }

    /// Ends the worker at once, without waiting for it: the run is being given up.
    func abandon() {
        closeInput()
        if pid > 0 { kill(pid, SIGTERM) }
    }

    /// Ends the worker after its last document: its input closed, it reads the end and exits.
    func finish() {
        _ = stop()
    }

    private func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// Closes the worker's input, waits for it to end and says how it ended when that was not normal.
    private func stop() -> String {
        closeInput()
        guard pid > 0 else { return "ended" }
        // An answer after the input's end would be no answer to anything: the worker is ended.
        while !output.isFinished {
            if output.bufferedBytes() != nil {
                kill(pid, SIGTERM)
                break
            }
            output.fill()
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        pid = 0
        let signal = status & 0x7F
        var why = signal != 0
            ? "signal \(signal), \(String(cString: strsignal(signal)).lowercased())"
            : "exit status \((status >> 8) & 0xFF)"
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
