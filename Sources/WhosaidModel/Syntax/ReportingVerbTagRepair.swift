import WhosaidSyntax

/// Fixes a reporting verb in -s that the tagger read as the plural head of a compound noun:
/// `The Washington Post reports Clinton…`, `The agency reports that…`, `…, the Daily Caller
/// reports.` Right after a noun phrase that opens its clause, the word is the clause's verb,
/// for the clause has no other: a phrase that follows it is a reported clause (a subject and
/// its verb, or `that` and a subject), or the clause ends there after a statement.
enum ReportingVerbTagRepair {
    /// The most words of the subject's noun phrase before the verb, and of the reported
    /// clause's subject before its verb.
    static let maxPhraseWords = 6

    /// Tags a word of the subject's noun phrase may carry.
    static let phraseTags: Set<UPOS> = [.det, .propn, .noun, .adj, .num]

    /// Words that open a clause before its subject (`after the Associated Press reports…`).
    static let subjectClauseOpeners: WordSet = [
        "and", "but", "so", "after", "as", "because", "when", "while", "since", "before", "until", "if", "though",
        "although", "that",
    ]

    /// Days and periods that make the word before or after a compound's part (`Media reports
    /// Tuesday said…`), not a subject or a reported clause's subject. Not ``Lexicon/timeWords``,
    /// whose `last`, `this` and `on` open ordinary phrases (`the mayor's last press conference`).
    static let dayAndPeriodWords = WordSet(MentionFinder.reportDatingDays.union([
        "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
    ]))

    /// Pronouns that open a reported clause as its subject.
    static let subjectPronouns: WordSet = ["i", "we", "he", "she", "they", "it", "you", "there"]

    /// Retags as a verb every noun-tagged reporting word of the sentence `range` that
    /// ``isClauseVerb(_:_:_:)`` reads as its clause's verb.
    static func repair(_ tokens: inout Tokens, _ range: Range<Int>) {
        // The nouns found by their tags alone: most words are none.
        var k = tokens.nextIndex(taggedAs: .noun, from: range.lowerBound, to: range.upperBound)
        while k < range.upperBound {
            if tokens[k].is(.reporting) && isClauseVerb(k, tokens, range) { tokens[k].tag = .verb }
            k = tokens.nextIndex(taggedAs: .noun, from: k + 1, to: range.upperBound)
        }
    }

    /// Whether the reporting word at `k` (in -s) is its clause's verb by the shape around it:
    /// after a noun phrase that opens the clause, before a reported clause or (after a comma or
    /// a quote) at the clause's end. The sieves ask it too, where a determiner's phrase before
    /// a noun-like form (`the newspaper reports`) otherwise makes a compound.
    static func isClauseVerb(_ k: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        guard k > range.lowerBound, k < range.upperBound else { return false }
        let t = tokens[k]
        guard t.kind == .word, t.quote == nil, !t.isCapitalized, t.lower.endsWith("s"), !t.lower.endsWith("ss"),
              let opener = subjectOpener(before: k, tokens, range) else { return false }
        let head = tokens[k - 1]
        // "News reports that…": a plural common noun before it makes the pair a compound.
        guard head.tag == .propn || !head.lower.endsWith("s") else { return false }
        // `…, the Daily Caller reports.`: a trailing subject opens with a determiner or a name,
        // not with an adjective a comma set off (`the big, political finance promises.`).
        let trailing = opener >= range.lowerBound && (tokens[opener].lower == "," || SubjectTagRepair.isClosingQuoteMark(tokens[opener]))
            && (tokens[opener + 1].tag == .det || tokens[opener + 1].tag == .propn)
        return opensReportedClause(after: k, tokens, range) || trailing && closesClause(after: k, tokens, range)
    }

    /// The token before the noun phrase that ends right before `k` (`range.lowerBound - 1` when
    /// the phrase opens the sentence), when that phrase opens its clause and ends in a noun;
    /// nil otherwise.
    static func subjectOpener(before k: Int, _ tokens: Tokens, _ range: Range<Int>) -> Int? {
        let head = tokens[k - 1]
        guard head.kind == .word, head.quote == nil, head.tag == .propn || head.tag == .noun,
              !dayAndPeriodWords.contains(head.lower) else { return nil }
        var j = k - 1
        while j >= range.lowerBound, k - j <= maxPhraseWords, isPhraseWord(tokens[j]) {
            j -= 1
        }
        if j < range.lowerBound { return j }
        let before = tokens[j]
        guard k - j <= maxPhraseWords + 1 else { return nil }
        if before.lower == "," || before.lower == ":" || before.lower == ";" || SubjectTagRepair.isClosingQuoteMark(before)
            || subjectClauseOpeners.contains(before.lower) {
            return j
        }
        return nil
    }

    /// Whether a reported clause starts after `k`: `that` and a word that is no verb (not a
    /// relative `that`), a subject pronoun, or a noun phrase (no time word in it) and its verb.
    static func opensReportedClause(after k: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        let n = k + 1
        guard n < range.upperBound, tokens[n].quote == nil else { return false }
        let next = tokens[n]
        if next.lower == "that" {
            // `reports that surfaced Monday`: a verb (or a participle read as an adjective) right
            // after `that` makes it a relative pronoun.
            guard n + 1 < range.upperBound else { return false }
            let after = tokens[n + 1]
            return after.tag != .verb && after.tag != .aux && !after.lower.endsWith("ed")
        }
        if next.tag == .pron {
            // "police reports he filed were lost": a subject and two verbs make a relative clause.
            return subjectPronouns.contains(next.lower) && !opensRelativeClause(verb: n + 1, tokens, range)
        }
        var e = n
        while e < range.upperBound, e - n < maxPhraseWords, isPhraseWord(tokens[e]) {
            if dayAndPeriodWords.contains(tokens[e].lower) { return false }
            e += 1
        }
        return e > n && e < range.upperBound && (tokens[e].tag == .verb || tokens[e].tag == .aux)
            && !opensRelativeClause(verb: e, tokens, range)
    }

    /// Whether the verb at `v` is a contact relative clause's, the one after it the sentence's
    /// (`the reports he filed were lost`, `the reports the paper printed were wrong`).
    /// A participle before a noun is that noun's modifier, not a second verb (`the lawsuit claims
    /// the bank ignored repeated warnings`).
    static func opensRelativeClause(verb v: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        guard v < range.upperBound, tokens[v].tag == .verb, v + 1 < range.upperBound else { return false }
        if tokens[v + 1].tag == .verb, tokens[v + 1].lower.endsWith("ed"), v + 2 < range.upperBound,
           tokens[v + 2].tag == .noun { return false }
        return tokens[v + 1].tag == .verb || tokens[v + 1].tag == .aux
    }

    /// Whether `t` may stand inside a noun phrase: a word of ``phraseTags`` outside quotes, or
    /// the possessive marker the tokenizer splits off (`the mayor ’s office`).
    static func isPhraseWord(_ t: Token) -> Bool {
        guard t.quote == nil else { return false }
        if t.tag == .part { return t.lower.isPossessiveForm || Attributor.bareApostrophes.contains(t.lower) }
        return phraseTags.contains(t.tag) && t.kind != .punctuation
    }

    /// Whether the clause ends right after `k` (`…, the Daily Caller reports.`).
    static func closesClause(after k: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        k + 1 == range.upperBound || tokens[k + 1].kind == .punctuation && tokens[k + 1].quote == nil
    }
}
