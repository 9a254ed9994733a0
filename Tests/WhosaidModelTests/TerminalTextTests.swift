import Testing
@testable import WhosaidModel

@Suite struct TerminalTextTests {
    @Test func escapeSequencesBecomeVisibleAndHarmless() {
        #expect(TerminalText.visible("a\u{1B}]0;pwned\u{07}b") == "a\u{241B}]0;pwned\u{2407}b")
        #expect(TerminalText.visible("\u{1B}[2J") == "␛[2J")
        #expect(TerminalText.visible("\u{9B}2J") == "\u{FFFD}2J")
        #expect(TerminalText.visible("\u{00}\u{7F}") == "␀␡")
    }

    @Test func everyC0AndC1ControlAndDELIsReplacedOneForOne() {
        let controls = (0x00...0x1F).map { Unicode.Scalar($0)! } + [Unicode.Scalar(0x7F)!] + (0x80...0x9F).map { Unicode.Scalar($0)! }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: controls)
        let shown = TerminalText.visible(String(text)).unicodeScalars
        #expect(shown.count == controls.count)
        #expect(!shown.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func lineFeedsAndTabsStayOnlyWhenKept() {
        #expect(TerminalText.visible("a\tb\nc") == "a␉b␊c")
        #expect(TerminalText.visible("a\tb\nc", keeping: .lineFeeds) == "a␉b\nc")
        #expect(TerminalText.visible("a\tb\r\nc", keeping: [.lineFeeds, .tabs]) == "a\tb␍\nc")
    }

    @Test func textWithoutControlsIsUnchanged() {
        let text = "“Fine,” said Zoë — 北京 👍🏽 \u{2028}\u{200B}"
        #expect(TerminalText.visible(text) == text)
        #expect(TerminalText.picture(of: "a") == nil)
    }
}
