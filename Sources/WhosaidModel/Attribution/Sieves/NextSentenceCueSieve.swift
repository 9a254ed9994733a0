import WhosaidSyntax

/// Stage 3, second: a short sentence right after the quotation that is only a cue, in its
/// paragraph (`“Q.” NAME said.`, `“Q.” NAME said on Friday.`).
///
///     “The spillway is too small.” Vance said so twice.   → nothing: more than a cue
///     “The spillway is too small.” Nora Vance said.       → Nora Vance
struct NextSentenceCueSieve: LeftoverQuoteSieve {
    var name: String { "next-sentence-cue" }
    var rules: Set<AttributionRule> { [.sentenceCue] }
    func attribute(_ quote: LeftoverQuote, among all: [Candidate], in a: Attributor) -> Candidate? {
        a.nextSentenceCue(quote: quote.quote)
    }
}

extension Attributor {
    /// `“…” Sigal said.` — a short sentence right after the quote that is only a cue.
    func nextSentenceCue(quote qi: Int) -> Candidate? {
        let close = closeToken[qi]
        let j = close + 1
        guard j < tokens.count, paragraphOf(j) == paragraphOf(close), tokens[j].quote == nil,
              !isOpenMark(j) else { return nil }
        let last = sentenceLast[tokens[j].sentence]
        guard last - j <= 12, let (m, cue) = trailingSpeaker(at: j, ceiling: last), cueEndsClause(cue.upperBound, ceiling: last),
              !(m.first < cue.lowerBound && answeredInNextSentence(quote: qi, cue: cue)),
              endsSentence(after: cue.upperBound, last: last) else { return nil }
        return Candidate(span: quotes[qi].span, kind: .direct, cue: cue, speaker: m, rule: .sentenceCue, confidence: 0.75, quote: qi)
    }
}
