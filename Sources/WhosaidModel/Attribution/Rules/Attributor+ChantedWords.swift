/// Verbs of voicing whose object is the words themselves (`chanting “No justice, no peace”`,
/// `shouted “Shame on you” until…`): a quotation right after one is what was voiced, a direct
/// quote, even when the reporter's clause goes on after it (`…, chanting “Pay us now” after the
/// talks collapsed`). A single lower-case word is a term (`yell “fire”`, `crying “fraud”`), and a
/// quote a verb follows is a clause's subject (`shouted “the house” was on fire`): both stay mixed.
extension Attributor {
    /// Verbs whose object is the words voiced, never a reported clause.
    static let voicingVerbs = WordSet(Set(["chant", "shout", "yell", "scream", "holler", "bellow", "shriek"].flatMap(Lexicon.inflections)))
    /// Fewest words of a quote voiced in lower case without closing punctuation of its own
    /// (`chanting “no contract, no peace”`); one word is a term.
    static let minVoicedWords = 2

    /// The last token of the quote opening at `c` right after the voicing verb at `v`, when that
    /// quote is the whole of what was voiced though the sentence goes on to `end`.
    func voicedQuoteClose(verb v: Int, at c: Int, end: Int) -> Int? {
        guard c == v + 1, Self.voicingVerbs.contains(tokens[v].lower), isOpenMark(c) else { return nil }
        let qi = firstQuote(endingAfter: tokens[c].start)
        guard qi < quotes.count, openToken[qi] == c, closeToken[qi] < end else { return nil }
        let next = tokens[closeToken[qi] + 1]
        // "chanting “Bernie or bust,” raising fresh doubts": a participle after it is the reporter's.
        let predicate = next.tag == .aux || next.tag == .verb && !Lexicon.isGerund(next.lower)
        guard !predicate, next.quote == nil,
              opensSentence(qi) || endsWithOwnPunctuation(qi) || wordCount(quotes[qi].content, upTo: Self.minVoicedWords) >= Self.minVoicedWords
        else { return nil }
        return closeToken[qi]
    }
}

/// `their chants of “Recount now!”`, `Her supporters answered with chants of “Four more years!”`:
/// the words of a chant named by its noun are a direct quote, voiced by the noun's possessor or
/// by the subject of an active verb the `with` phrase follows. A chant that greets someone
/// (`was met with chants of “…”`, `to chants of “…”`) names no one who voiced it and stays out.
extension Attributor {
    /// Nouns of voiced words whose `of` phrase is what was voiced.
    static let chantNouns: WordSet = ["chant", "chants", "shouts", "cries"]

    /// The statement quote `qi` makes after `chants of`, if its voicer is named.
    func chantNounQuote(_ qi: Int) -> Candidate? {
        let open = openToken[qi]
        guard open >= 3, paragraphOf(open - 1) == paragraphOf(open), tokens[open - 1].lower == "of", tokens[open - 1].quote == nil else { return nil }
        let n = open - 2
        guard tokens[n].quote == nil, Self.chantNouns.contains(tokens[n].lower) else { return nil }
        let floor = max(sentenceFirst[tokens[n].sentence], 0)
        var speaker = possessor(before: n, floor: floor)
        // "answered with chants of": the active verb's subject; "was met with" is passive.
        if speaker == nil, n - 2 >= floor, tokens[n - 1].lower == "with", tokens[n - 2].tag == .verb, !isPassive(n - 2, first: floor) {
            speaker = subject(ofVerb: n - 2, floor: floor)
        }
        guard let m = speaker else { return nil }
        return Candidate(span: quotes[qi].span, kind: .direct, cue: n...(n + 1), speaker: m, rule: .leadingCue,
                         confidence: 0.8, quote: qi)
    }
}
