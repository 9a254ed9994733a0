import Testing
@testable import WhosaidModel

/// Search and topics on the seed article, through the real engine.
@Suite struct SearchSeedTests {
    let analysis = Engine().analyze(DocumentLoader.seed())

    @Test func sigalFindsLeonSigalWithAllHisStatements() throws {
        let index = SearchIndex(analysis)
        let found = index.actorIDs(matching: SearchQuery("sigal")).map { analysis.actors[$0].name }
        #expect(found == ["Leon V. Sigal"])
        let sigal = try #require(analysis.actors.first { $0.name == "Leon V. Sigal" })
        #expect(!sigal.statementIDs.isEmpty)
        #expect(StatementFilter(speakers: ["sigal"]).apply(to: analysis).map(\.id) == sigal.statementIDs)
    }

    @Test func issueQueriesEachFindSomeone() {
        for query in ["sig", "delu", "yonsei", "richey", "state dep"] {
            #expect(analysis.actors.contains { $0.matches(query: query) }, "\(query)")
        }
    }

    @Test func topTopicsIncludeDenuclearizationAndTrack2() {
        let top = analysis.topics.prefix(20).map { $0.phrase.folded }
        #expect(top.contains("denuclearization"), "\(top)")
        #expect(top.contains { $0.contains("track 2") }, "\(top)")
    }

    @Test func topicIDsOfStatementsPointBackAtTheirTopics() {
        for topic in analysis.topics {
            for id in topic.statementIDs { #expect(analysis.statements[id].topicIDs.contains(topic.id)) }
        }
        let denuclearization = analysis.topics.first { $0.phrase == "denuclearization" }
        #expect((denuclearization?.statementIDs.count ?? 0) >= 2)
    }

    @Test func deluryAboutTrack2GivesOnlyDeluryOnTrack2() {
        let found = StatementFilter(speakers: ["delury"], topics: ["track 2"]).apply(to: analysis)
        #expect(!found.isEmpty)
        for s in found {
            #expect(analysis.actor(of: s)?.name == "John Delury")
            #expect(mentions("Track 2", in: s.text) || s.topicIDs.contains { analysis.topics[$0].phrase.folded.contains("track 2") })
        }
        let allDelury = StatementFilter(speakers: ["delury"]).apply(to: analysis)
        #expect(found.count < allDelury.count)
        let sigalOnly = StatementFilter(speakers: ["sigal"], topics: ["denuclearization"]).apply(to: analysis)
        #expect(sigalOnly.allSatisfy { analysis.actor(of: $0)?.name == "Leon V. Sigal" })
    }
}
