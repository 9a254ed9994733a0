import Testing
@testable import WhosaidTerminal

@Suite struct CellTextTests {
    /// glibc's widths, as curses sees them: regional indicators, ♂ and keycap digits one column,
    /// emoji two, joiners and selectors none; a scalar it does not know, -1.
    static func wcwidth(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0x200D, 0xFE0F, 0x20E3, 0x301: return 0
        case 0x1F645, 0x1F44D, 0x1F3FB...0x1F3FF, 0x6F22: return 2
        case 0x1FAE8: return -1
        default: return 1
        }
    }

    static func pieces(_ c: Character, _ width: Int) -> [String] {
        CellText.pieces(for: c, width: width, wcwidth: wcwidth).map { String(String.UnicodeScalarView($0)) }
    }

    @Test func eachClusterFillsExactlyItsColumns() {
        #expect(Self.pieces("a", 1) == ["a"])
        #expect(Self.pieces("漢", 2) == ["漢"])
        #expect(Self.pieces("e\u{301}", 1) == ["e\u{301}"])
        // A ZWJ sequence: its first emoji, which glibc also makes two columns.
        #expect(Self.pieces("🙅‍♂️", 2) == ["🙅"])
        #expect(Self.pieces("👍🏽", 2) == ["👍"])
        // A flag: glibc gives each regional indicator one column; its letters are drawn instead.
        #expect(Self.pieces("🇰🇷", 2) == ["K", "R"])
        // A keycap: the digit and a blank.
        #expect(Self.pieces("1️⃣", 2) == ["1", " "])
        // A wide emoji the C library does not know yet.
        #expect(Self.pieces("\u{1FAE8}", 2) == ["\u{FFFD}", " "])
    }

    @Test func thePiecesAddUpToTheCellWidth() {
        for (c, width) in [("🙅‍♂️", 2), ("🇰🇷", 2), ("1️⃣", 2), ("\u{1FAE8}", 2), ("✌🏽", 2), ("a", 1), ("漢", 2)] as [(Character, Int)] {
            let columns = CellText.pieces(for: c, width: width, wcwidth: Self.wcwidth).map { max(1, Self.wcwidth($0[0])) }.reduce(0, +)
            #expect(columns == width, "\(c)")
        }
    }
}
