import WhosaidSyntax

/// An extraposed passive: `It was revealed that the mayor had lied.`, `It has been reported
/// on Friday that…`, `It's been said that…`. The `that` clause is what was said; the text names
/// no one who said it.
extension Attributor {
    /// Most tokens of the verb group between `it` and the participle (`has also been`).
    static let maxExtraposedVerbGroupTokens = 4

    /// Participles that report news in an extraposed passive; editorial ones (`It should be
    /// noted`, `It is recommended`) and a modal verb group say nothing of anyone's words.
    static let extraposedReportingParticiples: WordSet = [
        "said", "reported", "revealed", "announced", "alleged", "claimed", "stated", "disclosed", "confirmed",
    ]
    /// The expletive subject, alone or with its clitic in either apostrophe (`it's`, `it’s`).
    static let expletiveIt: Set<String> = ["it", "it's", "it\u{2019}s"]
    /// Modal auxiliaries, which make a passive a recommendation or a possibility.
    static let modalAuxiliaries = WordSet(modalAuxiliaryWords)
    /// The words of ``modalAuxiliaries``, for sets that add to them.
    static let modalAuxiliaryWords: Set<String> = ["should", "must", "can", "could", "may", "might", "would", "will", "shall"]

    /// The statement of the reporting participle at `v` when its subject is an expletive `it` and
    /// a `that` clause follows it (after the cue's adjuncts), in the sentence `first...last`.
    func extraposedPassive(at v: Int, first: Int, last: Int) -> Candidate? {
        // The word-class bit first: this runs at every word the sieve is offered.
        guard tokens[v].is(.reporting), v - 2 >= first, Self.extraposedReportingParticiples.contains(tokens[v].lower),
              isPassive(v, first: first) || Self.expletiveIt.contains(tokens[v - 1].lower) else { return nil }
        var k = v - 1
        // "it being said that…" is an absolute phrase, no report.
        while k >= first, v - k <= Self.maxExtraposedVerbGroupTokens, !Self.modalAuxiliaries.contains(tokens[k].lower), tokens[k].lower != "being",
              tokens[k].tag == .adv || tokens[k].tag == .aux || Self.passiveAuxiliaries.contains(tokens[k].lower) {
            k -= 1
        }
        guard k >= first, Self.expletiveIt.contains(tokens[k].lower), k < v - 1 || tokens[k].lower != "it", tokens[k].quote == nil,
              k == first || !tokens[k - 1].isWord || [.cconj, .sconj, .adv].contains(tokens[k - 1].tag) else { return nil }
        let that = v + 1 <= last && tokens[v + 1].lower == "that" ? v + 1 : thatAfterCueAdjuncts(verb: v, last: last)
        guard let that, that + 1 <= last,
              let span = clauseSpan(from: that + 1, to: frontedClauseEnd(verb: v, first: first, last: last).map { $0 - 1 } ?? last, stopAtColon: true),
              wordCount(span, upTo: 2) >= 2 else { return nil }
        return agentlessCandidate(span, cue: k...that, speaker: nil, confidence: 0.5)
    }
}
