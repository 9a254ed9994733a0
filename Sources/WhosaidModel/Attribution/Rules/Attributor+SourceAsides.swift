import WhosaidSyntax

/// `President Ilie Dragomir, according to state media, said the exercises would continue`: an
/// `according to` phrase set off by commas between a subject and its reporting verb says where
/// the report comes from; the speaker is the subject, the statement the verb's clause.
extension Attributor {
    /// Whether `, according to SOURCE,` (commas at `comma` and `closingComma`) stands between a
    /// subject opening the sentence at `first` and a finite reporting verb (an adverb may come
    /// first: `, according to aides, privately told`).
    func isSourceAsideBeforeReportingVerb(comma: Int, closingComma: Int, first: Int, last: Int) -> Bool {
        guard comma > first, tokens[comma].lower == ",", closingComma + 1 <= last, tokens[closingComma].lower == "," else { return false }
        var k = closingComma + 1
        if tokens[k].tag == .adv, k + 1 <= last { k += 1 }
        guard tokens[k].tag == .verb, !Lexicon.isGerund(tokens[k].lower), isCueWord(k), !counts.holdsFiniteVerb(first, comma - 1) else { return false }
        return finder.phrase(endingAt: comma - 1, floor: first).map { $0.first == first && $0.kind != .pronoun } ?? false
    }

    /// The subject of the verb at `v` read back across a source aside right before it
    /// (`Dragomir, according to state media, said`), if one stands there.
    func subjectAcrossSourceAside(ofVerb v: Int, first: Int) -> SpeakerMention? {
        var k = v - 1
        if k > first, tokens[k].tag == .adv { k -= 1 }
        guard k > first + 3, tokens[k].lower == "," else { return nil }
        var c = k - 1
        while c > first + 1, k - c <= Self.maxSourceAsideTokens + 2, tokens[c].lower != "," { c -= 1 }
        guard c > first, tokens[c].lower == ",", tokens[c + 1].lower == "according", tokens[c + 2].lower == "to",
              let m = finder.phrase(endingAt: c - 1, floor: first), m.first == first, m.kind != .pronoun else { return nil }
        return m
    }
}
