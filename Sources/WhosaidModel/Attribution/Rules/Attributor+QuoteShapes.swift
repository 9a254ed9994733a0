import WhosaidSyntax

/// Quotations as the sieves see them: their marks among the tokens, how they end, whether one
/// is a title (“Fox News Sunday,”), a fragment inside running text (`a “crazy” plan`), or followed
/// by a cue of its own; and the binary searches from text offsets to tokens and quotes.
extension Attributor {
    /// Whether token `i` is a quote's opening mark.
    func isOpenMark(_ i: Int) -> Bool { i >= 0 && i < openMark.count && openMark[i] }
    /// Whether token `i` is a quote's closing mark.
    func isCloseMark(_ i: Int) -> Bool { i >= 0 && i < closeMark.count && closeMark[i] }

    /// Index of the first token starting at or after `offset` (binary search).
    func firstToken(atOrAfter offset: Int) -> Int {
        tokens.partitioningIndex { $0.start >= offset }
    }

    /// Index of the first quotation that ends after `offset` (binary search; quotes are in order).
    func firstQuote(endingAfter offset: Int) -> Int {
        quotes.partitioningIndex { $0.span.end > offset }
    }

    /// Words in `span`, counted up to `limit` at most (a bound keeps tests on long clauses cheap).
    func wordCount(_ span: TextSpan, upTo limit: Int = .max) -> Int {
        var n = 0
        var k = firstToken(atOrAfter: span.start)
        while k < tokens.count, tokens[k].end <= span.end, n < limit {
            if tokens[k].isWord { n += 1 }
            k += 1
        }
        return n
    }

    /// Whether quote `qi` closes with a comma, full stop, question or exclamation mark of its own.
    func endsWithOwnPunctuation(_ qi: Int) -> Bool {
        let q = quotes[qi]
        var k = q.content.end - 1
        let s = document.scalars
        while k > q.content.start, Characters.isClosingPunctuation(s[k]) { k -= 1 }
        return s[k].isOne(of: ".", "!", "?", ",")
    }

    func endsWithSentencePunctuation(_ qi: Int) -> Bool {
        (lastMark(ofQuote: qi)).isOne(of: ".", "!", "?")
    }

    /// The last character of quote `qi`'s content before any closing punctuation (`“Yes,”` → `,`).
    func lastMark(ofQuote qi: Int) -> Unicode.Scalar {
        let q = quotes[qi]
        var k = q.content.end - 1
        let s = document.scalars
        while k > q.content.start, Characters.isClosingPunctuation(s[k]) { k -= 1 }
        return s[k]
    }

    /// Whether quote `qi`'s first word is capitalised (a sentence or a name, not a fragment).
    func opensCapitalised(_ qi: Int) -> Bool {
        let k = openToken[qi] + 1
        return k < tokens.count && tokens[k].isCapitalized
    }

    /// Whether quote `qi` reads like the title of a work or show: at most eight words, every long
    /// word capitalised, no sentence inside (“The Steve Harvey Morning Show,”).
    /// With `allowingFinalStop`, a full stop may end it (`told ABC’s “Good Morning America.”`).
    func isTitleLike(_ qi: Int, allowingFinalStop: Bool = false) -> Bool {
        let q = quotes[qi]
        // A sentence ends in its own punctuation (“Neither do I.”); a title at most in a comma.
        if !allowingFinalStop, endsWithSentencePunctuation(qi) { return false }
        var k = firstToken(atOrAfter: q.content.start)
        var words = 0
        while k < tokens.count, tokens[k].end <= q.content.end {
            let t = tokens[k]
            if t.isWord {
                words += 1
                // Title case leaves short function words in lower case (“Generations with Kevin
                // Swanson”); a word may open with a digit (“The 40-Year-Old Virgin”).
                if !t.isCapitalized && t.lower.count > 3 && !isTitleFunctionWord(t) && t.lower.first?.isNumber != true { return false }
            } else if t.lower.isOne(of: ".", "!", "?") && k + 1 < tokens.count && tokens[k + 1].end <= q.content.end {
                return false
            }
            k += 1
        }
        return words >= 1 && words <= 8
    }

    /// Whether quote `qi` stands inside running text (`a “crazy” plan`) rather than as a
    /// sentence or clause of its own.
    func isFragment(_ qi: Int) -> Bool {
        let open = openToken[qi]
        let close = closeToken[qi]
        // A quote opening a sentence of its own (after "…, Fla.") stands alone.
        let before = open > 0 && paragraphOf(open - 1) == paragraphOf(open)
            && tokens[open - 1].sentence == tokens[open].sentence ? tokens[open - 1] : nil
        let standaloneStart = before.map { [".", ":", ",", "!", "?", "—", "–", "(", ";"].contains($0.lower) || isOpenMark(open - 1) || isCloseMark(open - 1) } ?? true
        let after = close + 1 < tokens.count && paragraphOf(close + 1) == paragraphOf(close) ? tokens[close + 1] : nil
        let contentWords = wordCount(quotes[qi].content)
        if !standaloneStart { return true }
        if after != nil, after!.isWord, contentWords < 4, !endsWithSentencePunctuation(qi) { return true }
        return false
    }

