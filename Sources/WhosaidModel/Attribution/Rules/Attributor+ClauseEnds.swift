import WhosaidSyntax

/// Where a reported clause ends, read from the tags: before a comma and a new reporting clause
/// (`…, her rival replied,`), before `, but` and a clause with its own subject, before a
/// non-restrictive relative clause that closes the sentence (`…, which forced her to leave`), at
/// the comma that closes a fronted subordinate clause (`When the mayor said X, …`).
/// News annotation (PolNeAR) keeps in the statement what the speaker's clause governs:
/// `said A and that B` is one statement, and so is a participle clause after a subordinator
/// (`vowed to cut taxes while promising…`): cutting there cost F1 on every set.
extension Attributor {
    /// The most words of a subject between a comma and a new reporting verb.
    static let maxInterruptingSubject = 5

    /// Subject pronouns with which a reporter's own clause goes on after `, and`.
    static let narrativePronouns: WordSet = ["he", "she", "they"]

    /// Relative pronouns that open a non-restrictive relative clause after a comma.
    static let relativePronouns: WordSet = ["which", "who", "whom", "whose", "where"]

    /// Whether the verb at `v` in a relative clause reports a clause of its own before the next
    /// comma: `that` or a finite verb follows it (`who claimed at one point that…`, `who
    /// suggested the fight could be left to Russia`), not an object alone (`who charges a lot`).
    func relativeVerbReportsClause(_ v: Int, last: Int) -> Bool {
        var k = v + 1
        while k <= last, k - v <= Self.maxRelativeClauseTokens, tokens[k].lower != "," {
            if tokens[k].lower == "that" { return true }
            k += 1
        }
        return holdsFiniteVerb(v + 1, k - 1)
    }

    /// The most tokens of a relative clause read for a clause of its own (a bound keeps the
    /// clause-end test linear in long sentences).
    static let maxRelativeClauseTokens = 25

