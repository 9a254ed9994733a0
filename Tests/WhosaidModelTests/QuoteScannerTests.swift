import Testing
@testable import WhosaidModel

@Suite struct QuoteScannerTests {
    func quotes(_ text: String) -> [String] {
        let doc = Document(name: "t", text: text)
        return QuoteScanner.quotations(in: doc).map { doc.text(in: $0.span) }
    }

    @Test func curlyStraightAndNYTMarks() {
        #expect(quotes("“One,” she said. \"Two,\" he said. ``Three,'' they said.") ==
                ["“One,”", "\"Two,\"", "``Three,''"])
    }

    /// NYT style: three marks after a word close an inner single quote, then the double one.
    @Test func threeApostrophesCloseTheInnerQuoteFirst() {
        #expect(quotes("''I would use the word 'old-school,''' said Greg Slayton. ''Next,'' he said.") ==
                ["''I would use the word 'old-school,'''", "''Next,''"])
        #expect(quotes("She said, '''Hello' is what he wrote,'' and left.") == ["'''Hello' is what he wrote,''"])
    }

    @Test func nestedSingleQuotesAndApostrophesDoNotBreakTheScan() {
        let text = "“I told them, ‘Don’t go.’ And they asked: ‘How about O’Brien’s plan?'” Jones’ aide said. “Next.”"
        #expect(quotes(text) == ["“I told them, ‘Don’t go.’ And they asked: ‘How about O’Brien’s plan?'”", "“Next.”"])
    }

    @Test func aQuoteContinuesIntoAParagraphThatReopensIt() {
        let text = "“The first part runs on.\n“The second part ends here.”\nNarration."
        let doc = Document(name: "t", text: text)
        let found = QuoteScanner.quotations(in: doc)
        #expect(found.count == 1)
        #expect(doc.text(in: found[0].span).hasSuffix("ends here.”"))
        #expect(found[0].isClosed)
    }

    @Test func anUnclosedQuoteEndsWithItsParagraph() {
        let text = "“This quote never closes but has enough words\nA new paragraph with “a real quote” here."
        let doc = Document(name: "t", text: text)
        let found = QuoteScanner.quotations(in: doc)
        #expect(found.count == 2)
        #expect(!found[0].isClosed)
        #expect(found[0].span.end == doc.paragraphs[0].end)
        #expect(doc.text(in: found[1].span) == "“a real quote”")
    }

    /// A letter quoted over paragraphs that the page does not reopen: the quote runs on to the
    /// paragraph whose first mark closes it.
    @Test func aQuoteRunsOverUnmarkedParagraphsToItsClosingMark() {
        let text = "The note from a widow said, \"We have lost the house.\n\nThe repairs cost more than it is worth.\n\nWe cannot start over at our age.\"\n\nThe council met."
        let doc = Document(name: "t", text: text)
        let found = QuoteScanner.quotations(in: doc)
        #expect(found.map { doc.text(in: $0.span) } == ["\"We have lost the house.\n\nThe repairs cost more than it is worth.\n\nWe cannot start over at our age.\""])
        #expect(found.map(\.isClosed) == [true])
        // A paragraph whose first mark opens a quote of its own ends the run: the quote stays unclosed.
        let opens = "The note said, \"We have lost the house and the barn.\n\nThe repairs cost more.\n\nShe called it \"a disaster\" twice."
        #expect(quotes(opens) == ["\"We have lost the house and the barn.", "\"a disaster\""])
        // So does a closing mark of another style.
        let other = "The note said, \"We have lost the house and the barn.\n\nThe repairs cost more.”"
        #expect(quotes(other) == ["\"We have lost the house and the barn."])
    }

    @Test func aReopenedParagraphWithItsOwnCueIsAQuotationOfItsOwn() {
        let text = "“The pumps stop on Monday. We warned the board.\n“Nobody listened to us,” Vance said. “Nobody.”"
        let doc = Document(name: "t", text: text)
        let found = QuoteScanner.quotations(in: doc)
        #expect(found.map { doc.text(in: $0.span) } == ["“The pumps stop on Monday. We warned the board.", "“Nobody listened to us,”", "“Nobody.”"])
        #expect(found.map(\.isClosed) == [false, true, true])
        // Without a cue after it, the reopened paragraph goes on with the same quotation.
        let on = "“The pumps stop on Monday. We warned the board.\n“Nobody listened to us.”"
        #expect(quotes(on) == ["“The pumps stop on Monday. We warned the board.\n“Nobody listened to us.”"])
    }

    @Test func aStrayMarkSpoilsNothingAfterIt() {
        let text = "He is 6'2\" tall.\n“Later quotes still work,” she said."
        #expect(quotes(text) == ["“Later quotes still work,”"])
    }

    @Test func aClosingMarkWhereAQuoteMustOpenOpensIt() {
        #expect(quotes("”Typos happen in print,” an editor said.") == ["”Typos happen in print,”"])
    }

    @Test func aStrayStraightMarkDoesNotSwallowTheNextCurlyParagraph() {
        let text = "\"Kevin was asleep by then.\n“Here he is,” she said."
        #expect(quotes(text).last == "“Here he is,”")
    }

    @Test func aQuoteNestedInTheSameMarksStaysInside() {
        let text = "“I would rather live in what he calls “hell” than under him,” Ana Ruiz said."
        #expect(quotes(text) == ["“I would rather live in what he calls “hell” than under him,”"])
    }

    /// A quote in curly marks inside one in straight marks, and the other way round, stays inside.
    @Test func aQuoteNestedInTheOtherMarksStaysInside() {
        let curlyInStraight = "Ruiz went on: \"The poll asked: “Do you trust her?” Most said no, and that is all.\" She sat down."
        #expect(quotes(curlyInStraight) == ["\"The poll asked: “Do you trust her?” Most said no, and that is all.\""])
        let straightInCurly = "“He told me \"no\" to my face, and I left,” said Ana Ruiz."
        #expect(quotes(straightInCurly) == ["“He told me \"no\" to my face, and I left,”"])
        // Without a straight mark after it, a curly quote is no nested one: the straight mark was stray.
        let stray = "The sign read \"Closed. “We will be back,” the owner said."
        #expect(quotes(stray) == ["“We will be back,”"])
    }
}

