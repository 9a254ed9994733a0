import WhosaidSyntax

/// Words written on a thing: `held up a sign reading “Save our library”`, `banners appeared
/// outside the office that said “We won.”`, `One message read: “Go home.”`. The thing that carries
/// the words (a sign, a banner, a message…) speaks them, as a tweet or a statement does; a message
/// someone is said to send (`posted a message reading “…”`) gives its words to the sender.
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
        if tokens[v].lower.isOne(of: ",", ":") { v -= 1 }
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
        // "posted a message on Twitter reading": the thing before a short place or medium phrase.
        if head > floor, !Self.inscriptionNouns.contains(tokens[head].lower) { head = nounBeforePrepositionalPhrase(head, floor: floor) ?? head }
        guard head >= floor, tokens[head].quote == nil, Self.inscriptionNouns.contains(tokens[head].lower) else { return nil }
        // "Pike sent a message saying, “…”": a message someone sends is theirs; only one that
        // reads or says something on its own speaks (`One message read “…”`).
        let authored = Lexicon.isGerund(tokens[v].lower) && Self.authoredInscriptionNouns.contains(tokens[head].lower)
        // The thing's noun group (`a Donald Trump campaign sign`, `water bottles`), never more of
        // the clause (`handed out water bottles`).
        var start = head
        // An organisation's name inside it keeps its `of` (`an Arizona Department of Transportation sign`).
        while start - 1 >= floor, head - start < Self.maxInscriptionNounGroup, tokens[start - 1].quote == nil,
              Self.inscriptionGroupTags.contains(tokens[start - 1].tag)
                || tokens[start - 1].lower == "of" && start - 2 >= floor && tokens[start].isCapitalized && tokens[start - 2].isCapitalized {
            start -= 1
        }
        if authored {
            // "posted a message reading “…”": the sender of the message speaks; a message no one
            // is said to send is left to the other sieves.
            guard start - 1 > floor, tokens[start - 1].tag == .verb, Self.issuingVerbs.contains(tokens[start - 1].lower),
                  let sender = subject(ofVerb: start - 1, floor: floor) else { return nil }
            return Candidate(span: quotes[qi].span, kind: .direct, cue: v...v, speaker: sender, rule: .leadingCue, confidence: 0.8, quote: qi)
        }
        let m = finder.make(first: start, last: head, kind: .description)
        return Candidate(span: quotes[qi].span, kind: .direct, cue: v...v, speaker: m, rule: .leadingCue,
                         confidence: 0.8, quote: qi)
    }
}

extension Attributor {
    /// Most tokens after the preposition of a phrase between a message or sign and the words that
    /// follow it (`a message on Twitter reading`, `a letter to the board that said`).
    static let maxMessagePhraseTokens = 4

    /// The noun right before a short prepositional phrase that ends at `last` (`message` in `a
    /// message on Twitter`), within ``maxMessagePhraseTokens`` tokens and above `floor`; nil when
    /// no preposition opens such a phrase.
    func nounBeforePrepositionalPhrase(_ last: Int, floor: Int) -> Int? {
        var k = last
        while k > floor, last - k < Self.maxMessagePhraseTokens, tokens[k].tag != .adp, tokens[k].isWord, tokens[k].quote == nil { k -= 1 }
        guard k - 1 > floor, k < last, tokens[k].tag == .adp, tokens[k - 1].tag == .noun, tokens[k - 1].quote == nil else { return nil }
        return k - 1
    }
}
