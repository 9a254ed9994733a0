import WhosaidSyntax

/// A reporting verb that ends its sentence after an adjunct: `…, Mayor Ann Pruett said
/// Wednesday.`, `…, Ann Pruett told reporters.`, `…, she said in a statement on Monday.` The
/// words after the verb hold no verb, subordinator or quotation, so no new clause starts there.
extension Attributor {
    /// The most words a trailing adjunct may have.
    static let maxAdjunctWords = 12
    /// Adverbs of time that may open a cue's closing adjunct (`said late Monday`, `said afterward`).
    static let timeAdverbs: WordSet = ["late", "early", "afterward", "afterwards", "later", "earlier", "separately",
                                           "previously", "recently", "again", "yesterday", "today", "tonight"]
    /// Focusing adverbs that may stand between a cue and its `that` (`said only that`, `told
    /// reporters also that`): stop words elsewhere, so listed apart from other adverbs. Not `just`
    /// or `even`, whose `that` is mostly a demonstrative object (`proposed just that`).
    static let focusingAdverbsBeforeThat: WordSet = ["only", "also"]
    /// Tags that open a clause of their own and so end an adjunct.
    static let clauseTags: Set<UPOS> = [.verb, .aux, .sconj]

    /// Verbs whose first object is the person spoken to (`told reporters`), not what was said.
    /// (A ``WordSet``: asked about the verb of nearly every cue, by many rules.)
    static let addresseeVerbs = WordSet(Set(["tell", "inform", "assure", "remind", "advise", "ask"].flatMap(Lexicon.inflections)))

    /// Whether the words after token `e` up to the sentence's last token `last` are an adjunct
    /// of the verb `v` that ends at `e` (or nothing), closing the sentence: a time, a place, a
    /// prepositional phrase, or the person told; never an object (`criticized the party`).
    func endsSentenceAfterAdjunct(_ cueEnd: Int, verb v: Int, last: Int) -> Bool {
        var e = cueEnd
        if endsSentence(after: e, last: last) { return true }
        // "…, Lopez said in Dayton, Ohio, on Tuesday.": the cue's town may have its state after it.
        if e + 1 < last, tokens[e + 1].lower == ",", let state = placeStateEnd(comma: e + 1, after: v, last: last) {
            if endsSentence(after: state, last: last) { return true }
            guard tokens[state + 1].lower == ",", state + 2 < last else { return false }
            // "…, Ohio, where she campaigned.": a clause on the place is the reporter's; so is a
            // clause a coordinator adds (`…, Ohio, and Ortiz agreed`).
            if Self.placeClauseOpeners.contains(tokens[state + 2].lower), !counts.holdsComma((state + 3)..<last) { return true }
            if Self.listCoordinators.contains(tokens[state + 2].lower) || tokens[state + 2].lower == "but" { return true }
            e = state + 1
        }
        // "…, he said on MSNBC’s “Morning Joe.”": the title of a work may close the sentence, and
        // hold its full stop.
        let titleClosesSentence = isCloseMark(last) && workTitle(closingAt: last) != nil
        guard tokens[last].lower.isOne(of: ".", "!", "?") || titleClosesSentence, e + 1 < last else { return false }
        let opener = tokens[e + 1]
        // "…, Musa said while visiting Geneva.": an adverbial clause alone after the cue, closing
        // the sentence (after a comma, a clause may go on with what was said: `said after
        // meeting aides, because the county is broke`).
        if opener.quote == nil, Self.adjunctClauseSubordinators.contains(opener.lower), opener.tag == .sconj,
           !counts.holdsComma((e + 2)..<last) {
            return true
        }
        let opensWithAdjunct = opener.tag == .adp || opener.is(.timeWord) || opener.tag == .num || Self.timeAdverbs.contains(opener.lower)
            || opener.tag == .propn && Lexicon.nonSpeakerHeads.contains(opener.lower)
            || Self.addresseeVerbs.contains(tokens[v].lower)
            || tokens[e].lower.isPossessiveForm && isOpenMark(e + 1) && workTitle(openingAt: e + 1) != nil  // `on ABC’s “This Week”`
            || opensGerundAdjunct(at: e + 1, last: last)
        guard opensWithAdjunct else { return false }
        var words = 0
        var k = e + 1
        while k < last {
            defer { k += 1 }
            // A title is one word of the adjunct (`on Fox’s “Meet the Press” on Sunday`).
            if isOpenMark(k), let qi = workTitle(openingAt: k) {
                words += 1
                if closeToken[qi] == last { break }
                k = closeToken[qi]
                continue
            }
            let t = tokens[k]
            // "…, Lopez told supporters at a rally in Dayton, Ohio, on Tuesday.": a town's state
            // after its comma, and the comma closing it before more of the adjunct.
            if t.lower == ",", let state = placeStateEnd(comma: k, after: e, last: last) {
                k = state
                if k + 2 <= last, tokens[k + 1].lower == ",", tokens[k + 2].tag == .adp || tokens[k + 2].is(.timeWord) { k += 1 }
                continue
            }
            // The adjunct's noun may carry a clause of its own (`in a statement issued after the
            // meeting`, `in an interview that was broadcast Sunday`), and a subordinate clause
            // may follow it (`on condition of anonymity because…`): the reporter's words, none
            // of them reported.
            if k > e + 1, closesAdjunctWithClause(at: k, last: last) { return true }
            if k > e + 1, opensPronounClause(at: k, last: last), opener.is(.timeWord) || opener.tag == .num
                || Self.timeAdverbs.contains(opener.lower) || Self.occasionPrepositions.contains(opener.lower) { return true }
            if k > e + 1, isParticipleAfterNoun(k) { words += 1; continue }
            let gerundAdjunct = opensGerundAdjunct(at: k, last: last) || k - 1 > e && opensGerundAdjunct(at: k - 1, last: last)
            if t.quote != nil || isOpenMark(k) || Self.clauseTags.contains(t.tag) && !gerundAdjunct || t.lower == "that" { return false }
            if t.isWord { words += 1 }
            // "…, Lind said this week at an event in Utah — an apparent reversal.": a noun phrase
            // set off after the adjunct comments on the whole sentence.
            if k > e + 1, opensSentenceAppositive(at: k, last: last) { return true }
            if words > Self.maxAdjunctWords || t.lower.isOne(of: ",", ";", ":") { return false }
        }
        return true
    }

