import WhosaidSyntax

/// A verb no word list holds, right beside a quotation, is its cue when the shape leaves no other
/// reading: `“What changed?” Beck questioned.`, `“Let me help,” the nominee riffed on the
/// answer.`, `“Who is he?” reacted Trump.` The quote must end on a comma, a question mark or an
/// exclamation mark (one ending on a full stop may be followed by a new sentence: `“Yes.” Lee
/// left.`) and open its sentence, and the verb must close its clause or take only an adverb or a
/// prepositional phrase, or open the second half of a quotation it splits (`“The way I see it,”
/// Hale elaborated, “nobody asked.”`), which then takes the same cue.
extension Attributor {
    /// The speaker and cue of quote `qi` when an unlisted verb stands in a cue's place after it,
    /// starting at token `j`, or nil.
    func unlistedVerbSpeaker(quote qi: Int, at j: Int, ceiling: Int) -> (SpeakerMention, ClosedRange<Int>)? {
        // The quote opens its sentence: after words of the reporter's (`When Lee said “X,” the
        // crowd applauded`) the verb is the reporter's clause's own.
        let open = openToken[qi]
        guard j <= ceiling, endsWithCueInvitingMark(qi), open == sentenceFirst[tokens[open].sentence] else { return nil }
        // "“Who is he?” reacted Trump.": the verb, then a name closing the sentence.
        // "“Choke!” blared the front page of the Herald.": or a description with its article.
        if isUnlistedCueVerb(j), let m = finder.phrase(startingAt: j + 1, ceiling: ceiling),
           m.kind == .name || m.kind == .description && tokens[m.first].is(.determiner)
            && !MentionFinder.possessivePronouns.contains(tokens[m.first].lower),
           endsSentence(after: m.lastWithRole, last: ceiling) {
            return (m, j...j)
        }
        // "“What changed?” Beck questioned.": a subject, then the verb.
        // A description speaks with an article (`the nominee`), not a possessive (`Her notes`).
        guard let m = finder.phrase(startingAt: j, ceiling: ceiling),
              m.kind != .description || tokens[m.first].is(.determiner) && !MentionFinder.possessivePronouns.contains(tokens[m.first].lower)
        else { return nil }
        var v = m.lastWithRole + 1
        while v <= ceiling, tokens[v].is(.verbModifier) { v += 1 }
        guard v <= ceiling, isUnlistedCueVerb(v) else { return nil }
        let next = v + 1
        guard cueEndsClause(v, ceiling: ceiling) || next <= ceiling && (tokens[next].tag == .adp || tokens[next].tag == .adv)
                || splitsQuotation(quote: qi, comma: next) else { return nil }
        return (m, v...v)
    }

    /// Whether the token at `comma` is a comma that opens the second half of a quotation that
    /// quote `qi` began with a comma of its own (`“The way I see it,” she elaborated, “nobody
    /// asked.”`): the words between the halves are their cue, whatever the verb.
    func splitsQuotation(quote qi: Int, comma: Int) -> Bool {
        comma + 1 < tokens.count && tokens[comma].lower == "," && tokens[comma].quote == nil && isOpenMark(comma + 1)
            && lastMark(ofQuote: qi) == ","
    }

    /// Whether the unlisted verb at `v` stands between the halves of a split quotation, quote `qi`
    /// being the second (`“The way I see it,” Hale elaborated, “nobody asked.”`): the cue of the
    /// first half (``unlistedVerbSpeaker(quote:at:ceiling:)``) leads the second too.
    func isSplitQuotationCue(_ v: Int, quote qi: Int) -> Bool {
        guard qi > 0, isUnlistedCueVerb(v), splitsQuotation(quote: qi - 1, comma: v + 1), v + 2 == openToken[qi] else { return false }
        let close = closeToken[qi - 1]
        return close < v && v - close <= Self.maxLeadingCueReach && paragraphOf(close) == paragraphOf(v)
    }

    /// Whether the token at `v` can be an unlisted cue verb: a verb in the past or present tense
    /// (not a participle in -ing, not an auxiliary).
    func isUnlistedCueVerb(_ v: Int) -> Bool {
        let t = tokens[v]
        return t.tag == .verb && t.quote == nil && t.isWord && !t.isCapitalized && !Lexicon.isGerund(t.lower)
            && (t.lower.endsWith("ed") || t.lower.endsWith("s"))
    }

    /// Whether quote `qi` ends on a comma, a question mark or an exclamation mark.
    func endsWithCueInvitingMark(_ qi: Int) -> Bool {
        (lastMark(ofQuote: qi)).isOne(of: ",", "!", "?")
    }
}
