import WhosaidSyntax

/// Stage 3, first: a cue elsewhere in the quotation's sentence and paragraph, the nearest one with
/// a speaker (its subject, a participle's sentence subject, or an inverted subject). A fragment
/// takes only a cue that closes the sentence after it.
///
///     Vance, who runs the dam, has warned for years that “the spillway is too small.”  → Vance
///     The levy is a “tax on renters” in all but name, Mayor Ortiz told the council.   → Ortiz
struct SentenceCueSieve: LeftoverQuoteSieve {
    var name: String { "sentence-cue" }
    var rules: Set<AttributionRule> { [.sentenceCue] }
    func attribute(_ quote: LeftoverQuote, among all: [Candidate], in a: Attributor) -> Candidate? {
        a.sentenceCue(quote: quote.quote, onlyAfter: quote.isFragment)
    }
}

extension Attributor {
    /// A cue elsewhere in the quote's sentence; `onlyAfter` limits it to cues after the quote.
    func sentenceCue(quote qi: Int, onlyAfter: Bool) -> Candidate? {
        let open = openToken[qi]
        let close = closeToken[qi]
        let first = max(sentenceFirst[tokens[open].sentence], 0)
        let last = sentenceLastToken(from: close)
        var best: (Int, Candidate)?
        let parentheses = enclosingParentheses(quote: qi)
        // "Analysts agree - Ana Ruiz: “…”": a heading's verb before the dash reports nothing.
        // "…how the site rated this statement by Lee on June 11: “…”": the author named before
        // the colon speaks, not a cue of the sentence before the author.
        let headingDash = headingSource(quote: qi)?.1
            ?? (open > 0 ? authorBeforeDate(colon: open - 1, first: first)?.first : nil)
        var v = max(first, open - maxSentenceCueDistance)
        while v <= min(last, close + maxSentenceCueDistance) {
            defer { v += 1 }
            if v >= open && v <= close || onlyAfter && v < open { continue }
            if let (a, b) = parentheses, v < a || v > b { continue }
            if let d = headingDash, v < d { continue }
            guard tokens[v].is(.reporting) || tokens[v].is(.quoteOnly) else { continue }  // cheap test first
            // "Said Mara Kell, …, “…”": a capitalised cue opening the sentence, its subject after it.
            let openingInversion = v == first && v + 1 < open && tokens[v].is(.reporting) && tokens[v].tag == .verb
                && !Lexicon.isGerund(tokens[v].lower) && tokens[v + 1].isCapitalized
            guard tokens[v].quote == nil, isCueVerb(v, besideQuote: true) || openingInversion, paragraphOf(v) == paragraphOf(open),
                  !followsPossessive(v, first: first) else { continue }
            // "was asked by the host, “…”": a passive cue's agent speaks; other passives name no speaker.
            // "After Brown criticized him in a debate, Lee shot back, “…”": a cue inside a fronted
            // subordinate clause that closes before the quote reports that clause, not the quote.
            if v < open, let comma = frontedClauseEnd(verb: v, first: first, last: last), comma < open - 1 { continue }
            let passive = isPassive(v, first: first)
            let agent = passive && v < open ? passiveCueAgent(v, last: open - 1) : nil
            if passive, agent == nil { continue }
            // ", saying …" and "…, tweeting, …": the speaker is the sentence's subject, else the one
            // the shared participle reader finds ("But the members congratulated him, saying, “…”").
            let participle = Lexicon.isGerund(tokens[v].lower) && v > first && tokens[v - 1].lower == ","
            // A trailing clause's subject first (`…, where tenants had gathered, chanting, “…”`).
            var m = agent != nil ? agent : participle ? trailingClauseSubject(before: v - 1, first: first)
                ?? sentenceSubject(first: first, before: v) ?? commaParticipleSubject(v, first: first)
                : Lexicon.isGerund(tokens[v].lower) ? participleSpeaker(v, first: first) ?? subject(ofVerb: v, floor: first)
                : subject(ofVerb: v, floor: first)
            // ", said NAME" after the quote, or the opening inversion.
            if m == nil, v > first && tokens[v - 1].lower == "," || openingInversion {
                m = finder.phrase(startingAt: v + 1, ceiling: last)
            }
            if m == nil, Lexicon.isGerund(tokens[v].lower) || (v > first && tokens[v - 1].lower.isOne(of: "and", "but")) {
                m = sentenceSubject(first: first, before: v)
            }
            guard let speaker = m else { continue }
            if onlyAfter {
                // A fragment takes only a cue that closes the sentence: `…a “wasteland” compared to
                // the South, President Obama tells the United Nations.`
                guard speaker.first > first, tokens[speaker.first - 1].lower == ",", speaker.first > close,
                      last - cueRange(v, upTo: last).upperBound <= 5,
                      !(cueRange(v, upTo: last).upperBound + 1...max(last, cueRange(v, upTo: last).upperBound + 1)).contains(where: { $0 <= last && (tokens[$0].is(.reporting) || tokens[$0].lower == "that") })
                else { continue }
            }
            let distance = v < open ? open - v : v - close
            if best == nil || distance < best!.0 {
                best = (distance, Candidate(span: quotes[qi].span, kind: .direct, cue: cueRange(v, upTo: last), speaker: speaker,
                                            rule: .sentenceCue, confidence: 0.7, quote: qi))
            }
        }
        return best?.1
    }

    /// Most tokens between an opening parenthesis and the quote inside it.
    static let maxParenthesisLead = 8
    /// Most words of a parenthesised quote that glosses a term; a longer one may be the text a
    /// cue outside cites (`citing the charter (“…a whole sentence…”), she said`).
    static let maxParentheticalGlossWords = 4

    /// The parentheses around quote `qi` when it is a short gloss closing them
    /// (`enjambment (in French, “rejet”) is…`, `free markets (“Uber everything”)`): a term whose
    /// words no cue outside the parentheses reports.
    ///
    ///     A break suggested by the metre (in French, “rejet”) follows.   → no statement
    ///     The plan (“a scam,” Lowe said) passed.                         → the cue inside still counts
    func enclosingParentheses(quote qi: Int) -> (Int, Int)? {
        let open = openToken[qi]
        let close = closeToken[qi]
        guard close + 1 < tokens.count, tokens[close + 1].lower == ")",
              tokens[close + 1].sentence == tokens[close].sentence,
              wordCount(quotes[qi].content, upTo: Self.maxParentheticalGlossWords + 1) <= Self.maxParentheticalGlossWords else { return nil }
        var k = open - 1
        while k >= 0, open - k <= Self.maxParenthesisLead, tokens[k].sentence == tokens[open].sentence {
            if tokens[k].lower == "(" { return (k, close + 1) }
            if tokens[k].lower == ")" || tokens[k].quote != nil { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether a possessive in 's stands right before the word at `v` (`the governor's warning`):
    /// a noun then, whose possessor the colon sieve reads, not a verb with a subject. (After a
    /// possessive pronoun, `his warning`, the sentence's subject is most often the owner anyway.)
    func followsPossessive(_ v: Int, first: Int) -> Bool {
        guard v > first, tokens[v - 1].quote == nil else { return false }
        let w = tokens[v - 1].lower
        return w.hasSuffix("'s") || w.hasSuffix("\u{2019}s")
    }
}
