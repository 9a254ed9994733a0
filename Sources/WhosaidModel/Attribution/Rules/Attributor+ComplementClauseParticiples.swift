import WhosaidSyntax

/// `Hale hopes that the focus on Dover could bring the city a good outcome, pointing to the land
/// sale.`: a participle after a comma that closes a verb's that-clause complement goes with the
/// verb's subject, as it does after a reporting verb's clause (``Attributor/reportedClauseCueSubject(before:first:)``),
/// not with the complement's own subject; a clause that a subordinator opens keeps the
/// participle (`Ruiz spoke until students interrupted her, shouting…`).
extension Attributor {
    /// Most adverbs between a verb and the `that` of its complement (`hopes very much that`).
    static let maxAdverbsBeforeComplementThat = 2

    /// Whether token `k` is the `that` opening the complement clause of the finite verb at `v`:
    /// right after it, or after an adverb or two.
    func opensComplementClause(of v: Int, at k: Int) -> Bool {
        guard k > v, k - v - 1 <= Self.maxAdverbsBeforeComplementThat, tokens[k].lower == "that", tokens[k].quote == nil,
              tokens[v].tag == .verb, !Lexicon.isGerund(tokens[v].lower) else { return false }
        return ((v + 1)..<k).allSatisfy { tokens[$0].tag == .adv && tokens[$0].quote == nil }
    }
}