    /// Whether a reported clause ends before token `k` by the grammar rules above.
    func clauseEndsByGrammar(at k: Int, last: Int) -> Bool {
        let t = tokens[k]
        // A quote's closing mark after its last comma (`citing “the magic of the race,” said`)
        // punctuates the reporter's sentence as a comma outside the marks does.
        // It does so before a new reporting clause only: news annotation keeps a relative clause
        // or comparison after such a quote in the statement.
        let comma = t.lower == "," && t.quote == nil || isCloseMark(k) && k > 0 && tokens[k - 1].lower == ","
        if t.lower == ",", t.quote == nil, k + 1 <= last {
            let next = tokens[k + 1].lower
            // "…, but he refuses to discuss it": a contrast with a subject of its own is the reporter's.
            if next == "but", startsFiniteClause(at: k + 2, last: last) { return true }
            // "…, and he railed against the moderators": the reporter goes on about the speaker.
            if next == "and", k + 3 <= last, Self.narrativePronouns.contains(tokens[k + 2].lower),
               tokens[k + 3].tag == .verb || tokens[k + 3].tag == .aux, !Lexicon.isGerund(tokens[k + 3].lower) { return true }
            // "…, and the city has already sued": a clause with a subject of its own (``opensCoordinatedMainClause``).
            if next == "and", !closesListItem(comma: k), opensCoordinatedMainClause(at: k + 2, last: last) { return true }
            // "…, according to lawyers for the family": the source of the whole sentence (not an
            // aside after a complementiser: "reported that, according to an analysis, 85 of…").
            if next == "according", k + 2 <= last, tokens[k + 2].lower == "to", k > 0, tokens[k - 1].lower != "that" { return true }
            // "…, but according to the audit, it lost…": a coordinator opening a clause another
            // source tells.
            if next == "but" || next == "and", k + 3 <= last, tokens[k + 2].lower == "according", tokens[k + 3].lower == "to" { return true }
            // "…, compared with 23 percent who…", "…, even as he has taken shots at…": the reporter's
            // comparison or concession.
            if next == "compared" || next == "even" && k + 2 <= last && tokens[k + 2].lower.isOne(of: "as", "though") { return true }
            // "…, based on polls that show him leading": the grounds the reporter gives.
            // (Not an aside after a complementiser: "said that, based on what he has seen, …".)
            if next == "based", k + 2 <= last, tokens[k + 2].lower == "on", k > 0, tokens[k - 1].lower != "that" { return true }
            // "…, illogically tying gun owners to crime": the reporter's judgement in a manner adverb
            // and a participle; a hedge (`possibly highlighting`) stays the speaker's.
            if tokens[k + 1].isLyAdverb, !Self.hedgeAdverbs.contains(next), k + 2 <= last, tokens[k + 2].tag == .verb,
               Lexicon.isGerund(tokens[k + 2].lower) { return true }
            // "…, a position shared by many in his party": the reporter's comment on the claim.
            if summarisesClause(comma: k, last: last) { return true }
            // "…consider Rep. Don Beyer (D-Va.), a former lieutenant governor who…": the reporter
            // introduces a person the statement names.
            if glossesNameAtClauseEnd(comma: k, last: last) { return true }
            // "…the Hyde Amendment, a federal provision that bars…": the reporter glosses a noun.
            if glossesNounAtClauseEnd(mark: k, last: last) { return true }
            // "…, with 30 percent of voters saying they…": an absolute clause with a speaker of its own.
            if next == "with", withClauseGerund(after: k + 1, last: last) != nil { return true }
            // "…, and calling the plan a sham": the speaker's next statement (``closesBeforeCoordinatedStatementParticiple``).
            if closesBeforeCoordinatedStatementParticiple(comma: k, last: last) { return true }
            // "…, which forced her to leave early": a relative clause closing the sentence.
            if Self.relativePronouns.contains(next), !counts.holdsComma(k + 1..<last) { return true }
        }
        // "…would slash 30,000 jobs — a mass layoff rivaling…": a gloss after a dash.
        if Self.mayBeDash(t.lower), Self.asideDashes.contains(t.lower), glossesNounAtClauseEnd(mark: k, last: last) { return true }
        if comma, k + 1 <= last, tokens[k + 1].is(.reporting), tokens[k + 1].tag == .verb,
           Lexicon.isGerund(tokens[k + 1].lower) {
            // "…, arguing that …": a reporting participle opens a statement of its own.
            return true
        }
        // "…, warning that…": a participle the tagger reads as a noun (``opensThatParticipleClause(at:last:)``).
        if opensThatParticipleClause(at: k, last: last) { return true }
        // "…, even suggesting that…", "…, also saying…": so it does after an adverb.
        if comma, k + 2 <= last, isAdverbBeforeParticiple(k + 1) || isMannerAdverbBeforeCue(k + 1), tokens[k + 2].is(.reporting), tokens[k + 2].tag == .verb,
           Lexicon.isGerund(tokens[k + 2].lower) {
            return true
        }
        if comma {
            // ", her rival replied": a subject noun phrase and a reporting verb after the comma.
            // A relative pronoun that is the subject of a verb reporting nothing opens an aside, not a
            // new reporting clause (`said Reyes, who charges a lot, has lost…`). One with a subject of
            // its own (`…, which he said were…`) or a verb with a clause (`…, who claimed that…`) does.
            var n = k + 1
            if n + 1 <= last, Self.relativePronouns.contains(tokens[n].lower), tokens[n + 1].tag == .verb,
               !relativeVerbReportsClause(n + 1, last: last) { return false }
            while n <= last, n - k <= Self.maxInterruptingSubject,
                  [.det, .pron, .adj, .noun, .propn, .num].contains(tokens[n].tag), tokens[n].quote == nil {
                n += 1
            }
            if n > k + 1, n <= last, tokens[n].is(.reporting), tokens[n].tag == .verb, !Lexicon.isGerund(tokens[n].lower) { return true }
            // "Birch, who estimated that half backed it, said he…": the main clause's own verb
            // right after the comma (not a passive participle: "the remarks, reported by …,").
            if n == k + 1, n <= last, tokens[n].is(.reporting), tokens[n].tag == .verb, !Lexicon.isGerund(tokens[n].lower),
               n + 1 > last || !tokens[n + 1].lower.isOne(of: "by", "as") { return true }
        }
        return false
    }

    /// Words that open a relative clause inside a fronted prepositional phrase.
    static let frontedRelativeWords: WordSet = ["who", "when", "where"]

