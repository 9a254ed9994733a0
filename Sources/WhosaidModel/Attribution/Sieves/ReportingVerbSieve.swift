import WhosaidSyntax

/// Stage 2, at a reporting verb (`said`, `warned`, `called for`, `saying`): the clause it reports,
/// its speaker the verb's subject, an inverted subject, or the subject a participle shares.
///
///     Nora Vance said the dam would hold.                       → Nora Vance: "the dam would hold"
///     The dam will hold, the engineer said on Friday.           → the engineer: "The dam will hold"
///     The levy, Vance said, would fall on renters.              → two statements around the cue
///     Vance spoke for an hour, saying that the town would recover. → Vance: "the town would recover"
///     Insisting the count was fair, Vance invited observers.    → Vance: "the count was fair"
///
/// A clause that carries a quote is mixed. A passive (`was told by`), a refusal (`declined the
/// post`) or a verb that reports only a clause (`added a week`) makes none.
struct ReportingVerbSieve: CueWordSieve {
    var name: String { "reporting-verb" }
    var rules: Set<AttributionRule> { [.reportedSpeech] }
    var cueClasses: Lexicon.WordClass? { [.reporting, .phrasalReporting, .thatClauseCue, .mannerItCue] }
    func statements(at v: Int, sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> CueWordFinding? {
        a.reportingVerbStatements(at: v, sentence: si, first: first, last: last)
    }
}

extension Attributor {
    /// The statements of the reporting verb at `v` in sentence `si` (tokens `first...last`),
    /// marking the verb as a cue used when it makes one.
    mutating func reportingVerbStatements(at v: Int, sentence si: Int, first: Int, last: Int) -> CueWordFinding? {
        let classes = tokens[v].classes
        // "The report found that the agency wasted millions": a verb that reports only its
        // that-clause.
        // "The law states that…": `state` in the present, read as a verb, is one too
        // (``Lexicon/clauseFinalCueForms``; `states that border Mexico` is the noun).
        let thatCue = v + 1 <= last && tokens[v + 1].lower == "that"
            && (tokens[v].is(.quoteOnly) || isStateThatVerb(v, last: last))
            && Self.thatClauseCues.contains(tokens[v].lower) && isThatClauseCueVerb(v, first: first, last: last)
        // "As one analyst put it, …" (``isMannerItCue(_:first:last:)``).
        let mannerIt = classes.contains(.mannerItCue) && isMannerItCue(v, first: first, last: last)
        if classes.isDisjoint(with: [.reporting, .phrasalReporting]) && !thatCue && !mannerIt { return nil }
        let phrasal = classes.contains(.phrasalReporting) && particleAfter(v, last: last) != nil
        // A participle may open the sentence capitalised ("Insisting the vote was fair, …").
        let openingParticiple = v == first && Lexicon.isGerund(tokens[v].lower)
        // "It goes without saying that…": an idiom, no one's statement.
        if v >= 2, tokens[v - 1].lower == "without", Self.goForms.contains(tokens[v - 2].lower) { return nil }
        if isReducedPassive(v, first: first) || isGradedParticiple(v) || isApposedDescriptionParticiple(v, first: first) { return nil }
        guard classes.contains(.reporting) || phrasal || thatCue || mannerIt, !tokens[v].isCapitalized || openingParticiple || titleCase[si],
              !followsDeterminer(v), !followsModifiedDeterminer(v), !disagreesWithQuantifier(v), !finder.isNounBeforeReportingVerb(v), !headsSubjectOfNextVerb(v, first: first, last: last),
              !precedesAuxiliary(v, last: last) || reportsRelativeGap(verb: v, first: first, last: last) else { return nil }
        // "described it in print", "asked about them in April": a pronoun names what was said before.
        // "you can always ask the driver", "let me mention a study": a possible or wished act, no
        // report; "I urge a vote on the bill": an act done in the saying, none either; nor "Do you
        // ask for references?", a question whether one does.
        let found = reported(verb: v, first: first, last: last).filter {
            !isPronounOnlySpan($0.span, after: v, last: last) && !isSceneAdjunctOnlySpan($0.span, after: v, last: last)
                && !($0.span.start >= tokens[v].end && (isModalSpeechActOnThing(verb: v, $0, first: first, last: last)
                    || isPerformativeOnThing(verb: v, $0, first: first, last: last)
                    || isQuestionOnThing(verb: v, $0, first: first, last: last)
                    || isFeelingInfinitiveOnThing(verb: v, $0, last: last)))
        }
        guard let c = found.last else { return nil }
        // "you find that…", "one finds that…": a generic subject reports no finding.
        if thatCue, let m = c.speaker, m.first == m.last, Self.genericSubjects.contains(tokens[m.first].lower) { return nil }
        usedCue[v] = true
        return CueWordFinding(statements: found, coveredUpTo: lastToken(within: c.span, from: v, last: last))
    }
    /// Whether the verb at `v` is one of ``asReportingVerbs`` whose object is followed by `as` and
    /// a reporting participle (`cited an official as saying`): the object is the speaker, and
    /// the participle's cue reports the clause; the verb reports nothing of its own.
    func quotesObjectAsSaying(verb v: Int, last: Int) -> Bool {
        guard Self.asReportingVerbs.contains(tokens[v].lower), v + 1 <= last else { return false }
        // "cited her as saying": an object pronoun, which the finder reads as no phrase of its own.
        let pronoun = Self.objectPronouns.contains(tokens[v + 1].lower)
        guard let objectLast = pronoun ? v + 1 : finder.phrase(startingAt: v + 1, ceiling: last)?.lastWithRole else { return false }
        let after = objectLast + 1
        return after + 1 <= last && tokens[after].lower == "as" && Lexicon.isGerund(tokens[after + 1].lower) && tokens[after + 1].is(.reporting)
    }

    /// Whether the verb at `v` is a past participle straight after a subordinator (`shook her
    /// head when told of the remarks`): a passive with no subject of its own, in which the
    /// sentence's subject is the one told, not the one telling.
    func isReducedPassive(_ v: Int, first: Int) -> Bool {
        let w = tokens[v].lower
        guard v > first else { return false }
        // Not `once`, an adverb as often (`Clinton, who once praised the pact,`).
        let before = tokens[v - 1].lower
        return before != "once" && Self.participleSubordinators.contains(before) && tokens[v - 1].quote == nil
            && (w.endsWith("ed") || Lexicon.irregularPastForms.contains(w))
    }

    /// Whether the participle at `v` stands alone between commas before a finite verb (`Simon
    /// Grey, defending, said`, `Ms Reid, prosecuting, told the court`): it takes no complement.
    func isBareParticipleAside(_ v: Int, last: Int) -> Bool {
        guard v >= 1, v + 2 <= last, tokens[v - 1].lower == ",", tokens[v + 1].lower == ",", tokens[v + 1].quote == nil else { return false }
        let next = tokens[v + 2]
        return next.quote == nil && (next.tag == .verb || next.tag == .aux) && !Lexicon.isGerund(next.lower)
    }

