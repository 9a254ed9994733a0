import WhosaidModel

/// A character with its place in the text and its display width, ready to be laid out.
public struct Glyph: Hashable, Sendable {
    /// The character as drawn (see ``drawn(_:)``: tabs and line breaks become spaces, other
    /// control characters their pictures).
    public var character: Character
    /// Unicode scalar offset of the character in its text.
    public var offset: Int
    /// Display width in columns (1 or 2).
    public var width: Int

    /// Whether the glyph is white space, where a line may break.
    public var isSpace: Bool { character == " " }

    /// Glyphs of `scalars`, whose first scalar is at offset `start` of its text.
    public static func glyphs<S: Sequence<Unicode.Scalar>>(of scalars: S, start: Int) -> [Glyph] {
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
            let shown = drawn(c)
            let w = DisplayWidth.of(shown)
            // Invisible format characters (zero width) vanish.
            if w > 0 { result.append(Glyph(character: shown, offset: offset, width: w)) }
            offset += c.unicodeScalars.count
        }
        return result
    }

    /// What the browser draws for `c`, never a raw control character, which the terminal would
    /// obey (an article's `ESC [ 2 J` would clear the screen): a tab or line break is a space;
    /// another control character its ``TerminalText`` picture (ESC is `␛`); anything else itself.
    public static func drawn(_ c: Character) -> Character {
        guard let first = c.unicodeScalars.first, let picture = TerminalText.picture(of: first) else { return c }
        return first.properties.isWhitespace ? " " : Character(picture)
    }
}
