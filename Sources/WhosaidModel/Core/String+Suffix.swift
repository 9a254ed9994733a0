extension String {
    /// `hasSuffix(suffix)` for a suffix that ends in a lower-case ASCII letter, answered from the
    /// last byte for most words: the text ends with the suffix's Characters only if its last
    /// scalar is that letter (no other scalar or sequence is canonically equivalent to one), so
    /// only a text whose last byte is the letter is compared in full. `hasSuffix` compares
    /// Characters, which cost hundreds of instructions a call in the hot loops that test endings.
    /// The suffix is made of small ASCII letters and typewriter apostrophes: no other scalar is
    /// canonically equivalent to one of them, so the text ends with its Characters only if it ends
    /// with its bytes, and `hasSuffix` is asked only when the bytes match.
    func endsWith(_ suffix: String) -> Bool {
        let last = suffix.lastUTF8Byte
        assert(last.map { $0 >= 0x61 && $0 <= 0x7A } ?? false, "endsWith needs a suffix ending in a-z")
        return lastUTF8Byte == last && endsWithUTF8(of: suffix) != false && hasSuffix(suffix)
    }

    /// Whether the text's UTF-8 ends with `suffix`'s, both read from their storage in place (nil
    /// when either has none, as a bridged string may not).
    @inline(__always) func endsWithUTF8(of suffix: String) -> Bool? {
        utf8.withContiguousStorageIfAvailable { text in
            suffix.utf8.withContiguousStorageIfAvailable { tail in
                text.count >= tail.count && text.suffix(tail.count).elementsEqual(tail)
            }
        } ?? nil
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
    /// (`company's`, `Sainsbury’s`): ``endsWith(_:)`` of either, the last bytes read once. Neither
    /// apostrophe nor `s` has a canonical equivalent, so `hasSuffix` (hundreds of instructions a
    /// call) is asked only of a text whose bytes end with one of the two.
    var isPossessiveForm: Bool {
        let bytesMatch = utf8.withContiguousStorageIfAvailable { b -> Bool in
            let n = b.count
            guard n >= 2, b[n - 1] == 0x73 else { return false }
            // `'` is 0x27; `’` (U+2019) is E2 80 99.
            return b[n - 2] == 0x27 || (n >= 4 && b[n - 2] == 0x99 && b[n - 3] == 0x80 && b[n - 4] == 0xE2)
        } ?? (lastUTF8Byte == 0x73)
        return bytesMatch && (hasSuffix("'s") || hasSuffix("\u{2019}s"))
    }
}
