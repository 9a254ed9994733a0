import WhosaidSyntax

/// `who` takes a person: in `anger from campaigners who said…`, `support among voters who say…`,
/// `criticism of the plan by residents who argued…` the antecedent of `who` is the noun phrase
/// after the preposition, for the noun before it (`anger`, `support`, `criticism`) is no one who
/// speaks. A noun of a person or a group before the preposition keeps the whole phrase (`Two
/// aides to the mayor who spoke…`, `the wife of a farmer who said…`): it may be the one the
/// clause is about, as news annotation names it.
extension Attributor {
    /// Phrase `m`, the antecedent read before a `who`, narrowed to the object of its last
    /// preposition when the noun before that preposition cannot speak (``isSpeakingNoun(_:)``).
    /// `m` itself otherwise.
    func personRelativeAntecedent(_ m: SpeakerMention, floor: Int) -> SpeakerMention {
        guard m.kind == .description, m.last > m.first + 1 else { return m }
        // The last preposition inside the phrase, with a noun right before it.
        guard let p = (m.first + 1..<m.last).last(where: { tokens[$0].tag == .adp && tokens[$0].quote == nil
                  && Self.antecedentPrepositions.contains(tokens[$0].lower) }),
              tokens[p - 1].tag == .noun, !isSpeakingNoun(tokens[p - 1].lower),
              let object = finder.phrase(endingAt: m.last, floor: p + 1), object.first == p + 1 || object.first > p,
              object.kind != .pronoun else { return m }
        // The object must be people itself: a group, a person's noun, or a name.
        let head = tokens[object.last].lower
        guard object.kind == .name || Lexicon.isGroupHead(head) || PersonNameIndex.isPersonNoun(head) else { return m }
        return object
    }

    /// Prepositions after a noun that cannot speak, before the people a `who` clause is about.
    static let antecedentPrepositions: WordSet = ["from", "of", "by", "among", "with"]

    /// Whether `noun` may itself be the person or people a `who` clause is about: a person's noun
    /// (singular or plural), a group (``Lexicon/groupHeads``, ``Lexicon/relationalPlurals``), a
    /// body of people (``peopleBodyNouns``) or an agent noun (``agentNounEndings``: `campaigner`); never
    /// an abstract noun (``Lexicon/nonSpeakerHeads``: `anger`). Unsure, it counts as speaking,
    /// and the phrase stays whole.
    func isSpeakingNoun(_ noun: String) -> Bool {
        if Lexicon.nonSpeakerHeads.contains(noun) { return false }
        let singular = noun.hasSuffix("s") && !noun.hasSuffix("ss") ? String(noun.dropLast()) : noun
        return PersonNameIndex.isPersonNoun(noun) || PersonNameIndex.isPersonNoun(singular)
            || Lexicon.groupHeads.contains(noun) || Lexicon.relationalPlurals.contains(noun) || Self.peopleBodyNouns.contains(singular)
            || Self.agentNounEndings.contains { singular.hasSuffix($0) }
    }

    /// Nouns of a body of people, which a `who` clause may be about (`a group of parents who…`
    /// keeps the group).
    static let peopleBodyNouns: WordSet = [
        "group", "team", "crowd", "family", "couple", "panel", "delegation", "coalition", "union", "board",
        "committee", "council", "band", "class", "staff", "campaign", "party", "generation", "community",
    ]
}
