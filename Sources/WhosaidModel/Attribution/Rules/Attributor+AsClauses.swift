import WhosaidSyntax

/// A cue in a fronted `as` clause: `As the Herald reported on Friday, the county raised the fee.`
/// The clause after the comma is what the source reported; the source is the `as` clause's subject.
extension Attributor {
    /// Most tokens of time words, adverbs and a prepositional phrase between the cue and the comma
    /// (`reported just today,`, `noted in a column on Yahoo News,`).
    static let maxAsClauseAdjunctTokens = 8

    /// Only an `as` clause opening the sentence counts (`But as Vance noted,` too): mid-sentence
    /// (`It is, as Vance said, a long time`) the words around it are often not what was said.
    /// The reported clause after the fronted `as` clause whose reporting verb is `v` and subject
    /// `m`, with the last token of the cue; nil when the sentence is not that shape.
    func asClauseReport(verb v: Int, subject m: SpeakerMention, first: Int, last: Int) -> (span: TextSpan, cueEnd: Int)? {
        let a = m.first - 1
        guard a >= first, tokens[a].lower == "as", tokens[a].quote == nil,
              a == first || tokens[a - 1].tag == .cconj && a - 1 == first else { return nil }
        var k = cueRange(v, upTo: last).upperBound + 1
        let adjunctStart = k
        var sawPreposition = false
        while k <= last, k - adjunctStart < Self.maxAsClauseAdjunctTokens, tokens[k].quote == nil,
              tokens[k].is(.timeWord) || tokens[k].tag == .adv || tokens[k].tag == .adp || tokens[k].tag == .det
                || tokens[k].tag == .num || tokens[k].tag == .propn && k > adjunctStart
                // "points out in a column on Yahoo News,": a prepositional phrase's nouns.
                || sawPreposition && (tokens[k].tag == .noun || tokens[k].tag == .adj) {
            if tokens[k].tag == .adp { sawPreposition = true }
            k += 1
        }
        guard k + 1 <= last, tokens[k].lower == ",", let span = clauseSpan(from: k + 1, to: last, stopAtColon: true),
              wordCount(span, upTo: 3) >= 3 else { return nil }
        return (span, k - 1)
    }
}
