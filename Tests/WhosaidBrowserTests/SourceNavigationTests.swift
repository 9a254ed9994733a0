import Testing
import WhosaidBrowser

/// In the source pane, `]` and `[` step through the statements in the text and Enter picks the
/// statement in view.
@Suite struct SourceNavigationTests {
    @Test func bracketsStepThroughTheStatementsInTextOrder() {
        let s = run(Fixture.state(80, 16), .focus(.source))
        #expect(s.statementID == 0)
        let next = run(s, .nextStatement)
        #expect(next.statementID == 1)
        #expect(run(next, .nextStatement, .nextStatement).statementID == 3)
        #expect(run(next, .nextStatement, .nextStatement, .nextStatement).status?.text == "No statement after this one")
        #expect(run(next, .previousStatement).statementID == 0)
        // The highlight follows in the source.
        let styles = render(next).styleLines.joined()
        #expect(styles.contains("HHHHHHHHHH"))
    }

    /// Scrolled away from the selection, `]` goes to the first statement after the view's top,
    /// not the one after the (unseen) selection.
    @Test func outOfViewBracketsStartFromTheView() {
        let scrolled = run(Fixture.state(80, 16), .focus(.source), .moveLast)
        #expect(scrolled.statementID == 0)
        #expect(run(scrolled, .nextStatement).statementID == 2)
    }

    /// Enter in the source selects the listed statement in view and goes to it in the statements pane.
    @Test func enterInTheSourcePicksTheStatementInView() {
        let scrolled = run(Fixture.state(80, 16), .focus(.source), .moveLast)
        let picked = run(scrolled, .open)
        #expect(picked.statementID == 2)
        #expect(picked.focus == .statements)
        // With the selection in view, it is the one kept.
        let here = run(Fixture.state(80, 16), .focus(.source), .nextStatement, .open)
        #expect(here.statementID == 1)
    }

    @Test func enterWithNoListedStatementInViewSaysSo() {
        // Tom Reyes's one statement is in ¶5; the top of the article shows none of it.
        let s = run(Fixture.state(80, 16), .moveDown, .moveDown, .focus(.source), .moveFirst, .open)
        #expect(s.focus == .source)
        #expect(s.status?.text.hasPrefix("No listed statement in view") == true)
    }
}
