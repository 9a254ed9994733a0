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

    /// The lanes in 16 bits, or nil when one does not fit: a lane fits when its low 16 bits,
    /// sign-extended, give it back. Truncated, widened and compared in three lane loops with no
    /// early exit (a running minimum and maximum cost some 80 instructions a vector).
    @inline(__always) var narrowed: SIMD16<Int16>? {
        var n = SIMD16<Int16>()
        for i in 0..<16 { n[i] = Int16(truncatingIfNeeded: self[i]) }
        let back = SIMD16<Int32>(widening: n)
        var differ: Int32 = 0
        for i in 0..<16 { differ |= back[i] ^ self[i] }
        return differ == 0 ? n : nil
    }
}
