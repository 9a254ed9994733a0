import Testing
import WhosaidBrowser
@testable import WhosaidModel

@Suite struct SearchTests {
    @Test func typingFiltersActorsByNameAliasOrRole() {
        let s = run(Fixture.state(), .startSearch)
        #expect(s.mode == .search)
        #expect(type(s, "oka").listRows == [.actor(0)])
        #expect(type(s, "fisher").listRows == [.actor(1)])
        #expect(type(s, "harbour town").listRows == [.actor(0)])
        #expect(type(s, "transport min").listRows == [.actor(2)])
    }

    @Test func matchingIgnoresCaseAndAccentsAndTakesWordPrefixes() {
        let s = run(Fixture.state(), .startSearch)
        #expect(type(s, "OKAFÓR").listRows == [.actor(0)])
        #expect(type(s, "maria oka").listRows == [.actor(0)])
        #expect(type(s, "tom rey").listRows == [.actor(1)])
    }

    @Test func theFirstMatchIsSelectedWhileTyping() {
        let s = type(run(Fixture.state(), .startSearch), "reyes")
        #expect(s.actorID == 1)
        #expect(s.listedStatementIDs == [2])
    }

    @Test func enterKeepsTheFilterAndSelectsTheFirstMatch() {
        let s = run(type(run(Fixture.state(), .startSearch), "o"), .open)
        #expect(s.mode == .normal)
        #expect(s.listQuery == "o")
        #expect(s.actorID == s.listRows.first.flatMap { if case .actor(let id) = $0 { id } else { nil } })
        #expect(s.status?.text.contains("match") == true)
    }

    @Test func escapeClearsTheFilter() {
        let typing = type(run(Fixture.state(), .startSearch), "tom")
        let cancelled = run(typing, .back)
        #expect(cancelled.mode == .normal)
        #expect(cancelled.listQuery == "")
        let kept = run(typing, .open)
        #expect(run(kept, .back).listQuery == "")
    }

    @Test func noMatchSaysSo() {
        let s = type(run(Fixture.state(), .startSearch), "zzz")
        #expect(s.listRows.isEmpty)
        #expect(s.status == StatusMessage("No match for “zzz”", isError: true))
        #expect(text(render(s)).contains("No match"))
    }

    @Test func backspaceWidensTheFilterAgain() {
        let s = type(run(Fixture.state(), .startSearch), "tomx")
        #expect(s.listRows.isEmpty)
        #expect(run(s, .deleteBackward).listRows == [.actor(1)])
    }

    @Test func nAndShiftNCycleThroughMatches() {
        let s = run(type(run(Fixture.state(), .startSearch), "a"), .open)
        let rows = s.listRows
        #expect(rows.count == 3)
        let next = run(s, .nextMatch)
        #expect(next.selectedRow == rows[1])
        #expect(run(s, .previousMatch).selectedRow == rows[2])
    }

    @Test func searchingTheStatementsPaneJumpsToMatchingStatements() {
        let s = type(run(Fixture.state(), .focus(.statements), .startSearch), "bay")
        #expect(s.statementID == 2)
        let t = run(s, .open)
        #expect(t.textQuery == "bay")
        #expect(t.status?.text == "1 statement match “bay”; n/N jumps")
        // Matches are marked in the statements pane and the source.
        let screen = render(t)
        #expect(styles(screen).contains("mmm"))
    }

    @Test func nInTheStatementsPaneWrapsAround() {
        let s = run(type(run(Fixture.state(), .focus(.statements), .startSearch), "would"), .open)
        #expect(s.statementID == 1)
        #expect(run(s, .nextMatch).statementID == 3)
        #expect(run(s, .nextMatch, .nextMatch).statementID == 1)
        #expect(run(s, .previousMatch).statementID == 3)
    }

    @Test func searchingTheSourceScrollsToTheMatch() {
        let s = run(type(run(Fixture.state(80, 16), .focus(.source), .startSearch), "euros"), .open)
        let line = s.sourceLayout.line(containing: Fixture.text.unicodeScalars.count - 6)
        #expect(s.sourceScroll <= line && line < s.sourceScroll + s.layout.source.height - 1)
    }

    @Test func nInTheSourceGoesToTheNextMatchingRowAndWraps() {
        // "the" occurs on many rows; each n moves down, and past the last it wraps to the first.
        var s = run(type(run(Fixture.state(80, 16), .focus(.source), .startSearch), "the"), .open)
        var rows: [Int] = [s.sourceScroll]
        for _ in 0..<8 {
            s = run(s, .nextMatch)
            rows.append(s.sourceScroll)
        }
        #expect(rows.first == 2)
        #expect(rows[1] > rows[0])
        #expect(rows.dropFirst().contains(rows[0]))
        #expect(run(s, .previousMatch).sourceScroll != s.sourceScroll)
    }

    @Test func escapeInATextPaneClearsItsSearchFirst() {
        let s = run(type(run(Fixture.state(), .focus(.statements), .startSearch), "bay"), .open)
        let t = run(s, .back)
        #expect(t.textQuery == "")
        #expect(t.focus == .statements)
    }

    @Test func theBestActorMatchComesFirst() {
        // Names with a word starting with "t" (by id) come before a role that has one.
        let s = type(run(Fixture.state(), .startSearch), "t")
        #expect(s.listRows.first == .actor(1))
        #expect(s.actorID == 1)
    }

    @Test func multiWordQueriesMatchWordStartsInAnyOrder() {
        let s = run(Fixture.state(), .startSearch)
        #expect(type(s, "okafor maria").listRows == [.actor(0)])
        #expect(!type(s, "bridge x").listRows.contains(.actor(0)))
    }
}
