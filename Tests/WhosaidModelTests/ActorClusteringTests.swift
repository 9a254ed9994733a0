import Testing
@testable import WhosaidModel

@Suite struct ActorClusteringTests {
    @Test func fullNameSurnameAndPronounAreOneActor() throws {
        let text = """
            “We need more buses,” said Amara Osei, a transit planner.
            Osei has studied the network for years. “The trams are full by seven,” she said.
            """
        let a = analyze(text)
        #expect(a.actors.count == 1)
        let actor = try #require(a.actors.first)
        #expect(actor.name == "Amara Osei")
        #expect(actor.statementIDs.count == 2)
        #expect(actor.aliases.contains("Osei") || actor.mentions.count >= 3)
    }

    @Test func namesWithTwoParticlesStayWhole() throws {
        let a = analyze("""
            “Investors are nervous,” said Marta de la Vega, an economist.
            Pieter van der Molen said the dikes would hold. Van der Molen added that money was short.
            """)
        #expect(a.speaker(of: "Investors are nervous") == "Marta de la Vega")
        #expect(a.speaker(of: "dikes would hold") == "Pieter van der Molen")
        #expect(a.speaker(of: "money was short") == "Pieter van der Molen")
        let vega = try #require(a.actors.first { $0.name == "Marta de la Vega" })
        #expect(vega.role == "an economist")
    }

    @Test func aSurnameWithALowerCaseArticleIsAName() {
        let a = analyze("""
            Omar al-Hadi, the oil minister, said output would rise.
            “We are ready,” al-Hadi said.
            """)
        #expect(a.speaker(of: "output would rise") == "Omar al-Hadi")
        #expect(a.speaker(of: "We are ready") == "Omar al-Hadi")
        #expect(ArticlePrefixedNames.isName(TextScalars("el-Sayed".unicodeScalars), start: 0, end: 8))
        #expect(!ArticlePrefixedNames.isName(TextScalars("at-large".unicodeScalars), start: 0, end: 8))
        #expect(!ArticlePrefixedNames.isName(TextScalars("co-Chair".unicodeScalars), start: 0, end: 8))
    }

    @Test func britishTitlesWithoutAFullStopJoinTheFullName() {
        let a = analyze("""
            Rachel Hollis said the plan was late. Ms Hollis added that the money was gone.
            Tom Pike agreed. “We are done,” Mr Pike said.
            """)
        #expect(a.speaker(of: "money was gone") == "Rachel Hollis")
        #expect(a.speaker(of: "We are done") == "Tom Pike")
    }

    @Test func aTitledSurnameTakesTheFullNameTheTextGaveBefore() {
        let a = analyze("Sen. Paul Greer spoke after the vote. Mr. Greer said the bill would pass.")
        #expect(a.speaker(of: "the bill would pass") == "Paul Greer")
        // The title's gender must fit the first name.
        let b = analyze("Ana Greer spoke after the vote. Mr. Greer said the bill would pass.")
        #expect(b.speaker(of: "the bill would pass") == "Mr. Greer")
    }

    @Test func peopleNamedTogetherAreNotTheLastOfThem() {
        let text = """
            Tom Peck and Ed Mahaney run the fund. Mr. Peck and Mr. Mahaney said the shares were cheap.
            “We are buying,” Mr. Mahaney said.
            """
        let a = analyze(text)
        #expect(a.speaker(of: "the shares were cheap") == "Mr. Peck and Mr. Mahaney")
        #expect(a.speaker(of: "We are buying") == "Ed Mahaney")
    }

    @Test func anAndInsideAnOfficeNameIsNoPairOfPeople() {
        let text = """
            Water and Power Board Secretary Lena Voss said the rates would rise. Voss said the dam was safe.
            The levy is fair, Parks and Recreation Director Omar Teague said.
            """
        let a = analyze(text)
        #expect(a.speaker(of: "the rates would rise") == "Lena Voss")
        #expect(a.speaker(of: "The levy is fair") == "Omar Teague")
        #expect(a.actor(named: "Lena Voss")?.statementIDs.count == 2)
    }

    @Test func twoPeopleSharingASurnameStayApart() {
        let text = """
            “The farm stays in the family,” said Ruth Keller.
            “I will run it,” said Daniel Keller, her nephew.
            """
        let a = analyze(text)
        #expect(a.speaker(of: "farm stays") == "Ruth Keller")
        #expect(a.speaker(of: "I will run it") == "Daniel Keller")
        #expect(a.actors.count == 2)
    }

