import WhosaidSyntax

/// Stage 3, last: a quotation without a cue continues the latest statement before it in its
/// paragraph, or in the previous paragraph when nothing stands between; after a quotation whose
/// cue sentence holds a reported clause, it continues the quotation; after a statement that holds
/// a quoted label whole, it continues the holder. Not for a fragment or a quote with a cue after it.
///
///     “We are out of money,” Vance said. “The pumps stop on Monday.”   → continues Vance
///     “We lost,” Vance said, after the board voted. “Badly.”           → continues the quote, not the vote
struct ContinuationSieve: LeftoverQuoteSieve {
    var name: String { "continuation" }
    var rules: Set<AttributionRule> { [.continuation] }
    func attribute(_ quote: LeftoverQuote, among all: [Candidate], in a: Attributor) -> Candidate? {
        a.continuationStatement(quote, among: all)
    }
}

extension Attributor {
    /// Most earlier statements read back to find the one a quote without a cue continues.
    static let maxContinuationLookback = 64

    /// Quote `left` as the continuation of the statement before it (``continuationSource(for:in:)``).
    func continuationStatement(_ left: LeftoverQuote, among all: [Candidate]) -> Candidate? {
        guard !left.isFragment, !hasCueAfter(quote: left.quote), !isApposedPhraseQuote(left.quote), !namesPersonAfter(quote: left.quote),
              !namesSubjectBefore(quote: left.quote),
              let prev = continuationSource(for: left.index, in: all) else { return nil }
        return Candidate(span: quotes[left.quote].span, kind: .direct, cue: nil, speaker: nil, rule: .continuation,
                         confidence: 0.6, quote: left.quote, continues: prev)
    }
    /// Fewest words of the writer's own before a comma for a lower-case quote after it to be the
    /// writer's apposition rather than a speaker's next words.
    static let minApposingWords = 3

    /// Whether quote `qi` opens in lower case after a comma that ends a noun phrase, in a main
    /// clause of the writer's own (a verb, no subordinator first) with no cue and no quotation
    /// but a quoted term before it: it renames or glosses that noun, so it continues no earlier
    /// speaker. (After `to her,` or `as,`, or after `In Europe, by contrast,` it is someone's.)
    ///
    ///     We have a narrower phrase here, “repair or replace.”          → no continuation
    ///     Land is the “common inheritance” of every person, “not a gift.”   → no continuation
    ///     “We lost,” Vance said, “and badly.”                          → (a split quote: not this rule)
    func isApposedPhraseQuote(_ qi: Int) -> Bool {
        let open = openToken[qi]
        guard !opensCapitalised(qi), open > 1, tokens[open - 1].lower == ",", tokens[open - 2].tag == .noun,
              tokens[open - 1].sentence == tokens[open].sentence, paragraphOf(open - 1) == paragraphOf(open) else { return false }
        let first = sentenceFirst[tokens[open].sentence]
        var words = 0
        var verbs = 0
        var k = open - 2
        while k >= first, paragraphOf(k) == paragraphOf(open) {
            let t = tokens[k]
            if let q = t.quote {
                guard isFragment(q) else { return false }
            } else if !isOpenMark(k), !isCloseMark(k) {
                if t.is(.reporting) || t.is(.quoteOnly) { return false }
                if t.isWord { words += 1 }
                if t.tag == .verb || t.tag == .aux { verbs += 1 }
            }
            if t.tag == .sconj, k == first || tokens[k - 1].lower == "," { return false }
            k -= 1
        }
        return words >= Self.minApposingWords && verbs > 0
    }

    /// The statement a quote with no cue continues: the latest statement before it in the same
    /// paragraph, or in the previous paragraph when nothing stands between.
    func continuationSource(for i: Int, in all: [Candidate]) -> Int? {
        guard i > 0 else { return nil }
        let here = document.paragraphIndex(at: all[i].span.start)
        var k = i - 1
        while k >= 0, i - k <= Self.maxContinuationLookback {
            let c = all[k]
            if c.span.end > all[i].span.start { k -= 1; continue }
            let p = document.paragraphIndex(at: c.span.start)
            guard p >= here - 1 else { return nil }
            if c.rule != .unattributed { return quoteWhoseCueHolds(k, in: all) ?? statementHolding(k, in: all) ?? k }
            k -= 1
        }
        return nil
    }

    /// Most earlier statements read back for one that holds statement `k` whole.
    static let maxHoldingLookback = 3

    /// The statement that holds statement `k` whole, when there is one: in
    /// `Friends mocked him, calling Trump “a buffoon,” Sue said. “…”` the label sits inside Sue's
    /// statement, and the next quote goes on with Sue, the speaker of the sentence, not with the
    /// friends whose word was quoted.
    func statementHolding(_ k: Int, in all: [Candidate]) -> Int? {
        let inner = all[k].span
        var j = k - 1
        while j >= 0, k - j <= Self.maxHoldingLookback {
            let c = all[j]
            if c.rule != .unattributed, c.cue != nil, c.span.start <= inner.start, c.span.end >= inner.end {
                return j
            }
            j -= 1
        }
        return nil
    }

    /// The quotation whose cue sentence holds reported statement `k`, when there is one: in
    /// `“…,” said Cobb, who said that B. “…”` and `“…,” Trump said, after rivals declared C. “…”`
    /// the next quote goes on with the quotation's speaker, not with a clause inside its cue.
    func quoteWhoseCueHolds(_ k: Int, in all: [Candidate]) -> Int? {
        guard all[k].kind != .direct else { return nil }
        let sentence = tokens[firstToken(atOrAfter: all[k].span.start)].sentence
        var j = k - 1
        while j >= 0, k - j <= 3 {
            let c = all[j]
            if c.kind == .direct, c.rule != .unattributed, let cue = c.cue, tokens[cue.lowerBound].sentence == sentence,
               c.span.end <= all[k].span.start {
                return j
            }
            j -= 1
        }
        return nil
    }
}
