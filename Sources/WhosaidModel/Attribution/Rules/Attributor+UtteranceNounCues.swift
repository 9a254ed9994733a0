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
        "reaction", "assessment", "cry", "refrain", "rebuke", "riposte",
    ]

    /// Links between the utterance noun and its source.
    static let utteranceSourceLinks: WordSet = ["from", "of"]

    /// The speaker and cue of `“…,” came the reply from NAME` read from token `j` after the
    /// quote (and its comma), within `ceiling`: a linking verb, `the`, an utterance noun (one
    /// word may stand before it: `came the blunt reply from`), `from` or `of`, then the
    /// source, which is no pronoun. Nil for any other shape.
    func utteranceNounCue(at j: Int, ceiling: Int) -> (SpeakerMention, ClosedRange<Int>)? {
        guard j + 3 <= ceiling, Self.utteranceNounCueVerbs.contains(tokens[j].lower), tokens[j + 1].lower == "the" else { return nil }
        var noun = j + 2
        if noun + 1 <= ceiling, tokens[noun].isWord, !tokens[noun].isCapitalized, tokens[noun].quote == nil,
           Self.trailingUtteranceNouns.contains(tokens[noun + 1].lower) { noun += 1 }
        let link = noun + 1
        guard link < ceiling, Self.trailingUtteranceNouns.contains(tokens[noun].lower), tokens[noun].quote == nil,
              Self.utteranceSourceLinks.contains(tokens[link].lower),
              let m = finder.phrase(startingAt: link + 1, ceiling: ceiling), m.kind != .pronoun, m.first == link + 1 else { return nil }
        return (m, j...link)
    }
}
