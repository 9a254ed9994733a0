extension String {
    /// `hasSuffix(suffix)` for a suffix that ends in a lower-case ASCII letter, answered from the
    /// last byte for most words: the text ends with the suffix's Characters only if its last
    /// scalar is that letter (no other scalar or sequence is canonically equivalent to one), so
    /// only a text whose last byte is the letter is compared in full. `hasSuffix` compares
    /// Characters, which cost hundreds of instructions a call in the hot loops that test endings.
    /// The suffix is made of small ASCII letters and typewriter apostrophes: no other scalar is
    /// canonically equivalent to one of them, so the text ends with its Characters only if it ends
    /// with its bytes, and `hasSuffix` is asked only when the bytes match.
    ///
    /// When the bytes match, `hasSuffix` is asked only when the scalar before them is not ASCII
    /// (or the suffix opens with anything else): after an ASCII scalar, a suffix opening
    /// with an ASCII letter or apostrophe starts a new Character (only a non-ASCII "prepend"
    /// scalar joins the next one to it), so the text's last Characters are the suffix's own.
    func endsWith(_ suffix: String) -> Bool {
        let last = suffix.lastUTF8Byte
        assert(last.map { $0 >= 0x61 && $0 <= 0x7A } ?? false, "endsWith needs a suffix ending in a-z")
        guard lastUTF8Byte == last else { return false }
        switch utf8Ending(suffix) {
        case .differs: return false
        case .sameAfterBoundary: return true
        case .sameBytes, nil: return hasSuffix(suffix)
        }
    }

    /// How the text's UTF-8 ends against `suffix`'s: not with its bytes, with them after an ASCII
    /// scalar (or as the whole text) when the suffix opens with a letter, or with them
    /// otherwise; nil when either has no contiguous UTF-8, as a bridged string may not. Only a
    /// suffix opening with a small ASCII letter or a typewriter apostrophe ends after a boundary.
    @inline(__always) func utf8Ending(_ suffix: String) -> UTF8Ending? {
        utf8.withContiguousStorageIfAvailable { text -> UTF8Ending? in
            suffix.utf8.withContiguousStorageIfAvailable { tail -> UTF8Ending in
                let n = text.count, k = tail.count
                guard n >= k, text.suffix(k).elementsEqual(tail) else { return .differs }
                let opener = tail.first ?? 0
                let opensWithLetter = opener &- 0x61 < 26 || opener == UInt8(ascii: "'")
                return (n == k || text[n - k - 1] < 0x80) && opensWithLetter ? .sameAfterBoundary : .sameBytes
            }
        } ?? nil
    }

    /// How a text's UTF-8 ends against a suffix's (``utf8Ending(_:)``).
    enum UTF8Ending {
        /// Not with the suffix's bytes.
        case differs
        /// With its bytes, after an ASCII scalar or as the whole text, the suffix opening with
        /// a small letter or `'`: the text ends with the suffix's Characters.
        case sameAfterBoundary
        /// With its bytes otherwise: only `hasSuffix` can tell.
        case sameBytes
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
    /// After an ASCII scalar (or as the whole text) either ending starts a new Character, as in
    /// ``endsWith(_:)``, and `hasSuffix` is not asked.
    var isPossessiveForm: Bool {
        let ending = utf8.withContiguousStorageIfAvailable { b -> UTF8Ending in
            let n = b.count
            guard n >= 2, b[n - 1] == 0x73 else { return .differs }
            // `'` is 0x27; `’` (U+2019) is E2 80 99.
            let k: Int
            if b[n - 2] == 0x27 {
                k = 2
            } else if n >= 4 && b[n - 2] == 0x99 && b[n - 3] == 0x80 && b[n - 4] == 0xE2 {
                k = 4
            } else {
                return .differs
            }
            return n == k || b[n - k - 1] < 0x80 ? .sameAfterBoundary : .sameBytes
        } ?? (lastUTF8Byte == 0x73 ? .sameBytes : .differs)
        switch ending {
        case .differs: return false
        case .sameAfterBoundary: return true
        case .sameBytes: return hasSuffix("'s") || hasSuffix("\u{2019}s")
        }
    }
}
