import WhosaidSyntax

/// Fixes a capitalised -ing word that opens a clause right before a proper noun and a finite
/// reporting verb: `Feeding America said`, `Saving Grace says`. An act (`feeding America`) says
/// nothing, so the word is no participle with the name as its object but the first word of the
/// organisation's name, which then speaks whole, not its last word (`America`).
enum GerundNameTagRepair {
    /// Retags as a proper noun every such opening -ing word in the sentence `range`.
    static func repair(_ tokens: inout Tokens, _ range: Range<Int>) {
        // The verbs found by their tags alone: most words are none.
        var k = tokens.nextIndex(taggedAs: .verb, from: range.lowerBound, to: range.upperBound)
        while k < range.upperBound {
            defer { k = tokens.nextIndex(taggedAs: .verb, from: k + 1, to: range.upperBound) }
            guard tokens[k].isCapitalized, k + 2 < range.upperBound, Lexicon.isGerund(tokens[k].lower), tokens[k].quote == nil, tokens[k].kind == .word,
                  k == range.lowerBound || tokens[k - 1].lower == "," || tokens[k - 1].tag == .cconj else { continue }
            var n = k + 1
            while n < range.upperBound, tokens[n].tag == .propn, tokens[n].isCapitalized, tokens[n].quote == nil { n += 1 }
            guard n > k + 1, n < range.upperBound else { continue }
            let verb = tokens[n]
            guard verb.tag == .verb, verb.is(.reporting), !verb.isCapitalized, Lexicon.isInflectedForm(verb.lower),
                  !Lexicon.isGerund(verb.lower) else { continue }
            tokens[k].tag = .propn
        }
    }
}
