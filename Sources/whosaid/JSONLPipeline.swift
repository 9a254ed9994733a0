import Foundation
import WhosaidModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The documents of `extract --jsonl-input`, analysed by up to `jobs` worker processes at once
/// (``JSONLWorker``) and written in input order.
///
/// One thread waits with `poll(2)` on the input and on the workers' answers: a free worker gets
/// the next line as soon as it has been read, and a result is written as soon as every result
/// before it has been. Lines with a worker and results waiting for an earlier one are together at
/// most ``window``, so memory is bounded by a few documents whatever the length of the stream.
/// With one job this is the plain loop: read a line, have it analysed, write the result.
struct JSONLPipeline {
    /// The input's name in messages (`stdin`, or the path).
    let name: String
    /// How many worker processes may run at once (at least 1).
    let jobs: Int
    /// The command line of a worker.
    let workerArguments: [String]
    /// Analyses a document in this process when no worker can be started.
    let inProcess: DocumentReplier

    /// Documents with a worker plus results waiting for an earlier document, at most: two per
    /// worker, so that a worker that finished early can go on while a long document holds the
    /// next result back.
    var window: Int { jobs == 1 ? 1 : 2 * jobs }

    /// How many skipped lines are named on stderr one by one; past that, one line at the end
    /// counts them all, so that a binary or wrong file given as JSONL is a few lines of errors,
    /// not one per line of the file.
    static let namedSkipLimit = 20

    /// A worker process and the input line it is analysing.
    private final class Slot {
        var worker: JSONLWorker?
        var job: (sequence: Int, number: Int)?
    }

    /// Why handing out lines stopped.
    private enum Stop {
        /// No complete line is read yet.
        case needInput
        /// Every worker is busy, or the window is full.
        case full
        /// The input has ended.
        case finished
    }

    /// Analyses every document of `input` and writes the result lines to `out`, in input order;
    /// a line that is no document, or one that stopped a worker, is reported on stderr (the first
    /// ``namedSkipLimit`` by line number, then a count of them all at the end). Returns
    /// whether any line failed. Throws when `out` cannot be written (its reader gone, say); the
    /// workers are then ended at once.
    func run(_ input: inout LineReader, to out: OutputStream) throws(OutputError) -> Bool {
        var slots: [Slot] = []
        var done: [Int: (number: Int, reply: JSONLWorker.Reply)] = [:]
        var handedOut = 0  // sequence number of the next document
        var written = 0  // sequence number of the next result to write
        var number = 0  // input line number
        var failed = false
        var skipped = 0  // lines skipped, named or not
        var noWorker = false
        var completed = false
        defer {
            for slot in slots { completed ? slot.worker?.finish() : slot.worker?.abandon() }
        }
        let watchOutput = Self.isPipe(STDOUT_FILENO)

        /// Hands out complete lines to free workers while the window has room.
        func handOut() -> Stop {
            while handedOut - written < window {
                guard let slot = slots.first(where: { $0.job == nil }) ?? (slots.count < jobs ? Slot() : nil) else { return .full }
                // The line is read in the reader's buffer, not copied out of it: only the request
                // sent holds a copy.
                let handedLine = input.withBufferedLine { line -> Bool in
                    number += 1
                    if JSONLReader.isBlank(line) { return false }
                    if !slots.contains(where: { $0 === slot }) { slots.append(slot) }
                    if slot.worker == nil, !noWorker {
                        slot.worker = JSONLWorker.start(arguments: workerArguments)
                        noWorker = slot.worker == nil
                    }
                    if let worker = slot.worker {
                        if let gone = worker.send(line, number: number) {
                            done[handedOut] = (number, gone)
                            slot.worker = nil
                        } else {
                            slot.job = (handedOut, number)
                        }
                    } else {
                        // Without a worker (none could be started) the document is analysed here.
                        done[handedOut] = (number, inProcess.reply(to: Array(line), number: number))
                    }
                    return true
                }
                guard let handedLine else { return input.isFinished ? .finished : .needInput }
                if !handedLine { continue }
                handedOut += 1
            }
            return input.isFinished ? .finished : .full
        }

        /// Writes the results that are next in input order; says whether it wrote any.
        func writeReady() throws(OutputError) -> Bool {
            var wrote = false
            while let (number, reply) = done.removeValue(forKey: written) {
                written += 1
                wrote = true
                switch reply {
                case .result(let bytes):
                    try out.writeLine(bytes)
                case .rejected(let message):
                    try out.flush()
                    skipped += 1
                    if skipped <= Self.namedSkipLimit { Diagnostics.report("\(name):\(number): \(message); skipped") }
                    failed = true
                case .died(let why):
                    try out.flush()
                    skipped += 1
                    if skipped <= Self.namedSkipLimit {
                        Diagnostics.report("\(name):\(number): the engine stopped on this document (\(why)); skipped, please report it")
                    }
                    failed = true
                }
            }
            // Each result leaves at once: a batch job sees it even if a later document stops the run.
            if wrote { try out.flush() }
            return wrote
        }

        while true {
            let stop = handOut()
            let wrote = try writeReady()
            let busy = slots.filter { $0.job != nil && $0.worker != nil }
            if busy.isEmpty {
                if stop == .finished { break }
                // Documents analysed here made room: hand out more before waiting.
                if stop == .full, wrote { continue }
            }
            var waits = busy.map { pollfd(fd: $0.worker?.answers ?? -1, events: Int16(POLLIN), revents: 0) }
            if stop == .needInput { waits.append(pollfd(fd: input.descriptor, events: Int16(POLLIN), revents: 0)) }
            // A reader of the output that has gone ends the run even while no result is ready.
            if watchOutput { waits.append(pollfd(fd: STDOUT_FILENO, events: 0, revents: 0)) }
            while poll(&waits, nfds_t(waits.count), -1) < 0, errno == EINTR {}
            for (slot, wait) in zip(busy, waits) where wait.revents != 0 {
                guard let worker = slot.worker, let job = slot.job, let reply = worker.receive() else { continue }
                done[job.sequence] = (job.number, reply)
                slot.job = nil
                if case .died = reply { slot.worker = nil }
            }
            if stop == .needInput, waits[busy.count].revents != 0 { input.fill() }
            if watchOutput, waits[waits.count - 1].revents & Int16(POLLERR | POLLHUP) != 0 { throw OutputError(code: EPIPE) }
        }
        completed = true
        if skipped > Self.namedSkipLimit {
            let written = written - skipped
            Diagnostics.report("\(name): \(skipped) lines skipped in all (the first \(Self.namedSkipLimit) are named above), \(written) \(written == 1 ? "document" : "documents") written\(written == 0 ? "; is this a JSONL file, one JSON object a line?" : "")")
        }
        if let reason = input.failure {
            Diagnostics.report("\(name):\(number + 1): cannot read the input (\(reason)); the rest of it was not processed")
            failed = true
        }
        return failed
    }

    /// Whether `descriptor` is a pipe (or FIFO).
    private static func isPipe(_ descriptor: Int32) -> Bool {
        var info = stat()
        return fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO
    }
}
