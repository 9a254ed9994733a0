import WhosaidSyntax

/// `McDonald's said it would raise wages.`: a company named with a possessive ending (`Macy's`,
/// `Moody's`, `Trader Joe's`). Before a noun such a word is its owner's (`Clinton's comments`),
/// and before a verb it may be `has` fused to a name (`Lee's said little`), in an article that
/// names Lee without the ending too. Read as the name itself only where the document never
/// writes the word without its ending, as an article about a company does, and a finite verb
/// follows at once or after adverbs. (In a text that never names Lee bare, `Lee's said` gives
/// Lee's, the same speaker under the written form.) A role apposed between commas may stand
/// between the name and its verb (`Wendy's, the burger chain, said`).
extension Attributor {
    /// Whether the name `m` ending in a possessive form is the subject of verb `v` as a whole,
    /// `'s` included: `m` is a name whose last word the tagger reads as one (not `Let's`), only
    /// adverbs stand between it (or the role apposed to it, ``afterApposedRole(of:verb:)``) and `v`, `v` is tagged a verb and is no gerund, `m` opens its
    /// clause without a title (``opensClauseWithoutTitle(_:)``), and no capitalised word of the
    /// document is `m`'s last word without the ending (``bareCapitalisedWords()``).
    func isPossessiveShapedName(_ m: SpeakerMention, verb v: Int) -> Bool {
        guard m.kind == .name, v > m.last, tokens[v].tag == .verb, !Lexicon.isGerund(tokens[v].lower),
              tokens[m.last].isCapitalized, tokens[m.last].tag == .propn, tokens[m.last].lower.isPossessiveForm,
              (afterApposedRole(of: m, verb: v)..<v).allSatisfy({ tokens[$0].tag == .adv }), opensClauseWithoutTitle(m) else { return false }
        let stem = String(tokens[m.last].lower.dropLast(2))
        return !stem.isEmpty && !bareCapitalisedWords().contains(stem)
    }

    /// The first token after `m` toward its verb `v`, past the role apposed to it between commas
    /// (`Wendy's, the burger chain, said`: the role a description, the second comma the last
    /// before `v`); `m.last + 1` when no role is apposed. One pass over the tokens before `v`.
    func afterApposedRole(of m: SpeakerMention, verb v: Int) -> Int {
        let open = m.last + 1
        guard m.role != nil, open + 2 < v, tokens[open].lower == ",", tokens[open].quote == nil,
              let close = (open + 1..<v).last(where: { tokens[$0].lower == "," }), close > open + 1, tokens[close].quote == nil,
              let role = finder.phrase(startingAt: open + 1, ceiling: close - 1), role.kind == .description,
              role.lastWithRole == close - 1 || role.last == close - 1 else { return open }
        return close + 1
    }

    /// Whether `m` has no title (a company has none: `Pres. Obama's highly criticized…`) and
    /// stands where a subject does, not after a verb, a preposition or a coordinator
    /// (`discussed Obama's…`).
    func opensClauseWithoutTitle(_ m: SpeakerMention) -> Bool {
        guard m.title == nil, !finder.isTitle(m.first) else { return false }
        guard m.first > 0 else { return true }
        let before = tokens[m.first - 1]
        // (`isTitle` takes any short word ending in a full stop, the stop itself too.)
        // Nor in a list (`Lee's campaign and McDonald's said`), whose whole is the subject.
        return !(before.isWord && finder.isTitle(m.first - 1)) && ![.verb, .aux, .adp, .cconj].contains(before.tag)
    }

    /// The lower-cased words the document writes capitalised and without a possessive ending,
    /// read once a document and kept in ``bareCapitalisedWordSet`` (a scan per question would
    /// make a text of many such subjects quadratic).
    func bareCapitalisedWords() -> Set<String> {
        if let words = bareCapitalisedWordSet.words { return words }
        var words = Set<String>()
        for k in 0..<tokens.count where tokens[k].isCapitalized && !tokens[k].lower.isPossessiveForm {
            words.insert(tokens[k].lower)
        }
        bareCapitalisedWordSet.words = words
        return words
    }
}
