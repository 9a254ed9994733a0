import Testing
@testable import WhosaidModel

@Suite struct AttributionDirectTests {
    @Test func quoteThenSaidName() {
        let a = analyze("“The bridge will open in May,” said Maria Okafor, the city’s transport chief.")
        let s = a.statements[0]
        #expect(s.kind == .direct)
        #expect(s.text == "“The bridge will open in May,”")
        #expect(a.actor(of: s)?.name == "Maria Okafor")
        #expect(a.actor(of: s)?.roles == ["the city’s transport chief"])
        #expect(s.cue == "said")
        #expect(s.rule == .trailingCue)
    }

    @Test func quoteThenNameSaid() {
        let a = analyze("“Nobody expected the vote to pass,” Tomas Berg said.")
        #expect(a.speaker(of: "Nobody expected") == "Tomas Berg")
    }

    @Test func nameSaidColonQuote() {
        let a = analyze("Governor Ellen Park said: “We will rebuild every school.”")
        let s = a.statements[0]
        #expect(s.rule == .leadingCue)
        #expect(a.actor(of: s)?.name == "Ellen Park")
    }

    @Test func appositiveRoleAndCueWithComplement() {
        let a = analyze("“Prices fell sharply,” Dana Whitfield, an economist at Harbor Bank, said in an email.")
        let s = a.statements[0]
        #expect(a.actor(of: s)?.name == "Dana Whitfield")
        #expect(a.actor(of: s)?.role == "an economist at Harbor Bank")
        #expect(s.cue == "said in an email")
    }

    @Test func pronounResolvesToTheLastPersonNamed() {
        let text = """
            Olivia Grant, a nurse in Leeds, has worked nights for a decade.
            “The wards are full every winter,” she said.
            """
        let a = analyze(text)
        #expect(a.speaker(of: "wards are full") == "Olivia Grant")
        #expect(a.actor(named: "Olivia Grant")?.mentions.count ?? 0 >= 2)
    }

    @Test func accordingTo() {
        let a = analyze("The plant will close “within two years,” according to Hugo Lind.")
        #expect(a.speaker(of: "within two years") == "Hugo Lind")
        #expect(a.statement(containing: "within two years")?.rule == .trailingCue)
    }

    @Test func quoteWithNoCueContinuesThePreviousSpeaker() {
        let text = """
            “We were not consulted,” said Priya Raman, a council member.
            “Nobody asked us anything. Nobody.”
            The council meets again on Monday.
            """
        let a = analyze(text)
        let s = a.statement(containing: "Nobody asked")
        #expect(s?.rule == .continuation)
        #expect(s.flatMap { a.actor(of: $0)?.name } == "Priya Raman")
    }

    @Test func splitQuoteGivesTwoStatementsOfOneSpeaker() {
        let a = analyze("“The first half,” Lena Moss said, “and the second half.”")
        #expect(a.statements.count == 2)
        #expect(a.speaker(of: "first half") == "Lena Moss")
        #expect(a.speaker(of: "second half") == "Lena Moss")
    }

    @Test func descriptionsAndGroupsSpeak() {
        let a = analyze("""
            The harbour is “a disgrace,” a local fisherman says.
            Several longtime residents say the water has never been this dirty.
            """)
        #expect(a.speaker(of: "a disgrace") == "a local fisherman")
        #expect(a.actor(named: "a local fisherman")?.kind == .description)
        let group = a.actors.first { $0.name.contains("residents") }
        #expect(group?.kind == .group)
    }

    @Test func scareQuotesAreNotStatements() {
        let a = analyze("The so-called “reform” package passed on Tuesday.")
        #expect(a.statements.isEmpty)
    }

    @Test func quoteOnlyVerbsCountNextToAQuote() {
        let a = analyze("“It is a fair deal,” Rosa Ibarra believes.")
        #expect(a.speaker(of: "fair deal") == "Rosa Ibarra")
        #expect(analyze("Rosa Ibarra believes in fair deals.").statements.isEmpty)
    }

    @Test func aQuoteAfterANarrativeSentenceGoesToItsSubject() {
        let text = """
            “Rents must fall,” said Ivo Brandt, a tenant organiser.
            Mayor Clara Voss avoided the question for most of the evening.
            “We will build ten thousand flats.”
            """
        let a = analyze(text)
        #expect(a.speaker(of: "ten thousand flats") == "Clara Voss")
        #expect(a.statement(containing: "ten thousand flats")?.rule == .nearestMention)
    }
}

/// Speakers are noun phrases: words the tagger reads as adverbs, prepositions or verbs do not
/// open or head a speaker's name.
@Suite struct SpeakerNounPhraseTests {
    func speakers(_ text: String) -> [String?] {
        let a = Engine().analyze(text: text)
        return a.statements.map { a.actor(of: $0)?.name }
    }

    @Test func introductoryWordsAreNotSpeakers() {
        #expect(speakers("Later, Apparently the plan failed, officials said.") == ["officials"])
        let s = speakers("In Nevada, Ruth Okafor said the count would finish Friday.")
        #expect(s == ["Ruth Okafor"])
    }

    @Test func aPrepositionalPhraseIsNotASpeaker() {
        let s = speakers("For Dana Whitfield, who said the vote was rigged, the result was bitter.")
        #expect(!s.contains { $0?.hasPrefix("For") == true })
    }

    @Test func namesWithSeparateCombiningMarksStayWhole() {
        // "François" written with a combining cedilla (U+0327).
        let s = speakers("“We will act,” said Franc\u{0327}ois Berthier.")
        #expect(s == ["Franc\u{0327}ois Berthier"])
    }

    @Test func namesTheTaggerReadsAsAdverbsOrVerbsStayNames() {
        #expect(speakers("“The plan is dead,” said Lily Batchelder.") == ["Lily Batchelder"])
        #expect(speakers("“The plan is dead,” Charlie Cook said.") == ["Charlie Cook"])
    }

    @Test func anUnknownCapitalisedFirstWordIsAName() {
        #expect(speakers("The hall was full.\nOkonkwo himself famously exclaimed: “We are the victims of a plot.”") == ["Okonkwo"])
    }

    @Test func partitiveGroupsKeepTheirNumber() {
        #expect(speakers("In the survey, 8 percent of Democrats said they would stay home.") == ["8 percent of Democrats"])
    }
}
