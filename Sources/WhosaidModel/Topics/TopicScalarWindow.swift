/// Scalar values of a text as ``TopicTokenizer`` reads them, by their offsets in the whole text.
/// Two readers: ``CodeWindow`` reads a text with no escaped scalar (most news) in place, through
/// its one-byte codes; ``ValueWindow`` reads values copied out of any other text.
protocol TopicScalarWindow {
    /// The value of the scalar at offset `i`.
    subscript(i: Int) -> UInt32 { get }
    /// Calls `body` with the values of the scalars at the offsets `range`.
    func withValues<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt32>) -> R) -> R
    /// Writes the values of the scalars at the offsets `range` into `out` (which holds `range.count`).
    func copy(_ range: Range<Int>, into out: UnsafeMutablePointer<UInt32>)
}

/// A text's scalars read in place from its one-byte codes (``NarrowScalars``): each value is the
/// code's entry in the page's table. The topic scan copied every sentence's values out first
/// (0.5% of the engine on news), to read each of them once or twice.
struct CodeWindow: TopicScalarWindow {
    /// The text's codes, all of them.
    let codes: UnsafePointer<UInt8>
    /// The value of each code, 256 of them.
    let table: UnsafePointer<UInt32>

    @inline(__always) subscript(i: Int) -> UInt32 { table[Int(codes[i])] }

    func withValues<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(1, range.count)) { out in
            copy(range, into: out.baseAddress!)
            return body(UnsafeBufferPointer(rebasing: out[0..<range.count]))
        }
    }

    @inline(__always) func copy(_ range: Range<Int>, into out: UnsafeMutablePointer<UInt32>) {
        for k in range { out[k - range.lowerBound] = self[k] }
    }
}

/// Scalar values of part of a text, read by their offsets in the whole text: `base` holds
/// those from offset `origin` on.
struct ValueWindow: TopicScalarWindow {
    let base: UnsafePointer<UInt32>
    let origin: Int

    @inline(__always) subscript(i: Int) -> UInt32 { base[i - origin] }

    func withValues<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        body(UnsafeBufferPointer(start: base + (range.lowerBound - origin), count: range.count))
    }

    func copy(_ range: Range<Int>, into out: UnsafeMutablePointer<UInt32>) {
        out.update(from: base + (range.lowerBound - origin), count: range.count)
    }
}
