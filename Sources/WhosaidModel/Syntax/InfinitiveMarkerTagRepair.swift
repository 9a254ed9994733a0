import WhosaidSyntax

/// Fixes a plural noun that the tagger read as an infinitive after `to`: `sent a letter to
/// residents on Monday`, `spoke to lawmakers`, `gave the floor to rivals`. An infinitive is the
/// verb's plain form, and a plain form in a single -s is rare (`to focus`, `to bias`, `to
/// discuss` end in -us, -as, -ss and stay verbs), so a word in -s after `to` is a plural noun
/// and `to` its preposition.
enum InfinitiveMarkerTagRepair {
    /// Endings in -s of plain verb forms (`discuss`, `focus`, `bias`, `canvass`), and of
    /// adjectives (`-ous`), which an infinitive marker may stand before.
    static let plainFormEndings = ["ss", "us", "as", "is"]

    /// Retags as a plural noun every verb-tagged word in a single -s right after an infinitive
    /// `to` in the sentence `range`, and the `to` as a preposition.
    static func repair(_ tokens: inout Tokens, _ range: Range<Int>) {
        for k in range where k > range.lowerBound && tokens[k].tag == .verb && tokens[k - 1].tag == .part {
            guard tokens[k - 1].lower == "to", tokens[k].quote == nil, tokens[k - 1].quote == nil,
                  isPluralInS(tokens[k].lower) else { continue }
            tokens[k].tag = tokens[k].isCapitalized ? .propn : .noun
            tokens[k - 1].tag = .adp
        }
    }

    /// Whether `word` ends in a single -s that no plain verb form ends in (``plainFormEndings``).
    static func isPluralInS(_ word: String) -> Bool {
        word.utf8.count > 3 && word.hasSuffix("s") && !plainFormEndings.contains(where: { word.hasSuffix($0) })
    }
}
