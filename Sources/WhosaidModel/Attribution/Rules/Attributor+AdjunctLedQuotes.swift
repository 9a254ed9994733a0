import WhosaidSyntax

/// A reported clause that holds only an adjunct of its cue, a comma and then a quotation that is
/// a sentence of its own and closes the clause is that quotation's own statement, found again:
///
///     Ruiz said in the spring, when the scandal broke, “I sold no land.”   → “I sold no land.”
///     Cole responded to the question on his blog, “Yes, I will.”          → “Yes, I will.”
///     Cole concluded simply and firmly, “We will finish the work.”         → “We will finish…”
///     Hale added the caption which reads, “The photo breaks the rules.”    → “The photo breaks…”
///
/// The words before the comma say when, where, to whom or how the speaker spoke, not what: the
/// quote is direct speech. What the clause reports stays one mixed statement: a clause opened by
/// `that` (`said that once the session ends, “I will help.”`), a lead with a subject or an
/// object of its own (`noted the change from the slogan, “Make It Great.”`), a condition or a
/// cause (`said if the levy fails, “We sue.”`), or a lead that holds a quote of its own.
extension Attributor {
    /// Most words of the adjunct between a reported clause's start and its quotation.
    static let maxAdjunctLeadWords = 12

    /// Subordinators that open a time adjunct of the cue (`said, when the scandal broke, …`): a
    /// condition or a cause (`if`, `because`) belongs to what was said.
    static let timeAdjunctSubordinators: WordSet = ["when", "while", "after", "before", "as", "once"]

    /// Words that make a reported clause a complement, not an adjunct (`said that…`, `asked
    /// whether…`), wherever they stand in the lead.
    static let complementOpeners: WordSet = ["that", "whether", "if", "unless", "because"]

    /// Whether reported clause `clause` is an adjunct of its cue, a comma or colon and then quote
    /// `qi`, a capitalised sentence that closes the clause (the type's comment gives the shape).
    func isSentenceQuoteAfterCueAdjunct(_ clause: TextSpan, quote qi: Int) -> Bool {
        let open = openToken[qi]
        let close = closeToken[qi]
        let a = firstToken(atOrAfter: clause.start)
        let comma = open - 1
        guard a < comma, comma > 0, tokens[comma].lower.isOne(of: ",", ":"), tokens[comma].quote == nil,
              opensCapitalised(qi), endsWithSentencePunctuation(qi) else { return false }
        // The quotation closes the clause: nothing but punctuation after it inside the span.
        var k = close + 1
        while k < tokens.count, tokens[k].start < clause.end {
            if tokens[k].isWord || isOpenMark(k) { return false }
            k += 1
        }
        if a > 0, tokens[a - 1].quote == nil, Self.complementOpeners.contains(tokens[a - 1].lower) { return false }
        var words = 0
        for j in a..<comma {
            if tokens[j].quote != nil || isOpenMark(j) || isCloseMark(j) || Self.complementOpeners.contains(tokens[j].lower) { return false }
            if tokens[j].isWord { words += 1 }
        }
        guard words <= Self.maxAdjunctLeadWords else { return false }
        // The lead opens as an adjunct (a preposition, an adverb, a time subordinator), or ends in
        // a cue of the quote's own (`on his blog writing,`, `the caption which reads,`).
        let lead = tokens[a]
        return lead.tag == .adp || lead.tag == .adv || Self.timeAdjunctSubordinators.contains(lead.lower)
            || isCueVerb(comma - 1, besideQuote: true) && !opensSetOffRelative(before: comma - 1, floor: a)
    }

    /// Whether the cue at `v` is the verb of a relative clause set off by a comma (`cited the
    /// report, which notes,`): the quote is the antecedent's words, not the main subject's.
    func opensSetOffRelative(before v: Int, floor: Int) -> Bool {
        let w = v - 1
        return w - 1 >= floor && Self.cueRelativePronouns.contains(tokens[w].lower) && tokens[w - 1].lower == ","
    }
}
