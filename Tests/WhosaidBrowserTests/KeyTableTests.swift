import Foundation
import Testing
@testable import WhosaidBrowser

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
        let last = HelpOverlay.maxScroll(HelpOverlay.lines, size: Size(width: 80, height: 24))
        #expect(last > 0)
        #expect(run(s, .moveLast).helpScroll == last)
        #expect(run(s, .moveLast, .moveFirst).helpScroll == 0)
        #expect(run(s, .moveLast, .moveDown).helpScroll == last, "scrolling stops at the last line")
    }

    /// In the help, the keys that page and jump in a list page and jump in it, and the wheel
    /// scrolls it; its own keys are listed in it.
    @Test func theHelpPagesAndJumpsWithTheListKeys() {
        let s = run(Fixture.state(80, 24), .toggleHelp)
        func key(_ k: Key, _ state: State) -> State { run(state, KeyTable.action(for: k, in: state)!) }
        #expect(key(.char(" "), s).helpScroll == 20, "a page is the box's 20 inner rows")
        #expect(key(.pageDown, key(.pageDown, s)).helpScroll == 40)
        #expect(key(.char("b"), key(.pageDown, key(.pageDown, s))).helpScroll == 20)
        #expect(key(.char("G"), s).helpScroll == HelpOverlay.maxScroll(HelpOverlay.lines, size: s.size))
        #expect(key(.home, key(.end, s)).helpScroll == 0)
        let wheel = KeyTable.action(for: .mouse(MouseEvent(.wheelDown, x: 40, y: 10)), in: s)
        #expect(wheel != nil && run(s, wheel!).helpScroll == 3)
        #expect(key(.char("G"), s).mode == .help, "jumping does not close the help")
        let bottom = text(render(key(.char("G"), s)))
        #expect(bottom.contains("This help") && bottom.contains("G End         bottom"), "\(bottom)")
        #expect(!bottom.contains("more: j ↓"), "at the bottom nothing more is below")
        #expect(bottom.contains("  click         select a pane or an item"), "the mouse lines line up with the keys")
        // A wider screen wraps less: the scroll left at the old bottom is clamped to the new one.
        let wider = run(key(.char("G"), s), .resize(Size(width: 120, height: 40)))
        #expect(wider.helpScroll == HelpOverlay.maxScroll(HelpOverlay.lines, size: Size(width: 120, height: 40)))
        #expect(run(wider, .moveUp).helpScroll == max(0, wider.helpScroll - 1))
    }

    /// A terminal narrower than the longest binding wraps its description under itself; nothing
    /// is cut, and the keys stay on the first row.
    @Test func aNarrowHelpWrapsLongDescriptions() {
        let wrapped = HelpOverlay.wrapped(HelpOverlay.lines, screenWidth: 60)
        let room = HelpOverlay.boxWidth(screenWidth: 60) - 4
        #expect(wrapped.count > HelpOverlay.lines.count)
        for row in wrapped { #expect(DisplayWidth.of(row) <= room, "\(row)") }
        // Rejoined, the rows are the lines again.
        var rejoined: [String] = []
        for row in wrapped {
            if row.hasPrefix(String(repeating: " ", count: HelpOverlay.keysWidth + 2)), let last = rejoined.popLast() {
                rejoined.append(last + " " + row.drop { $0 == " " })
            } else {
                rejoined.append(row)
            }
        }
        #expect(rejoined == HelpOverlay.lines)
        let s = run(Fixture.state(60, 30), .toggleHelp, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown, .moveDown)
        let rows = render(s).lines.filter { $0.contains("│   R ") || $0.contains("(kept for next time)") && !$0.contains("M ") }
        #expect(
            rows.map { String($0.dropFirst(1).prefix(58)) } == [
                "│   R             correct the speaker of the statement   │",
                "│                 (kept for next time)                   │",
            ], "\(text(render(s)))")
    }

    /// Labels are built from the keys: quit's names Ctrl-C (it used to say only "q").
    @Test func labelsNameEveryKey() {
        let quit = KeyTable.normal.first { $0.action == .quit }
        #expect(quit?.label == "q ^C")
        #expect(KeyTable.normal.first { $0.action == .pageDown }?.label == "PgDn ^D")
        #expect(KeyTable.normal.first { $0.action == .toggleMark }?.label == "Space")
        #expect(text(render(run(Fixture.state(120, 60), .toggleHelp))).contains("q ^C"))
    }

    /// The README's key tables are exactly what the key table says.
    @Test func theReadmeKeyTablesMatchTheKeyTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        for bindings in [KeyTable.normal, KeyTable.textEntry, KeyTable.corpus] {
            let table = KeyTable.markdownTable(bindings)
            #expect(readme.contains(table + "\n"), "README.md lacks this table (or a row of it changed):\n\(table)")
        }
    }

    /// A footer cut by a narrow terminal ends with "…" after the last hint that fits.
    @Test func aCutFooterEndsWithAnEllipsis() {
        let narrow = render(Fixture.state(60, 20)).lines[19]
        #expect(narrow == " Tab pane  ⏎ open  / search  t topics  Space mark  …")
        #expect(!render(Fixture.state(100, 30)).lines[29].contains("…"))
        #expect(KeyTable.footer(for: .normal, width: 5) == "Tab …")
    }

    /// The help explains the statements' marks, "no cue" included.
    @Test func theHelpExplainsTheMarks() {
        let help = text(render(run(Fixture.state(120, 70), .toggleHelp)))
        #expect(help.contains("≈             mixed: retold with some words quoted"))
        #expect(help.contains("no cue        no speech verb; attributed by position"))
        #expect(help.contains("~             reported: their words retold"))
    }
}
