import WhosaidSyntax

/// Passives without `be` of verbs that tell someone to do something: `Residents told to evacuate
/// said they had nowhere to go`, the headline `Parents urged to check for symptoms`. The
/// participle's subject was told, so it reports nothing; it is a reduced relative clause on the
/// noun before it, whose phrase is the subject of the verb after it (`Many of the families told
/// to leave said…`: the families, not the infinitive's object).
extension Attributor {
    /// Verbs that put their object before a to-infinitive (`told them to leave`, `urged voters to
    /// act`) and never go without it in the active voice. (Not `asked`, `begged`, `warned` or
    /// `called`: `asked to speak`, `called to say` are active.)
    static let objectControlParticiples: WordSet = [
        "told", "urged", "ordered", "advised", "instructed", "encouraged", "forced", "required", "invited",
        "directed", "commanded", "persuaded", "convinced", "reminded", "implored", "obliged", "compelled",
    ]

    /// The most tokens of the infinitive's phrase after a reduced control passive, to the verb
    /// it stands before (`told to return to the plant at once`).
    static let maxControlPassivePhraseTokens = 10

    /// Whether the verb at `v` is a passive participle without `be`: a verb of
    /// ``objectControlParticiples`` with `to` and a bare verb right after it, no object between
    /// (`Residents told to evacuate said…`, `Parents urged to check…`).
    /// Only where the clause goes on to a finite verb of its own (``verbAfterControlPassive(_:ceiling:)``)
    /// or the sentence is a headline without a closing mark: `The minister urged to ensure that…`
    /// is the active voice of some wire English, and `has urged to end the strike` is active.
    func isReducedControlPassive(_ v: Int) -> Bool {
        guard v + 2 < tokens.count, tokens[v + 1].lower == "to", Self.objectControlParticiples.contains(tokens[v].lower),
              tokens[v + 2].tag == .verb, tokens[v + 2].quote == nil, v == 0 || tokens[v - 1].tag != .aux else { return false }
        let last = sentenceLast[tokens[v].sentence]
        return tokens[last].isWord || verbAfterControlPassive(v, ceiling: last) != nil
    }

    /// The finite verb after the reduced control passive at `v` and its infinitive's phrase
    /// (`Residents told to evacuate | said`), within ``maxControlPassivePhraseTokens``: no
    /// punctuation, quote, `that` or relative pronoun between. Nil when none stands there.
    func verbAfterControlPassive(_ v: Int, ceiling: Int) -> Int? {
        var k = v + 3
        while k <= ceiling, k - v <= Self.maxControlPassivePhraseTokens {
            let t = tokens[k]
            guard t.isWord, t.quote == nil, t.lower != "that", !Self.relativePronouns.contains(t.lower) else { return nil }
            if t.tag == .verb || t.tag == .aux, tokens[k - 1].lower != "to", !Lexicon.isGerund(t.lower) { return k }
            k += 1
        }
        return nil
    }

    /// `Workers ordered to return to the plant said…`: the subject of the verb at `v` when a noun,
    /// a reduced control passive (``isReducedControlPassive(_:)``) and its infinitive's phrase
    /// stand before it, the phrase opening its clause: the noun's phrase (the infinitive's phrase
    /// left out: adjuncts before the verb are read off it, and would clip it). Nil for any other
    /// shape.
    func controlPassivePhraseSubject(endingAt e: Int, verb v: Int, floor: Int) -> SpeakerMention? {
        guard e < v, e - floor >= 3 else { return nil }
        var p = e
        while p > floor, e - p <= Self.maxControlPassivePhraseTokens, !isReducedControlPassive(p) {
            let t = tokens[p]
            guard t.quote == nil, t.isWord, t.tag != .aux, t.tag == .verb ? isInfinitiveWord(p, before: e) : true else { return nil }
            p -= 1
        }
        guard p > floor, isReducedControlPassive(p), p + 2 <= e else { return nil }
        let noun = tokens[p - 1]
        guard noun.tag == .noun || noun.tag == .propn, noun.quote == nil,
              var m = finder.quantitySubject(endingAt: p - 1, floor: floor) ?? finder.subject(endingAt: p - 1, floor: floor),
              m.kind != .pronoun, m.last == p - 1 else { return nil }
        // "Many of the families": a prepositional object ends the phrase that starts before it.
        if m.first > floor, tokens[m.first - 1].is(.preposition), let whole = finder.phrase(withPrepositionalObject: m, floor: floor) { m = whole }
        guard opensItsClause(m, floor: floor) else { return nil }
        return m
    }
}
