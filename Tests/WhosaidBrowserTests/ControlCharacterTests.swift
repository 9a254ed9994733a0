import Testing
import WhosaidBrowser
@testable import WhosaidModel

/// An article's control characters are drawn as visible pictures, never sent to the terminal.
@Suite struct ControlCharacterTests {
    static let analysis = Engine().analyze(
        text: """
            Mayor Ada Ng said: “The vote \u{1B}]0;pwned\u{07} was rigged \u{1B}[2J today \u{9B}2J.”
            “We will win,” said Bo Li, the \u{1B}]0;pwned\u{07} mayor of Springfield.
            """,
        name: "evil\u{1B}[2J.txt")

    static func rawControls(_ screen: Screen) -> [String] {
        screen.cells.map(\.character).filter { c in
            c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        }.map { $0.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
    }

    @Test func everyPaneShowsControlsAsPictures() {
        let state = State(analysis: Self.analysis, size: Size(width: 100, height: 24))
        // The actors list (with the role), each actor's statements, and the source text.
        for s in [state, run(state, .open), run(state, .moveDown, .open), run(state, .moveDown, .moveDown, .open)] {
            let screen = render(s)
            #expect(Self.rawControls(screen).isEmpty)
        }
        let screen = render(run(state, .open))
        #expect(text(screen).contains("␛]0;pwned␇"), "\(text(screen))")
        #expect(text(screen).contains("\u{FFFD}2J"))
    }

    @Test func glyphsAndPutDrawControlsVisibly() {
        #expect(Glyph.glyphs(of: "a\u{1B}b\tc\u{7F}\u{200B}").map(\.character) == ["a", "␛", "b", " ", "c", "␡"])
        var screen = Screen(size: Size(width: 10, height: 1))
        #expect(screen.put("x\u{1B}[2J\u{07}", x: 0, y: 0, style: .normal) == 6)
        #expect(screen.lines == ["x␛[2J␇"])
    }
}
