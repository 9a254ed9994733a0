import Foundation
import Testing
import WhosaidModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// ``LineReader`` read step by step, as `extract --jobs` reads its input and its workers' answers.
@Suite struct LineReaderTests {
    /// A pipe; the caller closes both ends.
    func pipe() -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        _ = Glibc.pipe(&fds)
        return (fds[0], fds[1])
    }

    func send(_ text: String, to fd: Int32) {
        _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    @Test func aLineComesOnlyOnceItsLineFeedHasBeenRead() {
        let (r, w) = pipe()
        defer { close(r) }
        var lines = LineReader(descriptor: r, chunkSize: 4)
        #expect(lines.bufferedLine() == nil)
        send("ab", to: w)
        lines.fill()
        #expect(lines.bufferedLine() == nil)
        send("cdefgh\nij\nkl", to: w)
        for _ in 0..<3 { lines.fill() }
        #expect(lines.bufferedLine() == Data("abcdefgh".utf8))
        #expect(lines.bufferedLine() == Data("ij".utf8))
        #expect(lines.bufferedLine() == nil)
        #expect(!lines.isFinished)
        close(w)
        lines.fill()
        lines.fill()
        // At the end of the input the last line counts without a line feed.
        #expect(lines.bufferedLine() == Data("kl".utf8))
        #expect(lines.isFinished)
        #expect(lines.bufferedLine() == nil)
        #expect(lines.next() == nil)
    }

    @Test func aLongLineReadInManyPiecesComesWhole() {
        let (r, w) = pipe()
        defer { close(r) }
        let long = String(repeating: "0123456789", count: 50_000)
        let writer = Thread {
            send(long + "\nshort\n", to: w)
            close(w)
        }
        writer.start()
        var lines = LineReader(descriptor: r, chunkSize: 1 << 10)
        #expect(lines.next() == Data(long.utf8))
        #expect(lines.next() == Data("short".utf8))
        #expect(lines.next() == nil)
    }
}
