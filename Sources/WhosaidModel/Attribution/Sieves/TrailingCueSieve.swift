import WhosaidSyntax

/// Stage 1, first: a cue right after the quotation, in its paragraph: `“Q,” said NAME`,
/// `“Q,” NAME said`, `“Q,” NAME, ROLE, told reporters`, `“Q,” according to NAME`, `“Q” ― NAME`.
///
///     “The dam will hold,” said Nora Vance, the county engineer.   → Nora Vance
///     “We are out of money,” the treasurer told the board.          → the treasurer
///     “Yes.” He said the plan was dead.                             → nothing: a new sentence
///     Lee called it “a scam.” Ware agreed.                          → nothing: Ware answers Lee
///
/// When the quote only finishes the reporter's clause (`The levy “makes no sense,” Vance said.`)
/// the whole clause is one mixed statement.
struct TrailingCueSieve: QuoteSieve {
    var name: String { "trailing-cue" }
    var rules: Set<AttributionRule> { [.trailingCue] }
    func attribute(quote qi: Int, in a: inout Attributor) -> Candidate? { a.trailingCue(quote: qi) }
}

extension Attributor {
    /// Most words of a prepositional phrase between a speaker's name and its verb ("of the Farm Bureau").
    static let maxNamePhraseModifier = 9

    /// The statement quote `qi` makes with a cue right after it.
    mutating func trailingCue(quote qi: Int) -> Candidate? {
        let q = quotes[qi]
        let close = closeToken[qi]
        let open = openToken[qi]
        let paragraph = paragraphOf(open)
        // After the quote: `, said NAME` / `, NAME said` / `, according to NAME`.
        var j = close + 1
        if j < tokens.count, tokens[j].lower == "," { j += 1 }
        let quoteEndsSentence = endsWithSentencePunctuation(qi)
        if j < tokens.count, paragraphOf(j) == paragraph, tokens[j].quote == nil, !headsContactRelative(quote: qi, next: j) {
            let ceiling = sentenceLastToken(from: j)
            // `“Yes.” He said the plan…` starts a new statement; `“Yes.” said Ann.` and `“Yes.” ― Ann` do not.
            if let (m, cue) = trailingSpeaker(at: j, ceiling: ceiling) ?? unlistedVerbSpeaker(quote: qi, at: j, ceiling: ceiling),
               !quoteEndsSentence || cue.lowerBound < m.first || cueEndsClause(cue.upperBound, ceiling: ceiling)
                || tellsWhomOnly(cue.lowerBound, ceiling: ceiling),
               !(quoteEndsSentence && opensFramedSentence(cue: cue, speaker: m, ceiling: ceiling)),
               !(quoteEndsSentence && m.first < cue.lowerBound && answeredInNextSentence(quote: qi, cue: cue)),
               !reportsOwnClause(quote: qi, speaker: m, cue: cue, ceiling: ceiling),
               !standsBetweenLeadingCues(quote: qi, nextCue: cue), !(isTermBeforeLeadingCue(quote: qi, nextCue: cue) && reportersSubject(beforeQuote: qi) == nil) {
                for k in cue { usedCue[k] = true }
                if let clauseStart = reportersSubject(beforeQuote: qi) {
                    // `Not paying taxes “makes me smart,” Trump said`: the quote only finishes the
                    // reporter's sentence, so the whole clause is the (mixed) statement.
                    return Candidate(span: TextSpan(start: tokens[clauseStart].start, end: q.span.end), kind: .mixed, cue: cue,
                                     speaker: m, rule: .trailingCue, confidence: 0.85, quote: nil)
                }
                return Candidate(span: q.span, kind: .direct, cue: cue, speaker: m, rule: .trailingCue,
                                 confidence: m.kind == .pronoun ? 0.9 : 0.95, quote: qi)
            }
        }
        // `“…”` ⏎ `- Bernie Sanders.`: a paragraph of a dash and a name alone signs the quote
        // that is the whole paragraph before it (not a credit line after a story's last words).
        // (Not a quote whose paragraph follows a quote's: that runs on a story's quotation, and
        // the name after it is the story's credit.)
        if j == close + 1, j < tokens.count, paragraphOf(j) == paragraph + 1, open == 0 || paragraphOf(open - 1) < paragraph, Self.signatureDashes.contains(tokens[j].lower),
           !(qi > 0 && paragraphOf(closeToken[qi - 1]) == paragraph - 1) {
            let signatureEnd = sentenceLastToken(from: j)
            if let m = finder.phrase(startingAt: j + 1, ceiling: signatureEnd), m.kind == .name,
               m.lastWithRole >= signatureEnd - 1, paragraphOf(signatureEnd) == paragraph + 1 {
                return Candidate(span: q.span, kind: .direct, cue: j...j, speaker: m, rule: .trailingCue, confidence: 0.9, quote: qi)
            }
        }
        return nil
    }

