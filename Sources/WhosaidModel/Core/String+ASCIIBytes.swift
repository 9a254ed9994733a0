extension String {
    /// `body` run over the text's UTF-8 when every byte of it is ASCII (and the string keeps its
    /// UTF-8 in one piece); nil otherwise.
    ///
    /// In ASCII each Character is one byte but a CR LF pair, which holds no space, letter, digit
    /// or hyphen: words split at spaces, and a word's letters and marks, are read the same byte
    /// by byte as Character by Character, without the grapheme breaking that made a split by
    /// Characters cost some 9,000 instructions for a short role or name.
    @inline(__always) func withASCIIBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let result = utf8.withContiguousStorageIfAvailable { u -> R? in
            for b in u where b >= 0x80 { return nil }
            return body(u)
        }
        return result ?? nil
    }

    /// The byte offsets of the first word of ASCII `u` split at spaces (the first run of
    /// non-spaces, as `split(separator: " ")` gives it), or nil when it holds no word.
    static func firstASCIIWord(_ u: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Range<Int>? {
        var i = start
        while i < u.count, u[i] == 0x20 { i += 1 }
        guard i < u.count else { return nil }
        let first = i
        while i < u.count, u[i] != 0x20 { i += 1 }
        return first..<i
    }
}
