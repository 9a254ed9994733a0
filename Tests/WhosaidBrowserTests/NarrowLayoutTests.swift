import Testing
import WhosaidBrowser

/// Below 70 columns the panes are stacked; below 50x14 the browser shows a message.
@Suite struct NarrowLayoutTests {
    /// Tom Reyes's role would fall on the separator row: it is left out, the separator stays.
    @Test func at60x20TheLastActorsRoleDoesNotOverwriteTheSeparator() {
        let lines = render(Fixture.state(60, 20)).lines
        #expect(
            lines[0..<7].joined(separator: "\n") == """
             1 Actors 3
             All statements                                           4
             Maria Okafor                                             2
               the mayor of Harbour Town
             Tom Reyes                                                1
            ────────────────────────────────────────────────────────────
             2 Statements 4
            """)
        #expect(lines[11] == String(repeating: "─", count: 60))
    }

    @Test func at30x8TheTooSmallMessageIsWrappedNotCut() {
        #expect(
            text(render(Fixture.state(30, 8))) == """


                  Terminal too small
                   30x8, need 50x14
             Enlarge the window, or q to
                         quit


            """)
    }

    /// With a search or the export prompt open, q still quits on a tiny terminal (it used to be
    /// typed into the invisible prompt); other keys do nothing there.
    @Test func onATinyTerminalQQuitsWhateverTheMode() {
        for opening in [Action.startSearch, .export] {
            let open = run(Fixture.state(80, 24), opening)
            let tiny = run(open, .resize(Size(width: 30, height: 8)))
            #expect(KeyTable.action(for: .char("x"), in: tiny) == nil)
            #expect(KeyTable.action(for: .enter, in: tiny) == nil)
            let action = KeyTable.action(for: .char("q"), in: tiny)
            #expect(action == .quit)
            #expect(run(tiny, .quit).shouldQuit)
            #expect(KeyTable.action(for: .ctrl("c"), in: tiny) == .quit)
        }
    }
}
