import WhosaidSyntax

/// Words written on a thing: `held up a sign reading “Save our library”`, `banners appeared
/// outside the office that said “We won.”`, `One message read: “Go home.”`. The thing that carries
/// the words (a sign, a banner, a message…) speaks them, as a tweet or a statement does.
/// Elsewhere `read “…”` names a work read aloud (`She read “The Raven”`) and makes no statement.
extension Attributor {
    /// Nouns of things that carry written words. A worn slogan (`a shirt reading “…”`, `a hat
    /// that said`) is a garment's print that news rarely counts as said, and stays out.
    static let inscriptionNouns: WordSet = [
        "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters",
        "billboard", "billboards", "message", "messages", "bottle", "bottles", "headline", "headlines",
    ]
    /// Inscriptions with an author, whose participle (`sent a message saying`) gives the words to the sender.
    static let authoredInscriptionNouns: WordSet = ["message", "messages"]
    /// Verb forms by which such a thing carries its words (`a sign reading`, `a banner that said`).
    static let inscriptionVerbs: WordSet = ["read", "reads", "reading", "said", "says", "saying"]
    /// Relative pronouns between such a thing and its verb (`a sign that read`, `the sign — which read`).
    static let inscriptionRelatives: WordSet = ["that", "which"]
    /// Most tokens from the relative pronoun back to the thing it stands for (`banners appeared
    /// in front of the office that said`).
    static let maxInscriptionAntecedentReach = 8

    /// Most tokens of the thing's noun group before its noun.
    static let maxInscriptionNounGroup = 5
    /// Tags of the words of that noun group.
    static let inscriptionGroupTags: Set<UPOS> = [.det, .adj, .noun, .propn, .num]

    /// The statement quote `qi` makes as the words on a thing named right before its verb.
    func inscriptionQuote(_ qi: Int) -> Candidate? {
        let open = openToken[qi]
        guard open >= 2, paragraphOf(open - 1) == paragraphOf(open) else { return nil }
        var v = open - 1
        if [",", ":"].contains(tokens[v].lower) { v -= 1 }
        guard v >= 1, tokens[v].quote == nil, !tokens[v].isCapitalized, Self.inscriptionVerbs.contains(tokens[v].lower) else { return nil }
        let floor = max(sentenceFirst[tokens[v].sentence], 0)
        var head = v - 1
        // "the sign — which read", "banners appeared … that said": the thing the pronoun stands for.
        if !Lexicon.isGerund(tokens[v].lower), head > floor, tokens[head].quote == nil, Self.inscriptionRelatives.contains(tokens[head].lower) {
            var k = head - 1
            while k >= floor, head - k <= Self.maxInscriptionAntecedentReach, tokens[k].quote == nil, !isCloseMark(k),
                  !Self.clauseEndMarks.contains(tokens[k].lower), !Self.inscriptionNouns.contains(tokens[k].lower) { k -= 1 }
            head = k
        }
        guard head >= floor, tokens[head].quote == nil, Self.inscriptionNouns.contains(tokens[head].lower),
              // "Pike sent a message saying, “…”": a message someone sends is theirs; only one that
              // reads or says something on its own speaks (`One message read “…”`).
              !(Lexicon.isGerund(tokens[v].lower) && Self.authoredInscriptionNouns.contains(tokens[head].lower)) else { return nil }
        // The thing's noun group (`a Donald Trump campaign sign`, `water bottles`), never more of
        // the clause (`handed out water bottles`).
        var start = head
        // An organisation's name inside it keeps its `of` (`an Arizona Department of Transportation sign`).
        while start - 1 >= floor, head - start < Self.maxInscriptionNounGroup, tokens[start - 1].quote == nil,
              Self.inscriptionGroupTags.contains(tokens[start - 1].tag)
                || tokens[start - 1].lower == "of" && start - 2 >= floor && tokens[start].isCapitalized && tokens[start - 2].isCapitalized {
            start -= 1
        }
        let m = finder.make(first: start, last: head, kind: .description)
        return Candidate(span: quotes[qi].span, kind: .direct, cue: v...v, speaker: m, rule: .leadingCue,
                         confidence: 0.8, quote: qi)
    }
}
