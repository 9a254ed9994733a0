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

    /// Lower-case words that belong to the surname they stand before ("de Blasio", "van Gogh").
    /// Data: the list is checked by a test.
    static let surnameParticles: Set<String> = [
        "al", "bin", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du",
        "el", "ibn", "la", "le", "st.", "ten", "ter", "van", "von",
    ]

    /// Splits a bare name ("Bill de Blasio", "De Blasio", "George W. Bush").
    init(_ name: String) {
        let lower = name.lowercased()
        // ASCII text splits at its space bytes exactly as at its space Characters (the no-break
        // space is not ASCII, and no ASCII cluster but CR LF has two scalars); splitting by
        // Characters, which finds grapheme breaks, cost most of this initialiser.
        var words = lower.utf8.allSatisfy({ $0 < 0x80 })
            ? lower.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            : lower.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        if let last = words.last {
            // Foundation's search is slow, and most names hold no curly apostrophe.
            var w = last.unicodeScalars.contains("\u{2019}") ? last.replacingOccurrences(of: "\u{2019}", with: "'") : last
            if w.hasSuffix("'s") { w.removeLast(2) }
            words[words.count - 1] = w
        }
        guard !words.isEmpty else {
            given = []
            surname = ""
            return
        }
        var start = words.count - 1
        while start > 0, Self.surnameParticles.contains(words[start - 1]) { start -= 1 }
        surname = words[start...].joined(separator: " ")
        given = Array(words[..<start])
    }

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
    /// A surname alone agrees with any full name of that surname.
    func canBeSamePerson(as other: NameForm) -> Bool {
        guard surname == other.surname, !surname.isEmpty else { return false }
        guard let a = given.first, let b = other.given.first else { return true }
        guard Self.givenNamesAgree(a, b) else { return false }
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
