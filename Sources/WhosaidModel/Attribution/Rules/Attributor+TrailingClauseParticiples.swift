import WhosaidSyntax

/// `The mayor spoke near the pier, where tenants had gathered, chanting “…”`, `…backing Ann Ruiz,
/// who ran for mayor and who worked the crowd, praising “…”`, `Lowe wrote when the mayor closed
/// the debate with a joke, remarking, “…”`: a participle after the comma that closes a relative
/// or subordinate clause set after the main clause is that clause's, as
/// ``precedingClauseSubject(before:first:)`` reads `until students interrupted her, shouting…`:
/// its own subject speaks, or, for a `who` clause, its antecedent; not the main clause's subject.
extension Attributor {
    /// Words that open a subordinate or relative clause after the main clause whose subject a
    /// participle after it takes (`where tenants had gathered, chanting`).
    static let trailingClauseOpeners: WordSet = ["where", "when", "while", "until", "after", "before"]
    /// Verbs whose `when`/`where` opens an embedded question, their object (`asked when the bus
    /// would come`), not a clause of time or place.
    static let embeddedQuestionVerbs = WordSet(questionCueVerbs.union(
        ["know", "tell", "explain", "decide", "say", "show", "remember"].flatMap(Lexicon.inflections)))

    /// The speaker of a participle after the comma at `end` when the words before the comma are
    /// a relative `who` clause with its antecedent set off by a comma, or a clause opened by one
    /// of ``trailingClauseOpeners`` after a main clause, with no comma inside it; else nil.
    func trailingClauseSubject(before end: Int, first: Int) -> SpeakerMention? {
        guard end > first + 2, tokens[end].lower == ",", tokens[end].quote == nil else { return nil }
        var o = end - 1
        while o > first, end - o <= maxSentenceCueDistance {
            let t = tokens[o]
            // The clause runs to the comma: no other comma or clause break inside it; a quoted
            // title is stepped over (`a nod to the “Star Wars” sequel`).
            if t.quote != nil || isOpenMark(o) || isCloseMark(o) {
                o -= 1
                continue
            }
            if t.kind == .punctuation { return nil }
            if Self.isWhoForm(t.lower) || Self.trailingClauseOpeners.contains(t.lower) { break }
            o -= 1
        }
        guard o > first, end - o > 2 else { return nil }
        if Self.isWhoForm(tokens[o].lower) {
            // "…, who ran for mayor and who worked the crowd,": the first `who` after a comma.
            var r = o
            if tokens[r - 1].lower != "," {
                guard Self.clauseCoordinators.contains(tokens[r - 1].lower) else { return nil }
                r -= 2
                while r > first, o - r <= MentionFinder.maxRelativeClauseLength, !Self.isWhoForm(tokens[r].lower) {
                    guard tokens[r].quote == nil, tokens[r].kind != .punctuation else { return nil }
                    r -= 1
                }
                guard r > first, Self.isWhoForm(tokens[r].lower), tokens[r - 1].lower == "," else { return nil }
            }
            guard r - 2 >= first, holdsFiniteVerb(r + 1, end - 1),
                  let m = finder.subject(endingAt: r - 2, floor: first) ?? finder.phrase(endingAt: r - 2, floor: first),
                  m.kind != .pronoun, m.last == r - 2 || m.lastWithRole == r - 2 else { return nil }
            return m
        }
        // A clause opener after the main clause: not an embedded question (`asked when…`), and
        // `where` after a place's noun, a comma or a dash closing an aside (`near the pier, where…`).
        let before = tokens[o - 1]
        guard !Self.embeddedQuestionVerbs.contains(before.lower), holdsFiniteVerb(first, o - 1),
              tokens[o].lower != "where" || before.lower == "," || Self.isAsideDash(before.lower) || before.tag == .noun || before.tag == .propn,
              let v = (o + 1..<end).first(where: { (tokens[$0].tag == .verb || tokens[$0].tag == .aux) && !Lexicon.isGerund(tokens[$0].lower) }),
              let m = subject(ofVerb: v, floor: o + 1), m.first > o, m.first - o <= 2, m.kind != .pronoun else { return nil }
        return m
    }
}
