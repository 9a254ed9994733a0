import Testing
@testable import WhosaidModel

/// No span is ever one statement twice, and each statement's text is its span's text.
@Suite struct StatementSpanTests {
    @Test func aQuoteWithItsOwnCueIsNotAlsoTheClauseOfACueBeforeIt() {
        // The quote has a trailing cue ("Tom Reyes added") and is also all of the clause of
        // "told reporters": it was emitted twice, mixed for Ruth Adler and direct for Tom Reyes.
        // The quote ends Ruth Adler's clause with a full stop, so the next sentence's cue answers
        // it (``Attributor/answeredInNextSentence(quote:)``): the quote is hers.
        let a = analyze("Ruth Adler told reporters “The bridge will open in May.” Tom Reyes added.")
        #expect(a.statements.count == 1)
        #expect(a.statements.first?.kind == .direct)
        #expect(a.speaker(of: "bridge") == "Ruth Adler")
    }

    @Test func aClauseThatOnlyAddsTheQuotesOwnCueIsTheSameStatement() {
        // The clause of "said that" ran through the quote's own cue: the quote twice, two speakers.
        let a = analyze("Mayor Ruth Adler said that, “The bridge will open in May,” Tom Reyes added.")
        #expect(a.statements.map(\.text) == ["“The bridge will open in May,”"])
        #expect(a.speaker(of: "bridge") == "Tom Reyes")
    }

    @Test func generatedDocumentsNeverRepeatASpan() {
        for text in NewsLikeDocuments(seed: 2024, count: 1000) {
            let a = Engine().analyze(text: text)
            var seen = Set<TextSpan>()
            for s in a.statements {
                #expect(seen.insert(s.span).inserted, "\(s.span) twice in \(text.debugDescription)")
                #expect(a.document.text(in: s.span) == s.text, "in \(text.debugDescription)")
            }
        }
    }
}
