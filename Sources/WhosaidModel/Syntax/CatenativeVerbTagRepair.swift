import WhosaidSyntax

/// Fixes a verb that takes an infinitive and shares its `-s` form with a plural noun
/// (`plans`, `hopes`, `aims`) when the tagger read it as the head of a compound noun: `The
/// agency plans to appeal and says the ruling is wrong` made `The agency plans` the speaker.
/// Right after a noun phrase that opens its clause (``ReportingVerbTagRepair/subjectOpener(before:_:_:)``)
/// and before `to` and a bare verb, the word is the clause's verb when nothing after the
/// infinitive up to the clause's end (a comma, a coordinator, the sentence's end) is a finite
/// verb: `The agency's plans to appeal were dropped` keeps its noun (an owner's `'s` opens no
/// clause's subject, and `were` is the noun phrase's verb).
enum CatenativeVerbTagRepair {
    /// Verbs taking a `to` infinitive whose `-s` form is also a plural noun.
    static let catenativeForms: WordSet = [
        "plans", "hopes", "aims", "needs", "wants", "promises", "vows", "pledges", "offers", "attempts",
        "votes", "moves", "fights", "struggles", "wishes", "threatens", "expects", "intends", "seeks",
    ]

    /// Words that end the clause the infinitive goes on in.
    static let clauseEnds: WordSet = [",", ";", ":", "and", "but", "or", "yet", ".", "!", "?"]

    /// Retags as a verb every noun-tagged word of ``catenativeForms`` in the sentence `range`
    /// that ``isClauseVerb(_:_:_:)`` reads as its clause's verb.
    static func repair(_ tokens: inout Tokens, _ range: Range<Int>) {
        // The nouns found by their tags alone: most words are none.
        var k = tokens.nextIndex(taggedAs: .noun, from: range.lowerBound, to: range.upperBound)
        while k < range.upperBound {
            if catenativeForms.contains(tokens[k].lower) && isClauseVerb(k, tokens, range) { tokens[k].tag = .verb }
            k = tokens.nextIndex(taggedAs: .noun, from: k + 1, to: range.upperBound)
        }
    }

    /// Whether the word at `k` is its clause's verb: after a noun phrase that opens the clause
    /// and ends in no plural common noun or owner's `'s`, before `to` and a bare verb, and with
    /// no auxiliary or verb marked finite after that infinitive before the clause ends.
    static func isClauseVerb(_ k: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        guard k > range.lowerBound, k + 2 < range.upperBound else { return false }
        let t = tokens[k]
        guard t.kind == .word, t.quote == nil, !t.isCapitalized, tokens[k + 1].lower == "to", tokens[k + 1].quote == nil,
              tokens[k + 2].tag == .verb, tokens[k + 2].quote == nil, !Lexicon.isGerund(tokens[k + 2].lower),
              !Attributor.isMarkedFiniteForm(tokens[k + 2].lower) else { return false }
        let head = tokens[k - 1]
        // "News plans", "the agency's plans": a compound or an owner's noun.
        guard head.tag == .propn || !head.lower.endsWith("s"), !head.lower.isPossessiveForm,
              ReportingVerbTagRepair.subjectOpener(before: k, tokens, range) != nil else { return false }
        var n = k + 3
        while n < range.upperBound, !clauseEnds.contains(tokens[n].lower) {
            let w = tokens[n]
            if w.quote == nil, w.tag == .aux || w.tag == .verb && !Lexicon.isGerund(w.lower) && tokens[n - 1].lower != "to"
                && Attributor.isMarkedFiniteForm(w.lower) { return false }
            n += 1
        }
        return true
    }
}
