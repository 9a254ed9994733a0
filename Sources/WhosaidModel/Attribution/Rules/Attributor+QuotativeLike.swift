/// The conversational cue "be like" (`she was like, “No way.”`, `they all seem to be like: “Great”`):
/// in speech and informal prose it reports words as "said" does. Only with a comma or colon
/// before the quote: without one, "like" compares (`the weapons are like “nuclear bombs”`).
extension Attributor {
    /// Forms of "be" that make "like" a quotative.
    static let quotativeBeForms: Set<String> = ["be", "is", "was", "were", "are", "am", "been", "being"]
    /// Most adverbs between the form of "be" and "like" (`was just totally like`).
    static let maxQuotativeAdverbs = 2

    /// Whether token `i` is the "like" of a quotative "be like" followed by a comma or colon.
    func isQuotativeLike(_ i: Int) -> Bool {
        guard tokens[i].lower == "like", i + 1 < tokens.count, [",", ":"].contains(tokens[i + 1].lower) else { return false }
        var k = i - 1
        while k >= 0, i - 1 - k < Self.maxQuotativeAdverbs, tokens[k].tag == .adv, tokens[k].sentence == tokens[i].sentence { k -= 1 }
        return k >= 0 && tokens[k].sentence == tokens[i].sentence && Self.quotativeBeForms.contains(tokens[k].lower)
    }
}
