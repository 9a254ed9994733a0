extension String {
    /// `hasSuffix(suffix)` for a suffix that ends in a lower-case ASCII letter, answered from the
    /// last byte for most words: the text ends with the suffix's Characters only if its last
    /// scalar is that letter (no other scalar or sequence is canonically equivalent to one), so
    /// only a text whose last byte is the letter is compared in full. `hasSuffix` compares
    /// Characters, which cost hundreds of instructions a call in the hot loops that test endings.
    func endsWith(_ suffix: String) -> Bool {
        let last = suffix.lastUTF8Byte
        assert(last.map { $0 >= 0x61 && $0 <= 0x7A } ?? false, "endsWith needs a suffix ending in a-z")
        return lastUTF8Byte == last && hasSuffix(suffix)
    }

    /// The last byte of the text's UTF-8 (nil when empty), read from its storage in place:
    /// `utf8.last` steps an index back through the collection's generic path, at some 75
    /// instructions a call.
    @inline(__always) var lastUTF8Byte: UInt8? {
        utf8.withContiguousStorageIfAvailable { $0.last } ?? utf8.last
    }
}

extension String {
    /// Whether the word ends in a possessive `'s`, with a typewriter or a curly apostrophe
    /// (`company's`, `Sainsbury’s`): ``endsWith(_:)`` of either, the last byte read once.
    var isPossessiveForm: Bool { lastUTF8Byte == 0x73 && (hasSuffix("'s") || hasSuffix("\u{2019}s")) }
}