    /// Whether a reporting verb follows the quote in its sentence: its own cue, even when its
    /// speaker could not be read, so the quote does not continue an earlier speaker.
    func hasCueAfter(quote qi: Int) -> Bool {
        anyTokenAfter(quote: qi) { k, _ in tokens[k].is(.reporting) || tokens[k].is(.quoteOnly) }
    }

    /// Whether `test` (a token and its sentence's last token) holds at a token after quote `qi`,
    /// outside quotes, in its sentence and paragraph, within ``maxQuoteSideTokens`` tokens.
    /// After a quoted full sentence the next sentence is a new one (`“…done.” Reid said both…`): false.
    func anyTokenAfter(quote qi: Int, where test: (Int, Int) -> Bool) -> Bool {
        if endsWithSentencePunctuation(qi) { return false }
        let close = closeToken[qi]
        guard close + 1 < tokens.count, paragraphOf(close + 1) == paragraphOf(close) else { return false }
        let last = sentenceLastToken(from: close + 1)
        var k = close + 1
        while k <= last, k - close <= Self.maxQuoteSideTokens, tokens[k].quote == nil {
            if test(k, last) { return true }
            k += 1
        }
        return false
    }

    /// Whether the rest of quote `qi`'s sentence, after a quote that does not end it, names a
    /// person in full (``startsFullName(_:)``) within
    /// ``maxQuoteSideTokens`` tokens: `“It’s all politics” — that was the verdict of one
    /// resident, Amy Fox.` says whose words they are without a cue the sieves read, so the quote
    /// continues no earlier speaker.
    func namesPersonAfter(quote qi: Int) -> Bool {
        anyTokenAfter(quote: qi) { k, last in k < last && startsFullName(k) }
    }

    /// Most tokens beside a quote in its sentence read for its cue or a person's name
    /// (``hasCueAfter(quote:)``, ``namesPersonAfter(quote:)``, ``namesSubjectBefore(quote:)``).
    static let maxQuoteSideTokens = 25

