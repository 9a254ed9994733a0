import Testing
import WhosaidBrowser

@Suite struct ScreenTests {
    @Test func displayWidthsFollowTheTable() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("é" as Character) == 1)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("漢" as Character) == 2)
        #expect(DisplayWidth.of("한" as Character) == 2)
        #expect(DisplayWidth.of("Ａ" as Character) == 2)
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("👍🏽" as Character) == 2)
        #expect(DisplayWidth.of("👩‍💻" as Character) == 2)
        #expect(DisplayWidth.of("🇰🇷" as Character) == 2)
        #expect(DisplayWidth.of("❤️" as Character) == 2)
        #expect(DisplayWidth.of("“" as Character) == 1)
        #expect(DisplayWidth.of("\u{200B}" as Character) == 0)
        #expect(DisplayWidth.of("\t" as Character) == 0)
        #expect(DisplayWidth.of("北京 ok") == 7)
        // Emoji sequences are one cluster of two columns (issue 11 item 10).
        #expect(DisplayWidth.of("🙅‍♂️" as Character) == 2)
        #expect(DisplayWidth.of("✌🏽" as Character) == 2)
        #expect(DisplayWidth.of("1️⃣" as Character) == 2)
        #expect(DisplayWidth.of("🏳️‍🌈" as Character) == 2)
        #expect(DisplayWidth.of("1" as Character) == 1)
        #expect(DisplayWidth.of("We won 🙅‍♂️ and 🇰🇷!") == 17)
    }

    @Test func wideCharactersTakeTwoCells() {
        var screen = Screen(size: Size(width: 8, height: 1))
        let used = screen.put("a漢b", x: 0, y: 0, style: .bold)
        #expect(used == 4)
        #expect(screen[1, 0].character == "漢")
        #expect(screen[2, 0].isContinuation)
        #expect(screen.lines == ["a漢b"])
        #expect(screen.styleLines == ["bbbb"])
    }

    @Test func aWideCharacterThatDoesNotFitBecomesASpace() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("abc漢", x: 0, y: 0, style: .normal)
        #expect(screen.lines == ["abc"])
        #expect(!screen[3, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.put("漢字", x: 0, y: 0, style: .normal)
        screen.put("x", x: 1, y: 0, style: .normal)
        #expect(screen.lines == [" x字"])
        screen.put("y", x: 2, y: 0, style: .normal)
        #expect(screen.lines == [" xy"])
    }

    @Test func wrappingBreaksAtSpacesByDisplayWidth() {
        #expect(TextWrap.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrap.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(TextWrap.wrap("漢字漢字漢字", width: 5) == ["漢字", "漢字", "漢字"])
        #expect(TextWrap.wrap("a  b", width: 1) == ["a", "b"])
        #expect(TextWrap.wrap("", width: 4) == [""])
    }

    @Test func monochromeUsesAttributesOnlyAndReverseForTheSelection() {
        for style in Style.allCases {
            let a = Theme.monochrome.attributes(for: style)
            #expect(a.foreground == nil && a.background == nil)
        }
        #expect(Theme.monochrome.attributes(for: .selected).reverse)
        #expect(Theme.monochrome.attributes(for: .highlight).reverse)
        #expect(Theme.monochrome.attributes(for: .mention) != Theme.monochrome.attributes(for: .normal))
        #expect(Theme.color.attributes(for: .highlight).background == .yellow)
    }

    @Test func noColorInTheEnvironmentPicksMonochrome() {
        #expect(!Theme.forEnvironment(["NO_COLOR": "1"], terminalHasColors: true).usesColor)
        #expect(Theme.forEnvironment(["NO_COLOR": ""], terminalHasColors: true).usesColor)
        #expect(!Theme.forEnvironment([:], terminalHasColors: false).usesColor)
        #expect(Theme.forEnvironment([:], terminalHasColors: true).usesColor)
    }
}
