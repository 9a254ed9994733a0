import WhosaidSyntax

/// Speakers of a reporting participle that completes a verb of perceiving: what someone saw,
/// heard or pictured another doing (`I watched the inspectors standing there saying “…”`,
/// `we heard the crowd outside chanting “…”`). The perceived object does the saying, not the
/// one who perceives it, so the speaker is the verb's object, not its subject.
///
///     Neighbours heard the landlord shouting “Get out!”                       → the landlord
///     I pictured the judges on the panel nodding along saying “Well done.”   → the judges on the panel
///     Residents who watched the debate remember Pruett saying “…”            → not this rule
extension Attributor {
    /// Active forms of verbs of perceiving whose object a bare participle completes (`saw her
    /// leaving`). Written out: ``Lexicon/inflections(_:)`` knows no irregular forms.
    static let perceptionVerbs: WordSet = [
        "see", "sees", "saw", "seeing", "watch", "watches", "watched", "watching",
        "hear", "hears", "heard", "hearing", "overhear", "overhears", "overheard", "overhearing",
        "imagine", "imagines", "imagined", "imagining", "picture", "pictures", "pictured", "picturing",
        "catch", "catches", "caught", "catching",
    ]

    /// Most tokens between a perception verb and the participle it takes.
    static let maxPerceivedObjectTokens = 14

    /// The speaker of the reporting participle at `v` (no comma before it) when it completes an
    /// active verb of perceiving (``perceptionVerbs``): that verb's object, which may be followed
    /// by a short relative clause and by a first participle with its adjunct (`standing there`).
    /// Nil for any other shape, and when a verb other than those stands between.
    func perceivedParticipleSpeaker(_ v: Int, first: Int) -> SpeakerMention? {
        guard Lexicon.isGerund(tokens[v].lower), v - 1 > first else { return nil }
        // "watched the replay for an hour before saying": a preposition or subordinator before
        // the participle makes it the subject's (`before saying`, `without saying`).
        guard !opensParticipleAdjunct(v - 1) else { return nil }
        var k = v - 1
        while k > first, v - k <= Self.maxPerceivedObjectTokens {
            let t = tokens[k]
            guard t.isWord, t.quote == nil else { return nil }
            if t.tag == .verb, Self.perceptionVerbs.contains(t.lower) { break }
            k -= 1
        }
        guard k >= first, v - k <= Self.maxPerceivedObjectTokens, Self.perceptionVerbs.contains(tokens[k].lower),
              tokens[k].tag == .verb, k == first || !Self.passiveAuxiliaries.contains(tokens[k - 1].lower),
              let m = finder.phrase(startingAt: k + 1, ceiling: objectCeiling(after: k, participle: v)), m.first == k + 1,
              m.kind != .pronoun || Self.objectPronouns.contains(tokens[m.first].lower),
              perceivedTailReaches(v, from: m.last + 1) else { return nil }
        let object = wholePerceivedObject(m, ceiling: objectCeiling(after: k, participle: v))
        // "She watched the news saying…": a thing perceived says nothing.
        guard object.kind != .description || !ActorBuilder.inanimateHeads.contains(object.head) && !tokens[object.last].is(.nonSpeakerHead)
        else { return nil }
        return object
    }

    /// Words that make a participle after them an adjunct of the clause's own subject (`before
    /// saying`, `without telling`, `while insisting`, `by arguing`); not `between` of `dancing in
    /// between saying`, which describes the perceived object.
    static let participleAdjunctOpeners: WordSet = [
        "before", "after", "while", "whilst", "when", "without", "by", "since", "upon", "despite", "until", "once",
        "if", "unless", "through",
    ]

    /// Whether token `k` right before a participle makes the participle an adjunct of the
    /// perceiver's clause (``participleAdjunctOpeners``).
    func opensParticipleAdjunct(_ k: Int) -> Bool {
        Self.participleAdjunctOpeners.contains(tokens[k].lower)
    }

    /// The perceived description `m` run on to the end of the object, which ends where its
    /// relative clause or the first participle begins (`lawyers at big firms | who advise…`):
    /// between a perception verb and its participle nothing else stands, so a modifier the
    /// finder leaves off (a preposition before a bare noun) still belongs to it. `m` itself when
    /// it is no description, or when a verb or punctuation stands in what would be added.
    func wholePerceivedObject(_ m: SpeakerMention, ceiling: Int) -> SpeakerMention {
        guard m.kind == .description, m.last < ceiling else { return m }
        let end = ((m.last + 1)...ceiling).first { Self.relativePronouns.contains(tokens[$0].lower) || tokens[$0].lower == "that" }
            .map { $0 - 1 } ?? ceiling
        guard end > m.last, ((m.last + 1)...end).allSatisfy({ tokens[$0].isWord && tokens[$0].quote == nil
            && tokens[$0].tag != .verb && tokens[$0].tag != .aux }) else { return m }
        return finder.make(first: m.first, last: end, kind: .description)
    }

    /// The last token the object of the perception verb at `k` may reach: the one before the
    /// first participle after it (`the officials from the board | standing there saying`), so
    /// that a description does not run on into what its head is doing.
    func objectCeiling(after k: Int, participle v: Int) -> Int {
        ((k + 1)..<v).first { Lexicon.isGerund(tokens[$0].lower) && tokens[$0].tag == .verb }.map { $0 - 1 } ?? v - 1
    }

    /// Whether the tokens from `j` up to the participle at `v` are what may stand between a
    /// perceived object and its participle: the rest of the object (`from the water board`), a
    /// relative clause in it (`who build them`), and one first participle with its adjunct
    /// (`dancing in between`). No punctuation, and no other verb.
    func perceivedTailReaches(_ v: Int, from j: Int) -> Bool {
        var inRelative = false
        var participles = 0
        for i in j..<max(j, v) {
            let t = tokens[i]
            guard t.isWord, t.quote == nil else { return false }
            if Self.relativePronouns.contains(t.lower) || t.lower == "that" {
                inRelative = true
            } else if Lexicon.isGerund(t.lower), t.tag == .verb {
                participles += 1
                inRelative = false
                guard participles <= 1 else { return false }
                // "watched the video showing the officer shouting": the first participle's own
                // object would be the one speaking.
                if i + 1 < v, [.det, .noun, .propn, .pron].contains(tokens[i + 1].tag) { return false }
            } else if t.tag == .verb || t.tag == .aux {
                guard inRelative else { return false }
            }
        }
        return true
    }
}
