/// Hashes and compares spans of a text's one-byte scalar codes eight at a time (``NarrowScalars``,
/// where equal codes are equal scalars): ``WordTable`` finds the form of each token of a document
/// so, instead of reading each scalar's value from the page (0.5% of the engine on news).
enum CodeSpans {
    /// FNV-1a's 64-bit offset basis and prime, and a last odd multiplier that spreads the hash
    /// into the high half, whose low bits pick a table slot.
    private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3
    private static let spread: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A hash of `codes[a..<b]`, the same for the same codes wherever they lie.
    @inline(__always)
    static func hash(_ codes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt32 {
        precondition(a >= 0 && a <= b && b <= codes.count, "span outside the codes")
        var h = basis ^ UInt64(b - a)
        var k = a
        while k &+ 8 <= b {
            h = (h ^ word(codes, at: k)) &* prime
            k &+= 8
        }
        if k < b { h = (h ^ rest(codes, at: k, count: b &- k)) &* prime }
        return UInt32(truncatingIfNeeded: (h &* spread) >> 32)
    }

    /// Whether `codes[a..<a + count]` and `codes[c..<c + count]` are the same codes.
    @inline(__always)
    static func same(_ codes: UnsafeBufferPointer<UInt8>, _ a: Int, _ c: Int, count: Int) -> Bool {
        precondition(a >= 0 && c >= 0 && count >= 0 && a + count <= codes.count && c + count <= codes.count, "span outside the codes")
        var k = 0
        while k &+ 8 <= count {
            if word(codes, at: a &+ k) != word(codes, at: c &+ k) { return false }
            k &+= 8
        }
        let left = count &- k
        if left == 0 { return true }
        // The last 1 to 7 codes of both in one read of eight each, when eight lie there.
        if max(a, c) &+ k &+ 8 <= codes.count {
            return (word(codes, at: a &+ k) ^ word(codes, at: c &+ k)) & (1 &<< UInt64(left &* 8) &- 1) == 0
        }
        for j in k..<count where codes[a &+ j] != codes[c &+ j] { return false }
        return true
    }

    /// The eight codes from `k` (within the codes), code `k` in the lowest bits on any machine.
    @inline(__always) private static func word(_ codes: UnsafeBufferPointer<UInt8>, at k: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(codes.baseAddress!).loadUnaligned(fromByteOffset: k, as: UInt64.self))
    }

    /// The 1 to 7 codes from `k` (within the codes) as ``word(_:at:)`` reads them, the bytes
    /// above them 0: one read of eight when eight codes lie from `k`, else one read a code.
    @inline(__always) private static func rest(_ codes: UnsafeBufferPointer<UInt8>, at k: Int, count: Int) -> UInt64 {
        if k &+ 8 <= codes.count { return word(codes, at: k) & (1 &<< UInt64(count &* 8) &- 1) }
        var x: UInt64 = 0
        for j in 0..<count { x |= UInt64(codes[k &+ j]) &<< UInt64(j &* 8) }
        return x
    }
}
