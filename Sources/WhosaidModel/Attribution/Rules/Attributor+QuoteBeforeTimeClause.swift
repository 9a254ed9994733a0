import WhosaidSyntax

/// `tweeted “Thank you, Dayton” after the polls closed`: a quotation that opens a reporting verb's
/// complement and is followed by a clause of time is the whole of what was said; the time clause
/// is the reporter's adjunct, as after a voicing verb (``voicedQuoteClose(verb:at:end:)``). A quote
/// a verb follows is a clause's subject (`said “the plan” was dead when…`) and stays mixed.
extension Attributor {
    /// The last token of the quote opening at `c`, the start of a reported complement that runs
    /// to `end`, when a time subordinator (``timeClauseSubordinators``) follows the quote at once.
    func quoteBeforeTimeClauseClose(at c: Int, end: Int) -> Int? {
        guard isOpenMark(c) else { return nil }
        let qi = firstQuote(endingAfter: tokens[c].start)
        guard qi < quotes.count, openToken[qi] == c, closeToken[qi] + 1 < end else { return nil }
        let next = closeToken[qi] + 1
        // `as` also opens a comparison or a role (`“…” as a candidate`): not with a determiner
        // right after it, and every subordinator needs a finite verb later in the complement.
        guard tokens[next].quote == nil, Self.timeClauseSubordinators.contains(tokens[next].lower),
              holdsFiniteVerb(next + 1, end), tokens[next].lower != "as" || tokens[next + 1].tag != .det,
              opensSentence(qi) || endsWithOwnPunctuation(qi) || wordCount(quotes[qi].content, upTo: Self.minVoicedWords) >= Self.minVoicedWords
        else { return nil }
        return closeToken[qi]
    }
}
