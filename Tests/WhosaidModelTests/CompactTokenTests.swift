import Testing
@testable import WhosaidModel

/// The compact token records of ``Tokens`` (issue 12, memory): their size, the packed kind and
/// capital, the text read from the table of forms, and the paragraph a token reads from its
/// sentence instead of storing it.
@Suite struct CompactTokenTests {
    @Test func aStoredTokenTakesSixteenBytes() {
        // 48 bytes, then 40 with a String each, then 20 with the kind, capital, classes and tag;
        // on a 66 MB document each byte a token saves is about 12 MB.
        #expect(MemoryLayout<Token.Record>.stride == 16)
        #expect(MemoryLayout<Token.FormInfo>.stride == 8)
    }

    @Test func recordAndFormRoundTrip() {
        for kind in [Token.Kind.word, .number, .punctuation] {
            for capital in [false, true] {
                let record = Token.Record(start: 3, sentence: 7, form: 1)
                let infos = [
                    Token.FormInfo(length: 4, kind: .word, isCapitalized: false, classes: .reporting),
                    Token.FormInfo(length: 6, kind: kind, isCapitalized: capital, classes: .stopWord),
                ]
                var tokens = Tokens(records: [record, Token.Record(start: 10, sentence: 8, form: 0)], lowers: ["said", "sigal"], infos: infos)
                #expect(tokens[0].tag == .x && tokens[1].tag == .x)
                tokens[0].tag = .propn
                tokens[0].quote = 2
                let t = tokens[0]
                #expect(t.kind == kind)
                #expect(t.isCapitalized == capital)
                #expect(t.isWord == (kind != .punctuation))
                // Punctuation has no word classes, whatever the lexicon says of its text.
                #expect(t.classes == (kind == .punctuation ? [] : .stopWord))
                #expect((t.start, t.end, t.sentence, t.quote, t.lower, t.tag) == (3, 9, 7, 2, "sigal", .propn))
                tokens[0].quote = nil
                let u = tokens[0]
                #expect(u.quote == nil && u.kind == kind && u.isCapitalized == capital && u.tag == .propn && u.lower == "sigal")
                // The other token keeps its own fields and its own form's.
                let v = tokens[1]
                #expect((v.start, v.end, v.sentence, v.quote, v.lower, v.tag) == (10, 14, 8, nil, "said", .x))
                #expect(v.kind == .word && !v.isCapitalized && v.classes == .reporting)
            }
        }
    }

    /// Writing tags through ``Tokens/withUnsafeMutableTags(_:)`` is what the tokens then read.
    @Test func tagsWrittenInPlaceAreRead() {
        var tokens = Tokenizer.tokens(of: Document(name: "t", text: "Um, Sigal said."))
        tokens.withUnsafeMutableTags { records, tags, forms in
            for k in tags.indices where forms[Int(records[k].form)].kind == .punctuation { tags[k] = .punct }
        }
        #expect(tokens.map(\.tag) == [.x, .punct, .x, .x, .punct])
    }

    /// Kind and capital are the form's: each token of a form reads the same, and an
    /// article-prefixed name is capitalised though its first letter is not.
    @Test func formsDecideKindAndCapital() {
        let tokens = Tokenizer.tokens(of: Document(name: "t", text: "al-Assad met al-Assad and 42 aides, Sigal said."))
        #expect(tokens.map(\.isCapitalized) == [true, false, true, false, false, false, false, true, false, false])
        #expect(tokens.map(\.kind) == [.word, .word, .word, .word, .number, .word, .punctuation, .word, .word, .punctuation])
        #expect(tokens[0].form == tokens[2].form)
    }

    /// Each token reads the lower-cased text and the length of its own form, the same for every
    /// token of a form.
    @Test func tokensReadTheirFormsText() {
        let document = Document(name: "t", text: "Sigal said it. SIGAL SAID: “It’s fine,” she said.")
        let tokens = Tokenizer.tokens(of: document)
        #expect(tokens.map(\.lower) == ["sigal", "said", "it", ".", "sigal", "said", ":", "“", "it's", "fine", ",", "”", "she", "said", "."])
        // A form is the text as written: "SAID" is another form than "said", read the same.
        #expect(tokens[1].form != tokens[5].form && tokens[1].form == tokens[13].form)
        let scalars = Array(document.text.unicodeScalars)
        for t in tokens {
            let written = String(String.UnicodeScalarView(scalars[t.start..<t.end])).lowercased()
            #expect(String(written.map { $0 == "’" ? "'" : $0 }) == t.lower)
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
