/// The conversational cue "go" after a modal or "to" (`you can go “this is ours”`, `there comes a
/// time when you have to go “look, it's over”`): in speech it reports words as "say" does. Only
/// the base form right before the quote: "he goes “back to war”" and "going “personally”" move
/// or describe, they report nothing.
extension Attributor {
    /// Words before a base-form "go" that make it quotative: modals, their negations, and "to".
    static let quotativeGoOpeners: WordSet = [
        "can", "could", "would", "will", "might", "may", "must", "should", "to", "'ll", "'d",
        "can't", "cannot", "couldn't", "wouldn't", "won't", "shouldn't", "n't", "not",
    ]
    /// Most adverbs between the modal and "go" (`can't just go`).
    static let maxQuotativeGoAdverbs = 2

    /// Whether token `i` is a quotative "go" right before an opening quotation mark.
    func isQuotativeGo(_ i: Int) -> Bool {
        guard tokens[i].lower == "go", i + 1 < tokens.count, isOpenMark(i + 1) else { return false }
        var k = i - 1
        while k >= 0, i - 1 - k < Self.maxQuotativeGoAdverbs, tokens[k].tag == .adv, tokens[k].lower != "not",
              tokens[k].sentence == tokens[i].sentence { k -= 1 }
        return k >= 0 && tokens[k].sentence == tokens[i].sentence && Self.quotativeGoOpeners.contains(tokens[k].lower)
    }
}