    /// The comma that closes a fronted subordinate clause holding the verb `v` (`When the mayor
    /// said the budget was balanced, …`): the first comma after `v` when the sentence opens with
    /// a subordinator and no comma stands between it and the verb.
    func frontedClauseEnd(verb v: Int, first: Int, last: Int) -> Int? {
        // The subordinator may follow an adverb ("Shortly after Lee said …, members met").
        // "When" itself may be tagged an adverb.
        // A coordinator may open the sentence before it ("And while the campaign said …, Devine …").
        let start = Self.clauseCoordinators.contains(tokens[first].lower) && first + 1 < v ? first + 1 : first
        let opener = tokens[start].tag == .adv && start + 1 < v && !Self.subordinators.contains(tokens[start].lower) ? start + 1 : start
        let opens = tokens[opener].tag == .sconj || Self.subordinators.contains(tokens[opener].lower)
            || Self.clauseOpeners.contains(tokens[opener].lower)
            // "Among voters who said taxes were too high, the mayor won", "At a time when it was
            // said that…, Clinton proved": a relative clause inside a fronted prepositional phrase
            // ends with it.
            || tokens[opener].tag == .adp && !counts.holdsComma(first..<v)
                && (opener..<v).contains { tokens[$0].tag != .punct && Self.frontedRelativeWords.contains(tokens[$0].lower) }
        guard opens, !counts.holdsComma(first..<v) else { return embeddedSubordinateClauseEnd(verb: v, first: first, last: last) }
        return subordinateClauseComma(after: v, last: last)
    }

    /// The comma closing a subordinate clause opened inside the sentence, after a comma or a
    /// coordinator, whose subject the verb `v` has (`…, and while he said he'd hold a hearing,
    /// it is unlikely…`), when a finite clause follows that comma; nil for any other shape.
    func embeddedSubordinateClauseEnd(verb v: Int, first: Int, last: Int) -> Int? {
        var b = v - 1
        while b > first, tokens[b].tag == .aux || tokens[b].tag == .adv || tokens[b].tag == .part { b -= 1 }
        if b > first, tokens[b].tag == .pron {
            b -= 1
        } else {
            let end = b
            while b > first, end - b < Self.maxInterruptingSubject, [.det, .adj, .noun, .propn].contains(tokens[b].tag) { b -= 1 }
            guard b < end else { return nil }
        }
        guard b > first, Self.subordinators.contains(tokens[b].lower), tokens[b].quote == nil,
              tokens[b - 1].lower == "," || tokens[b - 1].lower.isOne(of: "and", "but") && b - 2 >= first && tokens[b - 2].lower == ",",
              // The main clause after the comma may end with its verb (`…, Ruiz resigned.`): no
              // relative clause with an object gap stands there.
              let comma = subordinateClauseComma(after: v, last: last), startsFiniteClause(at: comma + 1, last: last, verbMayEndSentence: true) else { return nil }
        return comma
    }

    /// The first comma after `v` that no coordinated that-clause follows.
    func subordinateClauseComma(after v: Int, last: Int) -> Int? {
        // "When I argued that A, and that B, he replied": a coordinated that-clause stays inside.
        // "Although he admitted that they had “been friends,” he claimed": a quote's last comma
        // closes the clause as a free one does.
        // "While he says he “loves China,” and “people love me,” he…": a coordinated quote too.
        var comma = counts.firstClauseComma(v + 1, last)
        while let c = comma {
            let n = isCloseMark(c + 1) ? c + 2 : c + 1
            guard n + 1 <= last, tokens[n].lower.isOne(of: "and", "or", "but"),
                  tokens[n + 1].lower == "that" || isOpenMark(n + 1) && isCloseMark(c + 1) else { break }
            comma = counts.firstClauseComma(c + 1, last)
        }
        return comma
    }
}

extension Attributor {
    /// Most tokens between a relative pronoun and a verb coordinated with its clause's first one.
    static let maxCoordinatedRelativeTokens = 15

