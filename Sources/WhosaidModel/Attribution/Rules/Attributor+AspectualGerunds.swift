import WhosaidSyntax

/// A reporting gerund that finishes an aspectual verb (`Workers began saying that…`, `The lawyers
/// kept insisting…`, `has continued telling reporters…`): the gerund is the aspectual verb's
/// complement, so the aspectual verb's subject speaks. Verbs of ending (`stopped saying`,
/// `quit claiming`) are left out: they report that the speaking ended, not what was said.
extension Attributor {
    /// Forms of the verbs of beginning and going on whose -ing complement they share their subject
    /// with (`began saying`, `keeps claiming`, `resumed arguing`).
    static let aspectualVerbs = WordSet(beginningAndContinuingVerbs.union([
        "keep", "keeps", "kept", "keeping",
        "resume", "resumes", "resumed", "resuming",
    ]))

    /// Forms of the verbs of beginning and of going on that both lists below hold.
    static let beginningAndContinuingVerbs: Set<String> = [
        "begin", "begins", "began", "begun", "beginning",
        "start", "starts", "started", "starting",
        "continue", "continues", "continued", "continuing",
    ]

    /// Most adverbs between the aspectual verb and the gerund (`kept publicly insisting`).
    static let maxAspectualAdverbs = 2

    /// Forms of the verbs of beginning, going on and ending whose `by` phrase names how they
    /// did it, its gerund sharing their subject: `began by telling the jury that…`, `concluded
    /// by warning that…`, `opened by saying…`. Here ending verbs count: the saying ends the act,
    /// it does not stop.
    static let phaseVerbsBeforeBy = WordSet(beginningAndContinuingVerbs.union([
        "open", "opens", "opened", "opening",
        "end", "ends", "ended", "ending",
        "close", "closes", "closed", "closing",
        "conclude", "concludes", "concluded", "concluding",
        "finish", "finishes", "finished", "finishing",
    ]))

    /// Whether the verb at `k`, after any auxiliaries and adverbs, opens a relative clause (`The
    /// lawyers, who kept insisting that…, lost`): the reported clause would run on past the
    /// relative clause's closing comma into the main clause, so the gerund is left to the rules
    /// that read such clauses.
    func headsRelativeClause(verb k: Int, first: Int) -> Bool {
        var j = k - 1
        while j >= first, tokens[j].tag == .aux || tokens[j].tag == .adv, tokens[j].quote == nil { j -= 1 }
        return j >= first && Self.relativePronouns.contains(tokens[j].lower)
    }

    /// The subject of the aspectual verb the reporting gerund at `v` is the complement of
    /// (`Residents started saying they…` → `Residents`), or nil when no such verb stands right
    /// before it, adverbs aside.
    func aspectualGerundSpeaker(_ v: Int, first: Int) -> SpeakerMention? {
        guard Lexicon.isGerund(tokens[v].lower) else { return nil }
        var k = v - 1
        // "Vance began by telling the jury that…" (``phaseVerbsBeforeBy``).
        if k - 1 > first, tokens[k].lower == "by", tokens[k].quote == nil, tokens[k - 1].quote == nil,
           tokens[k - 1].tag == .verb || tokens[k - 1].tag == .aux, Self.phaseVerbsBeforeBy.contains(tokens[k - 1].lower),
           !headsRelativeClause(verb: k - 1, first: first) {
            return subject(ofVerb: k - 1, floor: first)
        }
        while k >= first, v - 1 - k < Self.maxAspectualAdverbs, tokens[k].tag == .adv, tokens[k].quote == nil { k -= 1 }
        guard k > first, tokens[k].quote == nil, tokens[k].tag == .verb || tokens[k].tag == .aux,
              Self.aspectualVerbs.contains(tokens[k].lower), !headsRelativeClause(verb: k, first: first) else { return nil }
        return subject(ofVerb: k, floor: first)
    }

    /// The reporting gerund that finishes an aspectual verb at `v` in a cue after a quote
    /// (`“We will win,” the mayor kept saying.`, `…,” Ruiz began repeatedly asking.`), adverbs
    /// between them aside, or nil when `v` opens no such verb group.
    func gerundAfterAspectualVerb(at v: Int, ceiling: Int) -> Int? {
        guard v <= ceiling, tokens[v].quote == nil, tokens[v].tag == .verb || tokens[v].tag == .aux,
              Self.aspectualVerbs.contains(tokens[v].lower) else { return nil }
        var g = v + 1
        while g <= ceiling, g - v - 1 < Self.maxAspectualAdverbs, tokens[g].tag == .adv, tokens[g].quote == nil { g += 1 }
        guard g <= ceiling, tokens[g].quote == nil, Lexicon.isGerund(tokens[g].lower), tokens[g].is(.reporting),
              isCueVerb(g, besideQuote: true) else { return nil }
        return g
    }
}
