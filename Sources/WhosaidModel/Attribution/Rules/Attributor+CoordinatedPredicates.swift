/// A complement with no verb of its own (`demands accountability from the president`, `described
/// the incident as a “terrible situation,”`) cannot hold a second predicate: a coordinated verb
/// after it (`…, yet refuses to release his taxes`, `…, but stopped short of calling…`) is the
/// subject's next deed, told by the reporter.
/// An infinitive in the complement is no finite verb (`urged the party to unite and tried to…`):
/// a marked past or present form after the coordinator is the subject's next deed, a bare one
/// the infinitive's (`urged voters to stay and vote`). After a participle cue a coordinated
/// participle is the next deed (`, calling him “a fraud” and accusing him of…`), and so is a
/// reporting or labelling participle after a comma (`defended the plan, calling it…`).
extension Attributor {
    /// Coordinators that join a second predicate to the subject's first.
    static let predicateCoordinators: WordSet = ["but", "yet", "and"]

    /// The last token of the verbless complement from `c` before a coordinated predicate that
    /// starts by `end` (`, but`/`, yet`/`, and` or a bare `but`/`yet`/`and`, then a finite verb, perhaps
    /// after an adverb), or nil when the complement holds a finite verb first or none follows.
    /// `participleCue`: the cue is a participle opening its own clause (`, calling…`).
    func coordinatedPredicateCut(from c: Int, to end: Int, participleCue: Bool = false) -> Int? {
        var k = c
        var infinitive = false
        while k + 1 <= end {
            let t = tokens[k]
            // "urged the party to unite": an infinitive is no finite verb (``infinitiveVerb``).
            if infinitiveVerb(k, from: c) { infinitive = true; k += 1; continue }
            // A verb inside a quotation counts too ("that Trump “really is” in favor, but wants…").
            if t.tag == .aux || t.tag == .verb && !Lexicon.isGerund(t.lower) { return nil }
            // "he’s proud of his campaign and expects…": a pronoun with its auxiliary in one token.
            if t.tag == .pron, Self.auxiliaryClitics.contains(where: { t.lower.hasSuffix($0) }) { return nil }
            // "declined to comment, didn't respond to calls or…": after an infinitive, a comma then
            // a finite verb group lists the subject's next deed.
            if infinitive, t.quote == nil, t.lower == ",", k - 1 >= c, startsListedPredicate(at: k + 1, end: end) { return k - 1 }
            // "defended the plan, calling it “a necessity”": a reporting or labelling participle
            // after a comma is the subject's next statement, which its own sieve makes.
            if t.quote == nil, t.lower == ",", k - 1 >= c, opensStatementParticiple(at: k + 1, end: end) { return k - 1 }
            if t.quote == nil {
                let comma = t.lower == ","
                let coordinator = comma ? k + 1 : k
                if coordinator + 1 <= end, comma || Self.predicateCoordinators.contains(t.lower),
                   Self.predicateCoordinators.contains(tokens[coordinator].lower), tokens[coordinator].quote == nil {
                    var verb = coordinator + 1
                    if tokens[verb].tag == .adv, verb + 1 <= end { verb += 1 }
                    let v = tokens[verb]
                    // "asked leaders to disavow him and has repeatedly called him…": a marked finite
                    // auxiliary group is the subject's next deed as a marked verb is — not after a
                    // clause whose subject pronoun opens the complement (`says she fears X and is
                    // seeking…`, the verb read as a noun), whose own predicate it goes on.
                    if k - 1 >= c, !ReportingVerbTagRepair.subjectPronouns.contains(tokens[c].lower),
                       opensFiniteAuxiliaryGroup(at: verb, end: end) { return k - 1 }
                    if v.tag == .verb, !v.isCapitalized, v.quote == nil, k - 1 >= c,
                       Lexicon.isGerund(v.lower) ? participleCue && tokens[coordinator].lower == "and" && !isAttributiveParticiple(verb, end: end)
                                                 : !infinitive || Self.isMarkedFiniteForm(v.lower) { return k - 1 }
                }
            }
            k += 1
        }
        return nil
    }

