import WhosaidSyntax

/// Clauses: where a sentence or a reported clause ends, the span of a clause kept whole around
/// quotes, and the candidate a reported clause makes (mixed when it carries a quote).
extension Attributor {
    func sentenceLastToken(from i: Int) -> Int {
        var last = sentenceLast[tokens[i].sentence]
        let p = paragraphOf(i)
        while last > i, paragraphOf(last) != p { last -= 1 }
        return last
    }

    /// Whether nothing but the sentence's closing mark follows token `e` (`…, Vance said.`), or
    /// a semicolon ends the clause there (`…, Vance noted; the county…`).
    func endsSentence(after e: Int, last: Int) -> Bool {
        e >= last || (e + 1 == last && tokens[last].lower.isOne(of: ".", "!", "?", ":"))
            || e + 1 < last && tokens[e + 1].lower == ";"
    }

    /// The clause between tokens `a` and `b`, trimmed of edge punctuation; stops at a colon or
    /// a dash before a quote when asked.
    func clauseSpan(from a: Int, to b: Int, stopAtColon: Bool = false) -> TextSpan? {
        guard a <= b, a >= 0, b < tokens.count else { return nil }
        var e = b
        if stopAtColon {
            var k = a
            while k <= b {
                if tokens[k].quote == nil, clauseEnds(at: k, last: b, from: a) { e = k - 1; break }
                k += 1
            }
            if e + 1 <= b, tokens[e + 1].lower == ":", e >= a, tokens[e].lower == "but" { e -= 1 }
            while e >= a, tokens[e].lower.isOne(of: ",", "but") { e -= 1 }
        }
        // A word at the edge (most often) is no mark: its first byte says so before the lists.
        var s = a
        while s <= e, !tokens[s].lower.opensWithASCIIAlphanumeric, Self.clauseOpeningMarks.contains(tokens[s].lower) { s += 1 }
        while e >= s, !tokens[e].lower.opensWithASCIIAlphanumeric, Self.clauseClosingMarks.contains(tokens[e].lower) { e -= 1 }
        guard s <= e else { return nil }
        // Keep a quote whole when the clause cuts through it.
        var start = tokens[s].start
        var end = tokens[e].end
        var qi = firstQuote(endingAfter: start)
        while qi < quotes.count, quotes[qi].span.start < end {
            start = min(start, quotes[qi].span.start)
            end = max(end, quotes[qi].span.end)
            qi += 1
        }
        return TextSpan(start: start, end: end)
    }

    /// Where a statement that ends at `end` and a postposed cue starts, from `first`: after the
    /// sentence's last colon when the part after it holds a finite verb (`…has not driven firms
    /// away: London was the capital, according to one index.`); the words before it are the
    /// reporter's. Not a colon inside parentheses (`(source: our logs), which makes us…`).
    func afterColon(_ first: Int, before end: Int) -> Int {
        guard first < end, let colon = (first..<end).last(where: { tokens[$0].lower == ":" && tokens[$0].quote == nil }),
              holdsFiniteVerb(colon + 1, end), !closesParenthesis(from: colon + 1, to: end) else { return first }
        return colon + 1
    }

    /// Whether a `)` in `a...b` closes a parenthesis opened before `a`.
    func closesParenthesis(from a: Int, to b: Int) -> Bool {
        var depth = 0
        for k in a...b {
            if tokens[k].lower == "(" { depth += 1 }
            if tokens[k].lower == ")" { depth -= 1 }
            if depth < 0 { return true }
        }
        return false
    }

    /// The marks a clause span drops from its start.
    static let clauseOpeningMarks = [",", "—", "–", "-", ":"]
    /// The marks a clause span drops from its end.
    static let clauseClosingMarks = [".", ",", ";", ":", "—", "–", "-", "!", "?"]

    /// Words that are prepositions before a noun and subordinators before a clause.
    static let clauseOpeners: WordSet = ["after", "before", "since", "until", "as", "once", "because"]
    /// Subordinators of a condition, which a reported clause keeps after a comma.
    static let conditionSubordinators: WordSet = ["if", "unless"]
    static let subordinators = WordSet(subordinatorList)
    /// The words of ``subordinators``, for lists derived from it.
    static let subordinatorList: Set<String> = ["when", "while", "although", "because", "though", "whereas", "before", "after", "if", "unless"]

