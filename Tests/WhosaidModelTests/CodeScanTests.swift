import Testing
@testable import WhosaidModel

/// The scans that jump over eight one-byte scalar codes at a time (``CodeScan``) and the fast
/// paths built on them must stop, decode and write exactly where and what the scalar-by-scalar
/// loops did.
@Suite struct CodeScanTests {
    /// Texts with the stops at every place relative to an eight-byte word, ASCII and not.
    static let texts: [String] = {
        var texts = TextScalarsTests.texts
        let filler = "abcdefghijklmnopqrstuvwxyz ABCDEFG 0123456789"
        for stop in ["\n", "\r", "\r\n", "\u{2029}", ".", "!", "?", "\u{2026}", "é", "“", "😀", "\u{85}"] {
            for k in stride(from: 0, through: 20, by: 1) {
                let head = String(filler.prefix(k))
                texts.append(head + stop + String(filler.dropFirst(k)) + stop)
            }
        }
        // Stops each followed by the code one bit away from it, which a zero test's borrow may
        // mark too: the scan must still stop at the stop, and from the next code on, pass it.
        for k in 0...9 {
            texts.append(String(filler.prefix(k)) + "./!\u{20}?>\n\u{0B}\r\u{0C}" + filler)
        }
        return texts
    }()

    /// The tokenizer's skip over a word's ASCII letters and digits stops where its scalar test
    /// (``Tokenizer/isWordScalar(_:)``) first fails on an ASCII scalar, or at any other scalar.
    @Test(arguments: texts + [String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }), "Zaz09@[`{/:", "abc\u{C0}d"])
    func theASCIIWordRunEndsWhereTheScalarTestFails(text: String) {
        let scalars = TextScalars(text.unicodeScalars)
        for from in 0...scalars.count {
            for to in Set([from, min(from + 3, scalars.count), scalars.count]) {
                let expected = (from..<to).first { k in !(scalars[k].isASCII && Tokenizer.isWordScalar(scalars[k])) } ?? to
                #expect(scalars.asciiAlphanumericEnd(from: from, to: to) == expected)
                if let narrow = scalars.narrow { #expect(narrow.asciiAlphanumericEnd(from: from, to: to) == expected) }
            }
        }
    }

    /// The eight-code test of the word skip marks every byte value in every lane exactly when
    /// the code-by-code test does, whatever the other lanes hold.
    @Test func everyByteInEveryLaneIsMarkedAsTheCodeTestMarksIt() {
        for lane in 0..<8 {
            for background in [UInt8(ascii: "a"), UInt8(ascii: " "), 0xFF, UInt8(ascii: "Z"), 0x7F] {
                for byte in 0...255 {
                    var x: UInt64 = 0
                    for k in 0..<8 { x |= UInt64(k == lane ? UInt8(byte) : background) << UInt64(k * 8) }
                    let marked = CodeScan.notAlphanumeric(x) & (0x80 << UInt64(lane * 8)) != 0
                    let code = UInt8(byte)
                    let alphanumeric = code < 0x80 && ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7A || code >= 0x30 && code <= 0x39)
                    #expect(marked == !alphanumeric, "byte \(byte) in lane \(lane)")
                }
            }
        }
    }

    @Test(arguments: texts)
    func theNextCandidateIsTheFirstScalarTheLoopWouldStopAt(text: String) {
        let scalars = TextScalars(text.unicodeScalars)
        let stops: [(UInt8, UInt8, UInt8)] = [(0x0A, 0x0D, 0x0D), (0x2E, 0x21, 0x3F), (0x80, 0x80, 0x80)]
        for (a, b, c) in stops {
            for from in 0...scalars.count {
                let expected = (from..<scalars.count).first { k in
                    let v = scalars[k].value
                    return v == UInt32(a) || v == UInt32(b) || v == UInt32(c) || v >= 0x80
                } ?? scalars.count
                #expect(scalars.nextCandidate(from: from, to: scalars.count, a, b, c) == expected)
                if let narrow = scalars.narrow {
                    #expect(narrow.nextCandidate(from: from, to: scalars.count, a, b, c) == expected)
                }
            }
        }
    }

    @Test(arguments: texts)
    func decodingAndWritingBackGiveTheTextsUTF8(text: String) {
        var copy = text
        let decoded = copy.withUTF8 { TextScalars(decodingUTF8: $0) }
        #expect(Array(decoded) == Array(text.unicodeScalars))
        for start in [0, 1, 7, 9] where start <= decoded.count {
            var written: [UInt8] = []
            decoded.forEachUTF8Run(start..<decoded.count) { written.append(contentsOf: $0) }
            #expect(written == Array(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(start))).utf8))
        }
    }

    @Test(arguments: texts)
    func linesAndParagraphsAreFoundAsScalarByScalar(text: String) {
        let s = TextScalars(text.unicodeScalars)
        // The loops as they were, testing every scalar.
        var lines: [HardWrap.Line] = []
        var start = 0
        var i = 0
        while i <= s.count {
            let c: Unicode.Scalar = i == s.count ? "\n" : s[i]
            guard c == "\n" || c == "\r" || c == "\u{2029}" else { i += 1; continue }
            lines.append(HardWrap.line(s, from: start, to: i, endsParagraph: c == "\u{2029}"))
            if c == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1 }
            i += 1
            start = i
        }
        let found = HardWrap.lines(in: s)
        #expect(found.map { [$0.start, $0.contentStart, $0.end] } == lines.map { [$0.start, $0.contentStart, $0.end] })
        #expect(found.map(\.endsParagraph) == lines.map(\.endsParagraph))
        var paragraphs: [TextSpan] = []
        var lineStart = 0
        for k in 0...s.count where k == s.count || s[k] == "\n" || s[k] == "\r" || s[k] == "\u{2029}" {
            var a = lineStart
            var b = k
            while a < b, Characters.isSpace(s[a]) || s[a] == "\u{FEFF}" { a += 1 }
            while b > a, Characters.isSpace(s[b - 1]) { b -= 1 }
            if b > a { paragraphs.append(TextSpan(start: a, end: b)) }
            lineStart = k + 1
        }
        #expect(Document.paragraphSpans(in: s) == paragraphs)
    }

    @Test func plainWordsFoldAsTheirBytesLowerCased() {
        for word in ["said", "Said", "USA", "b52", "A", "", "O'Brien", "Korea’s", "U.S.", "café", "e-mail", "ßtraße", "x y", "I", "Zz9"] {
            #expect(TextFolding.bytes(word) == TextFolding.bytesWithOrigins(word).bytes, "\(word)")
        }
    }
}