    /// Whether a participle that makes a statement of its own opens at `k` (`calling it…`,
    /// `arguing that…`): a reporting or labelling verb's -ing form, read as a verb.
    func opensStatementParticiple(at k: Int, end: Int) -> Bool {
        guard k <= end, tokens[k].quote == nil, tokens[k].tag == .verb, tokens[k].is(.reporting) || tokens[k].is(.labelCue) else { return false }
        // `comparing it to last year's` labels nothing unless a quotation follows `to` (``Attributor/comparingVerbs``).
        if Self.comparingVerbs.contains(tokens[k].lower) { return false }
        return Lexicon.isGerund(tokens[k].lower)
    }

    /// Auxiliaries whose spelling marks them finite, never bare after `to` (`has`, `was`, `will`;
    /// not `have`, `be` or `do`, which may go on an infinitive: `to stay and have fun`).
    static let finiteMarkedAuxiliaries: WordSet = [
        "has", "had", "is", "was", "were", "are", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
        "hasn't", "hadn't", "isn't", "wasn't", "weren't", "aren't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't",
    ]

    /// Most adverbs and negations between a finite auxiliary and its verb.
    static let maxAuxiliaryGroupAdverbs = 2

    /// Whether a finite auxiliary group opens at `k` (`has repeatedly characterized`, `was
    /// acquitted`): a marked auxiliary (``finiteMarkedAuxiliaries``), then a verb, perhaps after
    /// an adverb or a negation, up to `end`.
    func opensFiniteAuxiliaryGroup(at k: Int, end: Int) -> Bool {
        guard k + 1 <= end, tokens[k].tag == .aux, tokens[k].quote == nil, !tokens[k].isCapitalized,
              Self.finiteMarkedAuxiliaries.contains(tokens[k].lower) else { return false }
        var n = k + 1
        while n < end, n - k <= Self.maxAuxiliaryGroupAdverbs, tokens[n].tag == .adv || tokens[n].tag == .part && Self.negationParticles.contains(tokens[n].lower) { n += 1 }
        return tokens[n].tag == .verb && tokens[n].quote == nil
    }

    /// Whether a subjectless finite verb group starts at `k`: an auxiliary then a verb (`didn't
    /// respond`), or a verb marked finite (`refused`), perhaps after an adverb.
    func startsListedPredicate(at k: Int, end: Int) -> Bool {
        var verb = k
        if verb + 1 <= end, tokens[verb].tag == .adv { verb += 1 }
        guard verb <= end, tokens[verb].quote == nil, !tokens[verb].isCapitalized else { return false }
        let v = tokens[verb]
        if v.tag == .aux { return verb + 1 <= end && tokens[verb + 1].tag == .verb && tokens[verb + 1].quote == nil }
        return v.tag == .verb && !Lexicon.isGerund(v.lower) && Self.isMarkedFiniteForm(v.lower)
    }

    /// Whether token `k` (after `c`) is a verb right after an infinitive `to` (`to unite`, `to be`).
    func infinitiveVerb(_ k: Int, from c: Int) -> Bool {
        k - 1 >= c && tokens[k - 1].lower == "to" && tokens[k - 1].quote == nil
            && (tokens[k].tag == .verb || tokens[k].tag == .aux) && !Lexicon.isGerund(tokens[k].lower)
    }

    /// Whether the participle at `k` modifies the noun after it (`unemployment and growing
    /// inequality`, `droughts and rising sea levels`): an adjective or lower-case noun follows
    /// and it is no cue word (`and telling viewers…` is a deed).
    func isAttributiveParticiple(_ k: Int, end: Int) -> Bool {
        guard k + 1 <= end, !isCueWord(k) else { return false }
        let next = tokens[k + 1]
        return next.tag == .adj || next.tag == .noun && !next.isCapitalized
    }

    /// Whether a verb's spelling marks it finite rather than bare: a past `-ed`, or a present
    /// `-s` that is no `-ss` (`tried`, `refuses`; not `vote`, `discuss`), and no bare form that
    /// only looks like one (`heed`, `proceed`, `need`, `focus`).
    static func isMarkedFiniteForm(_ w: String) -> Bool {
        guard !bareFormEndings.contains(where: w.hasSuffix) else { return false }
        return w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")
    }

    /// Endings of bare verbs that read like `-ed` or `-s` forms.
    static let bareFormEndings: [String] = ["eed", "us", "is"]
}
