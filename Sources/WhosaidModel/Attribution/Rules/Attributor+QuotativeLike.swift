/// The conversational cue "be like" (`she was like, “No way.”`, `they all seem to be like: “Great”`):
/// in speech and informal prose it reports words as "said" does. Only with a comma or colon
/// before the quote, or a quote that opens with an interjection (`everyone's like “Yep, a bear”`):
/// otherwise "like" compares (`the weapons are like “nuclear bombs”`).
extension Attributor {
    /// Forms of "be" that make "like" a quotative.
    static let quotativeBeForms: WordSet = ["be", "is", "was", "were", "are", "am", "been", "being"]
    /// Most adverbs between the form of "be" and "like" (`was just totally like`).
    static let maxQuotativeAdverbs = 2

    /// Endings of a form of "be" fused with its subject (`everyone's`, `they're`, `I'm`).
    static let fusedBeEndings: [String] = ["'s", "'re", "'m", "\u{2019}s", "\u{2019}re", "\u{2019}m"]
    /// Subjects of a fused "be" that are personal pronouns (`she's like`), left to coreference.
    static let fusedPronounStems: WordSet = ["i", "you", "he", "she", "we", "they"]
    /// Subjects of a fused "be" that stand for people (`everyone's like`); not `it's like`,
    /// `that's like`, which give a situation's tenor, no one's words.
    static let fusedPersonStems: Set<String> = fusedPronounStems.union([
        "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody", "who",
    ])

    /// Whether token `i` is the "like" of a quotative "be like" followed by a comma or colon, or
    /// right by a quote whose first word is an interjection (`was like “Wow, a goat!”`).
    func isQuotativeLike(_ i: Int) -> Bool {
        guard tokens[i].lower == "like", i + 1 < tokens.count else { return false }
        let marked = tokens[i + 1].lower.isOne(of: ",", ":")
            || isOpenMark(i + 1) && i + 2 < tokens.count && tokens[i + 2].tag == .intj && tokens[i + 2].quote != nil
        guard marked else { return false }
        var k = i - 1
        while k >= 0, i - 1 - k < Self.maxQuotativeAdverbs, tokens[k].tag == .adv, tokens[k].sentence == tokens[i].sentence { k -= 1 }
        guard k >= 0, tokens[k].sentence == tokens[i].sentence, tokens[k].quote == nil else { return false }
        return Self.quotativeBeForms.contains(tokens[k].lower) || fusedBeEnding(k) != nil
    }

    /// The ending of a form of "be" fused with the pronoun for people at token `k` (`everyone's` →
    /// `'s`; nil for `it's`).
    func fusedBeEnding(_ k: Int) -> String? {
        guard tokens[k].tag == .pron, let ending = Self.fusedBeEndings.first(where: { tokens[k].lower.hasSuffix($0) }),
              Self.fusedPersonStems.contains(String(tokens[k].lower.dropLast(ending.count))) else { return nil }
        return ending
    }

    /// The subject fused with "be" right before the quotative "like" at `v` (`everyone's like “…”`
    /// → `everyone`, `she's like, “…”` → `she`): the token less its ending.
    func fusedQuotativeSubject(ofLike v: Int) -> SpeakerMention? {
        guard v > 0, tokens[v].lower == "like", let ending = fusedBeEnding(v - 1) else { return nil }
        let stem = String(tokens[v - 1].lower.dropLast(ending.count))
        var m = finder.make(first: v - 1, last: v - 1, kind: Self.fusedPronounStems.contains(stem) ? .pronoun : .description)
        m.span.end -= ending.unicodeScalars.count
        m.bareSpan = m.span
        m.head = stem
        return m
    }
}