    /// Subordinators that open an adverbial clause after a cue's adjunct (`…, two officials told
    /// Reuters on condition of anonymity because the decision was not public.`).
    static let adjunctClauseSubordinators: WordSet = ["because", "while", "although", "though", "since", "as", "when", "after", "before", "until"]

    /// Whether token `k`, inside a cue's adjunct, opens a clause that is the adjunct's own: a
    /// subordinator (``adjunctClauseSubordinators``), or `that`/`which` right after a noun and
    /// before a verb (a relative clause, not the cue's `that`-clause: `an interview that aired`).
    func closesAdjunctWithClause(at k: Int, last: Int) -> Bool {
        let t = tokens[k]
        guard t.quote == nil, k + 1 <= last else { return false }
        if Self.adjunctClauseSubordinators.contains(t.lower), t.tag == .sconj { return true }
        guard t.lower == "that" || t.lower == "which" else { return false }
        let noun = tokens[k - 1], next = tokens[k + 1]
        return (noun.tag == .noun || noun.tag == .propn) && (next.tag == .verb || next.tag == .aux) && next.quote == nil
    }

    /// Whether token `k` after a postposed cue's adjunct opens a clause of the reporter's with a
    /// subject pronoun: a subordinator the tagger read as a preposition (`said Monday as she
    /// unveiled the budget`), or `where` after the adjunct's noun (`at a news conference where
    /// she also announced…`).
    func opensPronounClause(at k: Int, last: Int) -> Bool {
        let t = tokens[k]
        guard t.quote == nil, k + 2 <= last,
              Self.adjunctClauseSubordinators.contains(t.lower) || t.lower == "where" && tokens[k - 1].tag == .noun,
              ReportingVerbTagRepair.subjectPronouns.contains(tokens[k + 1].lower), tokens[k + 1].quote == nil else { return false }
        return holdsFiniteVerb(k + 2, min(last, k + 1 + Self.maxVerbGroupLead))
    }

