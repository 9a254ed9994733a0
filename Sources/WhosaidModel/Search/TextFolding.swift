import Foundation

/// Case- and accent-folding into the form every search compares.
///
/// The folded form of a text is its words (runs of letters and digits), lowercased, with accents
/// stripped, joined by single spaces. Apostrophes vanish inside a word (`O’Brien` → `obrien`,
/// `Korea’s` → `koreas`) and the full stops of initials and acronyms are dropped
/// (`U.S.` → `us`, `Leon V. Sigal` → `leon v sigal`); every other mark separates words.
enum TextFolding {
    /// Folded UTF-8 bytes of `text`.
    static func bytes(_ text: String) -> [UInt8] {
        // One word of ASCII letters and digits (most forms) folds to its bytes lower-cased.
        if let plain = plainWordBytes(text) { return plain }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        fold(text) { byte, _ in out.append(byte) }
        return out
    }

    /// The bytes of `text` lower-cased when it is all ASCII letters and digits, as ``bytes(_:)``
    /// folds such a text; nil for any other text.
    private static func plainWordBytes(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { utf8 -> [UInt8]? in
            for b in utf8 where !(b &- 0x61 < 26 || b &- 0x41 < 26 || b &- 0x30 < 10) { return nil }
            // Room reserved, then appended: `Array(unsafeUninitializedCapacity:)` allocates
            // through the standard library's unspecialised `_allocateBufferUninitialized`, which
            // looks the storage class's metadata up at run time (some 500 instructions a form).
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count)
            for b in utf8 { out.append(b &- 0x41 < 26 ? b + 0x20 : b) }
            return out
        }
    }

    /// The words of `text` folded, as ``bytes(_:)`` gives them split at its spaces, when `text`
    /// is all ASCII; nil for any other text. Its letters and digits are kept (lower-cased),
    /// apostrophes and the full stops of initials vanish, and every other byte ends a word.
    static func asciiWords(_ text: String) -> [[UInt8]]? {
        var text = text
        return text.withUTF8 { utf8 -> [[UInt8]]? in
            var words: [[UInt8]] = []
            var word: [UInt8] = []
            func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
            for i in 0..<utf8.count {
                let b = utf8[i]
                if b >= 0x80 { return nil }
                if b &- 0x61 < 26 || b &- 0x30 < 10 {
                    word.append(b)
                } else if b &- 0x41 < 26 {
                    word.append(b + 0x20)
                } else if b == 0x27 {
                    continue
                } else if b == 0x2E, i >= 1, isLetter(utf8[i - 1]), i == 1 || !isLetter(utf8[i - 2]) {
                    continue  // an initial's stop, as isInitialStop(_:at:) tells it
                } else if !word.isEmpty {
                    words.append(word)
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { words.append(word) }
            return words
        }
    }

    /// Folded UTF-8 bytes of `text` and, for each byte, the scalar offset in `text` it came from.
    static func bytesWithOrigins(_ text: String) -> (bytes: [UInt8], origins: [Int]) {
        var out: [UInt8] = []
        var origins: [Int] = []
        fold(text) { byte, origin in
            out.append(byte)
            origins.append(origin)
        }
        return (out, origins)
    }

    /// Walks `text` and hands out folded bytes one at a time with the scalar offset they stand
    /// for; a word separator is handed out as a single space, never at the start or the end.
    /// ASCII letters and digits, most of any text, fold in place (a call to ``foldScalar(_:into:)``
    /// and an array append per scalar cost 1–2% of the engine on real news).
    private static func fold(_ text: String, emit: (UInt8, Int) -> Void) {
        let scalars = Array(text.unicodeScalars)
        var pendingSeparator = false
        var wroteAny = false
        var scratch: [UInt8] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            defer { i += 1 }
            let v = s.value
            let ascii: UInt8 = v &- 0x61 < 26 || v &- 0x30 < 10 ? UInt8(v) : v &- 0x41 < 26 ? UInt8(v + 0x20) : 0
            if ascii != 0 {
                if pendingSeparator {
                    emit(0x20, i)
                    pendingSeparator = false
                }
                emit(ascii, i)
                wroteAny = true
                continue
            }
            if isApostrophe(s) { continue }
            if s == ".", isInitialStop(scalars, at: i) { continue }
            scratch.removeAll(keepingCapacity: true)
            foldScalar(s, into: &scratch)
            if scratch.isEmpty {
                pendingSeparator = wroteAny
                continue
            }
            if pendingSeparator {
                emit(0x20, i)
                pendingSeparator = false
            }
            for byte in scratch { emit(byte, i) }
            wroteAny = true
        }
    }

    /// Whether the full stop at `i` ends an initial ("U." in "U.S.", "V." in "Leon V. Sigal").
    private static func isInitialStop(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 1, isLetter(scalars[i - 1]) else { return false }
        return i == 1 || !isLetter(scalars[i - 2])
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") : s.properties.isAlphabetic
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }

    /// Appends the folded bytes of one scalar, nothing for a word separator.
    static func foldScalar(_ s: Unicode.Scalar, into out: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            switch v {
            case 0x41...0x5A: out.append(UInt8(v + 0x20))
            case 0x61...0x7A, 0x30...0x39: out.append(UInt8(v))
            default: break
            }
            return
        }
        let p = s.properties
        guard p.isAlphabetic || p.numericType != nil else { return }
        if p.isDiacritic || p.generalCategory == .nonspacingMark || p.generalCategory == .enclosingMark {
            return
        }
        if let special = specialFolds[s] {
            out.append(contentsOf: special.utf8)
            return
        }
        let folded = String(Character(s)).folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        for f in folded.unicodeScalars {
            let fp = f.properties
            if fp.generalCategory == .nonspacingMark || fp.generalCategory == .spacingMark
                || fp.generalCategory == .enclosingMark
            {
                continue
            }
            out.append(contentsOf: String(f).lowercased().utf8)
        }
    }

    /// Letters that decomposition does not reduce to a plain Latin letter.
    private static let specialFolds: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ı": "i", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
    ]
}

extension String {
    /// The text folded for searching: lowercased, accents stripped, words joined by single spaces
    /// (`"Délury".folded == "delury"`, `"Richey-Allen".folded == "richey allen"`,
    /// `"U.S. officials".folded == "us officials"`).
    public var folded: String {
        String(decoding: TextFolding.bytes(self), as: UTF8.self)
    }
}