    /// Whether the comma-separated segment that ends at the comma `comma` (from `first` at the
    /// earliest) opens a new clause with `and`/`but` and a subordinator, or opens the sentence
    /// with one (``sentenceAdjunctSubordinators``): in `…, and when Rubio
    /// said it, a man yelled.` the words before the subject are the main clause's adjunct, not
    /// what the subject said. (A sentence that opens with another subordinator, `if`, `because`,
    /// `although`, is left alone: news annotation often counts it as the statement.)
    func opensSubordinateSegment(before comma: Int, first: Int) -> Bool {
        var k = comma - 1
        while k > first, tokens[k - 1].lower != ",", tokens[k - 1].quote == nil { k -= 1 }
        // "When Ruiz said it was great to be home, a man yelled.": a subordinate clause that
        // opens the sentence and runs to the comma is the main clause's adjunct.
        if k == first, opensAdjunctClause(at: k, before: comma) { return true }
        guard k + 1 < comma, tokens[k].lower.isOne(of: "and", "but", "or") else { return false }
        return Self.subordinators.contains(tokens[k + 1].lower)
    }

    /// Whether a clause of time or contrast opens at `k` (``sentenceAdjunctSubordinators``), its
    /// subordinator perhaps after an adverb (`Soon after the vote`, `Shortly before noon`).
    func opensAdjunctClause(at k: Int, before comma: Int) -> Bool {
        Self.sentenceAdjunctSubordinators.contains(tokens[k].lower)
            || k + 1 < comma && tokens[k].tag == .adv && Self.sentenceAdjunctSubordinators.contains(tokens[k + 1].lower)
    }

    /// Whether a preposition and a gerund open the words at `k` before `comma` (`In discussing
    /// the scandals,`, `After meeting the board,`): an adverbial of the clause after the comma.
    func opensPrepositionalGerund(at k: Int, before comma: Int) -> Bool {
        k + 1 < comma && (tokens[k].tag == .adp || tokens[k].tag == .sconj) && isGerundVerb(k + 1)
    }

    /// Subordinators whose finite clause after a comma goes on with what was said: the speaker's
    /// reason or time (`…said Obama enjoys it, because it is funny`, `…in 1978, when she met
    /// him`). With a participle (`, when asked about it`) the clause is the reporter's.
    static let statementSubordinators: WordSet = ["because", "when"]

    /// Whether the subordinator at `n`, after a comma, opens a finite clause the statement keeps.
    func keepsFiniteSubordinateClause(at n: Int, last: Int) -> Bool {
        // "…, because if there were more records, the FBI has them": a condition may open the
        // reason's clause.
        let clause = n + 2 <= last && Self.conditionSubordinators.contains(tokens[n + 1].lower) ? n + 2 : n + 1
        guard Self.statementSubordinators.contains(tokens[n].lower), startsFiniteClause(at: clause, last: last) else { return false }
        // "…, when the state wrongly stated that…": a clause with a cue of its own reports its own statement.
        // A running count, not a scan to the sentence's end: a sentence of many ", because…"
        // clauses took quadratic time.
        return !counts.holdsReportingVerb(n + 1, last)
    }

    /// Subordinators whose clause, opening a sentence and closed by its comma, is an adjunct of
    /// the clause after it, never words that clause's verb reports (`if` and `unless` may open a
    /// reported condition: "If the levy fails the town closes, Ruiz said.").
    static let sentenceAdjunctSubordinators: WordSet = ["when", "while", "whereas", "before", "after"]
    static let articles: WordSet = ["a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"]