    /// Words that open a clause on a place after its state (`in Dayton, Ohio, where…`).
    static let placeClauseOpeners: WordSet = ["where", "which", "who"]
    /// Prepositions before a town that its state may follow after a comma (`in Dayton, Ohio`).
    static let townPrepositions: WordSet = ["in", "at", "from", "of", "near", "outside"]
    /// Most tokens of a town's or a state's name (`St. Louis`, `N.H.`).
    static let maxPlaceNameTokens = 4

    /// When the comma at `k` inside a cue's adjunct (after token `e`) stands between a town the
    /// adjunct's preposition opens and its state (`in Dayton, Ohio`, `at a rally in Naples, Fla.`),
    /// the state's last token: a comma or the sentence's end follows it. Else nil.
    func placeStateEnd(comma k: Int, after e: Int, last: Int) -> Int? {
        guard k - 1 > e, k + 1 <= last, tokens[k - 1].isCapitalized, tokens[k + 1].isCapitalized, tokens[k + 1].quote == nil else { return nil }
        var p = k - 1
        while p > e, k - p <= Self.maxPlaceNameTokens, tokens[p].isCapitalized || tokens[p].lower == "." { p -= 1 }
        guard p > e, Self.townPrepositions.contains(tokens[p].lower) else { return nil }
        var j = k + 1
        while j + 1 <= last, j + 1 - k <= Self.maxPlaceNameTokens, tokens[j + 1].isCapitalized || tokens[j + 1].lower == "." && tokens[j].isCapitalized { j += 1 }
        guard j + 1 > last || tokens[j + 1].lower == "," || j + 1 == last && tokens[j + 1].lower.isOne(of: ".", "!", "?") else { return nil }
        return j
    }

    /// Whether the words from `first` to the subject's comma are one subordinate clause (`As
    /// Obama spoke on Sunday, Trump responded from the heart as he…`): a subordinator opens them
    /// and no comma closes it before, so no main clause stands there for the cue to report.
    func isSubordinateClauseOnly(_ first: Int, comma: Int) -> Bool {
        let t = tokens[first]
        guard t.quote == nil, Self.subordinators.contains(t.lower) || Self.adjunctClauseSubordinators.contains(t.lower) else { return false }
        return !(first + 1..<comma).contains { tokens[$0].lower == "," }
    }

    /// Whether a participle clause of the reporter's opens at token `n`: a reporting participle,
    /// which reports a statement of its own (`adding that…`, `citing security concerns`), or one
    /// on how the speaker spoke (``mannerParticipleOpeners``: `declining to give details`), whose
    /// words hold no finite verb of their own before a `that`, a quotation or the end
    /// (`adding to it would be hard` is a gerund subject, its clause finite). Other participles
    /// there (`including…`, `promoting…`) go on with what was said, as news annotation reads them.
    func opensParticipleClause(at n: Int, last: Int) -> Bool {
        let g = tokens[n]
        guard n <= last, g.tag == .verb, g.quote == nil, !g.isCapitalized, Lexicon.isGerund(g.lower),
              g.is(.reporting) || Self.mannerParticipleOpeners.contains(g.lower) else { return false }
        var k = n + 1
        while k <= last {
            let t = tokens[k]
            if t.quote != nil || isOpenMark(k) || t.lower == "that" { return true }
            if t.tag == .aux || t.tag == .verb && !Lexicon.isGerund(t.lower), tokens[k - 1].lower != "to" { return false }
            k += 1
        }
        return true
    }

