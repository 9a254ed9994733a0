extension String {
    /// Whether the text opens with an ASCII letter or digit, read from its first byte in place.
    ///
    /// Such a text equals no punctuation mark, as `==` compares (canonical equivalence): its
    /// normal form opens with that same letter or digit, which has no decomposition and combining
    /// class 0. So a word need not be compared with each mark of a list.
    var opensWithASCIIAlphanumeric: Bool {
        guard let b = utf8.withContiguousStorageIfAvailable({ $0.first }) ?? utf8.first else { return false }
        return (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
    }
}