    /// Whether a reported clause running forward ends before token `k`: at a colon or semicolon,
    /// before `and`/`but` and a new reporting verb ("but noted that"), before a comma that opens
    /// a new subordinate clause (", and when pressed…"), or at a quote closed by a comma before a
    /// reporting participle (`…,” adding that`).
    /// `from`, when given, is the clause's first token: an `and` before which the clause has no
    /// finite verb yet joins two nouns of its subject (`said the spate of shootings and protests
    /// demands that…`), not two clauses.
    func clauseEnds(at k: Int, last: Int, from start: Int? = nil) -> Bool {
        let w = tokens[k].lower
        // Every ending below is at ":", ";", ",", "and", "but", "while" or a dash (the grammar rules' all
        // at a comma): the first byte rules out most words before any string is compared.
        switch w.utf8.first {
        case 0x3A, 0x3B, 0x2C, 0x61, 0x62, 0x77, 0x2D, 0xE2, 0x22, 0x27: break
        default: return false
        }
        if w == ";" || w == ":" && isOpenMark(k + 1) { return true }
        // "…“only one candidate in this race,” adding that…": the comma closing the quote is the
        // one before the reporting participle.
        if isCloseMark(k), k >= 1, tokens[k - 1].lower == ",", k + 1 <= last, tokens[k + 1].is(.reporting),
           tokens[k + 1].tag == .verb, Lexicon.isGerund(tokens[k + 1].lower) { return true }
        if clauseEndsByGrammar(at: k, last: last) { return true }
        // "said the road was shut and that no deaths had been reported": a second `that` clause
        // of the same cue (``coordinatesThatClause(and:last:)``).
        if w == "and" || w == "but" || w == "while", !coordinatesThatClause(and: k, last: last) {
            // "…but noted that", "…and Democrats accused the GOP": a new reporting verb ahead.
            // "…and human rights groups warned that", "…and called for tariffs", "…and called it X".
            // "…, and nearly three in five said": a poll's share is a subject too (``isShareWord``).
            var n = k + 1
            // "…, but Senator Ann Lowe (D-Ohio) says…": a short parenthesis after the subject's
            // noun is skipped, and does not count against the subject's words.
            var skipped = 0
            while n <= last, n - k - skipped <= 5 {
                if n > k + 1, tokens[n].lower == "(", tokens[n - 1].isCapitalized || [.noun, .propn].contains(tokens[n - 1].tag),
                   let close = parenthesisClose(after: n, last: last) {
                    skipped += close + 1 - n
                    n = close + 1
                    continue
                }
                guard !isCueWord(n), tokens[n].isWord, tokens[n].quote == nil,
                      tokens[n].isCapitalized || tokens[n].is(.verbModifier) || tokens[n].is(.personalPronoun) || tokens[n].is(.determiner)
                        || [.noun, .propn, .adj, .adv].contains(tokens[n].tag) || isShareWord(n, last: last) else { break }
                n += 1
            }
            // "…but argues that…": a reporting verb before "that" is one, however it is tagged.
            // After `while` only a clause with a subject of its own reports its own statement
            // (`…while eight in 10 said…`); a verb straight after it is the speaker's (`…while
            // promising`, `…while noting`).
            // (Words quoted before it may be the clause: `said “not too likely” and 14 percent said…`.)
            let joinsSubjectNouns = w == "and" && n > k + 1
                && start.map { opensFiniteComplement(at: $0) && !counts.holdsFiniteVerb($0, k - 1) && !counts.holdsQuote($0, k - 1) } == true
            // "…was arrested and charged with theft": a passive participle going on the group before
            // `and` is no new cue (``continuesPassiveGroup(cue:coordinator:last:)``).
            if n <= last, isCueWord(n), !Lexicon.isGerund(tokens[n].lower), w != "while" || n > k + 1, !joinsSubjectNouns,
               tokens[n].tag == .verb || n + 1 <= last && tokens[n + 1].lower == "that",
               !(w == "and" && continuesPassiveGroup(cue: n, coordinator: k, last: last)) { return true }
        }
        // "… more intense — and he noted that…": a dash before a new clause.
        if Self.mayBeDash(w), Self.clauseDashes.contains(w), k + 1 <= last,
           ["and", "but", "he", "she", "they", "it", "which", "who"].contains(tokens[k + 1].lower),
           !closesAsideAfterThat(dash: k),
           // "said the budget – and not the tax plan – is the issue": an aside the same dash closes.
           !opensPairedDashAside(at: k, last: last, from: start) {
            return true
        }
        // "… to the convention floor -- even as Clinton closed in", "… in 2018 - though it is
        // unclear whether…": a concession after a dash is the reporter's (not one set off between
        // two dashes: "Trump — even as he says… — has proposed").
        if Self.mayBeDash(w), Self.asideDashes.contains(w), k + 1 <= last, opensConcession(at: k + 1, last: last),
           !(k + 1...last).contains(where: { tokens[$0].lower == w }) {
            return true
        }
        // "…would be “much better,” though he cautioned that…": a quote's closing mark after its
        // last comma stands for the comma.
        if w == "," || closesQuoteAfterComma(k) {
            var n = k + 1
            if n <= last, tokens[n].lower.isOne(of: "and", "but", "or") { n += 1 }
            // A condition right after the comma stays in the statement ("…, if elected, he would…",
            // "…, unless the court acts"); after a coordinator it opens a clause of its own.
            // A clause that quotes the speaker again and has no cue of its own stays theirs (`…was
            // “a mess,” whereas the House's was “sensible.”`): cut there, its quote would be no one's.
            if n <= last, Self.subordinators.contains(tokens[n].lower),
               n > k + 1 || !Self.conditionSubordinators.contains(tokens[n].lower) && !keepsFiniteSubordinateClause(at: n, last: last),
               !counts.holdsQuote(n, last) || counts.holdsReportingVerb(n + 1, last),
               // "said the plan, though costly, would work": an aside the clause goes on after.
               !interruptsReportedClause(comma: k, subordinator: n, last: last, from: start) { return true }
        }
        return false
    }

    /// Whether token `k` is a quote's closing mark right after the quote's last comma (`“much
    /// better,”`), which punctuates the reporter's sentence as a comma outside the marks does.
    func closesQuoteAfterComma(_ k: Int) -> Bool {
        k >= 1 && tokens[k - 1].lower == "," && isCloseMark(k)
    }

