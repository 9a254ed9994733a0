import WhosaidSyntax

/// A subject carrying a restrictive relative clause: `Officials who spoke with the paper said…`,
/// `Progressive groups that have endorsed him say…`, `Officials whose budgets were cut say…`;
/// and one carrying a participle phrase: `A report published Monday said…`, `A copy of the memo
/// seen by the Herald said…`. The words right before the reporting verb
/// end the relative clause, so the speaker is the clause's antecedent, not a word inside it.
extension Attributor {
    /// Most tokens of a restrictive relative clause between its antecedent and the main verb
    /// (`leaders who'd rather be working now on a campaign for Cruz or Rubio or Ben Carson said`).
    static let maxRestrictiveClauseTokens = 20

    /// The antecedent of a restrictive relative clause that ends at token `e`, right before the
    /// verb: `who`/`that` after a noun, then the clause's own finite verb, no punctuation between.
    func restrictiveRelativeSubject(endingAt e: Int, floor: Int) -> SpeakerMention? {
        guard e > floor, tokens[e].isWord else { return nil }
        var r = e
        while r > floor, e - r < Self.maxRestrictiveClauseTokens {
            let t = tokens[r]
            guard t.isWord, t.quote == nil else { return nil }
            if Self.isWhoForm(t.lower) || t.lower == "whose" || t.lower == "that" && t.tag != .det {
                break
            }
            r -= 1
        }
        guard r > floor, r < e, Self.isWhoForm(tokens[r].lower) || tokens[r].lower == "whose" || tokens[r].lower == "that",
              (r + 1...e).contains(where: { tokens[$0].tag == .verb || tokens[$0].tag == .aux }) else { return nil }
        // The antecedent is a noun phrase ("groups", "officials in both parties"), never a verb
        // ("said that officials…") or a word of the clause before.
        // "More than 6 in 10 Republicans who attended said", "27 percent of those who named a
        // candidate said": a poll share is the antecedent whole.
        if let share = finder.quantitySubject(endingAt: r - 1, floor: floor) { return share }
        if let group = bareHeadWithClause(head: r - 1, clauseEnd: e, floor: floor) { return group }
        let antecedent = tokens[r - 1]
        guard antecedent.tag == .noun || antecedent.tag == .propn, !antecedent.is(.reporting) else { return nil }
        guard var m = finder.subject(endingAt: r - 1, floor: floor) ?? finder.taggedSubject(endingAt: r - 1, floor: floor),
              m.kind != .pronoun else { return nil }
        // "Two aides to the mayor who spoke…": the antecedent is the phrase the preposition ends.
        if m.first > floor, tokens[m.first - 1].is(.preposition), let whole = finder.phrase(withPrepositionalObject: m, floor: floor) {
            m = whole
        } else if let whole = openingWordBeforePreposition(of: m, floor: floor) {
            m = whole
        }
        return opensItsClause(m, floor: floor) ? m : nil
    }

    /// Pronoun-like heads that a restrictive `who` clause completes as a subject: `Those who
    /// attended said`, `Anyone who worked there said`, `Some of those who lost jobs said`: the
    /// bare heads that speak alone (``MentionFinder/bareHeads``) and those that need the clause.
    static let relativeBareHeads = WordSet(MentionFinder.bareHeads.union(["those", "anyone", "anybody"]))
    /// Heads of the above that stand for one person.
    static let singularRelativeBareHeads: WordSet = ["anyone", "anybody", "someone", "somebody", "one"]
    /// Heads of the above that name a share of a group on their own: the speaker is the head
    /// (`Some who backed him say` → `Some`), as news annotation names it; the others say
    /// nothing without their clause (`Those`, `Anyone`).
    static let quantityRelativeBareHeads: WordSet = ["many", "some", "all", "few", "most", "others"]

    /// The subject made of a bare head at `head` (see ``relativeBareHeads``), perhaps after a
    /// partitive (`Some of those`), and its relative clause up to `clauseEnd`: the people the
    /// clause picks out speak, never a noun inside the clause (`the meeting`, `jobs`). A clause
    /// that ends in an infinitive's `to` or a preposition holds the verb after it (`those who
    /// rise up to criticize him`): no subject then.
    func bareHeadWithClause(head: Int, clauseEnd: Int, floor: Int) -> SpeakerMention? {
        guard head >= floor, Self.relativeBareHeads.contains(tokens[head].lower), tokens[head].quote == nil,
              ![.adp, .part, .det, .cconj, .sconj].contains(tokens[clauseEnd].tag) else { return nil }
        var first = head
        // "Some of those who…", "Many of those who…".
        if first - 2 >= floor, tokens[first - 1].lower == "of", MentionFinder.partitiveHeads.contains(tokens[first - 2].lower) { first -= 2 }
        // "Smith and others who want a ban said": the group the name and the rest make.
        if first == head, tokens[head].lower == "others", let group = finder.bareHeadMention(endingAt: head, floor: floor) {
            return opensItsClause(group, floor: floor) ? group : nil
        }
        let alone = first == head && Self.quantityRelativeBareHeads.contains(tokens[head].lower)
        var m = finder.make(first: first, last: alone ? head : clauseEnd, kind: .description)
        m.head = tokens[head].lower
        m.actorKind = Self.singularRelativeBareHeads.contains(tokens[head].lower) ? .description : .group
        return opensItsClause(m, floor: floor) ? m : nil
    }

