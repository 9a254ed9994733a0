import Testing
@testable import WhosaidModel

/// A short made-up article about a bike lane plan, with hand-built statements and speakers.
enum BikeLaneFixture {
    static let text = """
        City Council Weighs Bike Lane Plan
        The city council debated the bike lane plan on Tuesday, as cyclists and shop owners crowded the hall.
        “The bike lanes will save lives,” said Maria Lopez, a council member.
        Shop owners said the bike lane plan would cut parking spaces on Main Street.
        “Parking spaces are what keep our stores alive,” said Tom Reed, who runs a bakery on Main Street.
        The council will vote on the bike lane plan next month, after a study of parking spaces.
        Lopez said the study would show that bike lanes bring more customers to Main Street.
        Reed said the council ignored the shop owners, and that losing one parking space hurts.
        """

    /// Statements: (quoted or reported words, speaker id).
    static let said: [(String, Int?)] = [
        ("“The bike lanes will save lives,”", 0),
        ("the bike lane plan would cut parking spaces on Main Street", 2),
        ("“Parking spaces are what keep our stores alive,”", 1),
        ("the study would show that bike lanes bring more customers to Main Street", 0),
        ("the council ignored the shop owners, and that losing one parking space hurts", 1),
    ]

    static let analysis: Analysis = {
        let document = Document(name: "bike-lanes", text: text)
        let statements = said.enumerated().map { i, entry in
            let start = text.unicodeScalars.count  // spans are not looked at by the extractor
            return Statement(
                id: i, span: TextSpan(start: start, end: start), text: entry.0, kind: .indirect,
                actorID: entry.1, paragraph: i + 2, rule: .reportedSpeech, confidence: 0.9)
        }
        let actors = [
            Actor(id: 0, name: "Maria Lopez", aliases: ["Lopez"], roles: ["a council member"], kind: .person,
                  statementIDs: [0, 3]),
            Actor(id: 1, name: "Tom Reed", aliases: ["Reed"], kind: .person, statementIDs: [2, 4]),
            Actor(id: 2, name: "Shop owners", kind: .group, statementIDs: [1]),
        ]
        return Analysis(document: document, statements: statements, actors: actors)
    }()
}

@Suite struct TopicExtractorTests {
    let topics = TopicExtractor.topics(for: BikeLaneFixture.analysis)

    func topic(_ phrase: String) -> Topic? {
        topics.first { $0.phrase.folded == phrase.folded }
    }

    @Test func ranksTheSubjectFirst() {
        #expect(!topics.isEmpty && topics.count <= TopicExtractor.limit)
        let top = topics.prefix(5).map { $0.phrase.folded }
        #expect(top.contains { $0.hasPrefix("bike lane") }, "\(top)")
        #expect(top.contains("parking spaces"), "\(top)")
        #expect(top.contains("main street"), "\(top)")
    }

    @Test func idsAreRanksAndScoresFall() {
        #expect(topics.map(\.id) == Array(topics.indices))
        #expect(topics.first?.score == 1)
        #expect(zip(topics, topics.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func inflectionsMergeIntoOneTopic() {
        let bike = topics.filter { $0.phrase.folded.hasPrefix("bike lane") && !$0.phrase.folded.contains("plan") }
        #expect(bike.count <= 1, "\(bike.map(\.phrase))")
        let parking = topics.filter { Stemmer.stems(of: $0.phrase) == Stemmer.stems(of: "parking space") }
        #expect(parking.count == 1)
    }

    @Test func phrasesDoNotStartOrEndWithStopWords() {
        for t in topics {
            let words = t.phrase.folded.split(separator: " ").map(String.init)
            #expect(!StopWords.contains(words.first!) && !StopWords.contains(words.last!), "\(t.phrase)")
        }
    }

    @Test func personSpeakersAreNoTopics() {
        let phrases = topics.map { $0.phrase.folded }
        #expect(!phrases.contains("lopez") && !phrases.contains("maria lopez"))
        #expect(!phrases.contains("reed") && !phrases.contains("tom reed"))
    }

    @Test func topicsLinkStatementsThatMentionThemWithInflections() throws {
        let parking = try #require(topic("parking spaces"))
        // "one parking space" (statement 4) counts as well as "parking spaces".
        #expect(parking.statementIDs == [1, 2, 4])
        #expect(parking.actorIDs == [1, 2])
        let street = try #require(topic("Main Street"))
        #expect(street.statementIDs == [1, 3])
        #expect(street.actorIDs == [0, 2])
    }

    @Test func actorsHaveTheirTopics() throws {
        let reed = BikeLaneFixture.analysis.actors[1]
        var analysis = BikeLaneFixture.analysis
        analysis.topics = topics
        let phrases = analysis.topics(of: reed).map { $0.phrase.folded }
        #expect(phrases.contains("parking spaces"))
        #expect(!phrases.contains("main street"))
    }

    @Test func emptyArticleHasNoTopics() {
        let empty = Analysis(document: Document(name: "x", text: "It is what it is."), statements: [], actors: [])
        #expect(TopicExtractor.topics(for: empty).isEmpty)
    }
}

@Suite struct TopicTokenizerTests {
    @Test func keepsAcronymsHyphensAndApostrophesInsideWords() {
        let doc = Document(name: "t", text: "The U.S. government-to-government talks, Korea’s plan.")
        let tokens = TopicTokenizer.tokens(of: doc)
        #expect(tokens.map(\.surface) == ["The", "U.S.", "government-to-government", "talks", "Korea’s", "plan"])
        #expect(tokens[1].isAcronym && tokens[1].role == .content)
        #expect(tokens[0].role == .stop)
        #expect(tokens[3].block != tokens[4].block, "a comma splits blocks")
        #expect(tokens[4].key == "korea")
    }

