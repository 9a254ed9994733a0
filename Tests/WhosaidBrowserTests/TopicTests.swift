import Testing
import WhosaidBrowser
@testable import WhosaidModel

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

@Suite struct TopicPaneTests {
    @Test func wideTerminalsGiveTopicsAPaneOfTheirOwn() {
        #expect(Layout(size: Size(width: 160, height: 40)).topicList != nil)
        #expect(Layout(size: Size(width: 149, height: 40)).topicList == nil)
        #expect(Layout(size: Size(width: 160, height: 35)).topicList == nil)
        let lines = render(Fixture.state(160, 40)).lines
        #expect(lines[0].hasPrefix(" 1 Actors 3"))
        let topicsTitle = lines.firstIndex { $0.hasPrefix(" t Topics 2") }
        #expect(topicsTitle != nil)
        #expect(lines[(topicsTitle ?? 0) + 2].hasPrefix(" new bridge"))
    }

    @Test func tMovesTheCursorToTheTopicsPaneAndBack() {
        let s = run(Fixture.state(160, 40), .toggleTopics)
        let lines = render(s).lines
        #expect(lines[0].hasPrefix(" t Actors 3"))
        #expect(lines.contains { $0.hasPrefix(" 1 Topics 2") })
        let filtered = run(s, .moveDown, .moveDown)
        #expect(filtered.topicID == 1)
        #expect(filtered.listedStatementIDs == [3])
    }

    @Test func aClickInTheTopicsPaneChoosesThatTopic() {
        let s = Fixture.state(160, 40)
        let top = s.layout.topicList!.y
        // Title row, "All topics", then "new bridge".
        let t = run(s, .click(x: 3, y: top + 2))
        #expect(t.leftView == .topics)
        #expect(t.focus == .list)
        #expect(t.topicID == 0)
        // And a click back in the actors pane makes actors active again.
        let u = run(t, .click(x: 3, y: 2))
        #expect(u.leftView == .actors)
        #expect(u.actorID == 0)
        #expect(u.topicID == 0)
    }
}