    /// The `)` closing the parenthesis opened at `open`, within
    /// ``MentionFinder/maxParenthesisTokens`` and the sentence ending at `last`, with no quote or
    /// other parenthesis inside; else nil.
    func parenthesisClose(after open: Int, last: Int) -> Int? {
        var k = open + 1
        while k <= last, k - open <= MentionFinder.maxParenthesisTokens {
            if tokens[k].lower == ")" { return k > open + 1 ? k : nil }
            if tokens[k].lower == "(" || tokens[k].quote != nil || isOpenMark(k) { return nil }
            k += 1
        }
        return nil
    }

    /// Dashes that may end a reported clause or set off an aside in it (em, en, double hyphen).
    static let clauseDashes: Set<String> = ["\u{2014}", "\u{2013}", "--"]

    /// The most tokens of an aside between two dashes right after `that`.
    static let maxDashAsideTokens = 10

    /// Whether the dash at `k` closes an aside that a dash opened right after `that` (`says that
    /// – in his professional life – he is…`): the reported clause goes on after it.
    func closesAsideAfterThat(dash k: Int) -> Bool {
        var j = k - 1
        while j > 0, k - j <= Self.maxDashAsideTokens + 1, tokens[j].quote == nil {
            if Self.clauseDashes.contains(tokens[j].lower) { return tokens[j - 1].lower == "that" && j < k - 1 }
            j -= 1
        }
        return false
    }

    /// Whether the reported clause starting at token `a` must be a finite clause: it follows
    /// `that` or a form of `say` (`said the spate…`), whose complement is a clause, not the
    /// object noun phrase of `denied`, `accused` or `lamented`.
    func opensFiniteComplement(at a: Int) -> Bool {
        guard a > 0, tokens[a - 1].quote == nil else { return false }
        let before = tokens[a - 1].lower
        return before == "that" || Self.sayForms.contains(before)
    }

    /// Words that join the numbers of a poll's share (`three in five`, `six of 10`, `eight out of
    /// 10`, `more than 4 in 10`).
    static let shareLinks: WordSet = ["in", "of", "out", "than"]

    /// Whether token `n` belongs to a poll's share standing as a subject: a number, or a link
    /// word (``shareLinks``) before a number (`out` before `of`). News reports a survey clause by
    /// clause: `Half said X, and nearly three in five said Y` holds two statements.
    func isShareWord(_ n: Int, last: Int) -> Bool {
        if tokens[n].tag == .num { return true }
        guard n + 1 <= last, Self.shareLinks.contains(tokens[n].lower) else { return false }
        return tokens[n + 1].tag == .num || tokens[n].lower == "out" && tokens[n + 1].lower == "of"
    }

    /// The last token of the sentence ending `last` that lies inside `span`, searched from `v`:
    /// a cue inside a statement already found (`Lee says Ruiz promised to…`) starts none of its own.
    func lastToken(within span: TextSpan, from v: Int, last: Int) -> Int {
        var k = v
        while k + 1 <= last, tokens[k + 1].end <= span.end { k += 1 }
        return max(k, v)
    }

    /// The finding of candidate `c` made at the cue word `v` in a sentence ending at `last`: it
    /// covers the sentence up to its own end.
    func finding(_ c: Candidate, at v: Int, last: Int) -> CueWordFinding {
        CueWordFinding(statements: [c], coveredUpTo: lastToken(within: c.span, from: v, last: last))
    }

    /// The candidate of a reported clause `span` with its cue, speaker, rule and confidence:
    /// mixed when a quotation stands in it, else indirect.
    func make(_ span: TextSpan, cue: ClosedRange<Int>, _ m: SpeakerMention, _ rule: AttributionRule, _ confidence: Double) -> Candidate {
        let q = firstQuote(endingAfter: span.start)
        let hasQuote = q < quotes.count && quotes[q].span.start < span.end
        return Candidate(span: span, kind: hasQuote ? .mixed : .indirect, cue: cue, speaker: m, rule: rule,
                         confidence: confidence, quote: nil)
    }

    /// Concessive subordinators (`though`, `although`, `even as`, `even though`).
    static let concessionOpeners: WordSet = ["though", "although", "whereas"]

    /// Whether a concessive clause opens at `n`: `though`, `although` or `whereas`, or `even` before `as`
    /// or `though`, and a clause with a subject and finite verb after it.
    func opensConcession(at n: Int, last: Int) -> Bool {
        var c = n
        if tokens[c].lower == "even", c + 1 <= last, tokens[c + 1].lower.isOne(of: "as", "though", "if") {
            c += 2
        } else if Self.concessionOpeners.contains(tokens[c].lower) {
            c += 1
        } else {
            return false
        }
        return startsFiniteClause(at: c, last: last)
    }
}
