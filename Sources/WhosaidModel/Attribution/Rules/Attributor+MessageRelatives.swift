import WhosaidSyntax

/// A message someone put out, with a relative clause that reports it: `The campaign released a
/// video that said, “…”`, `Lee issued a statement Monday which said the plant would close`. The
/// message carries its sender's words, as `issued a statement saying` does, so the issuing verb's
/// subject speaks. A message the subject only cites (`cited a report that said`) is not theirs.
extension Attributor {
    /// Verbs that put a message out (`released a video`, `issued a statement`, `ran an ad`).
    static let issuingVerbs: WordSet = [
        "released", "releases", "issued", "issues", "posted", "posts", "sent", "sends", "published", "publishes",
        "tweeted", "tweets", "emailed", "e-mailed", "mailed", "aired", "airs", "ran", "runs", "wrote", "writes",
    ]

    /// The sender of the message whose relative clause the reporting verb `v` opens (`that said`,
    /// `which says`), or nil when no message noun after an issuing verb stands before it.
    /// `verbGroupStart`: ``beforeVerbGroup(_:floor:)`` of `v`, when the caller has read it.
    func messageRelativeSender(ofVerb v: Int, floor: Int, verbGroupStart: Int? = nil) -> SpeakerMention? {
        let r = verbGroupStart ?? beforeVerbGroup(v, floor: floor)
        guard r - 1 > floor, tokens[r].quote == nil, tokens[r].lower == "that" || tokens[r].lower == "which" else { return nil }
        var n = beforeTimeAdjunct(r - 1, first: floor)
        // "wrote a letter to the board that said": the message before a short phrase.
        if n > floor, !Self.messageNouns.contains(tokens[n].lower) { n = nounBeforePrepositionalPhrase(n, floor: floor) ?? n }
        guard n > floor, tokens[n].quote == nil, Self.messageNouns.contains(tokens[n].lower),
              let message = finder.phrase(endingAt: n, floor: floor), message.first - 1 > floor else { return nil }
        let issuing = message.first - 1
        guard tokens[issuing].tag == .verb, tokens[issuing].quote == nil, Self.issuingVerbs.contains(tokens[issuing].lower) else { return nil }
        return subject(ofVerb: issuing, floor: floor)
    }
}

extension Attributor {
    /// Most tokens from an issuing verb's object to the relative pronoun of its message
    /// (`a long letter to the board that`).
    static let maxMessageObjectTokens = 10

    /// Whether the object of the issuing verb `v`, from `c` up to `end`, is a message whose own
    /// relative clause reports it (`wrote a letter to the board that said, “…”`): the relative's
    /// verb makes the statement (``messageRelativeSender(ofVerb:floor:)``), not the issuing verb.
    func objectIsReportingMessage(verb v: Int, from c: Int, end: Int, first: Int) -> Bool {
        guard c == v + 1, Self.issuingVerbs.contains(tokens[v].lower) else { return false }
        var k = c
        while k < end, k - c < Self.maxMessageObjectTokens, tokens[k].isWord, tokens[k].quote == nil,
              !Self.inscriptionRelatives.contains(tokens[k].lower) { k += 1 }
        guard k < end, Self.inscriptionRelatives.contains(tokens[k].lower), tokens[k + 1].is(.reporting) else { return false }
        return messageRelativeSender(ofVerb: k + 1, floor: first) != nil
    }
}
