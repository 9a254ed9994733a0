extension String {
    /// `split(separator: " ")`: the runs of Characters other than a space, in order.
    ///
    /// An ASCII text is split byte by byte: there each space byte is a Character of its own (no
    /// ASCII byte joins a space in a cluster), so the pieces are the same; splitting on
    /// Characters cost grapheme breaking at every one, thousands of instructions a name on real
    /// news. Any other text is split by `split(separator:)`.
    var spaceSeparatedWords: [Substring] {
        let ascii = utf8.withContiguousStorageIfAvailable { b -> [Substring]? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [Substring] = []
            var i = 0
            while i < b.count {
                guard b[i] != 0x20 else { i += 1; continue }
                let start = i
                while i < b.count, b[i] != 0x20 { i += 1 }
                let from = utf8.index(startIndex, offsetBy: start)
                words.append(self[from..<utf8.index(from, offsetBy: i - start)])
            }
            return words
        }
        return (ascii ?? nil) ?? split(separator: " ")
    }
}
