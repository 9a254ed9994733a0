/// A second predicate that repeats the reporting verb's form is the speaker's next deed, even
/// when the reported clause holds a finite verb of its own: in `She said she admires his
/// determination and highlighted their shared goals`, `highlighted` is past as `said` is and
/// `admires` is not, so the reporter, not the speaker, tells it; likewise `insists the party must
/// change, and has championed…`, `denies that it was a genocide and goes on…`.
/// When the clause's own verb has the form of the coordinated one (`said he heard shots and
/// ran`), the coordination may be the clause's: the statement runs on.
extension Attributor {
    /// The finite form of a verb group, as far as spelling and the auxiliary tell.
    enum FiniteForm: Equatable {
        case past, presentThird, presentPlain, participle, modal
        /// `has said`, `had said`: the perfect's auxiliary with a verb after it (a simple
        /// present or past is another form).
        case presentPerfect, pastPerfect
    }

    /// The perfect's auxiliaries by the form of their group.
    static let perfectAuxiliaries: [String: FiniteForm] = [
        "has": .presentPerfect, "have": .presentPerfect, "hasn't": .presentPerfect, "haven't": .presentPerfect,
        "had": .pastPerfect, "hadn't": .pastPerfect,
    ]

    /// Auxiliaries by the finite form they give their group.
    static let auxiliaryForms: [String: FiniteForm] = [
        "has": .presentThird, "is": .presentThird, "does": .presentThird, "doesn't": .presentThird, "isn't": .presentThird, "hasn't": .presentThird,
        "have": .presentPlain, "are": .presentPlain, "do": .presentPlain, "don't": .presentPlain, "aren't": .presentPlain, "haven't": .presentPlain,
        "had": .past, "was": .past, "were": .past, "did": .past, "didn't": .past, "wasn't": .past, "weren't": .past, "hadn't": .past,
    ]

    /// Common irregular past forms, beyond the reporting verbs' own (``Lexicon/irregularPastForms``).
    /// Those that are participles too (`left`, `made`) head a group only as a past: a participle
    /// follows an auxiliary. Forms that are also bare (`put`, `read`, `cut`) are not here.
    static let irregularSimplePasts: WordSet = [
        "went", "came", "gave", "took", "saw", "knew", "became", "ran", "won", "chose", "drove", "grew", "threw",
        "rose", "fell", "ate", "forgot", "stole", "broke", "woke", "froze", "swore", "tore", "wore", "flew", "drew",
        "left", "made", "kept", "held", "brought", "met", "paid", "sent", "spent", "built", "led", "stood", "sold",
        "heard", "bought", "caught", "fought", "taught", "meant", "lost", "got", "understood", "sat", "slept", "fled",
        "fed", "dealt", "sought", "struck", "hung", "lent", "bent", "wept", "swept",
    ]

    /// The finite form of the verb group that starts at `k` (an auxiliary or a verb), or nil when
    /// its spelling does not tell (`put`, `made`, a bare form).
    /// `isVerb`: read the token as a verb whatever its tag (a cue the sieve already took as one).
    func finiteForm(at k: Int, isVerb: Bool = false) -> FiniteForm? {
        let t = tokens[k]
        if t.tag == .aux {
            if Self.modalAuxiliaries.contains(t.lower) { return .modal }
            var next = k + 1
            while next < tokens.count, tokens[next].tag == .adv, next - k <= 2 { next += 1 }
            if let perfect = Self.perfectAuxiliaries[t.lower], next < tokens.count, tokens[next].tag == .verb { return perfect }
            return Self.auxiliaryForms[t.lower]
        }
        guard t.tag == .verb || isVerb else { return nil }
        let w = t.lower
        if Lexicon.isGerund(w) { return .participle }
        if Self.irregularSimplePasts.contains(w) || Lexicon.irregularPastForms.contains(w) && !w.endsWith("en") { return .past }
        guard Self.isMarkedFiniteForm(w) else { return nil }
        return w.endsWith("ed") ? .past : .presentThird
    }

    /// The finite form of the reporting verb `v`'s group: its first auxiliary (`has said`, `had
    /// also said`) or the verb itself; nil after `to` (`continues to insist`).
    func cueForm(verb v: Int, first: Int) -> FiniteForm? {
        var k = v
        while k - 1 >= first, tokens[k - 1].tag == .aux || tokens[k - 1].tag == .adv && !tokens[k - 1].isCapitalized, tokens[k - 1].quote == nil {
            k -= 1
        }
        while k < v, tokens[k].tag != .aux { k += 1 }
        if k == v, v - 1 >= first, tokens[v - 1].lower == "to" { return nil }
        return finiteForm(at: k, isVerb: k == v)
    }

    /// The last token of the reported clause from `c` before a coordinated predicate (`and`, `,
    /// and`, `but`, then perhaps an adverb and a verb group) whose form is the cue's and that of no
    /// finite verb group in the clause before it, or nil. A verb group whose form the spelling does
    /// not tell (`made`) might be any, so none is cut after it; a past and a past perfect read as one.
    func parallelPredicateCut(from c: Int, to end: Int, cue: FiniteForm?) -> Int? {
        guard let cue, cue != .modal else { return nil }
        var own: [FiniteForm] = []
        var k = c
        while k + 1 <= end, k - c < Self.maxParallelClauseTokens {
            let t = tokens[k]
            let inGroup = k - 1 >= c && [.aux, .verb].contains(tokens[k - 1].tag)
            if t.tag == .aux || t.tag == .verb, !inGroup, !infinitiveVerb(k, from: c), !Lexicon.isGerund(t.lower) {
                guard let form = finiteForm(at: k) else { return nil }
                own.append(form)
            } else if !own.isEmpty, t.quote == nil, Self.predicateCoordinators.contains(t.lower), k - 1 > c {
                let before = tokens[k - 1]
                var verb = k + 1
                if verb <= end, tokens[verb].tag == .adv, verb + 1 <= end { verb += 1 }
                // "has tried and failed": verbs coordinated inside one group (not after a modal's
                // group, which a marked form cannot go on: "will grow and offered no figures").
                let joinsVerbs = [.verb, .aux, .adv].contains(before.tag)
                    && !(own.last == .modal && tokens[verb].tag == .verb && Self.isMarkedFiniteForm(tokens[verb].lower))
                // "water parks and improved dining choices": after a noun, a verb before a noun may
                // be the next list item's modifier.
                let modifiesNoun = before.tag == .noun && verb + 1 <= end && [.noun, .adj].contains(tokens[verb + 1].tag)
                if !joinsVerbs, !modifiesNoun, verb <= end, tokens[verb].quote == nil, !tokens[verb].isCapitalized,
                   let form = finiteForm(at: verb), Self.sameTense(form, cue), !own.contains(where: { Self.sameTense($0, form) }) {
                    return before.lower == "," ? k - 2 : k - 1
                }
            }
            k += 1
        }
        return nil
    }

    /// The most tokens of a reported clause read for a parallel predicate: a bound keeps the test
    /// linear in a sentence of many cues (news clauses before such a coordinator are far shorter).
    static let maxParallelClauseTokens = 60

    /// Whether two verb groups' forms may be one predicate's tense (a past and a past perfect may).
    static func sameTense(_ a: FiniteForm, _ b: FiniteForm) -> Bool {
        a == b || [a, b].allSatisfy { $0 == .past || $0 == .pastPerfect }
    }
}