    /// Whether the verb group between a speaker ending at `speakerLast` and the cue word at `v` is
    /// negated (`“…” Lopez did not respond.`, `Ortiz would never say.`): who did not speak made
    /// no quote, and the quote stays with its own speaker or none.
    func isNegated(cue v: Int, after speakerLast: Int) -> Bool {
        var b = v - 1
        while b > speakerLast, v - b <= Self.maxVerbGroupLead, [.aux, .adv, .part].contains(tokens[b].tag) || Self.cueNegations.contains(tokens[b].lower) {
            if Self.cueNegations.contains(tokens[b].lower) || tokens[b].lower.endsWith("n't") { return true }
            b -= 1
        }
        return false
    }

    /// Whether quote `qi` follows a cue of its own (`someone shouted, “Cruz,”`) and the cue after
    /// it opens the next quote (`Beck joked, “Amen!”`): each cue leads the quote after it, so the
    /// later one is not this quote's.
    /// The next cue may carry an aside first (`Beck joked, again using an accent, “Amen!”`).
    func standsBetweenLeadingCues(quote qi: Int, nextCue cue: ClosedRange<Int>) -> Bool {
        let open = openToken[qi]
        var n = cue.upperBound + 1
        if n + 1 < tokens.count, tokens[n].lower == ",", tokens[n + 1].isWord, tokens[n + 1].quote == nil {
            var k = n + 1
            while k < tokens.count, k - n <= Self.maxSubjectAsideTokens, tokens[k].isWord, tokens[k].quote == nil { k += 1 }
            if k < tokens.count, tokens[k].lower == "," { n = k }
        }
        guard open >= 2, n + 1 < tokens.count, tokens[n].lower.isOne(of: ",", ":"), tokens[n].quote == nil, isOpenMark(n + 1),
              tokens[open - 1].lower.isOne(of: ",", ":"), tokens[open - 1].quote == nil,
              tokens[open - 2].sentence == tokens[open].sentence else { return false }
        return isCueVerb(open - 2, besideQuote: true)
    }

    /// Whether quote `qi` is a term of the reporter's sentence (`About his “protégé” he wrote,
    /// “He has been…”`): it ends on a word, with no punctuation of its own and none after it, and
    /// the cue after it opens the next quote with a comma or colon, so the cue leads that quote.
    /// A quote that ends its clause carries its comma or stop (`“We lost,” he said, “and…”`); one
    /// that finishes a reporter's clause (`Conceding a deal “down the line” he warned: “…”`) is
    /// still that clause's mixed statement (the caller asks).
    func isTermBeforeLeadingCue(quote qi: Int, nextCue cue: ClosedRange<Int>) -> Bool {
        let close = closeToken[qi]
        let n = cue.upperBound + 1
        guard close > openToken[qi] + 1, tokens[close - 1].isWord, close + 1 < tokens.count, tokens[close + 1].isWord,
              n + 1 < tokens.count, tokens[n].lower.isOne(of: ",", ":"), tokens[n].quote == nil else { return false }
        return isOpenMark(n + 1)
    }

