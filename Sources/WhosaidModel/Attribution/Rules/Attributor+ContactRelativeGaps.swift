import WhosaidSyntax

/// A cue inside a contact relative clause, one without `which` or `that`, whose gap is the
/// subject of what was reported: `She backed a plan she said would cut taxes`, `It is a cost the
/// minister admits will take decades`, `the resolve Ms. Diaz argues is needed`. As with
/// ``relativeGapPronoun(verb:first:last:)``, the statement is the predicate after the cue and the
/// speaker the cue's own subject. A finite verb right after the cue has no subject of its own
/// there, so the noun before the cue's subject is the gap's antecedent.
extension Attributor {
    /// Most tokens of the cue's subject when it is a phrase (`the minister`, `the state's auditor`).
    static let maxContactGapSubjectTokens = 4

    /// Cue verbs that take a clause, hardly ever a noun object, so that a contact relative
    /// clause's gap is the subject of their clause (`a plan she said would cut taxes`), not their
    /// object (`the plan she proposed will raise costs`, `the story she told was false`).
    static let contactGapClauseVerbs: WordSet = [
        "say", "says", "said", "argue", "argues", "argued", "insist", "insists", "insisted",
        "contend", "contends", "contended", "claim", "claims", "claimed", "believe", "believes", "believed",
        "think", "thinks", "thought", "admit", "admits", "admitted", "allege", "alleges", "alleged",
        "assert", "asserts", "asserted", "suggest", "suggests", "suggested", "warn", "warns", "warned",
        "fear", "fears", "feared", "hope", "hopes", "hoped", "estimate", "estimates", "estimated",
    ]

    /// The token that heads the antecedent of a contact relative clause whose subject is the
    /// subject of the cue at `v` (sentence `first...last`), when a finite predicate follows the
    /// cue; nil for any other shape. The subject is a pronoun, a name or a short phrase opened by
    /// a determiner, and only auxiliaries or adverbs stand between it and the cue; the antecedent
    /// is a lower-case common noun (no time word, no possessive). An antecedent opening the
    /// sentence is left alone: `The thing he said was wrong` reads the other way too.
    func contactRelativeGapAntecedent(verb v: Int, first: Int, last: Int) -> Int? {
        guard Self.contactGapClauseVerbs.contains(tokens[v].lower) else { return nil }
        let p = relativeGapPredicateStart(verb: v, last: last)
        guard p <= last, tokens[p].quote == nil, tokens[p].tag == .aux || tokens[p].tag == .verb && !Lexicon.isGerund(tokens[p].lower),
              let m = subject(ofVerb: v, floor: first), m.last < v,
              (m.last + 1..<v).allSatisfy({ tokens[$0].tag == .aux || tokens[$0].tag == .adv }) else { return nil }
        let pronoun = m.first == m.last && tokens[m.first].tag == .pron && Self.contactClauseSubjectPronouns.contains(tokens[m.first].lower)
        let phrase = m.kind == .name || tokens[m.first].tag == .det && m.last - m.first < Self.maxContactGapSubjectTokens
        guard pronoun || m.kind != .pronoun && phrase else { return nil }
        let h = m.first - 1
        guard h > first, tokens[h].tag == .noun, tokens[h].quote == nil, tokens[h].isWord, !tokens[h].isCapitalized,
              !tokens[h].is(.timeWord), !tokens[h].lower.isPossessiveForm else { return nil }
        // "The best that the experts could say was that…" (see relativeGapPronoun).
        if Attributor.copulas.contains(tokens[p].lower), p + 1 <= last, tokens[p + 1].lower == "that" { return nil }
        // "The officer Ann Lee said shot her brother was never charged": a sentence's own
        // predicate after the reported one settles the reading (``contactGapMainPredicate(after:last:)``).
        guard let antecedent = finder.phrase(endingAt: h, floor: first),
              antecedent.first != first && afterDateline(first, before: v) != antecedent.first
                || contactGapMainPredicate(after: p, last: last) != nil else { return nil }
        return h
    }

    /// The finite verb of the sentence's own predicate after the predicate a contact relative
    /// clause's cue reports from `p` (`The plan she said would cut taxes was dropped`: `was`):
    /// an auxiliary or a finite verb right after a noun of the reported predicate, with no comma,
    /// coordinator, subordinator or relative word before it. Nil when none follows (`The thing
    /// he said was wrong` has one predicate, which either reading takes).
    func contactGapMainPredicate(after p: Int, last: Int) -> Int? {
        var k = p + 1
        // The reported predicate's own verb group (`would cut`, `was never charged`).
        while k <= last, tokens[k].quote == nil, [.aux, .verb, .adv, .part].contains(tokens[k].tag) { k += 1 }
        var sawNoun = false
        while k <= last, tokens[k].isWord, tokens[k].quote == nil {
            let t = tokens[k]
            if t.tag == .cconj || t.tag == .sconj || Self.relativePronouns.contains(t.lower) || t.lower == "that" { return nil }
            if t.tag == .aux || t.tag == .verb {
                let afterNoun = tokens[k - 1].tag == .noun || tokens[k - 1].tag == .propn
                return sawNoun && afterNoun && !Lexicon.isGerund(t.lower) ? k : nil
            }
            if t.tag == .noun || t.tag == .propn { sawNoun = true }
            k += 1
        }
        return nil
    }

    /// The last token of the predicate a contact relative clause's cue at `v` reports when the
    /// sentence's own predicate follows it (``contactGapMainPredicate(after:last:)``), else nil.
    func contactGapClauseEnd(verb v: Int, first: Int, last: Int) -> Int? {
        guard contactRelativeGapAntecedent(verb: v, first: first, last: last) != nil,
              let main = contactGapMainPredicate(after: relativeGapPredicateStart(verb: v, last: last), last: last) else { return nil }
        return main - 1
    }
}
