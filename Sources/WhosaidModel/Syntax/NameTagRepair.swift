import WhosaidSyntax

/// Fixes the tags of capitalised words inside news sentences.
///
/// The tagger learnt from web text, where capitals say little; in edited news a capital inside
/// a sentence almost always marks a name. So a capitalised word that does not open its sentence
/// (nor a quotation, nor a clause after a colon or dash) becomes a proper noun when the tagger
/// has never seen its lower-case form (`Skelly`, not an adverb for its `-ly`), or when it
/// stands next to a proper noun with a tag no name part takes (`Charlie Cook`, `Betsy Sharp`),
/// or is a known first name before another capitalised word (`Greg Hunt`).
enum NameTagRepair {
    /// Tags a name part may wrongly get from its ending or its common-word sense.
    static let repairable = TagSet([.adv, .verb, .noun, .intj, .x, .adj, .aux, .det, .pron, .adp, .sconj, .cconj])
    /// Of those, the ones next to a proper noun that mean a name part (`Theresa May`).
    static let repairableNextToName = TagSet([.adv, .verb, .noun, .intj, .x, .aux])
    /// Tags a word after a name's trailing adjective takes when the adjective modifies it.
    static let modifiable = TagSet([.noun, .propn, .adj])
    /// Tags of the words a noun phrase's plural head can follow.
    static let nounPhraseWords = TagSet([.propn, .noun, .adj, .det])

    /// A set of tags as one bit each: membership is a shift and a mask, no hashing.
    struct TagSet {
        let bits: UInt32
        init(_ tags: [UPOS]) { bits = tags.reduce(0) { $0 | 1 << UInt32($1.rawValue) } }
        func contains(_ tag: UPOS) -> Bool { bits & 1 << UInt32(tag.rawValue) != 0 }
    }

