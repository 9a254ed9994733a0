import WhosaidSyntax

/// A word or punctuation mark of the text, with its scalar offsets.
///
/// A token as read from ``Tokens``: its compact ``Record``, and where to read its lower-cased
/// text, which ``Tokens`` keeps once per distinct written form rather than once per token. It
/// holds no reference, so copying one costs no retain and release; it is read and used while
/// its ``Tokens`` lives, never kept beyond. The paragraph is not stored: no sentence crosses a
/// paragraph boundary, so ``Document/paragraph(ofSentence:)`` gives it from ``sentence``.
struct Token {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// What ``Tokens`` stores of a token, in 20 bytes: 32-bit offsets and indexes, the kind and
    /// the capital packed into one byte, and neither its text nor its end (its ``form``, the text
    /// as written, gives both). Documents of millions of tokens walk this array many times, and on
    /// one large document it is the engine's largest array (issue 12: 40 bytes a token, a 16-byte
    /// `String` among them, before).
    struct Record: Sendable {
        fileprivate var _start: Int32
        fileprivate var _sentence: Int32
        fileprivate var _quote: Int32 = -1
        /// The id of the token's written form in the document's ``WordTable``.
        var form: Int32
        /// Word classes from ``Lexicon/classes``, looked up once per distinct form.
        var classes: Lexicon.WordClass
        /// The part-of-speech tag (of the first treebank word, for `don't` or `Sigal's`).
        var tag: UPOS = .x
        /// ``kind``'s raw value in the low bits, ``isCapitalized`` in bit 7.
        fileprivate var _kindAndCase: UInt8

        init(start: Int, kind: Kind, isCapitalized: Bool, sentence: Int, classes: Lexicon.WordClass, form: Int) {
            self.form = Int32(truncatingIfNeeded: form)
            _start = Int32(truncatingIfNeeded: start)
            _sentence = Int32(truncatingIfNeeded: sentence)
            self.classes = classes
            _kindAndCase = kind.rawValue | (isCapitalized ? 0x80 : 0)
        }

        var kind: Kind { Kind(rawValue: _kindAndCase & 0x7F).unsafelyUnwrapped }
    }

    /// The stored fields.
    var record: Record
    /// The lower-cased text of each form of the token's ``Tokens``, by form id.
    private let lowers: UnsafePointer<String>
    /// The length in scalars of each form of the token's ``Tokens``, by form id.
    private let lengths: UnsafePointer<Int32>

    /// The token stored as `record` in tokens whose forms are `forms`.
    @inline(__always) fileprivate init(_ record: Record, forms: FormTable) {
        self.record = record
        lowers = forms.lowers
        lengths = forms.lengths
    }

    /// Lower-cased text, with curly apostrophes folded to `'`.
    var lower: String { lowers[Int(record.form)] }

    var start: Int { Int(record._start) }
    var end: Int { Int(record._start) + Int(lengths[Int(record.form)]) }
    var sentence: Int { Int(record._sentence) }
    /// Index of the quotation whose content holds the token, if any.
    var quote: Int? {
        get { record._quote < 0 ? nil : Int(record._quote) }
        set { record._quote = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }
    /// The id of the token's written form in the document's ``WordTable``.
    var form: Int32 { record.form }
    /// Word classes from ``Lexicon/classes``, looked up once per distinct form.
    var classes: Lexicon.WordClass { record.classes }
    /// The part-of-speech tag (of the first treebank word, for `don't` or `Sigal's`).
    var tag: UPOS {
        get { record.tag }
        set { record.tag = newValue }
    }
    var kind: Kind { record.kind }
    /// The first scalar is an upper-case letter.
    var isCapitalized: Bool { record._kindAndCase & 0x80 != 0 }

    var isWord: Bool { record._kindAndCase & 0x7F != Kind.punctuation.rawValue }

    func `is`(_ c: Lexicon.WordClass) -> Bool { record.classes.contains(c) }
}

/// A document's tokens in text order: each stored as its 20-byte ``Token/Record``, and read as a
/// ``Token`` whose lower-cased text and length come from the table of the document's distinct
/// forms (one string a form, not one a token). Writing a token back stores its record; its text
/// and end, the form's, cannot change.
struct Tokens: RandomAccessCollection, MutableCollection, Sendable {
    typealias Indices = Range<Int>
    private var records: [Token.Record]
    private let forms: FormTable

    /// The tokens stored as `records`, whose forms' lower-cased texts are `lowers` and lengths in
    /// scalars `lengths` (by form id).
    init(records: [Token.Record], lowers: [String], lengths: [Int32]) {
        precondition(lowers.count == lengths.count, "as many lengths as forms")
        precondition(records.allSatisfy { $0.form >= 0 && Int($0.form) < lowers.count }, "a token's form outside the table")
        self.records = records
        forms = FormTable(lowers: lowers, lengths: lengths)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { records.count }
    var indices: Range<Int> { 0..<records.count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    subscript(i: Int) -> Token {
        @inline(__always) get { Token(records[i], forms: forms) }
        @inline(__always) set { records[i] = newValue.record }
    }

    /// Runs `body` on the stored records, for a loop that reads and writes only their fields.
    mutating func withUnsafeMutableRecords<R>(_ body: (inout UnsafeMutableBufferPointer<Token.Record>) throws -> R) rethrows -> R {
        try records.withUnsafeMutableBufferPointer(body)
    }
}

/// The lower-cased text and the length of each distinct form of a document, by form id, at
/// fixed addresses for the tokens read from its ``Tokens`` (which keeps it alive).
final class FormTable: @unchecked Sendable {
    let lowers: UnsafePointer<String>
    let lengths: UnsafePointer<Int32>
    private let count: Int

    init(lowers: [String], lengths: [Int32]) {
        count = lowers.count
        let text = UnsafeMutablePointer<String>.allocate(capacity: max(1, count))
        text.initialize(from: lowers, count: count)
        self.lowers = UnsafePointer(text)
        let length = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, count))
        length.initialize(from: lengths, count: count)
        self.lengths = UnsafePointer(length)
    }

    deinit {
        let text = UnsafeMutablePointer(mutating: lowers)
        text.deinitialize(count: count)
        text.deallocate()
        UnsafeMutablePointer(mutating: lengths).deallocate()
    }
}
