import WhosaidSyntax

/// Fixes a plural noun that the tagger read as an infinitive after `to`: `sent a letter to
/// residents on Monday`, `spoke to lawmakers`, `gave the floor to rivals`. An infinitive is the
/// verb's plain form, and a plain form in a single -s is rare (`to focus`, `to bias`, `to
/// discuss` end in -us, -as, -ss and stay verbs), so a word in -s after `to` is a plural noun
/// and `to` its preposition. Not when a verb's complement follows it: after a `to` that ends
/// a relative clause the word is the main verb (`The aide he answers to tells a different
/// story`, `Everyone I talked to says the mayor lied`).
enum InfinitiveMarkerTagRepair {
    /// Endings in -s of plain verb forms (`discuss`, `focus`, `bias`, `canvass`, `tennis`-like
    /// nouns aside: `to synthesis` is no infinitive either way).
    static let plainFormEndings = ["ss", "us", "as", "is"]

    /// Fewest letters of a word the repair reads as a plural (`ads` and `its` are left alone).
    static let minPluralLetters = 4

    /// Words that open a verb's complement: before them the -s word is a finite verb whose
    /// `to` ended a relative clause before it (`he answers to tells a story`). Not `that`, which
    /// opens a noun's clause as often (`responded to reports that…`).
    static let complementOpeners: WordSet = [
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "he", "she", "they", "we", "i", "it", "you", "there",
    ]

    /// Retags as a plural noun every verb-tagged word in a single -s right after an infinitive
    /// `to` in the sentence `range`, and the `to` as a preposition.
    static func repair(_ tokens: inout Tokens, _ range: Range<Int>) {
        // The verbs found by their tags alone, after the sentence's first word: most words are none.
        guard !range.isEmpty else { return }
        var k = tokens.nextIndex(taggedAs: .verb, from: range.lowerBound + 1, to: range.upperBound)
        while k < range.upperBound {
            defer { k = tokens.nextIndex(taggedAs: .verb, from: k + 1, to: range.upperBound) }
            guard tokens.tag(at: k - 1) == .part, tokens[k - 1].lower == "to", tokens[k].quote == nil, tokens[k - 1].quote == nil,
                  isPluralInS(tokens[k].lower),
                  k + 1 >= range.upperBound || !complementOpeners.contains(tokens[k + 1].lower) else { continue }
            tokens[k].tag = tokens[k].isCapitalized ? .propn : .noun
            tokens[k - 1].tag = .adp
        }
    }

    /// Whether `word` ends in a single -s that no plain verb form ends in (``plainFormEndings``).
    static func isPluralInS(_ word: String) -> Bool {
        word.utf8.count >= minPluralLetters && word.endsWith("s") && !plainFormEndings.contains(where: { word.hasSuffix($0) })
    }
}
