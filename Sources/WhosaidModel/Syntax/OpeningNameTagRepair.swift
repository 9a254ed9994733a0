import WhosaidSyntax

/// Fixes the tag of a name that opens a sentence, from the rest of the article.
///
/// At the start of a sentence a capital says nothing, so the tagger reads a surname that is also
/// a common word by its common sense: `Jolly said he would…` gets an adverb, `Young told…` an
/// adjective, and the sentence loses its speaker. Where the same form stands inside another
/// sentence of the article as a proper noun (`Rep. David Jolly`), and a verb follows it here, it
/// is that name.
struct OpeningNameTagRepair {
    /// Tags a common word that is also a surname may take at the start of a sentence.
    static let repairable = NameTagRepair.TagSet([.adv, .adj, .noun, .verb, .intj, .x])
    /// Tags of the word after an opening name that make it the subject of a verb.
    static let verbs = NameTagRepair.TagSet([.verb, .aux])

    /// Most adverbs between an opening name and its verb ("Jolly also later said").
    static let maxAdverbsBeforeVerb = 2

    /// Whether each form id stands somewhere as a proper noun inside a sentence.
    private var namesInside: [Bool]

    init(formCount: Int) { namesInside = Array(repeating: false, count: formCount) }

    /// Notes the forms tagged as proper nouns inside sentence `range` (not its first word, nor a
    /// word after an opening quote, a colon or a dash, where a capital may start a sentence).
    mutating func learn(_ tokens: Tokens, _ range: Range<Int>) {
        // The proper nouns found by their tags alone, after the sentence's first word: most words are none.
        guard !range.isEmpty else { return }
        var k = tokens.nextIndex(taggedAs: .propn, from: range.lowerBound + 1, to: range.upperBound)
        while k < range.upperBound {
            defer { k = tokens.nextIndex(taggedAs: .propn, from: k + 1, to: range.upperBound) }
            guard tokens[k].isCapitalized else { continue }
            let before = tokens[k - 1]
            guard before.kind != .punctuation || before.lower == "," else { continue }
            let form = Int(tokens[k].form)
            if form < namesInside.count { namesInside[form] = true }
        }
    }

    /// Retags the opening words of the sentences that ``learn(_:_:)`` saw as names elsewhere.
    func repair(_ tokens: inout Tokens) {
        guard namesInside.contains(true) else { return }
        var k = 0
        while k < tokens.count {
            let sentence = tokens[k].sentence
            if isName(tokens, k) {
                // "Cuban also said": adverbs may stand between the name and its verb.
                var v = k + 1
                while v < tokens.count, v - k <= Self.maxAdverbsBeforeVerb, tokens[v].sentence == sentence, tokens[v].tag == .adv { v += 1 }
                if v < tokens.count, tokens[v].sentence == sentence, Self.verbs.contains(tokens[v].tag) { tokens[k].tag = .propn }
            }
            k = tokens.sentenceEnd(from: k)
        }
    }

    private func isName(_ tokens: Tokens, _ k: Int) -> Bool {
        let t = tokens[k]
        let form = Int(t.form)
        return t.kind == .word && t.isCapitalized && Self.repairable.contains(t.tag) && form < namesInside.count && namesInside[form]
    }
}
