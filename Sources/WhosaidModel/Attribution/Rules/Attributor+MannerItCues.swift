import WhosaidSyntax

/// `As NAME put it, CLAUSE`: a verb of manner whose `it` stands for the words the fronted `as`
/// clause introduces. `put` and `phrase` cue only beside a quote elsewhere
/// (``Lexicon/quoteOnlyBases``); with `it` after them in an `as` clause that opens the sentence,
/// the clause after the comma is what was said, quoted in part or not at all
/// (``asClauseReport(verb:subject:first:last:)``).
///
///     As one analyst put it, the deal is dead.                 → one analyst: "the deal is dead"
///     As Reyes put it in her book, the port is a "machine".    → Reyes: mixed
extension Attributor {
    /// Forms of the verbs whose `it` stands for the words an `as` clause introduces.
    static let mannerItCues: WordSet = ["put", "puts", "phrased", "phrases"]

    /// Whether the verb at `v` is a ``mannerItCues`` form with `it` right after it, in an `as`
    /// clause that opens the sentence `first...last` (after a coordinator or a sentence adverb
    /// and its comma too), with no comma or quote between `as` and the verb.
    func isMannerItCue(_ v: Int, first: Int, last: Int) -> Bool {
        guard v + 1 <= last, tokens[v].quote == nil, tokens[v].is(.mannerItCue),
              tokens[v + 1].lower == "it", tokens[v + 1].quote == nil else { return false }
        var a = v - 1
        while a >= first, tokens[a].lower != "as" {
            if tokens[a].lower == "," || tokens[a].quote != nil { return false }
            a -= 1
        }
        guard a >= first else { return false }
        return a == first || a - 1 == first && tokens[a - 1].tag == .cconj || opensAfterSentenceAdverb(a, first: first)
    }
}
