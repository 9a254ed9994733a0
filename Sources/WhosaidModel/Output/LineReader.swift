import Foundation

/// Reads lines from a file descriptor with `read(2)`: memory stays bounded by the longest line
/// however long the stream is, and an I/O error ends the lines with a reason instead of the
/// trap that FileHandle's reading raises.
public struct LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var chunk: [UInt8]
    /// Why the input could not be read further, once ``next()`` has returned nil because of it.
    public private(set) var failure: String?

    /// Reads from `descriptor` (standard input, a file, a pipe), `chunkSize` bytes at a time at most.
    public init(descriptor: Int32, chunkSize: Int = 1 << 20) {
        self.descriptor = descriptor
        chunk = Array(repeating: 0, count: chunkSize)
    }

    /// The next line without its line feed, or nil at the end of the input or when reading failed.
    public mutating func next() -> Data? {
        while true {
            let newline: Int? = buffer.withUnsafeBufferPointer { all in
                guard position < all.count, let base = all.baseAddress,
                      let hit = memchr(base + position, 0x0A, all.count - position) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            if let nl = newline {
                let line = Data(buffer[position..<nl])
                position = nl + 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                defer { position = buffer.count }
                return Data(buffer[position...])
            }
            // Keep only the unread tail, then read more: each byte is copied a bounded number of times.
            buffer.removeFirst(position)
            position = 0
            if !readChunk() { atEnd = true }
        }
    }

    /// Appends what one `read(2)` gives to the buffer; false at the end of the input or when
    /// reading fails (`failure` says why).
    private mutating func readChunk() -> Bool {
        var n: Int
        var code: Int32 = 0
        repeat {
            n = chunk.withUnsafeMutableBytes { raw in
                let got = read(descriptor, raw.baseAddress!, raw.count)
                code = got < 0 ? errno : 0
                return got
            }
        } while n < 0 && code == EINTR
        if n < 0 { failure = String(cString: strerror(code)) }
        guard n > 0 else { return false }
        buffer.append(contentsOf: chunk[..<n])
        return true
    }
}