    /// Whether the words after quote `qi` are a speaker and a cue that leads the next quote while
    /// `qi` has a cue of its own before it (``standsBetweenLeadingCues(quote:nextCue:)``): the
    /// quote ends its clause there though its sentence goes on.
    func leadsIntoNextCue(quote qi: Int) -> Bool {
        let close = closeToken[qi]
        var j = close + 1
        if j < tokens.count, tokens[j].lower == "," { j += 1 }
        guard j < tokens.count, tokens[j].quote == nil, paragraphOf(j) == paragraphOf(close),
              let (_, cue) = trailingSpeaker(at: j, ceiling: sentenceLastToken(from: j)) else { return false }
        return standsBetweenLeadingCues(quote: qi, nextCue: cue)
    }

    /// Whether quote `qi` is a noun inside the reporter's noun phrase, a relative clause without
    /// its pronoun right after it (`The four “loopholes” he cited are…`, `the “reforms” she
    /// promised`): a determiner or number opens the phrase before the mark and no punctuation
    /// closes the quote, so the cue after it is the relative clause's verb, not the quote's.
    func headsContactRelative(quote qi: Int, next j: Int) -> Bool {
        let open = openToken[qi]
        // The comma may stand inside the marks (`a “change agent,” Cole said`): the quote still ends its clause.
        let close = closeToken[qi]
        guard j == close + 1, open > 0, close - 1 > open, tokens[close - 1].isWord, tokens[open - 1].quote == nil,
              tokens[open - 1].sentence == tokens[open].sentence else { return false }
        let before = tokens[open - 1]
        return before.tag == .det || before.tag == .num
    }

    /// Prepositions that open a cue's place or medium (`states in the report`, `read on the sign`).
    static let clauseFinalCuePrepositions: WordSet = ["in", "on", "at", "via"]

    /// Dashes that set a name after a quotation as its signature (`“…” ― Ann Lowe`).
    static let signatureDashes: Set<String> = ["\u{2015}", "\u{2014}", "--", "-", "\u{2013}"]

    /// Whether a quote inside its sentence (`Lee, citing “the magic of the race,” said the
    /// candidate could win`, `To chants of “Four more years!” the senator said his campaign…`) is
    /// followed by a subject and a cue whose verb reports a clause or takes an object of its own:
    /// that is what the speaker said, and the quote belongs to the words before it.
    func reportsOwnClause(quote qi: Int, speaker m: SpeakerMention, cue: ClosedRange<Int>, ceiling: Int) -> Bool {
        let open = openToken[qi]
        let first = sentenceFirst[tokens[open].sentence]
        guard open > first, tokens[open - 1].isWord || tokens[open - 1].lower == ",", tokens[open - 1].quote == nil else { return false }
        // "…,” said the candidate could win": the phrase after the verb is its clause's subject.
        if m.first > cue.lowerBound {
            let n = m.lastWithRole + 1
            return n <= ceiling && tokens[n].quote == nil && (tokens[n].tag == .aux || tokens[n].tag == .verb && !Lexicon.isGerund(tokens[n].lower))
        }
        let after = cue.upperBound + 1
        if startsFiniteClause(at: after, last: ceiling) { return true }
        // "…,” he also accuses it of stealing jobs": the verb's own object follows (not a time
        // word, `said Tuesday`, nor the addressee alone, `told CNN.`).
        guard after <= ceiling, tokens[after].isWord, tokens[after].quote == nil,
              [.pron, .det, .noun, .propn].contains(tokens[after].tag), !tokens[after].is(.timeWord),
              !Self.timeExpressionWords.contains(tokens[after].lower), !isTimeNounPhrase(from: after, last: ceiling),
              !tellsWhomOnly(cue.lowerBound, ceiling: ceiling) else { return false }
        return true
    }

    /// Whether the `according to` cue after a quote that ends its sentence frames the next
    /// sentence instead (`“…much.” According to F.A.A. records, the plane has flown…`): a comma
    /// after its source, and a clause of its own after that (not a role: `According to Ana
    /// Ruiz, a spokeswoman.` still signs the quote).
    func opensFramedSentence(cue: ClosedRange<Int>, speaker m: SpeakerMention, ceiling: Int) -> Bool {
        let after = m.last + 1
        return tokens[cue.lowerBound].lower == "according" && after + 1 <= ceiling && tokens[after].lower == ","
            && startsFiniteClause(at: after + 1, last: ceiling)
    }

