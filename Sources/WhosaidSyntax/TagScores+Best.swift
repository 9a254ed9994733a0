/// The best tag of a position's scores, found across the lanes at once: the scalar scan it
/// replaces (``PartOfSpeechTagger/best(_:)``, which the reference tagger keeps) compiled to a
/// branch per tag, taken or not by the scores, and its mispredictions were about a tenth of
/// tagging's time on real news. The answers are the same: the first tag of the highest score,
/// and the highest score of the other tags.
///
/// Lanes are chosen with masks made by integer arithmetic: the standard library's
/// `replacing(with:where:)` compiles to a loop over the lanes through memory.
extension TagScores {
    /// Tag numbers of the vector's lanes (a literal, which the compiler folds).
    @inline(__always) private static var laneTags: SIMD16<Int32> { SIMD16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) }
    /// The tag of the score beside the vector (``high``).
    private static let highTag: Int32 = 16

    /// All ones in the lanes where `v` is not zero, zeros elsewhere.
    @inline(__always) private static func nonZeroLanes(_ v: SIMD16<Int32>) -> SIMD16<Int32> { (v | (0 &- v)) &>> 31 }

    /// The tag with the highest score (the first on a tie), and that score.
    @inline(__always) var best: (tag: UInt8, score: Int32) {
        let top = Swift.max(low.max(), high)
        // The tag of each lane that holds the top score; the others beyond every tag.
        let differs = Self.nonZeroLanes(low ^ SIMD16(repeating: top))
        let first = Swift.min((Self.laneTags | (differs & SIMD16(repeating: Self.highTag))).min(), Self.highTag)
        return (UInt8(truncatingIfNeeded: first), top)
    }

    /// The highest score of the tags other than `tag`.
    @inline(__always) func runnerUp(besides tag: UInt8) -> Int32 {
        let isTag = ~Self.nonZeroLanes(Self.laneTags ^ SIMD16(repeating: Int32(tag)))
        let others = (low & ~isTag) | (SIMD16(repeating: .min) & isTag)
        return Swift.max(others.max(), Int32(tag) == Self.highTag ? .min : high)
    }
}
