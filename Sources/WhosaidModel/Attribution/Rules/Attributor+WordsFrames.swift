import WhosaidSyntax

/// A frame that hands the rest of the sentence to someone's words: `In NAME's words, …`,
/// `In the words of NAME, …`, `To quote NAME, …`, `In his own words, …`. The source speaks what follows the comma,
/// a quotation or a clause, as after `According to NAME,`.
extension Attributor {
    /// The most tokens of the source's phrase inside a words frame (`In the former governor's words`).
    static let maxWordsFrameSourceTokens = 6

    /// The source of a words frame opening the sentence at `first`, and the comma that closes
    /// the frame; nil when the sentence opens with none.
    func wordsFrame(first: Int, last: Int) -> (source: SpeakerMention, comma: Int)? {
        guard first + 3 <= last, tokens[first].quote == nil else { return nil }
        let opener = tokens[first].lower
        var source: SpeakerMention?
        if opener == "in", tokens[first + 1].lower == "the", tokens[first + 2].lower == "words", tokens[first + 3].lower == "of" {
            // `In the words of NAME,`
            source = finder.phrase(startingAt: first + 4, ceiling: last)
        } else if opener == "to", tokens[first + 1].lower == "quote" {
            // `To quote NAME,`
            source = finder.phrase(startingAt: first + 2, ceiling: last)
        } else if opener == "in" {
            // `In NAME's (own) words,`: the possessive phrase before `words`.
            var w = first + 1
            while w <= last, w - first <= Self.maxWordsFrameSourceTokens + 1, tokens[w].lower != "words", tokens[w].quote == nil { w += 1 }
            guard w + 1 <= last, w - first <= Self.maxWordsFrameSourceTokens + 1, tokens[w].lower == "words", tokens[w + 1].lower == "," else { return nil }
            // `In his own words,`: a pronoun's antecedent speaks, as for `he said`.
            guard let m = possessor(before: w, floor: first + 1), m.first == first + 1 else { return nil }
            return (m, w + 1)
        }
        guard let m = source, m.kind != .pronoun, m.last + 1 <= last, tokens[m.last + 1].lower == "," else { return nil }
        return (m, m.last + 1)
    }

    /// The statement a words frame opening the sentence gives its source, or nil.
    func wordsFrameStatement(first: Int, last: Int) -> Candidate? {
        guard var frame = wordsFrame(first: first, last: last),
              let span = clauseSpan(from: frame.comma + 1, to: last, stopAtColon: true), wordCount(span, upTo: 3) >= 3 else { return nil }
        frame.source.role = nil
        frame.source.lastWithRole = frame.source.last
        return make(span, cue: first...(frame.comma - 1), frame.source, .accordingTo, 0.8)
    }
}
