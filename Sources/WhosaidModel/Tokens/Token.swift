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

    /// What ``Tokens`` stores of a token, in 24 bytes: 32-bit offsets and indexes, the kind and
    /// the capital packed into one byte, and no text (its ``form`` names it). Documents of
    /// millions of tokens walk this array many times, and on one large document it is the
    /// engine's largest array (issue 12: 40 bytes a token, a 16-byte `String` among them, before).
    struct Record: Sendable {
        fileprivate var _start: Int32
        fileprivate var _end: Int32
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

        init(start: Int, end: Int, kind: Kind, isCapitalized: Bool, sentence: Int, classes: Lexicon.WordClass, form: Int) {
            self.form = Int32(truncatingIfNeeded: form)
            _start = Int32(truncatingIfNeeded: start)
            _end = Int32(truncatingIfNeeded: end)
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

    /// The token stored as `record` in tokens whose forms' lower-cased texts are at `lowers`.
    @inline(__always) fileprivate init(_ record: Record, lowers: UnsafePointer<String>) {
        self.record = record
        self.lowers = lowers
    }

    /// Lower-cased text, with curly apostrophes folded to `'`.
    var lower: String { lowers[Int(record.form)] }

    var start: Int { Int(record._start) }
    var end: Int { Int(record._end) }
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

/// A document's tokens in text order: each stored as its 24-byte ``Token/Record``, and read as a
/// ``Token`` whose lower-cased text comes from the table of the document's distinct forms (one
/// string a form, not one a token). Writing a token back stores its record; its text, the form's,
/// cannot change.
struct Tokens: RandomAccessCollection, MutableCollection, Sendable {
    typealias Indices = Range<Int>
    private var records: [Token.Record]
    private let lowers: FormLowers

    /// The tokens stored as `records`, whose forms' lower-cased texts are `lowers` (by form id).
    init(records: [Token.Record], lowers: [String]) {
        precondition(records.allSatisfy { $0.form >= 0 && Int($0.form) < lowers.count }, "a token's form outside the table")
        self.records = records
        self.lowers = FormLowers(lowers)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { records.count }
    var indices: Range<Int> { 0..<records.count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    subscript(i: Int) -> Token {
        @inline(__always) get { Token(records[i], lowers: lowers.base) }
        @inline(__always) set { records[i] = newValue.record }
    }

    /// Runs `body` on the stored records, for a loop that reads and writes only their fields.
    mutating func withUnsafeMutableRecords<R>(_ body: (inout UnsafeMutableBufferPointer<Token.Record>) throws -> R) rethrows -> R {
        try records.withUnsafeMutableBufferPointer(body)
    }
}

/// The lower-cased text of each distinct form of a document, by form id, at a fixed address for
/// the tokens read from its ``Tokens`` (which keeps it alive).
final class FormLowers: @unchecked Sendable {
    let base: UnsafePointer<String>
    private let count: Int

    init(_ lowers: [String]) {
        count = lowers.count
        let storage = UnsafeMutablePointer<String>.allocate(capacity: max(1, lowers.count))
        storage.initialize(from: lowers, count: lowers.count)
        base = UnsafePointer(storage)
    }

    deinit {
        let storage = UnsafeMutablePointer(mutating: base)
        storage.deinitialize(count: count)
        storage.deallocate()
    }
}