    /// A reported statement around the reporting verb at `v` in the sentence `first...last`.
    func reported(verb v: Int, first: Int, last: Int) -> [Candidate] {
        guard let c = reportedClause(verb: v, first: first, last: last) else { return [] }
        return c.before.map { [$0, c.main] } ?? [c.main]
    }

    /// The reported clause of the verb at `v`, and for a parenthetical cue (`The museum, he said,
    /// would…`) the part before the cue as a statement of its own, as split quotes are.
    func reportedClause(verb v: Int, first: Int, last: Int) -> (main: Candidate, before: Candidate?)? {
        let w = tokens[v].lower
        // "Trump is warning voters that…": a progressive form is finite.
        // "isn't saying", "is also saying": negation and adverbs may stand between.
        var b = v - 1
        while b > first, tokens[b].tag == .adv || tokens[b].tag == .part && Self.negationParticles.contains(tokens[b].lower) { b -= 1 }
        // A pronoun fused with its "be" (`He’s claiming that…`, `they're saying`) is one token.
        let be = Lexicon.isGerund(w) && b >= first && b < v ? isProgressiveBe(b) : nil
        let gerund = Lexicon.isGerund(w) && !(be.map { b == v - 1 || $0 == .fusedWithPronoun || tokens[b].tag == .aux } == true)
        // Such a fused progressive reports only what follows it: in `it's loud, they're singing,
        // they're dancing` the words before are no one's statement.
        if be == .fusedWithPronoun, v + 1 > last || !tokens[v + 1].isWord { return nil }
        // "Simon Grey, defending, said…": a bare participle set off by commas before the finite
        // verb is the speaker's part in court, an aside; the verb after it reports.
        if gerund, isBareParticipleAside(v, last: last) { return nil }
        // The speaker: the verb's subject, an inverted subject, or the sentence's subject for
        // `…, saying CLAUSE` and `X did A but said CLAUSE`.
        var speaker: SpeakerMention?
        var inverted = false
        // `The problem, said NAME, is that…`: the comma closing an inverted parenthetical cue.
        var invertedClose: Int?
        // "was being told by the Caller", "a view echoed by many": a passive cue's subject is no speaker.
        // "was quoted as saying" reports its subject's words; "is observed as a holiday" does not.
        if !gerund, isPassive(v, first: first), !(v + 2 <= last && tokens[v + 1].lower == "as" && Lexicon.isGerund(tokens[v + 2].lower)) {
            return nil
        }
        // "could deny them mining permits": a withholding says nothing.
        if withholds(verb: v, last: last) { return nil }
        // "Reuters cited an official as saying…": the object speaks through the participle's cue.
        if quotesObjectAsSaying(verb: v, last: last) { return nil }
        // "declined that assignment": a refusal reports only a refusal to speak.
        if Self.refusalVerbs.contains(w), !(v + 2 <= last && tokens[v + 1].lower == "to" && Self.speechInfinitives.contains(tokens[v + 2].lower)) {
            return nil
        }
        if gerund, let opening = openingParticipleClause(verb: v, first: first, last: last)
            ?? frontedPrepositionalGerund(verb: v, first: first, last: last) {
            return (opening, nil)
        }
        if gerund, let m = participleSpeaker(v, first: first) {
            speaker = m
        } else if gerund {
            // "…and boldly claiming": a manner adverb may stand between the coordinator and the participle.
            let coordinator = v - 2 > first && isMannerAdverbBeforeCue(v - 1) ? v - 2 : v - 1
            if v > first, Self.listCoordinators.contains(tokens[coordinator].lower), let earlier = coordinatedParticiple(before: coordinator, first: first) {
                // "…, calling them rapists and vowing to build a wall": the first participle's subject.
                speaker = commaParticipleSubject(earlier, first: first)
            } else if let m = coordinatedStatementParticipleSpeaker(v, first: first) {
                // "…, alleging that it hid the costs, and calling…": the earlier participle's speaker.
                speaker = m
            } else {
                // The comma may close a quote first: `…was “a disgrace,” adding that…`; an adverb
                // may stand after it: `…, even suggesting that…`.
                let adverbAfterComma = v - 2 >= first && tokens[v - 2].lower == "," && tokens[v - 2].quote == nil
                    && (isAdverbBeforeParticiple(v - 1) || isMannerAdverbBeforeCue(v - 1))
                guard v > first, tokens[v - 1].lower == "," || v - 2 >= first && isCloseMark(v - 1) && tokens[v - 2].lower == "," || adverbAfterComma
                else { return nil }
                speaker = commaParticipleSubject(adverbAfterComma ? v - 1 : v, first: first)
            }
        } else if isCoordinatedInfinitive(v, first: first) {
            return nil
        } else {
            speaker = subject(ofVerb: v, floor: first)
            if speaker == nil, v > first, Self.clauseCoordinators.contains(tokens[v - 1].lower) {
                // "China, its only ally, said A and warned B": the earlier cue's subject speaks.
                speaker = firstCueSubject(first: first, before: v - 1) ?? sentenceSubject(first: first, before: v)
            }
            if speaker == nil, v - 2 > first, tokens[v - 1].lower == "then", tokens[v - 2].lower == "," {
                // "Kasich offered the man a job, then said…": a second predicate after a comma.
                speaker = firstCueSubject(first: first, before: v - 2) ?? sentenceSubject(first: first, before: v)
            }
            // "…, told Reuters.": a verb that must name its addressee has it there, not its subject.
            if speaker == nil, v > first, tokens[v - 1].lower == ",", !Self.addresseeOnlyVerbs.contains(w),
               let m = finder.phrase(startingAt: v + 1, ceiling: last) {
                // `CLAUSE, said NAME.`
                var after = m.lastWithRole + 1
                // "…, said Sen. Tom Becker of Idaho.": the speaker's home after `of`.
                if m.kind == .name, let home = homeAfterOf(after, last: last) { after = home + 1 }
                // "…, said a former aide who worked with her.": a restrictive relative clause too.
                if after > last || Self.sentenceEndMarks.contains(tokens[after].lower) || closesInvertedSpeaker(comma: after, last: last)
                    || closesWithPlacePart(comma: after, last: last)
                    || Self.invertedSpeakerRelatives.contains(tokens[after].lower) {
                    speaker = m
                    inverted = true
                } else if let close = invertedParentheticalClose(comma: after, cueComma: v - 1, first: first, last: last) {
                    speaker = m
                    inverted = true
                    invertedClose = close
                }
            }
        }
        guard let m = speaker else { return nil }
        // "Harmon recalled 200,000 vehicles": goods taken back (``isProductRecall(verb:last:)``).
        if !inverted, isProductRecall(verb: v, last: last) { return nil }
        // A description's "reports" is a compound's head ("the newspaper reports"), unless the
        // shape around it makes it the clause's verb (`The agency reports that…`), or it is the
        // subject's second predicate (`voted to strike and insists that…`, ``isCoordinatedPredicateVerb(_:first:)``).
        if Lexicon.nounLikeForms.contains(w), m.kind == .description || tokens[m.first].is(.determiner),
           !ReportingVerbTagRepair.isClauseVerb(v, tokens, first..<(last + 1)), !isCoordinatedPredicateVerb(v, first: first) { return nil }
        let cueEnd = inverted ? m.lastWithRole : cueRange(v, upTo: last).upperBound
        // `CLAUSE, NAME said.` — the verb (and its complement) end the sentence.
        var subjectStart = inverted ? v : m.first
        // "…, nurse Hal Porter said.": lower-case job words before the name open the subject.
        if !inverted, m.kind == .name {
            var s = subjectStart
            while s - 1 > first, subjectStart - s < Self.maxJobWordsBeforeName, isJobWordBeforeName(s - 1) { s -= 1 }
            if s < subjectStart, tokens[s - 1].lower == "," { subjectStart = s }
            // "…, the firm's founder, Tom Reyes, said.": a description set off by commas before
            // the name is the subject's too, not the end of the reported clause.
            if let role = apposedDescriptionBefore(name: m, subjectStart: subjectStart, first: first) { subjectStart = role }
        }
        // "Through a spokesman, he declined…": a prepositional phrase without a verb only sets the scene;
        // so does a participle's phrase ("Speaking to reporters on Monday, Reid agreed.").
        let opensWithParticiple = tokens[first].tag == .verb && Lexicon.isGerund(tokens[first].lower)
        let introductoryPhrase = (tokens[first].tag == .adp || opensWithParticiple) && subjectStart - 2 >= first && !holdsFiniteVerb(first, subjectStart - 2)
            && !holdsQuote(first, subjectStart - 2)
        // "Earlier, officials warned of delays.": a cue whose preposition takes its own complement
        // has said what it says; the words before the comma only set the time or scene.
        let ownsComplement = !inverted && cueEnd > v && Self.topicComplementVerbs.contains(w)
            && Self.topicPrepositions.contains(tokens[v + 1].lower)
        // "Now, Ruiz has responded to the remarks.": a scene of time alone before a cue with its own
        // complement (``frontsSceneBeforeOwnComplement(_:_:verb:cueEnd:)``).
        let sceneLead = !inverted && subjectStart - 2 >= first
            && frontsSceneBeforeOwnComplement(first, subjectStart - 2, verb: v, cueEnd: cueEnd)
        if invertedClose == nil, subjectStart > first, tokens[subjectStart - 1].lower == ",", !introductoryPhrase, !ownsComplement, !sceneLead,
           !opensSubordinateSegment(before: subjectStart - 1, first: first),
           inverted || !frontsApposedDescription(subject: m, verb: v, first: first),
           endsSentence(after: cueEnd, last: last) || inverted
            || opensSentenceAppositive(at: cueEnd + 1, last: last) && holdsFiniteVerb(first, subjectStart - 2)
            || endsSentenceAfterAdjunct(cueEnd, verb: v, last: last) && holdsFiniteVerb(first, subjectStart - 2)
            && !holdsQuote(first, subjectStart - 2) && !isSubordinateClauseOnly(first, comma: subjectStart - 1)
            || closesBeforeMannerParticiple(cueEnd, last: last) && holdsFiniteVerb(first, subjectStart - 2) {
            // "WASHINGTON (AP) — The committee advanced the bill, officials said.": not the dateline.
            let lead = afterDateline(first, before: subjectStart - 1)
            guard let span = clauseSpan(from: afterColon(lead, before: subjectStart - 2), to: subjectStart - 2) else { return nil }
            return (make(span, cue: v...max(v, inverted ? v : cueEnd), m, .reportedSpeech, 0.8), nil)
        }
        // `…, NAME said, CLAUSE` — a parenthetical cue; the clause runs on after it. The cue may
        // carry its adjuncts (`…, he told me on Friday, is that…`).
        if subjectStart > first, tokens[subjectStart - 1].lower == ",",
           let close = invertedClose ?? (inverted ? nil : parentheticalCueClose(after: cueEnd, verb: v, last: last)) {
            // "Thus far, the firm has refused to comment on it, Lee said.": the cue is inside Lee's
            // statement (``closesOnOuterCue(after:last:)``).
            if invertedClose == nil, closesOnOuterCue(after: close, last: last) { return nil }
            // "He had no ties, the airline added, and had passed all checks": both the words
            // before the cue and those after the coordinator are reported.
            // (Nothing may follow the cue's comma: a text may end there.)
            let coordinated = close + 1 <= last && Self.listCoordinators.contains(tokens[close + 1].lower)
            // "The levee will hold, officials said, and crews warned that…": a coordinated clause
            // with a cue of its own is that cue's, and makes no span here; the words before this
            // cue are still its statement (``coordinatedClauseHasOwnCue(after:last:)``).
            // So is one after `but`, `yet` or `while` (`…, officials said, but crews warned that…`):
            // the cue's own statement is the words before it (``ownCueClauseLinkers``).
            // (There a reporting verb inside a quotation is the quoted words': `…, Lee said, but
            // “we never ask…”` goes on with Lee's statement.)
            // Not after a description apposed to a name (`released Alan Gross, an American
            // contractor accused of spying, but…`): that is a participle's phrase, no cue.
            let apposedToName = m.kind == .description && subjectStart - 2 >= first && tokens[subjectStart - 2].tag == .propn
            let linked = !coordinated && !apposedToName && close + 1 <= last && Self.ownCueClauseLinkers.contains(tokens[close + 1].lower)
            let ownCueAfter = coordinated && coordinatedClauseHasOwnCue(after: close, last: last)
                || linked && linkedClauseHasOwnCue(after: close, last: last)
            let clause = clauseSpan(from: close + 1, to: last, stopAtColon: true)
            guard clause != nil || ownCueAfter else { return nil }
            let span = clause ?? TextSpan(start: tokens[close + 1].start, end: tokens[last].end)
            // "…, the service said, adding that…" / "declining to give details": a participle
            // clause after the cue is the reporter's (a reporting one makes its own statement).
            let participle = opensParticipleClause(at: close + 1, last: last)
            // An inverted cue is its verb alone, as at the end of a sentence.
            let cueEnd = inverted ? v : close - 1
            let main = make(span, cue: v...cueEnd, m, .reportedSpeech, 0.75)
            // The words before the cue are part of the statement unless they only set the scene
            // ("In the end", "Too often").
            // They start after an earlier cue's statement in the sentence.
            // "MILAN (Reuters) - Rain forced…, officials said, as…": not the dateline either.
            var leadFirst = afterDateline(max(first, statementFloor), before: subjectStart - 1)
            while leadFirst > first, leadFirst < subjectStart - 1,
                  tokens[leadFirst].lower == "," || Self.clauseCoordinators.contains(tokens[leadFirst].lower) { leadFirst += 1 }
            let lead = leadFirst < subjectStart - 1 ? (leadFirst..<(subjectStart - 1)).filter { tokens[$0].isWord } : []  // empty when the comma opens the text
            let sceneSetting = lead.allSatisfy { tokens[$0].is(.stopWord) || tokens[$0].is(.preposition)
                || tokens[$0].is(.determiner) || tokens[$0].isLyAdverb }
                || lead.count <= 3 && lead.first.map { tokens[$0].is(.preposition) } == true
            // "…the stadium, which, Tompkins said, is usually full": the words before the cue end
            // in the relative pronoun whose clause the speaker completes; they are the reporter's.
            let endsInRelative = subjectStart - 3 >= first && tokens[subjectStart - 3].lower == ","
                && Self.relativePronouns.contains(tokens[subjectStart - 2].lower)
            // "Soon after the vote, Canova wrote to his followers, “It's time.”": a fronted
            // subordinate clause before a cue that introduces a quotation is the reporter's.
            // So is a preposition with a gerund (`In discussing the scandals, Bolton told the host, “…”`).
            let frontedAdjunct = isOpenMark(close + 1) && leadFirst == first
                && (opensAdjunctClause(at: first, before: subjectStart - 1) || opensPrepositionalGerund(at: first, before: subjectStart - 1))
            guard !lead.isEmpty, !sceneSetting, !endsInRelative, !frontedAdjunct,
                  !cueOwnsClause(verb: v, cueEnd: cueEnd, gerund: gerund), let beforeSpan = clauseSpan(from: leadFirst, to: subjectStart - 2) else {
                return coordinated || participle || ownCueAfter ? nil : (main, nil)
            }
            let before = make(beforeSpan, cue: v...cueEnd, m, .reportedSpeech, 0.7)
            if participle { return (before, nil) }
            // "…, officials said, but crews warned that…": the linked clause is its own cue's.
            if ownCueAfter, !coordinated { return (before, nil) }
            // "…, the agency said, and the bottom fifth paid 1 percent": the words after the
            // coordinator go on with what was said, a statement of their own (not a lone word:
            // "…, I say, and unworkable" adds an adjective to the clause before; nor words with
            // a reporting verb of their own: "…, Lowe said, and it will fail, Ruiz said").
            if coordinated {
                // (`The dough rests overnight, she explains, and…`: a verb read as a noun, ``holdsNounTaggedPresentVerb(_:_:)``.)
                guard holdsFiniteVerb(leadFirst, subjectStart - 2) || holdsNounTaggedPresentVerb(leadFirst, subjectStart - 2) else { return nil }
                let goesOn = !ownCueAfter && wordCount(span, upTo: Self.maxLoneContinuationWords + 1) > Self.maxLoneContinuationWords
                return goesOn ? (main, before) : (before, nil)
            }
            // "…, I assure you, John.": a name alone after the cue is the one addressed.
            if wordCount(span, upTo: 2) < 2, tokens[close + 1].isCapitalized { return (before, nil) }
            return (main, before)
        }
        // `As NAME reported, CLAUSE.`
        if !inverted, let report = asClauseReport(verb: v, subject: m, first: first, last: last) {
            return (make(report.span, cue: v...report.cueEnd, m, .reportedSpeech, 0.75), nil)
        }
        // A verb of manner reports only through its fronted `as` clause (``isMannerItCue(_:first:last:)``).
        if !tokens[v].is(.reporting), tokens[v].is(.mannerItCue) { return nil }
        // `CLAUSE, as NAME reported.`
        if !inverted, isMidSentenceAsClause(verb: v, subject: m, first: first, last: last),
           let report = asClauseMainClause(verb: v, subject: m, first: first, last: last) {
            return (make(report.span, cue: v...report.cueEnd, m, .reportedSpeech, 0.7), nil)
        }
        // `SUBJECT, as NAME reported, PREDICATE.` (``asClauseInterruptedClause(verb:subject:first:last:)``).
        if !inverted, isMidSentenceAsClause(verb: v, subject: m, first: first, last: last),
           let report = asClauseInterruptedClause(verb: v, subject: m, first: first, last: last) {
            let main = make(report.after, cue: v...report.cueEnd, m, .reportedSpeech, 0.7)
            return (main, report.before.map { make($0, cue: v...report.cueEnd, m, .reportedSpeech, 0.7) })
        }
        // `NAME said: CLAUSE.`, `NAME writes:⏎⏎PARAGRAPH` (``colonClause(verb:last:)``).
        if !inverted, let words = colonClause(verb: v, last: last),
           let span = clauseSpan(from: words.first, to: words.last) {
            return (make(span, cue: v...max(v, words.first - 2), m, .reportedSpeech, 0.7), nil)
        }
        // `NAME said (that) CLAUSE`.
        // "The plan described above would cost…": the participle modifies the noun before it.
        if !inverted, isReducedRelativeParticiple(verb: v, first: first, last: last) { return nil }
        var c = v + 1
        let takesObject = Self.objectBeforeClauseVerbs.contains(w)
        var sawThat = false
        var steps = 0
        var particle = false
        // "answered the charge by saying, “…”": the participle's quote is the statement.
        if !gerund, leadsToQuotingByParticiple(from: c, to: last) { return nil }
        // "did not respond to requests for comment", "responded by citing…": the phrase is the statement.
        if Lexicon.prepositionalComplementVerbs.contains(w), let prepositions = Lexicon.prepositionalComplements[w] {
            var k = c
            while k <= last, tokens[k].tag == .adv, tokens[k].quote == nil, k - c < 2 { k += 1 }
            let end = frontedClauseEnd(verb: v, first: first, last: last).map { $0 - 1 } ?? last
            // "responded by easing sanctions" is a deed; "responded by saying…" a statement.
            let deed = k + 1 <= last && tokens[k].lower == "by" && byDeed(at: k + 1, last: last)
            if k <= last, prepositions.contains(tokens[k].lower), !deed, let span = clauseSpan(from: k, to: end, stopAtColon: true),
               wordCount(span, upTo: 2) >= 2 {
                return (make(span, cue: v...v, m, .reportedSpeech, 0.7), nil)
            }
        }
        if let p = particleAfter(v, last: last) {
            c = p + 1
            particle = true
            // "pointed out that …": the complementiser belongs to the cue.
            if c <= last, tokens[c].lower == "that" {
                c += 1
                sawThat = true
            }
        }
        // "said in an interview with The Associated Press last week that …", "said, however, that …".
        if !particle, let that = thatAfterCueAdjuncts(verb: v, last: last), that > v + 1 {
            c = that + 1
            sawThat = true
        }
        while c <= last, steps < 8, !particle, !sawThat {
            let t = tokens[c]
            // "rejected that argument": a determiner `that` opens the object, not a clause.
            // "said that was a lie": a demonstrative `that` is the clause's subject.
            if t.lower == "that" && !sawThat && !isDeterminerThat(c, last: last) && !isDemonstrativeSubject(c) { sawThat = true; c += 1; break }
            if t.is(.timeWord) || (takesObject && t.isWord && !t.is(.stopWord))
                || t.kind == .number || (steps > 0 && t.isWord && !t.is(.stopWord) && t.quote == nil)
                || Self.objectAdjunctPrepositions.contains(t.lower) {
                c += 1
                steps += 1
                continue
            }
            break
        }
        if !sawThat && !particle {
            c = v + 1 + (takesObject ? objectLength(after: v, last: last) : 0)
            // "promised a veto": without a clause, an infinitive or a quote after it, the object of
            // a verb that takes one is what was said (an addressee alone says nothing: "told reporters.").
            if c > v + 1, !Self.addresseeVerbs.contains(w), c <= last, !startsFiniteClause(at: c, last: last),
               tokens[c].lower != "to", !isOpenMark(c), tokens[c].lower != "that" {
                c = v + 1
            }
            // "said at an event in Ohio the plan…": skip a short prepositional phrase.
            if c <= last, Self.clauseAdjunctPrepositions.contains(tokens[c].lower) {
                var k = c + 1
                while k <= last, k - c < 7, tokens[k].isWord, tokens[k].quote == nil, tokens[k].lower != "that" { k += 1 }
                if k <= last, tokens[k].lower == "that" { c = k + 1; sawThat = true } else if k <= last, tokens[k].lower == "," { c = k + 1 }
            }
        }
        // "which the mayor said Monday would pass": the predicate after the cue's time adjunct.
        if !sawThat, !particle, reportsRelativeGap(verb: v, first: first, last: last) {
            c = relativeGapPredicateStart(verb: v, last: last)
        }
        guard c <= last else { return nil }
        // "commented on the sale, Lee said.": after the cue's comma stands no clause, only another
        // reporter's cue (``closesOnOuterCue(after:last:)``).
        if c > v + 1, tokens[c - 1].lower == ",", tokens[c - 1].quote == nil, closesOnOuterCue(after: c - 1, last: last) { return nil }
        // "told reporters who had gathered outside, “…”": the quote is what was told.
        if !sawThat, !particle, takesObject, c > v + 1, addresseeRelativeBeforeQuote(at: c, last: last) { return nil }
                // "…,” Estrada said of the encounter he had with Trump.": `say of` names what a quote was
        // about; the words after its object are no clause said.
        if !sawThat, !particle, v + 1 <= last, tokens[v + 1].lower == "of", Self.sayForms.contains(w) { return nil }
        let opener = tokens[c]
        if !sawThat && !particle {
            // Without "that" the clause must not start with a preposition, an adverb or punctuation.
            // "pledged to push for…": an infinitive clause is reported too.
            // "vowed to “take our fight” to…": the infinitive's verb may open a quotation.
            var verbAfterTo = c + 2 <= last && isOpenMark(c + 1) ? c + 2 : c + 1
            // "promised to forcibly deport": an adverb may split the infinitive (``splitsInfinitive(_:)``).
            let split = opener.lower == "to" && verbAfterTo + 1 <= last && splitsInfinitive(verbAfterTo)
            if split { verbAfterTo += 1 }
            let infinitive = opener.lower == "to" && verbAfterTo <= last && tokens[verbAfterTo].isWord && !tokens[verbAfterTo].isCapitalized
                && !tokens[verbAfterTo].is(.determiner) && Lexicon.infinitiveReporting.contains(w)
                && (tokens[verbAfterTo].tag == .verb || tokens[verbAfterTo].tag == .aux || split)
            // "The protester yelled and held up a banner": a coordinator after the verb joins a
            // second predicate; the verb has no complement.
            let blocked = !opener.isWord && opener.quote == nil && !isOpenMark(c)
                || Self.requestVerbForms.contains(w) && opensPassiveInfinitive(at: c, last: last)
                || c == v + 1 && Self.verbCoordinators.contains(opener.lower)
                || opener.is(.preposition) && !infinitive
                // "said outside the court:": a preposition of place opens the cue's adjunct.
                || opener.tag == .adp && !opener.isCapitalized && Lexicon.placePrepositions.contains(opener.lower)
                || Self.bareObjectOpeners.contains(opener.lower) && c + 1 <= last && Self.bareObjectClosers.contains(tokens[c + 1].lower)
                || Self.indefiniteArticles.contains(opener.lower) && tokens[v - 1].lower == "," && isInvertedSubject(at: c, last: last)
                || (opener.isLyAdverb && !opener.isCapitalized)
                // "said Monday it had no plans": a day before the clause is the cue's adjunct.
                || Self.timeAdjunctOpeners.contains(opener.lower) && c + 1 <= last && startsClauseAfterTime(c...c, last: last)
                // "warned last month the cuts were illegal": a time phrase, then the clause.
                || opener.is(.timeWord) && opener.tag != .adp && !Self.timeAdjunctOpeners.contains(opener.lower)
                    && adjunctEnd(from: c, last: last).map { startsClauseAfterTime(c...$0, last: last) } == true
            // "The state added a week", "wrote a book": these verbs report only a clause or a quote.
            // A finite verb further on is no clause here: "wrote a $500 check to a PAC supporting…".
            let noClause = Self.clauseOnlyVerbs.contains(w) && !startsFiniteClause(at: c, last: last) && !holdsQuote(c, last) && !infinitive
            if blocked || noClause {
                // "said on Tuesday he would…", "has said about 20 people have…": adjuncts, then a clause.
                guard !isPassive(v, first: first) else { return nil }
                let insideOpeningPhrase = tokens[first].tag == .adp && !counts.holdsComma(first..<v)
                let complementRequired = Self.sayForms.contains(w) && !counts.holdsQuote(first, v)
                if let start = zeroThatClauseStart(at: v + 1, last: last, addressee: takesObject, afterComma: !insideOpeningPhrase,
                                                   complementRequired: complementRequired),
                   start > v + 1 || !noClause {
                    c = start
                } else if !noClause, !Self.addresseeVerbs.contains(w), let start = objectAfterAdjuncts(at: v + 1, last: last) {
                    // "announced on Friday the arrest of a man": the object after the cue's adjuncts.
                    c = start
                } else {
                    return nil
                }
            }
        }
        var end = relativeGapClauseEnd(verb: v, first: first, last: last) ?? relativeClauseEnd(verb: v, first: first, last: last)
            ?? frontedClauseEnd(verb: v, first: first, last: last).map { $0 - 1 } ?? last
        // "chanting “Pay us now” after the talks collapsed": the words voiced, and no more.
        if !sawThat, !particle, let close = voicedQuoteClose(verb: v, at: c, end: end) ?? quoteBeforeTimeClauseClose(at: c, end: end) {
            end = close
        }
        if !sawThat, let occasion = occasionAdjunct(in: c, end) { end = occasion - 1 }
        // "announced the merger after cutting ties…": the object, without the clause of its occasion.
        if !sawThat, !particle, let clause = objectAdjunctClause(in: c, end, cue: w) { end = clause - 1 }
        // "said the plant would reopen — a claim Reyes disputed.": a comment set off by a dash
        // after the clause is the reporter's.
        if let dash = sentenceAppositiveDash(in: c, end) { end = dash - 1 }
        if let cut = coordinatedPredicateCut(from: c, to: end, participleCue: gerund) {
            end = cut
        } else if let cut = parallelPredicateCut(from: c, to: end, cue: cueForm(verb: v, first: first)) {
            end = cut
        }
        // "wrote a letter to the board that said, “…”": the letter's relative clause reports it.
        if !sawThat, !particle, objectIsReportingMessage(verb: v, from: c, end: end, first: first) { return nil }
        let cue = v...(sawThat ? c - 1 : v)
        // `said A and that B` stays one statement: news annotation (PolNeAR) reads it so.
        guard let span = clauseSpan(from: c, to: end, stopAtColon: true) else { return nil }
        // "conceded when the polls closed": a clause of time says when, not what.
        if !sawThat, !particle, isTimeClauseComplement(c, end, verb: v, first: first) { return nil }
        // "She advises President Kyaw.", "has advised a super PAC": an addressee alone, with no
        // clause, infinitive or quote after it, is nothing said.
        // (`asked Lee how he felt`, `asked Lee to wait`, `asked him about it` say something.)
        if !sawThat, !particle, c == v + 1, Self.addresseeVerbs.contains(w), !holdsQuote(c, end), !holdsFiniteVerb(c, end),
           !(c...end).contains(where: { Self.questionOpeners.contains(tokens[$0].lower) || ["to", "about"].contains(tokens[$0].lower) }) {
            return nil
        }
        // "told ABC’s “Good Morning America.”": a show's title is where it was said, not what.
        if isOpenMark(c) {
            let qi = firstQuote(endingAfter: tokens[c].start)
            if qi < quotes.count, openToken[qi] == c, closeToken[qi] >= end - 1, opensCapitalised(qi), namesAWork(qi) { return nil }
        }
        // "can’t yell too much", "has said little publicly": an amount of talk; with a topic
        // (`said little about the plan`), the topic is the statement (``amountOfTalk(at:end:)``).
        if !sawThat, let amount = amountOfTalk(at: c, end: end) {
            guard case .topic(let a, let b) = amount, let topic = clauseSpan(from: a, to: b, stopAtColon: true),
                  wordCount(topic, upTo: 2) >= 2 else { return nil }
            return (make(topic, cue: cue, m, .reportedSpeech, 0.7), nil)
        }
        // One word is a statement only when it is an answer (`75 percent said yes`, `he said so`).
        guard wordCount(span, upTo: 2) >= 2 || Self.answerWords.contains(tokens[c].lower) else { return nil }
        // "…, a study concluded this year.": a time expression alone is the cue's adjunct, and so
        // is one with places and occasions after it ("said Wednesday morning on MSNBC's show").
        guard !isTimeExpressionOnly(span), sawThat || !isTimeLedAdjuncts(span) else { return nil }
        return (make(span, cue: cue, m, .reportedSpeech, 0.8), nil)
    }

