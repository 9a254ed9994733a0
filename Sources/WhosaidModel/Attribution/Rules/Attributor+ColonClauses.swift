import WhosaidSyntax

/// `Ann Lowe said: the plan will fail.`, `Hewitt writes:⏎⏎The movie mentions…`: a reporting verb
/// whose colon introduces words without quotation marks reports them: the rest of the sentence,
/// or, when the colon ends the paragraph, the whole next paragraph (a block quotation set without
/// marks, as online news sets them). Only words may stand between the verb and its colon
/// (`said in a statement on Friday:`); a quotation after the colon is the quote sieves'.
extension Attributor {
    /// Most tokens between a reporting verb and its colon (`told the paper on Friday:`).
    static let maxColonCueAdjunctTokens = 8
    /// Most tokens of a paragraph read as a block quotation after a cue's colon: a longer one is
    /// left alone.
    static let maxColonBlockTokens = 400

    /// The first and last tokens of what the colon after the reporting verb at `v` (in a
    /// sentence ending at `last`) introduces without quotation marks, or nil.
    func colonClause(verb v: Int, last: Int) -> (first: Int, last: Int)? {
        // "Investors seem to agree:": an infinitive's colon gives a reason, not words said.
        guard v + 1 <= last, v == 0 || tokens[v - 1].lower != "to" else { return nil }
        // Words before the colon are the cue's adjuncts: a time, a prepositional phrase
        // (`said in a statement:`) or the person told (`told reporters:`), never an object
        // (`noted the sparse crowd:`).
        let opener = tokens[v + 1]
        guard opener.lower == ":" || opener.tag == .adp && opener.lower != "that" || opener.is(.timeWord)
                || Self.addresseeVerbs.contains(tokens[v].lower) else { return nil }
        var colon = v + 1
        while colon <= last, tokens[colon].lower != ":" {
            guard colon - v <= Self.maxColonCueAdjunctTokens, tokens[colon].quote == nil, tokens[colon].lower != "that",
                  tokens[colon].kind == .word || tokens[colon].kind == .number,
                  tokens[colon].tag != .verb, tokens[colon].tag != .aux else { return nil }
            colon += 1
        }
        let start = colon + 1
        // Not a list after a stranded preposition (`has boasted of:`), nor a quotation, even one
        // whose marks do not pair (`tweeted: “Let’s go.’`).
        guard colon <= last, tokens[colon].quote == nil, start < tokens.count, !isOpenMark(start), tokens[start].quote == nil,
              tokens[colon - 1].tag != .adp, tokens[start].lower.unicodeScalars.first.map(Characters.isOpeningQuote) != true
        else { return nil }
        if colon < last {
            // The rest of the sentence, when it is a clause.
            return holdsFiniteVerb(start, last) ? (start, last) : nil
        }
        // The colon ends its paragraph: the next one, opening with a capital and ending as a
        // sentence does, is what was said.
        let paragraph = paragraphOf(start)
        guard paragraph == paragraphOf(colon) + 1, tokens[start].isCapitalized, tokens[start].isWord else { return nil }
        var end = start
        while end + 1 < tokens.count, paragraphOf(end + 1) == paragraph {
            guard end - start < Self.maxColonBlockTokens else { return nil }
            end += 1
        }
        // A paragraph with a cue or a quote of its own is its own statements' (`The plan, officials
        // said, will fail.`), not one block said by the colon's speaker.
        guard Self.sentenceEndMarks.contains(tokens[end].lower), holdsFiniteVerb(start, end),
              !counts.holdsReportingVerb(start, end), !holdsQuote(start, end) else { return nil }
        return (start, end)
    }
}