    @Test func descriptionsNamingDifferentOwnersStayApart() {
        let text = """
            “The ad will air on Monday,” the Ortiz campaign said.
            “The charges are false,” the Vance campaign said.
            “We stand by every word,” the campaign added.
            """
        let a = analyze(text)
        #expect(a.speaker(of: "The ad will air") == "the Ortiz campaign")
        #expect(a.speaker(of: "The charges are false") == "the Vance campaign")
        // A description without its own name still takes the latest one with its head.
        #expect(a.speaker(of: "We stand by") == "the Vance campaign")
    }

    @Test func descriptionsWithDifferentComplementsStayApart() {
        let text = """
            “We won the vote,” said the mayor of Easton.
            “We lost it,” said the mayor of Weston.
            “Turnout was low,” said the director of research.
            “Costs rose,” said the director of marketing.
            “We will appeal,” the mayor added.
            “We will govern for all,” said the mayor of Easton.
            """
        let a = analyze(text)
        #expect(a.speaker(of: "We lost it") == "the mayor of Weston")
        #expect(a.speaker(of: "Costs rose") == "the director of marketing")
        // A bare description still takes the latest one with its head; the same words, the same actor.
        #expect(a.speaker(of: "We will appeal") == "the mayor of Weston")
        let easton = a.actors.filter { $0.name == "the mayor of Easton" }
        #expect(easton.count == 1 && easton.first?.statementIDs.count == 2)
        #expect(a.actors.count == 4)
        // A shorter mention of a description with a complement is the same actor.
        let b = analyze("""
            “We will win,” said the secretary of state and candidate for the Senate.
            “We will count every vote,” said the secretary of state.
            """)
        #expect(b.actors.count == 1)
        #expect(!ActorBuilder.shortens("mayor of east", "mayor of easton"))
        #expect(ActorBuilder.shortens("mayor of easton", "mayor of easton and weston"))
    }

    /// A description key's figures read byte by byte (an ASCII key) are those the `Character`
    /// reading finds: words holding a digit, split at spaces, empty words dropped.
    @Test func descriptionFiguresOfAnASCIIKeyAreTheCharacterReadings() {
        let keys = [
            "desc:30 percent", "desc:the 50 percent of voters", "desc:the mayor", "", " ", "  2  ",
            "desc:the  2nd   district 4x", "desc:route 9 and 66 ", "desc:the 1\r\n2 crowd", "desc:the ½ share",
            "desc:the Café 3", "desc:the ٣ boys",
        ]
        for key in keys {
            let byCharacters = key.split(separator: " ").filter { $0.contains(where: \.isNumber) }.joined(separator: " ")
            #expect(ActorBuilder.figures(ofKey: key) == byCharacters, "\(key)")
        }
        #expect(ActorBuilder.figures(ofKey: "desc:the 50 percent") == "50")
        #expect(ActorBuilder.figures(ofKey: "desc:the mayor") == "")
    }

    @Test func surnameTakesTheOneFullNameInTheText() {
        let text = """
            Daniel Keller joined the farm in 2010.
            “Soil comes first,” Keller said.
            """
        #expect(analyze(text).speaker(of: "Soil comes first") == "Daniel Keller")
    }

    @Test func surnameSharedByTwoFullNamesTakesTheOneNamedLast() {
        let text = """
            Ruth Keller founded the farm. Daniel Keller joined later.
            “Soil comes first,” Keller said.
            """
        #expect(analyze(text).speaker(of: "Soil comes first") == "Daniel Keller")
    }

    /// Issue 10: a bare surname said before a second person of that name is introduced is not
    /// merged into that person when they speak later.
    @Test func surnameBeforeASecondFullNameStaysWithTheFirst() {
        let a = analyze("""
            Mayor Tom Reyes opened the fair on Sunday. Reyes said the budget was balanced.
            “We will rebuild,” Reyes said.
            His daughter, Ana Reyes, spoke next. “My father works hard,” Ana Reyes said.
            """)
        #expect(a.speaker(of: "budget was balanced") == "Tom Reyes")
        #expect(a.speaker(of: "We will rebuild") == "Tom Reyes")
        #expect(a.speaker(of: "My father works hard") == "Ana Reyes")
        #expect(a.actors.count == 2)
    }

