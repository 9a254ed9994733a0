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
              Self.beliefVerbs.contains(tokens[v].lower),
              let m = subject(ofVerb: v, floor: first), m.kind == .pronoun, m.head == "i",
              tokens[m.first].quote == nil, narratorSpeaks(at: m.first) else { return nil }
        // A question ("Do I think …?") asks; it states nothing.
        if tokens[last].lower == "?" { return nil }
        let found = reported(verb: v, first: first, last: last).filter {
            $0.speaker?.first == m.first && wordCount($0.span, upTo: Self.shortestBelief) >= Self.shortestBelief
        }
        guard let c = found.last else { return nil }
        usedCue[v] = true
        return CueWordFinding(statements: found, coveredUpTo: lastToken(within: c.span, from: v, last: last))
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
