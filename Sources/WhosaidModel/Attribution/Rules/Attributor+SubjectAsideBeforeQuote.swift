import WhosaidSyntax

/// A subject with an aside set off by commas before a quote that finishes its predicate: the
/// reporter's subject and the quote are one mixed statement, as without the aside.
///
///     Mrs. Lowe, with her years on the board, “is seen as a safe pair of hands,” he said.
///     The chief executive, Dana Reyes, “had me at hello,” Ortiz wrote.
///     Farm groups across the state, and especially the dairy lobby, “have been loud,” Hale said.
///
/// Only where the sentence opens with the subject (no preposition or subordinator first:
/// `After the vote, “is it over?”` keeps its quote alone), no finite verb stands before the
/// quote, and the aside opened at an earlier comma.
extension Attributor {
    /// Whether the comma right before the quote opening at `open` closes an aside that an
    /// earlier comma opened after the subject that starts at `first`.
    func closesSubjectAside(before open: Int, first: Int) -> Bool {
        let comma = open - 1
        guard comma - 1 > first, tokens[comma].lower == ",", tokens[comma].quote == nil,
              tokens[first].isWord, tokens[first].quote == nil,
              [.det, .propn, .noun, .adj, .num].contains(tokens[first].tag),
              !holdsFiniteVerb(first, comma - 1), !Self.sentenceOpeningAdverbs.contains(tokens[first].lower),
              !Self.sentenceOpeningTimeAdverbs.contains(tokens[first].lower),
              !opensInvertedQuestion(at: open + 1) else { return false }
        return (first + 1..<comma - 1).contains { tokens[$0].lower == "," && tokens[$0].quote == nil }
    }

    /// Adverbs of time and sequence opening a sentence that are no subject, whatever the tags say
    /// (`Yesterday, at the rally, “is it…”`), beside the connectives of ``sentenceOpeningAdverbs``
    /// (`Nevertheless, in the end, “was the right call,”`): data, checked by a test.
    static let sentenceOpeningTimeAdverbs: WordSet = [
        "yesterday", "today", "tonight", "later", "earlier", "then", "now", "still", "again", "besides", "afterward", "afterwards",
    ]

    /// Whether a question with its verb before its subject opens at `k` (`is it over?`, `are we
    /// done?`, `was the vote fair?`): a predicate opener (``predicateOpeners``), then a subject
    /// pronoun or a determiner (not an object: `“had me at hello”`). It is a question of its own, not the subject's predicate.
    func opensInvertedQuestion(at k: Int) -> Bool {
        guard k + 1 < tokens.count, Self.predicateOpeners.contains(tokens[k].lower) else { return false }
        let next = tokens[k + 1]
        return ReportingVerbTagRepair.subjectPronouns.contains(next.lower) || next.is(.determiner) || next.tag == .det
    }
}
