import WhosaidSyntax

/// More shapes of a noun of saying with a `that` clause (``NounCueSieve``): the noun in the
/// plural or a noun of complaint or report (`his complaints that`, `the mayor’s
/// warnings that`); the speaker in an agent phrase after the noun (`complaints from his counterpart that`,
/// `claims by intelligence agencies that`, `a report by the Herald that`); and a short adjunct
/// of time or occasion between the noun and its `that` (`Trump’s assertion Monday that`, `her
/// claim during the debate that`, `his claim in a recent interview that`).
extension Attributor {
    /// Nouns of saying beyond ``nounCues`` that take a `that` clause: the plurals and nouns of
    /// complaint, criticism, report and acknowledgment.
    static let moreNounCues = WordSet(moreNounCueList)
    /// The words of ``moreNounCues``, for the cue-word table.
    static let moreNounCueList: Set<String> = pluralNounCues.union([
        "complaint", "criticism", "criticisms", "report", "reports", "acknowledgment", "acknowledgement",
        "threat", "threats",
    ])

    /// Prepositions of an agent phrase after a noun of saying (`claims by officials`, `warnings from aides`).
    static let nounCueAgentPrepositions: WordSet = ["by", "from"]

    /// The most tokens of an adjunct or agent phrase between a noun of saying and its `that`.
    static let maxNounCueAdjunctTokens = 8

    /// Whether `w` is a noun of saying whose `that` clause may be a statement.
    func isNounCue(_ w: String) -> Bool {
        Self.nounCues.contains(w) || Self.moreNounCues.contains(w)
    }

    /// The `that` opening the clause of the noun of saying at `n`: right after it, or after a
    /// short phrase with no verb, comma or quotation (an agent phrase, a time, an occasion).
    /// A `that` with a verb right after it opens a relative clause (`claims that were filed`).
    func nounCueThat(after n: Int, last: Int) -> Int? {
        var k = n + 1
        while k <= last, k - n <= Self.maxNounCueAdjunctTokens, tokens[k].lower != "that" {
            let t = tokens[k]
            guard t.isWord, t.quote == nil, t.tag != .verb, t.tag != .aux, t.tag != .sconj else { return nil }
            k += 1
        }
        // The phrase must open with a preposition or a word of time.
        if k > n + 1, !(tokens[n + 1].tag == .adp || tokens[n + 1].is(.timeWord) || Self.timeAdverbs.contains(tokens[n + 1].lower)) { return nil }
        guard k + 1 <= last, tokens[k].lower == "that", tokens[k].tag == .sconj || tokens[k].tag == .pron,
              ![.verb, .aux].contains(tokens[k + 1].tag) || k == n + 1, !opensObjectGapRelative(that: k, last: last) else { return nil }
        return k
    }

    /// Most tokens read after `that` for the clause's verb in ``opensObjectGapRelative(that:last:)``.
    static let maxObjectGapSubjectTokens = 6

    /// Whether the clause after `that` is a relative clause missing its object: a subject, one
    /// active verb, then (after adverbs or time words) another finite verb — the noun's own
    /// predicate (`the report that the council commissioned cost $2 million`, `the complaint that
    /// the council filed last week was dismissed`), not a reported clause.
    func opensObjectGapRelative(that k: Int, last: Int) -> Bool {
        var v = k + 1
        while v <= last, v - k <= Self.maxObjectGapSubjectTokens, [.det, .adj, .noun, .propn, .num].contains(tokens[v].tag), tokens[v].quote == nil { v += 1 }
        guard v > k + 1, v + 1 <= last, tokens[v].tag == .verb, tokens[v].quote == nil, holdsFiniteVerb(v, v) else { return false }
        var n = v + 1
        while n <= last, tokens[n].quote == nil, tokens[n].tag == .adv || tokens[n].is(.timeWord) || PersonNameIndex.weekdays.contains(tokens[n].lower) { n += 1 }
        return n <= last && tokens[n].quote == nil && [.verb, .aux].contains(tokens[n].tag) && holdsFiniteVerb(n, n)
    }

    /// The speaker named in an agent phrase between the noun of saying at `n` and its `that`
    /// (`complaints from his American counterpart that`): a phrase that fills the words up to `that`.
    func nounCueAgent(after n: Int, that: Int) -> SpeakerMention? {
        guard n + 2 < that, Self.nounCueAgentPrepositions.contains(tokens[n + 1].lower),
              let m = finder.phrase(startingAt: n + 2, ceiling: that - 1), m.lastWithRole == that - 1 || m.last == that - 1,
              m.kind != .pronoun else { return nil }
        return m
    }
}

/// Two shapes of a noun cue's owner and clause: a plural owner marked by a bare apostrophe
/// (`the hawks' warnings that…`), and a clause that ends with an object pronoun before the main
/// clause's verb (`Her complaint that police had harassed her was rejected`: no clause has `her`
/// as its subject, so the auxiliary after it is the sentence's).
extension Attributor {
    /// Object pronouns, which never stand as the subject of the verb after them.
    static let objectCasePronouns: WordSet = ["him", "her", "them", "us", "me"]

    /// The owner of a noun of saying whose possessive is the bare apostrophe at `k` after a
    /// plural in -s (`the hawks' warnings`, `the unions' claim`), or nil.
    func pluralPossessor(apostrophe k: Int, floor: Int) -> SpeakerMention? {
        guard k - 1 >= floor, finder.isBareApostrophe(k), let m = finder.phrase(endingAt: k - 1, floor: floor), m.last == k - 1,
              m.kind != .pronoun else { return nil }
        return m
    }

    /// Whether token `k` inside a noun cue's clause (opened by the `that` at `that`) is an object
    /// pronoun closing the clause's predicate (``objectCasePronouns``), with no relative pronoun
    /// in the clause before it whose own verb the next auxiliary could be (`that the men who
    /// attacked him were paid`). A preposition's pronoun with no finite verb before it in the
    /// clause belongs to the clause's subject (`that the letter sent to them was forged`, `that
    /// everyone near him was armed`): the verb after it is the clause's own.
    func closesObjectBeforeMainVerb(_ k: Int, that: Int) -> Bool {
        guard k > that + 1, tokens[k].quote == nil, Self.objectCasePronouns.contains(tokens[k].lower) else { return false }
        if tokens[k - 1].tag == .adp, !(that + 1..<(k - 1)).contains(where: { j in
            // A finite verb of the clause: an auxiliary, or a verb after a subject pronoun (`he
            // spoke to them`); a participle after a noun (`the letter sent`) is the subject's.
            tokens[j].tag == .aux || tokens[j].tag == .verb && j > that + 1 && ReportingVerbTagRepair.subjectPronouns.contains(tokens[j - 1].lower)
        }) { return false }
        return !(that + 1..<k).contains { Self.relativePronouns.contains(tokens[$0].lower) || tokens[$0].lower == "that" }
    }
}
