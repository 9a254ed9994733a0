import WhosaidSyntax

/// A cue inside a relative clause whose pronoun is the subject of what was reported:
/// `the levy, which the auditor said was poorly drafted,` — the auditor said the levy was poorly
/// drafted. The statement is the predicate after the cue (`was poorly drafted`), as news
/// annotation marks it; the speaker is the cue's own subject, not the antecedent.
extension Attributor {
    /// Pronouns that open such a clause (`what` only after a verb or preposition: `adapt to what
    /// she said is growing demand`; sentence-initial `What he said was false` is a subject).
    static let gapRelativePronouns: WordSet = ["which", "who", "that", "what"]

    /// Whether the reporting verb at `v` (sentence `first...last`) is followed by a predicate whose
    /// subject is the relative pronoun before the verb's own subject, or the antecedent of a
    /// contact clause (``contactRelativeGapAntecedent(verb:first:last:)``).
    func reportsRelativeGap(verb v: Int, first: Int, last: Int) -> Bool {
        relativeGapPronoun(verb: v, first: first, last: last) != nil || contactRelativeGapAntecedent(verb: v, first: first, last: last) != nil
    }

    /// The last token of the predicate a relative-gap cue at `v` reports: before the comma that
    /// closes a clause set off by commas (`The levy, which the auditor said was poorly drafted,
    /// failed`), or before the sentence's own predicate after a contact clause
    /// (``contactGapClauseEnd(verb:first:last:)``), else nil (the clause runs on as any reported
    /// clause does).
    func relativeGapClauseEnd(verb v: Int, first: Int, last: Int) -> Int? {
        guard let r = relativeGapPronoun(verb: v, first: first, last: last) else { return contactGapClauseEnd(verb: v, first: first, last: last) }
        guard tokens[r - 1].lower == "," else { return nil }
        let p = relativeGapPredicateStart(verb: v, last: last)
        var k = p
        while k <= last, tokens[k].lower != "," || tokens[k].quote != nil { k += 1 }
        return k <= last && k > p ? k - 1 : nil
    }

    /// Prepositions that open a time adjunct between a relative-gap cue and its predicate (`said
    /// on Monday would pass`).
    static let gapTimePrepositions: WordSet = ["on", "in", "at", "during"]

    /// The first token of the predicate after the relative-gap cue at `v`: the token after it, or
    /// after the time adjunct the cue carries (`which the mayor said Monday would pass`, `that
    /// officials said on Tuesday was closed`). Only time words are skipped: a noun phrase there
    /// could be the clause's own subject.
    func relativeGapPredicateStart(verb v: Int, last: Int) -> Int {
        var k = v + 1
        guard k <= last, tokens[k].quote == nil else { return k }
        if Self.gapTimePrepositions.contains(tokens[k].lower), k + 1 <= last, tokens[k + 1].is(.timeWord) { k += 1 }
        guard tokens[k].is(.timeWord), let end = adjunctEnd(from: k, last: last), end - v <= Self.maxGapTimeAdjunctWords else { return v + 1 }
        return end + 1
    }

    /// Most tokens of a time adjunct between a relative-gap cue and its predicate (`on Monday`,
    /// `late last week`).
    static let maxGapTimeAdjunctWords = 4

    /// The relative pronoun before the subject of the cue at `v` whose gap the predicate after
    /// the cue fills, or nil.
    func relativeGapPronoun(verb v: Int, first: Int, last: Int) -> Int? {
        let p = relativeGapPredicateStart(verb: v, last: last)
        guard p <= last, tokens[p].quote == nil || isOpenMark(p) || tokens[p].isWord,
              tokens[p].tag == .aux || tokens[p].tag == .verb && !Lexicon.isGerund(tokens[p].lower),
              let m = subject(ofVerb: v, floor: first), m.kind != .description || m.first > first else { return nil }
        let r = m.first - 1
        guard r > first, Self.gapRelativePronouns.contains(tokens[r].lower), !tokens[r].isCapitalized else { return nil }
        if tokens[r].lower == "what", tokens[r - 1].tag != .adp, tokens[r - 1].tag != .verb { return nil }
        // "The best that the experts could say was that…": the clause's own object is the gap and
        // "was" the main verb; a copula before `that` is never the reported predicate.
        if Attributor.copulas.contains(tokens[p].lower), p + 1 <= last, tokens[p + 1].lower == "that" { return nil }
        // A relative clause inside the sentence's opening subject, not set off by commas, leaves
        // the gap ambiguous; only the comma-bounded one and one after the subject are read.
        if tokens[r - 1].lower != ",", let antecedent = finder.phrase(endingAt: r - 1, floor: first),
           afterDateline(first, before: v) == antecedent.first || antecedent.first == first { return nil }
        return r
    }
}
