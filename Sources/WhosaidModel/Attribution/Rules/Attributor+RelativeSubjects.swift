import WhosaidSyntax

/// A subject carrying a restrictive relative clause: `Officials who spoke with the paper said…`,
/// `Progressive groups that have endorsed him say…`. The words right before the reporting verb
/// end the relative clause, so the speaker is the clause's antecedent, not a word inside it.
extension Attributor {
    /// Most tokens of a restrictive relative clause between its antecedent and the main verb.
    static let maxRestrictiveClauseTokens = 14

    /// The antecedent of a restrictive relative clause that ends at token `e`, right before the
    /// verb: `who`/`that` after a noun, then the clause's own finite verb, no punctuation between.
    func restrictiveRelativeSubject(endingAt e: Int, floor: Int) -> SpeakerMention? {
        guard e > floor, tokens[e].isWord else { return nil }
        var r = e
        while r > floor, e - r < Self.maxRestrictiveClauseTokens {
            let t = tokens[r]
            guard t.isWord, t.quote == nil else { return nil }
            if t.lower == "who" || t.lower == "that" && t.tag != .det {
                break
            }
            r -= 1
        }
        guard r > floor, r < e, tokens[r].lower == "who" || tokens[r].lower == "that",
              (r + 1...e).contains(where: { tokens[$0].tag == .verb || tokens[$0].tag == .aux }) else { return nil }
        // The antecedent is a noun phrase ("groups", "officials in both parties"), never a verb
        // ("said that officials…") or a word of the clause before.
        let antecedent = tokens[r - 1]
        guard antecedent.tag == .noun || antecedent.tag == .propn, !antecedent.is(.reporting) else { return nil }
        guard var m = finder.subject(endingAt: r - 1, floor: floor) ?? finder.taggedSubject(endingAt: r - 1, floor: floor),
              m.kind != .pronoun else { return nil }
        // "Two aides to the mayor who spoke…": the antecedent is the phrase the preposition ends.
        if m.first > floor, tokens[m.first - 1].is(.preposition), let whole = finder.phrase(withPrepositionalObject: m, floor: floor) {
            m = whole
        }
        // The phrase must open its clause, as a subject does.
        let before = m.first - 1
        guard m.first == floor || [",", ";", ":"].contains(tokens[before].lower) || tokens[before].tag == .cconj
            || tokens[before].tag == .sconj else { return nil }
        return m
    }
}
