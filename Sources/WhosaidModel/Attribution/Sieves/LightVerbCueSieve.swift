import WhosaidSyntax

/// Light-verb cues: a verb with little meaning of its own and a word that carries the saying,
/// then a `that` clause. The light verb's subject speaks, and the clause is the statement.
///
///     Ruiz made clear that the plant would stay open.             → Ruiz: "the plant would stay open"
///     Okafor made it known that he would not run again.           → Okafor: "he would not run again"
///     The board made it clear that no fees would rise.            → The board: "no fees would rise"
///     Vance expressed deep concern that the dam would fail.       → Vance: "the dam would fail"
struct LightVerbCueSieve: CueWordSieve {
    var name: String { "light-verb-cue" }
    var rules: Set<AttributionRule> { [.reportedSpeech] }
    var cueClasses: Lexicon.WordClass? { [.lightVerb] }
    func statements(at v: Int, sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> CueWordFinding? {
        // Most words are neither: settled by the tag and the first letter before the set is hashed
        // (this runs at every word; a lookup at each cost 1.7% of the engine on PolNeAR train).
        // The token is read in place: a copy costs a retain and release of its string at every word.
        guard a.tokens[v].tag == .verb, let initial = a.tokens[v].lower.utf8.first,
              initial == UInt8(ascii: "m") || initial == UInt8(ascii: "e") || initial == UInt8(ascii: "v"),
              Attributor.lightVerbs.contains(a.tokens[v].lower) else { return nil }
        return a.lightVerbStatement(verb: v, first: first, last: last).map { a.finding($0, at: v, last: last) }
    }
}

extension Attributor {
    /// Forms of `make` (with `clear`) and of `express`/`voice` (with an attitude noun).
    static let makeForms: WordSet = ["make", "makes", "made", "making"]
    static let expressForms: Set<String> = Set(["express", "voice"].flatMap(Lexicon.inflections))
    static let lightVerbs: Set<String> = makeForms.union(expressForms)
    /// Nouns of an attitude that `expressed … that` reports (`expressed hope that`).
    static let attitudeNouns: WordSet = [
        "hope", "hopes", "concern", "concerns", "confidence", "doubt", "doubts", "fear", "fears", "optimism",
        "frustration", "regret", "skepticism", "worry", "worries", "belief", "disappointment", "surprise",
    ]
    /// Most adjectives between `expressed` and its attitude noun (`expressed deep and lasting concern`).
    static let maxAttitudeModifiers = 3

    /// Whether `m` can hold an attitude: a name, a pronoun, or a description of people or an
    /// organisation (`some Republicans`, `the union's president`); not `The storm made it clear`.
    func speaksForItself(_ m: SpeakerMention) -> Bool {
        m.kind != .description || m.actorKind != .description || MentionFinder.roleNouns.contains(m.head)
    }

    /// Nouns of saying in the plural (`made similar charges that`).
    static let pluralNounCues: WordSet = [
        "claims", "assertions", "suggestions", "arguments", "warnings", "promises", "pledges", "comments",
        "remarks", "accusations", "charges", "allegations", "admissions", "announcements", "boasts", "vows",
        "assurances", "predictions", "statements", "declarations", "complaints",
    ]
    /// The nouns of saying `make` takes before a `that` clause: ``nounCues`` and their plurals.
    static let madeNounCues = WordSet(nounCues.union(pluralNounCues))
    /// Words of making a thing known that `made (it) … that` reports (`made it clear`, `made
    /// known`, `made it plain`).
    static let madeClearWords: WordSet = ["clear", "known", "plain"]
    /// Words that grade ``madeClearWords`` besides adverbs (`made it crystal clear`).
    static let madeClearGraders: WordSet = ["crystal"]
    /// Most graders between `it` and the word of making known (`made it very, very clear`).
    static let maxMadeClearGraders = 3

    /// The word of ``madeClearWords`` after `make` at `v`, perhaps after `it` and a few graders
    /// (`made it abundantly clear`, `made it crystal clear`), or nil.
    func madeClearWord(after v: Int, last: Int) -> Int? {
        var k = v + 1
        if k <= last, tokens[k].lower == "it" { k += 1 }
        let start = k
        while k <= last, k - start < Self.maxMadeClearGraders, tokens[k].quote == nil,
              tokens[k].tag == .adv && !Self.madeClearWords.contains(tokens[k].lower) || Self.madeClearGraders.contains(tokens[k].lower)
                || tokens[k].lower == "," && k > start {
            k += 1
        }
        guard k <= last, tokens[k].quote == nil, Self.madeClearWords.contains(tokens[k].lower) else { return nil }
        return k
    }

    /// Most modifiers between `made` and its noun of saying (`made similarly harsh charges`).
    static let maxMadeNounModifiers = 3

    /// The noun of saying that `make` at `v` takes as its object (`made the claim`, `made similar
    /// charges`, `made a promise`; ``madeNounCues``), perhaps after a determiner and a few adjectives
    /// or adverbs: the maker of a claim states it, so its `that` clause is the subject's statement
    /// (`The mayor made the claim that taxes would fall` → the mayor). Nil for any other object.
    func madeNounOfSaying(after v: Int, last: Int) -> Int? {
        var k = v + 1
        if k <= last, tokens[k].tag == .det, tokens[k].quote == nil { k += 1 }
        while k <= last, k - v <= Self.maxMadeNounModifiers + 1, tokens[k].quote == nil, tokens[k].tag == .adj || tokens[k].tag == .adv { k += 1 }
        guard k + 1 <= last, tokens[k].tag == .noun, tokens[k].quote == nil, Self.madeNounCues.contains(tokens[k].lower),
              tokens[k + 1].lower == "that" else { return nil }
        return k
    }

