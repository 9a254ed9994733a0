import WhosaidSyntax

/// Stage 2, a frame over an answer of an interview laid out without labels: a paragraph that is
/// only a question (it ends in `?` and holds no quotation mark), then a paragraph that is only a
/// quotation. The quotation is the interviewee's: the person the text frames as questioned
/// (`Composer Ines Castellar met us…`, `spoke to us`, `we asked`,
/// ``Attributor/interviewee(before:requireFrame:)``), named before the first such question.
/// Without a word that frames an interview, the layout itself says interview only from
/// ``Attributor/minFramelessQuotedAnswers`` questions answered by quotations on.
///
/// An answer in plain words is left alone: in the news and interview corpora a paragraph after
/// a bare question is as often the writer's own (a rhetorical question, an explainer's answer)
/// or an answer the annotation does not count, and its first sentence would lose the cues read
/// in it.
///
///     Composer Ines Castellar met us in her dressing room.
///     How long did the opera take to write?
///     “Seven years, on and off.”                → Ines Castellar: "“Seven years, on and off.”"
struct QuestionAnswerSieve: SentenceSieve {
    var name: String { "question-answer" }
    var rules: Set<AttributionRule> { [.reportedSpeech] }
    func statement(sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> Candidate? {
        a.questionAnswer(sentence: si, first: first, last: last)
    }
}

/// What a document's unlabelled question-and-answer layout is, read once (``Attributor/questionAnswers``).
struct QuestionAnswerLayout {
    /// How many bare question paragraphs are followed by an answer in quotation marks.
    var quotedAnswers: Int
    /// The person who answers, if the text names one before its first question.
    var guest: SpeakerMention?
}

extension Attributor {
    /// The fewest bare questions answered by quotations from which the layout alone (with no
    /// word that frames an interview) says interview.
    static let minFramelessQuotedAnswers = 2
    /// The most tokens of a bare question paragraph (a bound that keeps reading it linear).
    static let maxBareQuestionTokens = 80

    /// The statement of an answer paragraph opening at sentence `si` (tokens `first...last`), or nil.
    mutating func questionAnswer(sentence si: Int, first: Int, last: Int) -> Candidate? {
        // The cheapest tests first: this runs at every sentence of every document.
        guard first > 0, tokens[first - 1].lower == "?", paragraphOf(first - 1) != paragraphOf(first),
              bareQuestionStart(endingAt: first - 1) != nil else { return nil }
        if questionAnswers == nil { questionAnswers = readQuestionAnswerLayout() }
        guard let layout = questionAnswers, let guest = layout.guest else { return nil }
        let end = paragraphLastToken(fromSentence: si)
        guard isQuotedAnswer(first, end) else { return nil }
        let span = TextSpan(start: tokens[first].start, end: tokens[end].end)
        let q = firstQuote(endingAfter: span.start)
        let hasQuote = q < quotes.count && quotes[q].span.start < span.end
        return Candidate(span: span, kind: hasQuote ? .mixed : .indirect, cue: nil, speaker: guest, rule: .reportedSpeech,
                         confidence: 0.65, quote: nil)
    }

    /// The first token of the paragraph that ends at token `end` when it is a bare question: it
    /// ends in `?` and holds no quotation mark, no interview label (`Q:`, ``InterviewSieve``) and
    /// no more than ``maxBareQuestionTokens`` tokens. Nil otherwise.
    func bareQuestionStart(endingAt end: Int) -> Int? {
        guard end >= 0, tokens[end].lower == "?" else { return nil }
        let p = paragraphOf(end)
        var k = end
        while k > 0, paragraphOf(k - 1) == p {
            guard end - k < Self.maxBareQuestionTokens else { return nil }
            k -= 1
            if tokens[k].quote != nil || isOpenMark(k) || isCloseMark(k) { return nil }
        }
        // A labelled question is the labelled interview's (``InterviewSieve``).
        guard interviewLabelColon(at: k, last: end, labels: Self.questionLabels) == nil, end - k >= 2 else { return nil }
        return k
    }

    /// Whether the paragraph `first...end` is quotations alone: it opens with a quotation mark
    /// and every word stands inside quotation marks (punctuation may stand between).
    func isQuotedAnswer(_ first: Int, _ end: Int) -> Bool {
        guard first <= end, isOpenMark(first) else { return false }
        for k in first...end where tokens[k].isWord && tokens[k].quote == nil { return false }
        return true
    }

    /// The document's unlabelled question-and-answer layout: the quoted answers after bare
    /// questions, and the guest named before the first of them.
    func readQuestionAnswerLayout() -> QuestionAnswerLayout {
        var quoted = 0
        var firstQuestion = Int.max
        for si in sentenceFirst.indices where sentenceFirst[si] > 0 {
            let f = sentenceFirst[si]
            guard tokens[f - 1].lower == "?", paragraphOf(f - 1) != paragraphOf(f), let q = bareQuestionStart(endingAt: f - 1) else { continue }
            guard isQuotedAnswer(f, paragraphLastToken(fromSentence: si)) else { continue }
            quoted += 1
            firstQuestion = min(firstQuestion, q)
        }
        guard firstQuestion != Int.max else { return QuestionAnswerLayout(quotedAnswers: 0, guest: nil) }
        // Without words that frame an interview, the layout says so from enough answered quotations.
        let guest = interviewee(before: firstQuestion, requireFrame: quoted < Self.minFramelessQuotedAnswers)
        return QuestionAnswerLayout(quotedAnswers: quoted, guest: guest)
    }
}
