import WhosaidSyntax

/// `Police said a man was arrested and charged with theft.`: a cue word's past participle after
/// `and` that goes on a passive group just before it (`was arrested and charged with`, `were
/// detained Sunday and accused of arson`) shares that group's `be`: it is the clause's second
/// passive verb, with a preposition after it, not a new reporting verb that ends the clause.
/// An active cue after `and` (`was arrested and said that…`, `and called for…`) still ends it.
extension Attributor {
    /// Prepositions a passive participle of a cue takes (`charged with`, `accused of`, `cited for`).
    static let passiveParticiplePrepositions: WordSet = ["with", "of", "by", "for", "over", "in", "on", "after"]
    /// Past forms of saying that a preposition follows in the active (`said in court`, `wrote in
    /// a letter`, `told of`, `added on Monday`), never a passive participle going on a group.
    static let activeSpeechPasts: WordSet = ["said", "wrote", "told", "added", "stated", "testified", "insisted", "argued"]
    /// Most tokens read back from `and` for the passive group it closes (`were arrested late Sunday and`).
    static let maxPassiveGroupReach = 5

    /// Whether the cue word at `n`, after the coordinator at `k`, is a passive participle that
    /// the passive group before `k` goes on with.
    func continuesPassiveGroup(cue n: Int, coordinator k: Int, last: Int) -> Bool {
        guard n + 1 <= last, tokens[n].tag == .verb, tokens[n].quote == nil, !Lexicon.isGerund(tokens[n].lower) else { return false }
        let w = tokens[n].lower
        guard w.endsWith("ed") || Lexicon.irregularPastForms.contains(w) || Self.irregularSimplePasts.contains(w) else { return false }
        // "was arrested Sunday and said in court that…": a verb of saying after `and` is active.
        guard !Self.activeSpeechPasts.contains(w) else { return false }
        guard Self.passiveParticiplePrepositions.contains(tokens[n + 1].lower) else { return false }
        // "and called for a lawyer": the particle of a phrasal cue makes it active.
        if tokens[n].is(.phrasalReporting), particleAfter(n, last: last) != nil { return false }
        // A participle after `be` (perhaps with adverbs) within a few tokens before `and`.
        var j = k - 1
        while j > 0, k - j <= Self.maxPassiveGroupReach, tokens[j].sentence == tokens[k].sentence, tokens[j].quote == nil, tokens[j].lower != "," {
            if tokens[j].tag == .verb, !Lexicon.isGerund(tokens[j].lower) {
                var a = j - 1
                while a >= 0, tokens[a].tag == .adv { a -= 1 }
                return a >= 0 && Self.passiveAuxiliaries.contains(tokens[a].lower)
            }
            j -= 1
        }
        return false
    }
}
