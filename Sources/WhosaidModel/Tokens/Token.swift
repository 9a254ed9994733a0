import WhosaidSyntax

/// A word or punctuation mark of the text, with its scalar offsets.
///
/// Stored compactly (32-bit offsets and indexes): documents of millions of tokens walk this
/// array many times, so its size is much of the engine's memory traffic.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }
    /// Lower-cased text, with curly apostrophes folded to `'`.
    var lower: String
    private var _start: Int32
    private var _end: Int32
    private var _paragraph: Int32
    private var _sentence: Int32
    private var _quote: Int32 = -1
    /// Word classes from ``Lexicon/classes``, looked up once per distinct form.
    var classes: Lexicon.WordClass = []
    /// The id of the token's written form in the document's ``WordTable``.
    var form: Int32 = 0
    /// The part-of-speech tag (of the first treebank word, for `don't` or `Sigal's`).
    var tag: UPOS = .x
    var kind: Kind
    /// The first scalar is an upper-case letter.
    var isCapitalized: Bool

    init(start: Int, end: Int, kind: Kind, lower: String, isCapitalized: Bool, paragraph: Int, sentence: Int,
         classes: Lexicon.WordClass = []) {
        self.lower = lower
        _start = Int32(truncatingIfNeeded: start)
        _end = Int32(truncatingIfNeeded: end)
        _paragraph = Int32(truncatingIfNeeded: paragraph)
        _sentence = Int32(truncatingIfNeeded: sentence)
        self.classes = classes
        self.kind = kind
        self.isCapitalized = isCapitalized
    }

    var start: Int { Int(_start) }
    var end: Int { Int(_end) }
    var paragraph: Int { Int(_paragraph) }
    var sentence: Int { Int(_sentence) }
    /// Index of the quotation whose content holds the token, if any.
    var quote: Int? {
        get { _quote < 0 ? nil : Int(_quote) }
        set { _quote = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }

    var isWord: Bool { kind != .punctuation }

    func `is`(_ c: Lexicon.WordClass) -> Bool { classes.contains(c) }
}
