import WhosaidSyntax

/// A passive participle that modifies the head of a description apposed to a name: `Janet Creel,
/// the woman accused of fraud, said she was innocent.` The participle of a verb that takes its
/// object before the preposition in the active (``passiveComplements``: `accused him of`,
/// `charged her with`) has no object there, so it is a reduced relative clause's: no cue, and the
/// name still speaks through its apposition. So is one that closes the apposition (`Janet Creel,
/// the woman charged, said…`).
extension Attributor {
    /// Most tokens of the description between the name's comma and the participle (`the
    /// longtime county clerk`).
    static let maxApposedParticipleDescriptionTokens = 6

    /// Whether the participle at `v` closes its apposition without a complement: a comma, then
    /// the name's own finite verb (`Janet Creel, the woman charged, said…`). Such a verb takes its
    /// object first in the active, so with none after it it is passive.
    func closesApposition(after v: Int) -> Bool {
        guard v + 2 < tokens.count, tokens[v + 1].lower == ",", tokens[v + 1].quote == nil else { return false }
        let next = tokens[v + 2]
        return next.quote == nil && !next.isCapitalized && (next.tag == .verb || next.tag == .aux) && !Lexicon.isGerund(next.lower)
            && next.sentence == tokens[v].sentence
    }

    /// Whether the participle at `v` (sentence from `first`) follows, with its preposition, the
    /// lower-case head noun of a description that a determiner or a possessive opens right after a
    /// name's comma: `Janet Creel, the woman accused of fraud,`, `Tom Hale, a contractor charged
    /// with theft,`. Not `…, the spokesman said in a statement` (`said` takes no object first).
    func isApposedDescriptionParticiple(_ v: Int, first: Int) -> Bool {
        // ``Lexicon/WordClass/agentlessCue`` marks every verb of ``passiveComplements`` (and a few
        // more): the class turns most words away before the table hashes them.
        guard v + 1 < tokens.count, v - 3 > first, tokens[v].is(.agentlessCue), let prepositions = Self.passiveComplements[tokens[v].lower],
              prepositions.contains(tokens[v + 1].lower) || closesApposition(after: v), tokens[v + 1].quote == nil,
              tokens[v - 1].tag == .noun, !tokens[v - 1].isCapitalized, tokens[v - 1].quote == nil else { return false }
        var d = v - 1
        while d - 1 > first, v - d < Self.maxApposedParticipleDescriptionTokens, tokens[d - 1].isWord, tokens[d - 1].quote == nil,
              !tokens[d - 1].isCapitalized || tokens[d - 1].lower.isPossessiveForm, tokens[d - 1].tag != .verb, tokens[d - 1].tag != .aux {
            d -= 1
        }
        let opener = tokens[d]
        guard opener.is(.determiner) || opener.lower.isPossessiveForm || MentionFinder.possessivePronouns.contains(opener.lower) else { return false }
        return d - 2 >= first && tokens[d - 1].lower == "," && tokens[d - 1].quote == nil && tokens[d - 2].tag == .propn
    }
}
