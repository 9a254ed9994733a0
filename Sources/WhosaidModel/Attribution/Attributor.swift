/// Finds statements and their speakers with the ordered sieves of an ``AttributionPipeline``,
/// most precise first, in three stages:
///
/// 1. Each quotation with a cue right beside it (``QuoteSieve``).
/// 2. Reported speech, sentence by sentence (``SentenceSieve``, ``CueWordSieve``); then a quote
///    inside a reported clause makes the clause mixed, or is the clause's own statement found again.
/// 3. Quotations still without a speaker (``LeftoverQuoteSieve``); one left without any is
///    dropped (``Engine/Options/unattributedQuotes`` keeps it, unless it is a fragment or a title).
///
/// This type holds what the sieves read (tokens, quote marks, sentence bounds, cues used) and runs
/// the stages; each sieve lives in its own file under `Sieves/`, the rules they share under `Rules/`.
struct Attributor {
    let document: Document
    let tokens: Tokens

    /// The paragraph of token `i` (tokens keep only their sentence).
    @inline(__always) func paragraphOf(_ i: Int) -> Int { document.paragraph(ofSentence: tokens[i].sentence) }
    let quotes: [Quotation]
    let finder: MentionFinder
    // The tables below are set once, in `init`, and never change: ``SubjectMemo`` keeps answers
    // read from them for the attributor's whole life.
    /// Token indexes of each quote's opening and closing marks.
    let openToken: [Int]
    let closeToken: [Int]
    /// Whether each token is an opening or a closing quotation mark.
    let openMark: [Bool]
    let closeMark: [Bool]
    /// Running counts of finite verbs, quotes and commas (``TokenCounts``).
    let counts: TokenCounts
    /// First and last token of each sentence.
    let sentenceFirst: [Int]
    let sentenceLast: [Int]
    /// Verbs already used as the cue of a statement.
    var usedCue: [Bool] = []
    /// Whether each sentence is a title-case headline, where a capital does not mark a name
    /// ("Lindsey Graham Says", "Mayor Urges Calm").
    let titleCase: [Bool]
    /// How many paragraphs open with a transcript label (`TAPPER:`), counted once when first asked.
    var transcriptLabels: Int?
    /// Whether the document is a transcript with title-case labels (`Lind:`), read once when first asked.
    var titleCaseTranscript: Bool?
    /// The document's question-and-answer layout (``InterviewSieve``), read when a paragraph first opens `A:`.
    var interview: InterviewLayout?
    /// The document's unlabelled question-and-answer layout (``QuestionAnswerSieve``), read when a
    /// paragraph first follows a bare question.
    var questionAnswers: QuestionAnswerLayout?
    /// The first token from which the text's narrator is named (``Narrator``), `Int.max` when
    /// none is; read once, when a sieve first asks (``narratorSpeaks(at:)``).
    var narratorFrom: Int?
    /// Farthest a cue or speaker elsewhere in the sentence may stand from a quote, in tokens: far
    /// beyond any real sentence, it keeps one huge sentence of many quotes from costing quadratic time.
    let maxSentenceCueDistance = 150
    /// The first token a cue word's statement may start at: the sentence's first, or the token
    /// after the statements an earlier cue in the sentence found (`A, Lee said, B, Ruiz said, C`:
    /// Ruiz's words begin after Lee's). Keeps every statement of a long sentence of parenthetical
    /// cues its own size, so output and time stay linear in the sentence.
    var statementFloor = 0

    /// Which optional sieves run.
    let options: Engine.Options
    /// The sieves, in order, those `options` switch off left out.
    let pipeline: AttributionPipeline
    /// Which of the pipeline's cue-word sieves may find statements at a word of given classes.
    let cueGate: CueWordGate
    /// The body's capitalised words, read at the first headline that needs them.
    let capitalisedBodyWords = DocumentWordSet()
    /// The document's capitalised words without a possessive ending, read at the first
    /// possessive-shaped subject (``isPossessiveShapedName(_:verb:)``).
    let bareCapitalisedWordSet = DocumentWordSet()
    /// The verbs' subjects found so far (``subject(ofVerb:floor:)``), shared by the copies the sieves work on.
    let subjects = SubjectMemo()

