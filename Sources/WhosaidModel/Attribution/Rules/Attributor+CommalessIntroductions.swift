extension Attributor {
    /// Pronouns that stand as a clause's subject right before its verb.
    static let nominativePronouns: WordSet = ["i", "he", "she", "we", "they"]

    /// `In Westport he challenged the plan and argued that…`, `In The Long Tide (1990) she
    /// proposed…`: a name or a title after a preposition opening the sentence, with no comma,
    /// is the preposition's object when a subject pronoun and its verb follow it (a year in
    /// parentheses may stand between). The token of that pronoun, where the subject starts;
    /// nil for any other shape. `first` is the sentence's first token.
    func commalessIntroductionEnd(_ m: SpeakerMention, first: Int, before v: Int) -> Int? {
        let preposition = m.first - 1
        guard preposition >= first, tokens[preposition].tag == .adp, tokens[preposition].is(.preposition),
              tokens[preposition].quote == nil else { return nil }
        var p = m.last + 1
        // "(1990)": a year or a note in parentheses after a title.
        if p < v, tokens[p].lower == "(",
           let close = (p + 1..<min(v, p + MentionFinder.maxParenthesisTokens)).first(where: { tokens[$0].lower == ")" }) {
            p = close + 1
        }
        guard p + 1 < v, tokens[p].quote == nil, Self.nominativePronouns.contains(tokens[p].lower),
              tokens[p + 1].tag == .verb || tokens[p + 1].tag == .aux else { return nil }
        return p
    }
}
