extension String {
    /// `hasSuffix(suffix)` for a suffix that ends in a lower-case ASCII letter, answered from the
    /// last byte for most words: the text ends with the suffix's Characters only if its last
    /// scalar is that letter (no other scalar or sequence is canonically equivalent to one), so
    /// only a text whose last byte is the letter is compared in full. `hasSuffix` compares
    /// Characters, which cost hundreds of instructions a call in the hot loops that test endings.
    func endsWith(_ suffix: String) -> Bool {
        let last = suffix.utf8.last
        assert(last.map { $0 >= 0x61 && $0 <= 0x7A } ?? false, "endsWith needs a suffix ending in a-z")
        return utf8.last == last && hasSuffix(suffix)
    }
}

extension String {
    /// Whether the word ends in a possessive `'s`, with a typewriter or a curly apostrophe
    /// (`company's`, `Sainsbury’s`).
    var isPossessiveForm: Bool { endsWith("'s") || endsWith("\u{2019}s") }
}