    /// Whether `w` is `who`, alone or with an auxiliary written onto it (`who'd`, `who’ve`,
    /// `who's`, `who'll`): the relative pronoun either way.
    static func isWhoForm(_ w: String) -> Bool {
        // Only a text whose first scalar is `w` has the prefix (no other scalar or sequence is
        // canonically equivalent to it): the first byte turns most words away before `hasPrefix`
        // compares Characters.
        guard w.utf8.first == UInt8(ascii: "w"), w.hasPrefix("who") else { return false }
        if w.count == 3 { return true }
        let rest = w.dropFirst(3)
        return rest.first == "'" || rest.first == "\u{2019}" ? auxiliaryClitics.contains { rest.dropFirst() == $0.dropFirst() } : false
    }

    /// `Farmers in the region who lost crops said`: one capitalised word opening the sentence, a
    /// preposition, then the relative clause's antecedent; the tagger read the plural as a name,
    /// so no phrase was found, but the whole run is the subject (the description it heads).
    func openingWordBeforePreposition(of m: SpeakerMention, floor: Int) -> SpeakerMention? {
        let p = m.first - 1
        guard p - 1 == floor, finder.isSentenceStart(floor), tokens[p].is(.preposition), tokens[p].quote == nil,
              tokens[floor].isCapitalized, tokens[floor].isWord, tokens[floor].tag == .propn || tokens[floor].tag == .noun,
              Lexicon.isGroupHead(tokens[floor].lower) else { return nil }
        var whole = finder.make(first: floor, last: m.last, kind: .description)
        whole.head = tokens[floor].lower
        whole.actorKind = .group
        return whole
    }

    /// Whether phrase `m` opens its clause, as a subject does; a focusing adverb may stand before
    /// it ("Even Republicans who praised him warned…"), and a verb of thinking may take the clause
    /// as its object ("I remember a sign that we put up said…", ``beliefOpensClause(before:floor:)``).
    func opensItsClause(_ m: SpeakerMention, floor: Int) -> Bool {
        if m.first == floor { return true }
        var before = m.first - 1
        if before >= floor, Self.focusingAdverbs.contains(tokens[before].lower), tokens[before].tag == .adv {
            if before == floor { return true }
            before -= 1
        }
        // A dash opens a clause as a comma does (`Was it a gaffe? - Voters who watched it said…`).
        return tokens[before].lower.isOne(of: ",", ";", ":") || tokens[before].tag == .cconj || tokens[before].tag == .sconj
            || Self.isAsideDash(tokens[before].lower) && tokens[before].quote == nil
            || beliefOpensClause(before: before, floor: floor)
    }

    /// Whether token `b` is a verb of thinking or remembering (``beliefVerbs``) right before a
    /// clause without `that`, its subject starting at `b + 1`: `I remember a sign that we put up said, “…”`.
    func beliefOpensClause(before b: Int, floor: Int) -> Bool {
        b >= floor && tokens[b].tag == .verb && tokens[b].quote == nil && Self.beliefVerbs.contains(tokens[b].lower)
    }

    /// Most tokens of a participle phrase between the subject's noun and the main verb
    /// (`seen by the Herald`, `published late on Monday`).
    static let maxParticiplePhraseTokens = 6
    /// The most tokens between an -ing participle after a subject noun and the subject's verb
    /// (`Democrats trying to regain control of the Senate in November say`).
    static let maxGerundPhraseTokens = 10

    /// Whether token `k` is a word of a time expression (`on`, `Monday`, `last`, `week`).
    func isTimeExpressionWord(_ k: Int) -> Bool {
        tokens[k].quote == nil && (tokens[k].is(.timeWord) || Self.timeExpressionWords.contains(tokens[k].lower)
            || Self.timePrepositions.contains(tokens[k].lower))
    }

    /// Tags of the words of a prepositional or time phrase after a participle (built once, not per call).
    static let participlePhraseTags: Set<UPOS> = [.adp, .det, .adj, .noun, .propn, .num]

    /// Particles that make a phrasal verb of the word before them.
    static let verbParticles: WordSet = ["out", "up", "off", "down", "back", "over", "away"]

