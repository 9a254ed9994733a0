import WhosaidSyntax

/// Stage 3, before the continuation: a quotation that runs on over a paragraph break, the cue
/// only after its last part. News style leaves the first paragraph's quote unclosed and opens the
/// next paragraph with a new mark; the speaker named after the last part spoke them all.
///
///     “The first thing we did was call the insurer.          (no closing mark)
///     “Then we waited,” said Ellen Jones.                   → both Ellen Jones
struct RunOnQuoteSieve: LeftoverQuoteSieve {
    var name: String { "run-on-quote" }
    var rules: Set<AttributionRule> { [.continuation] }
    func attribute(_ quote: LeftoverQuote, among all: [Candidate], in a: Attributor) -> Candidate? {
        a.runOnQuoteStatement(quote, among: all)
    }
}

extension Attributor {
    /// Most candidates read ahead for the one that the next paragraph's quotation is.
    static let maxRunOnLookahead = 4

    /// Quote `left`, unclosed at the end of its paragraph, as one statement with the attributed
    /// quotation that opens the next paragraph; nil for any other shape.
    func runOnQuoteStatement(_ left: LeftoverQuote, among all: [Candidate]) -> Candidate? {
        let qi = left.quote
        guard !quotes[qi].isClosed, qi + 1 < quotes.count, !left.isFragment else { return nil }
        // The quote runs to its paragraph's end, and the next one opens the next paragraph.
        let paragraph = document.paragraphIndex(at: quotes[qi].span.start)
        let next = openToken[qi + 1]
        guard document.paragraphIndex(at: max(quotes[qi].span.end - 1, quotes[qi].span.start)) == paragraph, next < tokens.count,
              paragraphOf(next) == paragraph + 1, next == 0 || paragraphOf(next - 1) != paragraphOf(next) else { return nil }
        var j = left.index + 1
        while j < all.count, j - left.index <= Self.maxRunOnLookahead {
            if all[j].quote == qi + 1 {
                guard all[j].rule != .unattributed, all[j].kind == .direct else { return nil }
                return Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: nil, rule: .continuation,
                                 confidence: 0.6, quote: qi, continues: j)
            }
            j += 1
        }
        return nil
    }
}
