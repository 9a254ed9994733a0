import Testing
@testable import WhosaidModel

/// ``RankedBits`` against counting the bits one by one, across word boundaries.
@Suite struct RankedBitsTests {
    /// A pattern with runs, gaps longer than a word and bits on both sides of each word boundary.
    static let pattern: [Bool] = (0..<300).map { i in i % 7 == 0 || (i >= 60 && i <= 70) || i == 127 || i == 128 || i == 299 }
        .enumerated().map { i, b in b && !(i > 140 && i < 290) }

    static func bits(_ pattern: [Bool]) -> RankedBits {
        var bits = RankedBits.Builder(capacity: pattern.count)
        var start = 0
        repeat {
            let end = min(start + RankedBits.wordBits, pattern.count)
            var word: UInt64 = 0
            for k in start..<end where pattern[k] { word |= 1 << UInt64(k - start) }
            bits.append(word: word, count: end - start)
            start = end
        } while start < pattern.count
        return bits.finish()
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

    @Test func lastSetFindsThePreviousSetBitWithinAStretch() {
        let bits = Self.bits(Self.pattern)
        for a in stride(from: 0, to: Self.pattern.count, by: 3) {
            for b in a..<Self.pattern.count {
                let expected = (a...b).last { Self.pattern[$0] }
                #expect(bits.lastSet(from: a, through: b) == expected, "lastSet(from: \(a), through: \(b))")
            }
        }
        #expect(bits.lastSet(from: 5, through: 4) == nil)
        #expect(bits.lastSet(from: 0, through: Self.pattern.count) == nil)
        let all = Self.bits(Array(repeating: true, count: 128))
        #expect(all.lastSet(from: 0, through: 127) == 127)
        #expect(all.lastSet(from: 64, through: 64) == 64)
        #expect(all.lastSet(from: 0, through: 63) == 63)
    }

    @Test(arguments: [0, 1, 63, 64, 65, 127, 128, 129])
    func allSetCountsEveryPositionAtAnyLength(length: Int) {
        let bits = Self.bits(Array(repeating: true, count: length))
        #expect(bits.count == length)
        #expect(bits.rank(length) == length)
        #expect(bits.firstSet(atOrAfter: length) == nil)
        if length > 0 { #expect(bits.firstSet(atOrAfter: length - 1) == length - 1) }
    }

    @Test func emptyAndAllClearHaveNoSetBits() {
        #expect(RankedBits().rank(0) == 0)
        #expect(RankedBits().firstSet(atOrAfter: 0) == nil)
        let clear = Self.bits(Array(repeating: false, count: 128))
        #expect(clear.rank(128) == 0)
        #expect(clear.firstSet(atOrAfter: 0) == nil)
    }
}