    /// Prepositions of an adjunct between a reporting verb and its `that` (`said at a rally that`).
    static let objectAdjunctPrepositions: WordSet = ["at", "during", "after", "before", "via", "with"]
    /// Prepositions of a short adjunct before a clause without `that` (`said at an event in Ohio the plan…`).
    static let clauseAdjunctPrepositions: WordSet = ["at", "during", "after", "before", "via", "in", "on"]
    /// Coordinators that join a second predicate straight after the verb (`yelled and held up a banner`).
    static let verbCoordinators: WordSet = ["and", "but", "or"]
    /// Words that, alone before a mark, are the verb's object and no clause (`said nothing.`, `said it,`).
    static let bareObjectOpeners: WordSet = [
        "a", "an", "as", "it", "nothing", "something", "anything", "much", "little", "more", "he", "she", "they", "i", "we", "you",
    ]
    /// The marks after such a word that leave it alone (``bareObjectOpeners``).
    static let bareObjectClosers: WordSet = [".", ",", "!", "?"]
    /// The indefinite articles.
    static let indefiniteArticles: WordSet = ["a", "an"]

    /// Verbs whose addressee may stand between them and the reported clause (`told reporters
    /// that`, `warned voters that`, `promised supporters that`).
    /// Verbs whose `of` or `about` phrase is what was said (`warned of delays`, `spoke about the
    /// budget`), never the topic of words before them, as after `said` (`He is a fraud, Lowe said
    /// of her rival.`).
    /// (The prepositions are ``topicPrepositions``.)
    static let topicComplementVerbs = WordSet(Set(["speak", "talk", "warn", "complain", "boast", "brag", "testify", "caution"].flatMap(Lexicon.inflections)))

