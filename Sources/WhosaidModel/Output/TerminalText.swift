/// Makes control characters visible, so that text from an article cannot drive the terminal it
/// is shown on: `ESC ] 0 ; … BEL` would retitle the window, `ESC [ 2 J` clear the screen, and
/// other sequences can move the cursor, rewrite what was printed or answer back as if typed.
///
/// Each control character becomes one visible character, so text keeps its length in characters
/// (and the browser its offsets and columns):
/// - C0 controls U+0000–U+001F become their Unicode Control Pictures U+2400–U+241F: ESC shows
///   as `␛`, BEL as `␇`, CR as `␍`, LF as `␊`, tab as `␉`;
/// - DEL U+007F becomes `␡` (U+2421);
/// - C1 controls U+0080–U+009F, which have no pictures and which some terminals obey as well
///   (U+009B is CSI, the same as `ESC [`), become `�` (U+FFFD).
///
/// Control Pictures rather than caret notation (`^[`) or `\x1b`: one character stays one, and an
/// article's own "^[" cannot be mistaken for an escape. Line feeds and tabs can be kept where
/// they are the output's own layout; everything else that is a control is always replaced.
public enum TerminalText {
    /// White space controls to leave as they are.
    public struct Kept: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Line feeds (U+000A). A carriage return is still shown, as `␍`: alone it would let text
        /// overwrite the line it is on.
        public static let lineFeeds = Kept(rawValue: 1)
        /// Horizontal tabs (U+0009).
        public static let tabs = Kept(rawValue: 2)
    }

    /// `text` with every control character but the `kept` ones replaced by a visible character.
    public static func visible(_ text: String, keeping kept: Kept = []) -> String {
        guard text.unicodeScalars.contains(where: { picture(of: $0, keeping: kept) != nil }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(picture(of: s, keeping: kept) ?? s) }
        return String(out)
    }

    /// The visible stand-in for `scalar` when it is a control character other than the `kept`
    /// ones, else nil.
    public static func picture(of scalar: Unicode.Scalar, keeping kept: Kept = []) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x0A where kept.contains(.lineFeeds), 0x09 where kept.contains(.tabs): return nil
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + v)
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F: return "\u{FFFD}"
        default: return nil
        }
    }
}
