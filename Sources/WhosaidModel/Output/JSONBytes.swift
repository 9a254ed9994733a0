/// The bytes a ``JSONWriter`` has written, in an array kept zero-filled a little past them, so
/// that a write of several bytes (a key with its quotes and colon, a number's digits, a run of a
/// string) checks the array's uniqueness and room once and stores them in place:
/// `Array.append(contentsOf:)` cost some 90 instructions a call and a key some 230, on writes of a
/// few bytes (issue 12). The filled part grows ``fillStep`` bytes at a time within the capacity
/// reserved, so memory far past what is written is not touched.
struct JSONBytes {
    /// The bytes written, the first `count`; zeros after them.
    private var storage: [UInt8] = []
    /// How many bytes are written.
    private(set) var count = 0

    /// How many bytes the zero-filled part grows by, within the room reserved.
    static let fillStep = 1 << 12

    /// Empty bytes with room reserved for `capacity`.
    init(capacity: Int) {
        storage.reserveCapacity(capacity)
    }

    /// Makes room for `n` more bytes, lets `body` write them at the pointer it is given (all
    /// `n` of them), and counts them written.
    @inline(__always) mutating func write(_ n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
        if count + n > storage.count { fill(to: count + n) }
        let at = count
        storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + at) }
        count += n
    }

    /// Appends one byte.
    @inline(__always) mutating func append(_ b: UInt8) {
        write(1) { $0.pointee = b }
    }

    /// Appends the bytes of `src`.
    @inline(__always) mutating func append(_ src: UnsafeBufferPointer<UInt8>) {
        guard let base = src.baseAddress, !src.isEmpty else { return }
        write(src.count) { Self.copy(base, src.count, to: $0) }
    }

    /// Copies `n` bytes from `from` to `to`: a few byte by byte, more by `memcpy`.
    @inline(__always) static func copy(_ from: UnsafePointer<UInt8>, _ n: Int, to: UnsafeMutablePointer<UInt8>) {
        if n <= Self.shortCopy {
            for k in 0..<n { to[k] = from[k] }
        } else {
            to.update(from: from, count: n)
        }
    }

    /// The most bytes copied one by one rather than by `memcpy`.
    static let shortCopy = 16

    /// Zero-fills the storage up to at least `needed` bytes: ``fillStep`` more when the room
    /// reserved holds them, copied from ``zeros``.
    private mutating func fill(to needed: Int) {
        let target = max(needed, min(storage.capacity, storage.count + Self.fillStep))
        Self.zeros.withUnsafeBufferPointer { zeros in
            while storage.count < target {
                storage.append(contentsOf: UnsafeBufferPointer(rebasing: zeros[..<min(target - storage.count, zeros.count)]))
            }
        }
    }

    /// ``fillStep`` zero bytes, to fill the storage from.
    private static let zeros = [UInt8](repeating: 0, count: fillStep)

    /// The bytes written, copied out.
    var array: [UInt8] { Array(storage[..<count]) }

    /// The bytes written, handed over without a copy; none are left.
    mutating func take() -> [UInt8] {
        storage.removeSubrange(count...)
        count = 0
        defer { storage = [] }
        return storage
    }

    /// Hands the bytes written to `sink` and forgets them, keeping the room they took.
    mutating func drain(to sink: ([UInt8]) throws -> Void) rethrows {
        guard count > 0 else { return }
        storage.removeSubrange(count...)
        try sink(storage)
        storage.removeAll(keepingCapacity: true)
        count = 0
    }
}
