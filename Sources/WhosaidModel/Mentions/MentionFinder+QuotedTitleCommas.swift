import WhosaidSyntax

/// A work's title in quotation marks that closes on its own comma, as American style puts it
/// (`The director of “Saltwater,” Anouk Brisebois, said…`): the comma inside the marks sets off
/// the apposed name after them as a comma outside would.
extension MentionFinder {
    /// Whether a short quoted title closing on its own comma stands right before token `k`: a
    /// preposition or a possessive before the opening mark, then at most ``maxRoleTitleTokens``
    /// capitalised words (short function words in lower case among them), the comma and the
    /// closing mark.
    func followsQuotedTitleComma(_ k: Int, floor: Int) -> Bool {
        guard k - 4 > floor, SubjectTagRepair.isClosingQuoteMark(tokens[k - 1]), tokens[k - 1].quote == nil,
              tokens[k - 2].lower == ",", let q = tokens[k - 2].quote else { return false }
        var j = k - 3
        while j > floor, tokens[j].quote == q, k - 3 - j < Self.maxRoleTitleTokens {
            let t = tokens[j]
            guard t.isWord, t.isCapitalized || t.lower.count <= 3 else { return false }
            j -= 1
        }
        guard j > floor, j < k - 3, tokens[j].quote == nil, tokens[j + 1].isCapitalized else { return false }
        let before = tokens[j - 1]
        return before.quote == nil && (before.is(.preposition) || before.lower.isPossessiveForm)
    }
}
