import WhosaidSyntax

/// A poll share with a restrictive `who say` clause inside a longer clause: `compared with 64
/// percent who say the same`, `including 18% who say they would be dissatisfied`, `and another
/// 12 percent who say they might`, `four in 10 who said they preferred…`. News annotation
/// (PolNeAR) takes the clause as the share's statement; the share speaks. `those who say` is left
/// out: in PolNeAR train it fixed one statement and misread four (`A majority of those who said
/// X supported…`, `is among those who say`, whose speaker is the sentence's subject). A share
/// opening the sentence (`The 40 percent who said X were young`) is its subject: the reported
/// clause would run on into the main verb, so it is left out, as for any restrictive clause
/// (``subject(ofVerb:floor:)``).
extension Attributor {
    /// Words after `say` that stand for a clause said before (`who said so`, `who said
    /// otherwise`): no clause of the share's own.
    static let clauseProForms: WordSet = ["so", "otherwise"]
    /// Words that may stand before a share inside its phrase: a determiner or a focusing word
    /// (`the 30 percent`, `another 12 percent`, `only 15 percent`).
    static let shareLeadWords: WordSet = ["the", "another", "only", "just", "a", "an", "some", "nearly", "about", "roughly", "almost"]

    /// The poll share that ends at `end`, right before a restrictive `who` whose verb
    /// says a clause, when a preposition, verb, participle or coordinator takes it as an object
    /// (`with`, `including`, `among`, `and`); nil for any other shape.
    func pollShareBeforeRelativeWho(endingAt end: Int, verb v: Int, floor: Int) -> SpeakerMention? {
        // "compared with a third who said so": a pro-form reports no clause.
        guard end > floor, tokens[end].quote == nil, v + 1 >= tokens.count || !Self.clauseProForms.contains(tokens[v + 1].lower) else { return nil }
        // The longest share ending at `end`: each start tried from the farthest.
        var m: SpeakerMention?
        var s = max(floor, end - MentionFinder.maxQuantityTokens)
        while s < end, m == nil {
            m = finder.quantitySubject(endingAt: end, floor: s)
            s += 1
        }
        guard var share = m else { return nil }
        var b = share.first - 1
        while b >= floor, Self.shareLeadWords.contains(tokens[b].lower), tokens[b].quote == nil { b -= 1 }
        guard b >= floor, tokens[b].quote == nil, [.adp, .verb, .cconj].contains(tokens[b].tag) else { return nil }
        // The lead words are the phrase's own (`the 25 percent`, `another 12 percent`).
        if b + 1 < share.first {
            let head = share.head
            share = finder.make(first: b + 1, last: share.last, kind: .description)
            share.head = head
        }
        return share
    }
}
