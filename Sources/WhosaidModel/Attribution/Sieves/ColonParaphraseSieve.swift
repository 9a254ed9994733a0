import WhosaidSyntax

/// Stage 2, a frame over a sentence whose first part names someone's words and whose rest, after
/// a colon, gives them in the writer's words: the words' owner speaks the rest. The noun of
/// saying has its owner in a possessive or after `from`, and `is`/`was` with at most a short
/// complement before the colon (``Attributor/speechNounBeforeCopula(colon:first:)``). A quote
/// right after the colon is the colon sieve's (`The union's response was swift: “We strike.”`).
/// Switched off with the other statements without a reporting verb
/// (``Engine/Options/labelStatements``).
///
///     Her message to voters was simple: the city cannot afford it.   → she: "the city cannot afford it"
///     The demand from the union is clear: a raise of ten percent.    → the union: "a raise of ten percent"
struct ColonParaphraseSieve: SentenceSieve {
    var name: String { "colon-paraphrase" }
    var rules: Set<AttributionRule> { [.nounCue] }
    func isOn(_ options: Engine.Options) -> Bool { options.labelStatements }
    func statement(sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> Candidate? {
        a.colonParaphrase(first: first, last: last)
    }
}

extension Attributor {
    /// The fewest words of a paraphrase after the colon: fewer is a label or a one-word verdict.
    static let minColonParaphraseWords = 3

    /// The paraphrase statement of the sentence `first...last`, or nil.
    func colonParaphrase(first: Int, last: Int) -> Candidate? {
        // The cheap test first: this runs at every sentence; most have no colon.
        var colon = first + 3
        while colon < last, tokens[colon].isWord || tokens[colon].lower != ":" { colon += 1 }
        guard colon < last, tokens[colon].quote == nil, tokens[colon + 1].quote == nil, !isOpenMark(colon + 1),
              let noun = speechNounBeforeCopula(colon: colon, first: first), tokens[noun].tag == .noun,
              Self.colonSpeechNouns.contains(tokens[noun].lower),
              let owner = colonWordsOwner(noun: noun, colon: colon, first: first) else { return nil }
        var end = last
        while end > colon, !tokens[end].isWord, tokens[end].quote == nil { end -= 1 }
        guard end > colon, let span = clauseSpan(from: colon + 1, to: end),
              wordCount(span) >= Self.minColonParaphraseWords else { return nil }
        return make(span, cue: noun...noun, owner, .nounCue, 0.6)
    }

    /// Whose words the noun of saying at `noun` names: a possessive before it (`Lind's message`,
    /// `Her answer` opening the sentence) or a name or description after `from` (`The message
    /// from the union`), up to the copula before `colon`.
    func colonWordsOwner(noun: Int, colon: Int, first: Int) -> SpeakerMention? {
        if let owner = possessor(before: noun, floor: first, nounModifiers: true), owner.kind != .pronoun || owner.first == first {
            return owner
        }
        guard noun + 2 < colon, tokens[noun + 1].lower == "from",
              let m = finder.phrase(startingAt: noun + 2, ceiling: colon - 1), m.kind != .pronoun,
              ColonSieve.copulaForms.contains(tokens[m.lastWithRole + 1].lower) else { return nil }
        return m
    }
}
