import WhosaidSyntax

/// A reporting participle after a comma opens a statement of its own even where the tagger reads
/// it as a noun (`warning`): the reported clause before it ends at the comma.
///
///     Vance said the plan would fail, warning that the council had ignored him.
///         → Vance: "the plan would fail"; Vance: "the council had ignored him"
///
/// Only with `that` right after the participle: a noun `warning` after a comma otherwise names a
/// thing (`…, a warning the board ignored`). Not after a dash (`… - essentially conceding that…`):
/// no rule gives the participle there a speaker, so ending the clause at the dash would lose it.
extension Attributor {
    /// Whether the comma at `k` opens a participle clause of a reporting verb the tagger reads as
    /// no verb (see above): the participle, after at most one adverb, then `that`.
    func opensThatParticipleClause(at k: Int, last: Int) -> Bool {
        guard tokens[k].lower == ",", tokens[k].quote == nil else { return false }
        var g = k + 1
        if g + 1 <= last, tokens[g].isLyAdverb, tokens[g].quote == nil { g += 1 }
        guard g + 1 <= last, tokens[g].quote == nil, !tokens[g].isCapitalized, tokens[g].is(.reporting),
              Lexicon.isGerund(tokens[g].lower), tokens[g + 1].lower == "that", tokens[g + 1].quote == nil else { return false }
        // A verb-tagged participle is read by ``clauseEndsByGrammar(at:last:)`` already.
        return tokens[g].tag != .verb
    }
}