    init(document: Document, tokens: consuming Tokens, quotes: [Quotation], options: Engine.Options = .init(),
         pipeline: AttributionPipeline = .standard) {
        self.options = options
        self.pipeline = pipeline.switchedOn(by: options)
        cueGate = CueWordGate(self.pipeline.cueWords)
        self.document = document
        self.quotes = quotes
        var tokens = tokens  // taken over, not copied: the caller passes its only reference
        var open: [Int] = []
        var close: [Int] = []
        var t = 0
        for (qi, q) in quotes.enumerated() {
            while t < tokens.count, tokens[t].start < q.span.start { t += 1 }
            open.append(t)
            var k = t
            while k < tokens.count, tokens[k].end <= q.span.end {
                if tokens[k].start >= q.content.start && tokens[k].end <= q.content.end { tokens[k].quote = qi }
                k += 1
            }
            close.append(max(t, k - 1))
            t = k
        }
        self.tokens = tokens
        self.openToken = open
        self.closeToken = close
        self.finder = MentionFinder(document: document, tokens: tokens)
        usedCue = Array(repeating: false, count: tokens.count)
        var openMarks = Array(repeating: false, count: tokens.count)
        var closeMarks = Array(repeating: false, count: tokens.count)
        for (qi, o) in open.enumerated() where o < tokens.count {
            openMarks[o] = true
            if close[qi] < tokens.count, quotes[qi].isClosed { closeMarks[close[qi]] = true }
        }
        openMark = openMarks
        closeMark = closeMarks
        counts = TokenCounts(tokens: tokens, openMark: openMarks, closeMark: closeMarks)
        var firsts = Array(repeating: -1, count: document.sentences.count)
        var lasts = Array(repeating: -1, count: document.sentences.count)
        for (i, tok) in tokens.enumerated() {
            if firsts[tok.sentence] < 0 { firsts[tok.sentence] = i }
            lasts[tok.sentence] = i
        }
        sentenceFirst = firsts
        sentenceLast = lasts
        titleCase = firsts.indices.map { si in
            firsts[si] >= 0 && TokenTagging.isTitleCase(tokens, firsts[si]..<(lasts[si] + 1))
        }
    }

    // MARK: Pipeline

