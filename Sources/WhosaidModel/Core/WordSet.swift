/// A set of ASCII words that answers most look-ups of words it lacks without hashing them: an
/// ASCII word is looked up in the set only when some member has its first byte and its UTF-8
/// length. (Hashing a `String` normalises it and runs SipHash: hundreds of instructions a
/// look-up, and the topic stage, the attribution rules and the mention finder ask their word
/// lists about nearly every word.)
///
/// An ASCII string equals only the same bytes, so the filter and the table of the words' bytes
/// (``ASCIIWordTable``) answer exactly for ASCII words; any other word (one may be canonically
/// equivalent to an ASCII word, as the Kelvin sign is to "K") is looked up in the set.
///
/// A word stored in place as ASCII (at most 15 bytes: nearly every word asked about) is looked
/// up by the string's own two words first (``SmallASCIIWordTable``), without reading its bytes.
struct WordSet: Sendable {
    private let words: Set<String>
    /// The words of at most 15 bytes, by their strings' two words.
    private let small: SmallASCIIWordTable
    /// The same words by their bytes, which answer for an ASCII word without hashing a `String`.
    private let table: ASCIIWordTable
    /// For each first byte, a bit for each UTF-8 length (``maxLength`` for any longer) that some
    /// member has.
    private let shapes: [UInt64]

    /// Whether some member holds a byte that a non-ASCII scalar is canonically equivalent to
    /// (``CanonicalASCIIImages``): only then can a word with a non-ASCII scalar equal a member.
    private let hasCanonicalImages: Bool

    /// The longest length told apart; longer words share its bit.
    private static let maxLength = 63

    /// The set of `words`, all ASCII.
    init(_ words: Set<String>) {
        precondition(words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, "a WordSet holds ASCII words")
        self.words = words
        small = SmallASCIIWordTable(words)
        table = ASCIIWordTable(words)
        var shapes = [UInt64](repeating: 0, count: 256)
        for w in words {
            guard let first = w.utf8.first else { continue }
            shapes[Int(first)] |= 1 << UInt64(Swift.min(w.utf8.count, Self.maxLength))
        }
        self.shapes = shapes
        hasCanonicalImages = words.contains { $0.utf8.contains(where: CanonicalASCIIImages.bytes.contains) }
    }

    /// Whether `w` is in the set. Not inlined: at a call inlined into a rule, reading a static
    /// set's tables retained and released them.
    @inline(never) func contains(_ w: String) -> Bool {
        if let answer = small.contains(w) { return answer }
        return containsByBytes(w)
    }

    /// Whether `w`, not stored in place as ASCII, is in the set.
    private func containsByBytes(_ w: String) -> Bool {
        let found = w.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard let first = bytes.first else { return nil }
            // The shape first, before the bytes are read: most words fail it. A word that fails
            // it is no member when ASCII, and, with a non-ASCII scalar, can equal a member only
            // through a scalar canonically equivalent to an ASCII byte.
            let fits = shapes[Int(first)] & (1 << UInt64(Swift.min(bytes.count, Self.maxLength))) != 0
            if !fits && !hasCanonicalImages { return false }
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return fits && table.contains(bytes)
        }
        if let answer = found ?? nil { return answer }
        return words.contains(w)
    }

    /// The words of this set and of `other`, as a `Set` (for lists built on this one).
    func union(_ other: some Sequence<String>) -> Set<String> { words.union(other) }
}

extension WordSet: ExpressibleByArrayLiteral {
    /// The set of the listed words, all ASCII: a word list written in place, as a `Set<String>`
    /// literal is.
    init(arrayLiteral words: String...) { self.init(Set(words)) }
}

extension WordSet: Sequence {
    /// The words, in no set order: for the tests that check a list's words.
    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}
