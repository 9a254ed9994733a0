import WhosaidSyntax

/// The source after `according to`: a noun phrase the mention rules read, or else one read from
/// the tags alone (`recent polls`, `new county research`, `complete but unofficial returns`,
/// `state law`, `dayton-news.com`) — a source needs no determiner or capital.
extension Attributor {
    /// Most tokens of a source read from the tags.
    static let maxTaggedSourceTokens = 12
    /// Tags of the words of a source read from the tags.
    static let sourceTags: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .x]

    /// The source phrase starting at `start`, no further than `ceiling`; nil for a pronoun.
    func accordingToSource(startingAt start: Int, ceiling: Int) -> SpeakerMention? {
        // "…, according to her.": an object pronoun closing the phrase is a speaker the actors resolve.
        // `according to` may close the sentence or the text: `start` then lies past `ceiling`.
        if start <= ceiling, Self.objectPronouns.contains(tokens[start].lower), start == ceiling || !tokens[start + 1].isWord {
            return finder.make(first: start, last: start, kind: .pronoun)
        }
        if let m = finder.phrase(startingAt: start, ceiling: ceiling), !namesStatementSubject(m, sourceStart: start) {
            if let clause = contactClauseSource(m, start: start, ceiling: ceiling) { return clause }
            return m.kind == .pronoun ? nil : withoutTrailingDay(withSourceModifiers(headAfterIndefiniteName(m, ceiling: ceiling) ?? m, ceiling: ceiling))
        }
        var e = start - 1
        var head = -1
        while e + 1 <= ceiling, e + 1 - start < Self.maxTaggedSourceTokens {
            let t = tokens[e + 1]
            guard t.isWord, t.quote == nil else { break }
            // "reports the clerk filed": a determiner after a common head noun opens a relative
            // clause's subject, no part of the source's noun phrase.
            if t.tag == .det, head >= start, tokens[head].tag != .propn { break }
            // A modifier the tagger reads as an adverb or a verb before the rest of the phrase ("a
            // yearly Gallup poll", "complete but unofficial returns"): lower case, never the head.
            let modifier = e + 2 <= ceiling && !t.isCapitalized && tokens[e + 2].isWord && tokens[e + 2].quote == nil
                && (t.tag == .adv && t.isLyAdverb && Self.sourceTags.contains(tokens[e + 2].tag) && tokens[e + 2].tag != .det
                    || t.tag == .verb && !Lexicon.isGerund(t.lower) && tokens[e + 2].tag == .cconj)
            // "according to state law", "according to reports": right after `to` no bare verb can
            // stand, so a word the tagger read as one (taking `to` for an infinitive's) is a noun.
            let nounReadAsVerb = e + 1 == start && t.tag == .verb && !t.isCapitalized && !Lexicon.isGerund(t.lower)
            if Self.sourceTags.contains(t.tag) || nounReadAsVerb {
                e += 1
                if t.tag == .noun || t.tag == .propn || t.tag == .x || nounReadAsVerb { head = e }
            } else if modifier {
                e += 1
            } else if t.tag == .cconj, e >= start, e + 2 <= ceiling, Self.sourceTags.contains(tokens[e + 2].tag) {
                e += 1  // "complete but unofficial returns"
            } else {
                break
            }
        }
        // "sources familiar with the effort": an adjective after the head opens its modifier.
        if head >= start, head < e, (head + 1...e).allSatisfy({ Self.sourceModifierAdjectives.contains(tokens[$0].lower) }) { e = head }
        guard head >= start, head == e, !tokens[start].is(.personalPronoun) else { return nil }
        var m = finder.make(first: start, last: e, kind: .description)
        m.head = tokens[head].lower
        m.actorKind = Lexicon.describedKind(head: m.head)
        return withoutTrailingDay(withSourceModifiers(m, ceiling: ceiling))
    }

    /// Day words that may close a source phrase as the time it spoke (`reports Monday`).
    static let sourceDayWords = WordSet(PersonNameIndex.weekdays.union(["today", "yesterday", "tonight"]))

    /// `according to reports Monday`, `according to a report Friday`: a day right after a
    /// source's common head noun is the time the source spoke, no part of the source and never
    /// its name; `m` without it, when the day or the word before it was read as the head (a source whose head stands
    /// earlier, `sources close to the team Monday`, keeps its words; a name such as `Tom Friday` keeps its words, and a participle
    /// keeps its day: `a poll released Monday`). A lone word the tagger read as a verb after `to`
    /// is a noun (`reports`).
    func withoutTrailingDay(_ m: SpeakerMention) -> SpeakerMention {
        let h = m.last - 1
        guard m.kind == .description, m.last > m.first, m.lastWithRole == m.last, Self.sourceDayWords.contains(tokens[m.last].lower),
              tokens[h].isWord, tokens[h].quote == nil, !tokens[h].isCapitalized,
              tokens[h].tag == .noun || tokens[h].tag == .verb && h == m.first,
              m.head == tokens[m.last].lower || m.head == tokens[h].lower else { return m }
        var source = finder.make(first: m.first, last: h, kind: .description)
        source.head = tokens[h].lower
        source.actorKind = Lexicon.describedKind(head: source.head)
        return source
    }

    /// Whether `m`, read from `sourceStart`, is a name after a comma that follows a source which
    /// is no person: "According to the survey, Lopez, the mayor, leads" — the name is the
    /// statement's subject, never an apposition naming a document, a record or a body, and the
    /// source ends at its comma. After a person (`a neighbor, Tom Reyes,`, `a spokeswoman for the
    /// chain, Jenna Ruiz,`) the apposed name is the source.
    ///
    /// What follows the name's closing comma decides first: a clause with a subject of its own
    /// (`According to the country's biggest bank, Deutsche Bank, the fund is empty`) leaves the
    /// name the source's apposition; a relative clause and then a verb (`According to an aide,
    /// Lopez, who has served two terms, plans…`) make it the subject.
    func namesStatementSubject(_ m: SpeakerMention, sourceStart: Int) -> Bool {
        guard m.first > sourceStart, let comma = counts.firstFreeComma(sourceStart, m.first - 1) else { return false }
        let last = sentenceLast[tokens[m.first].sentence]
        if m.last + 2 <= last, tokens[m.last + 1].lower == ",", tokens[m.last + 1].quote == nil {
            if predicateAfterRelativeClause(opening: m.last + 2, last: last) != nil { return true }
            if !Self.relativePronouns.contains(tokens[m.last + 2].lower), startsFiniteClause(at: m.last + 2, last: last) { return false }
        }
        guard comma > sourceStart, let source = finder.phrase(startingAt: sourceStart, ceiling: comma - 1) else { return true }
        return Self.isImpersonalSourceHead(source.head)
    }

    /// The finite verb right after a non-restrictive relative clause opening at `who` (`who has
    /// served two terms, plans…`): the clause holds a verb of its own and closes with a comma
    /// within ``MentionFinder/maxRelativeClauseLength``; nil otherwise. (Any predicate: the
    /// trailing cue's ``verbAfterRelativeClause(who:ceiling:)`` looks for a cue.)
    func predicateAfterRelativeClause(opening who: Int, last: Int) -> Int? {
        guard who <= last, tokens[who].lower.isOne(of: "who", "which") else { return nil }
        let longest = MentionFinder.maxRelativeClauseLength
        var k = who + 1
        while k <= last, k - who <= longest, tokens[k].lower != "," || tokens[k].quote != nil { k += 1 }
        guard k + 1 <= last, k - who <= longest, holdsFiniteVerb(who + 1, k - 1) else { return nil }
        var v = k + 1
        while v <= last, tokens[v].tag == .adv { v += 1 }
        guard v <= last, tokens[v].quote == nil else { return nil }
        // "plans to run": a catenative verb the tagger read as a plural noun before its infinitive.
        let catenative = tokens[v].tag == .noun && v + 2 <= last && tokens[v + 1].lower == "to" && tokens[v + 2].tag == .verb
        guard tokens[v].tag == .verb || tokens[v].tag == .aux || catenative, !Lexicon.isGerund(tokens[v].lower) else { return nil }
        return v
    }

    /// Heads of sources that are no person: documents, records, things and bodies (`survey`,
    /// `court filings`, `police`), singular or plural.
    static func isImpersonalSourceHead(_ head: String) -> Bool {
        let singular = head.count > 3 && head.endsWith("s") ? String(head.dropLast()) : head
        // (The organisation heads hold `spokesman`, a person who speaks for one.)
        return [head, singular].contains { ActorBuilder.inanimateHeads.contains($0) || Self.impersonalSourceHeads.contains($0)
            || Lexicon.describedKind(head: $0) == .organisation && !MentionFinder.roleNouns.contains($0) }
    }

    /// Records and bodies that `according to` names besides documents and organisations
    /// (`according to police`, `according to court records`).
    static let impersonalSourceHeads: WordSet = [
        "police", "data", "record", "filing", "figure", "result", "estimate", "count", "tally", "number", "authorities",
    ]

    /// Object pronouns that may close `according to` (`according to him`).
    static let objectPronouns: WordSet = ["him", "her", "them"]

    /// Most tokens of the modifier after a source's head (`released Friday by state gaming regulators`).
    static let maxSourceModifierTokens = 14
    /// Prepositions that open a source's modifier (`a report in the Register`, `lawyers with the
    /// project`, `interviews with party leaders`).
    static let sourceModifierPrepositions: WordSet = ["in", "with", "from", "by", "of", "among", "for"]
    /// Adjectives that take a source's modifier after it (`officials involved in the talks`,
    /// `people familiar with the plan`).
    static let sourceModifierAdjectives: WordSet = ["involved", "familiar", "close", "present"]

    /// Whether `first...last` ends with a name after a common noun (`a speech Mrs. Clinton`): a
    /// verb after it is the name's, in a relative clause without `that` (`… delivered in July`).
    func endsWithNameAfterNoun(_ first: Int, _ last: Int) -> Bool {
        guard tokens[last].isCapitalized else { return false }
        var k = last
        while k > first, tokens[k - 1].isCapitalized || tokens[k - 1].lower == "." { k -= 1 }
        return k > first && tokens[k - 1].tag == .noun && !tokens[k - 1].isCapitalized
    }

    /// `according to a CNN tally`: an indefinite article before a name wants a head noun after it,
    /// so a lower-case word closing the phrase there (before punctuation or a preposition) is that
    /// head, whatever tag the tagger gave it (`tally` read as an adverb left the source `a CNN`).
    /// The whole phrase is the source, a description. Nil when `m` is no such name.
    func headAfterIndefiniteName(_ m: SpeakerMention, ceiling: Int) -> SpeakerMention? {
        let h = m.last + 1
        guard m.kind == .name, m.first < m.last, Self.indefiniteArticles.contains(tokens[m.first].lower),
              tokens[m.first + 1].isCapitalized, h <= ceiling, tokens[h].isWord, !tokens[h].isCapitalized, tokens[h].quote == nil,
              !tokens[h].is(.stopWord), h == ceiling || !tokens[h + 1].isWord || tokens[h + 1].tag == .adp else { return nil }
        var whole = finder.make(first: m.first, last: h, kind: .description)
        whole.head = tokens[h].lower
        return whole
    }

    /// A source described by a common noun or an organisation's name, run on over what
    /// completes it: a second name after a slash (`a CNN/WMUR poll`), the head nouns after a
    /// name or possessive (`the RealClearPolitics polling average`, `the foundation's tally`) and a
    /// modifier after the head (`a report in the Des Moines Register`, `data released Friday by
    /// state regulators`, `people in attendance`), up to a comma, a relative pronoun or a verb.
    /// A person's name keeps its own bounds, and so does a source with an apposition.
    func withSourceModifiers(_ m: SpeakerMention, ceiling: Int) -> SpeakerMention {
        guard m.kind == .description || m.actorKind == .organisation, m.lastWithRole == m.last else { return m }
        func plainWord(_ k: Int) -> Bool { k <= ceiling && tokens[k].isWord && tokens[k].quote == nil }
        var e = m.last
        while e + 2 <= ceiling, tokens[e + 1].lower == "/", plainWord(e + 2), tokens[e + 1].end == tokens[e + 2].start {
            e += 2
            // "a New York Times/CBS News poll": the second name runs on over its capitalised words.
            while plainWord(e + 1), tokens[e].isCapitalized, tokens[e + 1].isCapitalized, tokens[e + 1].tag == .propn, !tokens[e + 1].is(.timeWord) { e += 1 }
        }
        var head = e
        // A gerund before a noun modifies it ("polling average").
        while plainWord(e + 1), !tokens[e + 1].isCapitalized, tokens[e + 1].tag == .noun || tokens[e + 1].tag == .propn
                || Lexicon.isGerund(tokens[e + 1].lower) && plainWord(e + 2) && tokens[e + 2].tag == .noun && !tokens[e + 2].isCapitalized {
            e += 1
            head = e
        }
        let opener = e + 1
        // Not a preposition before a time word ("on Monday"), which says when, not who; month
        // names are no time words here, and news annotation keeps them ("a poll in February").
        if plainWord(opener), !tokens[opener].isCapitalized, plainWord(opener + 1),
           Self.sourceModifierPrepositions.contains(tokens[opener].lower) && !tokens[opener + 1].is(.timeWord)
            || Self.sourceModifierAdjectives.contains(tokens[opener].lower)
            || tokens[opener].tag == .verb && tokens[opener].lower.endsWith("ed") && !endsWithNameAfterNoun(m.first, e) {
            var k = opener + 1
            while plainWord(k), k - opener < Self.maxSourceModifierTokens, !Self.relativePronouns.contains(tokens[k].lower),
                  tokens[k].tag != .aux, tokens[k].tag != .verb || tokens[k].lower.endsWith("ed") && tokens[k - 1].tag == .adv {
                k += 1
            }
            // The modifier ends on a word of substance, not a preposition or a determiner.
            while k - 1 > opener, [.adp, .det, .cconj].contains(tokens[k - 1].tag) { k -= 1 }
            // A participle alone completes the source (`data released`); a preposition alone does
            // not (`a study in which…`).
            if k - 1 > opener || tokens[opener].tag == .verb && k - 1 == opener { e = k - 1 }
        }
        guard e > m.last else { return m }
        var out = m
        out.last = e
        out.lastWithRole = e
        out.span = TextSpan(start: tokens[m.first].start, end: tokens[e].end)
        out.bareSpan = out.span
        out.head = tokens[head].lower
        return out
    }
}
