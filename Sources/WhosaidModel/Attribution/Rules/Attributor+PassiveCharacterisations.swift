import WhosaidSyntax

/// `The plan was described by one union leader as “a betrayal”`, `The deal has been
/// characterised as a mistake by its critics`: a passive characterising verb's subject is the
/// one characterised, never the speaker. The statement is the `as` phrase (as news annotation
/// marks `described as “unhinged”`); its speaker is the agent of a `by` phrase before or after
/// it, else none.
extension Attributor {
    /// The most tokens between the passive verb and its `as` (a `by` phrase or an adjunct).
    static let maxPassiveCharacterisationGap = 10

    /// Characterising verbs whose passive is mostly no characterisation (`was dismissed as
    /// coach`: fired).
    static let unreportingPassiveCharacterisers: WordSet = ["dismissed"]

    /// Whether a modal opens the verb group before `v` (`can best be described`).
    func hasModal(before v: Int, first: Int) -> Bool {
        var k = v - 1
        while k >= first, tokens[k].tag == .adv || tokens[k].tag == .aux || tokens[k].lower.isOne(of: "be", "been", "being") {
            if Self.modalAuxiliaries.contains(tokens[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// The characterisation statement at the passive characterising verb `v`, if it is one.
    func passiveCharacterisation(verb v: Int, first: Int, last: Int) -> Candidate? {
        // `was dismissed as campaign manager` is a firing, `can best be described as` the writer's
        // own voice.
        guard !Self.unreportingPassiveCharacterisers.contains(tokens[v].lower), isPassive(v, first: first), !hasModal(before: v, first: first) else { return nil }
        // The `as` that opens the characterisation, past a `by` phrase or an adjunct, never past
        // a quote or a clause's end.
        var k = v + 1
        while k <= last, k - v <= Self.maxPassiveCharacterisationGap, tokens[k].lower != "as" {
            guard tokens[k].quote == nil, !isOpenMark(k), tokens[k].isWord || tokens[k].lower == "," else { return nil }
            k += 1
        }
        guard k < last, k - v <= Self.maxPassiveCharacterisationGap, tokens[k].lower == "as", tokens[k].quote == nil,
              // "is portrayed as though it were evil" compares, characterises nothing.
              !tokens[k + 1].lower.isOne(of: "though", "if") else { return nil }
        // The characterisation runs to the clause's end or to a `by` phrase after it.
        var end = k + 1
        let limit = min(last, k + maxSentenceCueDistance)
        if isOpenMark(end) {
            let qi = firstQuote(endingAfter: tokens[end].start)
            if qi < quotes.count, openToken[qi] == end { end = closeToken[qi] }
        }
        while end + 1 <= limit, !clauseEnds(at: end + 1, last: last),
              ![",", ".", ";", "!", "?", "(", "by"].contains(tokens[end + 1].lower) && !isSpacedDash(end + 1)
                || tokens[end + 1].quote != nil {
            end += 1
        }
        guard end > k, let span = clauseSpan(from: k, to: end) else { return nil }
        // The agent's `by` stands before the `as` or right after its phrase (the phrase stops there).
        return passiveLabel(span, verb: v, last: last)
    }
}
