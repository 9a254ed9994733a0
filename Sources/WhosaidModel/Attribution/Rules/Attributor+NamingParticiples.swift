import WhosaidSyntax

/// `a microbe called Veillonella minor`, `A startup called Quillon raised…`, `in a village
/// named Ashby`: a past participle of naming right after an indefinite noun phrase (or the
/// object of a preposition) and before a name is a reduced relative that gives the thing's
/// name, not a speaker labelling an object. No label statement is read there.
///
/// A noun of a person before the participle may be a subject that labels (`A neighbour called
/// Tom a liar`): it is a naming participle only when no label follows the name (`a man called
/// Tom knocked`).
extension Attributor {
    /// Past participles that name the noun before them.
    static let namingParticiples: WordSet = ["called", "named", "dubbed", "nicknamed", "titled", "entitled"]
    /// Most modifier words between a naming participle's noun phrase determiner and the participle.
    static let maxNamedPhraseWords = 4

    /// Whether the verb at `v` (sentence from `first` to `last`) is a naming participle.
    func isNamingParticiple(_ v: Int, first: Int, last: Int) -> Bool {
        guard v - 1 > first, v + 1 <= last, Self.namingParticiples.contains(tokens[v].lower), tokens[v].quote == nil else { return false }
        let noun = tokens[v - 1]
        guard noun.tag == .noun, noun.quote == nil, !noun.isCapitalized, tokens[v + 1].isCapitalized, tokens[v + 1].isWord,
              tokens[v + 1].quote == nil else { return false }
        // The noun phrase before: modifiers back to its determiner, or to a preposition.
        var k = v - 2
        while k >= first, v - 1 - k <= Self.maxNamedPhraseWords, [.adj, .noun, .num].contains(tokens[k].tag), !tokens[k].isCapitalized {
            k -= 1
        }
        guard k >= first else { return false }
        let indefinite = ["a", "an"].contains(tokens[k].lower)
        let prepositionObject = tokens[k].tag == .adp || tokens[k].tag == .det && k - 1 >= first && tokens[k - 1].tag == .adp
        guard indefinite || prepositionObject else { return false }
        let head = noun.lower
        let singular = head.hasSuffix("s") && !head.hasSuffix("ss") ? String(head.dropLast()) : head
        guard PersonNameIndex.isPersonNoun(head) || PersonNameIndex.isPersonNoun(singular) else { return true }
        // A person's noun: naming only when the name is not followed by a label (`called Tom a liar`).
        var e = v + 1
        while e + 1 <= last, tokens[e + 1].isCapitalized, tokens[e + 1].isWord { e += 1 }
        guard e + 1 <= last else { return true }
        return !(Self.labelDeterminers.contains(tokens[e + 1].lower) || isLabelAdjective(e + 1))
    }
}
