import Testing
@testable import WhosaidModel

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let doc = Document(name: "t", text: text)
        return doc.sentences.map { doc.text(in: $0) }
    }

    @Test func titlesInitialsAndMonthsDoNotEndSentences() {
        #expect(sentences("Mr. Hale met Dr. Ruiz on Jan. 4 in St. Louis. They talked.") ==
                ["Mr. Hale met Dr. Ruiz on Jan. 4 in St. Louis.", "They talked."])
        #expect(sentences("Mary Q. Public and J. R. Tolkien spoke. Then they left.") ==
                ["Mary Q. Public and J. R. Tolkien spoke.", "Then they left."])
    }

    @Test func aFullStopThatLostItsSpaceBeforeACapitalisedWordEndsASentence() {
        #expect(sentences("Lowe said.Lowe claimed he knew. It rained.") == ["Lowe said.", "Lowe claimed he knew.", "It rained."])
        // Abbreviations, domains and initialisms keep their full stops inside.
        #expect(sentences("The U.S.Senate met, e.g.on Monday. Amazon.com and www.NYTimes.com grew.") ==
                ["The U.S.Senate met, e.g.on Monday.", "Amazon.com and www.NYTimes.com grew."])
    }

    @Test func anAbbreviationWrittenAsAnEverydayWordEndsASentence() {
        #expect(sentences("Paul Greer voted no. Greer left early. He fell ill. Ruiz did not.") ==
                ["Paul Greer voted no.", "Greer left early.", "He fell ill.", "Ruiz did not."])
        #expect(sentences("It ranked No. 5 in Springfield, Ill. Ruiz said so.") == ["It ranked No. 5 in Springfield, Ill. Ruiz said so."])
        // Before a number, lower-case "no." is still the abbreviation.
        #expect(sentences("They were the no. 1 seed. Ruiz said so.") == ["They were the no. 1 seed.", "Ruiz said so."])
    }

    @Test func acronymEndsASentenceOnlyBeforeATypicalOpener() {
        #expect(sentences("He moved to the U.S. Senate staff. It paid well.") ==
                ["He moved to the U.S. Senate staff.", "It paid well."])
        #expect(sentences("She lives in the U.S. The rest live abroad.") ==
                ["She lives in the U.S.", "The rest live abroad."])
    }

    /// A clock time goes on only into a day, a month or a time zone
    /// (``SentenceSplitter/clockContinuations``); a dotted place code after a comma goes on only
    /// into a comma (``SentenceSplitter/dottedPlaceCodes``); initials open a name.
    @Test func aClockTimeOrAPlaceCodeEndsASentenceBeforeACapital() {
        #expect(sentences("The meeting ended at 9 p.m. Brooks said it went well.") ==
                ["The meeting ended at 9 p.m.", "Brooks said it went well."])
        #expect(sentences("The vote is at 9 p.m. Tuesday. Brooks said so.") == ["The vote is at 9 p.m. Tuesday.", "Brooks said so."])
        #expect(sentences("It starts at 7 a.m. Eastern time. Brooks said so.") == ["It starts at 7 a.m. Eastern time.", "Brooks said so."])
        #expect(sentences("He lives in Washington, D.C. Police said he fled.") == ["He lives in Washington, D.C.", "Police said he fled."])
        #expect(sentences("Last week, J.J. Goldman wrote a column. It ran.") == ["Last week, J.J. Goldman wrote a column.", "It ran."])
        #expect(sentences("On Monday, U.S. President Ann Lowe spoke. It ran.") == ["On Monday, U.S. President Ann Lowe spoke.", "It ran."])
    }

    @Test func aStateSetOffByACommaEndsASentenceBeforeAnOpener() {
        #expect(sentences("Two died in San Marcos, Calif. The group said so.") == ["Two died in San Marcos, Calif.", "The group said so."])
        #expect(sentences("Two died in San Marcos, Calif. He left.") == ["Two died in San Marcos, Calif.", "He left."])
        #expect(sentences("Kim lives in Portland, Ore. Another owner agreed.") == ["Kim lives in Portland, Ore.", "Another owner agreed."])
        // Without the comma, or before a name, a day or a title (copy leaves out the comma after
        // the state), the abbreviation stays inside the sentence.
        #expect(sentences("Ruiz of Calif. The group said so.") == ["Ruiz of Calif. The group said so."])
        #expect(sentences("It ranked No. 5 in Springfield, Ill. Ruiz said so.") == ["It ranked No. 5 in Springfield, Ill. Ruiz said so."])
        #expect(sentences("Officials in Salem, Ore. Tuesday said so.") == ["Officials in Salem, Ore. Tuesday said so."])
        #expect(sentences("A spokesman for the Portland, Ore. Police Bureau said so.") == ["A spokesman for the Portland, Ore. Police Bureau said so."])
    }

    @Test func anAbbreviationBeforeAnOpeningQuoteEndsASentenceWhateverTheMarks() {
        // Curly, straight, and the doubled marks some newspapers type ('' and ``).
        for open in ["\u{201C}", "\"", "''", "``"] {
            #expect(sentences("Ruiz spoke in Naples, Fla. \(open)It was late.") == ["Ruiz spoke in Naples, Fla.", "\(open)It was late."])
            #expect(sentences("Ruiz spoke in Albany, N.Y. \(open)It was late.") == ["Ruiz spoke in Albany, N.Y.", "\(open)It was late."])
        }
        // A title stays before its name, and a lower-case word after the mark is no new sentence.
        #expect(sentences("He met Dr. ''Ruiz'' there.") == ["He met Dr. ''Ruiz'' there."])
        #expect(sentences("Ruiz spoke in Naples, Fla. ''later'' that day.") == ["Ruiz spoke in Naples, Fla. ''later'' that day."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(sentences("“We won.” The crowd cheered! Did it? “Yes,” he said.") ==
                ["“We won.”", "The crowd cheered!", "Did it?", "“Yes,” he said."])
    }

    @Test func aLineBreakSeparatesParagraphsAndNoSentenceCrossesThem() {
        let doc = Document(name: "t", text: "First line\nSecond line. Third.\n\n\nFourth")
        #expect(doc.paragraphs.map { doc.text(in: $0) } == ["First line", "Second line. Third.", "Fourth"])
        #expect(doc.sentences.count == 4)
        #expect(doc.paragraphIndex(at: doc.paragraphs[2].start) == 2)
    }

    @Test func headlineIsAShortFirstLineWithoutFullStopOrInTitleCase() {
        #expect(Document(name: "t", text: "Rains Return to the Valley\nIt rained.").headline == "Rains Return to the Valley")
        #expect(Document(name: "t", text: "Only Ten Percent Of Donors Give Small Sums.\nBody.").headline != nil)
        #expect(Document(name: "t", text: "It rained all day in the valley, officials said.\nBody.").headline == nil)
    }
}