    /// A speaker and cue starting at token `j` after a quote.
    func trailingSpeaker(at j: Int, ceiling: Int) -> (SpeakerMention, ClosedRange<Int>)? {
        guard j <= ceiling else { return nil }
        let w = tokens[j].lower
        if w == "according", j + 1 <= ceiling, tokens[j + 1].lower == "to",
           let m = finder.phrase(startingAt: j + 2, ceiling: ceiling), m.kind != .pronoun {
            return (m, j...(j + 1))
        }
        if let r = utteranceNounCue(at: j, ceiling: ceiling) { return r }
        // `“…” ― Ariana Huichapa`: a dash and a name closing the paragraph.
        if Self.signatureDashes.contains(w), let m = finder.phrase(startingAt: j + 1, ceiling: ceiling),
           m.kind == .name, m.lastWithRole >= ceiling - 1 {
            return (m, j...j)
        }
        if isCueVerb(j, besideQuote: true), !finder.isFunctionFormSurname(j) || j + 1 > ceiling || !isCueVerb(j + 1, besideQuote: true) {
            // "“…,” promising the club will return": a participle's noun phrase is its object, never an inverted subject.
            if Lexicon.isGerund(tokens[j].lower) { return nil }
            if let m = finder.phrase(startingAt: j + 1, ceiling: ceiling), m.kind != .description || m.first > j {
                return (m, cueRange(j, upTo: ceiling))
            }
            return nil
        }
        guard var m = finder.phrase(startingAt: j, ceiling: ceiling) else { return nil }
        // "“Thank you,” the sign read.": a cue beside a quote that closes the clause, read as the
        // phrase's last noun, is its verb (`“…,” the lawsuit states in its opening page.` too).
        let l = m.last
        if l > j + 1, l == m.lastWithRole, !tokens[l].isCapitalized,
           tokens[l].is(.quoteOnly) || tokens[l].is(.reporting) || Lexicon.clauseFinalCueForms.contains(tokens[l].lower),
           closesCueClause(after: l, ceiling: ceiling),
           let shorter = finder.phrase(startingAt: j, ceiling: l - 1), shorter.lastWithRole == l - 1 {
            m = shorter
            if isClauseFinalStateCue(l, ceiling: ceiling) { return (m, cueRange(l, upTo: ceiling)) }
        }
        var v = m.lastWithRole + 1
        // "Eastland, wearing a “Ted Cruz” hat, said": a "role" that a quote cuts short after a
        // participle is the participle's aside, read below.
        if m.lastWithRole > m.last, isOpenMark(v) || isOpenMark(m.lastWithRole), m.last + 2 <= ceiling, tokens[m.last + 1].lower == ",",
           tokens[m.last + 2].tag == .verb, Lexicon.isGerund(tokens[m.last + 2].lower) {
            m.lastWithRole = m.last
            m.role = nil
            v = m.last + 1
        }
        // "“Go!” The mayor's sister, Ann Lowe, shouted.": the finder gives the name apposed to the
        // description (it starts after `j`); its closing comma stands before the verb as a role's does.
        // So does the comma closing a campus (`the University of California, Berkeley, said`).
        if v <= ceiling, tokens[v].lower == ",", m.lastWithRole > m.last || m.first > j || finder.closesCampus(commaAt: v, floor: j) { v += 1 }
        // "Blunt, after a long pause, said", "Eastland, wearing a cowboy hat, said": a short aside
        // between the speaker and the verb.
        let participle = v + 1 <= ceiling && tokens[v + 1].tag == .verb && Lexicon.isGerund(tokens[v + 1].lower)
        if m.lastWithRole == m.last, v + 2 <= ceiling, tokens[v].lower == ",",
           tokens[v + 1].is(.preposition) || tokens[v + 1].isLyAdverb || participle {
            var k = v + 1
            // "Bill Eastland, wearing “Ted Cruz” pins, said": the aside may quote.
            while k <= ceiling, k - v <= (participle ? Self.maxSubjectAsideTokens : 7), tokens[k].lower != "," || tokens[k].quote != nil { k += 1 }
            if k + 1 <= ceiling, tokens[k].lower == ",", tokens[k + 1].is(.reporting) || tokens[k + 1].is(.quoteOnly) { v = k + 1 }
        }
        // "“…,” Katie Lowe, who chairs the fund, said": a relative clause between the speaker and
        // the verb, its closing comma perhaps left out.
        if m.lastWithRole == m.last, v + 2 <= ceiling, tokens[v].lower == ",", tokens[v + 1].lower == "who", let verb = verbAfterRelativeClause(who: v + 1, ceiling: ceiling) {
            v = verb
        }
        // "Ms. Cole of the Farm Bureau said": a name's prepositional phrase before the verb.
        if m.kind == .name, v <= ceiling, tokens[v].lower.isOne(of: "of", "from", "at", "with") {
            var k = v + 1
            while k <= ceiling, k - v <= Self.maxNamePhraseModifier, tokens[k].isWord, tokens[k].quote == nil, !isCueVerb(k, besideQuote: true) { k += 1 }
            if k <= ceiling, k > v + 1, isCueVerb(k, besideQuote: true) { v = k }
        }
        while v <= ceiling, tokens[v].is(.verbModifier) { v += 1 }
        // "“…,” residents told to evacuate said.": a reduced passive and its infinitive's phrase
        // stand between the speaker and the verb.
        if v <= ceiling, isReducedControlPassive(v), let verb = verbAfterControlPassive(v, ceiling: ceiling) { v = verb }
        // "“…,” Reyes was heard telling supporters.": a perception passive's subject speaks.
        if let g = participleAfterPerceptionPassive(at: v, ceiling: ceiling), !isNegated(cue: g, after: m.lastWithRole) {
            return (m, cueRange(g, upTo: ceiling))
        }
        // "“…,” Reyes was quoted as saying.": the passive's subject speaks through the participle.
        if let g = participleAfterQuotedAs(at: v, ceiling: ceiling), !isNegated(cue: g, after: m.lastWithRole) {
            return (m, cueRange(g, upTo: ceiling))
        }
        // "“We will win,” the mayor kept saying.": the aspectual verb's subject speaks.
        if let g = gerundAfterAspectualVerb(at: v, ceiling: ceiling), !isNegated(cue: v, after: m.lastWithRole) {
            return (m, v...cueRange(g, upTo: ceiling).upperBound)
        }
        // "“Lock your doors,” residents were told.": a passive cue's subject is the addressee.
        // "“…” Lopez did not respond.": who did not speak made no quote.
        guard v <= ceiling, isCueVerb(v, besideQuote: true) || isClauseFinalStateCue(v, ceiling: ceiling), !Lexicon.isGerund(tokens[v].lower), !isPassive(v, first: m.first),
              !isNegated(cue: v, after: m.lastWithRole), !(isModifierQuote(before: j) && hasPassiveAgent(cue: v, ceiling: ceiling)) else { return nil }
        return (m, cueRange(v, upTo: ceiling))
    }

