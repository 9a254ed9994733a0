import WhosaidSyntax

/// Stage 1, second: a cue right before the quotation, its speaker the verb's subject:
/// `NAME said: “Q”`, `NAME told reporters, “Q”`, `NAME said that “Q”`, `NAME called “Q”` (a label
/// of three words or more), a verb coordinated with an earlier one (`returned and declared, “Q”`),
/// and words given to a name (`a line attributed to NAME: “Q”`).
///
///     Nora Vance told the board: “The dam will hold.”               → Nora Vance
///     The engineer returned to the podium and declared, “We rebuild.” → The engineer
///     Vance said that “a fair deal” could follow by May.             → nothing: the clause goes on
///
/// The quote must end its clause, or close with its own punctuation; the sentence that goes on
/// past it is stage 2's, a mixed statement.
struct LeadingCueSieve: QuoteSieve {
    var name: String { "leading-cue" }
    var rules: Set<AttributionRule> { [.leadingCue] }
    func attribute(quote qi: Int, in a: inout Attributor) -> Candidate? { a.leadingCue(quote: qi) }
}

extension Attributor {
    /// Fewest words of a quoted label that is a statement (`called “total political crap”`);
    /// a shorter one (`what he called “fraud”`, `what Paine called “ground rent”`) is a term.
    static let minLabelQuoteWords = 3

    /// Confidence of a quote put to a passive addressee (`Lee was asked, “…”`), whose asker is unnamed.
    static let unnamedAskerConfidence = 0.5

    /// Most tokens from the cue verb to the last word before the quote's mark (`wrote to his
    /// 20,000 Twitter followers, “…”`); the verb's own complement must fill them.
    static let maxLeadingCueReach = 6

    /// The statement quote `qi` makes with a cue right before it.
    mutating func leadingCue(quote qi: Int) -> Candidate? {
        if let c = attributedQuote(qi) ?? inscriptionQuote(qi) ?? chantNounQuote(qi) { return c }
        let q = quotes[qi]
        let open = openToken[qi]
        // Before the quote: `NAME said: “…”`, `NAME told reporters, “…”`, `NAME said that “…”`.
        if open > 0, paragraphOf(open - 1) == paragraphOf(open) || opensParagraphAfterCueComma(open) {
            var k = open - 1
            // A text may open with the mark (`:“…”`): no token before it to step back to.
            if k > 0, Self.leadingCueSeparators.contains(tokens[k].lower) { k -= 1 }
            let floor = max(sentenceFirst[tokens[k].sentence], 0)
            var v = k
            while v >= floor, k - v <= Self.maxLeadingCueReach, tokens[v].quote == nil {
                if isCueVerb(v, besideQuote: true) || isSplitQuotationCue(v, quote: qi), !Lexicon.isGerund(tokens[v].lower) || isProgressive(v) && opensSentence(qi) {
                    // Only the cue's own complement may stand between the verb and the quote.
                    let cue = cueRange(v, upTo: open - 1)
                    let punctuated = k < open - 1  // a colon, comma or "that" before the quote
                    // `said on ABC's “This Week”`, `what he called “fraud”`: the quote is the object
                    // of the cue's phrase, a title or a label, not a statement.
                    // A label of several words (`Tim Cook called “total political crap”`) is a statement.
                    let labelQuote = Self.labellingVerbs.contains(tokens[v].lower) && wordCount(q.content) >= Self.minLabelQuoteWords
                    // `said on Monday “We will win.”`: a whole quoted sentence after the cue's adjunct
                    // is what was said, not a title the adjunct names.
                    let objectOfCue = !punctuated && (cue.upperBound > v && (!isQuotedSentence(qi) || tokens[open - 1].tag == .adp || tokens[open - 1].lower == "to")
                        || tokens[v].is(.quoteOnly) && !tokens[v].is(.reporting) && !labelQuote && !isQuotedThought(qi, verb: v))
                    // `Lowe said Brussels would respond “firmly.”`: a short fragment straight after a cue
                    // inside an earlier cue's reported clause is a word that clause quotes, not a
                    // statement of the inner verb's subject.
                    let embeddedFragment = !punctuated && !opensSentence(qi)
                        && wordCount(q.content, upTo: Self.minLabelQuoteWords) < Self.minLabelQuoteWords && isInsideReportedClause(v, floor: floor)
                    if embeddedFragment { break }
                    // "Reyes returned to the podium and declared, “…”": a coordinated verb shares the subject.
                    let groupStart = beforeVerbGroup(v, floor: floor)
                    let coordinated = groupStart > floor && Self.clauseCoordinators.contains(tokens[groupStart].lower)
                        ? sentenceSubject(first: floor, before: groupStart) : nil
                    // `says, “Don't you do it,” until…`, `chanted “What curfew?” and kept going`: a quote that
                    // closes with its own punctuation is whole though the sentence goes on.
                    let closesItself = endsWithOwnPunctuation(qi) && punctuated
                    let fits = cue.upperBound >= k || isSpeechNounObject(after: cue.upperBound, through: k)
                    // "Lee was asked, “Would you run again?”": the subject is the one asked; whoever
                    // asked is not named, so the quote is nobody's here.
                    if fits, punctuated, opensSentence(qi), Self.addresseeVerbs.contains(tokens[v].lower), isPassive(v, first: floor), quoteEndsItsClause(qi) {
                        usedCue[v] = true
                        return Candidate(span: q.span, kind: .direct, cue: cue, speaker: nil, rule: .leadingCue,
                                         confidence: Self.unnamedAskerConfidence, quote: qi)
                    }
                    // "someone shouted, “Cruz,” Beck joked, “Amen!”": the next cue leads the next quote.
                    if fits, !objectOfCue, quoteEndsItsClause(qi) || closesItself || labelQuote || punctuated && leadsIntoNextCue(quote: qi),
                       let m = subject(ofVerb: v, floor: floor) ?? coordinated ?? fusedQuotativeSubject(ofLike: v)
                        ?? (punctuated ? relativePronounCueSubject(ofCue: v, floor: floor) : nil) {
                        usedCue[v] = true
                        return Candidate(span: q.span, kind: .direct, cue: cue, speaker: m, rule: .leadingCue,
                                         confidence: 0.9, quote: qi)
                    }
                    break
                }
                if Self.clauseEndMarks.contains(tokens[v].lower) { break }
                v -= 1
            }
        }
        return nil
    }

