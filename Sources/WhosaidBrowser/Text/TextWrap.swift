/// Greedy word wrapping of glyphs to a column width.
public enum TextWrap {
    /// Line ranges of `glyphs` wrapped to `width` columns: lines break after spaces, words wider
    /// than a line are cut, spaces at a break are dropped. Empty input gives one empty line.
    public static func wrap(_ glyphs: ArraySlice<Glyph>, width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var start = glyphs.startIndex
        var column = 0
        var lastBreak = -1
        var i = glyphs.startIndex
        while i < glyphs.endIndex {
            let g = glyphs[i]
            if g.isSpace {
                column += g.width
                i += 1
                lastBreak = i
                continue
            }
            if column + g.width > width, i > start {
                let end = lastBreak > start ? lastBreak : i
                lines.append(start..<trimmedEnd(glyphs, start, end))
                start = end
                while start < glyphs.endIndex, glyphs[start].isSpace { start += 1 }
                i = max(i, start)
                column = glyphs[start..<i].reduce(0) { $0 + $1.width }
                lastBreak = -1
                continue
            }
            column += g.width
            i += 1
        }
        if start < glyphs.endIndex || lines.isEmpty {
            lines.append(start..<trimmedEnd(glyphs, start, glyphs.endIndex))
        }
        return lines
    }

    /// Line ranges of `glyphs` wrapped to `width` columns.
    public static func wrap(_ glyphs: [Glyph], width: Int) -> [Range<Int>] {
        wrap(glyphs[...], width: width)
    }

    /// `text` wrapped to `width` columns, as strings.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let glyphs = Glyph.glyphs(of: text)
        return wrap(glyphs, width: width).map { String(glyphs[$0].map(\.character)) }
    }

    private static func trimmedEnd(_ glyphs: ArraySlice<Glyph>, _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, glyphs[e - 1].isSpace { e -= 1 }
        return e
    }
}