    /// Whether a person's full name starts at token `k`: a known first name and a capitalised
    /// word, both tagged as names, outside quotes.
    func startsFullName(_ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].tag == .propn && tokens[k + 1].tag == .propn && tokens[k + 1].isCapitalized
            && tokens[k + 1].quote == nil && FirstNameGender.isFirstName(tokens[k].lower)
    }

    /// Whether quote `qi`'s own sentence, before it and outside quotes, has a person named in full
    /// as a clause's subject (a first name, a capitalised word, then a verb) within
    /// ``maxQuoteSideTokens`` tokens: `Earlier this week, Ana Lopez shared her worries with
    /// donors, “I do not know…”` brings in its own speaker, so the quote continues no earlier one.
    func namesSubjectBefore(quote qi: Int) -> Bool {
        let open = openToken[qi]
        let first = sentenceFirst[tokens[open].sentence]
        var k = open - 2
        while k >= first, open - k <= Self.maxQuoteSideTokens, tokens[k].quote == nil, !isCloseMark(k) {
            if startsFullName(k), k + 2 < open, tokens[k + 2].tag == .verb || tokens[k + 2].tag == .aux { return true }
            k -= 1
        }
        return false
    }

    /// Whether `t` is a preposition, conjunction or article, which title case leaves in lower case.
    func isTitleFunctionWord(_ t: Token) -> Bool {
        t.tag == .adp || t.tag == .cconj || t.tag == .det
    }

    /// Most words of a nickname in quotation marks inside a name.
    static let maxNicknameWords = 3

    /// Whether quote `qi` is a nickname inside a person's name (`state Del. Marcia “Cia” Price`):
    /// a few capitalised words with a capitalised name word right before and right after it.
    func isNicknameInName(_ qi: Int) -> Bool {
        let open = openToken[qi]
        let close = closeToken[qi]
        guard open > 0, close + 1 < tokens.count, wordCount(quotes[qi].content) <= Self.maxNicknameWords,
              isTitleLike(qi) else { return false }
        let before = tokens[open - 1]
        let after = tokens[close + 1]
        return before.isWord && before.isCapitalized && before.quote == nil && before.sentence == tokens[open].sentence
            && after.isWord && after.isCapitalized && after.quote == nil && after.sentence == tokens[close].sentence
    }

    /// Words after which a quoted title names a work rather than a statement.
    static let titleIntroducers: WordSet = [
        "called", "titled", "entitled", "named", "dubbed", "show", "program", "programme", "book", "memoir",
        "film", "movie", "song", "album", "column", "op-ed", "series", "segment", "headline", "slogan",
    ]

    /// Whether quote `qi` is the title of a work after a preposition, a possessive or a word such as
    /// `show` (`on Fox News Channel’s “Hannity,” Gingrich said`): the name of a show, not something
    /// said, however near a cue.
    /// A possessive name before it lets a full stop end the title (`told ABC’s “Good Morning
    /// America.”`); a comma may follow the introducing word (`reality show, “The Apprentice,”`).
    func namesAWork(_ qi: Int) -> Bool {
        let open = openToken[qi]
        guard open > 0, tokens[open - 1].quote == nil else { return false }
        let before = tokens[open - 1]
        let possessive = before.isCapitalized && before.lower.isPossessiveForm
        // “Parks and Recreation” and “Guardians of the Galaxy”: a title coordinated with a title
        // that its own words introduce (one step back, so a run of quotes costs no recursion).
        let coordinatedTitle = before.lower.isOne(of: "and", "or") && qi > 0 && closeToken[qi - 1] == open - 2
            && introducesAWork(before: openToken[qi - 1]) && isTitleLike(qi - 1)
        return (introducesAWork(before: open) || coordinatedTitle || apposesAWorkNoun(qi))
            && isTitleLike(qi, allowingFinalStop: possessive || followsAWorkNounAndComma(open))
    }

    /// Whether quote `qi` is a work's title apposed to a noun for the work (`on her podcast, “Two
    /// Lanes.”`, `in his book, “An Open Road.”`): no statement, whatever cue or clause is near.
    /// A title with a comma inside (`“Thanks, Everyone.”`), or of one word after a work that is
    /// spoken in (``spokenWorkNouns``), is more often words said there: those stay statements.
    func isTitleApposedToWorkNoun(_ qi: Int) -> Bool {
        guard followsAWorkNounAndComma(openToken[qi]) else { return false }
        let inner = (openToken[qi] + 1)..<closeToken[qi]
        let words = inner.filter { tokens[$0].isWord }.count
        let innerComma = inner.contains { tokens[$0].lower == "," && $0 + 1 < closeToken[qi] && tokens[$0 + 1].isWord }
        let spoken = Self.spokenWorkNouns.contains(tokens[openToken[qi] - 2].lower)
        return (words >= 2 || !spoken) && !innerComma && namesAWork(qi)
    }

    /// Works whose words are said in them as often as they are titled (`concluded in its
    /// report, “Unacceptable.”`): a one-word quote after them is a statement.
    static let spokenWorkNouns: WordSet = ["report", "podcast", "essay"]

    /// Whether a noun for a work and a comma stand right before the opening mark at `open`
    /// (`wrote in her memoir, “Hard Choices.”`, `on his podcast, “Two Lanes.”`): the quote is
    /// the work's title set off as an apposition, which a full stop may end.
    func followsAWorkNounAndComma(_ open: Int) -> Bool {
        guard open >= 2, tokens[open - 1].lower == ",", tokens[open - 1].quote == nil, tokens[open - 2].quote == nil else { return false }
        let noun = tokens[open - 2].lower
        return Self.titleIntroducers.contains(noun) || Self.workNouns.contains(noun)
    }

    /// Whether the words right before the opening mark at `open` introduce a title: a
    /// preposition, a possessive, or a word such as `show` or `titled`, perhaps with a comma.
    func introducesAWork(before open: Int) -> Bool {
        guard open > 0, tokens[open - 1].quote == nil else { return false }
        let before = tokens[open - 1]
        return before.is(.preposition) || before.lower.isPossessiveForm || Self.titleIntroducers.contains(before.lower)
            || followsAWorkNounAndComma(open)
    }

    /// Most words between an apposition's determiner and its noun naming a work (`a new biography`).
    static let maxWorkNounModifiers = 2

    /// Whether quote `qi`, closed by a comma, has an apposition naming a kind of work after it
    /// (`publish “Trump Revealed,” a biography written by…`).
    func apposesAWorkNoun(_ qi: Int) -> Bool {
        var k = closeToken[qi] + 1
        let closedByComma = k < tokens.count && tokens[k].lower == "," || k >= 2 && tokens[k - 2].lower == ","
        if k < tokens.count, tokens[k].lower == "," { k += 1 }
        guard closedByComma, k < tokens.count, tokens[k].sentence == tokens[closeToken[qi]].sentence,
              tokens[k].lower.isOne(of: "a", "an", "the") else { return false }
        var n = k + 1
        while n < tokens.count, n - k <= Self.maxWorkNounModifiers + 1, tokens[n].isWord, tokens[n].quote == nil {
            if Self.titleIntroducers.contains(tokens[n].lower) || Self.workNouns.contains(tokens[n].lower) {
                // "“Act now,” the report said", "“Go home,” the program director told them": the
                // noun phrase is the subject of a cue, no apposition.
                var h = n + 1
                while h < tokens.count, h - k <= Self.maxWorkNounModifiers + 2, [.noun, .propn].contains(tokens[h].tag) { h += 1 }
                return !(h < tokens.count && tokens[h].quote == nil && (tokens[h].tag == .verb || tokens[h].tag == .aux)
                    && tokens[h].is(.reporting) && !(h + 1 < tokens.count && tokens[h + 1].lower == "by"))
            }
            n += 1
        }
        return false
    }

    /// Nouns for kinds of work an apposition may name after a title (besides ``titleIntroducers``).
    static let workNouns: WordSet = ["biography", "novel", "documentary", "play", "musical", "podcast", "report", "essay", "poem"]
}