    /// Whether the verb at `v` stands in the clause an earlier reporting verb of its sentence
    /// reports (`Lowe said Brussels would respond`): a reporting verb outside quotes before it with
    /// no comma, colon, semicolon or quote between them (`Ruiz, who said she was tired, replied`
    /// and `“I said it,” Lowe added` are not). Reads back at most ``maxSentenceCueDistance`` tokens.
    func isInsideReportedClause(_ v: Int, floor: Int) -> Bool {
        var k = v - 1
        while k >= max(floor, v - maxSentenceCueDistance) {
            let t = tokens[k]
            if t.quote != nil || isCloseMark(k) || isOpenMark(k) || Self.clauseBreakMarks.contains(t.lower) { return false }
            if t.tag == .verb, t.is(.reporting) { return true }
            k -= 1
        }
        return false
    }
    /// Marks that end the clause a reporting verb reports, for ``isInsideReportedClause(_:floor:)``.
    static let clauseBreakMarks: WordSet = [",", ":", ";"]

    /// Whether the opening mark at token `open` opens its paragraph right after a paragraph that
    /// ends in a comma (`… and they say,` ⏎ `“That is a nation with no clue.”`): a transcript's or
    /// a block quote's layout of `they say, “…”`. (A colon there is ``ColonSieve``'s.)
    func opensParagraphAfterCueComma(_ open: Int) -> Bool {
        guard paragraphOf(open - 1) + 1 == paragraphOf(open) else { return false }
        // `… I'm thinking` ⏎ `‘This takes forever.’`: a cue verb closing its paragraph unpunctuated.
        return tokens[open - 1].lower == "," || isCueVerb(open - 1, besideQuote: true)
    }

    /// Nouns for words spoken that a quote set off by a comma may stand in apposition to
    /// (`gasped his last words, ‘…’`, `gave the same answer, “…”`).
    static let speechObjectNouns: WordSet = [
        "words", "answer", "reply", "message", "warning", "plea", "prayer", "motto", "slogan", "mantra", "refrain", "verdict",
    ]
    /// Most tokens of such an object (`his last words`, `the same short answer`).
    static let maxSpeechObjectTokens = 4

    /// Whether tokens `after+1...last` are the cue verb's object naming words spoken (`his last
    /// words`), the quote after them in apposition: the quote is what the verb's subject said.
    func isSpeechNounObject(after: Int, through last: Int) -> Bool {
        guard last > after, last - after <= Self.maxSpeechObjectTokens, Self.speechObjectNouns.contains(tokens[last].lower),
              tokens[after + 1].tag == .det || tokens[after + 1].tag == .pron else { return false }
        return (after + 1...last).allSatisfy { tokens[$0].isWord && tokens[$0].quote == nil && !tokens[$0].isCapitalized }
    }