    /// The reporting participle of a quoting passive that starts at `v` (`was quoted as saying`,
    /// `quoted as telling`): a passive auxiliary unless the verb group skipped it, one of
    /// ``asReportingVerbs``, `as` and a reporting participle. Nil for any other shape (`was
    /// described as a liar`).
    func participleAfterQuotedAs(at v: Int, ceiling: Int) -> Int? {
        var p = v
        if p <= ceiling, Self.passiveAuxiliaries.contains(tokens[p].lower) { p += 1 }
        guard p + 2 <= ceiling, p > v || p > 0 && Self.passiveAuxiliaries.contains(tokens[p - 1].lower),
              Self.asReportingVerbs.contains(tokens[p].lower), tokens[p + 1].lower == "as",
              Lexicon.isGerund(tokens[p + 2].lower), tokens[p + 2].is(.reporting), isCueVerb(p + 2, besideQuote: true)
        else { return nil }
        return p + 2
    }

    /// The reporting participle after a perception passive whose participle stands at `v`
    /// (`was heard saying`, `could be heard telling`, `was caught on tape boasting`), or nil.
    func participleAfterPerceptionPassive(at v: Int, ceiling: Int) -> Int? {
        guard v <= ceiling, v > 0, Self.perceptionParticiples.contains(tokens[v].lower) else { return nil }
        var g = v + 1
        // "caught on tape", "captured on a hot mic": the medium between.
        if g <= ceiling, tokens[g].lower == "on" {
            var k = g + 1
            while k <= ceiling, k - g <= Self.maxRecordingMediumModifiers + 1, !Self.recordingMediumWords.contains(tokens[k].lower),
                  tokens[k].isWord { k += 1 }
            guard k <= ceiling, Self.recordingMediumWords.contains(tokens[k].lower) else { return nil }
            g = k + 1
        }
        // A verb of reporting, not one a quote may only stand beside (`was filmed reading from a sign`).
        guard g <= ceiling, perceptionPassiveStart(endingAt: g - 1, floor: v - 1) == v, Lexicon.isGerund(tokens[g].lower),
              tokens[g].is(.reporting), isCueVerb(g, besideQuote: true) else { return nil }
        return g
    }