    @Test func adverbsAndPastFormsSplitPhrases() {
        let doc = Document(name: "t", text: "Officials quietly debated growing trade sanctions.")
        let roles = TopicTokenizer.tokens(of: doc).map(\.role)
        #expect(roles == [.content, .stop, .stop, .weak, .content, .content])
    }
}

@Suite struct TopicRuleTests {
    func topics(_ text: String, actors: [Actor] = []) -> [String] {
        let analysis = Analysis(document: Document(name: "t", text: text), statements: [], actors: actors)
        return TopicExtractor.topics(for: analysis).map(\.phrase)
    }

    @Test func wordsAfterModalsAndBareInfinitivesAreVerbs() {
        let doc = Document(name: "t", text: "They want to achieve justice. The plan would cut parking. Go back to official talks and official channels.")
        let tokens = TopicTokenizer.tokens(of: doc)
        func role(_ w: String) -> TopicToken.Role? { tokens.first { $0.surface == w }?.role }
        #expect(role("achieve") == .stop)
        #expect(role("cut") == .stop)
        #expect(role("official") == .content, "seen elsewhere, so not a verb")
    }

    @Test func capitalisedNamePartsAndHeadlinesAreReadRight() {
        let doc = Document(name: "t", text: "Harbor Bridge Closes For Repairs\nOfficials in New York closed it.")
        let tokens = TopicTokenizer.tokens(of: doc)
        #expect(tokens.prefix(5).allSatisfy { $0.opensSentence }, "title-case headline words carry no name signal")
        #expect(tokens.first { $0.surface == "New" }?.role == .content)
    }

    @Test func possessivesAndSpeakersNamesAreLeftOut() {
        let text = """
            The Harbor Bridge’s repairs began as the Harbor Bridge closed to traffic.
            Commuters said the Harbor Bridge repairs would take a year.
            Dana Whitfield said the repairs were overdue. Whitfield, a city engineer, inspected the Harbor Bridge.
            """
        let engineer = Actor(id: 0, name: "Whitfield", kind: .person)
        let found = topics(text, actors: [engineer])
        #expect(found.contains("Harbor Bridge"), "\(found)")
        #expect(!found.contains { $0.hasSuffix("’s") }, "\(found)")
        #expect(!found.contains { $0.contains("Whitfield") }, "\(found)")
        #expect(found.contains { $0.hasSuffix("repairs") }, "\(found)")
    }

    @Test func aSurnameAfterTheFullNameIsOneTopic() {
        let text = """
            Terence Crutcher was stopped on a highway. Crutcher had his hands up, a video shows.
            Police later released the video of Crutcher. The family of Terence Crutcher asked for answers.
            Crutcher was unarmed, the family said of Crutcher.
            """
        let found = topics(text)
        let names = found.filter { $0.contains("Crutcher") }
        #expect(names.count == 1, "\(found)")
    }

    @Test func aWordBeforeADeterminerIsAVerbNotAPhraseEnd() {
        let text = """
            The new rules face a test in court. Critics of the new rules say the rules cost jobs.
            The rules cover power plants, and power plants emit the most carbon.
            """
        let found = topics(text)
        #expect(!found.contains("rules face"), "\(found)")
        #expect(!found.contains("plants emit"), "\(found)")
        #expect(found.contains("power plants"), "\(found)")
    }

    @Test func aShorterPhraseSeenOnlyInsideALongerOneGivesWay() {
        let text = """
            The prison reform bill passed the senate. Critics of the prison reform bill want more.
            Supporters said the prison reform bill was overdue. The senate vote was close.
            """
        let found = topics(text)
        #expect(found.contains("prison reform bill"), "\(found)")
        #expect(!found.contains("prison reform") && !found.contains("reform bill"), "\(found)")
    }

    @Test func mixedCaseWordsKeepTheirCapitalsAtASentenceStart() {
        let text = "PACs spent heavily. Critics say PACs hide donors, and PACs deny it. Donors like PACs."
        #expect(topics(text).contains("PACs"))
    }

    @Test func aWordThatMostlyModifiesEndsNoPhrase() {
        let text = """
            The Democratic presidential campaign met in Ohio. The presidential debate drew voters.
            Democratic presidential hopefuls held a presidential forum, and Democratic presidential aides watched.
            Voters in Ohio said the presidential debate mattered.
            """
        let found = topics(text)
        #expect(!found.contains { $0.hasSuffix("presidential") }, "\(found)")
        #expect(found.contains("presidential debate"), "\(found)")
    }
}

/// Topics are noun phrases: a verb and its object ("reduce emissions") is no topic, its noun is.
@Suite struct TopicNounPhraseTests {
    static let article = """
        Plant Owners Weigh New Rules
        Plant owners must reduce emissions by 2030 under the new rules. Critics said the rules reduce emissions too slowly.
        “We can reduce emissions and keep jobs,” said Mara Okafor, who runs a plant in Ohio. Her firm plans to reduce emissions with new filters.
        Regulators said grants would help owners reduce emissions faster. Okafor said the filters would reduce emissions at half the cost.
        """

    @Test func verbObjectPairsAreNotTopics() {
        let phrases = Engine().analyze(text: Self.article).topics.map(\.phrase)
        #expect(!phrases.contains { $0.lowercased().hasPrefix("reduce") }, "topics: \(phrases)")
        #expect(phrases.contains { $0.lowercased().contains("emissions") }, "topics: \(phrases)")
    }
}