    /// What may stand between a leading cue and the quote it opens (`said:`, `said, “`, `said that “`).
    static let leadingCueSeparators: WordSet = [":", ",", "that"]
    /// The marks that end a sentence.
    static let sentenceEndMarks: WordSet = [".", "!", "?"]
    /// The marks that end a clause as a search back for a cue's subject reads them.
    static let clauseEndMarks: WordSet = [".", ";", "!", "?"]

    /// The two ways a token can be the "be" of a progressive (see `isProgressiveBe`).
    enum ProgressiveBe { case auxiliary, fusedWithPronoun }

    /// Pronouns fused with a form of "be" (`I'm`, `we're`, `she's`) that make a following "-ing" verb a progressive.
    static let progressivePronounForms: WordSet = ["i'm", "we're", "you're", "they're", "he's", "she's"]

    /// Whether the "-ing" verb at `v` follows a form of "be" (`she was saying, “…”`, `I'm
    /// thinking`): the finite verb of its clause, its subject the clause's, not a participle's host.
    func isProgressive(_ v: Int) -> Bool {
        guard v > 0, tokens[v - 1].quote == nil else { return false }
        return isProgressiveBe(v - 1) != nil
    }

    /// How the token at `i` is a form of "be" that makes a following "-ing" verb a progressive:
    /// `.auxiliary` (`is`, `’re`), `.fusedWithPronoun` (`she’s`, `they're`), or nil.
    func isProgressiveBe(_ i: Int) -> ProgressiveBe? {
        // The tokenizer's lower-cased forms already write ’ as ' (`Tokenizer.lowered`).
        let form = tokens[i].lower
        if Self.progressiveAuxiliaries.contains(form) { return .auxiliary }
        return Self.progressivePronounForms.contains(form) ? .fusedWithPronoun : nil
    }

    /// Whether quote `qi` opens with a capital, as a quoted sentence does (not a fragment: `calling “every hour.”`).
    func opensSentence(_ qi: Int) -> Bool {
        guard let first = tokens.indices[(openToken[qi] + 1)...].first(where: { tokens[$0].isWord }) else { return false }
        return tokens[first].quote == qi && tokens[first].isCapitalized
    }

    /// Verbs of thought whose quotation is the thought itself when it is a whole sentence.
    static let thoughtVerbs: WordSet = ["think", "thinks", "thought", "thinking", "wonder", "wonders", "wondered", "wondering"]

    /// Whether quote `qi` right after the thought verb at `v` is a thought in words (`you may think
    /// “If I work faster, I will finish.”`): a whole sentence, capitalised and closed by its own
    /// full stop, question or exclamation mark, not a term (`think “big”`).
    func isQuotedThought(_ qi: Int, verb v: Int) -> Bool {
        Self.thoughtVerbs.contains(tokens[v].lower) && endsWithSentencePunctuation(qi) && opensSentence(qi)
            && wordCount(quotes[qi].content) >= Self.minLabelQuoteWords
    }

    /// Whether quote `qi` is a whole sentence in words: capitalised, closed by its own full stop,
    /// question or exclamation mark, of ``minLabelQuoteWords`` words or more, with a finite verb
    /// (`“We will win.”`, not a title such as `“Meet the Press.”`'s words alone).
    func isQuotedSentence(_ qi: Int) -> Bool {
        closeToken[qi] > openToken[qi] + 1
            && endsWithSentencePunctuation(qi) && opensSentence(qi) && wordCount(quotes[qi].content) >= Self.minLabelQuoteWords
            && (openToken[qi] + 1..<closeToken[qi]).contains { tokens[$0].tag == .aux || tokens[$0].tag == .verb && !Lexicon.isGerund(tokens[$0].lower) }
    }

    /// Whether the reporter's sentence stops with quote `qi`: punctuation or the paragraph's end
    /// follow it, or it ends in its own full stop. `said that “a wise Latina” can bring…` goes on.
    func quoteEndsItsClause(_ qi: Int) -> Bool {
        if endsWithSentencePunctuation(qi) { return true }
        let close = closeToken[qi]
        guard close + 1 < tokens.count, paragraphOf(close + 1) == paragraphOf(close) else { return true }
        let next = tokens[close + 1]
        return !next.isWord || next.is(.reporting) || isOpenMark(close + 1) || opensVagueTail(close + 1)
    }

    /// Words of a vague tail that close a quoted clause in speech (`“…” or whatever.`).
    static let vagueTailWords: WordSet = ["whatever", "something", "anything", "so"]

    /// Whether token `i` opens a vague tail: "or" and one of ``vagueTailWords`` (`or whatever`,
    /// `or something like that`), a hedge on the quote, not more of the reporter's clause.
    func opensVagueTail(_ i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i].lower == "or" && Self.vagueTailWords.contains(tokens[i + 1].lower)
    }
}
