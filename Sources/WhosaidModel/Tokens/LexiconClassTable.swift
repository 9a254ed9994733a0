/// ``Lexicon/classes`` as an open-addressing table keyed by a hash of a word's UTF-8 bytes: the
/// tokenizer asks it once for each distinct form of every document, and the dictionary hashed
/// each form with the standard library's seeded hasher (about 390 instructions a form, 1.2% of
/// the engine on real news), where this hashes the bytes in place and compares one string.
///
/// The answers are the dictionary's: an ASCII form is equal to a key exactly when their bytes
/// are; a form with other scalars (which canonical equivalence could make equal to a key of other
/// bytes) is asked of the dictionary itself, as is every form if a key is not ASCII.
struct LexiconClassTable: Sendable {
    /// The table of ``Lexicon/classes``.
    static let shared = LexiconClassTable(Lexicon.classes)

    /// At most this fraction of the slots is used (1 / slotsPerKey).
    private static let slotsPerKey = 4
    /// The hash of each slot's key, 0 for an empty slot.
    private let hashes: [UInt64]
    private let keys: [String]
    private let classes: [Lexicon.WordClass]
    private let shift: UInt64
    /// Whether every key is ASCII (else every form is asked of `dictionary`).
    private let keysAreASCII: Bool
    private let dictionary: [String: Lexicon.WordClass]

    init(_ dictionary: [String: Lexicon.WordClass]) {
        var size = 16
        while size < dictionary.count * Self.slotsPerKey { size <<= 1 }
        var hashes = [UInt64](repeating: 0, count: size), keys = [String](repeating: "", count: size)
        var classes = [Lexicon.WordClass](repeating: [], count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        var ascii = true
        for (key, c) in dictionary {
            let (h, isASCII) = Self.hash(key)
            ascii = ascii && isASCII
            var slot = Self.home(h, shift)
            while hashes[slot] != 0 { slot = (slot + 1) & (size - 1) }
            (hashes[slot], keys[slot], classes[slot]) = (h, key, c)
        }
        (self.hashes, self.keys, self.classes, keysAreASCII, self.dictionary) = (hashes, keys, classes, ascii, dictionary)
    }

    /// FNV-1a over the UTF-8 of `word` (never 0), and whether it is all ASCII.
    @inline(__always) private static func hash(_ word: String) -> (hash: UInt64, isASCII: Bool) {
        var word = word
        return word.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325, high: UInt8 = 0
            for b in bytes {
                h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
                high |= b
            }
            return (h | 1, high < 0x80)
        }
    }

    /// The first slot of hash `h`'s probe (Fibonacci hashing: the top bits of the product).
    @inline(__always) private static func home(_ h: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The classes of `word` (lower case), none when the lexicon does not list it.
    func classes(of word: String) -> Lexicon.WordClass {
        let (h, isASCII) = Self.hash(word)
        guard isASCII, keysAreASCII else { return dictionary[word] ?? [] }
        let mask = hashes.count - 1
        var slot = Self.home(h, shift)
        while true {
            let k = hashes[slot]
            if k == 0 { return [] }
            if k == h, keys[slot] == word { return classes[slot] }
            slot = (slot + 1) & mask
        }
    }
}