    /// Whether the quote closing right before token `j` ends with a word, no mark of its own
    /// (`“poison pill” measures`): a quoted modifier inside a noun phrase, not a quotation a
    /// cue follows (`“We won,” he said`).
    func isModifierQuote(before j: Int) -> Bool {
        j >= 2 && isCloseMark(j - 1) && tokens[j - 2].isWord
    }

    /// Whether the cue word at `v` is a participle with a `by` agent after it (`“poison pill”
    /// measures added by Republicans`): after a quoted modifier, a reduced passive relative of
    /// the noun before it, whose noun is no speaker. `by` with a means of speaking (`said by
    /// phone`) is no agent.
    func hasPassiveAgent(cue v: Int, ceiling: Int) -> Bool {
        guard v + 2 <= ceiling, tokens[v + 1].lower == "by", tokens[v + 2].quote == nil else { return false }
        return !Self.meansOfSpeaking.contains(tokens[v + 2].lower)
    }

    /// The cue verb after the relative clause opened by `who` at `w` (`who chairs the fund, said`,
    /// `who is chairman of the fund said`): the clause holds a finite verb of its own and ends
    /// at a comma before the cue, or at a noun right before it; nil when no cue follows.
    func verbAfterRelativeClause(who w: Int, ceiling: Int) -> Int? {
        var k = w + 2
        while k <= ceiling, k - w <= MentionFinder.maxRelativeClauseLength, tokens[k].quote == nil, !isOpenMark(k),
              !tokens[k].lower.isOne(of: ".", ";", ":", "!", "?") {
            let closed = tokens[k].lower == "," && k + 1 <= ceiling && tokens[k + 1].quote == nil
            let cue = closed ? k + 1 : k
            if isCueVerb(cue, besideQuote: true), !Lexicon.isGerund(tokens[cue].lower), holdsFiniteVerb(w + 1, k - 1),
               closed || tokens[k - 1].tag == .noun || tokens[k - 1].tag == .propn {
                return cue
            }
            k += 1
        }
        return nil
    }

    /// Whether `state(s)` at `l`, in lower case outside quotes, closes a cue clause after a quote
    /// (``Lexicon/clauseFinalCueForms``): `“…,” the lawsuit states.`
    func isClauseFinalStateCue(_ l: Int, ceiling: Int) -> Bool {
        l <= ceiling && Lexicon.clauseFinalCueForms.contains(tokens[l].lower) && tokens[l].quote == nil && !tokens[l].isCapitalized
            && closesCueClause(after: l, ceiling: ceiling)
    }

    /// Whether the word at `l` ends a short cue clause: the sentence or clause ends after it, or
    /// a place or medium follows (`states in the report`).
    func closesCueClause(after l: Int, ceiling: Int) -> Bool {
        l == ceiling || tokens[l + 1].lower.isOne(of: ".", ",", "!", "?", ";") || Self.clauseFinalCuePrepositions.contains(tokens[l + 1].lower)
    }