/// British style: outer quotations in curly single marks, apostrophes and possessives left alone.
@Suite struct SingleQuoteScannerTests {
    func quotes(_ text: String) -> [String] {
        let doc = Document(name: "t", text: text)
        return QuoteScanner.quotations(in: doc).map { doc.text(in: $0.span) }
    }

    @Test func singleMarksOutsideDoubleOnesAreQuotations() {
        #expect(quotes("‘We will not be intimidated,’ said Priya Shah. ‘The plan stays.’")
                == ["‘We will not be intimidated,’", "‘The plan stays.’"])
    }

    @Test func apostrophesAndPossessivesAreNoQuotationMarks() {
        #expect(quotes("The voters’ rights and O’Brien’s plan don’t change, the group’s ‘fix’ neither.").isEmpty)
        #expect(quotes("‘The voters’ rights come first,’ she said.") == ["‘The voters’ rights come first,’"])
    }

    @Test func singleMarksInsideDoubleQuotesStayNested() {
        #expect(quotes("“I said, ‘Hey, this is why,’ and left,” he said.") == ["“I said, ‘Hey, this is why,’ and left,”"])
    }

    @Test func typewriterSingleMarksCloseAfterPunctuation() {
        #expect(quotes("'It was wrong,' said Mr Smith. 'We will appeal.'") == ["'It was wrong,'", "'We will appeal.'"])
        #expect(quotes("Judge Lloyd told him: 'You have shown remorse.'") == ["'You have shown remorse.'"])
        // Word-final apostrophes, clipped words and a doubled '' mark are no single marks.
        #expect(quotes("The players' union said rock 'n' roll and the '90s were fine.").isEmpty)
        #expect(quotes("''We won,'' he said.") == ["''We won,''"])
    }

    /// Words introduced by a comma or colon may close on their last word, with no punctuation.
    @Test func typewriterSingleMarksCloseAnIntroducedQuoteOnItsLastWord() {
        #expect(quotes("When fans stop me, I say, 'Hi Mark, my name is Tom' and they grin.") == ["'Hi Mark, my name is Tom'"])
        #expect(quotes("The sign said: 'Keep out of the yard' in red paint.") == ["'Keep out of the yard'"])
        // Not a clipped word, a possessive, or a quote that no comma or colon introduces.
        #expect(quotes("He said, 'We were goin' home,' and left.") == ["'We were goin' home,'"])
        #expect(quotes("She replied, 'ask the players' union first.'") == ["'ask the players' union first.'"])
        #expect(quotes("He backed the so 'called reform' and the '90s plan.").isEmpty)
    }

    @Test func typewriterSingleQuotedLinesAloneAreSubheadings() {
        // A paper that writes double marks as '' sets its subheadings in single ones.
        #expect(quotes("The mill closed.\n\n'All Bets Are Off.'\n\nThe town voted.").isEmpty)
        #expect(quotes("'It was wrong,' said Mr Smith.\n\n'We will appeal.'").count == 2)
    }

    @Test func aBritishQuoteIsAttributed() {
        let a = Engine().analyze(text: "The hall was full.\n‘We will not be intimidated,’ said Priya Shah.")
        #expect(a.statements.map { a.actor(of: $0)?.name } == ["Priya Shah"])
    }
}
