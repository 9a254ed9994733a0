import WhosaidSyntax

/// The source after `according to`: a noun phrase the mention rules read, or else one read from
/// the tags alone (`recent polls`, `new county research`, `complete but unofficial returns`,
/// `state law`, `dayton-news.com`) — a source needs no determiner or capital.
extension Attributor {
    /// Most tokens of a source read from the tags.
    static let maxTaggedSourceTokens = 12
    /// Tags of the words of a source read from the tags.
    static let sourceTags: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .x]

    /// The source phrase starting at `start`, no further than `ceiling`; nil for a pronoun.
    func accordingToSource(startingAt start: Int, ceiling: Int) -> SpeakerMention? {
        if let m = finder.phrase(startingAt: start, ceiling: ceiling) { return m.kind == .pronoun ? nil : m }
        var e = start - 1
        var head = -1
        while e + 1 <= ceiling, e + 1 - start < Self.maxTaggedSourceTokens {
            let t = tokens[e + 1]
            guard t.isWord, t.quote == nil else { break }
            if Self.sourceTags.contains(t.tag) {
                e += 1
                if t.tag == .noun || t.tag == .propn || t.tag == .x { head = e }
            } else if t.tag == .cconj, e >= start, e + 2 <= ceiling, Self.sourceTags.contains(tokens[e + 2].tag) {
                e += 1  // "complete but unofficial returns"
            } else {
                break
            }
        }
        guard head >= start, head == e, !tokens[start].is(.personalPronoun) else { return nil }
        var m = finder.make(first: start, last: e, kind: .description)
        m.head = tokens[head].lower
        let plural = Lexicon.groupHeads.contains(m.head) || m.head.hasSuffix("s") && !m.head.hasSuffix("ss")
        m.actorKind = Lexicon.organisationHeads.contains(m.head) ? .organisation : plural ? .group : .description
        return m
    }
}
