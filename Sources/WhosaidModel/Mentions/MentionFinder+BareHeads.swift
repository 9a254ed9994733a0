import WhosaidSyntax

/// Speakers named by a bare head: `…, said another.`, `The two said…`, `Others say…`, `Both
/// agreed that…`. The head is a determiner or a number standing for people already in view.
extension MentionFinder {
    /// Determiners and pronoun-like words that can stand alone as a speaker.
    static let bareHeads: WordSet = ["another", "others", "both", "some", "many", "several", "most", "one", "few", "all",
                                         "everyone", "everybody", "someone", "somebody", "half"]
    /// Bare heads that stand for one person, not a group.
    static let singularBareHeads: WordSet = ["another", "one", "someone", "somebody"]
    /// Numbers that, after "the", stand for a group of speakers ("the two", "the three").
    static let groupNumbers: WordSet = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    /// The bare-head speaker covering tokens `first...last`, when that is all the phrase is.
    func bareHeadMention(first: Int, last: Int) -> SpeakerMention? {
        guard first >= 0, last < tokens.count, first <= last, last - first <= 1 else { return nil }
        let head = tokens[last]
        guard head.quote == nil else { return nil }
        let alone = first == last && Self.bareHeads.contains(head.lower)
        let theNumber = first + 1 == last && tokens[first].lower == "the" && Self.groupNumbers.contains(head.lower)
        guard alone || theNumber else { return nil }
        var m = make(first: first, last: last, kind: .description)
        m.head = head.lower
        m.actorKind = Self.singularBareHeads.contains(head.lower) ? .description : .group
        return m
    }

    /// A bare-head speaker starting at `start` and closing its clause (`…, said another.`).
    func bareHeadMention(startingAt start: Int, ceiling: Int) -> SpeakerMention? {
        // The one word, then two (a range: a list literal is an allocation at every call).
        for last in start...start + 1 where last <= ceiling {
            guard let m = bareHeadMention(first: start, last: last) else { continue }
            let next = last + 1
            if next > ceiling || tokens[next].lower.isOne(of: ".", ",", "!", "?", ";") { return m }
            // "“…,” the two write.": the bare head before its own reporting verb.
            if tokens[next].is(.reporting), tokens[next].tag == .verb, !Lexicon.isGerund(tokens[next].lower) { return m }
        }
        return nil
    }

    /// A bare-head speaker ending at `end` and opening its clause (`The two said`, `the hope that
    /// few will ask`), not before `floor`.
    func bareHeadMention(endingAt end: Int, floor: Int) -> SpeakerMention? {
        // The one word, then two (a range: a list literal is an allocation at every call).
        for first in (end - 1...end).reversed() where first >= floor {
            guard let m = bareHeadMention(first: first, last: end) else { continue }
            let before = first - 1
            // "Doyle and others said": the group named by a person and the rest, one speaker.
            if m.head == "others", first == end, before - 1 >= floor, tokens[before].lower == "and",
               let nameStart = coordinatedNameStart(endingAt: before - 1, floor: floor) {
                var group = make(first: nameStart, last: end, kind: .description)
                group.head = m.head
                group.actorKind = .group
                return group
            }
            if before < floor || tokens[before].lower.isOne(of: ",", ";", ":") || tokens[before].tag == .cconj { return m }
            // "Then someone shouted": an adverb opening the sentence stands before its subject.
            if before == floor, isSentenceStart(before), tokens[before].tag == .adv, tokens[before].isCapitalized { return m }
            // A subordinate clause's subject: "that", "because", "if" open the clause. Not the
            // generic "one" ("if one adds the votes"), who is nobody in particular.
            if m.head != "one", tokens[before].tag == .sconj || tokens[before].lower == "that" && tokens[before].tag != .det { return m }
        }
        return nil
    }

    /// Object pronouns that close a partitive speaker (`most of them`, `two of us`), the relative
    /// `whom` too (`…, many of whom say`).
    static let partitivePronouns: WordSet = ["them", "us", "whom"]
    /// Group words that head a partitive speaker (`each`, and the plural ``bareHeads``), besides
    /// the ``groupNumbers`` and numerals.
    static let partitiveHeads: WordSet = ["each", "all", "both", "many", "most", "some", "several", "few"]

    /// `Most of them said`, `Two of us agreed`, `Each of them wrote`: a group word, `of` and an
    /// object pronoun, ending at `end` and opening its clause, stand for some of a group in view.
    func partitivePronounSubject(endingAt end: Int, floor: Int) -> SpeakerMention? {
        guard end - 2 >= floor, Self.partitivePronouns.contains(tokens[end].lower), tokens[end - 1].lower == "of" else { return nil }
        let head = tokens[end - 2]
        guard head.quote == nil, Self.partitiveHeads.contains(head.lower) || Self.groupNumbers.contains(head.lower)
                || head.kind == .number else { return nil }
        let first = end - 2
        guard first == floor || tokens[first - 1].lower.isOne(of: ",", ";", ":") || tokens[first - 1].tag == .cconj
                || tokens[first - 1].tag == .sconj else { return nil }
        var m = make(first: first, last: end, kind: .description)
        m.head = head.lower
        m.actorKind = head.lower == "each" ? .description : .group
        return m
    }

