/// A person's name split into given names and surname, for telling whether two forms name the
/// same person ("Bill de Blasio" / "De Blasio" / "Mr. de Blasio"; "Leon V. Sigal" / "Leon Sigal").
///
/// The surname keeps its particles ("de blasio", "van der berg"), in lower case; given names are
/// the words before it, initials included ("v."). Titles are not part of the name.
struct NameForm: Equatable, Sendable {
    /// Lower-cased given names and initials, in order ("leon", "v.").
    var given: [String]
    /// Lower-cased surname with its particles ("sigal", "de blasio").
    var surname: String
    /// The lower-cased generational suffix closing the name ("jr" of "Robert Hayes Jr."), if any:
    /// no part of the surname, but it tells a son from his father of the same name.
    var suffix: String? = nil

    /// Lower-case words that belong to the surname they stand before ("de Blasio", "van Gogh").
    /// Data: the list is checked by a test.
    static let surnameParticles: WordSet = [
        "al", "bin", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du",
        "el", "ibn", "la", "le", "st.", "ten", "ter", "van", "von",
    ]

    /// Splits a bare name ("Bill de Blasio", "De Blasio", "George W. Bush").
    init(_ name: String) {
        var words = Self.asciiLowerWords(name) ?? Self.lowerWords(name)
        guard !words.isEmpty else {
            given = []
            surname = ""
            return
        }
        // "Robert Hayes Jr.": a generational suffix closes the name after the surname.
        if words.count > 1, MentionFinder.generationalSuffixes.contains(words[words.count - 1]) {
            let w = words.removeLast()
            suffix = w.hasSuffix(".") ? String(w.dropLast()) : w  // "Jr." and "Jr" alike
        }
        var start = words.count - 1
        while start > 0, Self.surnameParticles.contains(words[start - 1]) { start -= 1 }
        // Most surnames are one word: taken as they are, without joining a one-word slice.
        surname = start == words.count - 1 ? words[start] : words[start...].joined(separator: " ")
        words.removeSubrange(start...)
        given = words
    }

    /// The lower-cased words of a name that is not ASCII, split at spaces and no-break spaces,
    /// the last one without its possessive ending.
    private static func lowerWords(_ name: String) -> [String] {
        let lower = name.lowercased()
        // A name may lower-case to ASCII (the Kelvin sign): split it as ``asciiLowerWords(_:)`` does.
        if let words = asciiLowerWords(lower) { return words }
        var words = lower.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        if let last = words.last {
            // Foundation's search is slow, and most names hold no curly apostrophe.
            var w = last.unicodeScalars.contains("\u{2019}") ? last.replacingOccurrences(of: "\u{2019}", with: "'") : last
            if w.hasSuffix("'s") { w.removeLast(2) }
            words[words.count - 1] = w
        }
        return words
    }

    /// The words a name's array is first made for: more than most names have.
    static let usualWordCount = 4

    /// The words of an ASCII name, lower-cased and split at its spaces, the last one without its
    /// possessive ending ("'s"); nil when the name is not ASCII. Read from the name's bytes:
    /// ASCII splits at its space bytes exactly as at its space Characters (no ASCII cluster but
    /// CR LF has two scalars), and `lowercased()`, the generic `split` and `joined` took about
    /// 7,000 instructions a name, 3% of the engine on the seed repeated as one document.
    static func asciiLowerWords(_ name: String) -> [String]? {
        var name = name
        return name.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [String] = []
            // Room for most names at once, not grown word by word (two reallocations a name).
            words.reserveCapacity(Self.usualWordCount)
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == Self.space {
                if end > start { words.append(lowerASCII(bytes[start..<end])) }
                start = end + 1
            }
            if let last = words.last, last.utf8.count >= 2, last.utf8.last == Self.letterS,
               last.utf8.dropLast().last == Self.apostrophe {
                words[words.count - 1] = String(last.utf8.dropLast(2))!
            }
            return words
        }
    }

    /// The ASCII `bytes` as a string with `A`–`Z` lower-cased, as `lowercased()` maps ASCII.
    private static func lowerASCII(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for (k, b) in bytes.enumerated() { out[k] = b &- Self.upperA < Self.alphabetLength ? b | Self.lowerCaseBit : b }
            return bytes.count
        }
    }

    private static let space = UInt8(ascii: " ")
    private static let apostrophe = UInt8(ascii: "'")
    private static let letterS = UInt8(ascii: "s")
    private static let upperA = UInt8(ascii: "A")
    private static let alphabetLength: UInt8 = 26
    /// The bit that turns an ASCII capital into its small letter.
    private static let lowerCaseBit: UInt8 = 0x20

    /// An initial ("v.", "j") rather than a whole given name.
    static func isInitial(_ word: String) -> Bool {
        // ASCII without a carriage return has one Character per byte: counted without
        // building the filtered copy and finding its grapheme breaks.
        if word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return word.utf8.reduce(0) { $1 == 0x2E ? $0 : $0 + 1 } == 1
        }
        let letters = word.filter { $0 != "." }
        return letters.count == 1
    }

    /// Whether two given names can be the same: equal, or one is the other's initial.
    static func givenNamesAgree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if isInitial(a) || isInitial(b) { return a.first == b.first }
        return false
    }

    /// Whether this form and another can name the same person: the same surname and, where both
    /// give first names, agreeing first names and no middle initials that differ.
    /// A surname alone agrees with any full name of that surname. Two full names differ by a
    /// generational suffix that only one has, or different ones (`Donald J. Trump`, `Donald Trump Jr.`).
    func canBeSamePerson(as other: NameForm) -> Bool {
        guard surname == other.surname, !surname.isEmpty else { return false }
        guard let a = given.first, let b = other.given.first else { return true }
        guard Self.givenNamesAgree(a, b), suffix == other.suffix else { return false }
        let middleA = given.dropFirst(), middleB = other.given.dropFirst()
        if let x = middleA.first, let y = middleB.first, !Self.givenNamesAgree(x, y) { return false }
        return true
    }

    /// The gender the first given name shows (``FirstNameGender``); nil for initials and unknown names.
    var firstNameGender: Gender? {
        guard let first = given.first(where: { !Self.isInitial($0) }) else { return nil }
        return FirstNameGender.gender(of: first)
    }
}
