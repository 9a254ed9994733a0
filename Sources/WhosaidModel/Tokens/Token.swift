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

    /// What ``Tokens`` stores of a token, in 16 bytes: four 32-bit fields, and nothing its form
    /// decides (its text, end, kind, capital and word classes are its form's, ``FormInfo``) nor
    /// its tag (a byte beside it, ``Tokens``). Documents of millions of tokens walk this array
    /// many times, and on one large document it is the engine's largest array (issue 12: 40 bytes
    /// a token, a 16-byte `String` among them, then 20 with the kind, capital and classes in it).
    struct Record: Sendable {
        fileprivate var _start: Int32
        fileprivate var _sentence: Int32
        fileprivate var _quote: Int32 = -1
        /// The id of the token's written form in the document's ``WordTable``.
        var form: Int32

        init(start: Int, sentence: Int, form: Int) {
            self.form = Int32(truncatingIfNeeded: form)
            _start = Int32(truncatingIfNeeded: start)
            _sentence = Int32(truncatingIfNeeded: sentence)
        }

        /// Whether the token lies in a quotation's content (``Token/quote`` is not nil).
        var isQuoted: Bool { @inline(__always) get { _quote >= 0 } }
    }

    /// What a written form decides of each of its tokens, in 8 bytes: its length in scalars, its
    /// word classes and its kind and capital (the form is the text as written, so all three follow
    /// from it), kept once per form by ``Tokens``.
    struct FormInfo: Sendable {
        /// The length in scalars.
        let length: Int32
        /// Word classes from ``Lexicon/classes`` in the low ``classBits`` bits (none for
        /// punctuation); above them ``kind``'s raw value, and the capital in ``capitalBit``.
        private let packed: UInt32

        /// How many low bits of ``packed`` hold the word classes.
        static let classBits = 24
        /// The bits of ``packed`` that hold the word classes.
        private static let classMask: UInt32 = 1 << classBits - 1
        /// The bit of ``packed`` that says the form is capitalised.
        fileprivate static let capitalBit: UInt32 = 0x8000_0000
        /// The bits of ``packed`` that hold ``kind``'s raw value.
        fileprivate static let kindMask: UInt32 = ~(classMask | capitalBit)

        init(length: Int, kind: Kind, isCapitalized: Bool, classes: Lexicon.WordClass) {
            precondition(classes.rawValue <= Self.classMask, "word classes beyond the bits kept for them")
            self.length = Int32(truncatingIfNeeded: length)
            packed = (kind == .punctuation ? 0 : classes.rawValue) | UInt32(kind.rawValue) << Self.classBits
                | (isCapitalized ? FormInfo.capitalBit : 0)
        }

        /// Word classes from ``Lexicon/classes``; none for punctuation.
        var classes: Lexicon.WordClass { @inline(__always) get { Lexicon.WordClass(rawValue: packed & Self.classMask) } }
        var kind: Kind { @inline(__always) get { Kind(rawValue: UInt8(truncatingIfNeeded: (packed & Self.kindMask) >> Self.classBits)).unsafelyUnwrapped } }
        var isCapitalized: Bool { @inline(__always) get { packed & FormInfo.capitalBit != 0 } }
        /// Whether the form is a word or a number, not punctuation.
        fileprivate var isWord: Bool { @inline(__always) get { packed & Self.kindMask != UInt32(Kind.punctuation.rawValue) << Self.classBits } }
    }

    /// The stored fields.
    var record: Record
    /// The part-of-speech tag (of the first treebank word, for `don't` or `Sigal's`).
    var tag: UPOS
    /// The lower-cased text of each form of the token's ``Tokens``, by form id.
    private let lowers: UnsafePointer<String>
    /// What each form of the token's ``Tokens`` decides, by form id.
    private let infos: UnsafePointer<FormInfo>

    /// The token stored as `record` and `tag` in tokens whose forms are `forms`.
    @inline(__always) fileprivate init(_ record: Record, tag: UPOS, forms: FormTable) {
        self.record = record
        self.tag = tag
        lowers = forms.lowers
        infos = forms.infos
    }

    /// What the token's form decides.
    @inline(__always) private var info: FormInfo { infos[Int(record.form)] }

    /// Lower-cased text, with curly apostrophes folded to `'`.
    var lower: String { lowers[Int(record.form)] }

    var start: Int { Int(record._start) }
    var end: Int { @inline(__always) get { Int(record._start) + Int(info.length) } }
    var sentence: Int { Int(record._sentence) }
    /// Index of the quotation whose content holds the token, if any.
    var quote: Int? {
        get { record._quote < 0 ? nil : Int(record._quote) }
        set { record._quote = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }
    /// The id of the token's written form in the document's ``WordTable``.
    var form: Int32 { record.form }
    /// Word classes from ``Lexicon/classes``, looked up once per distinct form.
    var classes: Lexicon.WordClass { @inline(__always) get { info.classes } }
    var kind: Kind { @inline(__always) get { info.kind } }
    /// The first scalar is an upper-case letter.
    var isCapitalized: Bool { @inline(__always) get { info.isCapitalized } }

    var isWord: Bool { @inline(__always) get { info.isWord } }

    @inline(__always) func `is`(_ c: Lexicon.WordClass) -> Bool { info.classes.contains(c) }
}

