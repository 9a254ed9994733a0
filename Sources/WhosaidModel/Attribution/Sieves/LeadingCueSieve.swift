import WhosaidSyntax

/// Stage 1, second: a cue right before the quotation, its speaker the verb's subject:
/// `NAME said: “Q”`, `NAME told reporters, “Q”`, `NAME said that “Q”`, `NAME called “Q”` (a label
/// of three words or more), and a verb coordinated with an earlier one (`returned and declared, “Q”`).
///
///     Nora Vance told the board: “The dam will hold.”               → Nora Vance
///     The engineer returned to the podium and declared, “We rebuild.” → The engineer
///     Vance said that “a fair deal” could follow by May.             → nothing: the clause goes on
///
/// The quote must end its clause, or close with its own punctuation; the sentence that goes on
/// past it is stage 2's, a mixed statement.
struct LeadingCueSieve: QuoteSieve {
    var name: String { "leading-cue" }
    var rules: Set<AttributionRule> { [.leadingCue] }
    func attribute(quote qi: Int, in a: inout Attributor) -> Candidate? { a.leadingCue(quote: qi) }
}

extension Attributor {
    /// Fewest words of a quoted label that is a statement (`called “total political crap”`);
    /// a shorter one (`what he called “fraud”`, `what Paine called “ground rent”`) is a term.
    static let minLabelQuoteWords = 3

    /// The statement quote `qi` makes with a cue right before it.
    mutating func leadingCue(quote qi: Int) -> Candidate? {
        let q = quotes[qi]
        let open = openToken[qi]
        // Before the quote: `NAME said: “…”`, `NAME told reporters, “…”`, `NAME said that “…”`.
        if open > 0, tokens[open - 1].paragraph == tokens[open].paragraph || opensParagraphAfterCueComma(open) {
            var k = open - 1
            if [":", ",", "that"].contains(tokens[k].lower) { k -= 1 }
            let floor = max(sentenceFirst[tokens[k].sentence], 0)
            var v = k
            while v >= floor, k - v <= 4, tokens[v].quote == nil {
                if isCueVerb(v, besideQuote: true), !Lexicon.isGerund(tokens[v].lower) {
                    // Only the cue's own complement may stand between the verb and the quote.
                    let cue = cueRange(v, upTo: open - 1)
                    let punctuated = k < open - 1  // a colon, comma or "that" before the quote
                    // `said on ABC's “This Week”`, `what he called “fraud”`: the quote is the object
                    // of the cue's phrase, a title or a label, not a statement.
                    // A label of several words (`Tim Cook called “total political crap”`) is a statement.
                    let labelQuote = Self.labellingVerbs.contains(tokens[v].lower) && wordCount(q.content) >= Self.minLabelQuoteWords
                    let objectOfCue = !punctuated && (cue.upperBound > v || tokens[v].is(.quoteOnly) && !tokens[v].is(.reporting) && !labelQuote)
                    // "Reyes returned to the podium and declared, “…”": a coordinated verb shares the subject.
                    let groupStart = beforeVerbGroup(v, floor: floor)
                    let coordinated = groupStart > floor && ["and", "but"].contains(tokens[groupStart].lower)
                        ? sentenceSubject(first: floor, before: groupStart) : nil
                    // `says, “Don't you do it,” until…`, `chanted “What curfew?” and kept going`: a quote that
                    // closes with its own punctuation is whole though the sentence goes on.
                    let closesItself = endsWithOwnPunctuation(qi) && punctuated
                    if cue.upperBound >= k, !objectOfCue, quoteEndsItsClause(qi) || closesItself || labelQuote,
                       let m = subject(ofVerb: v, floor: floor) ?? coordinated {
                        usedCue[v] = true
                        return Candidate(span: q.span, kind: .direct, cue: cue, speaker: m, rule: .leadingCue,
                                         confidence: 0.9, quote: qi)
                    }
                    break
                }
                if [".", ";", "!", "?"].contains(tokens[v].lower) { break }
                v -= 1
            }
        }
        return nil
    }

    /// Whether the opening mark at token `open` opens its paragraph right after a paragraph that
    /// ends in a comma (`… and they say,` ⏎ `“That is a nation with no clue.”`): a transcript's or
    /// a block quote's layout of `they say, “…”`. (A colon there is ``ColonSieve``'s.)
    func opensParagraphAfterCueComma(_ open: Int) -> Bool {
        tokens[open - 1].lower == "," && tokens[open - 1].paragraph + 1 == tokens[open].paragraph
    }

    /// Whether the reporter's sentence stops with quote `qi`: punctuation or the paragraph's end
    /// follow it, or it ends in its own full stop. `said that “a wise Latina” can bring…` goes on.
    func quoteEndsItsClause(_ qi: Int) -> Bool {
        if endsWithSentencePunctuation(qi) { return true }
        let close = closeToken[qi]
        guard close + 1 < tokens.count, tokens[close + 1].paragraph == tokens[close].paragraph else { return true }
        let next = tokens[close + 1]
        return !next.isWord || next.is(.reporting) || isOpenMark(close + 1)
    }
}
