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
    static let questionLabelWords: Set<String> = ["q", "question"]
    static let answerLabelWords: Set<String> = ["a", "answer"]
    static let questionLabels = WordSet(questionLabelWords)
    static let answerLabels = WordSet(answerLabelWords)
    /// The longest of the labels, in scalars: a longer word is none of them.
    static let longestInterviewLabel = questionLabelWords.union(answerLabelWords).map(\.unicodeScalars.count).max() ?? 0
    /// Nouns for the person who asks, which before a name make it the interviewer's
    /// (`Herald reporter Tom Lee spoke with Ann Pruett`); `by` does so too (a byline).
    static let interviewerWords: WordSet = [
        "by", "reporter", "correspondent", "columnist", "writer", "editor", "host", "anchor", "interviewer",
    ]
    /// Words by which a text says it is an interview (`in an interview with`, `This conversation
    /// has been edited`): an explainer's or a quiz's questions and answers have none.
    static let interviewWords: WordSet = ["interview", "interviewed", "interviews", "conversation", "condensed"]
    /// Verbs of talking that say so with a particle after them (`spoke with the Herald`, `talked
    /// to us`, `sat down with`, `edited for length`); alone (`Biden spoke at the signing`) they do not.
    static let interviewVerbParticles: [String: WordSet] = [
        "spoke": ["with", "to"], "talked": ["with", "to"], "chatted": ["with"], "sat": ["down"], "edited": ["for"],
        // "Ines Castellar met us in her dressing room", "joined us by phone", "told us".
        "met": ["us"], "joined": ["us"], "told": ["us"],
    ]
    /// The writer's own pronouns before a verb of meeting or questioning (`we asked`, `I met`).
    static let interviewerPronouns: WordSet = ["we", "i"]
    /// Verbs by which the writer says they questioned or met someone (after ``interviewerPronouns``).
    static let writerMeetingVerbs: WordSet = ["asked", "met", "visited", "interviewed", "spoke", "talked", "caught"]

    /// Whether token `k` says the text is an interview (``interviewWords``, ``interviewVerbParticles``).
    func saysInterview(_ k: Int) -> Bool {
        let word = tokens[k].lower
        if Self.interviewWords.contains(word) { return true }
        // "we asked her", "I met Castellar": the writer's own verb of questioning or meeting.
        if k > 0, Self.interviewerPronouns.contains(tokens[k - 1].lower), Self.writerMeetingVerbs.contains(word) { return true }
        guard let particles = Self.interviewVerbParticles[word], k + 1 < tokens.count else { return false }
        return particles.contains(tokens[k + 1].lower)
    }
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
        while end > colon, tokens[end].lower.isOne(of: ".", ",", ";", ":", "!", "?") { end -= 1 }
        guard end > colon else { return nil }
        return make(TextSpan(start: tokens[colon + 1].start, end: tokens[end].end), cue: colon...colon, guest, .reportedSpeech, 0.7)
    }

    /// The colon of a label from `labels` that opens a paragraph at token `first` (`Q:`, `A:`), or nil.
    func interviewLabelColon(at first: Int, last: Int, labels: WordSet) -> Int? {
        // The cheapest tests first: this runs at every sentence of every document.
        guard first + 1 < last else { return nil }
        let t = tokens[first]
        guard t.end - t.start <= Self.longestInterviewLabel, t.isCapitalized, labels.contains(t.lower), tokens[first + 1].lower == ":",
              first == 0 || paragraphOf(first - 1) != paragraphOf(first) else { return nil }
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

    /// The person an interview questions, named before its first label at token `end`, in a text
    /// that says it is an interview there (``interviewWords``): of the full names there (a given
    /// name, then one or two capitalised words), the one whose surname comes back most often; on a
    /// tie the one introduced as a guest (after ``guestWords``, after a title, before an apposed
    /// role), else the first; never a name after ``interviewerWords``. Nil in an explainer, a quiz
    /// or a mailbag, whose questions no named person answers. `requireFrame` false reads the
    /// names even where no word frames an interview (the layout itself says so).
    func interviewee(before end: Int, requireFrame: Bool = true) -> SpeakerMention? {
        let end = min(end, tokens.count)
        guard !requireFrame || (0..<end).contains(where: saysInterview) else { return nil }
        // How often each capitalised word stands there, counted once: asking per name would cost
        // the names times the words.
        var counts: [String: Int] = [:]
        for k in 0..<end where tokens[k].isWord && tokens[k].isCapitalized { counts[tokens[k].lower, default: 0] += 1 }
        var best: (first: Int, last: Int, score: Int)?
        var i = 0
        while i + 1 < end {
            defer { i += 1 }
            let t = tokens[i]
            guard t.isWord, t.isCapitalized, t.quote == nil, FirstNameGender.isFirstName(t.lower),
                  tokens[i + 1].isWord, tokens[i + 1].isCapitalized, tokens[i + 1].sentence == t.sentence else { continue }
            // `Interview by Mary Ann Smith`, `reporter Tom Lee`: the whole name is the interviewer's.
            if i > 0, Self.interviewerWords.contains(tokens[i - 1].lower) {
                while i + 1 < end, tokens[i + 1].isWord, tokens[i + 1].isCapitalized, tokens[i + 1].sentence == t.sentence { i += 1 }
                continue
            }
            // `In May Nora Vance took over`: a month or a modal is no given name before a given name.
            if Self.calendarOrModal(t.lower), FirstNameGender.isFirstName(tokens[i + 1].lower) { continue }
            var last = i + 1
            while last + 1 < end, last - i < Self.maxGuestSurnameWords, tokens[last + 1].isWord, tokens[last + 1].isCapitalized,
                  tokens[last + 1].sentence == t.sentence, !tokens[last + 1].is(.stopWord) { last += 1 }
            // The surname's count first (times the most tie points plus one), then the guest's marks.
            let score = (Self.maxGuestMarks + 1) * counts[tokens[last].lower, default: 0] + guestMarks(first: i, last: last)
            if best == nil || score > best!.score { best = (i, last, score) }
            i = last
        }
        guard let b = best else { return nil }
        let floor = sentenceFirst[tokens[b.first].sentence]
        // The phrase with its titles (`Mayor Ann Pruett`), never with a verb (`spoke with Ann Pruett`).
        if let m = finder.phrase(endingAt: b.last, floor: floor), m.first <= b.first, m.actorKind == .person || m.kind == .name,
           (m.first..<b.first).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].is(.title) }) {
            return m
        }
        var m = finder.make(first: b.first, last: b.last, kind: .name)
        m.actorKind = .person
        return m
    }

    /// The most marks ``guestMarks(first:last:)`` gives.
    static let maxGuestMarks = 2

    /// How the name at tokens `first...last` is introduced as a guest: one mark after a guest word
    /// (`spoke with Ann Pruett`), one for a title before it (`Mayor Ann Pruett`) or a role apposed
    /// after it (`Ann Pruett, the mayor,`).
    func guestMarks(first: Int, last: Int) -> Int {
        var marks = 0
        if first > 0, Self.guestWords.contains(tokens[first - 1].lower) { marks += 1 }
        let titled = first > 0 && tokens[first - 1].is(.title)
        let apposed = last + 2 < tokens.count && tokens[last + 1].lower == "," && tokens[last + 2].tag == .det
        if titled || apposed { marks += 1 }
        return marks
    }

    /// Whether `word` names a month or day, or is a modal (`May`, `June`, `Will`), words that are given names too.
    static func calendarOrModal(_ word: String) -> Bool {
        SentenceSplitter.clockContinuations.contains(word) || SubjectTagRepair.modals.contains(word)
    }
}
