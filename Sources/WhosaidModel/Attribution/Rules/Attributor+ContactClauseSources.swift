import WhosaidSyntax

/// A source phrase of `according to` that carries a contact relative clause whose subject is a
/// name: `According to the pilot Dion Hale hired, …`, `…, according to the nurse Ms. Ortiz
/// trained.` The name before the clause's verb is that clause's subject, no apposition of the
/// description before it: the description with its clause is the source, as a subject with a
/// contact clause is (``contactRelativeSubject(endingAt:through:floor:)``).
extension Attributor {
    /// The source phrase from `start` when `m`, read there as a name after a determined
    /// description (`the pilot Dion Hale`), is followed by a contact clause's verb that runs, with
    /// its stranded preposition, time words or a short adjunct, to a comma, a full stop or a quote
    /// (or `ceiling`); nil for any other shape.
    func contactClauseSource(_ m: SpeakerMention, start: Int, ceiling: Int) -> SpeakerMention? {
        guard m.kind == .name, m.first == start, tokens[start].tag == .det, m.lastWithRole == m.last,
              m.last + 1 <= ceiling, isContactClauseVerb(m.last + 1),
              // The name opens at its first capitalised word, a title's (`Ms. Ortiz`) or its own.
              let bare = (start + 1...m.last).first(where: { tokens[$0].isCapitalized }),
              bare - 1 > start, isContactClauseAntecedentHead(bare - 1), !tokens[bare - 1].isCapitalized,
              tokens[bare - 1].quote == nil, !tokens[bare - 1].lower.isPossessiveForm else { return nil }
        var end = m.last + 1
        while end + 1 <= ceiling, tokens[end + 1].isWord, tokens[end + 1].quote == nil,
              end - m.last <= Self.maxContactClauseAdjunctTokens { end += 1 }
        guard end == ceiling || !tokens[end + 1].isWord else { return nil }
        var source = finder.make(first: start, last: end, kind: .description)
        source.head = tokens[bare - 1].lower
        source.actorKind = Lexicon.describedKind(head: source.head)
        return source
    }
}
