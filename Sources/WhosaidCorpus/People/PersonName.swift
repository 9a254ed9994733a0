import Foundation

/// A person's name read for matching across articles: a distinguishing title, the first given
/// name, middle names or initials, and the surname (with a suffix such as "Jr." kept, so that a
/// father and son stay apart). All parts are folded (lower case, no diacritics).
///
/// Honorifics ("Mr.", "Dr.") are dropped: "Mr. Sigal" is as weak as a bare "Sigal". Job titles
/// ("President", "Sen.") are kept as ``title``: "President Clinton" and "Sen. Clinton" differ.
struct PersonName: Hashable, Sendable {
    /// The job title before the name ("president", "senator"), if any.
    var title: String?
    /// The first given name ("leon"); nil when there is none or only an initial ("J. Smith").
    var given: String?
    /// Middle names and initials, initials reduced to their letter ("v" for "V.").
    var middle: [String]
    /// The surname with its particles and suffix ("de blasio", "trump jr").
    var surname: String

    /// A full name: a given name and a surname ("leon sigal"), the evidence that two articles
    /// speak of the same person.
    var fullKey: String? { given.map { "\($0) \(surname)" } }

    /// A title and a surname with no given name ("president obama").
    var titleKey: String? {
        guard given == nil, let title else { return nil }
        return "\(title) \(surname)"
    }

    /// Reads `name`; nil when it holds no word that can be a surname, or reads as something other
    /// than a name (a connector such as "of" after the title, too many words).
    init?(_ name: String) {
        var words = PersonName.words(of: name)
        var title: String?
        while let first = words.first {
            if PersonName.honorifics.contains(first.folded) || PersonName.modifiers.contains(first.folded) {
                words.removeFirst()
            } else if let t = PersonName.titles[first.folded] {
                words.removeFirst()
                // "Vice President", "Prime Minister", "Attorney General": the last word of a run of titles.
                title = title.map { "\($0) \(t)" } ?? t
            } else {
                break
            }
        }
        var suffix: String?
        if let last = words.last, words.count > 1, PersonName.suffixes.contains(last.folded) {
            suffix = last.folded
            words.removeLast()
        }
        // A lower-case word that is no surname particle ("Secretary of State Hillary Clinton",
        // "the Ohio Republican") means the name is a description: no reliable parts.
        guard let last = words.last, (1...5).contains(words.count), last.isCapitalised,
              words.allSatisfy({ $0.isCapitalised || PersonName.particles.contains($0.folded) })
        else { return nil }
        // Particles before the last word belong to the surname ("Bill de Blasio").
        var surnameStart = words.count - 1
        while surnameStart > 1, PersonName.particles.contains(words[surnameStart - 1].folded) { surnameStart -= 1 }
        var surname = words[surnameStart...].map(\.folded).joined(separator: " ")
        if let suffix { surname += " " + suffix }
        let before = words[..<surnameStart]
        var given: String?
        var middle: [String] = []
        for (i, word) in before.enumerated() {
            if i == 0, !word.isInitial {
                given = word.folded
            } else {
                middle.append(word.isInitial ? String(word.folded.prefix(1)) : word.folded)
            }
        }
        // "J. Smith": an initial is no given name.
        if given == nil { middle = [] }
        self.title = title
        self.given = given
        self.middle = middle
        self.surname = surname
    }

    /// One word of a name, as written and folded.
    struct Word {
        var written: Substring
        var folded: String
        /// Starts with an upper-case letter (or is all capitals, as in "DeSantis", "O'Brien").
        var isCapitalised: Bool { written.first?.isUppercase == true }
        /// "V." or "V": one letter, perhaps with a full stop.
        var isInitial: Bool { folded.count == 1 || (written.count == 2 && written.last == ".") }
    }

    static func words(of name: String) -> [Word] {
        name.split(whereSeparator: { $0.isWhitespace || $0 == "," }).compactMap { raw in
            var w = raw
            // A possessive ("Obama's") and closing punctuation do not belong to the name.
            for ending in ["\u{2019}s", "'s"] where w.hasSuffix(ending) { w = w.dropLast(2) }
            while let last = w.last, last == "," || last == ";" || last == ":" || last == ")" { w = w.dropLast() }
            while let first = w.first, first == "(" || first == "\"" || first == "\u{201C}" { w = w.dropFirst() }
            guard !w.isEmpty else { return nil }
            let folded = fold(String(w)).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            guard !folded.isEmpty else { return nil }
            return Word(written: w, folded: folded)
        }
    }

    /// Lower case without diacritics, curly apostrophes straightened.
    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// Courtesy forms, which say nothing about who is meant.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "rev", "reverend", "fr", "father", "sister", "brother", "hon", "honorable", "honourable",
    ]

    /// Words before a title that do not change who is meant ("former President").
    static let modifiers: Set<String> = ["former", "then", "then-", "late", "acting", "outgoing", "incoming", "interim"]

    /// Job titles, with their abbreviations, to one written form.
    static let titles: [String: String] = [
        "president": "president", "pres": "president", "vice": "vice", "prime": "prime",
        "minister": "minister", "premier": "premier", "chancellor": "chancellor",
        "sen": "senator", "senator": "senator", "rep": "representative", "representative": "representative",
        "congressman": "representative", "congresswoman": "representative", "del": "delegate",
        "gov": "governor", "governor": "governor", "lt": "lieutenant", "lieutenant": "lieutenant",
        "mayor": "mayor", "secretary": "secretary", "attorney": "attorney", "general": "general",
        "gen": "general", "adm": "admiral", "admiral": "admiral", "col": "colonel", "colonel": "colonel",
        "maj": "major", "capt": "captain", "captain": "captain", "sgt": "sergeant", "sergeant": "sergeant",
        "judge": "judge", "justice": "justice", "chief": "chief", "speaker": "speaker",
        "ambassador": "ambassador", "amb": "ambassador", "commissioner": "commissioner",
        "sheriff": "sheriff", "coach": "coach", "king": "king", "queen": "queen", "prince": "prince",
        "princess": "princess", "pope": "pope", "chairman": "chair", "chairwoman": "chair", "chair": "chair",
        "sens": "senator", "reps": "representative", "gov.-elect": "governor-elect", "president-elect": "president-elect",
    ]

    /// Words after the surname that tell generations apart.
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Lower-case words inside surnames.
    static let particles: Set<String> = [
        "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "al", "el", "ibn", "st",
    ]
}
