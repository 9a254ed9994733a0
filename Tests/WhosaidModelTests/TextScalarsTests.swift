import Testing
@testable import WhosaidModel

/// The document's scalars in one byte each (issue 12, memory): every scalar reads back as it was
/// written, those past a full page of non-ASCII codes too, wherever they stand, and offsets stay
/// scalar offsets.
@Suite struct TextScalarsTests {
    static let texts = [
        "Plain ASCII, said she.",
        "“Curly,” he said — café, naïve, 北京.",
        "😀 opens, ends 🇺🇸, and 𝐁𝐨𝐥𝐝 𝑙𝑒𝑡𝑡𝑒𝑟𝑠 in the middle; 𠜎 too.",
        "🎉",
        "\u{FFFF}\u{10000}\u{E000}\u{D7FF}\u{10FFFF}",
        // More distinct non-ASCII scalars than the page holds: the last ones are escaped.
        "Names: " + String(String.UnicodeScalarView((0x4E00..<0x4E00 + 140).map { Unicode.Scalar($0)! })) + " and “北京” again, 😀.",
    ]

    @Test(arguments: texts)
    func scalarsReadBackAsWritten(text: String) {
        let expected = Array(text.unicodeScalars)
        var utf8 = text
        let decoded = utf8.withUTF8 { TextScalars(decodingUTF8: $0) }
        let built = TextScalars(text.unicodeScalars)
        #expect(decoded.count == expected.count && built.count == expected.count)
        #expect(Array(decoded) == expected)
        #expect(Array(built) == expected)
        #expect(decoded.indices.allSatisfy { decoded[$0] == expected[$0] })
        // Every range's values, as the topic scan copies them out.
        for lower in 0...expected.count {
            for upper in lower...expected.count {
                var values = [UInt32](repeating: 0, count: max(1, upper - lower))
                values.withUnsafeMutableBufferPointer { decoded.copyValues(lower..<upper, into: $0.baseAddress!) }
                #expect(Array(values.prefix(upper - lower)) == expected[lower..<upper].map(\.value))
            }
        }
    }

    /// A text whose non-ASCII scalars all have a code in the page is also read without the test for
    /// an escaped one, and reads the same.
    @Test(arguments: texts)
    func theNarrowReaderReadsTheSame(text: String) {
        let s = TextScalars(text.unicodeScalars)
        let distinct = Set(text.unicodeScalars.filter { !$0.isASCII }).count
        #expect((s.narrow == nil) == (distinct > TextScalars.pageSize))
        if let narrow = s.narrow {
            #expect(narrow.count == s.count && (0..<s.count).allSatisfy { narrow[$0] == s[$0] })
        }
    }

    @Test func aScalarIsReplacedInPlace() {
        var s = TextScalars("a\n😀\u{2028}b".unicodeScalars)
        s.replaceNarrow(at: 1, with: " ")
        s.replaceNarrow(at: 3, with: " ")
        #expect(Array(s) == Array("a 😀 b".unicodeScalars))
    }

    /// The document's texts of spans, cut by scalar offsets, with scalars above U+FFFF around them.
    @Test func documentSpansKeepScalarOffsets() {
        let text = "🎉 Headline 🎉\n\n“We won 🏆,” said Ana 😀 Ruiz. Then 𝐁 left."
        let document = Document(name: "t", text: text)
        let scalars = Array(text.unicodeScalars)
        #expect(Array(document.scalars) == scalars)
        for (a, b) in [(0, 1), (0, 12), (15, 27), (20, 30), (40, scalars.count)] {
            let span = TextSpan(start: a, end: b)
            #expect(document.text(in: span) == String(String.UnicodeScalarView(scalars[a..<b])))
        }
    }
}
