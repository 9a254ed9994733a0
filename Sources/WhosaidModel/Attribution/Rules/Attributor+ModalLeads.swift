/// Quotes that finish a verb phrase the reporter's words began with a modal or an infinitive `to`.
extension Attributor {
    /// Words before a quote that leave its verb to the quote: modals and their clitics, and the
    /// infinitive marker (`said the party would “unite behind the nominee”`, `said he wanted to
    /// “restore trust”`).
    static let verbPhraseOpeners = WordSet(modalAuxiliaryWords.union(["'ll", "'d", "to"]))

    /// Whether the quote word at token `k` goes on a verb phrase that the word before the opening
    /// mark began (a modal, `to`): the quoted words are the clause's predicate, not a statement
    /// of their own, however the tagger read their first word (often as an adjective or noun). A
    /// capital, a determiner, a pronoun or a number after `to` is a quoted object of the
    /// preposition (`belonged to “the American people”`), left to the other tests.
    func opensVerbPhraseAfterModal(_ k: Int) -> Bool {
        let before = tokens[k - 2]
        guard Self.verbPhraseOpeners.contains(before.lower), !tokens[k].isCapitalized,
              tokens[k].kind == .word else { return false }
        if before.lower == "to" {
            return ![.det, .pron, .num, .propn, .adp].contains(tokens[k].tag)
        }
        return true
    }

    /// Whether the quote word at token `k` is a lower-case preposition or subordinator right after
    /// a verb of the reporter's words (`said she was voting “for the people…”`, `said the vote
    /// came “at the worst possible time”`): the quote is the verb's adjunct, and the clause, subject
    /// and verb in the reporter's words, is one mixed statement.
    func opensAdjunctAfterVerb(_ k: Int) -> Bool {
        let before = tokens[k - 2]
        return before.tag == .verb && !before.is(.reporting) && !before.is(.quoteOnly) && tokens[k].kind == .word
            && !tokens[k].isCapitalized && [.adp, .sconj].contains(tokens[k].tag)
    }
}