    /// Past participles that do not end in -ed, -en or -wn.
    static let irregularParticiples: WordSet = [
        "held", "made", "sent", "brought", "told", "found", "led", "read", "paid", "built", "bought", "kept",
        "left", "won", "put", "set", "cut", "run", "spent", "sought", "heard", "met", "hurt", "hit", "shot", "struck", "caught",
    ]

    /// The subject whose noun a participle phrase follows, the phrase ending at token `e` right
    /// before the verb: a past participle after a noun, then at most a prepositional or time
    /// phrase without a verb or punctuation (`A report published Monday said`, `the memo seen by
    /// the Herald said`). Nil when the words before the verb are no such phrase.
    func participlePhraseSubject(endingAt e: Int, verb v: Int, floor: Int) -> SpeakerMention? {
        // Only time words the verb group left out stand between the phrase and the verb
        // (`voters appeared to see` is a catenative verb, no participle phrase).
        // A closure, not the method: passed as a value, the method took a copy of the whole
        // attributor (a retain of each of its arrays) at every call.
        guard e < v, (e + 1..<v).allSatisfy({ isTimeExpressionWord($0) }) else { return nil }
        // Only the words of a prepositional or time phrase stand between: a past tense would have
        // its own object, clause or coordination (`lawyers looked through the e-mails and said`).
        var p = e
        while p > floor, e - p < Self.maxParticiplePhraseTokens, tokens[p].quote == nil,
              Self.participlePhraseTags.contains(tokens[p].tag) || tokens[p].is(.timeWord) || tokens[p].lower.isPossessiveForm {
            p -= 1
        }
        guard p > floor, tokens[p].tag == .verb, tokens[p].quote == nil, !tokens[p].isCapitalized else { return nil }
        let w = tokens[p].lower
        guard w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || Self.irregularParticiples.contains(w) else { return nil }
        // The phrase after the participle opens with a preposition or a time word (`by the Herald`,
        // `Monday`) and ends in its noun (`the complex filled with` is no phrase).
        if p < e {
            // A particle makes a phrasal past tense with an object (`sent out a message`, `picked up on`).
            guard tokens[p + 1].tag == .adp && tokens[p + 1].lower != "to" && !Self.verbParticles.contains(tokens[p + 1].lower)
                    || tokens[p + 1].is(.timeWord),
                  [.noun, .propn, .num].contains(tokens[e].tag) || tokens[e].is(.timeWord) else { return nil }
            // "The council met after Lowe said": a subordinator before a phrase that can speak
            // opens the reporting verb's own clause, whose subject that phrase is; the past tense
            // before it is the main clause's finite verb, no participle (`A report released after
            // the meeting said` keeps its phrase).
            // A document before the participle (`A report released after the mayor said…`) is
            // the sentence's subject: without the participle reading it would have no verb.
            let documentBefore = p - 1 > floor && (ActorBuilder.inanimateHeads.contains(tokens[p - 1].lower) || MentionFinder.recordNouns.contains(tokens[p - 1].lower))
            if !documentBefore, opensSpeakerClause(at: p + 1, subjectEnd: e) { return nil }
        }
        // The noun may be a reporting word (`A report published Monday said`): the tag says it is a noun.
        let noun = tokens[p - 1]
        guard noun.tag == .noun || noun.tag == .propn, noun.quote == nil else { return nil }
        guard var m = finder.subject(endingAt: p - 1, floor: floor) ?? finder.taggedSubject(endingAt: p - 1, floor: floor),
              m.kind != .pronoun else { return nil }
        if m.first > floor, tokens[m.first - 1].is(.preposition), let whole = finder.phrase(withPrepositionalObject: m, floor: floor) {
            m = whole
        }
        // A name carries its phrase by the finder's own reading (`People briefed on the talks`),
        // but not over a subordinator: common nouns that the sentence's capital made a name head
        // the phrase then (`Officials briefed after the meeting said`: not the meeting).
        let capitalisedNouns = p < e && Self.clauseOpeners.contains(tokens[p + 1].lower) && finder.isCommonNounsOpeningSentence(m)
        guard opensItsClause(m, floor: floor), m.kind == .description || capitalisedNouns else { return nil }
        let head = m.head
        // A time word after the phrase that the verb group left out is the participle's (`released Thursday`).
        let last = v - 1
        m = finder.make(first: m.first, last: last, kind: .description)
        m.head = head
        if capitalisedNouns { m.actorKind = Lexicon.describedKind(head: head) }
        return m
    }

