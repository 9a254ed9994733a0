/// Lines as bytes rather than `Data`: each line is copied out of the reader's buffer once, or
/// not at all when lent, where a `Data` line was copied again by every reader that needed an
/// array (the JSONL worker and its parent, once per document each way).
extension LineReader {
    /// The next line without its line feed, or nil at the end of the input or when reading failed.
    public mutating func nextBytes() -> [UInt8]? {
        while true {
            if let line = bufferedBytes() { return line }
            if atEnd { return nil }
            fill()
        }
    }

    /// The next line as ``bufferedLine()`` finds it, as bytes.
    public mutating func bufferedBytes() -> [UInt8]? {
        nextLineRange().map { bytes(in: $0) }
    }

    /// `body` of the next line as ``bufferedLine()`` finds it, lent in place (valid only in
    /// `body`); nil when there is none yet.
    public mutating func withBufferedLine<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        guard let range = nextLineRange() else { return nil }
        return try withBytes(in: range, body)
    }
}
