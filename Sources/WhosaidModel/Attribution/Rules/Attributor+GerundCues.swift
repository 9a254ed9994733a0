import WhosaidSyntax

/// Speakers of a reporting gerund that no comma sets off: its own subject right before it
/// (`with Gorka noting that…`, `Pope Francis calling Christmas a sham`), or, after a preposition,
/// who the sentence says spoke (`Bolton distanced himself by saying…`, `critics attacked Cole for
/// claiming…`, `After saying he was nervous, the man…`).
extension Attributor {
    /// Prepositions before a reporting gerund whose speaker is the main clause's subject.
    static let gerundPrepositions: WordSet = ["by", "after", "before", "despite", "while", "when", "without", "in", "since", "upon"]

    /// The speaker of the reporting gerund at `v` that stands right after a noun phrase or a
    /// preposition, or nil.
    func gerundSpeaker(_ v: Int, first: Int) -> SpeakerMention? {
        guard v > first, tokens[v - 1].quote == nil else { return nil }
        // "after initially saying": a manner adverb between the preposition and the participle.
        if v - 2 > first, isMannerAdverbBeforeCue(v - 1), Self.gerundPrepositions.contains(tokens[v - 2].lower),
           tokens[v - 2].tag == .adp || tokens[v - 2].tag == .sconj {
            let last = sentenceLastToken(from: v)
            guard opensReportedClause(at: v + 1, last: last) || thatAfterGerundAdjuncts(v, last: last) != nil,
                  !opensSentenceAfterAdverbs(v - 2, first: first) else { return nil }
            return mainVerbSubject(before: v - 2, first: first)
        }
        let before = tokens[v - 1]
        // After a preposition the gerund must report a clause or a quote (`by saying he would…`),
        // not name a thing (`by citing studies`, `by categorizing details`).
        let last = sentenceLastToken(from: v)
        // "after saying in a debate that…": the cue's adjuncts may stand before its `that`
        // (``thatAfterGerundAdjuncts(_:last:)``).
        let reportsClause = opensReportedClause(at: v + 1, last: last) || thatAfterGerundAdjuncts(v, last: last) != nil
        if before.lower == "for" || Self.gerundPrepositions.contains(before.lower), !reportsClause { return nil }
        if before.lower == "for" {
            // "Pruett apologized for saying", "was criticized for saying": the verb's subject.
            if v - 2 >= first, tokens[v - 2].tag == .verb { return subject(ofVerb: v - 2, floor: first) }
            // "attacked Cole for claiming": the object of the verb before "for".
            if let object = finder.phrase(endingAt: v - 2, floor: first), object.first - 1 >= first,
               tokens[object.first - 1].tag == .verb, object.kind != .description {
                return object
            }
            return nil
        }
        if Self.gerundPrepositions.contains(before.lower), before.tag == .adp || before.tag == .sconj {
            if opensSentenceAfterAdverbs(v - 1, first: first) { return frontedQuoteMainSubject(after: v) }
            return v - 1 > first ? mainVerbSubject(before: v - 1, first: first) : nil
        }
        // "…, with 30 percent of voters saying they…": an absolute `with` clause's own subject.
        if let m = withClauseSpeaker(gerund: v, first: first, last: last) ?? withClausePhraseSpeaker(gerund: v, first: first, last: last) { return m }
        // "Martin O'Malley calling Trump a fascist": a person's name is the gerund's own subject
        // (other noun phrases before a gerund are mostly what it describes: "a report calling for").
        guard before.isWord, !titleCase[tokens[v].sentence], let m = finder.phrase(endingAt: v - 1, floor: first), m.last == v - 1,
              m.kind == .name, m.actorKind == .person, !before.is(.timeWord),
              !Self.auxiliaryClitics.contains(where: { before.lower.hasSuffix($0) }) else { return nil }
        return nameAfterCommonNounLink(in: m) ?? m
    }

    /// Whether token `p` opens its sentence, after adverbs at most (`Just by saying…`).
    func opensSentenceAfterAdverbs(_ p: Int, first: Int) -> Bool {
        (first..<p).allSatisfy { tokens[$0].tag == .adv && tokens[$0].quote == nil }
    }

    /// `By saying “We will not yield,” the mayor ended the talks.`: the subject of the main
    /// clause after a fronted preposition and reporting gerund whose object is a quote, the
    /// clause starting past the comma that closes the quote (inside its marks or after them).
    func frontedQuoteMainSubject(after v: Int) -> SpeakerMention? {
        let last = sentenceLastToken(from: v)
        guard v + 1 <= last, isOpenMark(v + 1) || v + 2 <= last && tokens[v + 1].lower == "," && isOpenMark(v + 2),
              let qi = tokens.indices[(v + 1)...].first(where: { tokens[$0].quote != nil }).flatMap({ tokens[$0].quote }) else { return nil }
        var c = closeToken[qi] + 1
        if lastMark(ofQuote: qi) != "," {
            guard c <= last, tokens[c].lower == "," else { return nil }
            c += 1
        }
        guard c <= last, let m = finder.phrase(startingAt: c, ceiling: last), m.lastWithRole + 1 <= last,
              tokens[m.lastWithRole + 1].tag == .verb || tokens[m.lastWithRole + 1].tag == .aux else { return nil }
        return m
    }