    /// The last token of the clause reported by the verb at `v` inside a non-restrictive relative
    /// clause (`The relatives, who asked officials to show them the video, watched it…`, `…, some of
    /// whom say they were not paid, plan…`): the
    /// relative clause ends at the comma before the main clause's verb. So does a participle's
    /// clause set off between the sentence's subject and its verb (`The group, saying the vote was
    /// rigged, called for a recount`). Nil for any other shape.
    func relativeClauseEnd(verb v: Int, first: Int, last: Int) -> Int? {
        var b = v - 1
        while b > first, tokens[b].tag == .adv || tokens[b].tag == .aux { b -= 1 }
        // "Sanders, who endorsed Canova in May and said he would campaign with him, did not…":
        // a verb coordinated with the relative clause's first one.
        if b > first, tokens[b].lower == "and" {
            var k = b - 1
            while k > first, b - k <= Self.maxCoordinatedRelativeTokens, tokens[k].quote == nil, tokens[k].lower != ",",
                  !tokens[k].lower.isOne(of: "who", "which") { k -= 1 }
            if k > first, tokens[k].lower.isOne(of: "who", "which"), holdsFiniteVerb(k + 1, b - 1) { b = k }
        }
        // "Ann Cole, saying the vote was rigged, filed…": a participle set off between the
        // sentence's subject and its verb ends as a relative clause does.
        let opensAside = tokens[b].lower == "," && tokens[b].quote == nil && Lexicon.isGerund(tokens[v].lower)
            && b - 1 >= first && !holdsFiniteVerb(first, b - 1) && !holdsQuote(first, b - 1)
        // "The workers, some of whom say they were not paid, plan to strike": a partitive `whom`.
        let partitiveWhom = b - 3 > first && tokens[b].lower == "whom" && tokens[b - 1].lower == "of"
            && tokens[b - 2].isWord && tokens[b - 3].lower == ","
        guard opensAside || partitiveWhom || b > first && tokens[b].lower.isOne(of: "who", "which") && tokens[b - 1].lower == "," else { return nil }
        var c = counts.firstFreeComma(v + 1, last)
        while let comma = c, comma + 1 <= last {
            // "…, ultimately did not": an adverb may open the main clause's predicate.
            let t = tokens[comma + 1].tag == .adv && comma + 2 <= last ? tokens[comma + 2] : tokens[comma + 1]
            if t.tag == .aux || t.tag == .verb && !Lexicon.isGerund(t.lower) { return comma - 1 }
            c = counts.firstFreeComma(comma + 1, last)
        }
        return nil
    }
}

extension Attributor {
    /// Nouns with which a reporter sums up the claim before them (`…, a position shared by many`).
    /// Whether the comma at `k` follows a name (or its party code) and opens an apposition that
    /// ends the sentence or goes on with a relative clause: the reporter's gloss on that name.
    func glossesNameAtClauseEnd(comma k: Int, last: Int) -> Bool {
        guard k > 0, k + 2 <= last, tokens[k - 1].quote == nil,
              tokens[k - 1].tag == .propn && tokens[k - 1].isCapitalized || tokens[k - 1].lower == ")",
              tokens[k + 1].lower.isOne(of: "a", "an", "the"), let e = nounPhraseEnd(from: k + 1, last: last),
              !tokens[e].isCapitalized else { return false }
        guard e + 1 <= last else { return true }
        return endsSentence(after: e, last: last) || tokens[e + 1].lower.isOne(of: "who", "whose", "that", "which")
    }

    /// Whether token `k` is an adverb that may stand between a comma and the participle of a
    /// reporting clause of its own (`, even suggesting`, `, again insisting`): not a negation
    /// (`, never saying`) nor a hedge, which keep the participle in the statement, nor a manner
    /// adverb in -ly, the reporter's judgement (`, wrongly blaming…`: the clause ends there, but
    /// no one is reported).
    func isAdverbBeforeParticiple(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.tag == .adv && t.quote == nil && !t.isLyAdverb && !Self.cueNegations.contains(t.lower) && !Self.hedgeAdverbs.contains(t.lower)
    }

    /// Adverbs that hedge or narrow the speaker's own words (`possibly highlighting`).
    static let hedgeAdverbs: WordSet = [
        "possibly", "probably", "likely", "potentially", "perhaps", "specifically", "particularly", "especially",
        "eventually", "ultimately", "presumably", "essentially", "effectively", "only", "mostly", "largely",
    ]

