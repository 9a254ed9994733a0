import WhosaidSyntax

/// A letter's salutation, `Dear Sen. Ruth Kell:` or `To the Board of Trustees:`, names the one the
/// letter is written to: no label of the words after its colon, whose speaker is the writer.
extension Attributor {
    /// Words that open a salutation when capitalised at a sentence's start.
    static let salutationWords: WordSet = ["dear", "to"]

    /// Whether the sentence from `first` to the colon at `colon` is a salutation: a capitalised
    /// ``salutationWords`` word, then a name or a description that runs to the colon, and
    /// nothing else (`Dear Sen. Ruth Kell:`, `Dear Friends:`).
    func isSalutation(first: Int, colon: Int) -> Bool {
        guard colon - first >= 2, tokens[first].isCapitalized, tokens[first].quote == nil,
              Self.salutationWords.contains(tokens[first].lower),
              let m = finder.phrase(startingAt: first + 1, ceiling: colon - 1) else { return false }
        return m.first == first + 1 && (m.last == colon - 1 || m.lastWithRole == colon - 1)
    }
}