    @Test func surnameGoesBackToTheSubjectOnceTheOtherIsCalledByFirstName() {
        let a = analyze("""
            Mayor Tom Reyes opened the fair on Sunday. “We will rebuild,” Reyes said.
            His daughter, Ana Reyes, spoke next. “He works hard,” she said.
            Ana then left the stage. “Taxes will not rise,” Reyes said.
            """)
        #expect(a.speaker(of: "We will rebuild") == "Tom Reyes")
        #expect(a.speaker(of: "Taxes will not rise") == "Tom Reyes")
    }

    /// A person introduced as the first one's kin or aide (`his wife, Jane Keller`) is named
    /// in passing: a bare surname after it stays with the person introduced first.
    @Test func surnameStaysWithTheSubjectAfterAnApposedRelative() {
        let a = analyze("""
            The last time Daniel Keller came to this city, thousands came to hear him.
            At the urging of his wife, Ruth Keller, he has been talking about a new group.
            Keller has suggested that he will try to mobilize his supporters.
            “We really can win on Tuesday,” said Keller as he closed out.
            """)
        #expect(a.speaker(of: "mobilize his supporters") == "Daniel Keller")
        #expect(a.speaker(of: "We really can win") == "Daniel Keller")
    }

    @Test func titleIsKeptWhenItIsTheOnlyFormAndStrippedBeforeAFullName() {
        let a = analyze("""
            The deal is “historic,” Chancellor Vogt says.
            “We kept our word,” said Prime Minister Ana Silva.
            """)
        #expect(a.speaker(of: "historic") == "Chancellor Vogt")
        #expect(a.speaker(of: "kept our word") == "Ana Silva")
        #expect(a.actor(named: "Ana Silva")?.roles.contains("Prime Minister") == true)
    }

    @Test func aDocumentSpeaksForItsSource() {
        let a = analyze("A report from the national weather service said the drought would ease by “late autumn or winter.”")
        #expect(a.actors.first?.name == "the national weather service")
        #expect(a.actors.first?.kind == .organisation)
    }

    /// A capitalised preposition inside a name (`Doctors Without Borders`) makes it an
    /// organisation: no person's name holds one.
    @Test func aNameWithACapitalisedPrepositionIsAnOrganisation() {
        let a = analyze("""
            Doctors Without Borders said the clinic would close.
            “We will not go back,” said Mothers Against Drunk Driving.
            “We stay,” said Ana Silva, a nurse at the clinic.
            """)
        #expect(a.actor(named: "Doctors Without Borders")?.kind == .organisation)
        #expect(a.actor(named: "Mothers Against Drunk Driving")?.kind == .organisation)
        #expect(a.actor(named: "Ana Silva")?.kind == .person)
    }

    @Test func actorsAreListedInOrderOfTheirFirstStatement() {
        let a = analyze("“First,” said Ada Ng. “Second,” said Bo Li. “Third,” Ng said.")
        #expect(a.actors.map(\.name) == ["Ada Ng", "Bo Li"])
        #expect(a.actors[0].statementIDs == [0, 2])
        #expect(a.statements.map(\.id) == [0, 1, 2])
    }
}

/// An actor's display name opens as a name does, never with a word of the sentence before it.
@Suite struct ActorNameTests {
    @Test func displayNamesOpenLikeNames() {
        #expect(ActorBuilder.opensLikeAName("Ann Lee"))
        #expect(ActorBuilder.opensLikeAName("the mayor"))
        #expect(ActorBuilder.opensLikeAName("de Blasio"))
        #expect(!ActorBuilder.opensLikeAName("with Priebus"))
        #expect(!ActorBuilder.opensLikeAName("of Arizona"))
        #expect(ActorBuilder.droppingLeadingLowerCaseWords("hear Clinton") == "Clinton")
        #expect(ActorBuilder.droppingLeadingLowerCaseWords("the mayor") == "the mayor")
    }

    @Test func aRelativeClauseAntecedentAfterAPrepositionIsNamedCleanly() {
        let a = analyze("The board met.\nBut Ryder lined up with Priebus, who has said he opposes any change.")
        #expect(a.actors.map(\.name) == ["Priebus"])
    }
}
