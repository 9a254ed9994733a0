import WhosaidSyntax

/// Stage 3, third: a sentence ending in a colon right before the quotation names its speaker: the
/// author after `a quote by`, else the subject of the reporting verb nearest the colon
/// (``colonSentenceCueSpeaker(colon:first:)``), else the person named last with a verb after
/// them, else the sentence's subject. Not for a fragment.
///
///     At the hearing, Nora Vance went further: “Tear it down.”              → Nora Vance
///     The engineers summed up their findings: “The dam will fail.”          → The engineers
///     She ended with a line by Mark Twain: “Whiskey is for drinking.”       → Mark Twain
///     When the dam failed, Mayor Ortiz released a statement: “We grieve.”  → Mayor Ortiz
struct ColonSieve: LeftoverQuoteSieve {
    /// Forms of "be" that may stand between a noun of saying and the colon (`her answer was:`).
    static let copulaForms: WordSet = ["was", "is", "were", "are"]

    var name: String { "colon" }
    var rules: Set<AttributionRule> { [.sentenceCue] }
    func attribute(_ quote: LeftoverQuote, among all: [Candidate], in a: Attributor) -> Candidate? {
        guard !quote.isFragment else { return nil }
        return a.introducedByColon(quote: quote.quote) ?? a.introducedByInitialCue(quote: quote.quote)
            ?? a.introducedByCommaAfterClause(quote: quote.quote)
    }
}

extension Attributor {
    /// `Earlier, Ruiz shared her worry with donors, “I do not know who will show up.”`: a quote
    /// that no cue took, after a comma that ends a clause with a verb of its own, and that closes
    /// the sentence: the clause's subject speaks it, as after a colon, rather than whoever spoke
    /// the quote before (a continuation). The clause holds no other quote and no reporting verb
    /// (a reporting verb's cue sieves decide about its quotes); a pronoun subject is resolved.
    /// Not a title or a quote of fewer than ``minCommaClauseQuoteWords`` words.
    /// The fewest words of a quote after a clause's comma: a shorter one is a title or a slogan
    /// more often than what the subject said (`…, “Trainwreck.”`).
    static let minCommaClauseQuoteWords = 4

    func introducedByCommaAfterClause(quote qi: Int) -> Candidate? {
        let open = openToken[qi], close = closeToken[qi]
        guard open > 1, tokens[open - 1].lower == ",", tokens[open - 1].quote == nil, !isTitleLike(qi),
              wordCount(quotes[qi].content) >= Self.minCommaClauseQuoteWords else { return nil }
        let si = tokens[open - 1].sentence
        var first = max(sentenceFirst[si], 0)
        guard open - 1 - first <= maxSentenceCueDistance else { return nil }
        // "After Brown criticized him, Lee shot back, “…”": the main clause after a fronted
        // subordinate clause (whose own cue reports that clause) is the one the quote follows.
        if opensAdjunctClause(at: first, before: open - 1), let comma = counts.firstClauseComma(first, open - 2), comma + 1 < open - 1 {
            first = comma + 1
        }
        // The quote closes its sentence: nothing but a full stop after it.
        if close + 1 < tokens.count, tokens[close + 1].sentence == tokens[close].sentence, tokens[close + 1].quote == nil {
            guard tokens[close + 1].lower.isOne(of: ".", "!", "?"),
                  close + 2 >= tokens.count || tokens[close + 2].sentence != tokens[close + 1].sentence else { return nil }
        }
        var finiteVerb = false
        for k in first..<(open - 1) {
            guard tokens[k].quote == nil, !tokens[k].is(.reporting) else { return nil }
            if tokens[k].tag == .verb, !Lexicon.isGerund(tokens[k].lower) { finiteVerb = true }
        }
        guard finiteVerb, let m = sentenceSubject(first: first, before: open - 1) else { return nil }
        return Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: m, rule: .sentenceCue, confidence: 0.55, quote: qi)
    }
}

extension Attributor {
    /// Nouns for quoted words whose author follows with `by`, `from` or `of` (`a quote by Edison:`).
    static let quotationNouns = WordSet(quotationNounList)
    static let quotationNounList: Set<String> = ["quote", "quotation", "words", "saying", "line", "remark", "motto", "maxim", "dictum"]

    /// Nouns for a statement whose author follows with `by` and a date before the colon
    /// (`this statement by Lee on June 11:`): the quotation nouns but the sayings of old
    /// (`motto`, `maxim`, `dictum`), and a post's or a claim's nouns.
    static let datedStatementNouns = WordSet(quotationNounList.subtracting(["motto", "maxim", "dictum"])
        .union(["statement", "comment", "tweet", "post", "claim"]))

