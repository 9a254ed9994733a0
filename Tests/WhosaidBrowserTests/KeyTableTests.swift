import Testing
import WhosaidBrowser

@Suite struct KeyTableTests {
    @Test func noKeyIsBoundTwiceInAMode() {
        for mode in [Mode.normal, .search, .prompt, .confirm, .confirmQuit, .help] {
            let keys = KeyTable.bindings(for: mode).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "duplicate key in \(mode)")
        }
    }

    @Test func keysMapToActionsByMode() {
        let s = Fixture.state()
        #expect(KeyTable.action(for: .char("j"), in: s) == .moveDown)
        #expect(KeyTable.action(for: .down, in: s) == .moveDown)
        #expect(KeyTable.action(for: .ctrl("d"), in: s) == .pageDown)
        #expect(KeyTable.action(for: .backTab, in: s) == .previousPane)
        #expect(KeyTable.action(for: .char("2"), in: s) == .focus(.statements))
        #expect(KeyTable.action(for: .char("x"), in: s) == nil)
        let searching = run(s, .startSearch)
        #expect(KeyTable.action(for: .char("j"), in: searching) == .insert("j"))
        #expect(KeyTable.action(for: .escape, in: searching) == .back)
        let help = run(s, .toggleHelp)
        #expect(KeyTable.action(for: .char("q"), in: help) == .toggleHelp)
        #expect(KeyTable.action(for: .mouse(MouseEvent(.wheelDown, x: 1, y: 2)), in: s) == .wheel(x: 1, y: 2, delta: 3))
        #expect(KeyTable.action(for: .mouse(MouseEvent(.click, x: 1, y: 2)), in: help) == nil)
    }

    @Test func theHelpOverlayAndFooterComeFromTheTable() {
        let screen = render(run(Fixture.state(120, 40), .toggleHelp))
        let shown = text(screen)
        for binding in KeyTable.normal.prefix(24) where binding.help.count < 40 {
            #expect(shown.contains(binding.help), "help lacks \(binding.help)")
        }
        #expect(screen.lines[39] == " " + KeyTable.footer(for: .help))
        #expect(render(Fixture.state()).lines[23] == " " + KeyTable.footer(for: .normal))
    }

    @Test func theHelpOverlayScrollsWhenItDoesNotFit() {
        let s = run(Fixture.state(80, 24), .toggleHelp)
        #expect(text(render(s)).contains("more: j ↓"))
        let scrolled = run(s, .moveDown, .moveDown)
        #expect(scrolled.helpScroll == 2)
        #expect(run(s, .moveLast).helpScroll == 0)
    }
}
