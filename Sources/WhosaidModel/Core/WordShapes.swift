/// The shapes (first byte and UTF-8 length) of a few words, made at run time, which rule out
/// most words that are none of them without hashing: a `String` look-up normalises the word and
/// runs SipHash, hundreds of instructions, where this reads one bit (as ``WordSet`` does for
/// the fixed ASCII lists).
///
/// Exact: two ASCII strings are equal only when their bytes are, so an ASCII word whose shape no
/// member has is no member. A word that is not ASCII is never ruled out, and nothing is when a
/// member is not ASCII (it may be canonically equivalent to an ASCII word, as the Kelvin sign
/// is to "K").
struct WordShapes {
    /// For each first byte, a bit for each UTF-8 length (``maxLength`` for any longer) that some
    /// member has.
    private var shapes = [UInt64](repeating: 0, count: 256)
    /// Whether some member is empty or not ASCII: then no word is ruled out.
    private var rulesOutNothing = false

    /// The longest length told apart; longer words share its bit.
    private static let maxLength = 63

    /// The shapes of `words`.
    init(_ words: some Sequence<String>) {
        for w in words {
            guard let first = w.utf8.first, w.utf8.allSatisfy({ $0 < 0x80 }) else {
                rulesOutNothing = true
                continue
            }
            shapes[Int(first)] |= 1 << UInt64(Swift.min(w.utf8.count, Self.maxLength))
        }
    }

    /// Whether `w` is surely none of the words: it is ASCII, and no word has its first byte and length.
    func rulesOut(_ w: String) -> Bool {
        guard !rulesOutNothing else { return false }
        let answer = w.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            return shapes[Int(first)] & (1 << UInt64(Swift.min(bytes.count, Self.maxLength))) == 0
        }
        return answer ?? false
    }
}
