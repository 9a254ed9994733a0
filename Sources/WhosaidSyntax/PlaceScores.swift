/// The summed weights of one word's features in the four places it can stand around the word
/// being tagged (one before, two before, one after, two after), in 16 bits each: 136 bytes where
/// four ``TagScores`` take 320, so a word's reading spans fewer cache lines (tagging real news
/// waits mostly for memory).
///
/// Each place sums one to four features of 16-bit weights, so a sum can exceed 16 bits; none of
/// the 108,567 distinct forms of EWT train, PolNeAR train and GUM dev does with the shipped model
/// (the largest is 26,602). A word whose sums do not fit has no `PlaceScores` and is marked
/// ``ScoredWord/hasWidePlaces``: its places are looked up in the model when tagging reaches it.
struct PlaceScores: Sendable, Equatable {
    /// Lanes 0..<16 of before, two before, after, two after.
    private var low: (SIMD16<Int16>, SIMD16<Int16>, SIMD16<Int16>, SIMD16<Int16>)
    /// Lane 16 of each, in the same order.
    private var high: SIMD4<Int16>

    /// All zero.
    init() {
        low = (.zero, .zero, .zero, .zero)
        high = .zero
    }

    /// The four places' scores, or nil when a score does not fit in 16 bits.
    init?(before: TagScores, twoBefore: TagScores, after: TagScores, twoAfter: TagScores) {
        guard let a = before.low.narrowed, let b = twoBefore.low.narrowed, let c = after.low.narrowed,
              let d = twoAfter.low.narrowed
        else { return nil }
        let highs = SIMD4<Int32>(before.high, twoBefore.high, after.high, twoAfter.high)
        let h = SIMD4<Int16>(truncatingIfNeeded: highs)
        guard SIMD4<Int32>(truncatingIfNeeded: h) == highs else { return nil }
        low = (a, b, c, d)
        high = h
    }

    /// The scores' bytes (not the padding after them), as 64-bit words.
    @inline(__always) private static var words: Int { MemoryLayout<PlaceScores>.size / 8 }

    /// Whether `a` and `b` hold the same scores: their bytes compared 64 bits at a time (comparing
    /// the vectors lane by lane cost about 1,000 instructions a word read).
    @inline(__always) static func == (a: PlaceScores, b: PlaceScores) -> Bool {
        withUnsafeBytes(of: a) { x in
            withUnsafeBytes(of: b) { y in
                var differ: UInt64 = 0
                for i in 0..<words {
                    differ |= x.load(fromByteOffset: 8 * i, as: UInt64.self) ^ y.load(fromByteOffset: 8 * i, as: UInt64.self)
                }
                return differ == 0
            }
        }
    }

    /// A hash of the scores (FNV-1a over their bytes' 64-bit words, then mixed).
    @inline(__always) var fingerprint: UInt64 {
        withUnsafeBytes(of: self) { x in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for i in 0..<Self.words { h = (h ^ x.load(fromByteOffset: 8 * i, as: UInt64.self)) &* 0x0000_0100_0000_01B3 }
            return h ^ (h >> 29)
        }
    }

    @inline(__always) private static func widen(_ v: SIMD16<Int16>, _ high: Int16) -> TagScores {
        var s = TagScores()
        s.low = SIMD16<Int32>(widening: v)
        s.high = Int32(high)
        return s
    }

    /// As the word before the one tagged.
    @inline(__always) var before: TagScores { Self.widen(low.0, high[0]) }
    /// Two before.
    @inline(__always) var twoBefore: TagScores { Self.widen(low.1, high[1]) }
    /// As the word after.
    @inline(__always) var after: TagScores { Self.widen(low.2, high[2]) }
    /// Two after.
    @inline(__always) var twoAfter: TagScores { Self.widen(low.3, high[3]) }
}
