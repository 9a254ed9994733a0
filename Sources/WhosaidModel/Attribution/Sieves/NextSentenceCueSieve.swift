import WhosaidSyntax

/// Stage 3, second: a short sentence right after the quotation that is only a cue, in its
/// paragraph (`“Q.” NAME said.`, `“Q.” NAME said on Friday.`).
///
///     “The spillway is too small.” Vance said so twice.   → nothing: more than a cue
///     “The spillway is too small.” Nora Vance said.       → Nora Vance
///     “It is a bad deal.” That was the verdict of Lena Moss.  → Lena Moss
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
        if let (m, cue) = demonstrativeUtteranceCue(at: j, last: last) {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: cue, speaker: m, rule: .sentenceCue, confidence: 0.75, quote: qi)
        }
        guard last - j <= 12, let (m, cue) = trailingSpeaker(at: j, ceiling: last), cueEndsClause(cue.upperBound, ceiling: last),
              !(m.first < cue.lowerBound && answeredInNextSentence(quote: qi, cue: cue)),
              endsSentence(after: cue.upperBound, last: last) else { return nil }
        return Candidate(span: quotes[qi].span, kind: .direct, cue: cue, speaker: m, rule: .sentenceCue, confidence: 0.75, quote: qi)
    }
}

extension Attributor {
    /// Most tokens of a sentence that names the quote before it as someone's words (`That was the
    /// verdict of Lena Moss, a union leader.`).
    static let maxDemonstrativeCueTokens = 16

    /// `“…” That was the verdict of Lena Moss.`, `Those were the words of…`, `That is how one
    /// official put it.`: a sentence whose subject is a demonstrative standing for the quote
    /// before it and whose predicate names the quote as someone's words
    /// (``utteranceNounCue(at:ceiling:)``), ending with the source and its role. The demonstrative
    /// opens the cue. Nil for any other shape.
    func demonstrativeUtteranceCue(at j: Int, last: Int) -> (SpeakerMention, ClosedRange<Int>)? {
        guard last - j <= Self.maxDemonstrativeCueTokens, MentionFinder.demonstratives.contains(tokens[j].lower), tokens[j].isCapitalized,
              let (m, cue) = utteranceNounCue(at: j + 1, ceiling: last), cue.lowerBound == j + 1 else { return nil }
        var end = max(m.lastWithRole, cue.upperBound)
        // "That is how Lena Moss put it.": the manner verb's `it` is the quote again.
        if end + 1 <= last, cue.upperBound > m.last, tokens[end + 1].lower == "it" { end += 1 }
        guard endsSentence(after: end, last: last) else { return nil }
        return (m, j...cue.upperBound)
    }
}