    /// Repairs the tags of sentence `range`; `knows[form]` tells whether the tagger's lexicon
    /// knows the form with that id.
    static func repair(_ tokens: inout Tokens, _ range: Range<Int>, knows: [Bool]) {
        guard range.count > 1 else { return }
        repairNounsBeforeVerbs(&tokens, range, knows: knows)
        // The sets read once: each read of a static set at a token passed its lazy
        // initialiser's check (292,000 times on PolNeAR train).
        let repairable = Self.repairable, repairableNextToName = Self.repairableNextToName, modifiable = Self.modifiable
        // Only a capitalised word after the first may be repaired (``canRepair(_:_:_:_:)``), and a
        // word's capital is its form's: the passes read these words alone, listed once on the stack.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: range.count) { room in
            let count = tokens.capitalizedWords(from: range.lowerBound + 1, to: range.upperBound, into: room.baseAddress!)
            repairCapitalisedWords(&tokens, range, UnsafeBufferPointer(rebasing: room[0..<count]), knows: knows,
                                   repairable: repairable, repairableNextToName: repairableNextToName, modifiable: modifiable)
        }
    }

    /// Repairs the capitalised words of sentence `range` (`capitals`: every capitalised word
    /// after the first, in text order), in two passes.
    private static func repairCapitalisedWords(
        _ tokens: inout Tokens, _ range: Range<Int>, _ capitals: UnsafeBufferPointer<Int32>, knows: [Bool],
        repairable: TagSet, repairableNextToName: TagSet, modifiable: TagSet
    ) {
        for _ in 0..<2 {  // left to right, then again so that a repaired word helps its left neighbour
            // "Lily Batchelder said": an unknown first word before a name is its first name.
            let first = range.lowerBound
            // "Galois himself exclaimed": so does an unknown first word that is no participle or adverb.
            // The endings are read last: most sentences open with no candidate.
            if tokens[first].isCapitalized, tokens[first].kind == .word, repairable.contains(tokens[first].tag),
               !knows[Int(tokens[first].form)], isName(tokens, first + 1, range) || !isDerived(tokens[first].lower) {
                tokens[first].tag = .propn
            }
            for site in capitals {
                let k = Int(site)
                guard canRepair(tokens, k, range, repairable) else { continue }
                let unknown = tokens[k].tag != .adj && tokens[k].tag != .noun && !knows[Int(tokens[k].form)]
                let nextToName = isName(tokens, k - 1, range) || isName(tokens, k + 1, range)
                // "Mark Cuban said": an adjective after a name that modifies nothing is its surname.
                let trailingAdjective = tokens[k].tag == .adj && isName(tokens, k - 1, range)
                    && (k + 1 == range.upperBound || !modifiable.contains(tokens[k + 1].tag))
                // "The union president, Greg Hunt, met": a known first name before a capitalised
                // word opens a name, whatever the tagger read the two as (`Greg/ADJ Hunt/NOUN`).
                // Looked up last, only when nothing before has settled the word.
                if unknown || trailingAdjective || nextToName && repairableNextToName.contains(tokens[k].tag)
                    || k + 1 < range.upperBound && tokens[k + 1].isCapitalized && tokens[k + 1].kind == .word
                    && FirstNameGender.isFirstName(tokens[k].lower) {
                    tokens[k].tag = .propn
                }
            }
        }
    }

    /// Whether `w` ends like a participle or an adverb.
    static func isDerived(_ w: String) -> Bool { w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly") }

    /// "McConnell aides acknowledged": an unknown lower-case word read as a verb right before
    /// another verb, after a noun phrase's words, is a plural noun.
    static func repairNounsBeforeVerbs(_ tokens: inout Tokens, _ range: Range<Int>, knows: [Bool]) {
        let nounPhraseWords = Self.nounPhraseWords
        // The verbs found by their tags alone, after the sentence's first word: most words are none.
        guard !range.isEmpty else { return }
        var k = tokens.nextIndex(taggedAs: .verb, from: range.lowerBound + 1, to: range.upperBound)
        while k < range.upperBound {
            defer { k = tokens.nextIndex(taggedAs: .verb, from: k + 1, to: range.upperBound) }
            guard k + 1 < range.upperBound, !tokens[k].isCapitalized, tokens.tag(at: k + 1) == .verb,
                  nounPhraseWords.contains(tokens[k - 1].tag), !knows[Int(tokens[k].form)] else { continue }
            tokens[k].tag = .noun
        }
    }

    /// Whether the word at `k` may become a proper noun: capitalised inside its sentence, with
    /// a tag of `repairable` (``repairable``, read once by the caller).
    @inline(__always) static func canRepair(_ tokens: Tokens, _ k: Int, _ range: Range<Int>, _ repairable: TagSet) -> Bool {
        // The token read once: its kind and capital are its form's, a look-up each.
        let t = tokens[k]
        guard t.kind == .word, t.isCapitalized, repairable.contains(t.tag), k > range.lowerBound, t.lower != "i" else { return false }
        // A capital after an opening quote, a colon or a dash may only start a sentence.
        return tokens[k - 1].kind != .punctuation || tokens[k - 1].lower == "," || closesQuoteAtComma(tokens, k - 1, range)
    }

    /// Whether token `m` is a quotation mark right after a comma (`,”`, `,"`): it closes a quote
    /// whose sentence goes on, so a capital after it is a name (`“…,” Nate Silver, the…`), not
    /// a sentence's first word.
    static func closesQuoteAtComma(_ tokens: Tokens, _ m: Int, _ range: Range<Int>) -> Bool {
        m - 1 >= range.lowerBound && MentionFinder.quoteMarkForms.contains(tokens[m].lower) && tokens[m - 1].lower == ","
    }

    static func isName(_ tokens: Tokens, _ k: Int, _ range: Range<Int>) -> Bool {
        range.contains(k) && tokens[k].tag == .propn && tokens[k].isCapitalized
    }
}
