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

    /// The most tokens of a transcript label's name, full stops of titles and initials included.
    static let maxTranscriptNameTokens = 8
    /// The fewest words of a name that a role may follow in a label (`STEVE INSKEEP, HOST:`).
    static let minRoleLabelNameWords = 2
    /// The most tokens between a transcript speaker's name and the label's colon: the role or
    /// party and place set off after it (`STEVE INSKEEP, HOST:`, `SEN. ANN PRUETT (D), OHIO:`).
    static let maxTranscriptRoleTokens = 8

    /// A transcript label: the speaker's name, the role set off after it, and the colon.
    struct TranscriptLabel {
        var name: ClosedRange<Int>
        var role: ClosedRange<Int>?
        var colon: Int
    }

    /// The statement of a transcript turn opening at sentence `si` (tokens `first...last`), or nil.
    mutating func transcriptTurn(sentence si: Int, first: Int, last: Int) -> Candidate? {
        let label: TranscriptLabel
        if let capitals = transcriptLabel(at: first, last: last) {
            if transcriptLabels == nil { transcriptLabels = countTranscriptLabels() }
            guard let turns = transcriptLabels, turns >= Self.minTranscriptTurns else { return nil }
            label = capitals
        } else if let titleCase = titleCaseTranscriptLabel(at: first, last: last) {
            // `Lind: Not at all.`: names in title case, only in a transcript of such labels.
            if titleCaseTranscript == nil { titleCaseTranscript = isTitleCaseTranscript() }
            guard titleCaseTranscript == true else { return nil }
            label = titleCase
        } else {
            return nil
        }
        let colon = label.colon
        // The turn runs to the end of its paragraph.
        var end = paragraphLastToken(fromSentence: si)
        // The turn's own words: a straight quotation mark that opened the label and pairs with the
        // next turn's (`"PENCE: …` / `"WALLACE: …`) does not stretch it.
        while end > colon, [".", ",", ";", ":", "!", "?", "\""].contains(tokens[end].lower) { end -= 1 }
        guard end > colon else { return nil }
        let span = TextSpan(start: tokens[colon + 1].start, end: tokens[end].end)
        var m = finder.make(first: label.name.lowerBound, last: label.name.upperBound, kind: .name)
        m.actorKind = .person
        if let role = label.role { m.role = finder.text(role.lowerBound, role.upperBound) }
        // `SEN. ANN PRUETT:` is Ann Pruett, titled; her later turns say `PRUETT:`. Only dotted
        // words before the name are a title (`GEORGE W. BUSH` keeps his initial).
        if let bare = label.name.first(where: { document.scalars[tokens[$0].end - 1] != "." }), bare > label.name.lowerBound {
            m.title = finder.text(label.name.lowerBound, bare - 1)
            m.bareSpan = TextSpan(start: tokens[bare].start, end: tokens[label.name.upperBound].end)
        }
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

    /// The transcript label opening a paragraph at token `first`: up to ``maxTranscriptNameWords``
    /// words in capitals (a title's full stop among them: `SEN.`), then the colon, or first a role
    /// or party set off by a comma or a parenthesis, in capitals too, within
    /// ``maxTranscriptRoleTokens``. Nil for anything else.
    func transcriptLabel(at first: Int, last: Int) -> TranscriptLabel? {
        guard first == 0 || paragraphOf(first - 1) != paragraphOf(first) else { return nil }
        // `"PENCE: …` — some transcripts open every turn with a straight quotation mark.
        let start = first < last && tokens[first].lower == "\"" ? first + 1 : first
        var k = start
        var words = 0
        // Words in capitals; a title's or an initial's full stop (`SEN.`, `GEORGE W. BUSH`) does
        // not count as a word of the name.
        while k <= last, k - start < Self.maxTranscriptNameTokens {
            if isCapitalsWord(k), document.scalars[tokens[k].end - 1] != "." {
                guard words < Self.maxTranscriptNameWords else { break }
                words += 1
            } else if !(isCapitalsWord(k) || k > start && (tokens[k].lower == "." || isCapitalLetter(k))) {
                break
            }
            k += 1
        }
        guard words > 0, k < last else { return nil }
        if tokens[k].lower == ":" { return TranscriptLabel(name: start...(k - 1), role: nil, colon: k) }
        // `, HOST:`, `, CNN ANCHOR:`, ` (D), OHIO:`, ` (D-OHIO):`: capitals, commas, hyphens and
        // brackets up to the colon, after a name of two words at least (`UPDATE, MONDAY:` and
        // `SB, CS:` head a blog entry or a box score).
        guard words >= Self.minRoleLabelNameWords, tokens[k].lower == "," || tokens[k].lower == "(" else { return nil }
        let nameEnd = k - 1
        var c = k
        while c <= last, c - k <= Self.maxTranscriptRoleTokens, tokens[c].lower != ":" {
            guard isCapitalsWord(c) || isCapitalLetter(c) || tokens[c].lower.isOne(of: ",", "(", ")", ".", "-") else { return nil }
            c += 1
        }
        guard c < last, tokens[c].lower == ":", (k..<c).contains(where: { isCapitalsWord($0) || isCapitalLetter($0) }) else { return nil }
        let roleStart = tokens[k].lower == "," ? k + 1 : k
        return TranscriptLabel(name: start...nameEnd, role: roleStart...(c - 1), colon: c)
    }

    /// Whether token `k` is one capital letter, with or without its full stop (a party's initial
    /// `(D)`, a middle initial `W.`).
    func isCapitalLetter(_ k: Int) -> Bool {
        let t = tokens[k]
        let length = t.end - t.start
        return t.isWord && (length == 1 || length == 2 && document.scalars[t.start + 1] == ".")
            && Characters.isUpper(document.scalars[t.start])
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
            if transcriptLabel(at: sentenceFirst[si], last: sentenceLast[si]) != nil { n += 1 }
        }
        return n
    }
}
