import WhosaidSyntax

/// Where a reported clause without `that` starts, read from the tags: after the cue's adjuncts
/// (`said on Tuesday he would…`, `said after the meeting he would…`, `told the Daily Post's
/// weekly show it is…`), at a subject noun phrase followed by a finite verb (`about 20 people
/// have…`). A preposition or adverb right after the verb no longer blocks the clause when a
/// clause follows the phrase it opens.
extension Attributor {
    /// The most prepositional phrases or time expressions stepped over between a cue and its clause.
    static let maxCueAdjuncts = 3
    /// The most words of one adjunct phrase (`after the party's convention in Ohio`).
    static let maxAdjunctPhraseWords = 7
    /// The most words of a clause's subject before its finite verb (`the new rules for farms`).
    static let maxClauseSubjectWords = 8
    /// Prepositions that open an adjunct of a reporting verb (time, place, occasion, medium).
    static let cueAdjunctPrepositions: WordSet = [
        "on", "in", "at", "after", "during", "before", "since", "via", "over", "through", "following",
        "from", "with", "last", "this", "earlier", "late", "early",
    ]
    /// Forms of `be` and `get` that make a following participle passive (`was confirmed`).
    static let passiveAuxiliaries: WordSet = ["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s"]

    /// Whether the verb at `v` is a passive participle after `be` or `get` (`was confirmed`,
    /// `were echoed by`): its subject is not the speaker.
    func isPassive(_ v: Int, first: Int) -> Bool {
        // "is demanding" is progressive, not passive.
        guard !Lexicon.isGerund(tokens[v].lower) else { return false }
        if isReducedControlPassive(v) { return true }
        var k = v - 1
        // "People who were there said": a place adverb after `were` ends the relative clause, no
        // passive of the cue (``closesClauseBeforeVerbGroup(_:floor:)``).
        while k >= first, tokens[k].tag == .adv && !closesClauseBeforeVerbGroup(k, floor: first) || tokens[k].tag == .part && tokens[k].lower != "to" { k -= 1 }
        guard k >= first else { return false }
        // "He's said he…" is perfect (`has said`); "He's said to be ill", "she's told by aides" passive.
        if tokens[k].tag == .pron, tokens[k].lower.isPossessiveForm, tokens[k].lower.count > 2 {
            return v + 1 < tokens.count && Self.passiveFollowers.contains(tokens[v + 1].lower)
        }
        return Self.passiveAuxiliaries.contains(tokens[k].lower)
    }
    /// Words after a participle that make `'s` before it `is` rather than `has` (`he's said to`).
    static let passiveFollowers: WordSet = ["to", "by", "as"]
    /// Auxiliaries written onto a pronoun (`he's`, `they'll`, `we'd`).
    static let auxiliaryClitics: [String] = ["'s", "'re", "'ll", "'d", "'ve", "'m"]
    /// Tags that may stand inside a noun phrase (`the party's new rules`, `about 20 people`).
    static let nounPhraseTags: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .pron, .part]

    /// The first token of a clause reported without `that` after the cue word at `after - 1`:
    /// `after` itself when a clause starts there, else the token after up to
    /// ``maxCueAdjuncts`` adjuncts (prepositional phrases, time words, an addressee) when a
    /// clause starts there. Nil when no subject-and-finite-verb clause follows.
    /// With `afterComma`, a comma may close the addressee or the adjuncts (`told CNN, his policy
    /// would…`); not for a cue inside an opening prepositional phrase (`From the gag you tell
    /// your friends, a good joke…`), whose comma closes that phrase.
    ///
    /// With `complementRequired` (a `say` verb with no quotation before it in its sentence), a
    /// clause after a prepositional adjunct may end with its verb (`said in an interview she would appeal.`):
    /// the verb has nothing else to report, so the clause is no relative of the adjunct's noun
    /// (`“…,” she said in the interview she gave.`).
    func zeroThatClauseStart(at after: Int, last: Int, addressee: Bool, afterComma: Bool, complementRequired: Bool = false) -> Int? {
        var c = after
        var adjuncts = 0
        var tookAddressee = !addressee
        var afterTime = false  // the last adjunct was a time phrase ("Tuesday", "last month")
        var afterPhrase = false  // the last adjunct was a prepositional phrase ("in an interview")
        while c <= last, adjuncts <= Self.maxCueAdjuncts {
            // "warned last month the cuts were illegal": a time phrase is no clause's subject.
            if tokens[c].is(.timeWord), tokens[c].tag != .adp, let end = adjunctEnd(from: c, last: last),
               end > c || Self.timeAdjunctOpeners.contains(tokens[c].lower),
               startsClauseAfterTime(c...end, last: last) { return end + 1 }
            if startsFiniteClause(at: c, last: last, verbMayEndSentence: afterTime || complementRequired && afterPhrase && holdsAuxiliaryVerb(from: c, last: last)) {
                return c
            }
            // A relative pronoun after the comma opens a clause about the addressee ("told reporters, who…").
            if afterComma, c > after, c + 1 <= last, tokens[c].lower == ",", !Self.relativePronouns.contains(tokens[c + 1].lower),
               startsFiniteClause(at: c + 1, last: last) { return c + 1 }
            guard adjuncts < Self.maxCueAdjuncts else { return nil }
            // A time phrase is no addressee ("warned last month the cuts were…").
            let time = tokens[c].is(.timeWord) && tokens[c].tag != .adp
            if !tookAddressee, !time, let end = nounPhraseEnd(from: c, last: last) {
                tookAddressee = true
                afterTime = tokens[end].is(.timeWord)  // "told reporters Tuesday she would…"
                c = end + 1
                continue
            }
            guard var end = adjunctEnd(from: c, last: last) else { return nil }
            // "said on Monday she would appeal": a preposition and time words alone count as one
            // (not `on the night she won`, whose clause is the noun's relative).
            afterTime = (tokens[c].is(.timeWord) && tokens[c].tag != .adp
                         || tokens[c].tag == .adp && end > c && (c + 1...end).allSatisfy { tokens[$0].is(.timeWord) })
                && !mayModifyNext(c...end, last: last)
            // "said in a statement released by her office on Tuesday the report…": the occasion's
            // participle and its agent belong to the adjunct.
            if let agentEnd = occasionParticipleEnd(after: end, last: last) { end = agentEnd }
            afterPhrase = end > c && (tokens[c].tag == .adp || tokens[c].tag == .part)
            adjuncts += 1
            c = end + 1
        }
        return nil
    }

    /// Past participles that modify a statement's occasion noun (`a statement released by…`).
    static let occasionParticiples: WordSet = [
        "released", "issued", "posted", "published", "sent", "provided", "distributed", "circulated", "read", "delivered",
        "broadcast", "aired", "filed", "written", "shared", "emailed", "tweeted",
    ]

    /// The last token of a participle phrase after the occasion noun at `noun` (`a statement
    /// released by her office`, `a letter sent to donors`): a participle of
    /// ``occasionParticiples`` and its `by` agent or `to` addressee noun phrase, or the participle
    /// alone. Nil after any other noun or word.
    func occasionParticipleEnd(after noun: Int, last: Int) -> Int? {
        let p = noun + 1
        guard p <= last, Self.occasionNouns.contains(tokens[noun].lower), tokens[p].quote == nil,
              Self.occasionParticiples.contains(tokens[p].lower) else { return nil }
        if p + 1 <= last, tokens[p + 1].lower == "by" || tokens[p + 1].lower == "to", p + 2 <= last,
           let end = nounPhraseEnd(from: p + 2, last: last) {
            return end
        }
        return p
    }

    /// The most tokens between a cue and its `that` (`said in an interview with The Associated
    /// Press last week that`, `said — on Twitter, as it happens — that`).
    static let maxTokensBeforeThat = 16
    /// The most tokens of an aside set off by commas or dashes after a cue.
    static let maxCueAsideTokens = 10

    /// The `that` opening the cue's clause after its adjuncts: prepositional phrases, time words,
    /// an addressee, asides between commas or dashes (`, however,`, `— on Twitter —`). Nil when
    /// anything else stands between.
    func thatAfterCueAdjuncts(verb v: Int, last: Int) -> Int? {
        var c = v + 1
        var tookObject = false
        while c <= last, c - v <= Self.maxTokensBeforeThat {
            let t = tokens[c]
            // "said on NBC's “Meet the Press” that…": the show's quoted title ends the adjunct.
            if c > v + 1, let close = quotedTitleClose(openingAt: c) {
                c = close + 1
                continue
            }
            guard t.quote == nil, !isOpenMark(c) else { return nil }
            if t.lower == "that" { return c > v + 1 ? c : nil }
            // "told Bill O'Reilly of Fox News, that “…”": a stray comma before the complementiser.
            if t.lower == ",", c > v + 1, c + 1 <= last, tokens[c + 1].lower == "that", tokens[c + 1].quote == nil,
               Self.addresseeVerbs.contains(tokens[v].lower) {
                return c + 1
            }
            if t.lower.isOne(of: ",", "\u{2014}", "\u{2013}", "--", "-") {
                // An aside up to the matching mark.
                var k = c + 1
                while k <= last, k - c <= Self.maxCueAsideTokens, tokens[k].lower != t.lower, tokens[k].quote == nil,
                      tokens[k].lower != "that", !isOpenMark(k) {
                    k += 1
                }
                guard k <= last, tokens[k].lower == t.lower, k > c + 1 else { return nil }
                c = k + 1
                continue
            }
            if let end = adjunctEnd(from: c, last: last) {
                c = end + 1
            } else if c > v + 1, let end = publicationParticipleEnd(at: c, last: last) {
                // "said in a statement carried by the state news agency that…"
                c = end + 1
            } else if !tookObject, Self.addresseeVerbs.contains(tokens[v].lower), let end = nounPhraseEnd(from: c, last: last) {
                tookObject = true
                c = end + 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// The closing mark of the quotation opening at token `c` when it reads as a title
    /// (``isTitleLike(_:)``: `“Meet the Press”`), else nil.
    func quotedTitleClose(openingAt c: Int) -> Int? {
        guard isOpenMark(c) else { return nil }
        let qi = firstQuote(endingAfter: tokens[c].start)
        guard qi < quotes.count, openToken[qi] == c, isTitleLike(qi) else { return nil }
        return closeToken[qi]
    }

    /// `“…?” Trump told Britain's ITV in an interview.`: an addressee verb at `v` whose object is
    /// followed by no clause of its own (`that`, a subject and verb), so the quote before is what
    /// was told.
    func tellsWhomOnly(_ v: Int, ceiling: Int) -> Bool {
        guard Self.addresseeVerbs.contains(tokens[v].lower), v + 1 <= ceiling, let end = nounPhraseEnd(from: v + 1, last: ceiling) else { return false }
        var next = end + 1
        // "asked reporters rhetorically during a news conference": a manner adverb first.
        while next <= ceiling, tokens[next].tag == .adv, tokens[next].lower.endsWith("ly") { next += 1 }
        return next > ceiling || tokens[next].tag == .adp && tokens[next].lower != "that" || tokens[next].tag == .punct
            && !isOpenMark(next)
    }

    /// The first token of a noun-phrase object after one or more cue adjuncts (`announced on
    /// Friday the arrest of a man`), or nil when no adjunct or no noun phrase stands there.
    func objectAfterAdjuncts(at after: Int, last: Int) -> Int? {
        var c = after
        var adjuncts = 0
        while c <= last, adjuncts < Self.maxCueAdjuncts, let end = adjunctEnd(from: c, last: last) {
            adjuncts += 1
            c = end + 1
        }
        // "wrote to his friends the night before": a time noun phrase is one more adjunct, no object.
        guard adjuncts > 0, c <= last, tokens[c].tag == .det || tokens[c].tag == .noun || tokens[c].tag == .propn,
              let end = nounPhraseEnd(from: c, last: last), !tokens[end].is(.timeWord) else { return nil }
        return c
    }

    /// Nouns of a means of speaking after `by` (`told Reuters by phone`): the manner of the cue,
    /// not the agent of a passive.
    static let meansOfSpeaking: WordSet = [
        "phone", "telephone", "email", "e-mail", "text", "letter", "video", "videolink", "fax", "mail", "satellite", "radio",
    ]

    /// Whether an auxiliary and a verb stand within a clause's first words from `c` (`she would
    /// appeal`, `the mayor had resigned`): a clause that ends with such a verb group reads as
    /// said, where one verb alone (`the memo he wrote`) reads as a relative clause with its gap.
    func holdsAuxiliaryVerb(from c: Int, last: Int) -> Bool {
        var k = c
        while k + 1 <= last, k - c <= Self.maxClauseSubjectWords + 1, tokens[k].isWord || tokens[k].tag == .part {
            if tokens[k].tag == .aux, tokens[k + 1].tag == .verb || tokens[k + 1].tag == .aux { return true }
            k += 1
        }
        return false
    }

    /// The last token of a cue adjunct starting at `c`: a preposition and its noun phrase
    /// (`after the meeting`), a run of time words (`on Tuesday`, `last week`), an adverb, or `by`
    /// with a means of speaking (``meansOfSpeaking``).
    func adjunctEnd(from c: Int, last: Int) -> Int? {
        let t = tokens[c]
        guard t.quote == nil, t.isWord, !isOpenMark(c) else { return nil }
        if t.is(.timeWord), t.tag != .adp, t.tag != .sconj {
            var k = c
            while k + 1 <= last, tokens[k + 1].is(.timeWord), tokens[k + 1].tag != .adp, tokens[k + 1].quote == nil { k += 1 }
            return k
        }
        if t.tag == .adv, !t.is(.stopWord) || t.is(.timeWord), c + 1 <= last, tokens[c + 1].tag != .num { return c }
        // "said only that", "told reporters also that": a focusing adverb right before the complementiser.
        if Self.focusingAdverbsBeforeThat.contains(t.lower), c + 1 <= last, tokens[c + 1].lower == "that", tokens[c + 1].quote == nil {
            return c
        }
        // "said afterwards that": a time adverb the tagger may read as a noun.
        if Self.timeAdverbs.contains(t.lower), c + 1 <= last, tokens[c + 1].lower == "that" { return c }
        // "told Reuters by phone that": a means of speaking, no agent.
        if t.lower == "by", c + 1 <= last, Self.meansOfSpeaking.contains(tokens[c + 1].lower), tokens[c + 1].quote == nil { return c + 1 }
        // A "by" phrase names an agent: the verb is passive, and no clause of its speaker follows.
        let toBeforeNoun = opensNounPhraseAfterTo(c, last: last)
        guard t.tag == .adp || Self.cueAdjunctPrepositions.contains(t.lower) || toBeforeNoun, t.lower != "that", t.lower != "by",
              t.lower != "to" || t.tag == .adp || toBeforeNoun,
              c + 1 <= last, let end = nounPhraseEnd(from: c + 1, last: last), end - c <= Self.maxAdjunctPhraseWords else { return nil }
        return end
    }

    /// Whether the `to` at `c`, tagged as an infinitive marker, is a preposition before a noun
    /// phrase (`during a visit to Ohio`, `a speech to the party's donors`): a determiner, a name
    /// or a number follows it, which no infinitive's verb is.
    func opensNounPhraseAfterTo(_ c: Int, last: Int) -> Bool {
        guard c + 1 <= last, tokens[c].tag == .part, tokens[c + 1].quote == nil else { return false }
        let next = tokens[c + 1]
        return next.tag == .det || next.tag == .propn || next.tag == .num
    }

    /// The last token of a noun phrase starting at `c` by its tags (a determiner or possessive,
    /// adjectives and numbers, nouns; `’s` links), or nil when none starts there.
    func nounPhraseEnd(from c: Int, last: Int) -> Int? {
        var k = c
        var head = -1
        while k <= last, k - c < Self.maxAdjunctPhraseWords, tokens[k].quote == nil, !isOpenMark(k) {
            let t = tokens[k]
            if t.tag == .noun || t.tag == .propn || t.tag == .num {
                head = k
            } else if t.tag == .pron, k == c {
                // A pronoun alone is a phrase ("told him"); a possessive opens a longer one ("his aides").
                head = k
                if !MentionFinder.possessivePronouns.contains(t.lower) { return k }
            } else if t.tag == .det || t.tag == .adj || t.tag == .part && t.lower.hasPrefix("'") {
                // After a possessive the phrase goes on ("the Post's weekly show").
                if head >= 0, t.tag != .part, !tokens[head].lower.hasSuffix("'s") { break }
            } else if t.tag == .cconj, t.lower.isOne(of: "and", "&"), head == k - 1, tokens[head].isCapitalized,
                      k + 1 <= last, tokens[k + 1].isCapitalized, tokens[k + 1].tag == .propn || tokens[k + 1].tag == .noun {
                // "The Post and Courier": a name joined by "and" to a name.
            } else {
                break
            }
            k += 1
        }
        return head >= 0 ? head : nil
    }

    /// Whether a clause opens at `c`: a subject noun phrase (a pronoun, or words of a noun
    /// phrase, perhaps after `about`/`nearly` before a number) followed by a finite verb: an
    /// auxiliary or a verb that is neither a participle in -ing nor after `to`.
    /// Two-word openers of a quantity before a number ("at least six", "more than 20").
    static let quantityOpeners: WordSet = ["at least", "at most", "more than", "fewer than", "less than", "up to", "nearly all"]

    /// Whether a finite clause starts after the time phrase `time` (`said Tuesday she would run.`),
    /// which may end with its verb. Not so when a one-word time phrase may modify the words after it
    /// (`said late payments had doubled.`, `said recently hired workers…`): the clause then starts
    /// at the time word, and needs words after its verb as any other.
    func startsClauseAfterTime(_ time: ClosedRange<Int>, last: Int) -> Bool {
        startsFiniteClause(at: time.upperBound + 1, last: last, verbMayEndSentence: !mayModifyNext(time, last: last))
    }

    /// Whether the one-word time phrase `time` may be a modifier of the lower-case noun, adjective
    /// or participle after it (`late payments`, `later reports`, `recently hired`).
    func mayModifyNext(_ time: ClosedRange<Int>, last: Int) -> Bool {
        let next = time.upperBound + 1
        return time.count == 1 && next <= last && !tokens[next].isCapitalized && [.noun, .adj, .verb].contains(tokens[next].tag)
    }

    /// Most words of a quoted noun phrase that may be a clause's subject (`“the next president”`).
    static let maxQuotedSubjectWords = 5

    /// The closing mark of a short quoted phrase opening at token `open` that may be (the end
    /// of) a clause's subject: at most ``maxQuotedSubjectWords`` words, no sentence punctuation
    /// inside or at its end, and no verb of its own, so it names a thing rather than says one.
    func quotedSubjectClose(openingAt open: Int, last: Int) -> Int? {
        guard isOpenMark(open), open + 1 <= last, let qi = tokens[open + 1].quote, openToken[qi] == open else { return nil }
        let close = closeToken[qi]
        guard close < last, close - open - 1 <= Self.maxQuotedSubjectWords + 1, !endsWithSentencePunctuation(qi) else { return nil }
        var words = 0
        for j in open + 1..<close {
            let t = tokens[j]
            if t.isWord { words += 1 } else if t.lower.isOne(of: ",", ".", "!", "?", ";", ":") { return nil }
            if t.tag == .verb || t.tag == .aux { return nil }
        }
        return words > 0 && words <= Self.maxQuotedSubjectWords ? close : nil
    }

    /// `verbMayEndSentence`: after a cue's adjunct (`said Tuesday she would run.`) a clause may end
    /// with its verb group, which no relative clause's object gap explains there.
    func startsFiniteClause(at c: Int, last: Int, verbMayEndSentence: Bool = false) -> Bool {
        var k = c
        guard k <= last, tokens[k].quote == nil, tokens[k].isWord || quotedSubjectClose(openingAt: k, last: last) != nil else { return false }
        // "he's the only one", "they'll win": a pronoun with its auxiliary in one token.
        if tokens[k].tag == .pron, Self.auxiliaryClitics.contains(where: { tokens[k].lower.hasSuffix($0) }) {
            return k + 1 <= last && tokens[k + 1].isWord
        }
        // "about 20 people have…": an adverb of degree before a number opens the phrase.
        if tokens[k].tag == .adv, k + 1 <= last, tokens[k + 1].tag == .num { k += 1 }
        // "at least six planes", "more than 20 people": a two-word quantity before a number.
        // The number's tag first: joining the two words makes a new `String` to look up.
        if k + 2 <= last, tokens[k + 2].tag == .num, Self.quantityOpeners.contains(tokens[k].lower + " " + tokens[k + 1].lower) { k += 2 }
        var words = 0
        var quotedHead = false
        while k <= last, words < Self.maxClauseSubjectWords {
            // "said repeatedly “the next president” should choose", "said Monday the “new rules”
            // would…": a short quoted noun phrase is the subject or ends it.
            if let close = quotedSubjectClose(openingAt: k, last: last) {
                words += 1
                k = close + 1
                quotedHead = true
                break
            }
            // "several of his findings", "the Civil Liberties Union of Ohio": an `of` phrase inside
            // the subject, after a word that can head it.
            if words > 0, tokens[k].lower == "of", tokens[k].quote == nil, k + 1 <= last,
               [.noun, .propn, .num, .pron].contains(tokens[k - 1].tag) || MentionFinder.bareHeads.contains(tokens[k - 1].lower),
               tokens[k + 1].isWord, tokens[k + 1].quote == nil, Self.nounPhraseTags.contains(tokens[k + 1].tag), tokens[k + 1].tag != .pron
                || MentionFinder.possessivePronouns.contains(tokens[k + 1].lower) {
                words += 1
                k += 1
                continue
            }
            guard tokens[k].quote == nil, Self.nounPhraseTags.contains(tokens[k].tag) else { break }
            // A particle inside a subject is a possessive ("the party's rules"); `to` opens no subject.
            if tokens[k].tag == .part, tokens[k].lower == "to" { break }
            if tokens[k].tag == .pron, words > 0, !MentionFinder.possessivePronouns.contains(tokens[k - 1].lower),
               !(tokens[k - 1].lower == "of" && MentionFinder.possessivePronouns.contains(tokens[k].lower)) {
                break
            }
            words += 1
            k += 1
        }
        guard words > 0, k <= last else { return false }
        // The subject must end in something that can head it ("the new test", not "the new").
        let head = tokens[k - 1]
        // "both are invested", "many have left": a quantifier standing alone heads the subject.
        guard quotedHead || head.tag == .noun || head.tag == .propn || head.tag == .pron || head.tag == .num
            || words == 1 && MentionFinder.bareHeads.contains(head.lower) else { return false }
        // "they, too, have had": an adverb set off by commas after the subject.
        if k + 3 <= last, tokens[k].lower == ",", tokens[k + 1].tag == .adv, tokens[k + 2].lower == "," { k += 3 }
        // An adverb may stand between subject and verb ("he also wants").
        if tokens[k].tag == .adv, k + 1 <= last, tokens[k].lower != "not" { k += 1 }
        // "said on Thursday he “delivered a letter…”": the verb may open a quotation.
        let verbOpensQuote = isOpenMark(k) && k + 1 <= last && tokens[k + 1].isWord
        if verbOpensQuote { k += 1 }
        let verb = tokens[k]
        guard verb.quote == nil || verbOpensQuote else { return false }
        let finite = verb.tag == .aux || verb.tag == .verb && !verb.lower.endsWith("ing") && tokens[k - 1].lower != "to"
        guard finite else { return false }
        // The verb group does not end the sentence: "the improvements I have made." is a noun and
        // its relative clause, with the object gap at its end.
        var e = k
        while e + 1 <= last, tokens[e + 1].quote == nil, [.aux, .adv, .part].contains(tokens[e + 1].tag) { e += 1 }
        if e + 1 <= last, tokens[e + 1].tag == .verb, tokens[e + 1].quote == nil { e += 1 }
        return e + 1 <= last && (verbMayEndSentence || !tokens[e + 1].lower.isOne(of: ".", "!", "?"))
    }
}
