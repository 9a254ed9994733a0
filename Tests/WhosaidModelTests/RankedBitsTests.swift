import Testing
@testable import WhosaidModel

/// ``RankedBits`` against counting the bits one by one, across word boundaries.
@Suite struct RankedBitsTests {
    /// A pattern with runs, gaps longer than a word and bits on both sides of each word boundary.
    static let pattern: [Bool] = (0..<300).map { i in i % 7 == 0 || (i >= 60 && i <= 70) || i == 127 || i == 128 || i == 299 }
        .enumerated().map { i, b in b && !(i > 140 && i < 290) }

    static func bits(_ pattern: [Bool]) -> RankedBits {
        var bits = RankedBits()
        bits.reserveCapacity(pattern.count)
        for b in pattern { bits.append(b) }
        return bits
    }

    @Test func rankCountsTheSetBitsBefore() {
        let bits = Self.bits(Self.pattern)
        #expect(bits.count == Self.pattern.count)
        for i in 0...Self.pattern.count {
            #expect(bits.rank(i) == Self.pattern[..<i].filter { $0 }.count, "rank(\(i))")
        }
        #expect(bits.count(in: 60..<71) == 11)
        for i in Self.pattern.indices { #expect(bits.contains(i) == Self.pattern[i]) }
    }

    @Test func firstSetFindsTheNextSetBitAcrossEmptyWords() {
        let bits = Self.bits(Self.pattern)
        for i in 0...Self.pattern.count {
            let expected = Self.pattern.indices.first { $0 >= i && Self.pattern[$0] }
            #expect(bits.firstSet(atOrAfter: i) == expected, "firstSet(atOrAfter: \(i))")
        }
    }

    @Test func emptyAndAllClearHaveNoSetBits() {
        #expect(RankedBits().rank(0) == 0)
        #expect(RankedBits().firstSet(atOrAfter: 0) == nil)
        let clear = Self.bits(Array(repeating: false, count: 128))
        #expect(clear.rank(128) == 0)
        #expect(clear.firstSet(atOrAfter: 0) == nil)
    }
}
