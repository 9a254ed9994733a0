/// A noun phrase set off at the end of a reported clause that glosses its last noun (`…to repeal
/// the Hyde Amendment, a federal provision that bars…`, `…mentions Planned Parenthood, the group
/// that…`, `…would slash 30,000 jobs — a mass layoff rivaling…`) is the reporter's explanation,
/// not the speaker's words: news annotation ends the statement before it. The gloss runs to the
/// end of the sentence, perhaps through prepositional phrases, a relative clause or a participle;
/// one followed by a verb (`said Cruz, a graduate of Harvard, has argued…`) is the subject's
/// apposition inside the clause.
extension Attributor {
    /// Determiners that open a gloss.
    static let glossDeterminers: WordSet = ["a", "an", "the"]

    /// Prepositions through which a gloss's noun phrase goes on (`a banker from Ohio`).
    static let glossPrepositions: WordSet = ["of", "for", "from", "in", "on", "at", "with", "to", "by", "about"]

    /// The most tokens after the mark read for a list's `, and`, and through a gloss's prepositional phrases.
    static let maxGlossListScan = 40

    /// Whether the comma or dash at `k` opens a gloss of the noun before it that ends the sentence.
    func glossesNounAtClauseEnd(mark k: Int, last: Int) -> Bool {
        guard k > 0, k + 2 <= last, tokens[k].quote == nil, tokens[k - 1].quote == nil,
              tokens[k - 1].tag == .noun || tokens[k - 1].tag == .propn,
              Self.glossDeterminers.contains(tokens[k + 1].lower),
              var e = nounPhraseEnd(from: k + 1, last: last) else { return false }
        while e + 2 <= last, e - k <= Self.maxGlossListScan, Self.glossPrepositions.contains(tokens[e + 1].lower), tokens[e + 1].quote == nil,
              let next = nounPhraseEnd(from: e + 2, last: last) {
            e = next
        }
        // "…for tax fairness, the closure of loopholes…, and for relief…": a list, not a gloss.
        var n = k + 1
        while n + 1 <= last, n - k <= Self.maxGlossListScan {
            if tokens[n].lower == ",", tokens[n + 1].lower.isOne(of: "and", "or") { return false }
            // "…, the closure of loopholes and for relief…": a coordinated prepositional phrase.
            if tokens[n].lower.isOne(of: "and", "or"), tokens[n + 1].tag == .adp { return false }
            n += 1
        }
        guard e + 1 <= last else { return true }
        let after = tokens[e + 1]
        // "…, the chance of an outbreak is low": the phrase is a subject with its verb.
        if after.tag == .aux || after.tag == .verb && !after.lower.endsWith("ed") && !Lexicon.isGerund(after.lower) { return false }
        return endsSentence(after: e, last: last) || Self.relativePronouns.contains(after.lower) || after.lower == "that"
            || after.tag == .verb && (after.lower.endsWith("ed") || Lexicon.isGerund(after.lower))
            // "…, a plan the mayor has since dropped": a relative clause without its pronoun, whose
            // subject is a pronoun or opens with a determiner, running to the sentence's end.
            || (after.tag == .pron && !MentionFinder.possessivePronouns.contains(after.lower) || Self.glossDeterminers.contains(after.lower))
                && !counts.holdsComma(e + 1..<last + 1) && startsFiniteClause(at: e + 1, last: last, verbMayEndSentence: true)
    }
}
