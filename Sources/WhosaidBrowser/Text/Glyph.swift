/// A character with its place in the text and its display width, ready to be laid out.
public struct Glyph: Hashable, Sendable {
    /// The character (tabs and control characters become spaces).
    public var character: Character
    /// Unicode scalar offset of the character in its text.
    public var offset: Int
    /// Display width in columns (1 or 2).
    public var width: Int

    /// Whether the glyph is white space, where a line may break.
    public var isSpace: Bool { character == " " }

    /// Glyphs of `scalars`, whose first scalar is at offset `start` of its text.
    public static func glyphs(of scalars: ArraySlice<Unicode.Scalar>, start: Int) -> [Glyph] {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return glyphs(of: String(view), start: start)
    }

    /// Glyphs of `text`, whose first scalar is at offset `start`.
    public static func glyphs(of text: String, start: Int = 0) -> [Glyph] {
        var result: [Glyph] = []
        result.reserveCapacity(text.unicodeScalars.count)
        var offset = start
        for c in text {
            let n = c.unicodeScalars.count
            let w = DisplayWidth.of(c)
            if w == 0 {
                // Tabs, line breaks and other controls show as a space; invisible format characters vanish.
                if c.unicodeScalars.first.map({ $0.value < 0x20 || $0.properties.isWhitespace }) == true {
                    result.append(Glyph(character: " ", offset: offset, width: 1))
                }
            } else {
                result.append(Glyph(character: c, offset: offset, width: w))
            }
            offset += n
        }
        return result
    }
}