    /// Whether token `k` is a past participle right after a noun (`a statement issued`, `a letter
    /// seen by Reuters`): a reduced relative clause of that noun.
    func isParticipleAfterNoun(_ k: Int) -> Bool {
        let t = tokens[k], noun = tokens[k - 1]
        guard t.tag == .verb, t.quote == nil, !t.isCapitalized, noun.tag == .noun || noun.tag == .propn else { return false }
        let w = t.lower
        return w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || Self.irregularParticiples.contains(w)
    }

    /// Whether a preposition at `k` governs the gerund after it (`said in posing the question`,
    /// `after hearing the news`; the tagger reads such a preposition as a subordinator): an
    /// adjunct, no clause. A reporting gerund (`by saying`) reports a clause of its own.
    func opensGerundAdjunct(at k: Int, last: Int) -> Bool {
        guard k + 1 <= last, tokens[k].is(.preposition), tokens[k].quote == nil else { return false }
        let g = tokens[k + 1]
        return g.tag == .verb && g.quote == nil && Lexicon.isGerund(g.lower) && !g.is(.reporting)
    }

    /// The quote opening at token `open` when it names a work (``namesAWork(_:)``), else nil.
    func workTitle(openingAt open: Int) -> Int? {
        let qi = firstQuote(endingAfter: tokens[open].start)
        return qi < quotes.count && openToken[qi] == open && namesAWork(qi) ? qi : nil
    }

    /// The quote closing at token `close` when it names a work (``namesAWork(_:)``), else nil.
    func workTitle(closingAt close: Int) -> Int? {
        let qi = firstQuote(endingAfter: tokens[close].start)
        return qi < quotes.count && closeToken[qi] == close && namesAWork(qi) ? qi : nil
    }
}

extension Attributor {
    /// Words that open a phrase on how or on what terms a speaker spoke (`speaking on condition
    /// of anonymity`, `declining to be named`, `without giving details`); other participles there
    /// (`…, the Times said, including speeches…`) go on with what was said, as news annotation reads it.
    static let mannerParticipleOpeners: WordSet = ["speaking", "declining", "requesting", "asking", "without"]

    /// Whether a postposed cue ending at `e` (with its addressee or adjuncts: `told Reuters`)
    /// closes its clause at a comma that opens a phrase about how the speaker spoke
    /// (``mannerParticipleOpeners``), no statement itself (`…, two diplomats told Reuters, speaking on condition of
    /// anonymity.`, `…, the ministry said, without giving details.`).
    func closesBeforeMannerParticiple(_ e: Int, last: Int) -> Bool {
        var k = e + 1
        while k <= last, k - e <= Self.maxPostposedCueTail, tokens[k].isWord, tokens[k].quote == nil {
            if Self.clauseTags.contains(tokens[k].tag) || tokens[k].lower == "that" { return false }
            k += 1
        }
        // The participle phrase closes the sentence without a verb of its own ("…, he said,
        // replacing her would be hard": a gerund subject, and the cue a parenthetical one).
        guard k + 1 <= last, tokens[k].lower == ",", tokens[k].quote == nil, !holdsFiniteVerb(k + 2, last),
              !holdsQuote(k + 1, last) else { return false }
        return Self.mannerParticipleOpeners.contains(tokens[k + 1].lower)
    }

    /// Prepositions whose phrase may follow the noun of a sentence appositive (`a reversal of
    /// her view`, `a change from last year`).
    static let appositivePrepositions: WordSet = ["of", "in", "on", "for", "from", "to", "with", "by", "over", "about"]
    /// Most prepositional phrases a sentence appositive's noun may carry.
    static let maxAppositivePrepositions = 2
    /// Nouns of quantity whose `of` phrase is what they count (`a lot of`, `a number of`): no
    /// comment on a sentence.
    static let quantityNouns: WordSet = [
        "lot", "lots", "number", "couple", "bit", "handful", "majority", "minority", "share", "percent", "third", "half",
        "dozen", "series", "range", "variety", "kind", "sort", "type", "piece", "group", "host", "slew", "raft", "bunch",
    ]

