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

        /// How many forms it holds.
        var count: Int { lowers.count }

        /// The lower-cased text, classes and fingerprint of the form packed as `key`, if stored.
        func entry(_ key: UInt64) -> (lower: String, classes: Lexicon.WordClass, fingerprint: UInt64)? {
            let id = ids.get(key)
            return id < 0 ? nil : (lowers[Int(id)], classes[Int(id)], fingerprints[Int(id)])
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

    private static let cache = CheckedOutCache<Table>(limit: limit, size: \.count) { Table() }

    /// The shared table, to use alone until ``putBack(_:)``.
    static func take() -> Table { cache.take() }

    /// Gives back a table from ``take()``.
    static func putBack(_ returned: Table) { cache.putBack(returned) }

    /// The scalar values `form` packed 6 bits a scalar (digits 1...10, lower-case letters
    /// 11...36, capitals 37...62), or 0 when they are more than 10 or one is another scalar.
    static func packed(_ form: UnsafeBufferPointer<UInt32>) -> UInt64 {
        guard form.count <= 10 else { return 0 }
        var p: UInt64 = 0
        for v in form {
            // Small letters first, the most common (the three ranges do not overlap).
            let small = v &- 0x61
            let digit = v &- 0x30
            let capital = v &- 0x41
            let code: UInt32 = small < 26 ? small &+ 11 : digit < 10 ? digit &+ 1 : capital < 26 ? capital &+ 37 : 0
            if code == 0 { return 0 }
            p = p &<< 6 | UInt64(code)
        }
        return p
    }
}
