import WhosaidSyntax

/// A subject carrying a contact relative clause, one without `who` or `that`: `All the
/// economists I interviewed said…`, `The people we spoke to say…`, `Analysts the agency surveyed
/// expect…`. The clause has its own subject and a verb whose object is the noun before it (or a
/// preposition left at its end), so the words before the reporting verb are no speaker of their
/// own: the noun phrase with its clause speaks.
extension Attributor {
    /// Subject pronouns that may open a contact clause (`the voters we met`).
    static let contactClauseSubjectPronouns: WordSet = ["i", "we", "you", "he", "she", "they"]

    /// Most tokens of a contact clause's own subject phrase (`the paper`, `the state's auditor`).
    static let maxContactClauseSubjectTokens = 4

    /// Verbs of thinking that a subject pronoun makes a comma-less aside (`Most voters I think
    /// would say…`, `Economists I suspect would argue…`), not a contact clause.
    static let asideBeliefVerbs: WordSet = [
        "think", "suspect", "believe", "guess", "suppose", "imagine", "reckon", "bet", "hope", "expect", "fear", "feel",
        "gather", "assume",
    ]

    /// Quantifiers that float after a subject to the verb (`The economists I interviewed both
    /// said`): no part of the subject phrase.
    static let floatingQuantifiers: WordSet = ["all", "both", "each"]

    /// Fewest letters of a word in -ed that the tagger read as a noun or adjective but that is a
    /// contact clause's verb (`the agency surveyed`, `the minister criticized`): short ones are
    /// often nouns (`bed`, `seed`, `need`).
    static let shortestUntaggedPast = 5

    /// Whether token `k` ends a contact clause as its verb's particle or stranded preposition
    /// (`we spoke to`, `the hospital turned away`).
    func endsContactClauseAsParticle(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.tag == .adp || t.tag == .part && t.lower == "to" || Self.verbParticles.contains(t.lower)
    }

    /// Whether token `k` may be a contact clause's finite verb: tagged a verb, or a longer word in
    /// -ed the tagger read as a noun or adjective after the clause's subject.
    func isContactClauseVerb(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.quote == nil, !t.isCapitalized, !Lexicon.isGerund(t.lower) else { return false }
        return t.tag == .verb || (t.tag == .noun || t.tag == .adj) && t.lower.endsWith("ed") && t.lower.count >= Self.shortestUntaggedPast
    }

    /// Whether token `k` may head the antecedent of a contact clause: a noun, or a job's noun the
    /// tagger read as an adjective (`The chief executive the board hired said…`, where
    /// `executive` before a determiner is taken for a modifier).
    func isContactClauseAntecedentHead(_ k: Int) -> Bool {
        tokens[k].tag == .noun || tokens[k].tag == .adj && MentionFinder.isJobNoun(tokens[k].lower)
    }

    /// The noun phrase with its contact relative clause, ending at `e`, the word right before the
    /// reporting verb's group: the clause's verb there (`interviewed`), or a preposition that the
    /// verb leaves at the end (`spoke to`); before it the clause's subject (a subject pronoun or
    /// a short phrase opened by a determiner or a name), and right before that the antecedent,
    /// a common noun that opens its clause. The phrase runs on to `through` (the clause's time
    /// words: `the reports the agency released last year`) when only words stand between.
    /// Nil for any other shape.
    func contactRelativeSubject(endingAt e: Int, through: Int, floor: Int) -> SpeakerMention? {
        guard e > floor, tokens[e].quote == nil, !tokens[e].isCapitalized else { return nil }
        // "the people we spoke to": the clause's verb leaves its preposition at the end.
        let verb = endsContactClauseAsParticle(e) ? e - 1 : e
        guard verb > floor, isContactClauseVerb(verb) else { return nil }
        // "the economists I have interviewed", "the people we recently spoke to".
        var s = verb - 1
        while s > floor, tokens[s].quote == nil, !tokens[s].isCapitalized, tokens[s].tag == .aux || tokens[s].isLyAdverb { s -= 1 }
        guard s > floor, tokens[s].quote == nil else { return nil }
        let clauseSubjectFirst: Int
        if tokens[s].tag == .pron, Self.contactClauseSubjectPronouns.contains(tokens[s].lower) {
            if Self.asideBeliefVerbs.contains(tokens[verb].lower) { return nil }
            clauseSubjectFirst = s
        } else if let p = finder.phrase(endingAt: s, floor: floor), p.last == s, p.kind != .pronoun,
                  s - p.first < Self.maxContactClauseSubjectTokens, tokens[p.first].tag == .det || p.kind == .name {
            clauseSubjectFirst = p.first
        } else {
            return nil
        }
        let head = clauseSubjectFirst - 1
        // "Analysts the agency surveyed": capitalised only as the clause's first word.
        guard head >= floor, isContactClauseAntecedentHead(head), tokens[head].quote == nil, !tokens[head].isCapitalized || head == floor,
              !tokens[head].lower.isPossessiveForm,
              let antecedent = finder.subject(endingAt: head, floor: floor) ?? finder.taggedSubject(endingAt: head, floor: floor),
              antecedent.kind != .pronoun, antecedent.last == head else { return nil }
        let last = through > e && (e + 1...through).allSatisfy({
            tokens[$0].isWord && tokens[$0].quote == nil && !Self.floatingQuantifiers.contains(tokens[$0].lower)
        }) ? through : e
        var m = finder.make(first: antecedent.first, last: last, kind: .description)
        m.head = antecedent.head
        m.actorKind = antecedent.actorKind
        return opensItsClause(m, floor: floor) ? m : nil
    }

    /// Most tokens of a prepositional adjunct that closes a contact clause (`in March`, `after
    /// the crash`, `to the Tokyo office`).
    static let maxContactClauseAdjunctTokens = 5

    /// The noun phrase with a contact relative clause whose verb takes a prepositional adjunct
    /// that ends at `e`, right before the reporting verb's group: `The coach the school hired in
    /// March said…`, `The lawyer the family hired after the crash said…`. The adjunct is the
    /// clause's (its verb's time, place or occasion), so the phrase runs through it
    /// (``contactRelativeSubject(endingAt:through:floor:)``); its noun is never the speaker.
    /// Nil when no preposition and noun phrase end at `e` after a contact clause's verb.
    func contactRelativeSubject(beforeAdjunctEndingAt e: Int, through: Int, floor: Int) -> SpeakerMention? {
        guard e > floor, tokens[e].quote == nil, [.noun, .propn, .num].contains(tokens[e].tag) else { return nil }
        var k = e - 1
        while k > floor, e - k <= Self.maxContactClauseAdjunctTokens, tokens[k].quote == nil,
              [.det, .adj, .noun, .propn, .num].contains(tokens[k].tag) || tokens[k].lower.isPossessiveForm {
            k -= 1
        }
        guard k - 1 > floor, tokens[k].quote == nil, !tokens[k].isCapitalized,
              tokens[k].tag == .adp || tokens[k].lower == "to", isContactClauseVerb(k - 1) else { return nil }
        return contactRelativeSubject(endingAt: k - 1, through: through, floor: floor)
    }
}
