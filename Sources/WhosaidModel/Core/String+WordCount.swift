extension String {
    /// `split(separator: " ").count`, counted over the bytes when the text is ASCII (where each
    /// byte is a Character, CR LF aside, and neither is a space): splitting into Characters
    /// finds grapheme breaks, and display names are compared by their word counts many times.
    var spaceSeparatedWordCount: Int {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ").count }
        var count = 0
        var inWord = false
        for b in utf8 {
            if b == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
