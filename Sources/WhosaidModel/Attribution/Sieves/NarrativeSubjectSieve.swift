import WhosaidSyntax

/// Stage 3, fourth: a quotation without a cue after a sentence about a named person: that person
/// speaks, not the last speaker further back. The sentence must start after the latest statement,
/// hold no quote, open with the name and have a verb (``isNarrativeSentence(first:quote:subject:)``):
/// a heading or a list of names tells nothing they did. Not for a fragment or a quote with a cue
/// after it.
///
///     Vance walked the spillway at dawn. “It will not hold another spring.”   → Vance
///     The council met at noon. “It will not hold.”                            → nothing: no person
///     WEEKEND: Vance, Lowe and Ruiz. “It will not hold.”                      → nothing: no verb
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
        let sentenceStart = sentenceFirst[si]
        guard sentenceStart >= 0 else { return nil }
        // "Asked whether it would survive, Luis Santos shrugged. “…”": the subject after an opening
        // participle clause, whose question is a statement of its own (``AgentlessSieve``).
        let first = openingParticipleClauseEnd(sentenceStart, before: open - 1).map { $0 + 1 } ?? sentenceStart
        // A title-case headline (`31 Latinos Share Their Thoughts On Trump`) names no one by its capitals.
        guard !titleCase[si], tokens[first].start >= after, paragraphOf(open) - paragraphOf(open - 1) <= 1,
              !(sentenceStart...(open - 1)).contains(where: { tokens[$0].quote != nil || isOpenMark($0) }),
              let m = sentenceSubject(first: first, before: min(open - 1, first + 8)),
              m.kind == .name, m.actorKind == .person, m.first <= first + 2,
              isNarrativeSentence(first: first, quote: qi, subject: m) else { return nil }
        return m
    }

    /// Most tokens of a participle clause opening a sentence before its subject (`Asked whether
    /// the bakery would survive,`).
    static let maxOpeningParticipleClause = 20

    /// The comma closing a participle clause that opens the sentence at `first` (`Asked about
    /// it,`, `Speaking to reporters,`), or nil when the sentence opens otherwise.
    func openingParticipleClauseEnd(_ first: Int, before end: Int) -> Int? {
        let w = tokens[first].lower
        guard tokens[first].tag == .verb, w.hasSuffix("ed") || Lexicon.isGerund(w) || Lexicon.irregularPastForms.contains(w) else { return nil }
        var k = first + 1
        while k < end, k - first <= Self.maxOpeningParticipleClause, tokens[k].quote == nil, tokens[k].lower != "," {
            if [".", ";", ":", "!", "?"].contains(tokens[k].lower) { return nil }
            k += 1
        }
        return k < end && tokens[k].lower == "," ? k : nil
    }

    /// Fewest words of a name that stands alone as its sentence before a quote (`Ann Lowe. “…”`).
    static let minLoneNameWords = 2

    /// Whether the sentence from `first` up to quote `qi` tells what `m` did: it has a verb; or it
    /// introduces the quote in the quote's own sentence with a comma (`In the words of Ann Lowe,
    /// “…”`); or it is the person's full name alone, an author line (`Ann Lowe. “A Title.”`). Not a
    /// heading or a list of names without a verb (`WEEKEND: Vance, Lowe and Ruiz.`, `Pause.`).
    func isNarrativeSentence(first: Int, quote qi: Int, subject m: SpeakerMention) -> Bool {
        let open = openToken[qi]
        if holdsFiniteVerb(first, open - 1) { return true }
        if tokens[open - 1].lower == ",", tokens[open - 1].sentence == tokens[open].sentence { return true }
        // One name, not a list (`Nora Vance, Tom Ruiz and Ann Lowe.`).
        guard m.first == first, m.last + 2 == open, tokens[m.last + 1].lower == ".",
              !(m.first...m.last).contains(where: { !tokens[$0].isWord || tokens[$0].tag == .cconj }) else { return false }
        return m.last - m.first + 1 >= Self.minLoneNameWords
    }
}
