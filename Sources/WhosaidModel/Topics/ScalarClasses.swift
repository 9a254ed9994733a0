/// Cached character classes of scalars for the topic tokenizer: a table for ASCII and a small
/// direct-mapped cache for the rest, so the slow Unicode property lookups run once per scalar value.
struct ScalarClasses {
    /// A letter or a digit (alphabetic, or with a numeric type).
    static let word: UInt8 = 1
    /// White space.
    static let space: UInt8 = 2
    /// An upper-case letter.
    static let upper: UInt8 = 4

    /// The classes of the ASCII scalars, by value: built once, shared by every scan.
    private let ascii = ScalarClasses.asciiClasses
    private static let asciiClasses: [UInt8] = (0..<128).map { v in
        if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 { return word }
        if v >= 0x41 && v <= 0x5A { return word | upper }
        return v == 0x20 || (v >= 0x09 && v <= 0x0D) ? space : 0
    }
    /// The cache: slot `v & 1023` holds `v << 8 | classes` for the last non-ASCII `v` asked
    /// about (a scalar value has 21 bits; 0, never non-ASCII, marks an empty slot). One array,
    /// not one of values and one of classes, each made for every scan.
    private var cached = [UInt32](repeatElement(0, count: 1024))

    /// The classes of the scalar with value `v`.
    @inline(__always) mutating func of(_ v: UInt32) -> UInt8 {
        if v < 0x80 { return ascii[Int(v)] }
        return nonASCII(v)
    }

    /// The classes of the non-ASCII scalar with value `v`, through the cache. Not inlined: the
    /// cache is written only here, so the loops that ask (over every word of an article) do not
    /// check its storage's uniqueness at every call, for scalars most words lack.
    @inline(never) private mutating func nonASCII(_ v: UInt32) -> UInt8 {
        let slot = Int(v & 1023)
        let entry = cached[slot]
        if entry >> 8 == v { return UInt8(truncatingIfNeeded: entry) }
        let c = Self.compute(v)
        cached[slot] = v << 8 | UInt32(c)
        return c
    }

    @inline(never) private static func compute(_ v: UInt32) -> UInt8 {
        guard let s = Unicode.Scalar(v) else { return 0 }
        let p = s.properties
        var c: UInt8 = 0
        if p.isAlphabetic || p.numericType != nil { c |= word }
        if p.isWhitespace { c |= space }
        if p.isUppercase { c |= upper }
        return c
    }
}
