/// Conversions between the tagger's 16-lane score vectors, written lane by lane with no early
/// exit: the standard library's generic `init(truncatingIfNeeded:)` between `SIMD16` scalar types
/// compiled to a call per vector, and a lane loop that stops at the first lane out of range is not
/// turned into vector instructions; these loops are.
extension SIMD16 where Scalar == Int32 {
    /// `v`'s lanes, sign-extended.
    @inline(__always) init(widening v: SIMD16<Int16>) {
        self.init()
        for i in 0..<16 { self[i] = Int32(v[i]) }
    }

    /// The lanes in 16 bits, or nil when one does not fit.
    @inline(__always) var narrowed: SIMD16<Int16>? {
        var low = self[0], high = self[0]
        for i in 1..<16 {
            low = Swift.min(low, self[i])
            high = Swift.max(high, self[i])
        }
        guard low >= Int32(Int16.min), high <= Int32(Int16.max) else { return nil }
        var n = SIMD16<Int16>()
        for i in 0..<16 { n[i] = Int16(truncatingIfNeeded: self[i]) }
        return n
    }
}
