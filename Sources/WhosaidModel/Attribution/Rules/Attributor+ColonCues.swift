import WhosaidSyntax

/// A quote after a sentence that ends in a colon and holds its own reporting verb: `…, and
/// Breitbart News responded:`, `As the Ledger reported on Friday, the council was refusing to
/// act:`. The cue nearest the colon names the speaker, before any other subject of the sentence.
extension Attributor {
    /// The speaker of the finite reporting verb nearest the colon at `colon`, in the sentence
    /// `first..<colon` (`refusing to call X:` is no cue of its own).
    func colonSentenceCueSpeaker(colon: Int, first: Int) -> (SpeakerMention, Int)? {
        var v = colon - 1
        while v >= first, colon - v <= maxSentenceCueDistance {
            defer { v -= 1 }
            guard tokens[v].quote == nil, tokens[v].tag == .verb, isCueVerb(v, besideQuote: true),
                  !Lexicon.isGerund(tokens[v].lower), !tokens[v].isCapitalized, !isPassive(v, first: first),
                  v == first || tokens[v - 1].lower != "to" else { continue }
            guard let m = subject(ofVerb: v, floor: first) else { continue }
            return (m, v)
        }
        return nil
    }
}
