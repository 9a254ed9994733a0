import WhosaidSyntax

/// `“…,” the 21-year-old forward said.`, `“…,” said the veteran forward.`, `the left back
/// said`: a team position the tagger reads as an adverb by its common sense (`moved forward`,
/// `came back`) heads a determined noun phrase when modifiers, or none, lead back from it to a
/// determiner and the phrase is a cue's subject: right before a reporting verb, or right after an inverted
/// one that follows a quote or a comma. The word then is the phrase's head noun, so the phrase
/// speaks.
enum PositionNounTagRepair {
    /// Team positions whose word is also an adverb.
    static let adverbPositions: WordSet = ["forward", "back", "forwards", "backs"]

    static func repair(_ tokens: inout Tokens, _ range: Range<Int>) {
        // The adverbs found by their tags alone, after the sentence's first word: most words are none.
        guard !range.isEmpty else { return }
        var k = tokens.nextIndex(taggedAs: .adv, from: range.lowerBound + 1, to: range.upperBound)
        while k < range.upperBound {
            defer { k = tokens.nextIndex(taggedAs: .adv, from: k + 1, to: range.upperBound) }
            let t = tokens[k]
            guard t.kind == .word, !t.isCapitalized, t.quote == nil, adverbPositions.contains(t.lower),
                  let d = determinerBefore(k, tokens, range) else { continue }
            let next = k + 1 < range.upperBound ? tokens[k + 1] : nil
            let beforeCue = next.map { $0.tag == .verb && $0.is(.reporting) && !Lexicon.isGerund($0.lower) } == true
            let closesInvertedSubject = d - 2 >= range.lowerBound && tokens[d - 1].tag == .verb && tokens[d - 1].is(.reporting)
                && !Lexicon.isGerund(tokens[d - 1].lower)
                && (SubjectTagRepair.isClosingQuoteMark(tokens[d - 2]) || tokens[d - 2].lower == ",")
                && next.map { $0.kind == .punctuation || $0.lower == "who" } != false
            if beforeCue || closesInvertedSubject { tokens[k].tag = .noun }
        }
    }

    /// The determiner (or number) that opens the phrase of the position word at `k`, right before
    /// it or through at most ``SubjectTagRepair/maxModifiersAfterDeterminer`` lower-case
    /// modifiers (adjectives, nouns, numbers, participles in -ing: `the veteran`, `the
    /// 21-year-old`, `the running`), or nil.
    static func determinerBefore(_ k: Int, _ tokens: Tokens, _ range: Range<Int>) -> Int? {
        var j = k - 1
        while j >= range.lowerBound, k - 1 - j <= SubjectTagRepair.maxModifiersAfterDeterminer {
            let w = tokens[j]
            // "The forward said": right after a determiner the word can only be the noun.
            if j == k - 1, w.quote == nil, SubjectTagRepair.phraseDeterminers.contains(w.lower) { return j }
            // "the 21-year-old": an age is a number token.
            guard w.kind == .word || w.kind == .number, w.quote == nil, !w.isCapitalized || j < k - 1 else { return nil }
            if j < k - 1, SubjectTagRepair.phraseDeterminers.contains(w.lower) { return j }
            guard w.tag == .adj || w.tag == .noun || w.tag == .num || w.tag == .verb && Lexicon.isGerund(w.lower),
                  !w.isCapitalized else { return nil }
            j -= 1
        }
        return nil
    }
}
