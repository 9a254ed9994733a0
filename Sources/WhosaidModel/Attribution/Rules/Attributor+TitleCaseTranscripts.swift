/// An interview set out as a transcript whose labels are names in title case (`Lind: Not at
/// all.`), not capitals: a label counts only in a document where at least
/// ``minTitleCaseTranscriptSpeakers`` different names open turns, each name standing in the text
/// outside its labels too (`Sara Lind` in the introduction): a lone `Update:` or a roundup's
/// `Brussels:` opens no turn.
extension Attributor {
    /// The fewest different speakers whose title-case labels make a document a transcript.
    static let minTitleCaseTranscriptSpeakers = 2

    /// The title-case transcript label opening a paragraph at token `first`: one to
    /// ``maxTranscriptNameWords`` capitalised words the tagger reads as proper nouns (initials
    /// among them), then the colon and more words; no known place (``NonPersonNames/places``), headline
    /// kicker or salutation.
    func titleCaseTranscriptLabel(at first: Int, last: Int) -> TranscriptLabel? {
        guard first == 0 || paragraphOf(first - 1) != paragraphOf(first) else { return nil }
        var k = first
        var words = 0
        while k <= last, k - first < Self.maxTranscriptNameTokens {
            let t = tokens[k]
            if t.isWord, t.isCapitalized, t.tag == .propn, t.quote == nil, !isCapitalsWord(k), !isCapitalLetter(k) {
                guard words < Self.maxTranscriptNameWords else { return nil }
                words += 1
            } else if !(k > first && (t.lower == "." || isCapitalLetter(k))) {
                break
            }
            k += 1
        }
        guard words > 0, k < last, tokens[k].lower == ":", tokens[k].quote == nil,
              !Self.headlineKickers.contains(tokens[first].lower), !Self.salutationWords.contains(tokens[first].lower),
              !NonPersonNames.places.contains(tokens[k - 1].lower) else { return nil }
        return TranscriptLabel(name: first...(k - 1), role: nil, colon: k)
    }

    /// Whether the document is a transcript with title-case labels (see the type's note), read once.
    func isTitleCaseTranscript() -> Bool {
        // The last word of each label, and how many labels end with it.
        var labelCounts: [String: Int] = [:]
        for si in sentenceFirst.indices where sentenceFirst[si] >= 0 {
            guard let label = titleCaseTranscriptLabel(at: sentenceFirst[si], last: sentenceLast[si]) else { continue }
            labelCounts[tokens[label.name.upperBound].lower, default: 0] += 1
        }
        guard labelCounts.count >= Self.minTitleCaseTranscriptSpeakers else { return false }
        // Each speaker is named outside its labels as well: one pass over the words.
        var seen = labelCounts.mapValues { _ in 0 }
        for k in 0..<tokens.count where tokens[k].isCapitalized {
            let w = tokens[k].lower
            if let n = seen[w] { seen[w] = n + 1 }
        }
        return labelCounts.allSatisfy { (seen[$0.key] ?? 0) > $0.value }
    }
}
