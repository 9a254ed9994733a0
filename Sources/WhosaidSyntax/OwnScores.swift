/// The summed weights of a word's own features (``PassScores/own``) in both passes, in 16 bits
/// each: 68 bytes where two ``TagScores`` took 148 with their padding, so a reading
/// (``ScoredWord``) takes 128 bytes instead of 208. The tagger word cache of a long stream holds
/// up to 48,000 readings, so this is about 4 MB of its resident peak (issue 12).
///
/// A word whose sums do not fit in 16 bits (about one new form in twelve of a stream of news, the
/// model's frequent words more often) keeps them at full width in a ``WideOwnScores`` instead
/// (``ScoredWord/wideOwn``), which tagging reads at one more test per word.
struct OwnScores: Sendable {
    /// Lanes 0..<16 of the first pass's and the second pass's scores.
    private var firstLow: SIMD16<Int16>
    private var secondLow: SIMD16<Int16>
    /// Lane 16 of each.
    private var firstHigh: Int16
    private var secondHigh: Int16

    /// All zero: the scores a word with ``ScoredWord/wideOwn`` keeps here.
    static let zero = OwnScores(firstLow: .zero, secondLow: .zero, firstHigh: 0, secondHigh: 0)

    private init(firstLow: SIMD16<Int16>, secondLow: SIMD16<Int16>, firstHigh: Int16, secondHigh: Int16) {
        self.firstLow = firstLow
        self.secondLow = secondLow
        self.firstHigh = firstHigh
        self.secondHigh = secondHigh
    }

    /// Both passes' scores, or nil when a score does not fit in 16 bits.
    init?(first: TagScores, second: TagScores) {
        guard let a = first.low.narrowed, let b = second.low.narrowed,
              let c = Int16(exactly: first.high), let d = Int16(exactly: second.high)
        else { return nil }
        self.init(firstLow: a, secondLow: b, firstHigh: c, secondHigh: d)
    }

    /// The first pass's scores.
    @inline(__always) var first: TagScores { Self.widen(firstLow, firstHigh) }
    /// The second pass's scores.
    @inline(__always) var second: TagScores { Self.widen(secondLow, secondHigh) }

    @inline(__always) private static func widen(_ v: SIMD16<Int16>, _ high: Int16) -> TagScores {
        var s = TagScores()
        s.low = SIMD16<Int32>(widening: v)
        s.high = Int32(high)
        return s
    }
}

/// A word's own scores at full width, for the rare word whose sums do not fit in ``OwnScores``;
/// shared by the copies of its ``ScoredWord`` and freed with the last.
final class WideOwnScores: Sendable {
    let first: TagScores
    let second: TagScores

    init(first: TagScores, second: TagScores) {
        self.first = first
        self.second = second
    }
}
