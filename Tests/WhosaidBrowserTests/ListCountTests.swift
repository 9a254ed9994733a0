import Testing
import WhosaidBrowser
@testable import WhosaidModel

/// The left pane's counts follow the other filter, and the source title says where the view is.
@Suite struct ListCountTests {
    /// With the topic "project cost" chosen, the actors pane counts only statements on it.
    @Test func actorCountsHonourTheTopicFilter() {
        let s = run(Fixture.state(), .toggleTopics, .moveDown, .moveDown, .toggleTopics)
        #expect(s.topicID == 1)
        let lines = render(s).lines
        #expect(lines[1].hasPrefix(" All statements         1 │"))
        #expect(lines[2].hasPrefix(" Maria Okafor           0 │"))
        #expect(lines[4].hasPrefix(" Tom Reyes              0 │"))
        #expect(lines[6].hasPrefix(" The transport ministry 1 │"))
    }

    /// A topic no statement is about is not listed (nor counted in the title).
    @Test func topicsWithoutStatementsAreNotListed() {
        let a = Fixture.analysis
        let topics = a.topics + [Topic(id: 2, phrase: "long debate", score: 0.5, statementIDs: [], actorIDs: [])]
        let analysis = Analysis(document: a.document, statements: a.statements, actors: a.actors, topics: topics)
        let s = run(State(analysis: analysis, size: Size(width: 80, height: 24)), .toggleTopics)
        #expect(s.listRows == [.all, .topic(0), .topic(1)])
        let screen = text(render(s))
        #expect(screen.contains(" 1 Topics 2 "))
        #expect(!screen.contains("long debate  "))
        #expect(type(run(s, .startSearch), "debate").listRows.isEmpty)
    }

    /// The title names the paragraphs in view and how far down the rows are.
    @Test func theSourceTitleSaysWhereTheViewIs() {
        let s = run(Fixture.state(80, 16), .focus(.source))
        func title(_ s: State) -> String { render(s).lines[s.layout.source.y] }
        #expect(title(s) == " 3 Source · ¶1–3 of 6  1-5/13 top")
        let down = run(s, .moveDown, .moveDown, .moveDown, .moveDown)
        #expect(title(down) == " 3 Source · ¶3–4 of 6  5-9/13 50%")
        #expect(title(run(s, .moveLast)) == " 3 Source · ¶5–6 of 6  9-13/13 end")
    }
}
