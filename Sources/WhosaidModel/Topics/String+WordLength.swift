extension String {
    /// `count`, the number of Characters, read from the UTF-8 length when the text is ASCII with
    /// no carriage return (each of its bytes is then one Character; only CR LF is one Character of
    /// two ASCII scalars). `count` walks grapheme breaks: hundreds of instructions for a word, in
    /// the analysis of every new form.
    var wordLength: Int {
        let ascii = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? bytes.count : nil
        }
        return (ascii ?? nil) ?? count
    }
}