    static let objectBeforeClauseVerbs: WordSet = [
        "tell", "told", "tells", "telling", "warn", "warned", "warns", "remind", "assure", "assured",
        "inform", "informed", "advise", "advised", "promise", "promised", "urge", "urged",
    ]

    /// Verbs that must name their addressee (`told Reuters`, never `…, told Ann Lowe.` with Lowe
    /// speaking): the phrase after them is never an inverted subject. `warned` and `promised`
    /// invert (`…, warned Ann Lowe.`).
    static let addresseeOnlyVerbs: WordSet = WordSet(Set(["tell", "inform", "assure", "remind", "advise", "urge"].flatMap(Lexicon.inflections)))

    /// Subjects that stand for anyone (`you find that…`): they report no finding.
    static let genericSubjects: WordSet = ["you", "one", "we"]

    /// Verbs that report a that-clause right after them and nothing else, cues only with `that`:
    /// `The report found that…`, `Analysts had forecast that rates would fall`, `He confessed that
    /// he had lied`, `A June poll showed that most voters…`; `forecast a recession`, `confessed to
    /// the theft` and `showed the map` report nothing; `The union disputes that it was paid`
    /// reports, `disputed the bill` does not. A finding shown is its source's statement,
    /// so the poll, not the voters it counts inside the clause, is the speaker.
    /// The present forms of `state` report their that-clause as a verb (`The rule states that
    /// courts…`), but stand as the noun more often than not (``Lexicon/clauseFinalCueForms``).
    static let thatClauseCues: Set<String> = Set(["find", "forecast", "confess", "show", "dispute"].flatMap(Lexicon.inflections))
        .union(["state", "states"])

