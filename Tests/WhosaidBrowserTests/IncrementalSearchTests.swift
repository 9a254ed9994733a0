import Testing
@testable import WhosaidBrowser
@testable import WhosaidModel

/// Filters are kept in the state and narrowed as a query is typed on, never stale.
@Suite struct IncrementalSearchTests {
    /// "/fish" selects Tom Reyes (a fisherman); "/fishx" matches nothing, and the statements pane
    /// no longer shows his statements (it kept the last actor that matched).
    @Test func aFilterThatMatchesNothingLeavesNoActorSelected() {
        let partial = type(run(Fixture.state(), .startSearch), "fish")
        #expect(partial.actorID == 1)
        #expect(partial.listedStatementIDs == [2])
        let none = type(partial, "x")
        #expect(none.listRows.isEmpty)
        #expect(none.actorID == nil)
        #expect(none.listedStatementIDs.isEmpty)
        let screen = text(render(none))
        #expect(screen.contains(" 2 Statements 0"))
        #expect(screen.contains("No actor matches “fishx”"))
        #expect(!screen.contains("· Tom Reyes"))
        // Back to a query that matches: its first match is selected again.
        let again = run(none, .deleteBackward)
        #expect(again.actorID == 1)
        #expect(again.listedStatementIDs == [2])
    }

    /// Narrowing from the last hits gives what a fresh search gives, for every prefix typed and
    /// after deleting back.
    @Test func narrowedFiltersEqualFreshOnes() {
        for query in ["o", "ok", "oka", "t", "th", "the", "the t", "the tr", "a f"] {
            let typed = type(run(Fixture.state(), .startSearch), query)
            var fresh = run(Fixture.state(), .startSearch)
            fresh.listQuery = query
            #expect(typed.listRows == fresh.listRows, "\(query)")
        }
        let back = run(type(run(Fixture.state(), .startSearch), "tomx"), .deleteBackward, .deleteBackward, .deleteBackward)
        #expect(back.listRows == type(run(Fixture.state(), .startSearch), "t").listRows)
        #expect(back.listRows.count == 3)
    }

    /// A source search on a long article folds the paragraphs once; each further keystroke tests
    /// only the paragraphs the query before it matched (it used to fold the whole article again,
    /// seconds per key on 8 MB).
    @Test func typingOnASourceSearchOnlyNarrowsIt() {
        let paragraph = "The council approved the new bridge after a long debate about the harbour and its future.\n"
        let text = "Headline\n" + String(repeating: paragraph, count: 1_500_000 / paragraph.utf8.count) + "A zebra crossing.\n"
        let document = Document(name: "long.txt", text: text)
        var s = run(State(analysis: Analysis(document: document, statements: [], actors: []), size: Size(width: 100, height: 30)), .focus(.source), .startSearch)
        let clock = ContinuousClock()
        var times: [Duration] = []
        for c in "zebr" { times.append(clock.measure { s = reduce(s, .insert(c)) }) }
        #expect(s.sourceScroll > 0, "the match near the end was not reached")
        let first = times[0]
        for later in times.dropFirst() {
            #expect(later * 20 < first, "a later keystroke took \(later), the first (which folds the article) \(first)")
        }
    }
}
