/// The best tag of a position's scores, found across the lanes at once: the scalar scan it
/// replaces (``PartOfSpeechTagger/best(_:)``, which the reference tagger keeps) compiled to a
/// branch per tag, taken or not by the scores, and its mispredictions were about a tenth of
/// tagging's time on real news. The answers are the same: the first tag of the highest score,
/// and whether it leads the other tags' scores by a margin (the reference compares the highest
/// of the others).
///
/// Each lane's score and tag are packed into one number (``packed``) whose order is the order
/// the tagger chooses by: the score, then the lower tag. The best tag is then the lane of the
/// largest packed number, found by one reduction, not by a reduction for the top score and a
/// second for the first lane that holds it. The reductions take the larger of two vectors by
/// integer arithmetic (``larger(_:_:)``): the processors' baseline (x86-64 without SSE 4.1) has
/// no instruction for it, and the standard library's `max()` and `min()` of a vector compiled to
/// a compare and a conditional move per lane: 440 instructions a position for the first pass's
/// best tag, guess and runner-up, about a quarter of that pass.
///
/// Lanes are compared by integer arithmetic too (a difference's sign): the standard library's
/// comparisons and `replacing(with:where:)` compile to a loop over the lanes through memory.
extension TagScores {
    /// The tag of the score beside the vector (``high``).
    private static let highTag: Int32 = 16

    /// Bits below a packed score that hold its tag's rank (``maxRank`` less the tag): enough for ``UPOS/count`` tags.
    private static let rankBits: Int32 = 5
    /// The rank of tag `t` in a packed score: ``maxRank`` - `t`, so that of two equal scores the
    /// lower tag packs into the larger number.
    private static let maxRank: Int32 = (1 << rankBits) - 1
    /// The ranks of the vector's lanes' tags (a literal, which the compiler folds).
    @inline(__always) private static var laneRanks: SIMD16<Int32> {
        SIMD16(31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16)
    }

    /// How large a score may be, in magnitude, for packing: a packed score (``rankBits`` more)
    /// then stays below 2^30, so the difference of two never overflows in ``larger(_:_:)``. A
    /// position's score sums at most ``TaggerFeatures/maxCount`` weights of 16 bits, below 2^21.
    static let packableScoreLimit: Int32 = 1 << 25

    /// The larger of `a` and `b` in each lane, by arithmetic: exact when no lane's `b - a` overflows.
    @inline(__always) private static func larger<V: SIMD>(_ a: V, _ b: V) -> V where V.Scalar == Int32 {
        let d = b &- a
        return a &+ (d & ~(d &>> 31))
    }

    /// The largest lane of `v` (of packed scores, so that ``larger(_:_:)`` is exact): the vector
    /// halved twice, then its last four lanes compared one by one.
    @inline(__always) private static func largestLane(_ v: SIMD16<Int32>) -> Int32 {
        let eight = larger(v.lowHalf, v.highHalf)
        let four = larger(eight.lowHalf, eight.highHalf)
        return Swift.max(Swift.max(four[0], four[1]), Swift.max(four[2], four[3]))
    }

    /// Each lane's score shifted up past ``rankBits``, with its tag's rank below.
    @inline(__always) private var packed: SIMD16<Int32> { low &<< Self.rankBits | Self.laneRanks }

    /// ``high`` packed as ``packed`` packs the lanes.
    @inline(__always) private var packedHigh: Int32 { high &<< Self.rankBits | (Self.maxRank - Self.highTag) }

    /// The score and tag of a packed number.
    @inline(__always) private static func unpacked(_ p: Int32) -> (tag: UInt8, score: Int32) {
        (UInt8(truncatingIfNeeded: maxRank - (p & maxRank)), p &>> rankBits)
    }

    /// The tag with the highest score (the first on a tie), and that score.
    @inline(__always) var best: (tag: UInt8, score: Int32) {
        assert(fitsPacking, "a score too large to pack")
        return Self.unpacked(Swift.max(Self.largestLane(packed), packedHigh))
    }

    /// Whether the best score, `best` (``best``'s), leads the score of every other tag by
    /// `margin` (above zero) or more: whether it alone is above `best - margin`, counted across
    /// the lanes at once (the best and the highest of the others, compared, took two reductions).
    @inline(__always) func leadsOthers(best: Int32, by margin: Int32) -> Bool {
        assert(margin > 0 && margin < Self.packableScoreLimit && fitsPacking, "a margin or score too large")
        let threshold = best &- margin
        // -1 in each lane above the threshold, 0 elsewhere.
        let above = (SIMD16(repeating: threshold) &- low) &>> 31
        let eight = above.lowHalf &+ above.highHalf
        let four = eight.lowHalf &+ eight.highHalf
        let lanesAbove = 0 &- (four[0] &+ four[1] &+ four[2] &+ four[3])
        return lanesAbove &+ (high > threshold ? 1 : 0) == 1
    }

    /// Whether every score is below ``packableScoreLimit`` in magnitude.
    var fitsPacking: Bool {
        let limit = Int(Self.packableScoreLimit)
        return (0..<16).allSatisfy { abs(Int(low[$0])) < limit } && abs(Int(high)) < limit
    }
}