    /// The statements of the document: stage 1, stage 2, quotes placed in the reported clauses
    /// around them, stage 3, and the quotations left without a speaker dropped.
    mutating func candidates() -> [Candidate] {
        var direct = quotesBesideCues()
        var reported = reportedSpeech()
        reported.sort { $0.span < $1.span }
        placeQuotesInClauses(direct: &direct, reported: &reported)
        // Taken over, not copied: appending to a copy kept both arrays alive to the end.
        var all = consume reported
        all.reserveCapacity(all.count + quotes.count)
        for qi in quotes.indices {
            if let c = direct[qi] {
                if c.quote != -1 { all.append(c) }
            } else {
                all.append(Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: nil, rule: .unattributed,
                                     confidence: 0, quote: qi))
            }
        }
        // Each quote's slot is in `all` now: without this the slots lived on to the end, with
        // the list the drop below made beside `all`, at the attribution stage's peak (issue 12).
        _ = consume direct
        all.sort { $0.span < $1.span }
        attributeQuotesLeft(&all)
        return droppingUnattributedQuotes(consume all)
    }

    // MARK: Stage 1: quotes beside a cue

    /// Each quotation's statement with a cue right beside it, by the first stage-1 sieve that finds
    /// one. The title of a work (`on Radio Ten’s “Morning Desk,” Vance said`) is none, cue or not,
    /// nor is a nickname inside a name (`Marcia “Cia” Price`).
    mutating func quotesBesideCues() -> [Candidate?] {
        var direct: [Candidate?] = Array(repeating: nil, count: quotes.count)
        let sieves = pipeline.besideQuote
        for qi in quotes.indices where !namesAWork(qi) && !isNicknameInName(qi) {
            for sieve in sieves {
                if let c = sieve.attribute(quote: qi, in: &self) {
                    assert(sieve.rules.contains(c.rule), "\(sieve.name) made a statement with rule \(c.rule)")
                    direct[qi] = c
                    break
                }
            }
        }
        return direct
    }

    // MARK: Stage 2: reported speech

    /// The reported statements of every sentence: a frame over the whole sentence, else at each
    /// word not yet covered the first cue-word sieve that finds statements there.
    mutating func reportedSpeech() -> [Candidate] {
        var result: [Candidate] = []
        let frames = pipeline.sentenceFrames
        let cueWords = pipeline.cueWords
        sentences: for si in document.sentences.indices {
            let first = sentenceFirst[si]
            let last = sentenceLast[si]
            guard first >= 0 else { continue }
            // By index: `for sieve in` copied each sieve out of the array at every word it was
            // asked about (2.8 million copies on real news, about 1.5% of the engine).
            for s in frames.indices {
                if let c = frames[s].statement(sentence: si, first: first, last: last, in: &self) {
                    assert(frames[s].rules.contains(c.rule), "\(frames[s].name) made a statement with rule \(c.rule)")
                    result.append(c)
                    continue sentences
                }
            }
            var coveredUpTo = first - 1
            var v = first
            while v <= last {
                defer { v += 1 }
                let classes = tokens[v].classes
                guard v > coveredUpTo, cueGate.admitsAny(classes), tokens[v].quote == nil, !usedCue[v], tokens[v].kind == .word else { continue }
                statementFloor = coveredUpTo + 1
                for s in cueWords.indices where cueGate.admits(sieve: s, classes) {
                    if let found = cueWords[s].statements(at: v, sentence: si, first: first, last: last, in: &self) {
                        assert(found.statements.allSatisfy { cueWords[s].rules.contains($0.rule) }, "\(cueWords[s].name) made a statement with another rule")
                        result.append(contentsOf: found.statements)
                        coveredUpTo = found.coveredUpTo
                        break
                    }
                }
            }
        }
        return result
    }

    // MARK: Between stages 2 and 3: quotes inside reported clauses

    /// Most words of the clause that may stand before a quote that is still reported as direct.
    static let maxLeadWords = 3
    /// The share of its clause's confidence a quote set off by dashes inside the clause keeps.
    static let setOffQuoteConfidenceFactor = 0.9

    /// Settles each quote that stands inside a reported clause (`reported` in text order): a clause
    /// that is mostly the quote is the quote's own statement found again, so the quote takes it
    /// when no cue beside it did; else the clause becomes mixed, and the quote is absorbed by it,
    /// unless dashes set it off as a statement of its own. Absorbed quotes are marked `quote: -1`.
    func placeQuotesInClauses(direct: inout [Candidate?], reported: inout [Candidate]) {
        var dropped = Array(repeating: false, count: reported.count)
        // A quote inside a reported clause: the clause is mixed, unless the quote is most of it.
        var ri = 0
        for qi in quotes.indices {
            let q = quotes[qi]
            while ri < reported.count, reported[ri].span.end <= q.span.start { ri += 1 }
            var overlapping: [Int] = []
            var k = ri
            while k < reported.count, reported[k].span.start < q.span.end {
                if !dropped[k], reported[k].span.overlaps(q.span) { overlapping.append(k) }
                k += 1
            }
            guard let ci = overlapping.first else { continue }
            // Clauses that are mostly the quote are all the quote's own statement found again, from
            // cues further off (`X said that, “…” Y noted`, or two cues around one quote): keeping
            // them beside it emitted one span twice, with two speakers. The quote keeps the most
            // precise attribution: its adjacent cue, else the first such clause.
            // A label keeps its object: `called the plan “a gamble”` is one mixed statement; a
            // label that is the quote alone (`a bill that critics called “anti-gay”`) is the quote's.
            // A clause of only the cue's adjunct before a quoted sentence (`said in May, when it
            // broke, “I sold nothing.”`) is the quote's too (``isSentenceQuoteAfterCueAdjunct``).
            let sameStatement = overlapping.filter {
                (reported[$0].rule != .label || reported[$0].span == q.span)
                    && (isMostlyQuote(reported[$0].span, quote: qi)
                        || reported[$0].speaker != nil && isSentenceQuoteAfterCueAdjunct(reported[$0].span, quote: qi))
            }
            for same in sameStatement { dropped[same] = true }
            // `wrote in her memoir, “Hard Choices.”`: a clause that is only a work's title says nothing.
            if direct[qi] != nil || !sameStatement.isEmpty && isTitleApposedToWorkNoun(qi) { continue }
            if let same = sameStatement.first {
                let clause = reported[same]
                direct[qi] = Candidate(
                    span: q.span, kind: .direct, cue: clause.cue, speaker: clause.speaker, rule: clause.rule,
                    confidence: clause.confidence, quote: qi)
                continue
            }
            let clause = reported[ci]
            if isSetOffByDashes(qi) {
                // `said that steps — “they would suspend activities” — could follow`: the quoted
                // words stand as a statement of their own inside the mixed clause.
                reported[ci].kind = .mixed
                direct[qi] = Candidate(
                    span: q.span, kind: .direct, cue: clause.cue, speaker: clause.speaker, rule: clause.rule,
                    confidence: clause.confidence * Self.setOffQuoteConfidenceFactor, quote: qi)
            } else {
                reported[ci].kind = .mixed
                direct[qi] = Candidate(span: q.span, kind: .direct, cue: nil, speaker: nil, rule: .unattributed,
                                       confidence: 0, quote: -1)  // absorbed by the mixed clause
            }
        }
        reported = reported.indices.filter { !dropped[$0] }.map { reported[$0] }
    }

    /// Whether the reported clause `clause` is mostly quote `qi`: few or none of the reporter's
    /// own words stand before the quote, which fills most of the clause.
    func isMostlyQuote(_ clause: TextSpan, quote qi: Int) -> Bool {
        if clauseRunsOn(after: qi, clauseEnd: clause.end) { return false }
        let q = quotes[qi]
        let lead = wordCount(TextSpan(start: clause.start, end: q.span.start), upTo: Self.maxLeadWords + 1)
        return lead <= Self.maxLeadWords && q.content.length * 2 >= clause.length && (lead == 0 || !quoteOpensWithPredicate(qi))
            || lead == 0 && q.content.length * 3 >= clause.length && !quoteIsSubject(qi, ofClauseEndingAt: clause.end)
    }

    /// Whether quote `qi` opens with a verb, an auxiliary, an adverb or `not`: the reporter's words
    /// before it hold the subject and the quote finishes the clause (`said his pen “has got an
    /// eraser”`, `said Bush is “not smart enough”`), so the clause is one mixed statement; or
    /// whether it is the complement of a copula in the reporter's words (`said the damage was
    /// “worse than expected”`, `said the plan was “a total failure”`), the predicate split
    /// between the two. A quoted object stands as the speaker's own words (`said the North
    /// wanted “the denuclearization…”`).
    func quoteOpensWithPredicate(_ qi: Int) -> Bool {
        let k = openToken[qi] + 1
        guard k < tokens.count, tokens[k].quote == qi else { return false }
        if k >= 2, tokens[k - 2].quote == nil, Self.copulas.contains(tokens[k - 2].lower) { return true }
        if k >= 2, tokens[k - 2].quote == nil, opensVerbPhraseAfterModal(k) || opensAdjunctAfterVerb(k) { return true }
        // A capital opens a sentence of the speaker's own (`in his view, “Creating…”`): direct.
        return !tokens[k].isCapitalized && [.verb, .aux, .adv, .part].contains(tokens[k].tag)
    }

    /// Whether quote `qi`, opening a reported clause that ends at offset `end`, is the subject of a
    /// clause that goes on to a finite verb after it (`said that “exactly who did it” remains
    /// unclear`, `said “there's a sense of calm now,” and donations began to rise`): the clause is
    /// mixed. A participle phrase after the quote (`“…,” ranging from what issues are open…`) is
    /// the cue's adjunct, not the clause going on.
    func quoteIsSubject(_ qi: Int, ofClauseEndingAt end: Int) -> Bool {
        var k = closeToken[qi] + 1
        let last = firstToken(atOrAfter: end) - 1
        while k <= last, tokens[k].tag == .adv { k += 1 }
        guard k <= last, !(tokens[k].tag == .verb && Lexicon.isGerund(tokens[k].lower)) else { return false }
        return holdsFiniteVerb(k, last)
    }

    /// Whether the reported clause ending at offset `end` runs on after quote `qi`, which closes on
    /// a word of its own, with no punctuation inside or after the mark (`said that “personnel
    /// changes” could come`, `writes that he shows “sky-high confidence” along with…`, `said, “is a
    /// fine example” of…`): a noun phrase or a predicate in quotation marks is a part of the
    /// clause, which is mixed. A coordinator or a
    /// subordinator after the quote opens a clause or a predicate of its own (`said “the crowds”
    /// and swears…`, `cried “no opinion” when asked…`): the quote may still be the whole report.
    func clauseRunsOn(after qi: Int, clauseEnd end: Int) -> Bool {
        let close = closeToken[qi]
        guard close >= 1, close + 1 < tokens.count, tokens[close - 1].quote == qi, tokens[close - 1].isWord else { return false }
        // A quote that is a sentence of its own, with its subject (`“It's clear” that talks are
        // near`, `“Daddy changed the world” with this law`), stays the speaker's words.
        let open = openToken[qi]
        guard close - open <= Self.maxRunOnQuoteTokens else { return false }
        let opensPredicate = !tokens[open + 1].isCapitalized && [.verb, .aux].contains(tokens[open + 1].tag)
        guard opensPredicate || !(open + 1..<close).contains(where: {
            tokens[$0].tag == .aux || tokens[$0].tag == .verb && !Lexicon.isGerund(tokens[$0].lower)
        }) else { return false }
        let next = tokens[close + 1]
        // "Cole said “absolutely not” on Tuesday": a time after the quote dates the saying.
        let afterNext = close + 2 < tokens.count ? tokens[close + 2].lower : ""
        let datesTheSaying = Self.timeTailOpeners.contains(next.lower)
            || next.tag == .adp && (Self.calendarWords.contains(afterNext) || Self.timeTailOpeners.contains(afterNext))
        return next.start < end && next.isWord && next.quote == nil && !next.isCapitalized && next.sentence == tokens[close].sentence
            && !Self.subordinators.contains(next.lower) && !Self.runOnCoordinators.contains(next.lower) && !datesTheSaying
    }

    /// Most tokens of a quote that a clause may run on after: a longer one is a sentence of its own.
    static let maxRunOnQuoteTokens = 24

    /// Words after a quote that open a coordinated clause or predicate, not a run-on of the quote's.
    static let runOnCoordinators: WordSet = ["and", "or", "but", "as", "until", "since"]

    /// Whether quote `qi` stands between dashes or parentheses, as an aside of its own.
    func isSetOffByDashes(_ qi: Int) -> Bool {
        let open = openToken[qi]
        let close = closeToken[qi]
        guard open > 0, close + 1 < tokens.count, wordCount(quotes[qi].content) >= 4 else { return false }
        return Self.setOffOpeners.contains(tokens[open - 1].lower) && Self.setOffClosers.contains(tokens[close + 1].lower)
    }

    /// Marks that open an aside a quote may stand in (``isSetOffByDashes(_:)``): built once, not
    /// at every quote asked about.
    static let setOffOpeners: Set<String> = ["\u{2014}", "\u{2013}", "--", "-", "("]
    /// Marks that close such an aside.
    static let setOffClosers: Set<String> = ["\u{2014}", "\u{2013}", "--", "-", ")"]

    // MARK: Stage 3: quotes left

    /// Gives each quotation still without a speaker the first attribution a stage-3 sieve finds,
    /// in text order, so that a continuation can follow the one before it. A title in quotation
    /// marks (“Fox News Sunday,”) is no statement without a cue beside it, nor a common saying the
    /// sentence cites (``isCommonSaying(_:)``): no sieve reads them.
    func attributeQuotesLeft(_ all: inout [Candidate]) {
        let sieves = pipeline.quotesLeft
        var lastEnd = 0  // end of the latest attributed statement before the current one
        for i in all.indices {
            defer { if all[i].rule != .unattributed { lastEnd = max(lastEnd, all[i].span.end) } }
            guard all[i].rule == .unattributed, let qi = all[i].quote, !isTitleLike(qi), !isCommonSaying(qi),
                  !isTitleApposedToWorkNoun(qi) else { continue }
            let left = LeftoverQuote(quote: qi, index: i, isFragment: isFragment(qi), lastAttributedEnd: lastEnd)
            for sieve in sieves {
                if let c = sieve.attribute(left, among: all, in: self) {
                    assert(sieve.rules.contains(c.rule), "\(sieve.name) made a statement with rule \(c.rule)")
                    all[i].speaker = c.speaker
                    all[i].cue = c.cue
                    all[i].rule = c.rule
                    all[i].confidence = c.confidence
                    all[i].continues = c.continues
                    break
                }
            }
        }
    }

    /// `all` without the quotations no sieve attributed, `continues` links renumbered. With
    /// ``Engine/Options/unattributedQuotes`` they stay, but for quoted fragments and titles (terms).
    /// The kept ones move up in place: a new list beside `all` held both at the attribution
    /// stage's peak on a large document (issue 12).
    func droppingUnattributedQuotes(_ candidates: consuming [Candidate]) -> [Candidate] {
        var all = consume candidates
        // A quoted fragment inside a sentence with no cue of its own is a term or scare quote.
        let keep = all.indices.filter {
            guard let qi = all[$0].quote, all[$0].rule == .unattributed else { return true }
            return options.unattributedQuotes && !isFragment(qi) && !isTitleLike(qi) && !isCommonSaying(qi)
        }
        // Each candidate's new index by its old one, -1 for a dropped one: an array, not a
        // dictionary hashed and regrown for every document.
        var newIndex = [Int](repeating: -1, count: all.count)
        for (n, old) in keep.enumerated() { newIndex[old] = n }
        // `keep` rises and `n <= old`: each candidate is moved to its slot before a later one is
        // read, and what a swap leaves at `old` is dropped or moved on. In place, by swaps: each
        // candidate taken out whole and stored back was a copy of its strings and lists.
        for (n, old) in keep.enumerated() {
            if n != old { all.swapAt(n, old) }
            all[n].continues = all[n].continues.flatMap { $0 >= 0 && $0 < newIndex.count && newIndex[$0] >= 0 ? newIndex[$0] : nil }
        }
        all.removeLast(all.count - keep.count)
        return all
    }
}