    /// Whether the that-clause cue at `v` (``thatClauseCues``) is a verb before a complementiser,
    /// not a verb before a determiner `that` (`disputed that figure`) nor a noun before a relative
    /// `that` (a verb right after it): the object of a verb (`settled disputes that had dragged
    /// on`, `canceled shows that had aired`) or the head of a compound (`Labor disputes that
    /// closed ports`). `polls show that has changed` keeps its demonstrative subject.
    func isThatClauseCueVerb(_ v: Int, first: Int, last: Int) -> Bool {
        guard v > first, v + 2 <= last else { return true }
        // A determiner `that` takes a singular noun: `showed that moderates … backed` opens a clause.
        let plural = tokens[v + 2].tag == .noun && tokens[v + 2].lower.endsWith("s") && !tokens[v + 2].lower.endsWith("ss")
        if !plural, isDeterminerThat(v + 1, last: last) { return false }
        let after = tokens[v + 2]
        let relative = after.tag == .aux || after.tag == .verb && !Lexicon.isGerund(after.lower)
        guard relative else { return true }
        let before = tokens[v - 1]
        if before.tag == .verb { return false }
        return !(after.tag == .verb && tokens[v].lower.endsWith("s") && (before.tag == .noun || before.tag == .propn))
    }

    /// Whether `state`/`states` at `v` (``Lexicon/clauseFinalCueForms``) is the verb before a
    /// that-clause: tagged a verb, with no verb right after `that` (`Rust Belt states that have
    /// suffered` is the noun with its relative clause).
    func isStateThatVerb(_ v: Int, last: Int) -> Bool {
        guard Lexicon.clauseFinalCueForms.contains(tokens[v].lower), tokens[v].tag == .verb, v + 2 <= last else { return false }
        return tokens[v + 2].tag != .verb && tokens[v + 2].tag != .aux
    }