    /// Most tokens of the date after an author's name before a colon (`on June 11`, `in 2014`).
    static let maxAuthorDateTokens = 4

    /// The name after `by` and a noun for a statement, followed by a short date phrase (`on`/`in`
    /// and capitalised words or numbers) that runs to the colon at `colon`
    /// (`this statement by Lee on June 11:`), else nil.
    func authorBeforeDate(colon: Int, first: Int) -> SpeakerMention? {
        guard colon > first + 4, tokens[colon].lower == ":" else { return nil }
        var p = colon - 1
        while p > first, colon - p <= Self.maxAuthorDateTokens, tokens[p].quote == nil,
              tokens[p].isCapitalized || tokens[p].tag == .num || tokens[p].lower == "," { p -= 1 }
        // A date: a day, a month or a number first (`on June 11`, `in 2014`), not a place (`in Paris`).
        guard p > first + 2, p < colon - 1, tokens[p].lower.isOne(of: "on", "in"), tokens[p].quote == nil,
              Self.calendarWords.contains(tokens[p + 1].lower) || tokens[p + 1].tag == .num,
              let m = finder.phrase(endingAt: p - 1, floor: first), m.kind == .name, m.first - 2 >= first,
              tokens[m.first - 1].lower == "by", Self.datedStatementNouns.contains(tokens[m.first - 2].lower) else { return nil }
        // "Ruiz replied to the post by Cole on Friday:": a reporting verb before the noun makes
        // its own subject the speaker.
        guard !(first..<(m.first - 2)).contains(where: { tokens[$0].is(.reporting) && tokens[$0].tag == .verb }) else { return nil }
        return m
    }

    /// Nouns of saying whose possessor speaks the quote after a colon (`her father's advice:`).
    static let colonSpeechNouns: Set<String> = nounCues.union([
        "advice", "words", "message", "reply", "response", "answer", "plea", "motto", "explanation", "verdict",
        "question", "request", "demand", "instructions", "orders", "appeal", "reminder", "retort", "rebuttal",
        "post", "tweet", "email", "e-mail", "letter", "note", "memo",
    ])

    /// The most words of a complement between `be` and a colon (`was short and blunt:`).
    static let maxColonComplementWords = 3

    /// The token before `was`/`is` in a sentence ending at the colon `colon`, when only the copula
    /// stands between them or a short complement of adjectives and adverbs follows it (`Clinton's
    /// response was:`, `The union's response was swift:`), and a short prepositional phrase may
    /// stand between the noun and the copula (`Her message to voters was simple:`); nil otherwise.
    func speechNounBeforeCopula(colon: Int, first: Int) -> Int? {
        var k = colon - 1
        while k > first, colon - 1 - k < Self.maxColonComplementWords, tokens[k].quote == nil,
              isComplementWord(k) || isLoneNounComplement(k, colon: colon) { k -= 1 }
        guard k - 1 > first, ColonSieve.copulaForms.contains(tokens[k].lower) else { return nil }
        if tokens[k - 1].tag == .noun, Self.colonSpeechNouns.contains(tokens[k - 1].lower) { return k - 1 }
        // "Her message to voters was simple:": a short prepositional phrase after the noun.
        var p = k - 1
        while p > first, k - p <= Self.maxColonComplementWords + 1, tokens[p].tag != .adp, tokens[p].quote == nil, tokens[p].isWord { p -= 1 }
        guard p - 1 > first, tokens[p].tag == .adp, tokens[p - 1].tag == .noun else { return tokens[k - 1].tag == .noun ? k - 1 : nil }
        return p - 1
    }

    /// Whether token `k` is the one word between a copula and the colon and is a lower-case word
    /// the tagger read as a noun (`was firm:`, `was plain:`): adjectives that are also nouns.
    func isLoneNounComplement(_ k: Int, colon: Int) -> Bool {
        k == colon - 1 && k > 0 && tokens[k].tag == .noun && !tokens[k].isCapitalized && ColonSieve.copulaForms.contains(tokens[k - 1].lower)
    }

