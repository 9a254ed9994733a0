import Testing
import WhosaidBrowser
@testable import WhosaidModel

@Suite struct NavigationTests {
    @Test func startsOnAllStatementsWithTheFirstStatementSelected() {
        let s = Fixture.state()
        #expect(s.focus == .list)
        #expect(s.actorID == nil)
        #expect(s.listedStatementIDs == [0, 1, 2, 3])
        #expect(s.statementID == 0)
    }

    @Test func actorsAreListedByStatementCountAfterAllStatements() {
        #expect(Fixture.state().listRows == [.all, .actor(0), .actor(1), .actor(2)])
    }

    @Test func movingInTheActorsPaneListsThatActorsStatements() {
        let s = run(Fixture.state(), .moveDown)
        #expect(s.actorID == 0)
        #expect(s.listedStatementIDs == [0, 1])
        #expect(s.statementID == 0)
        let t = run(s, .moveDown)
        #expect(t.actorID == 1)
        #expect(t.listedStatementIDs == [2])
        #expect(t.statementID == 2)
        #expect(run(t, .moveUp, .moveUp).actorID == nil)
    }

    @Test func firstLastAndClamping() {
        let s = Fixture.state()
        #expect(run(s, .moveLast).actorID == 2)
        #expect(run(s, .moveLast, .moveDown).actorID == 2)
        #expect(run(s, .moveLast, .moveFirst).actorID == nil)
        #expect(run(s, .moveUp).actorID == nil)
    }

    @Test func pageDownMovesByWhatFitsAndStopsAtTheEnd() {
        let s = run(Fixture.state(), .focus(.statements), .pageDown)
        #expect(s.statementID == 3)
        #expect(run(s, .pageUp).statementID == 0)
    }

    @Test func enterGoesFromActorToStatementsToSource() {
        let s = run(Fixture.state(), .moveDown, .open)
        #expect(s.focus == .statements)
        let t = run(s, .moveDown, .open)
        #expect(t.statementID == 1)
        #expect(t.focus == .source)
        let line = t.sourceLayout.line(containing: Fixture.analysis.statements[1].span.start)
        #expect(t.sourceScroll <= line && line < t.sourceScroll + t.layout.source.height - 1)
    }

    @Test func escapeGoesBackAPaneAtATime() {
        let s = run(Fixture.state(), .moveDown, .open, .open)
        #expect(s.focus == .source)
        #expect(run(s, .back).focus == .statements)
        #expect(run(s, .back, .back).focus == .list)
        #expect(run(s, .back, .back, .back).actorID == 0)
    }

    @Test func tabAndNumbersSwitchPanes() {
        let s = Fixture.state()
        #expect(run(s, .nextPane).focus == .statements)
        #expect(run(s, .nextPane, .nextPane, .nextPane).focus == .list)
        #expect(run(s, .previousPane).focus == .source)
        #expect(run(s, .focus(.source)).focus == .source)
    }

    @Test func movingInTheSourcePaneScrollsItWithinBounds() {
        let s = run(Fixture.state(80, 24), .focus(.source), .moveFirst)
        #expect(s.sourceScroll == 0)
        let down = run(s, .moveDown)
        #expect(down.sourceScroll == 1)
        let end = run(s, .moveLast)
        #expect(end.sourceScroll == end.sourceLayout.lines.count - (end.layout.source.height - 1))
        #expect(run(end, .moveDown).sourceScroll == end.sourceScroll)
    }

    @Test func selectingAStatementScrollsTheSourceToIt() {
        // A short terminal: the last statement is below the first source rows.
        let s = run(Fixture.state(80, 16), .focus(.statements), .moveLast)
        let line = s.sourceLayout.line(containing: Fixture.analysis.statements[3].span.start)
        #expect(s.sourceScroll > 0)
        #expect(s.sourceScroll <= line && line < s.sourceScroll + s.layout.source.height - 1)
    }

    @Test func helpOpensAndClosesAndSwallowsOtherKeys() {
        let s = run(Fixture.state(), .toggleHelp)
        #expect(s.mode == .help)
        #expect(run(s, .moveDown).actorID == nil)
        #expect(run(s, .toggleHelp).mode == .normal)
        #expect(run(s, .back).mode == .normal)
        // q closes the help rather than the browser.
        let q = run(s, KeyTable.action(for: .char("q"), in: s)!)
        #expect(q.mode == .normal && !q.shouldQuit)
    }

    @Test func quitSetsTheFlag() {
        #expect(run(Fixture.state(), .quit).shouldQuit)
    }

    @Test func resizeRelaysOutAndRewrapsTheSource() {
        let s = Fixture.state(80, 24)
        let wide = run(s, .resize(Size(width: 140, height: 40)))
        #expect(wide.size == Size(width: 140, height: 40))
        #expect(wide.layout.statements.y == 0 && wide.layout.source.y == 0)
        #expect(wide.sourceLayout.width == wide.layout.sourceTextWidth)
        #expect(wide.sourceLayout.width != s.sourceLayout.width)
    }

    @Test func tooSmallAndBackKeepsTheSelection() {
        let s = run(Fixture.state(), .moveDown, .resize(Size(width: 30, height: 8)))
        #expect(s.layout.isTooSmall)
        let back = run(s, .resize(Size(width: 80, height: 24)))
        #expect(!back.layout.isTooSmall)
        #expect(back.actorID == 0)
    }

    @Test func clicksFocusAPaneAndSelectTheItemUnderThePointer() {
        let s = Fixture.state(80, 24)
        // Row 3 of the actors pane (y = 4) is Tom Reyes: All (1 row), Maria Okafor (2 rows), Tom Reyes.
        let t = run(s, .click(x: 3, y: 4))
        #expect(t.actorID == 1)
        let u = run(s, .click(x: 40, y: 3))
        #expect(u.focus == .statements)
        #expect(u.statementID == 1)
        #expect(run(s, .click(x: 10, y: 18)).focus == .source)
    }

    @Test func theWheelScrollsThePaneUnderThePointer() {
        let s = Fixture.state(80, 24)
        let t = run(s, .wheel(x: 40, y: 3, delta: 3))
        #expect(t.statementID == 1)
        #expect(t.focus == .list)
        #expect(run(s, .wheel(x: 10, y: 18, delta: 3)).sourceScroll == 3)
    }
}
