import WhosaidSyntax

/// Fixes the last word of a title-cased name that the tagger read as a determiner or pronoun:
/// in `Food For All said…` and `Meals For Everyone warned…` the capitalised `All` and `Everyone`
/// close the organisation's name after its capitalised preposition, and are proper nouns there
/// (``MentionFinder/closesTitleCasedName(_:floor:)`` reads the same shape for the phrase).
enum TitleCasedNameEndTagRepair {
    /// Retags as a proper noun every word of ``MentionFinder/titleCasedNameFinalWords`` in the
    /// sentence `range` that closes a title-cased name: capitalised, after a capitalised
    /// preposition of ``MentionFinder/capitalisedNamePrepositions`` that follows a capitalised
    /// word that is no function word, and before no capitalised word.
    static func repair(_ tokens: inout Tokens, _ range: Range<Int>) {
        guard range.count >= 3 else { return }
        for k in (range.lowerBound + 2)..<range.upperBound where tokens[k].isCapitalized
            && MentionFinder.titleCasedNameFinalWords.contains(tokens[k].lower) && closesName(k, tokens, range) {
            tokens[k].tag = .propn
        }
    }

    /// Whether the function word at `k` closes a title-cased name (see ``repair(_:_:)``).
    static func closesName(_ k: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        let link = tokens[k - 1], before = tokens[k - 2]
        guard tokens[k].quote == nil, link.isCapitalized, link.quote == nil, link.tag == .adp,
              MentionFinder.capitalisedNamePrepositions.contains(link.lower),
              before.kind == .word, before.isCapitalized, before.quote == nil, !before.is(.stopWord),
              !before.lower.hasSuffix(".") else { return false }
        return k + 1 >= range.upperBound || tokens[k + 1].kind != .word || !tokens[k + 1].isCapitalized
    }
}