/// A document's tokens in text order: each stored as its 16-byte ``Token/Record`` and its tag, and
/// read as a ``Token`` whose lower-cased text, length, kind, capital and classes come from the
/// table of the document's distinct forms (once a form, not once a token). Writing a token back
/// stores its record and tag; what its form decides cannot change.
struct Tokens: RandomAccessCollection, MutableCollection, Sendable {
    typealias Indices = Range<Int>
    private var records: [Token.Record]
    /// Each token's part-of-speech tag, beside its record (a record with it took 20 bytes).
    private var tags: [UPOS]
    private let forms: FormTable

    /// The tokens stored as `records`, all tagged `.x`, whose forms' lower-cased texts are
    /// `lowers` and what else the forms decide `infos` (by form id).
    init(records: [Token.Record], lowers: [String], infos: [Token.FormInfo]) {
        precondition(lowers.count == infos.count, "as much known of every form")
        precondition(records.allSatisfy { $0.form >= 0 && Int($0.form) < lowers.count }, "a token's form outside the table")
        self.records = records
        tags = [UPOS](repeating: .x, count: records.count)
        forms = FormTable(lowers: lowers, infos: infos)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { records.count }
    var indices: Range<Int> { 0..<records.count }
    /// How many distinct forms the tokens' table holds: every token's ``Token/form`` is below it.
    var formCount: Int { forms.count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    subscript(i: Int) -> Token {
        // The tags hold as many entries as the records, whose read checks `i`; a tag is written
        // only when it changes (most writes set a token's quote), so its array is not checked
        // for uniqueness at every write.
        @inline(__always) get { Token(records[i], tag: tags.withUnsafeBufferPointer { $0[i] }, forms: forms) }
        @inline(__always) set {
            records[i] = newValue.record
            if tags.withUnsafeBufferPointer({ $0[i] }) != newValue.tag { tags[i] = newValue.tag }
        }
    }

    /// The tag of token `i`, read alone: a loop that tests a tag before anything else need not
    /// build a token at every index to read it.
    @inline(__always) func tag(at i: Int) -> UPOS { tags[i] }

    /// The first index from `start` below `end` whose tag is `tag`, or `end` when none is: the
    /// tags scanned alone, for a rule that starts only at words of one tag (most words have
    /// another; read token by token, a sentence's every word cost a rule some 20 instructions).
    @inline(__always) func nextIndex(taggedAs tag: UPOS, from start: Int, to end: Int) -> Int {
        tags.withUnsafeBufferPointer { t in
            precondition(start >= 0 && end <= t.count, "Tokens: a tag scan outside the tokens")
            var k = start
            while k < end, t[k] != tag { k += 1 }
            return k
        }
    }

    /// The first index from `start` whose token is in another sentence than token `start`'s, or
    /// the end of the tokens: the records scanned alone (`start` must be a token's index).
    @inline(__always) func sentenceEnd(from start: Int) -> Int {
        records.withUnsafeBufferPointer { r in
            let sentence = r[start]._sentence
            var end = start + 1
            while end < r.count, r[end]._sentence == sentence { end += 1 }
            return end
        }
    }

    /// Writes into `room` the indices from `start` below `end` of the capitalised words (not
    /// numbers nor punctuation), in order, and returns how many: each token's form's capital and
    /// kind read from the records and the forms' table alone, not token by token.
    @inline(__always) func capitalizedWords(from start: Int, to end: Int, into room: UnsafeMutablePointer<Int32>) -> Int {
        records.withUnsafeBufferPointer { r in
            precondition(start >= 0 && end <= r.count, "Tokens: a scan outside the tokens")
            let infos = forms.infos
            var count = 0, k = start
            while k < end {
                let info = infos[Int(r[k].form)]
                if info.isCapitalized && info.kind == .word {
                    room[count] = Int32(truncatingIfNeeded: k)
                    count += 1
                }
                k += 1
            }
            return count
        }
    }

    /// Each token's start, read from the stored records, and the tags (shared, not copied), for
    /// ``WordTags``: mapped through ``Token``, each token was built for them (0.15% of the
    /// engine on news).
    var startsAndTags: (starts: [Int32], tags: [UPOS]) { (records.map(\._start), tags) }

    /// Runs `body` on the stored records, the tags and the forms' table, read in place: for a
    /// loop over every token that reads a few of each one's fields, where building each
    /// ``Token`` (its record read with a bounds check, at every field) cost more than the work.
    func withUnsafeParts<R>(
        _ body: (UnsafeBufferPointer<Token.Record>, UnsafeBufferPointer<UPOS>, FormTable) throws -> R
    ) rethrows -> R {
        try records.withUnsafeBufferPointer { r in try tags.withUnsafeBufferPointer { try body(r, $0, forms) } }
    }

    /// Runs `body` on the stored records, the tags and what each form decides (by form id), for
    /// a loop that reads the records and writes only tags.
    mutating func withUnsafeMutableTags<R>(
        _ body: (UnsafeBufferPointer<Token.Record>, UnsafeMutableBufferPointer<UPOS>, UnsafePointer<Token.FormInfo>) throws -> R
    ) rethrows -> R {
        let infos = forms.infos
        return try records.withUnsafeBufferPointer { r in try tags.withUnsafeMutableBufferPointer { try body(r, $0, infos) } }
    }
}

/// The lower-cased text of each distinct form of a document and what else the form decides of
/// its tokens, by form id, at fixed addresses for the tokens read from its ``Tokens`` (which
/// keeps it alive).
///
/// The table keeps the arrays it is given and reads them in place: their buffers are never
/// written again (the table holds them as constants), so their elements stay where they are. Copied
/// into buffers of its own, every form's text was retained once more and released twice, through
/// the runtime's generic array copy and destroy (about 0.5% of the engine on real news).
final class FormTable: @unchecked Sendable {
    let lowers: UnsafePointer<String>
    let infos: UnsafePointer<Token.FormInfo>
    /// How many forms the table holds.
    let count: Int
    /// The arrays `lowers` and `infos` point into, kept alive and never changed.
    private let lowerArray: [String]
    private let infoArray: [Token.FormInfo]

    init(lowers: [String], infos: [Token.FormInfo]) {
        count = lowers.count
        lowerArray = lowers
        infoArray = infos
        self.lowers = Self.elements(of: lowerArray)
        self.infos = Self.elements(of: infoArray)
    }

    /// Where the elements of `array` lie (a non-null address that is never read for an empty one).
    private static func elements<T>(of array: [T]) -> UnsafePointer<T> {
        array.withUnsafeBufferPointer { $0.baseAddress } ?? UnsafePointer(bitPattern: MemoryLayout<T>.alignment)!
    }
}
