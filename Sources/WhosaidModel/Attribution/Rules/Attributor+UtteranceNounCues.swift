import WhosaidSyntax

/// A quote named as someone's words after it: `“…,” came the reply from the minister`, `“…,”
/// was the verdict of one senior backbencher`, `“…,” was the message from captain Declan Rice`.
/// The source after `from` or `of` speaks the quote.
extension Attributor {
    /// Verbs that link a quote to the noun naming it (`was the verdict`, `came the reply`).
    static let utteranceNounCueVerbs: WordSet = ["was", "is", "were", "are", "came", "comes"]

    /// Nouns naming words spoken that a trailing `from`/`of` phrase gives a source.
    static let trailingUtteranceNouns: WordSet = [
        "words", "answer", "reply", "message", "warning", "plea", "verdict", "response", "retort",
        "reaction", "assessment", "cry", "refrain", "rebuke", "riposte", "view",
    ]

    /// Links between the utterance noun and its source.
    static let utteranceSourceLinks: WordSet = ["from", "of"]

    /// The speaker and cue of `“…,” came the reply from NAME` read from token `j` after the
    /// quote (and its comma), within `ceiling`: a linking verb, `the`, an utterance noun (one
    /// word may stand before it: `came the blunt reply from`), `from` or `of`, then the
    /// source, which is no pronoun. Also the possessed shape (`was Pruett's response`,
    /// ``possessedUtteranceNounCue(at:ceiling:)``) and the manner shape (`was how one official
    /// described it`, ``mannerCue(at:ceiling:)``). Nil for any other shape.
    func utteranceNounCue(at j: Int, ceiling: Int) -> (SpeakerMention, ClosedRange<Int>)? {
        guard j + 2 <= ceiling, Self.utteranceNounCueVerbs.contains(tokens[j].lower) else { return nil }
        if quotedWordsEndBefore(j), let r = possessedUtteranceNounCue(at: j, ceiling: ceiling) { return r }
        if let r = mannerCue(at: j, ceiling: ceiling) { return r }
        guard j + 3 <= ceiling, tokens[j + 1].lower == "the" else { return nil }
        var noun = j + 2
        if noun + 1 <= ceiling, tokens[noun].isWord, !tokens[noun].isCapitalized, tokens[noun].quote == nil,
           Self.trailingUtteranceNouns.contains(tokens[noun + 1].lower) { noun += 1 }
        let link = noun + 1
        guard link < ceiling, Self.trailingUtteranceNouns.contains(tokens[noun].lower), tokens[noun].quote == nil,
              Self.utteranceSourceLinks.contains(tokens[link].lower),
              // "That is the view from Lake Geneva": a view has an owner (`of`), not a place it is seen from.
              tokens[noun].lower != "view" || tokens[link].lower == "of",
              let m = finder.phrase(startingAt: link + 1, ceiling: ceiling), m.kind != .pronoun, m.first == link + 1 else { return nil }
        return (m, j...link)
    }

    /// Most words the owner of an utterance noun may take after the linking verb (`was the
    /// Mayor's office's reply`).
    static let maxUtteranceOwnerWords = 5

    /// Linking verbs in the past that report a response (`was her reply`); in the present the
    /// shape is the idiom of a rival product (`“Threads” is Meta's answer to Twitter`).
    static let pastUtteranceNounCueVerbs: WordSet = ["was", "were", "came"]

    /// Whether the quote that closes right before the linking verb at `j` ends with its own
    /// punctuation, as words spoken do (`“Never,” was`, `“Why?” was`), and is no title of
    /// several capitalised words (`“Operation Warp Speed,” was the administration's response`).
    func quotedWordsEndBefore(_ j: Int) -> Bool {
        guard j >= 2 else { return false }
        let close = tokens[j - 1].lower == "," ? j - 2 : j - 1
        guard close >= 1, isCloseMark(close), let qi = tokens[close - 1].quote ?? (close >= 2 ? tokens[close - 2].quote : nil) else {
            return false
        }
        let punctuated = tokens[j - 1].lower == "," || tokens[close - 1].lower.isOne(of: ",", "?", "!")
        return punctuated && !(isTitleLike(qi) && wordCount(quotes[qi].content) > 1)
    }

    /// The speaker and cue of `“Never,” was Pruett's response` or `“…,” was his blunt reply`
    /// read from the linking verb at `j` (a past one: ``pastUtteranceNounCueVerbs``): the owner
    /// of the utterance noun speaks. The noun must close the clause or take a phrase that opens
    /// with one of ``utteranceNounClosers`` (`was her reply to critics`, `was his answer when
    /// asked`), so that `was Pruett's response team` does not match.
    func possessedUtteranceNounCue(at j: Int, ceiling: Int) -> (SpeakerMention, ClosedRange<Int>)? {
        guard Self.pastUtteranceNounCueVerbs.contains(tokens[j].lower) else { return nil }
        var n = j + 1
        while n <= min(ceiling, j + Self.maxUtteranceOwnerWords + Self.maxPossessedNounModifiers),
              !Self.trailingUtteranceNouns.contains(tokens[n].lower) {
            guard tokens[n].isWord, tokens[n].quote == nil else { return nil }
            n += 1
        }
        guard n <= ceiling, n > j + 1, Self.trailingUtteranceNouns.contains(tokens[n].lower), tokens[n].quote == nil,
              n == ceiling || !tokens[n + 1].isWord || Self.utteranceNounClosers.contains(tokens[n + 1].lower),
              let m = possessor(before: n, floor: j + 1), m.first == j + 1 else { return nil }
        return (m, j...n)
    }

    /// Words that may follow an utterance noun that closes its clause (`was her reply to critics`).
    static let utteranceNounClosers: WordSet = ["to", "when", "after", "as", "on", "in"]

    /// Speech verbs whose manner a quote can name: `“A disaster,” was how one official described
    /// the vote`.
    static let mannerSpeechVerbs: WordSet = [
        "described", "describes", "put", "puts", "summed", "sums", "characterized", "characterised",
        "characterizes", "characterises", "explained", "explains",
    ]

    /// Most words of the subject between `how` and its speech verb.
    static let maxMannerSubjectWords = 6

    /// The speaker and cue of `“…,” was how one official described it` read from the linking
    /// verb at `j`: the subject between `how` and a speech verb of manner speaks the quote.
    func mannerCue(at j: Int, ceiling: Int) -> (SpeakerMention, ClosedRange<Int>)? {
        guard j + 3 <= ceiling, tokens[j + 1].lower == "how", tokens[j + 1].quote == nil,
              let m = finder.phrase(startingAt: j + 2, ceiling: ceiling),
              m.first == j + 2, m.last - m.first < Self.maxMannerSubjectWords else { return nil }
        // "was how Tom Reyes, the coach, described it": the verb after the role.
        var v = m.lastWithRole + 1
        if m.lastWithRole > m.last, v <= ceiling, tokens[v].lower == "," { v += 1 }
        guard v <= ceiling, Self.mannerSpeechVerbs.contains(tokens[v].lower), tokens[v].quote == nil else { return nil }
        return (m, j...v)
    }
}