    /// Whether a comment on the whole sentence opens at token `k`: a comma or a dash, then an
    /// indefinite noun phrase closing the sentence or opening a relative clause (`…, the office
    /// reported -- a development that raises questions.`). A postposed cue before it still ends
    /// the reported clause.
    func opensSentenceAppositive(at mark: Int, last: Int) -> Bool {
        // "--" may come as two hyphens.
        let k = mark + 1 <= last && tokens[mark].lower == "-" && tokens[mark + 1].lower == "-" ? mark + 1 : mark
        guard k + 2 <= last, tokens[k].lower.isOne(of: ",", "--", "-", "\u{2014}", "\u{2013}"), tokens[k].quote == nil,
              tokens[k + 1].lower.isOne(of: "a", "an"), var e = nounPhraseEnd(from: k + 1, last: last) else { return false }
        // "— an apparent reversal of her earlier view.": the phrase may carry prepositional phrases.
        var links = 0
        // Not a quantity's `of` (`…, the polls tell us, a lot of anxiety`): that goes on with the clause.
        while links < Self.maxAppositivePrepositions, e + 2 <= last, Self.appositivePrepositions.contains(tokens[e + 1].lower),
              !Self.quantityNouns.contains(tokens[e].lower),
              tokens[e + 1].quote == nil,
              let next = nounPhraseEnd(from: e + 2 + (MentionFinder.possessivePronouns.contains(tokens[e + 2].lower) ? 1 : 0), last: last) {
            e = next
            links += 1
        }
        return e + 1 > last || Self.relativePronouns.contains(tokens[e + 1].lower) || tokens[e + 1].lower == "that"
            || endsSentence(after: e, last: last) || closesWithReducedRelative(after: commonHead(endingAt: e, from: k + 1), last: last)
    }

    /// The first dash in `c...end`, outside quotation marks, that opens a comment on the whole
    /// sentence (``opensSentenceAppositive(at:last:)``) after a clause's words; nil when none does.
    func sentenceAppositiveDash(in c: Int, _ end: Int) -> Int? {
        guard c + 2 <= end else { return nil }
        // Bounded, as every search from a cue: a sentence of a thousand cues stays linear.
        for k in c + 2...min(end, c + Self.maxAppositiveDashDistance) where tokens[k].kind == .punctuation && tokens[k].quote == nil
            && Self.isAsideDash(tokens[k].lower) && opensSentenceAppositive(at: k, last: end) {
            // "--" written as two hyphens opens at its first.
            return k > c && tokens[k].lower == "-" && tokens[k - 1].lower == "-" ? k - 1 : k
        }
        return nil
    }

    /// The farthest a comment's dash is looked for from the start of a reported clause.
    static let maxAppositiveDashDistance = 60


    /// The common noun that heads a phrase from `first` to `e` when names after it were read into
    /// the phrase (`a claim Reyes` of `a claim Reyes disputed`: the name opens a relative clause);
    /// else `e`.
    func commonHead(endingAt e: Int, from first: Int) -> Int {
        var n = e
        while n - 1 > first, tokens[n].tag == .propn, tokens[n - 1].tag == .propn { n -= 1 }
        return n - 1 > first && tokens[n].tag == .propn && tokens[n - 1].tag == .noun ? n - 1 : e
    }

    /// Most tokens of a relative clause without its pronoun closing a sentence appositive.
    static let maxReducedRelativeTokens = 8

    /// Whether a relative clause without its pronoun closes the sentence after the noun at `e`
    /// (`— a claim Reyes disputed.`, `, a view he shares.`): a name or pronoun, then a finite verb
    /// group, then the sentence's end, within ``maxReducedRelativeTokens``.
    func closesWithReducedRelative(after e: Int, last: Int) -> Bool {
        let s = e + 1
        guard s + 1 <= last, tokens[s].quote == nil, tokens[s].tag == .propn || tokens[s].tag == .pron else { return false }
        var k = s
        while k + 1 <= last, k - s < Self.maxReducedRelativeTokens, tokens[k + 1].quote == nil, tokens[k + 1].tag == .propn { k += 1 }
        var sawVerb = false
        while k + 1 <= last, k - s < Self.maxReducedRelativeTokens, tokens[k + 1].quote == nil,
              [.aux, .verb, .adv, .part].contains(tokens[k + 1].tag) {
            if tokens[k + 1].tag == .verb { sawVerb = true }
            k += 1
        }
        return sawVerb && endsSentence(after: k, last: last)
    }
}