    /// Whether the cue ending at `last` ends its clause (`“Yes.” He said.` but not `“Yes.” He said the plan…`).
    /// An adverbial clause after the cue (`“Yes!” Pruett said as she left.`) ends it too, unless a
    /// `that` further on shows a reported clause (`He said after the vote that…`).
    func cueEndsClause(_ last: Int, ceiling: Int) -> Bool {
        let n = last + 1
        // `“Eat.” He answered, “No.”`: a cue whose comma or colon opens the next quote leads that
        // one; the sentence before stays no part of it.
        if n + 1 < tokens.count, tokens[n].lower.isOne(of: ",", ":"), isOpenMark(n + 1) { return false }
        if n > ceiling || tokens[n].lower.isOne(of: ".", ",", "!", "?", ";", ":") || tokens[n].quote != nil || isOpenMark(n) {
            return true
        }
        // "“Why?” Lichtman said about McCain's effort to…": what the words were about, not a clause.
        let topic = Self.topicPrepositions.contains(tokens[n].lower) && !topicHoldsClause(n + 1, ceiling)
        return (Self.adjunctClauseOpeners.contains(tokens[n].lower) || topic || isMannerOrPlaceTail(n, ceiling: ceiling))
            && !(n...ceiling).contains { tokens[$0].lower == "that" }
    }

    /// Whether the words `n...ceiling` after a cue are a short tail of manner, time, place or means and
    /// nothing else (`“How are you?” Lowe said pleasantly into the phone.`, `…said into the
    /// microphone.`): an adverb or a preposition first, no quote and no finite verb in it, so no
    /// reported clause can follow the cue. An adverb standing for a clause (`said so`) is none.
    func isMannerOrPlaceTail(_ n: Int, ceiling: Int) -> Bool {
        guard ceiling - n < Self.maxMannerTailTokens, tokens[n].tag == .adv || tokens[n].tag == .adp || Self.timeTailOpeners.contains(tokens[n].lower),
              tokens[n].quote == nil,
              !Self.proFormAdverbs.contains(tokens[n].lower) else { return false }
        return !(n...ceiling).contains { tokens[$0].quote != nil || isOpenMark($0) } && !holdsFiniteVerb(n, ceiling)
    }

