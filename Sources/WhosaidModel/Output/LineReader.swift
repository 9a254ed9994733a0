import Foundation

/// Reads lines from a file descriptor with `read(2)`: memory stays bounded by the longest line
/// however long the stream is, and an I/O error ends the lines with a reason instead of the
/// trap that FileHandle's reading raises.
public struct LineReader {
    /// The descriptor read from.
    public let descriptor: Int32
    /// The bytes read so far are `buffer[..<filled]`; the rest is room the next `read(2)` fills
    /// in place (read into a chunk of its own and appended, every byte of the input was copied
    /// once more: 0.5% of the instructions of `extract --jsonl-input` on news).
    private var buffer: [UInt8] = []
    private var filled = 0
    private var position = 0
    /// Where the search for the next line feed goes on: the bytes before it hold none, so a line
    /// read in many pieces (a long one from a pipe, 64 KB at a time) is searched once, not again
    /// from its start after each piece.
    private var searched = 0
    private(set) var atEnd = false
    /// The most bytes one `read(2)` asks for while the buffer has not grown for a long line.
    private let chunkSize: Int
    /// Why the input could not be read further, once ``next()`` has returned nil because of it.
    public private(set) var failure: String?

    /// Reads from `descriptor` (standard input, a file, a pipe), `chunkSize` bytes at a time at most.
    public init(descriptor: Int32, chunkSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.chunkSize = chunkSize
    }

    /// The next line without its line feed, or nil at the end of the input or when reading failed.
    public mutating func next() -> Data? {
        while true {
            if let line = bufferedLine() { return line }
            if atEnd { return nil }
            fill()
        }
    }

    /// The next line if the bytes read so far complete one (at the end of the input, the last
    /// line even without a line feed); nil when more must be read first (``fill()``) or none is left.
    /// With ``fill()`` it serves a caller that waits on several descriptors with `poll(2)`.
    public mutating func bufferedLine() -> Data? {
        nextLineRange().map { Data(buffer[$0]) }
    }

    /// Where the next line lies in the buffer, read past; nil as for ``bufferedLine()``. The
    /// range is valid until the next ``fill()``.
    mutating func nextLineRange() -> Range<Int>? {
        let from = max(position, searched)
        let newline: Int? = buffer.withUnsafeBufferPointer { all in
            guard from < filled, let base = all.baseAddress,
                  let hit = memchr(base + from, 0x0A, filled - from) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        if let nl = newline {
            defer { position = nl + 1 }
            return position..<nl
        }
        searched = filled
        guard atEnd, position < filled else { return nil }
        defer { position = filled }
        return position..<filled
    }

    /// The bytes of the buffer in `range` (from ``nextLineRange()``), lent to `body`.
    func withBytes<R>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The bytes of the buffer in `range`, copied out.
    func bytes(in range: Range<Int>) -> [UInt8] { Array(buffer[range]) }

    /// `body` of the next line, lent in place as the reader's buffer and the line's range in it
    /// (valid only in `body`), reading more first when needed; nil at the end of the input or
    /// when reading failed. A line copied out (``nextBytes()``) cost a copy of every byte of
    /// the stream and an allocation a line.
    public mutating func withNextLine<R>(_ body: (_ buffer: [UInt8], _ line: Range<Int>) throws -> R) rethrows -> R? {
        while true {
            if let range = nextLineRange() { return try body(buffer, range) }
            if atEnd { return nil }
            fill()
        }
    }

    /// Whether the input has ended (or failed) and every line of it has been returned.
    public var isFinished: Bool { atEnd && position >= filled }

    /// Reads once more from the descriptor (one `read(2)`, which blocks only when nothing is
    /// there to read), after which ``bufferedLine()`` may have a line.
    public mutating func fill() {
        guard !atEnd else { return }
        // Keep only the unread tail, then read more: each byte is copied a bounded number of times.
        if position > 0 {
            let tail = filled - position
            buffer.withUnsafeMutableBufferPointer { all in
                if tail > 0 { all.baseAddress!.update(from: all.baseAddress! + position, count: tail) }
            }
            filled = tail
        }
        searched = max(0, searched - position)
        position = 0
        if !readChunk() { atEnd = true }
    }

    /// Reads what one `read(2)` gives into the buffer after the bytes read so far (at most
    /// `chunkSize` of them); false at the end of the input or when reading fails (`failure` says
    /// why).
    private mutating func readChunk() -> Bool {
        // Room for a chunk: grown by appending, so that the array's capacity grows geometrically
        // for a long line while only the bytes about to be read are written (zeros) beforehand.
        if buffer.count - filled < chunkSize {
            buffer.append(contentsOf: repeatElement(0, count: filled + chunkSize - buffer.count))
        }
        var n: Int
        var code: Int32 = 0
        let start = filled
        let size = chunkSize
        repeat {
            n = buffer.withUnsafeMutableBytes { raw in
                let got = read(descriptor, raw.baseAddress! + start, size)
                code = got < 0 ? errno : 0
                return got
            }
        } while n < 0 && code == EINTR
        if n < 0 { failure = String(cString: strerror(code)) }
        guard n > 0 else { return false }
        filled += n
        return true
    }
}
