import WhosaidSyntax

/// Fixes a verb in -s right after a name that the tagger read as the plural head of a compound
/// noun: `Back at the jetty, Callum Ferguson ties up the boat` made `Callum Ferguson ties` one noun
/// phrase, so the name was no clause's subject and a later `he` went past it to the speaker
/// before. A compound noun that a name opens is no object's verb: right after a name that opens
/// its clause (``ReportingVerbTagRepair/subjectOpener(before:_:_:)``) with no determiner of its
/// own (`the Ferguson boats` is a compound), a lower-case word in -s is the clause's verb when
/// what follows is its object or its particle and object (``isVerbBeforeObject(_:_:_:)``), or, for
/// the verbs of ``objectComplementVerbs``, the adjective of a small clause whose object a contact
/// relative left out (`a remark Ines Castellar finds amusing`). The tagger's lexicon does not
/// know every such verb's -s form as a verb (`ties`), so the shape alone decides.
enum NameVerbTagRepair {
    /// Determiners and possessives that open the object's noun phrase after the verb (`ties up
    /// the boat`, `runs his ferry`). Not `that`, which also opens a relative clause after a noun.
    static let objectOpeners: WordSet = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "every"]

    /// Pronouns that stand as the object right after the verb (`hands it over`, `thanks them`).
    static let objectPronouns: WordSet = ["him", "them", "it", "us", "me"]

    /// Verbs in -s that take an object and its adjective (`finds it amusing`), so that in a
    /// contact relative with the object left out the adjective follows the verb at once (`a
    /// remark Ines Castellar finds amusing`).
    static let objectComplementVerbs: WordSet = ["finds", "calls", "considers", "deems", "thinks", "believes", "keeps"]

    /// Retags as a verb every noun-tagged word of the sentence `range` that
    /// ``isVerbAfterName(_:_:_:)`` reads as a verb after a name.
    static func repair(_ tokens: inout Tokens, _ range: Range<Int>) {
        // The nouns found by their tags alone: most words are none.
        var k = tokens.nextIndex(taggedAs: .noun, from: range.lowerBound, to: range.upperBound)
        while k < range.upperBound {
            if isVerbAfterName(k, tokens, range) { tokens[k].tag = .verb }
            k = tokens.nextIndex(taggedAs: .noun, from: k + 1, to: range.upperBound)
        }
    }

    /// Whether the noun-tagged word at `k` is the verb of the name right before it: a
    /// lower-case word in -s (no `-ss`, no possessive) after a capitalised proper noun whose
    /// phrase opens the clause with no determiner before the name (``opensWithoutDeterminer(name:_:_:)``),
    /// before its object (``isVerbBeforeObject(_:_:_:)``).
    static func isVerbAfterName(_ k: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        // The name's tag first, read without a copy of either token: most nouns follow no name.
        guard k > range.lowerBound, k + 1 < range.upperBound, tokens.tag(at: k - 1) == .propn else { return false }
        let t = tokens[k]
        guard t.kind == .word, t.quote == nil, !t.isCapitalized, t.lower.utf8.count > 3, t.lower.endsWith("s"), !t.lower.endsWith("ss"),
              !t.lower.isPossessiveForm else { return false }
        let name = tokens[k - 1]
        guard name.tag == .propn, name.kind == .word, name.isCapitalized, name.quote == nil, !name.lower.isPossessiveForm,
              isVerbBeforeObject(k, tokens, range), opensWithoutDeterminer(name: k - 1, tokens, range) else { return false }
        return ReportingVerbTagRepair.subjectOpener(before: k, tokens, range) != nil
    }

    /// Whether the run of capitalised proper nouns ending at `name` has no determiner or
    /// possessive right before it (`the Clinton emails the FBI read` is a compound and a contact
    /// relative; `a remark Ines Castellar finds` has the relative's noun before the name).
    static func opensWithoutDeterminer(name: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        var j = name
        while j > range.lowerBound, name - j < ReportingVerbTagRepair.maxPhraseWords, tokens[j - 1].tag == .propn, tokens[j - 1].isCapitalized {
            j -= 1
        }
        guard j > range.lowerBound else { return true }
        let before = tokens[j - 1]
        return before.tag != .det && !before.is(.determiner) && !before.lower.isPossessiveForm
            && !MentionFinder.possessivePronouns.contains(before.lower)
    }

    /// Whether what follows the word at `k` is a verb's object: a determiner or possessive
    /// (``objectOpeners``) or an object pronoun; a particle (``Attributor/verbParticles``) and then
    /// one of those or a name (`ties up the boat`, `sends back Ruiz`); or, after a verb of
    /// ``objectComplementVerbs``, an adjective that ends the clause (`finds amusing.`).
    static func isVerbBeforeObject(_ k: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        let next = tokens[k + 1]
        guard next.quote == nil, next.kind == .word else { return false }
        if objectOpeners.contains(next.lower) || objectPronouns.contains(next.lower) { return true }
        if Attributor.verbParticles.contains(next.lower) {
            guard k + 2 < range.upperBound else { return false }
            let object = tokens[k + 2]
            return object.quote == nil && (objectOpeners.contains(object.lower) || objectPronouns.contains(object.lower)
                || object.tag == .propn && object.isCapitalized)
        }
        // `finds amusing`: the tagger may read the adjective in -ing as a participle.
        if next.tag == .adj || next.tag == .verb && Lexicon.isGerund(next.lower), objectComplementVerbs.contains(tokens[k].lower) {
            return k + 2 == range.upperBound || tokens[k + 2].kind == .punctuation
        }
        return false
    }
}