    /// Words of time that open a cue's tail as an adverb does (`“Why?” Lowe said Monday.`, `…said
    /// last week in a speech.`).
    static let timeTailOpeners: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "last",
    ]

    /// Adverbs that stand for a reported clause (`Vance said so.`): the cue's own object, which
    /// points back to a statement, not at the quote before it.
    static let proFormAdverbs: WordSet = ["so", "otherwise", "likewise", "differently"]

    /// Most tokens of a tail of manner, place or means after a cue (``isMannerOrPlaceTail(_:ceiling:)``).
    static let maxMannerTailTokens = 8

    /// Whether the words `a...b` after a cue's topic preposition hold a clause of their own (`said
    /// of the plan it would fail`): a finite verb, not an infinitive after `to` (`said about his
    /// effort to play down his ties`). Only the first ``maxTopicScanTokens`` are read word by word;
    /// past them any finite verb counts, so a long sentence costs constant time here.
    func topicHoldsClause(_ a: Int, _ b: Int) -> Bool {
        let scanned = min(b, a + Self.maxTopicScanTokens - 1)
        if scanned < b, holdsFiniteVerb(scanned + 1, b) { return true }
        var k = a
        while k <= scanned {
            if holdsFiniteVerb(k, k), !(k > a && tokens[k - 1].lower == "to" && tokens[k].tag == .verb) { return true }
            k += 1
        }
        return false
    }

    /// Most words after a cue's topic preposition read one by one (``topicHoldsClause(_:_:)``).
    static let maxTopicScanTokens = 24

    /// Prepositions that give the topic of a cue (`said of the plan`, `said about the vote`).
    static let topicPrepositions: WordSet = ["of", "about"]

    /// Subordinators that open a time or manner adjunct after a cue, never its reported clause.
    static let adjunctClauseOpeners: WordSet = ["as", "while", "when", "before", "after"]

    /// Verbs a quoted predicate starts with when its subject stands outside the quote.
    static let predicateOpeners: WordSet = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "does", "did", "do", "makes", "made", "saw", "sees", "remains",
        "seems", "appears", "needs", "wants", "takes", "gets", "got", "became", "becomes", "isn't", "wasn't",
        "won't", "can't", "doesn't", "didn't", "hasn't", "haven't",
    ]

    /// When quote `qi` starts with a verb whose subject is the reporter's words before it in the
    /// same sentence (`The country “has made changes,”`), the first token of that sentence.
    func reportersSubject(beforeQuote qi: Int) -> Int? {
        let open = openToken[qi]
        let first = reportersClauseStart(beforeQuote: qi)
        guard open > first, tokens[open - 1].isWord || tokens[open - 1].lower == ",", tokens[open - 1].quote == nil else { return nil }
        let k = open + 1
        guard k < tokens.count, tokens[k].quote == qi, tokens[k].isWord, !tokens[k].isCapitalized else { return nil }
        let w = tokens[k].lower
        if Self.predicateOpeners.contains(w) || w.endsWith("ed") && w.count > 4 {
            // "Mrs. Lowe, with her years on the board, “is seen as…”": the subject's aside closes
            // at the comma before the quote (``closesSubjectAside(before:first:)``).
            return tokens[open - 1].isWord || closesSubjectAside(before: open, first: first) ? first : nil
        }
        // "The answers are “not meeting the demand,” he said": a quote opening in lower case
        // finishes the reporter's clause, which already holds its verb; after an introductory
        // phrase (`With thousands of systems, “there is no…”`) it is the clause itself.
        // A short introduction (`In this election, “resources don't…”`) stands outside the
        // speaker's words: the quote alone is direct.
        let introduction = !holdsFiniteVerb(first, open - 1) && tokens[open - 1].lower == ","
        guard !opensCapitalised(qi), holdsFiniteVerb(first, open - 1) || introduction,
              !introduction || wordCount(TextSpan(start: tokens[first].start, end: tokens[open - 1].end), upTo: Self.maxOutsideIntroductionWords + 1)
                > Self.maxOutsideIntroductionWords else { return nil }
        // "The envoy is “a villain, a crazy person,” she says": a noun phrase the copula names is
        // the speaker's own words, a direct quote (the seed's reading, kept).
        if Self.copulas.contains(tokens[open - 1].lower), tokens[k].tag == .det { return nil }
        return first
    }

    /// Where the reporter's clause before quote `qi` can start: the sentence's first token, or
    /// after an earlier quote's cue in the sentence (`Taxes are “a scam,” Lee said, and spending is
    /// “out of control,” Ruiz said`: Ruiz's clause is `spending is…`), past its comma and
    /// coordinator. Only the words since the previous quote are read, so a sentence of many quotes
    /// costs linear time and each statement keeps its own size.
    func reportersClauseStart(beforeQuote qi: Int) -> Int {
        let open = openToken[qi]
        let first = max(sentenceFirst[tokens[open].sentence], 0)
        guard qi > 0, closeToken[qi - 1] >= first, closeToken[qi - 1] < open else { return first }
        var k = open - 1
        while k > closeToken[qi - 1], !usedCue[k] { k -= 1 }
        guard usedCue[k] else { return first }
        // Past the cue's words and its speaker up to the comma, then a coordinator.
        var s = k + 1
        while s < open, tokens[s].lower != "," { s += 1 }
        while s < open, tokens[s].lower == "," || Self.clauseCoordinators.contains(tokens[s].lower) { s += 1 }
        return s < open ? s : first
    }

    /// Most words of an introduction before a lower-case quote that stays outside the statement
    /// (`As for complexity,`); a longer one (`With thousands of vote counting systems,`) makes
    /// the sentence one mixed statement, as news annotation reads it.
    static let maxOutsideIntroductionWords = 5

    /// Forms of `be` that link a subject to a predicate noun phrase.
    static let copulas: WordSet = ["is", "are", "was", "were", "be", "been", "'s", "'re"]
}
