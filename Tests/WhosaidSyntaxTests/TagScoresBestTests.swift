import Testing
@testable import WhosaidSyntax

/// The best tag found across the lanes (``TagScores/best``, ``TagScores/leadsOthers(best:by:)``)
/// must answer as the reference tagger's scalar scans do, ties and negative scores included.
@Suite struct TagScoresBestTests {
    /// The largest score a position can sum: ``TaggerFeatures/maxCount`` weights of 16 bits.
    static let largestScore = Int32(TaggerFeatures.maxCount) * 32_768

    /// Scores drawn from `state` (a linear congruential sequence), often tied: each lane takes
    /// one of a few values, or any score up to ``largestScore`` in magnitude.
    static func scores(_ state: inout UInt64) -> [Int32] {
        func next() -> Int64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int64(bitPattern: state >> 11)
        }
        let few: [Int32] = [-largestScore, -2_000, 0, 1_999, 2_000, largestScore]
        return (0..<UPOS.count).map { _ in
            next() % 2 == 0 ? few[Int(abs(next()) % Int64(few.count))] : Int32(next() % Int64(largestScore))
        }
    }

    @Test func bestAndLeadAgreeWithTheScalarScans() {
        var state: UInt64 = 12_345
        for _ in 0..<20_000 {
            let values = Self.scores(&state)
            values.withUnsafeBufferPointer { p in
                let s = TagScores(p.baseAddress!)
                let tag = PartOfSpeechTagger.best(p.baseAddress!)
                #expect(s.best.tag == tag && s.best.score == values[Int(tag)], "\(values)")
                let runnerUp = values.indices.filter { $0 != Int(tag) }.map { values[$0] }.max()!
                for margin: Int32 in [1, 1_999, 2_000, PartOfSpeechTagger.confidentMargin, 100_000] {
                    #expect(s.leadsOthers(best: s.best.score, by: margin) == (values[Int(tag)] - runnerUp >= margin), "\(values) \(margin)")
                }
            }
        }
    }

    @Test func theFirstOfTiedTagsIsBest() {
        for (first, second) in [(0, 16), (3, 4), (15, 16), (0, 1)] {
            var values = [Int32](repeating: -5, count: UPOS.count)
            values[first] = 7
            values[second] = 7
            values.withUnsafeBufferPointer { p in
                let s = TagScores(p.baseAddress!)
                #expect(s.best.tag == UInt8(first))
                #expect(!s.leadsOthers(best: 7, by: 1))
            }
        }
    }
}
