import WhosaidSyntax

/// A reporting verb whose object is an amount of talk (`said little`, `has said nothing
/// publicly`) reports no clause: with nothing after it but adverbs, nothing was said; with a
/// topic after `about` or `on` (`said little about the plan`), the topic is what was said, and it
/// ends where a coordinated clause with a reporting verb of its own begins (`…, but two people
/// familiar with the matter said…`), which makes its own statement.
extension Attributor {
    /// Words that, as a reporting verb's object, stand for an amount of talk, not its content.
    static let amountOfTalkWords: WordSet = ["much", "little", "enough", "more", "less", "nothing", "anything"]
    /// Words of degree that may come before such a word (`can't yell too much`).
    static let amountDegreeModifiers: WordSet = ["too", "so", "very", "that", "any"]
    /// Prepositions whose phrase after an amount of talk is its topic (`said nothing about the cause`).
    static let amountTopicPrepositions: WordSet = ["about", "on"]
    /// Most adverbs between the amount and its end or topic (`said little publicly`, `said nothing else`).
    static let maxAmountAdverbs = 2
    /// Most tokens of a topic read for the start of a coordinated reporting clause.
    static let maxAmountTopicTokens = 40

    /// What an amount-of-talk object leaves said.
    enum AmountOfTalk: Equatable {
        /// Nothing: the amount stands alone (`said little publicly.`).
        case nothingSaid
        /// The topic's tokens, first and last (`said nothing about the cause of the crash`).
        case topic(Int, Int)
    }

    /// The reading of the clause `c...end` after a reporting verb as an amount of talk, or nil
    /// when it does not open with one.
    func amountOfTalk(at c: Int, end: Int) -> AmountOfTalk? {
        guard c <= end else { return nil }
        var k = c
        if k + 1 <= end, Self.amountDegreeModifiers.contains(tokens[k].lower) { k += 1 }
        guard tokens[k].quote == nil, Self.amountOfTalkWords.contains(tokens[k].lower) else { return nil }
        k += 1
        var adverbs = 0
        while k <= end, adverbs < Self.maxAmountAdverbs, tokens[k].tag == .adv, tokens[k].quote == nil {
            k += 1
            adverbs += 1
        }
        if k > end || Self.bareObjectClosers.contains(tokens[k].lower) { return .nothingSaid }
        guard Self.amountTopicPrepositions.contains(tokens[k].lower), tokens[k].quote == nil, k + 1 <= end else { return nil }
        // "said nothing on Monday": a day, not a topic (`about last year's deficit` is a topic).
        if tokens[k].lower == "on", Self.timeAdjunctOpeners.contains(tokens[k + 1].lower) { return .nothingSaid }
        var e = k + 1
        while e + 2 <= end, e - k < Self.maxAmountTopicTokens {
            if tokens[e].quote == nil, tokens[e].lower == ",", Self.clauseCoordinators.contains(tokens[e + 1].lower),
               counts.holdsReportingVerb(e + 2, end) {
                return .topic(k + 1, e - 1)
            }
            e += 1
        }
        return .topic(k + 1, end)
    }
}
