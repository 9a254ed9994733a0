import WhosaidSyntax

/// Stage 2, at the word `according`: `CLAUSE, according to SOURCE.` — the clause before it, from
/// the sentence's start, is what the source said (the comma is often left out).
///
///     The wells will run dry by June, according to the county engineer.   → the county engineer
///     Rents rose 9 percent according to Ortiz Realty.                    → Ortiz Realty
///
/// An object pronoun is a source the actors resolve (`…, according to her.`). The statement takes the
/// rest of the sentence.
struct AccordingToSieve: CueWordSieve {
    var name: String { "according-to" }
    var rules: Set<AttributionRule> { [.accordingTo] }
    var cueClasses: Lexicon.WordClass? { [.accordingTo] }
    func statements(at v: Int, sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> CueWordFinding? {
        a.clauseFinalAccordingTo(at: v, first: first, last: last)
    }
}

extension Attributor {
    /// `CLAUSE, according to NAME.` at the word `according` (`v`), in sentence `first...last`.
    func clauseFinalAccordingTo(at v: Int, first: Int, last: Int) -> CueWordFinding? {
        // One word and a comma may stand before a parenthetical source (`Fundraising, according
        // to the campaign, has surged`); a clause before a final one takes more.
        guard tokens[v].lower == "according", v + 1 <= last, tokens[v + 1].lower == "to", v > first + 1 else { return nil }
        // "It has not gone unnoticed: according to recent polls, Trump holds…": after a colon or
        // semicolon the source opens the clause that follows, as at a sentence's start.
        // So after a comma and a coordinator: "…, but according to the audit, it lost…".
        if Self.frameOpeningMarks.contains(tokens[v - 1].lower)
            || Self.frameCoordinators.contains(tokens[v - 1].lower) && v - 2 > first && tokens[v - 2].lower == "," {
            return openingFrame(first: v, last: last).map { CueWordFinding(statements: [$0], coveredUpTo: last) }
        }
        // `CLAUSE, according to NAME.` (the comma is often left out)
        let clauseEnd = tokens[v - 1].lower == "," ? v - 2 : v - 1
        guard var m = accordingToSource(startingAt: v + 2, ceiling: last) else { return nil }
        // "sorted the ships according to their size": how it was done, no source.
        if isMannerAccordingTo(at: v, source: m) { return nil }
        // "…, according to a congressional timeline, the guards left": a phrase after the comma
        // that runs into a finite verb is the clause's subject, no apposition of the source.
        // So is a phrase with its own modifier that runs into its verb before any comma (`…, according
        // to the budget office, the rise in deficits is due to…`): an apposition ends at a comma.
        if m.lastWithRole > m.last + 1, tokens[m.last + 1].lower == ",",
           opensReportedClause(at: m.last + 2, last: m.lastWithRole) || runsIntoFiniteVerb(from: m.last + 2, last: last),
           !(m.last + 2...m.lastWithRole).contains(where: { tokens[$0].lower == "that" || Self.relativePronouns.contains(tokens[$0].lower) }) {
            m.lastWithRole = m.last
            m.role = nil
        }
        // `At the heart of it, according to NAME, was a decision…`: a parenthetical source; the
        // words after it are the statement when they hold a verb or open a clause (not `, who…`,
        // `, and others`; `the rise in deficits is…` runs into its verb), and those before too
        // when they hold a clause.
        let after = m.lastWithRole + 1
        // `President Dragomir, according to state media, said the drills would go on`: the aside
        // gives where the report comes from; the reporting verb after it is the subject's own,
        // and the reporting-verb sieve attributes its clause to that subject.
        // The source's own words end at its first comma: an adverb and a verb after it are no
        // apposition of the source (`two aides, privately told`).
        if isSourceAsideBeforeReportingVerb(comma: v - 1, closingComma: m.last + 1, first: first, last: last) { return nil }
        if tokens[v - 1].lower == ",", after + 1 <= last, tokens[after].lower == ",",
           [.aux, .verb].contains(tokens[after + 1].tag) && !Lexicon.isGerund(tokens[after + 1].lower)
            || opensReportedClause(at: after + 1, last: last) && tokens[after + 1].lower != "that" && !Self.relativePronouns.contains(tokens[after + 1].lower)
            || !Self.listCoordinators.contains(tokens[after + 1].lower) && runsIntoFiniteVerb(from: after + 1, last: last),
           let rest = clauseSpan(from: after + 1, to: last, stopAtColon: true), wordCount(rest, upTo: 3) >= 3 {
            var found = [make(rest, cue: v...(v + 1), m, .accordingTo, 0.8)]
            // The words before are the statement's too when they hold a clause, or when they are
            // the subject of the verb the words after open (`Other cleavages, according to…, include`).
            if holdsFiniteVerb(first, clauseEnd) || [.aux, .verb].contains(tokens[after + 1].tag) && !Lexicon.isGerund(tokens[after + 1].lower),
               let before = clauseSpan(from: first, to: clauseEnd) {
                found.insert(make(before, cue: v...(v + 1), m, .accordingTo, 0.75), at: 0)
            }
            return CueWordFinding(statements: found, coveredUpTo: last)
        }
        // "One man was killed, according to the police, and there were eight shootings": the
        // words after the coordinator go on with the source's statement, as after a reporting
        // verb's parenthetical cue: a clause with its verb (`…, according to NAME, a historian,
        // and other scientists` names more sources), and no reporting verb of its own.
        if tokens[v - 1].lower == ",", after + 1 <= last, tokens[after].lower == ",", Self.listCoordinators.contains(tokens[after + 1].lower),
           holdsFiniteVerb(first, clauseEnd), holdsFiniteVerb(after + 2, last), !counts.holdsReportingVerb(after + 1, last),
           let rest = clauseSpan(from: after + 1, to: last, stopAtColon: true),
           wordCount(rest, upTo: Self.maxLoneContinuationWords + 1) > Self.maxLoneContinuationWords,
           let before = clauseSpan(from: afterColon(first, before: clauseEnd), to: clauseEnd) {
            return CueWordFinding(statements: [make(before, cue: v...(v + 1), m, .accordingTo, 0.85), make(rest, cue: v...(v + 1), m, .accordingTo, 0.75)],
                                  coveredUpTo: last)
        }
        guard v > first + 2 else { return nil }
        // "The tax has not driven firms away: London was the capital of finance, according to one
        // index.": the clause after a colon is the source's; the words before it the reporter's.
        guard let span = clauseSpan(from: afterColon(first, before: clauseEnd), to: clauseEnd) else { return nil }
        // "…, according to fire officials, who said the blaze was out": the relative clause's own
        // cue is read after the source, its statement the source's too.
        let relativeCue = m.last + 2 <= last && tokens[m.last + 1].lower == ","
            && Self.invertedSpeakerRelatives.contains(tokens[m.last + 2].lower)
        return CueWordFinding(statements: [make(span, cue: v...(v + 1), m, .accordingTo, 0.85)], coveredUpTo: relativeCue ? m.last : last)
    }

    /// Whether the words from `k`, a noun phrase's, reach a finite verb within
    /// ``maxSourceAsideTokens`` before any comma, quote, `that`, relative or question word: they
    /// are then a clause's subject, no apposition (`the rise in deficits is…`). A past form right
    /// after a noun opens a reduced relative clause (`one poll released Thursday`), no clause.
    func runsIntoFiniteVerb(from k: Int, last: Int) -> Bool {
        guard k <= last, [.det, .adj, .noun, .propn, .num].contains(tokens[k].tag) else { return false }
        var n = k + 1
        while n <= last, n - k <= Self.maxSourceAsideTokens {
            let t = tokens[n]
            if t.lower == "," || t.quote != nil || t.lower == "that" || Self.relativePronouns.contains(t.lower)
                || Self.embeddedQuestionOpeners.contains(t.lower) { return false }
            if holdsFiniteVerb(n, n) {
                return !(t.tag == .verb && t.lower.endsWith("ed") && [.noun, .propn].contains(tokens[n - 1].tag))
            }
            n += 1
        }
        return false
    }

    /// Marks after which `according to` opens a clause of its own.
    static let frameOpeningMarks: WordSet = [":", ";"]

}