extension Attributor {
    /// Whether tokens `a...b` hold a finite verb: a clause, not an introductory phrase
    /// (`In his speech,`, `Campaigning in Ohio,`).
    func holdsFiniteVerb(_ a: Int, _ b: Int) -> Bool { counts.holdsFiniteVerb(a, b) }
}

extension Attributor {
    /// Whether tokens `a...b` hold a quotation mark. A quote in a clause whose cue needs the
    /// adjunct reading stays a direct quote of its own (`North Korea is a “wasteland” compared
    /// to South Korea, President Obama tells the United Nations.`): the quote sieves take it.
    func holdsQuote(_ a: Int, _ b: Int) -> Bool { counts.holdsQuote(a, b) }
}

/// A parenthetical cue that carries its adjuncts before the comma that closes it: `The
/// difference now, he told me on Friday, is that…`, `These workers, she explained earlier in
/// the hearing, were well paid.`
extension Attributor {
    /// The most words between a parenthetical cue's verb group and its closing comma.
    static let maxParentheticalAdjunctWords = 7
    /// Verbs whose noun-phrase object is always the person told, never what was said or asked
    /// (`asked questions`, `asked Kasich, who…` are not parenthetical cues).
    static let tellingVerbs = WordSet(Set(["tell", "inform", "assure", "remind", "advise"].flatMap(Lexicon.inflections)))
    /// Tags that open the noun phrase of the person told (`The merger, Park told shareholders,
    /// would…`, `…, she told The Associated Press on Friday, …`).
    static let addresseePhraseOpeners: Set<UPOS> = [.det, .noun, .propn, .adj, .num]

    /// Whether the first comma after the person told, at or after `k`, is followed by the verb of
    /// the clause the cue interrupts (`The merger, Park told shareholders, would be…`). A relative
    /// clause or a participle there (`told reporters, who had gathered, that…`) keeps the
    /// object-and-clause reading, and so does a quotation (`told the crowd, “…”`).
    func resumesInterruptedPredicate(after k: Int, last: Int) -> Bool {
        var n = k
        while n <= last, n - k <= Self.maxParentheticalAdjunctWords, tokens[n].lower != "," { n += 1 }
        guard n + 1 <= last, tokens[n].lower == "," else { return false }
        var verb = n + 1
        if tokens[verb].tag == .adv, verb + 1 <= last { verb += 1 }
        let t = tokens[verb]
        return t.quote == nil && (t.tag == .aux || t.tag == .verb && !Lexicon.isGerund(t.lower))
    }