    /// Whether token `k` may stand in a short adjectival complement (`swift`, `short and blunt`):
    /// an adjective or adverb, or a lower-case word the tagger took for a name (`swift/PROPN`).
    func isComplementWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.isWord && !t.isCapitalized && (t.tag == .adj || t.tag == .adv || t.tag == .propn || t.lower == "and")
    }

    /// `The size of the crowd did not surprise pollster Ann Ruiz: “…”`: a person's name that
    /// closes the clause right before the colon, as its verb's object, when the sentence's
    /// subject is no one who can speak (``canSpeak(_:)``): the quote is the named person's
    /// answer. Not after a preposition (`a nod to Ann Ruiz:`), where the name is a topic, nor
    /// when a subject that can speak reports to or about the person (`The mayor thanked Ann Ruiz:`).
    func nameClosingColonClause(colon: Int, first: Int) -> SpeakerMention? {
        guard colon - 1 > first + 1, tokens[colon].lower == ":", let m = finder.phrase(endingAt: colon - 1, floor: first),
              m.kind == .name, m.actorKind == .person, m.last == colon - 1 || m.lastWithRole == colon - 1, m.first > first + 1,
              !tokens[m.first - 1].is(.preposition), tokens[m.first - 1].quote == nil,
              (first..<m.first).contains(where: { tokens[$0].tag == .verb || tokens[$0].tag == .aux }) else { return nil }
        if let s = sentenceSubject(first: first, before: m.first), s.first < m.first, canSpeak(s) { return nil }
        return m
    }

    /// Dashes that set a source's name after a heading (`Pollsters agree - Carl Bialik:`).
    static let headingDashes: Set<String> = ["-", "--", "\u{2013}", "\u{2014}"]

    /// `Pollsters agree - Carl Bialik: “…”`: a heading, a dash, and the name of the heading's
    /// source right before the colon that opens the quote: the name and the dash's position.
    /// The heading's own words (`agree`) report nothing: the source speaks.
    func headingSource(quote qi: Int) -> (SpeakerMention, Int)? {
        let open = openToken[qi]
        guard open > 2, tokens[open - 1].lower == ":", tokens[open - 1].quote == nil else { return nil }
        let first = max(sentenceFirst[tokens[open - 1].sentence], 0)
        guard open - 3 >= first, let m = finder.phrase(endingAt: open - 2, floor: first), m.kind == .name, m.first - 1 > first,
              Self.headingDashes.contains(tokens[m.first - 1].lower), m.last == open - 2 || m.lastWithRole == open - 2 else { return nil }
        return (m, m.first - 1)
    }

    /// `Said one delegate, “The voters were never with us.”`: a sentence that opens with its
    /// reporting verb, the speaker's phrase after it and a comma right before the quote (the
    /// colon form is ``introducedByColon(quote:)``'s).
    func introducedByInitialCue(quote qi: Int) -> Candidate? {
        let open = openToken[qi]
        guard open > 1, tokens[open - 1].lower == ",", tokens[open - 1].quote == nil else { return nil }
        let first = max(sentenceFirst[tokens[open - 1].sentence], 0)
        guard let m = initialCueSpeaker(first: first, endingAt: open - 2) else { return nil }
        return Candidate(span: quotes[qi].span, kind: .direct, cue: first...first, speaker: m, rule: .sentenceCue, confidence: 0.75, quote: qi)
    }

    /// The speaker of a sentence that opens with its reporting verb (`Said one delegate`), when
    /// the phrase after the verb ends at `end`, right before the colon or comma that opens the quote.
    func initialCueSpeaker(first: Int, endingAt end: Int) -> SpeakerMention? {
        guard end > first, tokens[first].isCapitalized, tokens[first].tag == .verb, tokens[first].is(.reporting),
              !Lexicon.isGerund(tokens[first].lower), let m = finder.phrase(startingAt: first + 1, ceiling: end),
              m.kind != .pronoun, m.lastWithRole == end || m.last == end else { return nil }
        return m
    }

    /// `Sanders made the following comment: “…”` — the subject of a sentence ending in a colon
    /// just before the quote (in the same paragraph or at the end of the previous one).
    func introducedByColon(quote qi: Int) -> Candidate? {
        let open = openToken[qi]
        guard open > 0, tokens[open - 1].lower == ":", tokens[open - 1].quote == nil else { return nil }
        let si = tokens[open - 1].sentence
        let first = max(sentenceFirst[si], 0)
        // "Dear Sen. Ruth Kell:": a letter's salutation names its reader, no speaker.
        if isSalutation(first: first, colon: open - 1) { return nil }
        // "Exclusive:", "Analysis:": a headline's section label, no speaker.
        if isSectionLabel(first: first, colon: open - 1) { return nil }
        // "the famous quote by Thomas Edison:", "in the words of Dr. King:": the named author.
        if open - 2 >= first, let m = finder.phrase(endingAt: open - 2, floor: first), m.kind == .name,
           m.first - 2 >= first, tokens[m.first - 1].lower.isOne(of: "by", "from", "of"),
           Self.quotationNouns.contains(tokens[m.first - 2].lower) {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: m, rule: .sentenceCue, confidence: 0.7, quote: qi)
        }
        // "how they rated this statement by Lee on June 11:": the author, then when it was said.
        if let m = authorBeforeDate(colon: open - 1, first: first) {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: m, rule: .sentenceCue, confidence: 0.7, quote: qi)
        }
        // "Pollsters agree - Carl Bialik:": a heading, a dash and the name of its source.
        if let (m, _) = headingSource(quote: qi) {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: m, rule: .sentenceCue, confidence: 0.65, quote: qi)
        }
        // "She remembered her father's advice:", "repeated the governor's warning:", "From Bush's
        // Facebook post:", "Clinton's response was:", "The union's reply was swift:": a noun of
        // saying right before the colon (or before "was" and a short complement); its possessor in 's speaks, or a possessive pronoun opening the sentence
        // (`His answer:`). (`gave his answer:` is left to the sentence's subject below, the
        // pronoun's owner most often.)
        let noun = speechNounBeforeCopula(colon: open - 1, first: first) ?? open - 2
        if noun > first, tokens[noun].tag == .noun, Self.colonSpeechNouns.contains(tokens[noun].lower),
           let owner = possessor(before: noun, floor: first, nounModifiers: true), owner.kind != .pronoun || owner.first == first {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: noun...noun, speaker: owner, rule: .sentenceCue,
                             confidence: 0.65, quote: qi)
        }
        // "From the report:", "From the governor:": the source the sentence names after "from" alone.
        if open - 2 > first, tokens[first].lower == "from", let m = finder.phrase(startingAt: first + 1, ceiling: open - 2),
           m.kind == .name || MentionFinder.documentNouns.contains(m.head) || MentionFinder.roleNouns.contains(m.head),
           m.last == open - 2 || m.lastWithRole == open - 2 {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: first...first, speaker: m, rule: .sentenceCue, confidence: 0.65, quote: qi)
        }
        // "Said one delegate:", "Said a senior Reyes aide:": the sentence opens with its cue, and
        // the phrase after it, up to the colon, speaks.
        if let m = initialCueSpeaker(first: first, endingAt: open - 2) {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: first...first, speaker: m, rule: .sentenceCue, confidence: 0.75, quote: qi)
        }
        // A reporting verb of the sentence ("…, and Breitbart News responded:").
        if let (m, v) = colonSentenceCueSpeaker(colon: open - 1, first: first) {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: v...v, speaker: m, rule: .sentenceCue, confidence: 0.7, quote: qi)
        }
        // The first person named with a verb after them ("…voters, President Obama is rolling out
        // a message:"), else the sentence's subject ("The piece used…").
        // The last such person, nearest the colon: "When Wallace died, President Clinton released
        // the following statement:" is Clinton's.
        var k = max(first, open - maxSentenceCueDistance)
        var named: SpeakerMention?
        while k < open - 1 {
            if tokens[k].isCapitalized, tokens[k].quote == nil, let m = finder.phrase(startingAt: k, ceiling: open - 2),
               m.kind == .name, m.actorKind == .person, m.lastWithRole + 1 < open - 1 {
                // The verb by its tag: "In a Fox interview, Trump went further:" is Trump's, not Fox's.
                var n = m.lastWithRole + 1
                if n + 1 < open - 1, tokens[n].tag == .adv { n += 1 }
                let next = tokens[n]
                if next.isWord, !next.isCapitalized, next.tag == .verb || next.tag == .aux { named = m }
                k = m.lastWithRole + 1
                continue
            }
            // "the Ohio Board of Elections was…": a name of anything else is read whole, so that no
            // word inside it ("Elections") passes for a person.
            if tokens[k].isCapitalized, tokens[k].quote == nil, let m = finder.phrase(startingAt: k, ceiling: open - 2),
               m.kind == .name, m.lastWithRole > k {
                k = m.lastWithRole + 1
                continue
            }
            k += 1
        }
        if let m = named {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: m, rule: .sentenceCue, confidence: 0.6, quote: qi)
        }
        // "The size of the crowd did not surprise pollster Ann Ruiz:": the person named last.
        if let m = nameClosingColonClause(colon: open - 1, first: first) {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: m, rule: .sentenceCue, confidence: 0.6, quote: qi)
        }
        guard let m = sentenceSubject(first: first, before: open - 1) else { return nil }
        return Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: m, rule: .sentenceCue, confidence: 0.6, quote: qi)
    }
}
