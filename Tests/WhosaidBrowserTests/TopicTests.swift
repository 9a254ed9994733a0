import Testing
import WhosaidBrowser
import WhosaidModel

@Suite struct TopicTests {
    @Test func tTogglesTheLeftPaneBetweenActorsAndTopics() {
        let s = run(Fixture.state(), .toggleTopics)
        #expect(s.leftView == .topics)
        #expect(s.listRows == [.all, .topic(0), .topic(1)])
        #expect(run(s, .toggleTopics).leftView == .actors)
    }

    @Test func choosingATopicFiltersTheStatements() {
        let s = run(Fixture.state(), .toggleTopics, .moveDown)
        #expect(s.topicID == 0)
        #expect(s.listedStatementIDs == [0, 1, 2])
        #expect(run(s, .moveDown).listedStatementIDs == [3])
    }

    @Test func actorAndTopicFiltersCombineAndShowInTheStatusLine() {
        let s = run(Fixture.state(), .moveDown, .toggleTopics, .moveDown)
        #expect(s.actorID == 0)
        #expect(s.topicID == 0)
        #expect(s.listedStatementIDs == [0, 1])
        let none = run(s, .moveDown)
        #expect(none.listedStatementIDs.isEmpty)
        #expect(s.filterSummary == "actor: Maria Okafor · topic: new bridge")
        let status = render(s).lines[22]
        #expect(status.contains("actor: Maria Okafor · topic: new bridge"))
    }

    @Test func oneKeyClearsAllFilters() {
        let s = run(Fixture.state(), .moveDown, .toggleTopics, .moveDown, .clearFilters)
        #expect(s.actorID == nil)
        #expect(s.topicID == nil)
        #expect(s.listedStatementIDs == [0, 1, 2, 3])
        #expect(s.status?.text == "Filters cleared")
    }

    @Test func searchFiltersTopicsToo() {
        let s = type(run(Fixture.state(), .toggleTopics, .startSearch), "cost")
        #expect(s.listRows == [.topic(1)])
        #expect(s.topicID == 1)
    }

    @Test func anArticleWithoutTopicsSaysSo() {
        var analysis = Fixture.analysis
        analysis.topics = []
        let s = run(State(analysis: analysis, size: Size(width: 80, height: 24)), .toggleTopics)
        #expect(s.status?.text == "No topics found in this article")
        #expect(s.listRows == [.all])
    }
}
