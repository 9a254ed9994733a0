import ArgumentParser
import Foundation
import WhosaidModel

/// Standard output could not be written: the disk is full, the pipe was closed, the descriptor is shut.
struct OutputError: Error, CustomStringConvertible {
    /// The `errno` of the failed `write(2)`.
    let code: Int32

    var description: String {
        "cannot write to standard output: \(DescriptorWriter.reason(code)); check where the output goes"
    }
}

extension OutputError {
    /// When the output was a pipe whose reader has gone (`whosaid … | head -1`), ends the process
    /// the way every filter ends then, quietly by SIGPIPE (status 141 in the shell): the reader
    /// asked for no more, so that is no error to report. A command that never ignores SIGPIPE
    /// ends so at its first write already; this covers those that do (`extract --jsonl-input`,
    /// for its workers' sake).
    func endIfReaderGone() {
        guard code == EPIPE else { return }
        signal(SIGPIPE, SIG_DFL)
        var pipe = sigset_t()
        sigemptyset(&pipe)
        sigaddset(&pipe, SIGPIPE)
        sigprocmask(SIG_UNBLOCK, &pipe, nil)
        raise(SIGPIPE)
        _exit(128 + SIGPIPE)
    }
}

/// A buffered writer for standard output that writes with `write(2)` and throws ``OutputError``
/// when that fails, instead of trapping as `FileHandle.write` does or losing the output silently
/// as `print` does.
final class OutputStream {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let limit: Int

    private init(descriptor: Int32, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
    }

    nonisolated(unsafe) static let standardOutput = OutputStream(descriptor: STDOUT_FILENO, limit: 1 << 16)

    func write(_ bytes: [UInt8]) throws(OutputError) {
        // A large block (one big document's JSON) goes out as it is: copied into the buffer, it
        // would be held twice and leave the buffer that large for the rest of the run.
        if bytes.count >= limit {
            try flush()
            let failure = bytes.withUnsafeBytes { DescriptorWriter.writeAll($0, to: descriptor) }
            if let failure { throw OutputError(code: failure) }
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count > limit { try flush() }
    }

    /// `bytes` and a line feed. With nothing buffered, both go out at once from where they are
    /// (one `writev(2)`), not copied into the buffer first (a result line of `extract
    /// --jsonl-input`, written by the worker and again by the main process: twice 10 MB copied on
    /// PolNeAR train).
    func writeLine(_ bytes: [UInt8]) throws(OutputError) {
        guard buffer.isEmpty else {
            try write(bytes)
            try write("\n")
            return
        }
        let failure = bytes.withUnsafeBytes { line in
            withUnsafeBytes(of: UInt8(ascii: "\n")) { DescriptorWriter.writeAll([line, $0], to: descriptor) }
        }
        if let failure { throw OutputError(code: failure) }
    }

    func write(_ string: String) throws(OutputError) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count > limit { try flush() }
    }

    /// Writes out everything buffered.
    func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        let failure = buffer.withUnsafeBytes { DescriptorWriter.writeAll($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw OutputError(code: failure) }
    }

    /// Runs a command's `body` with standard output, then writes out what is still buffered, also
    /// when `body` fails for another reason. A failed write ends the command with one line on
    /// stderr and exit status 1; when the reader of a pipe has gone (`| head -1`), it ends quietly
    /// (``OutputError/endIfReaderGone()``).
    static func writing(_ body: (OutputStream) throws -> Void) throws {
        let out = standardOutput
        var failure: (any Error)?
        do {
            try body(out)
        } catch let error as OutputError {
            error.endIfReaderGone()
            throw Diagnostics.Failure(error.description)
        } catch {
            failure = error
        }
        do {
            try out.flush()
        } catch {
            error.endIfReaderGone()
            throw Diagnostics.Failure(error.description)
        }
        if let failure { throw failure }
    }
}
