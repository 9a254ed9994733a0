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
        let narrow = TextScalars(text).narrow
        #expect(narrow != nil)
        if let narrow { #expect(QuoteMarks(narrow).offsets == expected) }
        #expect(QuoteMarks(TextScalars(text)).offsets == expected)
    }

    /// Past 127 distinct non-ASCII scalars a text escapes the rest, and is read without ``NarrowScalars``.
    @Test func readsTextsWithEscapedScalars() {
        let many = (0..<200).map { Unicode.Scalar(0x400 + $0)! }
        let text = Self.text(many + Self.marks + Self.others)
        let expected = text.indices.filter { Self.marks.contains(text[$0]) }.map { Int32($0) }
        #expect(TextScalars(text).narrow == nil)
        #expect(QuoteMarks(TextScalars(text)).offsets == expected)
    }

    @Test func readsTextsWithScalarsAboveTheBasicPlane() {
        let text = Self.text(Self.marks + ["\u{1F600}"] + Self.marks)
        let expected = text.indices.filter { Self.marks.contains(text[$0]) }.map { Int32($0) }
        #expect(QuoteMarks(TextScalars(text)).offsets == expected)
    }
}
