import Testing
@testable import WhosaidModel

/// The compact ``Token`` record (issue 12, memory): its size, the packed kind and capital, and the
/// paragraph it reads from its sentence instead of storing it.
@Suite struct CompactTokenTests {
    @Test func aTokenTakesFortyBytes() {
        // 48 bytes before; on a 66 MB document each byte a token saves is about 13 MB.
        #expect(MemoryLayout<Token>.stride == 40)
    }

    @Test func kindAndCapitalRoundTrip() {
        for kind in [Token.Kind.word, .number, .punctuation] {
            for capital in [false, true] {
                var t = Token(start: 3, end: 9, kind: kind, lower: "sigal", isCapitalized: capital, sentence: 7)
                t.tag = .propn
                t.quote = 2
                #expect(t.kind == kind)
                #expect(t.isCapitalized == capital)
                #expect(t.isWord == (kind != .punctuation))
                #expect((t.start, t.end, t.sentence, t.quote) == (3, 9, 7, 2))
                t.quote = nil
                #expect(t.quote == nil && t.kind == kind && t.isCapitalized == capital && t.tag == .propn)
            }
        }
    }

    /// Every token's paragraph, read from its sentence, is the paragraph that holds it, also for
    /// paragraphs of several sentences, blank lines, a byte-order mark and a hard-wrapped text.
    @Test(arguments: [
        "Headline here\n\nFirst one. Second one! “Third?” he asked.\n\n\nNext paragraph. And more.\nLast",
        "\u{FEFF}Opening. With a mark.\n\u{FEFF}Another line here. Yes.",
        "A hard-wrapped text whose lines run on\nwithout a blank line between them, as e-mail\ndid it.\n\nA second paragraph of it\nruns on too.",
    ])
    func paragraphFollowsFromTheSentence(text: String) {
        let document = Document(name: "t", text: text)
        let tokens = Tokenizer.tokens(of: document)
        #expect(!tokens.isEmpty)
        for t in tokens {
            let held = document.paragraphs.firstIndex { $0.contains(t.start) }
            #expect(document.paragraph(ofSentence: t.sentence) == held)
            #expect(document.paragraph(ofSentence: t.sentence) == document.paragraphIndex(at: t.start))
        }
        #expect(document.sentenceParagraphs.count == document.sentences.count)
    }
}
