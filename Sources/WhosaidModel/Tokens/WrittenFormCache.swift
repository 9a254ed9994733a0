/// The lower-cased text, lexicon classes and fingerprint of short written forms, shared by every document an
/// engine reads, so that ``WordTable`` does not lower-case, look up and fingerprint the same
/// common words again for each article (on PolNeAR train a document's new forms were 316,000 of 1.9 million
/// tokens, and most of them had been seen in another article).
///
/// A form of at most 10 ASCII letters and digits is a key packed 6 bits a scalar, the case
/// kept (``packed(_:)``). A document takes the table out for its tokens and puts it back
/// after (``CheckedOutCache``).
enum WrittenFormCache {
    /// What a short form lower-cases to, its classes and its fingerprint
    /// (``WordTable/fingerprint(_:)``), by the packed form.
    struct Table {
        private var ids = PackedMap<Int32>(capacity: WrittenFormCache.initialCapacity)
        private var lowers: [String] = []
        private var classes: [Lexicon.WordClass] = []
        private var fingerprints: [UInt64] = []

        /// The forms of no packed key (``packed(_:)``: longer than 10, or with other scalars than
        /// ASCII letters and digits: `,`, `“`, `administration`), found by a hash of their scalar
        /// values (``longKey(_:)``): an index into `longForms`.
        private var longIDs = PackedMap<Int32>(capacity: WrittenFormCache.initialLongCapacity)
        /// Where each such form's values lie in `longValues`, and its id in the lists above.
        private var longForms: [LongForm] = []
        /// The scalar values of every such form, back to back (what a hash's hit is checked against).
        private var longValues: [UInt32] = []

        /// A form of no packed key: where its values lie, and its id.
        private struct LongForm {
            var start: Int32
            var length: Int32
            var id: Int32
        }

        /// How many forms of a packed key it holds (what the cache's limit bounds: the others
        /// are at most ``WrittenFormCache/maxLongForms``).
        var count: Int { lowers.count - longForms.count }

        /// The lower-cased text, classes and fingerprint of the form packed as `key`, if stored.
        func entry(_ key: UInt64) -> (lower: String, classes: Lexicon.WordClass, fingerprint: UInt64)? {
            let id = ids.get(key)
            return id < 0 ? nil : (lowers[Int(id)], classes[Int(id)], fingerprints[Int(id)])
        }

        /// The lower-cased text, classes and fingerprint of the form of scalar values
        /// `values[range]`, which has no packed key, whose ``longKey(_:)`` is `key`, if stored.
        /// (Given the caller's array, not a buffer of it: a closure over the table copied it.)
        func longEntry(_ values: [UInt32], _ range: Range<Int>, key: UInt64) -> (lower: String, classes: Lexicon.WordClass, fingerprint: UInt64)? {
            let k = longIDs.get(key)
            guard k >= 0 else { return nil }
            let stored = longForms[Int(k)]
            guard Int(stored.length) == range.count else { return nil }
            let same = longValues.withUnsafeBufferPointer { kept in
                values.withUnsafeBufferPointer { form in
                    let start = Int(stored.start)
                    for j in 0..<range.count where kept[start &+ j] != form[range.lowerBound &+ j] { return false }
                    return true
                }
            }
            guard same else { return nil }
            let id = Int(stored.id)
            return (lowers[id], classes[id], fingerprints[id])
        }

        /// Stores the lower-cased text, classes and fingerprint of the form of scalar values
        /// `values[range]`, which has no packed key, whose ``longKey(_:)`` is `key` (unless another
        /// form of the same key is stored: it keeps the key, and this form is worked out each time).
        mutating func addLong(_ values: [UInt32], _ range: Range<Int>, key: UInt64, lower: String, classes wordClasses: Lexicon.WordClass, fingerprint: UInt64) {
            guard longForms.count < WrittenFormCache.maxLongForms else { return }
            let (known, slot) = longIDs.find(key)
            guard known < 0 else { return }
            longIDs.insert(key, Int32(longForms.count), at: slot)
            longForms.append(LongForm(start: Int32(longValues.count), length: Int32(range.count), id: Int32(lowers.count)))
            longValues.append(contentsOf: values[range])
            lowers.append(lower)
            classes.append(wordClasses)
            fingerprints.append(fingerprint)
        }

        /// Stores the lower-cased text, classes and fingerprint of the form packed as `key` (not
        /// stored).
        mutating func add(_ key: UInt64, lower: String, classes wordClasses: Lexicon.WordClass, fingerprint: UInt64) {
            ids.set(key, Int32(lowers.count))
            lowers.append(lower)
            classes.append(wordClasses)
            fingerprints.append(fingerprint)
        }
    }

    /// Above this many forms a table is dropped when put back, so memory stays bounded (see
    /// ``ShortStemCache/limit`` for what the bound costs a stream's resident peak).
    static let limit = 30_000

    /// The forms a new table is first made for: more than a long article's distinct forms.
    static let initialCapacity = 16_384

    /// The forms of no packed key a new table is first made for.
    static let initialLongCapacity = 4096

    /// The longest form, in scalars, kept by ``Table/addLong(_:_:key:lower:classes:fingerprint:)``:
    /// longer ones are rare, each worked out for its document.
    static let maxLongLength = 32

    /// The most forms of no packed key a table keeps (beside ``limit`` of the others): the rest
    /// are worked out for each document.
    static let maxLongForms = 10_000

    private static let cache = CheckedOutCache<Table>(limit: limit, size: \.count) { Table() }

    /// The shared table, to use alone until ``putBack(_:)``.
    static func take() -> Table { cache.take() }

    /// Gives back a table from ``take()``.
    static func putBack(_ returned: Table) { cache.putBack(returned) }

    /// The scalar values `form` packed 6 bits a scalar (digits 1...10, lower-case letters
    /// 11...36, capitals 37...62), or 0 when they are more than 10 or one is another scalar.
    static func packed(_ form: UnsafeBufferPointer<UInt32>) -> UInt64 { packed(form, codes: packCodes) }

    /// ``packed(_:)`` with ``packCodes`` read by the caller once (each read of the global is a
    /// `swift_once` call, once a new form: 8 M instructions on PolNeAR train).
    @inline(__always)
    static func packed(_ form: UnsafeBufferPointer<UInt32>, codes packCodes: [UInt8]) -> UInt64 {
        guard form.count <= 10 else { return 0 }
        return packCodes.withUnsafeBufferPointer { codes in
            var p: UInt64 = 0
            for v in form {
                // One read of the code by value (three range tests a scalar cost 12 instructions).
                let code = v < 0x80 ? codes[Int(v)] : 0
                if code == 0 { return 0 }
                p = p &<< 6 | UInt64(code)
            }
            return p
        }
    }

    /// The 6-bit code of each ASCII value in ``packed(_:)``, 0 for one of no code.
    static let packCodes: [UInt8] = (0..<0x80).map { (v: UInt32) -> UInt8 in
        let small = v &- 0x61, digit = v &- 0x30, capital = v &- 0x41
        return UInt8(small < 26 ? small &+ 11 : digit < 10 ? digit &+ 1 : capital < 26 ? capital &+ 37 : 0)
    }

    /// A hash of the scalar values `form`, to find a form of no packed key by
    /// (``Table/longEntry(_:_:key:)``): FNV-1a over the values, never `UInt64.max`.
    static func longKey(_ form: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(form.count)
        for v in form { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
        return h >> 1
    }
}
