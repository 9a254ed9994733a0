import WhosaidSyntax

/// Stage 2, a frame over an answer of a question-and-answer interview: a paragraph opening `A:`
/// (or `Answer:`) in a document whose questions open `Q:` (or `Question:`). The answer, to the end
/// of its paragraph, is what the interviewee said: the person the paragraphs before the first
/// question name most often (``Attributor/interviewee(before:)``). A question is the interviewer's
/// and no statement; an interview whose answers open with the guest's name is a transcript
/// (``TranscriptSieve``).
///
///     Mayor Ann Pruett spoke with the Herald about the budget.
///     Q: Why did you cut library hours?
///     A: We had no choice. The state cut our funding.   → Ann Pruett: "We had no choice. …"
struct InterviewSieve: SentenceSieve {
    var name: String { "interview" }
    var rules: Set<AttributionRule> { [.reportedSpeech] }
    func statement(sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> Candidate? {
        a.interviewAnswer(sentence: si, first: first, last: last)
    }
}

/// What a document's question-and-answer layout is, read once (``Attributor/interview``).
struct InterviewLayout {
    /// The first token of the first paragraph that opens with a question or answer label.
    var firstLabel: Int
    /// How many paragraphs open with a question label.
    var questions: Int
    /// The person the answers belong to, if the paragraphs before the first label name one.
    var guest: SpeakerMention?
}

extension Attributor {
    /// Labels that open an interview's questions and answers (the colon follows).
    static let questionLabels: WordSet = ["q", "question"]
    static let answerLabels: WordSet = ["a", "answer"]
    /// Nouns for the person who asks, which before a name make it the interviewer's
    /// (`Herald reporter Tom Lee spoke with Ann Pruett`); `by` does so too (a byline).
    static let interviewerWords: WordSet = [
        "by", "reporter", "correspondent", "columnist", "writer", "editor", "host", "anchor", "interviewer",
    ]
    /// Words before a name that make it the one questioned (`spoke with Ann Pruett`,
    /// `interviewed Ann Pruett`): they decide a tie.
    static let guestWords: WordSet = ["with", "interviewed", "interviews", "interviewing", "asked"]
    /// The most capitalised words after a given name that a guest's name may take (`Ann Marie Pruett`).
    static let maxGuestSurnameWords = 2

    /// The statement of an interview answer opening at sentence `si` (tokens `first...last`), or nil.
    mutating func interviewAnswer(sentence si: Int, first: Int, last: Int) -> Candidate? {
        guard let colon = interviewLabelColon(at: first, last: last, labels: Self.answerLabels) else { return nil }
        if interview == nil { interview = readInterviewLayout() }
        guard let layout = interview, layout.questions > 0, let guest = layout.guest else { return nil }
        var end = paragraphLastToken(fromSentence: si)
        while end > colon, [".", ",", ";", ":", "!", "?"].contains(tokens[end].lower) { end -= 1 }
        guard end > colon else { return nil }
        return make(TextSpan(start: tokens[colon + 1].start, end: tokens[end].end), cue: colon...colon, guest, .reportedSpeech, 0.7)
    }

    /// The colon of a label from `labels` that opens a paragraph at token `first` (`Q:`, `A:`), or nil.
    func interviewLabelColon(at first: Int, last: Int, labels: WordSet) -> Int? {
        guard first + 1 < last, first == 0 || paragraphOf(first - 1) != paragraphOf(first),
              tokens[first + 1].lower == ":", tokens[first].isCapitalized, labels.contains(tokens[first].lower) else { return nil }
        return first + 1
    }

    /// The document's interview layout: where its first label stands, how many questions it has,
    /// and its guest.
    func readInterviewLayout() -> InterviewLayout {
        var firstLabel = Int.max
        var questions = 0
        for si in sentenceFirst.indices where sentenceFirst[si] >= 0 {
            let f = sentenceFirst[si], l = sentenceLast[si]
            if interviewLabelColon(at: f, last: l, labels: Self.questionLabels) != nil {
                questions += 1
                firstLabel = min(firstLabel, f)
            } else if interviewLabelColon(at: f, last: l, labels: Self.answerLabels) != nil {
                firstLabel = min(firstLabel, f)
            }
        }
        return InterviewLayout(firstLabel: firstLabel, questions: questions,
                               guest: firstLabel == Int.max ? nil : interviewee(before: firstLabel))
    }

    /// The person an interview questions, named before its first label at token `end`: of the
    /// full names there (a given name, then one or two capitalised words), the one whose surname
    /// comes back most often; on a tie the one after ``guestWords``, else the first; never a name
    /// after ``interviewerWords``.
    func interviewee(before end: Int) -> SpeakerMention? {
        // How often each capitalised word stands there, counted once: asking per name would cost
        // the names times the words.
        var counts: [String: Int] = [:]
        for k in 0..<min(end, tokens.count) where tokens[k].isWord && tokens[k].isCapitalized { counts[tokens[k].lower, default: 0] += 1 }
        var best: (first: Int, last: Int, count: Int)?
        var i = 0
        while i + 1 < end {
            defer { i += 1 }
            let t = tokens[i]
            guard t.isWord, t.isCapitalized, t.quote == nil, FirstNameGender.isFirstName(t.lower),
                  tokens[i + 1].isWord, tokens[i + 1].isCapitalized, tokens[i + 1].sentence == t.sentence else { continue }
            if i > 0, Self.interviewerWords.contains(tokens[i - 1].lower) { continue }
            var last = i + 1
            while last + 1 < end, last - i < Self.maxGuestSurnameWords, tokens[last + 1].isWord, tokens[last + 1].isCapitalized,
                  tokens[last + 1].sentence == t.sentence, !tokens[last + 1].is(.stopWord) { last += 1 }
            // Twice the surname's count, one more after a guest word: the count first, then the tie.
            let count = 2 * counts[tokens[last].lower, default: 0] + (i > 0 && Self.guestWords.contains(tokens[i - 1].lower) ? 1 : 0)
            if best == nil || count > best!.count { best = (i, last, count) }
            i = last
        }
        guard let b = best else { return nil }
        let floor = sentenceFirst[tokens[b.first].sentence]
        if let m = finder.phrase(endingAt: b.last, floor: floor), m.first <= b.first, m.actorKind == .person || m.kind == .name {
            return m
        }
        var m = finder.make(first: b.first, last: b.last, kind: .name)
        m.actorKind = .person
        return m
    }
}
