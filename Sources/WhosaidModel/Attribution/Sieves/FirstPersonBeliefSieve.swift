/// Stage 2, at a verb of thinking whose subject is "I" outside quotes, in a text whose narrator is
/// named (``Narrator``: a byline, a signature, a heading, a self-introduction): the clause the
/// narrator thinks, believes or means is the narrator's statement, as "I said that …" is.
///
///     By Ana Reyes … I think that the harbour should be dredged.  → Ana Reyes: "the harbour should be dredged"
///     … Well, I believe the council will pay.                      → Ana Reyes: "the council will pay"
///
/// Beliefs are attributions as much as speech is; in news "I think" outside quotes is rare, and a
/// text whose "I" has no name gives no speaker to the clause, so none is made there.
struct FirstPersonBeliefSieve: CueWordSieve {
    var name: String { "first-person-belief" }
    var rules: Set<AttributionRule> { [.reportedSpeech] }
    var cueClasses: Lexicon.WordClass? { [.beliefVerb] }
    func statements(at v: Int, sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> CueWordFinding? {
        a.firstPersonBeliefStatements(at: v, first: first, last: last)
    }
}

extension Attributor {
    /// Verbs of thinking, knowing and meaning whose clause is the belief of their subject: in
    /// every form (``Lexicon/inflections(_:)``). Data: checked by a test.
    static let beliefBases: [String] = [
        "think", "believe", "mean", "hope", "guess", "feel", "suppose", "realize", "realise", "recognize",
        "recognise", "understand", "suspect", "gather", "doubt", "expect", "know", "find", "notice", "decide",
        "remember", "wish", "trust", "fear", "reckon", "figure", "assume", "imagine",
    ]
    /// Every form of a verb of ``beliefBases``.
    static let beliefVerbs: Set<String> = {
        var forms = Set(beliefBases.flatMap(Lexicon.inflections))
        forms.formUnion(["knew", "known", "knows", "meant", "understood", "decided"])
        return forms
    }()
    /// Fewest words a believed clause has ("I think so" reports nothing): a tuning value.
    static let shortestBelief = 3

    /// The statement of a verb of thinking at `v` whose subject is a named narrator's "I".
    mutating func firstPersonBeliefStatements(at v: Int, first: Int, last: Int) -> CueWordFinding? {
        // The tag first: this runs at every token, and most are no verb (the set lookup hashes a string).
        guard tokens[v].tag == .verb, !usedCue[v], tokens[v].quote == nil, !tokens[v].isCapitalized,
              Self.beliefVerbs.contains(tokens[v].lower), holdsFreeFirstPerson(first, last),
              let m = subject(ofVerb: v, floor: first), m.kind == .pronoun, m.head == "i",
              tokens[m.first].quote == nil, narratorSpeaks(at: m.first) else { return nil }
        // A question ("Do I think …?") asks; it states nothing.
        if tokens[last].lower == "?" { return nil }
        let found = reported(verb: v, first: first, last: last).filter {
            $0.speaker?.first == m.first && wordCount($0.span, upTo: Self.shortestBelief) >= Self.shortestBelief
                && isBelief($0, verb: v, last: last)
        }
        guard let c = found.last else { return nil }
        usedCue[v] = true
        return CueWordFinding(statements: found, coveredUpTo: lastToken(within: c.span, from: v, last: last))
    }

    /// Whether tokens `first...last` hold a word outside quotes that may be "I", alone or fused
    /// with its verb (`I'm`, `I’d`): the only word a first-person subject is made from. Asked
    /// before the subject, whose reading costs some 20,000 instructions, while most sentences
    /// with a verb of thinking have no "I" outside quotes.
    func holdsFreeFirstPerson(_ first: Int, _ last: Int) -> Bool {
        (first...last).contains { k in
            guard tokens[k].quote == nil else { return false }
            var bytes = tokens[k].lower.utf8.makeIterator()
            guard bytes.next() == UInt8(ascii: "i") else { return false }
            // "i", or "i" before an apostrophe or any other mark, never before a letter or digit.
            guard let next = bytes.next() else { return true }
            return !(next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z") || next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
        }
    }

    /// Verbs of thinking that take only a clause, never a thing (`I think the dam will hold`,
    /// not `I think the dam`); every other verb of ``beliefBases`` may take a thing as its object.
    static let clauseOnlyBeliefBases: [String] = ["think", "believe", "mean", "hope", "guess", "suppose", "wish", "reckon", "assume"]
    /// Every form of a verb of knowing or perceiving that may take a thing as its object
    /// (`I understand the worries`): ``beliefVerbs`` but the forms of ``clauseOnlyBeliefBases``.
    static let thingObjectBeliefVerbs = WordSet(beliefVerbs.subtracting(clauseOnlyBeliefBases.flatMap(Lexicon.inflections) + ["meant"]))
    /// Most adverbs between a verb of thinking and its clause (`I feel very strongly that…`).
    static let maxAdverbsBeforeBelief = 3

    /// Whether the words `c` reports after the verb of thinking at `v` are something believed: for
    /// a verb of ``thingObjectBeliefVerbs``, a `that` clause, a clause with its subject and finite verb (`I think the dam will hold`), or a
    /// remembered deed (`I remember hauling nets`). What one knows, understands or notices as a
    /// thing (`I understand the worries`, `I don't know the name`, `I noticed boats`), a question
    /// (`I know where the charts are`) or a state (`I feel quite well`) states nothing.
    func isBelief(_ c: Candidate, verb v: Int, last: Int) -> Bool {
        if let cue = c.cue, cue.upperBound > v { return true }
        guard Self.thingObjectBeliefVerbs.contains(tokens[v].lower) else { return true }
        let start = firstToken(atOrAfter: c.span.start)
        // "I know where the charts are kept": an embedded question states nothing.
        if Self.embeddedQuestionOpeners.contains(tokens[start].lower) { return false }
        var k = start
        while k < last, k - start < Self.maxAdverbsBeforeBelief, tokens[k].tag == .adv, tokens[k].quote == nil { k += 1 }
        guard k <= last else { return false }
        if tokens[k].lower == "that" { return true }
        return startsFiniteClause(at: k, last: last, verbMayEndSentence: true) || tokens[k].tag == .verb && Lexicon.isGerund(tokens[k].lower)
            || opensObjectInfinitive(at: k, last: last)
    }

    /// Most words of the noun phrase before an infinitive (`the county council to approve`).
    static let maxObjectBeforeInfinitiveWords = 5

    /// Whether a noun phrase and an infinitive start at `k` (`I expect the council to approve the
    /// levy`, `I fear prices to rise`): a belief about the phrase, not a thing known.
    func opensObjectInfinitive(at k: Int, last: Int) -> Bool {
        var t = k
        while t < last, t - k < Self.maxObjectBeforeInfinitiveWords, tokens[t].quote == nil,
              [.det, .adj, .noun, .propn, .pron, .num].contains(tokens[t].tag) { t += 1 }
        return t > k && t + 1 <= last && tokens[t].lower == "to" && tokens[t + 1].tag == .verb && tokens[t + 1].quote == nil
    }

    /// Whether the text names who says "I" at token `t` outside quotes (``Narrator``), read once.
    mutating func narratorSpeaks(at t: Int) -> Bool {
        if narratorFrom == nil {
            let names = PersonNameIndex(document: document, tokens: tokens)
            narratorFrom = Narrator.claims(in: document, tokens: tokens, names: names).map(\.from).min() ?? Int.max
        }
        return t >= narratorFrom!
    }
}
