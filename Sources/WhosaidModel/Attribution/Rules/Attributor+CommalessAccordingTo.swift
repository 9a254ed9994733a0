import WhosaidSyntax

/// `According to the company the plant will close in May.`: the comma after a fronted source is
/// often left out. A clause then opens right after the source phrase when its words run into a
/// finite verb before any comma (``runsIntoFiniteVerb(from:last:)``: `the plant will close`), a
/// quantifier opens such words (`most shoppers prefer…`) or a subject pronoun stands there before
/// its verb (`it will close`, `there were no injuries`): that clause is the statement. A
/// description the finder ran on over the clause's subject (`the company the plant`) ends at its
/// first head noun before a new determiner or quantifier that opens the clause. A source holding
/// a standard's noun (`according to plan`) is none; words that run into no verb keep the source
/// running to the first comma.
extension Attributor {
    /// Words that open a clause's subject before its noun (`most shoppers`, `several firms`).
    static let subjectQuantifiers: WordSet = ["most", "many", "some", "few", "several", "all", "both", "no"]

    /// The first token of the clause after the fronted `according to` source `m` when no comma
    /// stands between them, or nil; `m` is narrowed to the source when the clause's subject ran into it.
    func commalessAccordingToClause(after m: inout SpeakerMention, last: Int) -> Int? {
        // "According to plan the crews left": a standard (``Lexicon/standardNouns``), no source.
        if (m.first...m.last).contains(where: { tokens[$0].tag == .noun && Lexicon.standardNouns.contains(tokens[$0].lower) }) { return nil }
        let after = m.lastWithRole + 1
        // "According to a memo he wrote to staff, layoffs are coming": a clause after a comma
        // further on says the words before it belong to the source.
        if clauseAfterSourceComma(from: after, last: last) { return nil }
        if opensBareClause(at: after, last: last) { return after }
        guard m.kind == .description, m.first + 2 <= m.last else { return nil }
        for j in (m.first + 2)...m.last where [.noun, .propn].contains(tokens[j - 1].tag)
            && (tokens[j].tag == .det || tokens[j].tag == .num || Self.subjectQuantifiers.contains(tokens[j].lower)) {
            guard opensBareClause(at: j, last: last) else { continue }
            var source = finder.make(first: m.first, last: j - 1, kind: .description)
            source.head = tokens[j - 1].lower
            source.actorKind = m.actorKind
            m = withoutTrailingDay(source)
            return j
        }
        return nil
    }

    /// Most tokens read from the end of an `according to` source for a comma that closes it.
    static let maxSourceCommaReach = 25

    /// Whether a comma within ``maxSourceCommaReach`` tokens of `k`, before `last`, is followed
    /// by a clause with its subject (not by a coordinator: `…, and the board agreed` goes on the
    /// clause before it): the source then runs to that comma.
    func clauseAfterSourceComma(from k: Int, last: Int) -> Bool {
        var c = k
        while c < last, c - k <= Self.maxSourceCommaReach, tokens[c].quote == nil, tokens[c].lower != "," { c += 1 }
        guard c < last, tokens[c].lower == ",", !Self.clauseCoordinators.contains(tokens[c + 1].lower) else { return false }
        return opensBareClause(at: c + 1, last: last)
    }

    /// Whether a clause with its subject opens at `k`, with no comma before its finite verb.
    func opensBareClause(at k: Int, last: Int) -> Bool {
        guard k + 1 <= last, tokens[k].quote == nil, tokens[k].isWord, !tokens[k].isCapitalized || tokens[k].tag == .propn else { return false }
        if ReportingVerbTagRepair.subjectPronouns.contains(tokens[k].lower) {
            let next = tokens[k + 1]
            return next.quote == nil && (next.tag == .aux || next.tag == .verb && !Lexicon.isGerund(next.lower))
        }
        if Self.subjectQuantifiers.contains(tokens[k].lower) { return runsIntoFiniteVerb(from: k + 1, last: last) }
        return runsIntoFiniteVerb(from: k, last: last) || opensShortPastClause(at: k, last: last)
    }

    /// Most words of a determined subject before its past verb in ``opensShortPastClause(at:last:)``.
    static let maxShortPastSubjectWords = 2

    /// `According to police the driver fled on foot`: a determiner, at most
    /// ``maxShortPastSubjectWords`` nouns or adjectives and a past form in -ed with no finite verb
    /// after it, up to the sentence's end or a comma and a coordinator, open a clause — the form is that clause's verb, not the
    /// participle of a reduced relative clause (`the driver arrested Monday was freed`), which
    /// ``runsIntoFiniteVerb(from:last:)`` takes a past form after a noun for.
    func opensShortPastClause(at k: Int, last: Int) -> Bool {
        guard tokens[k].tag == .det, !Self.relativePronouns.contains(tokens[k].lower), tokens[k].lower != "that" else { return false }
        var v = k + 1
        while v <= last, v - k <= Self.maxShortPastSubjectWords, [.noun, .adj].contains(tokens[v].tag), !tokens[v].isCapitalized { v += 1 }
        guard v > k + 1, v + 1 <= last, tokens[v].tag == .verb, tokens[v].lower.endsWith("ed"), holdsFiniteVerb(v, v) else { return false }
        var n = v + 1
        while n <= last, tokens[n].lower != ",", tokens[n].quote == nil {
            if holdsFiniteVerb(n, n) { return false }
            n += 1
        }
        // "According to the report the agency released, emissions doubled": a clause after the
        // comma says the words before it were the source's relative clause; a coordinator goes
        // on the short clause (`the driver fled, and police gave chase`).
        return n > last || tokens[n].lower == "," && n + 1 <= last && Self.clauseCoordinators.contains(tokens[n + 1].lower)
    }
}
