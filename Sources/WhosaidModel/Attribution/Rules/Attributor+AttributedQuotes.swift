import WhosaidSyntax

/// A quotation introduced as someone's by a passive participle: `a line attributed to Mark
/// Twain: “…”`, `the saying credited to Confucius — “…”`. The one the words are attributed to is
/// the speaker, named right before the quote.
extension Attributor {
    /// Participles that give words to the one after "to".
    static let attributingParticiples: WordSet = ["attributed", "ascribed", "credited"]

    /// The statement quote `qi` makes after `… attributed to NAME`, a colon, comma or dash between.
    func attributedQuote(_ qi: Int) -> Candidate? {
        let open = openToken[qi]
        guard open >= 4, paragraphOf(open - 1) == paragraphOf(open),
              tokens[open - 1].lower.isOne(of: ":", ",", "\u{2014}", "\u{2013}", "--", "-") else { return nil }
        let floor = max(sentenceFirst[tokens[open - 1].sentence], 0)
        // The name: the capitalised words after "to" (a phrase read back from the name would run on through "to").
        var f = open - 2
        while f - 1 > floor, open - 2 - f < Narrator.longestName, tokens[f - 1].isCapitalized, tokens[f - 1].isWord { f -= 1 }
        guard f - 2 >= floor, tokens[f - 1].lower == "to", Self.attributingParticiples.contains(tokens[f - 2].lower),
              let m = finder.phrase(startingAt: f, ceiling: open - 2), m.kind == .name, m.last == open - 2 else { return nil }
        return Candidate(span: quotes[qi].span, kind: .direct, cue: (f - 2)...(f - 1), speaker: m, rule: .leadingCue,
                         confidence: 0.8, quote: qi)
    }
}
