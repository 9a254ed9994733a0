import PathologicalInputs

/// Random news-like documents made messy: the sentences of ``NewsLikeDocuments`` (names,
/// reporting verbs, quotation marks of every kind), with every kind of line end between
/// paragraphs (LF, CRLF, CR, U+2029, blank lines, hard wrapping at a random width), and random
/// Unicode between the words: emoji with joiners and flags, combining marks, right-to-left and
/// CJK text, byte-order marks, zero-width and no-break spaces, control characters, stray quote
/// marks. The same seed always gives the same documents.
struct MessyNewsDocuments: Sequence, IteratorProtocol {
    private var random: SplitMix64
    private var sentences: NewsLikeDocuments
    private var left: Int

    init(seed: UInt64, count: Int) {
        random = SplitMix64(state: seed ^ 0x5EED_0F_0DD)
        sentences = NewsLikeDocuments(seed: seed, count: count)
        left = count
    }

    static let lineEnds = ["\n", "\r\n", "\r", "\u{2029}", "\n\n", "\r\n\r\n", "\n \n", "\n\u{FEFF}\n"]
    static let oddities = [
        "🎉", "🙅‍♂️", "🇫🇷", "e\u{301}", "Zoë", "Åberg", "שלום", "مرحبا", "他说", "「引用」", "\u{FEFF}", "\u{200B}",
        "\u{00A0}", "\u{202F}", "\u{2028}", "\t", "\u{1B}[2J", "\u{7}", "\u{85}", "\u{9B}", "\u{7F}", "‹", "›", "‚",
        "„", "»", "«", "\"", "'", "’", "‘", "“", "”", "``", "''", "—", "…", "Mr.", "U.S.", "(", ")", ":", "\u{FFFD}",
        "\u{10FFFF}", "𝔘𝔫𝔦", "ǅ", "İ",
    ]

    mutating func next() -> String? {
        guard left > 0, let text = sentences.next() else { return nil }
        left -= 1
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 0...6, using: &random) where !words.isEmpty {
            let at = Int.random(in: 0...words.count, using: &random)
            words.insert(Self.oddities.randomElement(using: &random)!, at: at)
        }
        let paragraphs = words.joined(separator: " ").components(separatedBy: "\n\n")
        let wrapWidth = Bool.random(using: &random) ? Int.random(in: 20...90, using: &random) : nil
        var out = Bool.random(using: &random) ? "" : "\u{FEFF}"
        for (i, paragraph) in paragraphs.enumerated() {
            if i > 0 { out += Self.lineEnds.randomElement(using: &random)! }
            let lineEnd = Bool.random(using: &random) ? "\n" : "\r\n"
            out += wrapWidth.map { HardWrapTests.wrap(paragraph, width: $0).joined(separator: lineEnd) } ?? paragraph
        }
        return out
    }
}
