import WhosaidSyntax

/// `The union voted to strike and insists that…`, `The board met and claims that…`: a cue that
/// may read as a plural noun (``Lexicon/nounLikeForms``) right after a coordinator that follows
/// the last word of a verb group or its adjunct (a verb, an adverb, an object pronoun or a time
/// word: `to strike and`, `sued them and`, `voted on Monday and`) is the subject's second predicate, not a compound's head: no noun phrase
/// goes on from a verb through `and`. After a noun the pair may be two nouns (`rejected the
/// demands and claims that…`), which stays the compound reading, save for a form that is never a
/// noun (``Lexicon/verbOnlyCueForms``: `denied the report and insists that…`).
extension Attributor {
    /// Whether the cue at `v` is a verb coordinated with an earlier predicate of its clause.
    func isCoordinatedPredicateVerb(_ v: Int, first: Int) -> Bool {
        guard v - 2 >= first, Self.predicateCoordinators.contains(tokens[v - 1].lower), tokens[v - 1].quote == nil else { return false }
        if Lexicon.verbOnlyCueForms.contains(tokens[v].lower) { return true }
        // "…and claims that were filed later were denied": a verb right after `that` makes it
        // a relative pronoun, and `claims` the noun it follows.
        if v + 2 < tokens.count, tokens[v + 1].lower == "that", tokens[v + 2].tag == .verb || tokens[v + 2].tag == .aux { return false }
        let before = tokens[v - 2]
        guard before.isWord, before.quote == nil else { return false }
        // "voted on Monday and claims that…": a time word closes the predicate's adjunct.
        return before.tag == .verb && !Lexicon.isGerund(before.lower) || before.tag == .adv && !before.isCapitalized
            || Self.objectPronouns.contains(before.lower) || before.is(.timeWord)
    }

    /// Whether the participle at `v` follows a progressive `be` (`is demanding`, `are now
    /// urging`, `is not saying`): the pair is a finite verb group, which may be the subject's
    /// second predicate after `and` (`has voted to strike and is demanding that…`).
    func followsProgressiveAuxiliary(_ v: Int, floor: Int) -> Bool {
        var b = v - 1
        while b > floor, tokens[b].tag == .adv || tokens[b].tag == .part && Self.negationParticles.contains(tokens[b].lower) { b -= 1 }
        return b > floor && tokens[b].tag == .aux && tokens[b].quote == nil && isProgressiveBe(b) == .auxiliary
    }
}