    /// The statement of the light verb at `v` in sentence `first...last`, or nil.
    func lightVerbStatement(verb v: Int, first: Int, last: Int) -> Candidate? {
        guard tokens[v].tag == .verb, tokens[v].quote == nil, !isPassive(v, first: first) else { return nil }
        let w = tokens[v].lower
        var k = v + 1
        if Self.makeForms.contains(w), let of = mentionOfAfterMake(v, last: last) {
            return mentionTopicStatement(verb: v, of: of, first: first, last: last)
        }
        if Self.makeForms.contains(w) {
            if let noun = madeNounOfSaying(after: v, last: last) {
                k = noun + 1
            } else {
                guard let word = madeClearWord(after: v, last: last) else { return nil }
                k = word + 1
            }
        } else {
            while k <= last, k - v <= Self.maxAttitudeModifiers, tokens[k].tag == .adj || tokens[k].tag == .cconj || tokens[k].tag == .adv { k += 1 }
            guard k <= last, Self.attitudeNouns.contains(tokens[k].lower) else { return nil }
            k += 1
        }
        guard k + 1 <= last, tokens[k].lower == "that", let m = subject(ofVerb: v, floor: first), speaksForItself(m) else { return nil }
        var end = frontedClauseEnd(verb: v, first: first, last: last).map { $0 - 1 } ?? last
        if let cut = coordinatedPredicateCut(from: k + 1, to: end) { end = cut }
        guard let span = clauseSpan(from: k + 1, to: end, stopAtColon: true), wordCount(span, upTo: 3) >= 3 else { return nil }
        return make(span, cue: v...k, m, .reportedSpeech, 0.7)
    }
}

/// `The mayor made no mention of the strike`: a `make` whose object is `mention` after a word of
/// amount (`no`, `little`, `any`) reports what was (not) mentioned, as `did not mention the
/// strike` does; news annotation counts the `of` phrase as the subject's statement.
extension Attributor {
    /// Words of amount before `mention` that make `made … mention of` a report (`no`, `little`).
    static let mentionAmountWords: WordSet = ["no", "little", "any", "scant", "passing", "only"]
    /// Words before `make` that let `any` stand for `no` (`did not make any mention of`).
    static let mentionNegations: WordSet = ["not", "n't", "never"]
    /// Most adjectives between the word of amount and `mention` (`no specific mention`).
    static let maxMentionModifiers = 2

    /// The `of` after `make` at `v`, a word of amount (``mentionAmountWords``), perhaps
    /// adjectives, and `mention` (`made no mention of`, `makes little direct mention of`), or nil.
    func mentionOfAfterMake(_ v: Int, last: Int) -> Int? {
        var k = v + 1
        guard k <= last, tokens[k].quote == nil, Self.mentionAmountWords.contains(tokens[k].lower) else { return nil }
        // "Did she make any mention of it?": `any` reports only after a negation.
        if tokens[k].lower == "any", !(v - 1 >= 0 && Self.mentionNegations.contains(tokens[v - 1].lower)) { return nil }
        k += 1
        while k <= last, k - v <= Self.maxMentionModifiers + 1, tokens[k].quote == nil, tokens[k].tag == .adj || tokens[k].tag == .adv { k += 1 }
        guard k + 2 <= last, tokens[k].lower == "mention", tokens[k].quote == nil, tokens[k + 1].lower == "of", tokens[k + 1].quote == nil else { return nil }
        return k + 1
    }

    /// The statement of `made no mention of X` (``mentionOfAfterMake(_:last:)``): the `of`
    /// phrase up to the clause's end, the subject of `make` its speaker. A text mentions as a
    /// person does (`The constitution makes no mention of nuclear arms`), so a thing may speak
    /// here, unlike with an attitude (``speaksForItself(_:)``).
    /// A question or a condition (`If she makes no mention of it, …`) reports nothing; the `of`
    /// phrase, a noun phrase, ends at a semicolon, colon or dash, or at a comma before a verb
    /// (`The mayor, who made no mention of the strike, left early`); a lone pronoun is no topic.
    func mentionTopicStatement(verb v: Int, of: Int, first: Int, last: Int) -> Candidate? {
        guard tokens[last].lower != "?", !(first..<v).contains(where: { Self.conditionSubordinators.contains(tokens[$0].lower) }),
              let m = subject(ofVerb: v, floor: first) else { return nil }
        var end = frontedClauseEnd(verb: v, first: first, last: last).map { $0 - 1 } ?? last
        if let cut = coordinatedPredicateCut(from: of + 1, to: end) { end = cut }
        var k = of + 1
        while k <= end {
            let t = tokens[k]
            if t.quote == nil, t.lower.isOne(of: ";", ":") || Self.mayBeDash(t.lower) && Self.clauseDashes.contains(t.lower)
                || t.lower == "," && k + 1 <= end && (tokens[k + 1].tag == .verb || tokens[k + 1].tag == .aux) {
                end = k - 1
                break
            }
            k += 1
        }
        let words = (of + 1..<(end + 1)).lazy.filter { self.tokens[$0].isWord }.prefix(2)
        guard end > of, !(words.count == 1 && tokens[words.first!].tag == .pron),
              let span = clauseSpan(from: of + 1, to: end, stopAtColon: true) else { return nil }
        return make(span, cue: v...of, m, .reportedSpeech, 0.7)
    }
}