    /// Forms of `be` before an -ing participle that make it a finite progressive (`is saying`,
    /// `isn't saying`, `’s claiming`).
    static let progressiveAuxiliaries: WordSet = [
        "is", "are", "was", "were", "been", "be", "am", "'s", "'re", "'m",
        "isn't", "aren't", "wasn't", "weren't",
    ]
    /// Negation particles that may stand between a progressive auxiliary and its participle.
    static let negationParticles: WordSet = ["not", "n't"]
    /// Coordinators that join two participles or go on after a parenthetical cue.
    static let listCoordinators: WordSet = ["and", "or"]
    /// Most words, the coordinator with them, after a parenthetical cue that add to the clause
    /// before it rather than go on as a statement of their own (`…, I say, and unworkable`;
    /// `…, she said, and costs rose` goes on).
    static let maxLoneContinuationWords = 2

    /// Words that are a whole answer after a reporting verb.
    static let answerWords: WordSet = ["yes", "no", "so", "thanks", "goodbye", "hello", "sorry"]

    /// Forms of verbs of asking whose passive infinitive is a request about the asker, no
    /// statement (`who asked not to be identified`, `requested to be left alone`).
    static let requestVerbForms: WordSet = ["ask", "asks", "asked", "asking", "request", "requests", "requested", "requesting"]

