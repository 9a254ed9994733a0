import WhosaidSyntax

/// Stage 2, a frame over a paragraph of a transcript: a speaker's name in capitals and a colon
/// open the paragraph, and the rest of it is what they said. Only in a document with at least
/// ``Attributor/minTranscriptTurns`` such paragraphs, so a lone label (`UPDATE:`) is no turn.
///
///     TAPPER: Do you think the plan will pass?     → TAPPER: "Do you think the plan will pass?"
///     VANCE: I think it will. We have the votes.   → VANCE: "I think it will. We have the votes."
struct TranscriptSieve: SentenceSieve {
    var name: String { "transcript" }
    var rules: Set<AttributionRule> { [.reportedSpeech] }
    func statement(sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> Candidate? {
        a.transcriptTurn(sentence: si, first: first, last: last)
    }
}

extension Attributor {
    /// The fewest turns that make a document a transcript.
    static let minTranscriptTurns = 2
    /// The most words of a speaker's name in a transcript label (`JAKE TAPPER:`).
    static let maxTranscriptNameWords = 3

    /// The statement of a transcript turn opening at sentence `si` (tokens `first...last`), or nil.
    mutating func transcriptTurn(sentence si: Int, first: Int, last: Int) -> Candidate? {
        guard let colon = transcriptLabelColon(at: first, last: last) else { return nil }
        if transcriptLabels == nil { transcriptLabels = countTranscriptLabels() }
        guard let turns = transcriptLabels, turns >= Self.minTranscriptTurns else { return nil }
        // The turn runs to the end of its paragraph.
        var end = paragraphLastToken(fromSentence: si)
        // The turn's own words: a straight quotation mark that opened the label and pairs with the
        // next turn's (`"PENCE: …` / `"WALLACE: …`) does not stretch it.
        while end > colon, [".", ",", ";", ":", "!", "?", "\""].contains(tokens[end].lower) { end -= 1 }
        guard end > colon else { return nil }
        let span = TextSpan(start: tokens[colon + 1].start, end: tokens[end].end)
        let nameStart = tokens[first].lower == "\"" ? first + 1 : first
        var m = finder.make(first: nameStart, last: colon - 1, kind: .name)
        m.actorKind = .person
        return make(span, cue: colon...colon, m, .reportedSpeech, 0.7)
    }

    /// The last token of the paragraph that sentence `si` stands in, read from `si` on.
    func paragraphLastToken(fromSentence si: Int) -> Int {
        var end = sentenceLast[si]
        var next = si + 1
        while next < sentenceFirst.count, sentenceFirst[next] >= 0, paragraphOf(sentenceFirst[next]) == paragraphOf(end) {
            end = sentenceLast[next]
            next += 1
        }
        return end
    }

    /// The colon of a transcript label opening a paragraph at token `first` (up to
    /// ``maxTranscriptNameWords`` words in capitals, then `:`), or nil.
    func transcriptLabelColon(at first: Int, last: Int) -> Int? {
        guard first == 0 || paragraphOf(first - 1) != paragraphOf(first) else { return nil }
        // `"PENCE: …` — some transcripts open every turn with a straight quotation mark.
        let start = first < last && tokens[first].lower == "\"" ? first + 1 : first
        var k = start
        while k <= last, k - start < Self.maxTranscriptNameWords, isCapitalsWord(k) { k += 1 }
        return k > start && k < last && tokens[k].lower == ":" ? k : nil
    }

    /// Whether token `k` is a word of two or more letters, all capitals: read in place, with
    /// no array made of its letters (this runs at the first words of every sentence).
    func isCapitalsWord(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord else { return false }
        var letters = 0
        for i in t.start..<t.end {
            let s = document.scalars[i]
            guard Characters.isLetter(s) else { continue }
            guard Characters.isUpper(s) else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// How many paragraphs of the document open with a transcript label.
    func countTranscriptLabels() -> Int {
        var n = 0
        for si in sentenceFirst.indices where sentenceFirst[si] >= 0 {
            if transcriptLabelColon(at: sentenceFirst[si], last: sentenceLast[si]) != nil { n += 1 }
        }
        return n
    }
}
