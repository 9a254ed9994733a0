/// How one cell's character is handed to curses so that curses, the terminal and the grid agree
/// on its width. Curses takes one spacing character per cell (plus zero-width marks) and
/// advances by the C library's `wcwidth`; an emoji sequence (`🙅‍♂️`, `👍🏽`) or a flag (`🇰🇷`)
/// is several spacing characters, and glibc gives a regional indicator one column where the grid
/// gave the flag two. Such a cluster is drawn as what fills its columns exactly.
enum CellText {
    /// The pieces to draw at the cell's column and the ones after it: each piece is a spacing
    /// scalar (and the zero-width ones that go with it); together they are `width` columns by
    /// `wcwidth`.
    static func pieces(for character: Character, width: Int, wcwidth: (Unicode.Scalar) -> Int) -> [[Unicode.Scalar]] {
        let scalars = Array(character.unicodeScalars)
        guard let first = scalars.first, width > 0 else { return [] }
        // A base with zero-width marks (e + ◌́): one piece, as curses expects.
        if wcwidth(first) == width, scalars.dropFirst().allSatisfy({ wcwidth($0) == 0 }) { return [scalars] }
        // A flag: its two letters (🇰🇷 → KR).
        if width == 2, scalars.count == 2, scalars.allSatisfy(isRegionalIndicator) {
            return scalars.map { [Unicode.Scalar(0x41 + $0.value - 0x1F1E6)!] }
        }
        // An emoji sequence: its first emoji when that is as wide (🙅‍♂️ → 🙅); else that emoji (or a
        // replacement character when it is wider than the cell or unknown) and blanks.
        let base = wcwidth(first)
        if base == width { return [[first]] }
        let shown: Unicode.Scalar = base == 1 ? first : "\u{FFFD}"
        return [[shown]] + Array(repeating: [" "], count: width - 1)
    }

    private static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(s.value)
    }
}