    /// Whether a passive infinitive opens at `c`: `(not) to be` and a participle
    /// (`not to be named`, `to be identified`).
    func opensPassiveInfinitive(at c: Int, last: Int) -> Bool {
        let to = tokens[c].lower == "not" ? c + 1 : c
        guard to + 2 <= last, tokens[to].lower == "to", tokens[to + 1].lower == "be" else { return false }
        let w = tokens[to + 2].lower
        return w.endsWith("ed") || Lexicon.irregularPastForms.contains(w)
    }

    /// Whether the phrase at `c` is the verb's subject put after it (`…, said a spokesman.`):
    /// it runs to the end of the sentence or to a comma.
    func isInvertedSubject(at c: Int, last: Int) -> Bool {
        guard let m = finder.phrase(startingAt: c, ceiling: last) else { return false }
        let after = m.lastWithRole + 1
        return after > last || tokens[after].lower.isOne(of: ",", ".", ";", "!", "?")
    }

    /// Number of tokens in a verb's object (`told reporters`, `told the Associated Press`).
    func objectLength(after v: Int, last: Int) -> Int {
        var k = v + 1
        var n = 0
        while k <= last, n < 5 {
            let t = tokens[k]
            guard t.isWord, t.quote == nil else { break }
            // "told the Reuters news agency": a lower-case noun may follow a capitalised modifier.
            // ("told Reuters investors were nervous": not before the subject's verb of a clause).
            let compound = tokens[k - 1].isCapitalized && t.tag == .noun && k + 1 <= last && (tokens[k + 1].tag == .noun || !tokens[k + 1].isWord)
            if n > 0 && !(t.isCapitalized || tokens[k - 1].is(.determiner) || compound) { break }
            if t.is(.personalPronoun) && n > 0 { break }
            if t.lower.isOne(of: "that", "on", "in") { break }
            n += 1
            k += 1
            if !t.isCapitalized && !t.is(.determiner) {
                // "told the news agency, …": a compound's head noun belongs to the object, unless
                // a verb follows it ("told the court documents showed…": the noun is a subject).
                if t.tag == .noun, k + 1 <= last, n < 5, isCompoundHead(k) { n += 1 }
                break
            }
        }
        return n
    }

    /// Whether token `k` is a lower-case noun ending a compound and no verb's subject: not before
    /// a verb, nor before `to` (`urged the technology industry to do more` reports the object too).
    func isCompoundHead(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.quote == nil, !t.isCapitalized, t.tag == .noun else { return false }
        return k + 1 >= tokens.count || (tokens[k + 1].tag != .verb && tokens[k + 1].tag != .aux && tokens[k + 1].lower != "to")
    }

    /// Whether the `that` at `c` is a determiner (`rejected that argument in a ruling released
    /// Thursday`): tagged so, with no verb after it in the sentence but participles. The tagger
    /// also reads some complementisers as determiners (`said that support for Kim was strong`);
    /// their clause has its verb.
    func isDeterminerThat(_ c: Int, last: Int) -> Bool {
        guard tokens[c].tag == .det, c + 1 <= last else { return false }
        return !(c + 1...last).contains { k in
            let t = tokens[k]
            return t.tag == .aux || t.tag == .verb && !t.lower.endsWith("ed") && !Lexicon.isGerund(t.lower)
        }
    }

    /// Most lower-case job words between a comma and the name they describe (`, team captain Hal Porter said`).
    static let maxJobWordsBeforeName = 3

    /// Whether token `k` is a lower-case modifier of a name after it (`nurse`, `team captain`):
    /// the mention finder's name modifier, in lower case and no particle of the name (`de Blasio`).
    func isJobWordBeforeName(_ k: Int) -> Bool { !tokens[k].isCapitalized && tokens[k].tag != .propn && finder.isNameModifierWord(k) }

    /// Words that open a time adjunct on their own (`said Wednesday…`, `reported late Thursday`).
    static let timeAdjunctOpeners: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tonight", "late", "earlier", "later",
    ]
    /// Subordinators of an adverbial clause that may follow a cue's time adjuncts (`as the crowd roared`).
    static let adverbialClauseOpeners: WordSet = ["as", "while", "when", "after", "before"]
    /// Words after the time that make the rest a topic the cue reports (`spoke Tuesday about…`).
    static let topicWords: WordSet = ["about", "of", "against", "favor"]

    /// Whether `span` opens with a day or a time adverb and holds no verb, no quotation and no
    /// topic: the cue's adjuncts (`Wednesday morning on MSNBC's show`, `late Thursday`).
    func isTimeLedAdjuncts(_ span: TextSpan) -> Bool {
        let a = firstToken(atOrAfter: span.start)
        guard a < tokens.count, Self.timeAdjunctOpeners.contains(tokens[a].lower) else { return false }
        var k = a
        while k < tokens.count, tokens[k].end <= span.end {
            let t = tokens[k]
            // "said Sunday in Virginia as the crowd roared": an adverbial clause closes the adjuncts.
            if k > a, Self.adverbialClauseOpeners.contains(t.lower) { return true }
            if t.tag == .verb || t.tag == .aux || isOpenMark(k) || t.quote != nil || Self.topicWords.contains(t.lower) { return false }
            k += 1
        }
        return true
    }