    /// The comma that closes the parenthetical cue ending at token `e` (verb `v`): the token
    /// right after it, or the comma after an adjunct of the verb (a time, a prepositional phrase,
    /// an adverb, the person told; `after meeting aides` may hold a gerund). Nil when the words
    /// after the cue open a clause, a quote or an object.
    func parentheticalCueClose(after e: Int, verb v: Int, last: Int) -> Int? {
        guard e + 1 <= last else { return nil }
        if tokens[e + 1].lower == "," {
            // "The race, Lopez said in Dayton, Ohio, is not over": the comma after the state closes the cue.
            if let state = placeStateEnd(comma: e + 1, after: v, last: last), state + 1 < last, tokens[state + 1].lower == "," { return state + 1 }
            return e + 1
        }
        let opener = tokens[e + 1]
        // "suggested that ultimately,", "spoke of the malaise,", "described how,", "asked for a
        // sentence,": what follows such a cue is what was said, not an adjunct.
        let w = tokens[v].lower
        if tokens[e].lower == "that" || particleAfter(v, last: last) != nil
            || Lexicon.prepositionalComplementVerbs.contains(w) && Lexicon.prepositionalComplements[w]?.contains(opener.lower) == true
            || Self.embeddedQuestionOpeners.contains(opener.lower) || opener.lower == "as" { return nil }
        let opensWithAdjunct = opener.tag == .adp && opener.lower != "that" || opener.is(.timeWord)
            || opener.tag == .adv && !opener.isCapitalized
            || Self.addresseeVerbs.contains(w) && opener.tag == .pron
            || Self.tellingVerbs.contains(w) && Self.addresseePhraseOpeners.contains(opener.tag) && resumesInterruptedPredicate(after: e + 1, last: last)
            || opener.tag == .sconj && e + 2 <= last && isGerundVerb(e + 2)  // "said after meeting aides,"
        guard opensWithAdjunct else { return nil }
        var words = 0
        for k in (e + 1)...last {
            let t = tokens[k]
            if t.lower == "," { return words > 0 && k < last ? k : nil }
            if t.quote != nil || isOpenMark(k) || t.lower == "that" || !t.isWord { return nil }
            let gerundAfterPreposition = isGerundVerb(k) && [.adp, .sconj].contains(tokens[k - 1].tag)
            if Self.clauseTags.contains(t.tag), !gerundAfterPreposition, !(k == e + 1 && t.tag == .sconj) { return nil }
            words += 1
            if words > Self.maxParentheticalAdjunctWords { return nil }
        }
        return nil
    }
}

extension Attributor {
    /// Whether token `k` is a verb in its -ing form (`meeting`, `visiting`).
    func isGerundVerb(_ k: Int) -> Bool {
        tokens[k].tag == .verb && tokens[k].lower.endsWith("ing")
    }
}

/// A clause of time right after a cue, without `that`, tells when the speaker spoke, not what
/// was said: `Clinton conceded when the polls closed.`, `a narrator says as a photo is shown.`,
/// `than Congress had demanded when it created the program.` Such a complement makes no
/// statement. An indirect question keeps its `when` (`asked when the vote is`, `would not say
/// when it ends`), and a comma after the time clause leaves the words after it to the cue
/// (`said as he left, “We won.”`).
extension Attributor {
    /// Subordinators that open a clause of time (`as` only before a clause with its own subject).
    static let timeClauseSubordinators: WordSet = ["when", "whenever", "while", "after", "before", "once", "until", "as"]
    /// Subordinators that also open an indirect question.
    static let questionTimeWords: WordSet = ["when", "whenever"]
    /// Verbs that take an indirect question (`asked when…`, `wondered when…`).
    static let questionCueVerbs: Set<String> = Set(["ask", "wonder", "inquire", "question"].flatMap(Lexicon.inflections))
    /// Words of negation before a cue (`did not say`, `won't say`, `never said`).
    static let cueNegations: WordSet = ["not", "n't", "never"]

    /// Most auxiliaries, adverbs and negations read back from a cue for its negation (`would not say when`).
    static let maxVerbGroupLead = 4

    /// Whether the complement `c...end` of the cue at `v` is only a clause of time (see above).
    func isTimeClauseComplement(_ c: Int, _ end: Int, verb v: Int, first: Int) -> Bool {
        guard c < end, Self.timeClauseSubordinators.contains(tokens[c].lower), tokens[c].quote == nil,
              counts.firstClauseComma(c, end) == nil, !holdsQuote(c, end) else { return false }
        // "said when she arrived the building was on fire": a finite verb after the time
        // clause's own verb group is the main clause of what was said.
        guard !holdsMainClause(afterTimeClause: c + 1, end) else { return false }
        if tokens[c].lower == "as" { return opensClauseBeforeRelative(c + 1, end) }
        if Self.questionTimeWords.contains(tokens[c].lower) {
            if Self.questionCueVerbs.contains(tokens[v].lower) { return false }
            if isNegated(cue: v, after: first - 1) { return false }
        }
        return true
    }

