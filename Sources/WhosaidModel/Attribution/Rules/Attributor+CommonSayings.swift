import WhosaidSyntax

extension Attributor {
    /// Nouns for a saying that belongs to no one in the article: a quote they introduce is cited
    /// wording, not a statement of the sentence's subject or of the last speaker.
    static let commonSayingNouns: WordSet = [
        "adage", "motto", "mottos", "mottoes", "slogan", "slogans", "proverb", "maxim", "dictum", "aphorism",
        "catchphrase", "watchword", "axiom", "cliche", "saw",
    ]

    /// Verbs by which a subject voices a saying as their own (`repeated the old adage:`), besides
    /// the reporting verbs.
    static let sayingCitingVerbs = WordSet(Set(["repeat", "recite", "quote", "invoke", "echo", "cite", "utter", "paraphrase",
                                                "coin", "borrow", "offer", "adopt", "use"].flatMap(Lexicon.inflections)))

    /// Most adjectives and adverbs between the article and the saying noun (`the old, old adage`).
    static let maxSayingNounModifierTokens = 4

    /// Whether quote `qi` is a common saying the sentence cites without anyone voicing it: right
    /// after an article and a noun of ``commonSayingNouns`` (a short prepositional phrase,
    /// ``nounBeforePrepositionalPhrase(_:floor:)``, then a comma or colon, may stand between), with
    /// no possessor (`his motto:` is his) and no reporting or citing verb (``sayingCitingVerbs``)
    /// and no other quote in the ``maxSentenceCueDistance`` tokens of the sentence before it (`the
    /// mayor repeated the old adage:` is hers). Stage 3 reads
    /// no such quote: neither the sentence's subject nor the previous speaker said it.
    ///
    ///     What about the old adage, “Those who forget history repeat it”?   → no statement
    ///     Our policy is guided by the motto: “Trade brings peace.”          → no statement
    ///     The mayor repeated the old adage: “Trade brings peace.”           → the mayor (not this rule)
    func isCommonSaying(_ qi: Int) -> Bool {
        let open = openToken[qi]
        guard open > 1, tokens[open - 1].quote == nil else { return false }
        var k = open - 1
        if tokens[k].lower.isOne(of: ",", ":") { k -= 1 }
        let first = max(sentenceFirst[tokens[open - 1].sentence], 0)
        guard k >= first else { return false }
        // `a motto about the police:`: step back over a short prepositional phrase to its noun.
        if !Self.commonSayingNouns.contains(tokens[k].lower) {
            guard let noun = nounBeforePrepositionalPhrase(k, floor: first) else { return false }
            k = noun
        }
        guard Self.commonSayingNouns.contains(tokens[k].lower), tokens[k].tag == .noun else { return false }
        // The article before the noun and its adjectives (`the old adage`, `a famous motto`).
        var d = k - 1
        while d >= first, k - d <= Self.maxSayingNounModifierTokens, tokens[d].tag == .adj || tokens[d].tag == .adv { d -= 1 }
        guard d >= first, tokens[d].tag == .det, !MentionFinder.possessivePronouns.contains(tokens[d].lower) else { return false }
        return !(max(first, d - maxSentenceCueDistance)..<d).contains {
            tokens[$0].is(.reporting) || tokens[$0].quote != nil || Self.sayingCitingVerbs.contains(tokens[$0].lower)
        }
    }
}
