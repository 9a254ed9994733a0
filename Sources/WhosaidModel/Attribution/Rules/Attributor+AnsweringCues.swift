import WhosaidSyntax

/// A quote that ends its sentence and already has a speaker, followed by a sentence of someone
/// else's cue: the next sentence answers it (`Lee called the plan “a giveaway.” Ware agreed.`,
/// `“We lost,” Cole said. “Badly.” Her captain disagreed.`), so the quote is not that speaker's.
/// After an earlier speaker's quote only a verb of responding answers: a plain cue (`“We lost,”
/// Cole said. “It is dead.” Ware said.`) still signs the quote, as loosely punctuated copy has it.
extension Attributor {
    /// Verbs that respond to what was said before rather than sign it (`Ware agreed.`).
    static let respondingVerbs = WordSet(Set(["agree", "disagree", "concur", "differ", "object", "dissent", "counter"]
        .flatMap(Lexicon.inflections)))

    /// Most tokens read back from a quote's opening mark for a verb of the reporter's before it, or to an earlier quote.
    static let maxAnsweredClauseTokens = 40

    /// Whether quote `qi`, which ends its sentence with a full stop (after `?` or `!` a cue sentence
    /// is news style: `“Why?” Ann asked.`), ends a clause of the reporter's own or runs on from an
    /// earlier speaker's quote, so that the cue at `cue` in the sentence after it (not inverted:
    /// `“Badly.” said Ann.` still signs it; after an earlier quote, only a verb of responding,
    /// ``respondingVerbs``) answers the quote instead of signing it:
    ///
    ///     Lee called the plan “a giveaway.” Ware agreed.          → the quote ends Lee's clause
    ///     “We lost,” Cole said. “Badly.” Her captain disagreed.    → runs on from Cole's quote
    func answeredInNextSentence(quote qi: Int, cue: ClosedRange<Int>) -> Bool {
        guard lastMark(ofQuote: qi) == "." else { return false }
        let open = openToken[qi]
        let sentence = tokens[open].sentence
        let first = max(sentenceFirst[sentence], 0)
        // A clause of the reporter's own, its verb before the quote (`called`, `said`, `was`).
        if open > first, holdsFiniteVerb(max(first, open - Self.maxAnsweredClauseTokens), open - 1) { return true }
        // A quote opening its sentence right after an earlier quote's used cue in its paragraph.
        guard open == first, qi > 0, paragraphOf(closeToken[qi - 1]) == paragraphOf(open), open > 0,
              Self.respondingVerbs.contains(tokens[cue.lowerBound].lower) else { return false }
        let between = (closeToken[qi - 1] + 1)..<open
        guard between.count <= Self.maxAnsweredClauseTokens, tokens[open - 1].sentence == tokens[closeToken[qi - 1]].sentence else { return false }
        return between.contains { usedCue[$0] }
    }
}
