import WhosaidSyntax

/// Stage 3, fourth: a quotation without a cue after a sentence about a named person: that person
/// speaks, not the last speaker further back. The sentence must start after the latest statement,
/// hold no quote, and open with the name. Not for a fragment or a quote with a cue after it.
///
///     Vance walked the spillway at dawn. “It will not hold another spring.”   → Vance
///     The council met at noon. “It will not hold.”                            → nothing: no person
struct NarrativeSubjectSieve: LeftoverQuoteSieve {
    var name: String { "narrative-subject" }
    var rules: Set<AttributionRule> { [.nearestMention] }
    func attribute(_ quote: LeftoverQuote, among all: [Candidate], in a: Attributor) -> Candidate? {
        a.narrativeSubjectStatement(quote)
    }
}

extension Attributor {
    /// The narrative subject of quote `left` as its speaker (``narrativeSubject(before:after:)``).
    func narrativeSubjectStatement(_ left: LeftoverQuote) -> Candidate? {
        guard !left.isFragment, !hasCueAfter(quote: left.quote),
              let m = narrativeSubject(before: left.quote, after: left.lastAttributedEnd) else { return nil }
        return Candidate(span: quotes[left.quote].span, kind: .direct, cue: nil, speaker: m, rule: .nearestMention,
                         confidence: 0.5, quote: left.quote)
    }
    /// The named person who is the subject of the sentence right before quote `qi`, when that
    /// sentence starts after offset `after` (the end of the last statement) and holds no quote.
    func narrativeSubject(before qi: Int, after: Int) -> SpeakerMention? {
        let open = openToken[qi]
        guard open > 0 else { return nil }
        let previous = tokens[open - 1]
        let si = previous.sentence
        let first = sentenceFirst[si]
        guard first >= 0, tokens[first].start >= after, paragraphOf(open) - paragraphOf(open - 1) <= 1,
              !(first...(open - 1)).contains(where: { tokens[$0].quote != nil || isOpenMark($0) }),
              let m = sentenceSubject(first: first, before: min(open - 1, first + 8)),
              m.kind == .name, m.actorKind == .person, m.first <= first + 2 else { return nil }
        return m
    }
}