    /// The name that ends `m` after a common noun and a link word (`footage of Ruiz`, `a clip of
    /// Ruiz`): the person a gerund after it is about (`footage of Ruiz saying…`), or nil.
    func nameAfterCommonNounLink(in m: SpeakerMention) -> SpeakerMention? {
        var k = m.last
        while k > m.first, tokens[k - 1].isCapitalized, tokens[k - 1].isWord { k -= 1 }
        guard k - 2 >= m.first, tokens[k - 1].lower.isOne(of: "of", "with", "from", "by"),
              !tokens[k - 2].isCapitalized, tokens[k - 2].tag == .noun, !tokens[k - 2].is(.title),
              !MentionFinder.roleNouns.contains(tokens[k - 2].lower) else { return nil }
        return finder.phrase(startingAt: k, ceiling: m.last)
    }

    /// `After saying he was nervous, the man asked…`: a preposition and a reporting gerund opening
    /// the sentence, its clause (a finite one, not a noun phrase: `In defending his record, …`) up
    /// to the first comma, the main clause's subject as the speaker.
    func frontedPrepositionalGerund(verb v: Int, first: Int, last: Int) -> Candidate? {
        guard v == first + 1, Self.gerundPrepositions.contains(tokens[first].lower) || tokens[first].lower == "for",
              let (c, m) = frontedClauseEnd(after: v, last: last) else { return nil }
        // "Since announcing in October that…": the clause opens at the `that` after the cue's
        // adjuncts (``thatAfterGerundAdjuncts(_:last:)``).
        let from = opensReportedClause(at: v + 1, last: c - 1) ? v + 1 : thatAfterGerundAdjuncts(v, last: c - 1)
        guard let from, let span = clauseSpan(from: from, to: c - 1), wordCount(span) >= 2 else { return nil }
        return make(span, cue: first...v, m, .reportedSpeech, 0.7)
    }

    /// Whether a reported clause opens at `k`: `that`, a quote, or a subject and a finite verb
    /// (`the budget was balanced`), its verb anywhere before `last`.
    func opensReportedClause(at k: Int, last: Int) -> Bool {
        guard k <= last else { return false }
        if tokens[k].lower == "that" || isOpenMark(k) { return true }
        var n = k
        while n <= last, n - k < Self.maxClauseSubjectWords, tokens[n].quote == nil, tokens[n].lower != "to",
              Self.nounPhraseTags.contains(tokens[n].tag) { n += 1 }
        guard n > k, n <= last else { return false }
        if tokens[n].tag == .adv, n + 1 <= last { n += 1 }
        let verb = tokens[n]
        return verb.quote == nil && (verb.tag == .aux || verb.tag == .verb && !Lexicon.isGerund(verb.lower))
    }

    /// Dashes that set off an aside.
    static let asideDashes: Set<String> = ["\u{2014}", "\u{2013}", "--", "-"]
    /// Whether `w` opens with the first byte of a dash of ``asideDashes`` or ``clauseDashes``
    /// (`-`, or the lead byte of `–` and `—`): tested first, it spares hashing the commas and
    /// coordinators the clause-end tests read.
    static func mayBeDash(_ w: String) -> Bool {
        let first = w.utf8.first
        return first == 0x2D || first == 0xE2
    }

    /// Whether `w` is one of the ``asideDashes``: its first byte read before the set is asked,
    /// so that the words and commas the rules test are not hashed.
    static func isAsideDash(_ w: String) -> Bool { mayBeDash(w) && asideDashes.contains(w) }

    /// Most tokens between a preposition's gerund and the finite verb of its clause.
    static let maxGerundToMainVerb = 20

    /// The subject of the nearest finite verb before `end` (`Dutch voters dealt a blow … by
    /// rejecting`, `Clinton quit giving speeches before announcing`), or nil.
    func mainVerbSubject(before end: Int, first: Int) -> SpeakerMention? {
        var k = end - 1
        while k >= first, end - k <= Self.maxGerundToMainVerb {
            let t = tokens[k]
            // "marched around the stadium — where the team played — while chanting": an aside
            // between dashes holds no main verb.
            if Self.isAsideDash(t.lower), t.quote == nil {
                let before = beforeAside(k, floor: first)
                if before != k {
                    k = before
                    continue
                }
            }
            if t.quote == nil, t.tag == .aux || t.tag == .verb && !Lexicon.isGerund(t.lower),
               k == first || tokens[k - 1].lower != "to" {
                // "Ruiz sent a campaign jab the mayor's way by suggesting": a "verb" whose subject
                // is another verb's object is a noun the tagger misread; the main verb is earlier.
                if let m = subject(ofVerb: k, floor: first), m.kind == .description, m.first > first,
                   tokens[m.first - 1].tag == .verb, !Lexicon.isGerund(tokens[m.first - 1].lower) {
                    k = m.first - 1
                    continue
                }
                // "Dean appeared on MSNBC and began by saying": a coordinated verb's subject.
                return subject(ofVerb: k, floor: first)
                    ?? (k > first && tokens[k - 1].lower == "and" ? firstCueSubject(first: first, before: k) ?? sentenceSubject(first: first, before: k) : nil)
            }
            k -= 1
        }
        return nil
    }
}

extension Attributor {
    /// Whether the words after `by` at `k` name a deed rather than speech: a participle in -ing
    /// (after any adverbs) that is no reporting verb (`responded by easing sanctions`, not
    /// `responded by saying…` or `by pointing to his record`).
    func byDeed(at k: Int, last: Int) -> Bool {
        var g = k
        while g < last, tokens[g].tag == .adv { g += 1 }
        return Lexicon.isGerund(tokens[g].lower) && !tokens[g].is(.reporting) && !tokens[g].is(.phrasalReporting)
    }
}
