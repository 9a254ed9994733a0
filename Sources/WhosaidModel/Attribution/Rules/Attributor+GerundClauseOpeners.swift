import WhosaidSyntax

/// `A judge blocked the agency from deporting migrants held at a camp, saying…`, `The board
/// fined the firm for dumping waste collected from hospitals, arguing…`: a preposition or
/// subordinator right before a gerund (`from deporting`, `for dumping`, `after meeting`, which
/// the tagger reads as SCONJ) opens a clause with no subject of its own. Its understood subject
/// is the main clause's, so a comma participle after it goes on with the main clause; the
/// reduced relative participle inside its object (`held`, `collected`) has no subject to give.
extension Attributor {
    /// Whether the word at `k` (before `end`) is a preposition or subordinator whose clause is a
    /// gerund's (`from deporting`, `after meeting`, `without saying`): no finite clause, so no
    /// subject of its own. `when`/`while`/`if` before a gerund count too (`while visiting…`).
    func opensGerundClause(at k: Int, before end: Int) -> Bool {
        guard k + 1 < end, tokens[k].quote == nil, tokens[k + 1].quote == nil else { return false }
        let next = tokens[k + 1]
        return next.tag == .verb && Lexicon.isGerund(next.lower)
    }
}
