/// ``Lexicon/classes`` for the tokenizer's lookup of every new form of a document: an
/// open-addressing table by the word's fingerprint (``TaggerWordCache/key(_:)``), mostly empty,
/// so that the many forms the lexicon lacks (names, content words) cost one FNV pass over a few
/// bytes and one probe. The `Dictionary` hashed each form with SipHash and probed its storage:
/// about 1% of the engine on real news. A fingerprint that matches is confirmed by comparing
/// the words, so the classes are exactly the dictionary's.
struct LexiconClassTable: Sendable {
    /// Slots per listed word: at most a quarter of the slots are used, so a miss ends at once.
    private static let slotsPerWord = 4

    /// Each slot's fingerprint (with the low bit set), or 0 when empty.
    private let fingerprints: [UInt64]
    /// Each slot's index into `words` and `classes`.
    private let entries: [Int32]
    private let words: [String]
    private let classes: [Lexicon.WordClass]
    private let shift: UInt64

    /// The table of ``Lexicon/classes``.
    static let shared = LexiconClassTable(Lexicon.classes)

    /// A table of `table`'s words and classes.
    init(_ table: [String: Lexicon.WordClass]) {
        var size = 16
        while size < table.count * Self.slotsPerWord { size <<= 1 }
        shift = UInt64(64 - size.trailingZeroBitCount)
        var fingerprints = [UInt64](repeating: 0, count: size)
        var entries = [Int32](repeating: 0, count: size)
        var words: [String] = [], classes: [Lexicon.WordClass] = []
        for (word, c) in table {
            let key = Self.fingerprint(word)
            var i = Self.home(key, shift)
            while fingerprints[i] != 0 { i = (i &+ 1) & (size - 1) }
            fingerprints[i] = key
            entries[i] = Int32(words.count)
            words.append(word)
            classes.append(c)
        }
        (self.fingerprints, self.entries, self.words, self.classes) = (fingerprints, entries, words, classes)
    }

    @inline(__always) private static func fingerprint(_ word: String) -> UInt64 { TaggerWordCache.key(word) | 1 }

    /// The first slot of `key`'s probe (Fibonacci hashing: the top bits of the product).
    @inline(__always) private static func home(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The classes of `word`: `Lexicon.classes[word] ?? []`.
    func classes(of word: String) -> Lexicon.WordClass {
        let key = Self.fingerprint(word)
        let mask = fingerprints.count - 1
        var i = Self.home(key, shift)
        while true {
            let f = fingerprints[i]
            if f == 0 { return [] }
            if f == key, words[Int(entries[i])] == word { return classes[Int(entries[i])] }
            i = (i &+ 1) & mask
        }
    }
}