    /// Whether `span` holds only the words of a time expression (`this year`, `last week`).
    func isTimeExpressionOnly(_ span: TextSpan) -> Bool {
        var k = firstToken(atOrAfter: span.start)
        var words = 0
        while k < tokens.count, tokens[k].end <= span.end {
            if tokens[k].isWord {
                guard Self.timeExpressionWords.contains(tokens[k].lower) || tokens[k].is(.timeWord) else { return false }
                words += 1
            }
            k += 1
        }
        return words > 0
    }
}

extension Attributor {
    /// Whether the comma at `comma`, right after an inverted speaker (`CLAUSE, said NAME, …`),
    /// opens what the reporter adds about the speaker or the story, not more of the speaker's
    /// phrase: a relative clause (`…, said Ed Rendell, who chairs the committee.`, `…, said a
    /// director of the union, which…`) or a contrast
    /// with its own subject (`…, said Howard, but her record does not…`).
    func closesInvertedSpeaker(comma: Int, last: Int) -> Bool {
        guard comma + 1 <= last, tokens[comma].lower == ",", tokens[comma].quote == nil else { return false }
        let next = tokens[comma + 1].lower
        // "…, said Rita Katz, the director of Health Watch, which tracks…": after a comma `which`
        // opens a clause about the speaker's organisation or the story.
        if Self.invertedSpeakerRelatives.contains(next) || next == "which" { return true }
        // "…, said Ruth Alvarez, a hepatologist, adding that…": a participle clause after the role.
        if opensParticipleAfterSpeaker(comma: comma, last: last) { return true }
        return next == "but" && (startsFiniteClause(at: comma + 2, last: last, verbMayEndSentence: true) || opensCoordinatedSubject(at: comma + 2, last: last))
    }

    /// Whether the comma at `comma`, after an inverted speaker's role that ends in a name, opens
    /// the second part of a place that ends the sentence (`…, said Mindy Romero, a professor at
    /// the University of California, Davis.`, `…, a lobbyist in Alexandria, Va.`): at most
    /// ``maxPlacePartWords`` capitalised words, then the sentence's end.
    func closesWithPlacePart(comma: Int, last: Int) -> Bool {
        guard comma > 0, comma + 1 <= last, tokens[comma].lower == ",", tokens[comma].quote == nil,
              tokens[comma - 1].isCapitalized, tokens[comma - 1].isWord else { return false }
        var k = comma + 1
        while k <= last, k - comma <= Self.maxPlacePartWords, tokens[k].isWord, tokens[k].isCapitalized, tokens[k].quote == nil { k += 1 }
        return k > comma + 1 && (k > last || Self.sentenceEndMarks.contains(tokens[k].lower))
    }

    /// Most capitalised words of a place's second part after a speaker's role (`Davis`, `Va.`, `New Mexico`).
    static let maxPlacePartWords = 3

    /// Whether a clause with a coordinated subject starts at `c` (`her character and politics do
    /// not…`): two noun phrases joined by `and`, the second opening a finite clause.
    func opensCoordinatedSubject(at c: Int, last: Int) -> Bool {
        var k = c
        while k <= last, k - c < Self.maxClauseSubjectWords, tokens[k].quote == nil, Self.nounPhraseTags.contains(tokens[k].tag) { k += 1 }
        guard k > c, k + 1 <= last, tokens[k].lower == "and", tokens[k - 1].tag == .noun || tokens[k - 1].tag == .propn else { return false }
        return startsFiniteClause(at: k + 1, last: last, verbMayEndSentence: true)
    }

    /// The comma at `comma` after an inverted speaker when it closes a parenthetical cue that
    /// interrupts a clause (`The problem, said Ortiz, is that…`, `The contrast, said Doyle and
    /// others, would be clear`): the words before the cue's own comma hold no finite verb (they
    /// are the clause's subject) and a finite verb resumes the clause after it. Nil otherwise.
    func invertedParentheticalClose(comma: Int, cueComma: Int, first: Int, last: Int) -> Int? {
        guard comma + 1 <= last, tokens[comma].lower == ",", tokens[comma].quote == nil, cueComma > first,
              !holdsFiniteVerb(first, cueComma - 1), !holdsQuote(first, cueComma - 1) else { return nil }
        var k = comma + 1
        if tokens[k].tag == .adv, k + 1 <= last { k += 1 }
        let t = tokens[k]
        guard t.quote == nil, !t.isCapitalized, t.tag == .aux || t.tag == .verb && !Lexicon.isGerund(t.lower) && !t.lower.endsWith("ed") else { return nil }
        return comma
    }

    /// The most capitalised words of a place after a name's `of` (`of New Jersey`).
    static let maxHomePlaceWords = 3

    /// The last token of `of` and a capitalised place after a name (`Tom Becker of Idaho`), when
    /// `of` stands at `k`; nil otherwise.
    func homeAfterOf(_ k: Int, last: Int) -> Int? {
        guard k + 1 <= last, tokens[k].lower == "of", tokens[k].quote == nil else { return nil }
        var e = k
        while e + 1 <= last, e - k < Self.maxHomePlaceWords, tokens[e + 1].isCapitalized, tokens[e + 1].isWord, tokens[e + 1].quote == nil { e += 1 }
        return e > k ? e : nil
    }

    /// Relative pronouns that open a clause about an inverted speaker.
    static let invertedSpeakerRelatives: WordSet = ["who", "whose"]
}

extension Attributor {
    /// Whether the clause a coordinator opens right after the parenthetical cue's closing comma
    /// `close` holds a reporting verb of its own (`…, officials said, and crews warned that…`,
    /// `…, Lowe said, and it will fail, Ruiz said`): what it reports is that verb's statement,
    /// not the rest of this one.
    func coordinatedClauseHasOwnCue(after close: Int, last: Int) -> Bool {
        counts.holdsReportingVerb(close + 1, last)
    }

    /// Words besides ``listCoordinators`` that, right after a parenthetical cue's closing comma,
    /// link a clause that may carry a cue of its own (``linkedClauseHasOwnCue(after:last:)``):
    /// the contrastive `but` and `yet`, and the contrastive subordinators `while` and `whereas`.
    /// `…, officials said, but crews warned that…` is two statements.
    static let ownCueClauseLinkers: WordSet = ["but", "yet", "while", "whereas"]

    /// Whether the clause a linker of ``ownCueClauseLinkers`` opens right after the cue's
    /// closing comma `close` has a subject of its own (no verb, auxiliary or adverb right after
    /// the linker: `…, managers didn't yell at them, but asked how…` goes on with the first
    /// subject) and holds a finite reporting verb outside quotation marks.
    func linkedClauseHasOwnCue(after close: Int, last: Int) -> Bool {
        guard close + 2 <= last, tokens[close + 1].quote == nil, ![.verb, .aux, .adv].contains(tokens[close + 2].tag) else { return false }
        return ((close + 2)...last).contains { k in
            tokens[k].quote == nil && tokens[k].tag == .verb && tokens[k].is(.reporting) && !Lexicon.isGerund(tokens[k].lower)
        }
    }
}