    /// Words the tagger may read as adverbs that compare ages or amounts (`those over 60`).
    static let ageComparisons: WordSet = ["over", "under", "above", "below"]

    /// The most tokens of a `those` phrase's modifier (`Those over 60`, `those in the room`,
    /// `those hurt in the flood on Monday`).
    static let maxThoseModifierTokens = 7

    /// `Those over 60 say`, `those in the room said`, `Those close to him say`, `those familiar
    /// with the talks said`, `Those hurt in the flood said`: `those` and a modifier without a
    /// finite verb (a prepositional phrase, an adjective with its preposition, a participle and
    /// its phrase: ``opensThoseModifier(at:)``), ending at `end` and opening its clause, stand for
    /// a group of people. After a noun and `of` (`Families of those hurt in the flood said`) the
    /// noun's whole phrase is the group (``phrase(withPrepositionalObject:floor:)``).
    func thoseSubject(endingAt end: Int, floor: Int) -> SpeakerMention? {
        var k = end
        while k > floor, end - k < Self.maxThoseModifierTokens, tokens[k].lower != "those" {
            let t = tokens[k]
            guard t.quote == nil, t.isWord || t.kind == .number,
                  [.adp, .num, .noun, .propn, .adj, .det].contains(t.tag) || Self.ageComparisons.contains(t.lower)
                    || t.tag == .verb && tokens[k - 1].lower == "those"
                    || Self.thoseObjectPronouns.contains(t.lower) && tokens[k - 1].tag == .adp else { return nil }
            k -= 1
        }
        guard k >= floor, k < end, tokens[k].lower == "those", opensThoseModifier(at: k + 1),
              tokens[end].tag != .adp else { return nil }
        var m = make(first: k, last: end, kind: .description)
        m.head = "those"
        m.actorKind = .group
        if k == floor || tokens[k - 1].lower.isOne(of: ",", ";", ":") || tokens[k - 1].tag == .cconj { return m }
        // "Families of those hurt in the flood": the noun before `of` heads the group.
        guard tokens[k - 1].lower == "of", var whole = phrase(withPrepositionalObject: m, floor: floor),
              whole.first == floor || tokens[whole.first - 1].lower.isOne(of: ",", ";", ":") || tokens[whole.first - 1].tag == .cconj
        else { return nil }
        whole.actorKind = .group
        return whole
    }

    /// Object pronouns that may close a `those` phrase's modifier (`Those close to him`).
    static let thoseObjectPronouns: WordSet = ["him", "her", "them", "us", "me"]

    /// Whether the word at `k`, right after `those`, opens a modifier that makes `those` a group
    /// of people: a preposition or age comparison (`those in the room`, `those over 60`), an
    /// adjective that takes its own preposition (`close to`, `familiar with`:
    /// ``postnominalModifiers``), or a participle (`those hurt in…`, `those living near…`), which
    /// a finite verb after the phrase shows is no finite verb itself.
    func opensThoseModifier(at k: Int) -> Bool {
        let t = tokens[k]
        if t.tag == .adp || Self.ageComparisons.contains(t.lower) { return true }
        if k + 1 < tokens.count, let prepositions = Self.postnominalModifiers[t.lower] { return prepositions.contains(tokens[k + 1].lower) }
        guard t.tag == .verb, !t.isCapitalized, !t.is(.reporting) else { return false }
        let w = t.lower
        return Lexicon.isGerund(w) || w.endsWith("ed") || w.endsWith("en") || Attributor.irregularParticiples.contains(w)
    }

    /// Whether token `k` is a partitive head (a bare head, ``partitiveHeads`` or a group number:
    /// `One`, `Each`, `Two`) opening the sentence before the `of` at `link`: `One of the owners`
    /// is one phrase there, as `one of the owners` is inside a sentence.
    func opensSentenceAsPartitiveHead(_ k: Int, link: Int, floor: Int) -> Bool {
        guard k >= floor, link == k + 1, tokens[link].lower == "of", tokens[link].quote == nil,
              tokens[k].isWord, tokens[k].isCapitalized, tokens[k].quote == nil, k == floor || isSentenceStart(k) else { return false }
        let w = tokens[k].lower
        return Self.bareHeads.contains(w) || Self.partitiveHeads.contains(w) || Self.groupNumbers.contains(w)
    }
}
