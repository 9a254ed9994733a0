import Testing
import WhosaidBrowser

/// `n` and `N` say which match they landed on and how many there are ("3/6").
@Suite struct MatchCounterTests {
    @Test func inTheActorsPane() {
        let s = run(type(run(Fixture.state(), .startSearch), "a"), .open)
        #expect(s.listRows.count == 3)
        #expect(run(s, .nextMatch).status?.text == "2/3 actors match “a”")
        #expect(run(s, .nextMatch, .nextMatch, .nextMatch).status?.text == "1/3 actors match “a”")
        #expect(run(s, .previousMatch).status?.text == "3/3 actors match “a”")
    }

    @Test func inTheStatementsPane() {
        let s = run(type(run(Fixture.state(), .focus(.statements), .startSearch), "would"), .open)
        #expect(run(s, .nextMatch).status?.text == "2/2 statements match “would”")
        #expect(run(s, .nextMatch, .nextMatch).status?.text == "1/2 statements match “would”")
        #expect(text(render(run(s, .nextMatch))).contains(" 2/2 statements match “would”"))
    }

    @Test func inTheSourcePane() {
        // "the" is in paragraphs 2, 3 (“the mayor”), 5 and 6.
        let s = run(type(run(Fixture.state(80, 16), .focus(.source), .startSearch), "the"), .open)
        let first = run(s, .nextMatch)
        #expect(first.status?.text.hasSuffix("paragraphs match “the”") == true)
        let counts = [first, run(first, .nextMatch), run(first, .nextMatch, .nextMatch)].compactMap { $0.status?.text.split(separator: " ").first }
        #expect(counts.count == 3)
        #expect(Set(counts).count == 3, "\(counts)")
        #expect(counts.allSatisfy { $0.hasSuffix("/4") }, "\(counts)")
    }
}
