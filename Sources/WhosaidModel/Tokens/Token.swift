import WhosaidSyntax

/// A word or punctuation mark of the text, with its scalar offsets.
///
/// Stored compactly in 40 bytes (32-bit offsets and indexes, the kind and the capital packed into
/// one byte; the fields are declared widest first, as Swift lays them out in order): documents of
/// millions of tokens walk this array many times, and on one large document it is most of the
/// engine's memory. The paragraph is not stored: no sentence crosses a paragraph boundary, so
/// ``Document/paragraph(ofSentence:)`` gives it from ``sentence``.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }
    /// Lower-cased text, with curly apostrophes folded to `'`.
    var lower: String
    private var _start: Int32
    private var _end: Int32
    private var _sentence: Int32
    private var _quote: Int32 = -1
    /// The id of the token's written form in the document's ``WordTable``.
    var form: Int32 = 0
    /// Word classes from ``Lexicon/classes``, looked up once per distinct form.
    var classes: Lexicon.WordClass = []
    /// The part-of-speech tag (of the first treebank word, for `don't` or `Sigal's`).
    var tag: UPOS = .x
    /// ``kind``'s raw value in the low bits, ``isCapitalized`` in bit 7.
    private var _kindAndCase: UInt8

    init(start: Int, end: Int, kind: Kind, lower: String, isCapitalized: Bool, sentence: Int,
         classes: Lexicon.WordClass = [], form: Int = 0) {
        self.lower = lower
        self.form = Int32(truncatingIfNeeded: form)
        _start = Int32(truncatingIfNeeded: start)
        _end = Int32(truncatingIfNeeded: end)
        _sentence = Int32(truncatingIfNeeded: sentence)
        self.classes = classes
        _kindAndCase = kind.rawValue | (isCapitalized ? 0x80 : 0)
    }

    var start: Int { Int(_start) }
    var end: Int { Int(_end) }
    var sentence: Int { Int(_sentence) }
    /// Index of the quotation whose content holds the token, if any.
    var quote: Int? {
        get { _quote < 0 ? nil : Int(_quote) }
        set { _quote = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }
    var kind: Kind { Kind(rawValue: _kindAndCase & 0x7F).unsafelyUnwrapped }
    /// The first scalar is an upper-case letter.
    var isCapitalized: Bool { _kindAndCase & 0x80 != 0 }

    var isWord: Bool { _kindAndCase & 0x7F != Kind.punctuation.rawValue }

    func `is`(_ c: Lexicon.WordClass) -> Bool { classes.contains(c) }
}
