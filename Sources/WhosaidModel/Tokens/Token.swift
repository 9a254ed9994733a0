/// A word or punctuation mark of the text, with its scalar offsets.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }
    var start: Int
    var end: Int
    var kind: Kind
    /// Lower-cased text, with curly apostrophes folded to `'`.
    var lower: String
    /// The first scalar is an upper-case letter.
    var isCapitalized: Bool
    var paragraph: Int = 0
    var sentence: Int = 0
    /// Index of the quotation whose content holds the token, if any.
    var quote: Int? = nil
    /// Word classes from ``Lexicon/classes``, looked up once here instead of on every rule.
    var classes: Lexicon.WordClass = []

    func `is`(_ c: Lexicon.WordClass) -> Bool { classes.contains(c) }

    var isWord: Bool { kind != .punctuation }
}