    /// Whether the subordinator at `s` (``clauseOpeners``: `after`, `until`, `as`…) opens a clause
    /// whose subject is the phrase from `s + 1` to `e`, right before the reporting verb, because
    /// that phrase can speak (``canSpeak(_:)``): `after Lowe`, `until the chairwoman`, `as Ann
    /// Ruiz`, `after the mayor of Dayton`. An event after it (`after the meeting`) is the
    /// subordinator's object instead.
    func opensSpeakerClause(at s: Int, subjectEnd e: Int) -> Bool {
        guard s >= 0, s < e, e < tokens.count, tokens[s].quote == nil, Self.clauseOpeners.contains(tokens[s].lower),
              var m = finder.subject(endingAt: e, floor: s + 1), m.last == e else { return false }
        // "after the mayor of Dayton": the phrase whose prepositional object the finder found.
        if m.first > s + 1, tokens[m.first - 1].is(.preposition), let whole = finder.phrase(withPrepositionalObject: m, floor: s + 1) {
            m = whole
        }
        return m.first == s + 1 && canSpeak(m)
    }

    /// Whether mention `m` names someone who can speak, as a clause's subject before a reporting
    /// verb: a pronoun, a name that is no time word, or a description headed by a job, a title, a
    /// group of people or an organisation that is no document (`the mayor`, `police`, `the central
    /// bank`; not `the meeting`, `the storm`, `the report`).
    func canSpeak(_ m: SpeakerMention) -> Bool {
        switch m.kind {
        case .pronoun:
            return true
        case .name:
            return !tokens[m.last].is(.nonSpeakerHead) && !tokens[m.last].is(.timeWord)
        case .description:
            // The head word, which a prepositional phrase may follow (`the mayor of Dayton`).
            let k = (m.first...m.last).last { tokens[$0].lower == m.head } ?? m.last
            let head = tokens[k], w = head.lower
            return MentionFinder.roleNouns.contains(w) || head.is(.title) || finder.isPluralGroupNoun(k)
                || MentionFinder.unmarkedPluralHeads.contains(w)
                || head.is(.organisationHead) && !ActorBuilder.inanimateHeads.contains(w) && !Self.occasionNouns.contains(w)
        }
    }

    /// Whether token `k` (before `e`) is the `to` of an infinitive or its bare verb (`to regain`).
    func isInfinitiveWord(_ k: Int, before e: Int) -> Bool {
        let t = tokens[k]
        if t.lower == "to" { return k + 1 <= e && tokens[k + 1].tag == .verb && !Lexicon.isGerund(tokens[k + 1].lower) }
        return t.tag == .verb && k > 0 && tokens[k - 1].lower == "to" && !Lexicon.isGerund(t.lower)
    }

    /// `Democrats supporting Ann Lowe said…`: a noun, an -ing participle and its object before the
    /// verb; the noun's phrase speaks, as a participle phrase of ``participlePhraseSubject(endingAt:verb:floor:)``
    /// does, not the participle's object (which the finder would read as the subject).
    func gerundPhraseSubject(endingAt e: Int, verb v: Int, floor: Int) -> SpeakerMention? {
        guard e + 1 == v else { return nil }
        var p = e
        // The participle's object may hold prepositional phrases and an infinitive (`Democrats
        // trying to regain control of the Senate in November say`), no finite verb.
        while p > floor, e - p < Self.maxGerundPhraseTokens, tokens[p].quote == nil,
              [.det, .adj, .noun, .propn, .num, .adp].contains(tokens[p].tag) || tokens[p].lower.isPossessiveForm
                || MentionFinder.possessivePronouns.contains(tokens[p].lower) || isInfinitiveWord(p, before: e) {
            p -= 1
        }
        guard p > floor, p < e, tokens[p].tag == .verb, !tokens[p].isCapitalized, tokens[p].quote == nil,
              Lexicon.isGerund(tokens[p].lower), !tokens[p].is(.reporting), tokens[e].tag != .adp,
              tokens[p + 1].tag != .adp else { return nil }
        // A prepositional phrase only inside an infinitive's object: `Farmers driving tractors
        // through the town said` is the farmers, whose participle says what they were doing.
        // (`of` belongs to the object's own noun phrase: `fighting the closure of the school`.)
        if (p + 1...e).contains(where: { tokens[$0].tag == .adp && tokens[$0].lower != "of" }), !(p + 1...e).contains(where: { tokens[$0].lower == "to" && isInfinitiveWord($0, before: e) }) {
            return nil
        }
        let noun = tokens[p - 1]
        guard noun.tag == .noun || noun.tag == .propn && Lexicon.isGroupHead(noun.lower), noun.quote == nil,
              var m = finder.subject(endingAt: p - 1, floor: floor), m.kind != .pronoun,
              m.kind == .description || m.first == p - 1 && Lexicon.isGroupHead(noun.lower),
              opensItsClause(m, floor: floor) else { return nil }
        let head = m.kind == .description ? m.head : noun.lower
        m = finder.make(first: m.first, last: e, kind: .description)
        m.head = head
        return m
    }
}