    /// Whether a finite verb of a main clause follows the time clause `a...b` opens (`when she
    /// arrived the building was on fire`, `as the polls closed that she had won`): one after the
    /// clause's verb group with no subordinator or relative pronoun of its own before it
    /// (`when she resigned after Russia seized Crimea` is one adjunct). One scan of the complement.
    func holdsMainClause(afterTimeClause a: Int, _ b: Int) -> Bool {
        var k = a
        var nested = true  // the time clause's own verb is not the main clause's
        while k <= b {
            if holdsFiniteVerb(k, k) {
                if !nested { return true }
                while k <= b, holdsFiniteVerb(k, k) || tokens[k].tag == .adv || tokens[k].tag == .part { k += 1 }
                nested = false
                continue
            }
            let w = tokens[k].lower
            if Self.timeClauseSubordinators.contains(w) || Self.subordinators.contains(w) || Self.relativePronouns.contains(w) { nested = true }
            k += 1
        }
        return false
    }

    /// Whether a verb of its own comes in `a...b` before any relative pronoun: `as a photo of the
    /// hall is shown` is a clause; `as a news media that was biased` is a noun phrase (what
    /// something was described as) whose relative clause has the verb.
    func opensClauseBeforeRelative(_ a: Int, _ b: Int) -> Bool {
        for k in a...b {
            let t = tokens[k]
            if t.lower == "that" || Self.relativePronouns.contains(t.lower) { return false }
            if t.tag == .aux || t.tag == .verb && !Lexicon.isGerund(t.lower) { return true }
        }
        return false
    }
}

/// A cue between commas is a parenthetical that splits one statement in two (`The levy, Vance
/// said, would fall on renters`) only when it is a subject and its verb. A participle cue hangs
/// on a clause of the subject's own (`Minutes later, Pike sent a message saying, “done.”`), and a
/// cue ending in `that` opens its clause after the commas (`In a press release, Becker boasted
/// that, thanks to his method, he…`): the words before the subject are then the reporter's
/// adjunct, no statement.
extension Attributor {
    /// Whether the cue `v...cueEnd` is no parenthetical (see above).
    func cueOwnsClause(verb v: Int, cueEnd: Int, gerund: Bool) -> Bool {
        gerund || tokens[cueEnd].lower == "that" && cueEnd > v
    }
}

/// A complement that is only a pronoun, perhaps after `about`, and the time or place of the
/// telling (`described it in print`, `praised her in the past`, `asked about them in April`,
/// `Asked about it after the debate, …`) points back to words reported before; it makes no
/// statement of its own. A preposition that completes the verb (`blame this on Bush`, `asked
/// him to resign`, `asked her about the plan`) or a clause after it keeps one.
extension Attributor {
    /// Object pronouns that stand for something already said.
    static let backReferencePronouns: WordSet = ["it", "them", "him", "her", "this"]
    /// Prepositions that open the time or place of the telling after such a pronoun.
    static let tellingAdjunctPrepositions: WordSet = ["in", "at", "during", "after", "before", "since"]

    /// Whether `c...end` is only a back-reference pronoun and a time or place adjunct (see above).
    func isPronounOnlyComplement(_ c: Int, _ end: Int) -> Bool {
        let p = c <= end && tokens[c].lower == "about" ? c + 1 : c
        guard p + 1 <= end, Self.backReferencePronouns.contains(tokens[p].lower), tokens[p].quote == nil,
              Self.tellingAdjunctPrepositions.contains(tokens[p + 1].lower) || tokens[p + 1].is(.timeWord) && tokens[p + 1].tag != .adp
        else { return false }
        return !holdsFiniteVerb(p + 1, end) && !holdsQuote(p + 1, end)
    }

    /// Whether the candidate `span`, after the cue at `v`, is such a complement.
    func isPronounOnlySpan(_ span: TextSpan, after v: Int, last: Int) -> Bool {
        guard span.start >= tokens[v].end else { return false }
        let a = firstToken(atOrAfter: span.start)
        guard a <= last else { return false }
        return isPronounOnlyComplement(a, lastToken(within: span, from: a, last: last))
    }
}
