extension MentionFinder {
    /// Days and months that date a clause when a preposition opens it (`On Monday`, `In March`).
    /// `May` is left out: it is a given name and a modal as well.
    static let frontedDateWords: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december",
    ]
    /// Prepositions that open a dating adjunct at the front of a clause.
    static let frontedDatePrepositions: WordSet = ["in", "on", "during", "since", "by", "until", "after", "before"]
    /// Words after which a fronted adjunct may open a clause inside its sentence (`…, and on Monday Reyes said`).
    static let frontedDateOpeners: WordSet = [",", ";", "and", "but", "then"]
    /// Fewest and most digits of a year (`In 2007 Reyes argued`).
    static let yearDigits = 4

    /// Whether token `k` ends a dating adjunct fronted without its comma before the capitalised
    /// name that follows it: `On Monday Ana Reyes said`, `In 2007 Reyes argued`, `and since
    /// January Lee has said`. The date is no part of the name: the subject starts after it.
    /// The preposition must open its clause (the sentence's first word, or after a comma or a
    /// coordinator), so that `a survey of 2016 Trump voters` keeps its year.
    func isFrontedDateBeforeName(_ k: Int, floor: Int) -> Bool {
        guard k - 1 >= floor, k + 1 < tokens.count else { return false }
        let date = tokens[k], next = tokens[k + 1], preposition = tokens[k - 1]
        guard next.isWord, next.isCapitalized, next.quote == nil, date.quote == nil, preposition.quote == nil,
              Self.frontedDatePrepositions.contains(preposition.lower) else { return false }
        let isDate = Self.frontedDateWords.contains(date.lower)
            || date.kind == .number && date.lower.count == Self.yearDigits && date.lower.allSatisfy(\.isASCIIDigit)
        guard isDate else { return false }
        return isSentenceStart(k - 1) || k - 2 >= 0 && Self.frontedDateOpeners.contains(tokens[k - 2].lower)
    }
}

private extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
