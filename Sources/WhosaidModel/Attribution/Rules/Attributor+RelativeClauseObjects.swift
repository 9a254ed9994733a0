import WhosaidSyntax

/// A relative clause's object is never the next verb's subject: in `A man accused of setting a
/// fire that destroyed 40 homes said he was innocent`, `40 homes` is what the fire destroyed.
/// ``Attributor/restrictiveRelativeSubject(endingAt:floor:)`` gives the clause's antecedent when
/// that opens the sentence's clause (`The fire that destroyed 40 homes…`); when it does not, the
/// grammar names no speaker there, which is better than a wrong one.
extension Attributor {
    /// Words that open a relative clause as its subject (`that destroyed`, `which hit`, `who beat`).
    static let subjectRelatives: WordSet = ["that", "which", "who"]

    /// Whether the noun phrase ending at `e` is the object of a relative clause's verb whose subject
    /// is the relative word right before it: `that`/`which`/`who`, a verb, then only words of a
    /// noun phrase (a determiner, adjectives, nouns, names, a number, a possessive) up to `e`.
    func endsRelativeClauseObject(_ e: Int, floor: Int) -> Bool {
        guard e > floor, tokens[e].isWord, tokens[e].tag == .noun || tokens[e].tag == .propn else { return false }
        var k = e
        while k > floor, e - k < Self.maxRestrictiveClauseTokens, ReportingVerbTagRepair.isPhraseWord(tokens[k]) { k -= 1 }
        // `k` is the verb now, if the phrase follows one.
        guard k > floor, k < e, tokens[k].tag == .verb, tokens[k].quote == nil, !Lexicon.isGerund(tokens[k].lower) else { return false }
        let relative = tokens[k - 1]
        return relative.quote == nil && Self.subjectRelatives.contains(relative.lower)
    }
}
