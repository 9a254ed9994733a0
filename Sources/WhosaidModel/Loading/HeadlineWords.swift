/// The title-case count of a headline (``Document/headline(in:paragraphs:)``): its words longer
/// than three Characters, split at spaces, and how many of them open with a capital.
enum HeadlineWords {
    /// The counts for `line`, from its bytes when it is ASCII with no carriage return (each
    /// Character is then one byte: only CR LF joins two ASCII scalars), else by Characters.
    /// Splitting by Characters and asking each word's first Character if it is upper case cost
    /// some 26,000 instructions a document.
    static func counts(_ line: String) -> (words: Int, capitalized: Int) {
        asciiCounts(line) ?? characterCounts(line)
    }

    /// The counts read by Characters.
    static func characterCounts(_ line: String) -> (words: Int, capitalized: Int) {
        let words = line.split(separator: " ").filter { $0.count > Self.shortestCounted - 1 }
        return (words.count, words.filter { $0.first?.isUppercase == true }.count)
    }

    /// The counts read from the bytes, nil when `line` is not ASCII or holds a carriage return.
    static func asciiCounts(_ line: String) -> (words: Int, capitalized: Int)? {
        var line = line
        return line.withUTF8 { bytes -> (words: Int, capitalized: Int)? in
            var words = 0, capitalized = 0, length = 0, opensWithCapital = false
            func endWord() {
                if length >= Self.shortestCounted {
                    words += 1
                    if opensWithCapital { capitalized += 1 }
                }
                length = 0
            }
            for b in bytes {
                guard b < 0x80, b != 0x0D else { return nil }
                if b == 0x20 {
                    endWord()
                } else {
                    if length == 0 { opensWithCapital = b &- 0x41 < 26 }
                    length += 1
                }
            }
            endWord()
            return (words, capitalized)
        }
    }

    /// The fewest Characters of a word counted.
    static let shortestCounted = 4
}
