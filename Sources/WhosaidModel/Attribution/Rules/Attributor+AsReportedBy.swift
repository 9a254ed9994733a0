import WhosaidSyntax

/// A source named in an agentive `as reported by` phrase, which frames a clause as `according to`
/// does: `As reported by the Herald, the council will cut the budget.` (fronted, read by
/// ``openingFrame(first:last:)``) and `The council will cut the budget, as first reported by the
/// Herald.` (closing the sentence, ``trailingAsReportedBy(first:last:)``). The clause is what the
/// source reported; the `by` phrase names it. `As reported in the Herald` names a publication the
/// same way. An `as` clause with its own subject (`As the Herald reported, …`) is the reporting
/// verb's (``asClauseReport(verb:subject:first:last:)``).
extension Attributor {
    /// Adverbs that may stand between `as` and the participle (`as first reported by`).
    static let asReportedAdverbs: WordSet = ["first", "originally", "initially", "previously", "earlier", "exclusively", "also", "widely"]
    /// Participles of publishing whose agent the `as` phrase names (`as reported by`, `as
    /// revealed by`, `as first disclosed by`).
    static let asReportedParticiples: WordSet = ["reported", "revealed", "disclosed"]
    /// Prepositions that open the source after the participle: the agent (`by`) or a
    /// publication (`in`).
    static let asReportedSourcePrepositions: WordSet = ["by", "in"]

    /// The first token of the source after `as [ADVERB] reported by|in` starting at `k`, or nil
    /// when the words at `k` are no such phrase.
    func asReportedBySourceStart(at k: Int, last: Int) -> Int? {
        guard k + 3 <= last, tokens[k].lower == "as", tokens[k].quote == nil else { return nil }
        var p = k + 1
        // "As was reported by the Herald": the passive's auxiliary written out.
        if tokens[p].lower == "was" || tokens[p].lower == "is" { p += 1 }
        if Self.asReportedAdverbs.contains(tokens[p].lower) { p += 1 }
        guard p + 2 <= last, Self.asReportedParticiples.contains(tokens[p].lower), tokens[p].quote == nil,
              Self.asReportedSourcePrepositions.contains(tokens[p + 1].lower) else { return nil }
        // "As reported in March", "as reported in the first quarter": after `in` only a
        // publication's name (`in the Herald`, `in Politico`) is a source, never a time.
        let s = p + 2
        if tokens[p + 1].lower == "in" {
            let name = tokens[s].tag == .det && s + 1 <= last ? s + 1 : s
            // "As reported in Table 3": a numbered part of a text is no publication.
            guard tokens[name].isCapitalized, tokens[name].tag == .propn, !isTimeExpressionWord(name),
                  !Self.calendarWords.contains(tokens[name].lower),
                  name + 1 > last || tokens[name + 1].kind != .number else { return nil }
        }
        return s
    }

    /// `CLAUSE, as first reported by SOURCE.`: an `as reported by` phrase after the sentence's
    /// main clause, closing the sentence (time words after the source aside). The main clause
    /// is the source's statement, unless it carries a reporting verb or a quote of its own (`Lee
    /// said…, as reported by the Herald` is Lee's, read by the verb).
    func trailingAsReportedBy(first: Int, last: Int) -> Candidate? {
        // The participle is a reporting verb: most sentences hold none, and are done at once.
        guard counts.holdsReportingVerb(first, last) else { return nil }
        // The comma before `as`, the sentence's last outside quotes: the phrase closes the
        // sentence. Read from the counts' commas (token by token, every sentence with a
        // reporting verb compared each of its words with a comma).
        guard let c = counts.lastFreeComma(first + 1, last), c > first + 2, let start = asReportedBySourceStart(at: c + 1, last: last),
              let m = accordingToSource(startingAt: start, ceiling: last) else { return nil }
        // Only time words and a closing stop after the source.
        var e = m.lastWithRole + 1
        while e <= last, isTimeExpressionWord(e) { e += 1 }
        guard e > last || e == last && tokens[e].lower.isOne(of: ".", "!", "?") else { return nil }
        guard !counts.holdsReportingVerb(first, c - 1), !holdsQuote(first, c - 1), holdsFiniteVerb(first, c - 1),
              let span = clauseSpan(from: afterColon(first, before: c - 1), to: c - 1), wordCount(span, upTo: 3) >= 3 else { return nil }
        return make(span, cue: (c + 1)...(start - 1), m, .accordingTo, 0.8)
    }
}
