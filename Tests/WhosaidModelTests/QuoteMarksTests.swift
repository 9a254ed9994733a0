import Testing
@testable import WhosaidModel

/// ``QuoteMarks`` against testing every scalar, with each mark and some near misses at varied
/// offsets, read through ``NarrowScalars`` (its fast path) and ``TextScalars``.
@Suite struct QuoteMarksTests {
    /// Every mark.
    static let marks: [Unicode.Scalar] = ["\"", "'", "`", "\u{AB}", "\u{BB}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{201E}"]
    /// Scalars near the marks that are none of them: ASCII beside `"` and `'`, `ʼ`, `‚`, `‛`, `‟`, `é`.
    static let others: [Unicode.Scalar] = ["!", "#", "&", "(", "_", "a", "\u{2BC}", "\u{201A}", "\u{201B}", "\u{201F}", "\u{E9}"]

    /// Each scalar after 0–4 letters, then a word and an apostrophe.
    static func text(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var text: [Unicode.Scalar] = []
        for (i, c) in scalars.enumerated() {
            text += Array(repeating: "x", count: i % 5)
            text.append(c)
        }
        return text + ["y", "'"]
    }

    @Test func findsEveryMarkAndNothingElse() {
        let text = Self.text(Self.marks + Self.others + Self.marks.reversed())
        let expected = text.indices.filter { Self.marks.contains(text[$0]) }.map { Int32($0) }
        let narrow = NarrowScalars(units: text.map { UInt16($0.value) })
        #expect(QuoteMarks(narrow).offsets == expected)
        #expect(QuoteMarks(TextScalars(text)).offsets == expected)
    }

    @Test func readsTextsWithScalarsAboveTheBasicPlane() {
        let text = Self.text(Self.marks + ["\u{1F600}"] + Self.marks)
        let expected = text.indices.filter { Self.marks.contains(text[$0]) }.map { Int32($0) }
        #expect(QuoteMarks(TextScalars(text)).offsets == expected)
    }
}
