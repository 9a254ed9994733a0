/// A participle after an inverted speaker and its role: `…, said Ruth Alvarez, a hepatologist,
/// adding that…`. The participle shares the inverted speaker, and the speaker's phrase ends
/// at the comma before it, so the clause before the cue is reported too.
extension Attributor {
    /// Most tokens between an inverted cue and the comma that closes its speaker's phrase
    /// (`said Dr. Ruth Alvarez, a hepatologist at Mount Sinai who was not involved,`).
    static let maxInvertedSpeakerTokens = 24

    /// Whether the token after the comma at `comma` opens a participle clause (`adding`,
    /// `noting`, `pointing`, `meaning`): a verb in -ing, which ends an inverted speaker's phrase.
    func opensParticipleAfterSpeaker(comma: Int, last: Int) -> Bool {
        guard comma + 2 <= last, tokens[comma].lower == ",", tokens[comma].quote == nil else { return false }
        let next = tokens[comma + 1]
        return next.quote == nil && next.tag == .verb && !next.isCapitalized && Lexicon.isGerund(next.lower)
    }

    /// `CLAUSE, said NAME, ROLE, adding…`: the speaker of the inverted cue whose speaker's phrase,
    /// role included, runs up to the comma at `end`; nil when no such cue stands before it.
    func invertedCueSubject(before end: Int, first: Int) -> SpeakerMention? {
        guard end > first, tokens[end].lower == ",", tokens[end].quote == nil else { return nil }
        var k = end - 1
        while k > first, end - k <= Self.maxInvertedSpeakerTokens, tokens[k].quote == nil {
            let t = tokens[k]
            if t.tag == .verb, t.is(.reporting), !Lexicon.isGerund(t.lower), tokens[k - 1].lower == "," {
                // "Emanuel, his chief of staff, urged a strong stand, saying…": a verb with a
                // subject of its own takes an object, no inverted speaker.
                guard subject(ofVerb: k, floor: first) == nil,
                      let m = finder.phrase(startingAt: k + 1, ceiling: end - 1), m.kind != .pronoun,
                      max(m.last, m.lastWithRole) == end - 1 else { return nil }
                return m
            }
            if t.lower.isOne(of: ".", ";", ":") { return nil }
            k -= 1
        }
        return nil
    }
}
