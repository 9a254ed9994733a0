/// Reading and rewriting CoNLL-U, the Universal Dependencies treebank format.
public enum CoNLLU {
    /// One word line of a sentence (range lines `1-2` and empty nodes `1.1` are not words).
    public struct Word: Sendable {
        /// The FORM column.
        public var form: String
        /// The UPOS column, when it holds a known tag.
        public var tag: UPOS?
        /// Whether `SpaceAfter=No` is absent from the MISC column.
        public var spaceAfter: Bool
    }

    /// Whether a line is a word line: its ID is a plain integer.
    public static func isWordLine<S: StringProtocol>(_ line: S) -> Bool {
        guard let tab = line.firstIndex(of: "\t") else { return false }
        let id = line[..<tab]
        return !id.isEmpty && id.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The word of a word line.
    public static func word<S: StringProtocol>(ofLine line: S) -> Word {
        let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
        let form = cols.count > 1 ? String(cols[1]) : ""
        let tag = cols.count > 3 ? UPOS(name: String(cols[3])) : nil
        let misc = cols.count > 9 ? cols[9] : ""
        return Word(form: form, tag: tag, spaceAfter: !misc.split(separator: "|").contains("SpaceAfter=No"))
    }

    /// `line` with its UPOS column (the fourth) set to `tag`.
    public static func replacingTag(inLine line: Substring, with tag: UPOS) -> String {
        var cols = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard cols.count > 3 else { return String(line) }
        cols[3] = Substring(tag.name)
        return cols.joined(separator: "\t")
    }

    /// The sentences of a CoNLL-U text: their word lines in order.
    public static func sentences(in text: String) -> [[Word]] {
        var out: [[Word]] = []
        var current: [Word] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty {
                if !current.isEmpty { out.append(current); current = [] }
            } else if isWordLine(line) {
                current.append(word(ofLine: line))
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Training sentences as whosaid's tokenizer cuts text: a hyphenated word the treebank split
    /// (`Richey - Allen`, no spaces) becomes one word with the last part's tag.
    public static func trainingSentences(_ sentences: [[Word]]) -> [PerceptronTrainer.Sentence] {
        sentences.map { words in
            var out: PerceptronTrainer.Sentence = []
            var i = 0
            while i < words.count {
                var form = words[i].form
                var tag = words[i].tag ?? .x
                var last = i
                while last + 2 < words.count, !words[last].spaceAfter, !words[last + 1].spaceAfter,
                      words[last + 1].form == "-", isWordlike(words[last].form), isWordlike(words[last + 2].form) {
                    form += "-" + words[last + 2].form
                    tag = words[last + 2].tag ?? .x
                    last += 2
                }
                out.append((form, tag))
                i = last + 1
            }
            return out
        }
    }

    static func isWordlike(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        return first.properties.isAlphabetic || first.properties.numericType != nil
            ? last.properties.isAlphabetic || last.properties.numericType != nil : false
    }
}
