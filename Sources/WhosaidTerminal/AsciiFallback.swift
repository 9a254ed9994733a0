import Foundation

/// What the browser draws when no UTF-8 locale exists (curses would drop every other character):
/// each character as ASCII text of the same display width, so the grid stays true.
public enum AsciiFallback {
    /// Characters the browser itself draws (lines, marks, arrows) and common punctuation.
    static let table: [Character: Character] = [
        "│": "|", "─": "-", "┌": "+", "┐": "+", "└": "+", "┘": "+",
        "“": "\"", "”": "\"", "„": "\"", "«": "\"", "»": "\"", "‘": "'", "’": "'", "‚": "'",
        "–": "-", "—": "-", "…": ".", "·": ".", "•": "*", "¶": "P", "≈": "=", "⇄": "=",
        "⏎": "<", "⌫": "<", "█": "_", "↓": "v", "↑": "^", "→": ">", "←": "<", "\u{A0}": " ",
    ]

    /// `character` (drawn `width` columns wide) as `width` ASCII characters: from the table, else
    /// the letter without its accents (é → e), else `?` per column.
    public static func text(for character: Character, width: Int) -> String {
        if character.isASCII { return String(character) }
        if width == 1 {
            if let mapped = table[character] { return String(mapped) }
            let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first
            if let base, base.isASCII, base.value >= 0x20 { return String(Character(base)) }
        }
        return String(repeating: "?", count: max(0, width))
    }
}
