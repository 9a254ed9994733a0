/// Hashing for tagger features: every feature is a 64-bit key made from a template id and the
/// hashes of the values it combines, so no feature string is ever built.
enum FeatureHash {
    /// FNV-1a over bytes.
    @inline(__always) static func bytes<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// A well-mixed combination of `a` and `b` (splitmix64's finaliser over their sum).
    @inline(__always) static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9E37_79B9_7F4A_7C15 &* (b | 1) &+ b
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
