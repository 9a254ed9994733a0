/// Inflection-tolerant phrase matching: a text mentions a phrase when the stems of the phrase's
/// words occur as consecutive words of the text ("official negotiation" is mentioned by
/// "could lead back to official negotiations"). Acronyms only match acronyms ("U.S." is not "us").
enum StemMatching {
    /// The stems of the folded words of `text`; an acronym's stem is marked with a leading `^`
    /// so that "U.S." and the pronoun "us" stay apart.
    static func stems(of text: String) -> [[UInt8]] {
        let (bytes, origins) = TextFolding.bytesWithOrigins(text)
        return stems(folded: bytes, origins: origins, scalars: Array(text.unicodeScalars))
    }

    /// The stems of a text already folded (``TextFolding/bytesWithOrigins(_:)``), whose scalars
    /// are `scalars`.
    static func stems(folded bytes: [UInt8], origins: [Int], scalars: [Unicode.Scalar]) -> [[UInt8]] {
        var stems: [[UInt8]] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
            defer { start = i + 1 }
            guard i > start else { continue }
            var stem = Stemmer.stem(folded: Array(bytes[start..<i]))
            if isAcronym(scalars[origins[start]...origins[i - 1]]) { stem.insert(0x5E, at: 0) }
            stems.append(stem)
        }
        return stems
    }

    /// Whether a word is written as an acronym: two or more capitals, full stops between them
    /// allowed, then at most a plural or possessive ending ("U.S", "NATO", "PACs", "EPA’s").
    /// (No property look-ups for ASCII: ``StatementStems`` asks this of every word.)
    static func isAcronym(_ word: some Sequence<Unicode.Scalar>) -> Bool {
        var capitals = 0
        var ending = false
        for c in word {
            if c == "." && !ending { continue }
            if TextFolding.isApostrophe(c) { ending = true; continue }
            let isUpper = c.isASCII ? c >= "A" && c <= "Z" : c.properties.isUppercase
            if isUpper && !ending {
                capitals += 1
            } else if c == "s" && capitals >= 2 && !ending {
                ending = true
            } else if !(ending && c == "s") {
                return false
            }
        }
        return capitals >= 2
    }

    /// The stems of the folded words of `text`, acronyms unmarked.
    static func plainStems(of text: String) -> [[UInt8]] {
        // An ASCII text (most names) is folded into its words at once: folding it into one list,
        // then splitting that, walked the text's scalars through an array and made each word twice.
        if let words = TextFolding.asciiWords(text) { return words.map { Stemmer.stem(folded: $0) } }
        return TextFolding.bytes(text).split(separator: 0x20).map { Stemmer.stem(folded: Array($0)) }
    }

    /// What each word of `phrase` may match: an acronym only the acronym, any other word the
    /// word or the acronym spelled alike ("us" finds "U.S.", "U.S." does not find "us").
    static func pattern(of phrase: String) -> [[[UInt8]]] {
        stems(of: phrase).map { $0.first == 0x5E ? [$0] : [$0, [0x5E] + $0] }
    }

    /// Whether the words of `text` (as ``stems(of:)`` gives them) hold `pattern` contiguously.
    static func matches(_ pattern: [[[UInt8]]], in stems: [[UInt8]]) -> Bool {
        containsRun(pattern, in: stems)
    }

    /// Whether a run of `haystack` matches `needle`, position by position one of the allowed
    /// values; an empty needle never matches.
    static func containsRun<T: Equatable>(_ needle: [[T]], in haystack: [T]) -> Bool {
        let m = needle.count
        guard m > 0, haystack.count >= m else { return false }
        for start in 0...(haystack.count - m) where needle[0].contains(haystack[start]) {
            var k = 1
            while k < m, needle[k].contains(haystack[start + k]) { k += 1 }
            if k == m { return true }
        }
        return false
    }

    /// Whether `needle` occurs as a contiguous run in `haystack`; an empty needle never does.
    static func containsRun<T: Equatable>(_ needle: [T], in haystack: [T]) -> Bool {
        let m = needle.count
        guard m > 0, haystack.count >= m else { return false }
        for start in 0...(haystack.count - m) where haystack[start] == needle[0] {
            var k = 1
            while k < m, haystack[start + k] == needle[k] { k += 1 }
            if k == m { return true }
        }
        return false
    }
}

/// Whether `text` mentions `phrase` with inflections tolerated, ignoring case, accents and
/// punctuation: the stems of the phrase's words occur as consecutive words of the text, so
/// "negotiation" is mentioned by "negotiations" and "Track 2 talk" by "Track 2 talks". A word
/// written as an acronym matches only an acronym ("U.S." is not mentioned by "let us talk");
/// other words match either ("us" is mentioned by "the U.S. government").
public func mentions(_ phrase: String, in text: String) -> Bool {
    StemMatching.matches(StemMatching.pattern(of: phrase), in: StemMatching.stems(of: text))
}
