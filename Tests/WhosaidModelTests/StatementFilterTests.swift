import Testing
@testable import WhosaidModel

/// A small hand-built analysis: three speakers, five statements, two topics.
enum FilterFixture {
    static let analysis: Analysis = {
        let texts: [(String, Int?)] = [
            ("Track 2 talks can raise things that the government cannot.", 0),
            ("Informal talks are a way to send indirect messages.", 1),
            ("There will be no denuclearization.", 2),
            ("The steps could lead back to official negotiations.", 0),
            ("Nobody knows who wrote this about the Track 2 meeting.", nil),
        ]
        var document = ""
        var statements: [Statement] = []
        for (i, (text, actor)) in texts.enumerated() {
            let start = document.unicodeScalars.count
            document += text + "\n"
            statements.append(
                Statement(
                    id: i, span: TextSpan(start: start, end: start + text.unicodeScalars.count), text: text,
                    kind: .indirect, actorID: actor, paragraph: i, rule: actor == nil ? .unattributed : .reportedSpeech,
                    confidence: 0.9))
        }
        let actors = [
            Actor(id: 0, name: "Leon V. Sigal", aliases: ["Sigal"], roles: ["a former State Department official"],
                  kind: .person, statementIDs: [0, 3]),
            Actor(id: 1, name: "John Délury", aliases: ["Delury"], roles: ["a professor at Yonsei University"],
                  kind: .person, statementIDs: [1]),
            Actor(id: 2, name: "Evans Revere", roles: ["a former Asia specialist at the State Department"],
                  kind: .person, statementIDs: [2]),
        ]
        let topics = [
            Topic(id: 0, phrase: "Track 2 talks", score: 2, statementIDs: [0], actorIDs: [0]),
            Topic(id: 1, phrase: "denuclearization", score: 1, statementIDs: [2], actorIDs: [2]),
        ]
        statements[0].topicIDs = [0]
        statements[2].topicIDs = [1]
        return Analysis(document: Document(name: "fixture", text: document), statements: statements,
                        actors: actors, topics: topics)
    }()
}

@Suite struct StatementFilterTests {
    let analysis = FilterFixture.analysis

    /// Runs the filter both ways (whole analysis and statement by statement) and checks they agree.
    func ids(_ filter: StatementFilter) -> [Int] {
        let viaIndex = filter.apply(to: analysis).map(\.id)
        let oneByOne = analysis.statements.filter { filter.matches($0, in: analysis) }.map(\.id)
        #expect(viaIndex == oneByOne, "apply and matches disagree for \(filter)")
        return viaIndex
    }

    @Test func emptyFilterPassesEverything() {
        #expect(StatementFilter().isEmpty)
        #expect(StatementFilter(speakers: ["", " "], topics: ["-"]).isEmpty)
        #expect(!StatementFilter(speakers: ["sig"]).isEmpty)
        #expect(ids(StatementFilter()) == [0, 1, 2, 3, 4])
    }

    @Test func speakersAreAnyOf() {
        #expect(ids(StatementFilter(speakers: ["sigal"])) == [0, 3])
        #expect(ids(StatementFilter(speakers: ["delu"])) == [1])
        #expect(ids(StatementFilter(speakers: ["yonsei"])) == [1])
        #expect(ids(StatementFilter(speakers: ["sigal", "revere"])) == [0, 2, 3])
        // A role shared by two speakers finds both.
        #expect(ids(StatementFilter(speakers: ["state dep"])) == [0, 2, 3])
        #expect(ids(StatementFilter(speakers: ["nobody"])) == [])
    }

    @Test func topicsMatchPhrasesOrTextWithInflections() {
        #expect(ids(StatementFilter(topics: ["track 2"])) == [0, 4])
        #expect(ids(StatementFilter(topics: ["denuclear"])) == [2])
        // No topic phrase says "negotiation": the text does, in the plural.
        #expect(ids(StatementFilter(topics: ["negotiation"])) == [3])
        #expect(ids(StatementFilter(topics: ["official negotiation"])) == [3])
        #expect(ids(StatementFilter(topics: ["talk"])) == [0, 1])
        #expect(ids(StatementFilter(topics: ["negotiation", "denuclearization"])) == [2, 3])
        #expect(ids(StatementFilter(topics: ["sanctions"])) == [])
    }

    @Test func speakersAndTopicsCombineWithAnd() {
        #expect(ids(StatementFilter(speakers: ["sigal"], topics: ["track 2"])) == [0])
        #expect(ids(StatementFilter(speakers: ["delury"], topics: ["track 2"])) == [])
        #expect(ids(StatementFilter(speakers: ["sigal", "delury"], topics: ["talks"])) == [0, 1])
        #expect(ids(StatementFilter(speakers: ["revere"], topics: ["negotiations"])) == [])
    }

    @Test func indexFindsActorsTopicsAndText() {
        let index = SearchIndex(analysis)
        #expect(index.actorIDs(matching: SearchQuery("rev")) == [2])
        #expect(index.actorIDs(matching: SearchQuery("former state")) == [0, 2])
        #expect(index.topicIDs(matching: SearchQuery("track")) == [0])
        #expect(index.statementIDs(matchingText: SearchQuery("indirect mess")) == [1])
    }

    @Test func rankedActorsPutNameStartsFirst() {
        let index = SearchIndex(analysis)
        // "de": starts a word of Délury's name, and "Department" in the roles of 0 and 2.
        #expect(index.rankedActorIDs(matching: SearchQuery("de")) == [1, 0, 2])
        // "ver": inside "Revere" (a name), and in "University" (a role).
        #expect(index.rankedActorIDs(matching: SearchQuery("ver")) == [2, 1])
        // "del": starts a word of Délury's name; "delu" inside nobody else.
        #expect(index.rankedActorIDs(matching: SearchQuery("del")) == [1])
        // "state": only in roles, id order.
        #expect(index.rankedActorIDs(matching: SearchQuery("state")) == [0, 2])
        #expect(index.rankedActorIDs(matching: SearchQuery("")) == [0, 1, 2])
        #expect(index.rankedActorIDs(matching: SearchQuery("igal")) == [0])
    }
}
