import WhosaidSyntax

/// `told reporters who had gathered outside the courthouse, “We will appeal.”`: a relative clause
/// on the addressee, closed by a comma before a quotation, describes whom the speaker told; the
/// quotation is what was said (a cue in its sentence takes it), not the relative clause.
extension Attributor {
    /// Relative pronouns that open a clause on an addressee (`reporters who…`, `the crowd, which…`).
    static let addresseeRelativePronouns: WordSet = ["who", "whom", "which"]
    /// Most tokens of a relative clause on an addressee before the comma that opens a quote.
    static let maxAddresseeRelativeTokens = 20

    /// Whether a relative clause opens at `c`, right after a verb's addressee, and runs to a comma
    /// followed by an opening quotation mark, within ``maxAddresseeRelativeTokens`` tokens and `last`.
    func addresseeRelativeBeforeQuote(at c: Int, last: Int) -> Bool {
        guard c <= last, Self.addresseeRelativePronouns.contains(tokens[c].lower), tokens[c].quote == nil else { return false }
        var k = c + 1
        while k <= last, k - c <= Self.maxAddresseeRelativeTokens, tokens[k].quote == nil, tokens[k].lower != "," { k += 1 }
        return k < last && tokens[k].lower == "," && isOpenMark(k + 1)
    }
}
