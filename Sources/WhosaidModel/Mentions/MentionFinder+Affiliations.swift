/// A person's affiliation written after the name (`Dr. Rachel Kim of the University of Toronto`,
/// `Ann Hale at the Mayo Clinic`).
extension MentionFinder {
    /// Prepositions that open a person's affiliation after the name.
    static let affiliationPrepositions: WordSet = ["of", "at", "from"]
    /// Lower-case words that may stand inside an affiliation's name (`the University of Toronto`).
    static let affiliationLinks: WordSet = ["the", "of", "for", "and", "on", "&"]
    /// Most words of an affiliation after its preposition.
    static let maxAffiliationWords = 8

    /// The last token of an affiliation opening at token `k` (a preposition, then capitalised
    /// words with `the`, `of`, `for`, `and` between them, ending on a capital), or nil when no
    /// such phrase starts there.
    func affiliationEnd(after k: Int, ceiling: Int) -> Int? {
        guard k + 1 <= ceiling, tokens[k].quote == nil, Self.affiliationPrepositions.contains(tokens[k].lower) else { return nil }
        var e = k
        var lastCapital = -1
        // "of Crane & Mott": an ampersand joins a firm's names.
        while e + 1 <= ceiling, e - k < Self.maxAffiliationWords, tokens[e + 1].quote == nil, tokens[e + 1].isWord || tokens[e + 1].lower == "&" {
            let t = tokens[e + 1]
            if t.isCapitalized {
                lastCapital = e + 1
            } else if !Self.affiliationLinks.contains(t.lower) {
                break
            }
            e += 1
        }
        return lastCapital > k ? lastCapital : nil
    }
}