    static let summativeNouns: WordSet = [
        "position", "view", "claim", "stance", "argument", "assertion", "charge", "notion", "sentiment",
        "belief", "allegation", "accusation", "contention", "theory", "refrain", "message",
        "plan", "proposal", "move", "idea", "policy", "remark", "comment", "pledge", "promise", "threat",
        "requirement", "recommendation",
    ]

    /// Nouns with which a reporter says what the words before them aimed at (`…, a swipe at his
    /// rival`, `…, a reference to the leaked emails`): after a comma and `a`/`an` they end the
    /// statement whatever follows them.
    static let pointerNouns: WordSet = ["swipe", "jab", "dig", "reference", "nod", "allusion", "rebuke"]

    /// Whether the comma at `k` opens an indefinite noun phrase headed by a summative noun that
    /// ends the sentence or goes on with a participle or relative clause (`, a position shared by
    /// many in his party`, `, a claim that officials deny`), or by a pointer noun
    /// (``pointerNouns``): the reporter's comment, not the claim.
    func summarisesClause(comma k: Int, last: Int) -> Bool {
        guard k + 2 <= last, tokens[k + 1].lower.isOne(of: "a", "an"), let e = nounPhraseEnd(from: k + 1, last: last) else { return false }
        // "…, a swipe at his rival" (``pointerNouns``).
        if Self.pointerNouns.contains(tokens[e].lower) { return true }
        guard Self.summativeNouns.contains(tokens[e].lower) else { return false }
        guard e + 1 <= last else { return true }
        let after = tokens[e + 1]
        return endsSentence(after: e, last: last) || Self.relativePronouns.contains(after.lower) || after.lower == "that"
            || after.tag == .verb && after.lower.endsWith("ed")
            // "…, a plan the billionaire has since modified": a relative clause without its pronoun.
            || startsFiniteClause(at: e + 1, last: last, verbMayEndSentence: true)
    }

    /// The reporting gerund of an absolute `with` clause opening at `w` (``withClauseSpeaker``), or nil.
    func withClauseGerund(after w: Int, last: Int) -> Int? {
        var g = w + 2
        while g <= last, g - w <= Self.maxWithClauseSubject + 1 {
            if tokens[g].is(.reporting), Lexicon.isGerund(tokens[g].lower) {
                let speaker = withClauseSpeaker(gerund: g, first: w, last: last) ?? withClausePhraseSpeaker(gerund: g, first: w, last: last)
                return speaker != nil ? g : nil
            }
            g += 1
        }
        return nil
    }

    /// Whether a finite clause whose subject is a noun phrase (no pronoun: ``narrativePronouns``
    /// reads those; no `that`: `said A, and that B` is one statement) opens at `k`, after `, and`:
    /// `said the rules were unfair, and the city has already sued` — the reporter goes on with
    /// a clause of his own.
    /// Most words of a list item between two commas (`women, Hispanics, and rivals`).
    static let maxListItemWords = 4

    /// Whether the comma at `k` closes an item of a list: another comma stands a few words
    /// before it (``maxListItemWords``) with no verb between (`attacks on women, Hispanics, and
    /// political rivals render him…`): `, and` then adds the last item, not a clause.
    func closesListItem(comma k: Int) -> Bool {
        var b = k - 1
        while b >= 0, k - b <= Self.maxListItemWords + 1 {
            let t = tokens[b]
            if t.lower == "," { return b < k - 1 }
            if t.tag == .verb || t.tag == .aux || !t.isWord { return false }
            b -= 1
        }
        return false
    }

    func opensCoordinatedMainClause(at k: Int, last: Int) -> Bool {
        guard k <= last, tokens[k].tag != .pron, tokens[k].lower != "that" else { return false }
        // "…, and the storm would last until Friday": a backshifted verb keeps reporting.
        if let v = (k...min(last, k + Self.maxClauseSubjectWords)).first(where: { tokens[$0].tag == .aux || tokens[$0].tag == .verb }),
           Self.backshiftedVerbs.contains(tokens[v].lower) {
            return false
        }
        return startsFiniteClause(at: k, last: last)
    }

    /// Verbs of reported speech's backshift (`would`, `could`, `had`): a clause that opens with
    /// one after `, and` goes on reporting.
    static let backshiftedVerbs: WordSet = ["would", "could", "might", "should", "had", "'d"]
}
