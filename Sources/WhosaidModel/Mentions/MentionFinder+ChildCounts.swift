import WhosaidSyntax

/// A parent described by a count of their children, as human-interest copy does (`the mother of
/// three`, `a father of two`, `the 44-year-old grandmother of 11`): the count closes the
/// description, whose head stays the parent noun.
extension MentionFinder {
    /// Nouns of parents that take a bare count of children (`mother of three`): data, checked by a test.
    static let parentNouns: WordSet = [
        "mother", "father", "parent", "mum", "mom", "dad", "grandmother", "grandfather", "grandparent",
        "grandma", "grandpa", "great-grandmother", "great-grandfather",
    ]
    /// The largest child count written as a word or a number that this reading accepts.
    static let maxChildCount = 30
    /// Counts written as words.
    static let childCountWords: WordSet = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    /// Whether token `k` is a count of children: a number word or a small whole number.
    func isChildCount(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.quote == nil else { return false }
        if Self.childCountWords.contains(t.lower) { return true }
        guard t.kind == .number, let n = Int(t.lower) else { return false }
        return n >= 1 && n <= Self.maxChildCount
    }

    /// The parent noun's token when `end` closes `PARENT of COUNT` (`mother of three`), not before
    /// `floor`; nil otherwise.
    func parentNoun(beforeChildCountEndingAt end: Int, floor: Int) -> Int? {
        guard end - 2 >= floor, isChildCount(end), tokens[end - 1].lower == "of",
              Self.parentNouns.contains(tokens[end - 2].lower), !tokens[end - 2].isCapitalized || end - 2 == floor
                || isSentenceStart(end - 2) else { return nil }
        return end - 2
    }

    /// The last token of `of COUNT` after the parent noun at `k` (`mother of three`), within
    /// `ceiling`; nil when `k` is no parent noun before a count.
    func childCountEnd(afterParentAt k: Int, ceiling: Int) -> Int? {
        guard k + 2 <= ceiling, Self.parentNouns.contains(tokens[k].lower), tokens[k + 1].lower == "of",
              isChildCount(k + 2) else { return nil }
        // "the mother of three children": the count is then the children's, read as before.
        if k + 3 <= ceiling, tokens[k + 3].isWord, tokens[k + 3].quote == nil, tokens[k + 3].tag == .noun { return nil }
        return k + 2
    }

    /// `description` (ending at a parent noun) run on over its child count to `end`; its head
    /// stays the parent noun.
    func extending(_ description: SpeakerMention, toChildCountEndingAt end: Int) -> SpeakerMention {
        var m = description
        m.last = end
        m.lastWithRole = max(m.lastWithRole, end)
        m.span = TextSpan(start: m.span.start, end: tokens[end].end)
        m.bareSpan = m.span
        return m
    }
}
