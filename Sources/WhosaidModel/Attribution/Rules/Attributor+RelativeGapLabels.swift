import WhosaidSyntax

/// A quoted label whose object is a relative clause's gap: `a bill that critics called
/// “anti-gay”`, `…, which Ortiz called “a disgrace,”`, `in what officials called “a hate crime”`.
/// The relative pronoun stands for the thing labelled, so the label follows the verb at once; it
/// is the statement, and the relative clause's subject its speaker.
extension Attributor {
    /// Relative words whose clause may leave a labelling verb's object as its gap.
    static let gapRelatives: WordSet = ["that", "which", "what", "whom"]

    /// The label right after the labelling verb at `v` when its object is the gap of a relative
    /// clause opened right before the verb's subject; nil for any other shape.
    func relativeGapLabel(verb v: Int, first: Int, last: Int) -> Candidate? {
        guard v + 1 <= last, Self.labellingVerbs.contains(tokens[v].lower), !Lexicon.isGerund(tokens[v].lower),
              let m = gapClauseSubject(verb: v, first: first),
              m.lastWithRole < v, (m.lastWithRole + 1..<v).allSatisfy({ [.aux, .adv, .part].contains(tokens[$0].tag) }),
              let end = labelEnd(after: v, last: last), let span = clauseSpan(from: v + 1, to: end) else { return nil }
        // A quotation alone is the label as the speaker said it: a direct statement.
        let qi = firstQuote(endingAfter: tokens[v + 1].start)
        if qi < quotes.count, openToken[qi] == v + 1, closeToken[qi] == end {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: v...v, speaker: m, rule: .label, confidence: 0.65, quote: qi)
        }
        return make(span, cue: v...v, m, .label, 0.65)
    }

    /// The subject of the labelling verb at `v` when a relative word opens its clause right
    /// before it (`that critics called`); `what` may be read as the subject's determiner
    /// (`what officials called`), and is left out of the speaker.
    private func gapClauseSubject(verb v: Int, first: Int) -> SpeakerMention? {
        guard let m = subject(ofVerb: v, floor: first) else { return nil }
        if m.first < m.last, tokens[m.first].lower == "what", tokens[m.first].quote == nil {
            return finder.subject(endingAt: m.last, floor: m.first + 1)
        }
        guard m.first - 1 >= first, Self.gapRelatives.contains(tokens[m.first - 1].lower), tokens[m.first - 1].quote == nil else { return nil }
        return m
    }

    /// The last token of the label that opens right after `v`: a quotation, perhaps after a
    /// determiner (`a “fraudulent scheme”`), that ends the noun phrase. A quotation that only
    /// modifies a noun after it (`the “deeply pessimistic” vision of…`) is left to the object
    /// label's reading, and so is an unquoted label (`what he calls corruption in politics`),
    /// whose end the words do not mark.
    private func labelEnd(after v: Int, last: Int) -> Int? {
        var open = v + 1
        if open + 1 <= last, tokens[open].tag == .det, tokens[open].quote == nil, isOpenMark(open + 1) { open += 1 }
        guard isOpenMark(open) else { return nil }
        let qi = firstQuote(endingAfter: tokens[open].start)
        guard qi < quotes.count, openToken[qi] == open else { return nil }
        // The quotation ends the label when its own punctuation or the clause ends with it, or
        // the verb of the clause the gap's phrase is subject of follows (`a “fraudulent scheme”
        // took…`); not before another quotation (`the “immoral” “lie”`) nor a passive
        // participle that modifies it (`“ground rent” paid by landowners`).
        // A comma or stop inside the closing mark (`“a disgrace,”`) ends it too.
        let close = closeToken[qi]
        if endsWithOwnPunctuation(qi) { return close }
        guard close + 1 <= last else { return close }
        guard tokens[close + 1].quote == nil, !isOpenMark(close + 1) else { return nil }
        let next = tokens[close + 1]
        let endsClause = !next.isWord && next.lower != ")" && !Self.labelClosingDashes.contains(next.lower) || next.tag == .aux
            || next.tag == .verb && !Lexicon.isGerund(next.lower) && !(close + 2 <= last && tokens[close + 2].lower == "by")
        return endsClause ? close : nil
    }
}
