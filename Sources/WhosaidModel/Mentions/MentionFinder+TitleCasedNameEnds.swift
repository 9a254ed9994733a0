import WhosaidSyntax

/// `Food For All said…`, `Meals For Everyone warned…`: a title-cased organisation name may end in a
/// capitalised function word after a capitalised preposition (``MentionFinder/isCapitalisedNameLink(_:floor:)``).
/// Running text writes `for all` in lower case, so capitals on both words, after a capitalised
/// name word, mark the name's last word, not a determiner or pronoun that ends the phrase.
extension MentionFinder {
    /// Function words that may close a title-cased name after its preposition (`For All`, `For
    /// Everyone`): determiners and indefinite pronouns that stand alone as a preposition's
    /// object. (Not the personal pronouns, `For Us`, which the subject readers take as pronouns.)
    static let titleCasedNameFinalWords: WordSet = ["all", "everyone", "everybody"]

    /// Whether token `k` is a function word (``titleCasedNameFinalWords``) that closes a
    /// title-cased name: capitalised, inside its sentence, after a capitalised preposition of
    /// ``capitalisedNamePrepositions`` that itself follows a capitalised word that is no
    /// function word, and with no capitalised word after it (the name ends there).
    func closesTitleCasedName(_ k: Int, floor: Int) -> Bool {
        guard k - 2 >= floor, k < tokens.count, tokens[k].isCapitalized, tokens[k].quote == nil,
              Self.titleCasedNameFinalWords.contains(tokens[k].lower), !isSentenceStart(k), !isSentenceStart(k - 1) else { return false }
        let link = tokens[k - 1], before = tokens[k - 2]
        guard link.isCapitalized, link.quote == nil, link.tag == .adp, Self.capitalisedNamePrepositions.contains(link.lower),
              before.isWord, before.isCapitalized, before.quote == nil, !before.is(.stopWord), !before.lower.hasSuffix(".") else { return false }
        return k + 1 >= tokens.count || !tokens[k + 1].isWord || !tokens[k + 1].isCapitalized || isSentenceStart(k + 1)
    }
}
