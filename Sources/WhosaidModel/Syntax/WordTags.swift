import WhosaidSyntax

/// The part-of-speech tags of a document's tokens by where they start, for stages that cut the
/// text into words of their own (the topic extractor).
struct WordTags {
    private var starts: [Int32]
    private var tags: [UPOS]

    init(_ tokens: Tokens) {
        starts = tokens.map { Int32(truncatingIfNeeded: $0.start) }
        tags = tokens.map(\.tag)
    }

    /// The tag of the token holding each offset of `offsets` (given in text order): a merge walk.
    func tags<S: Sequence>(atOffsets offsets: S) -> [UPOS] where S.Element == Int32 {
        var out: [UPOS] = []
        var k = 0
        for offset in offsets {
            while k + 1 < starts.count, starts[k + 1] <= offset { k += 1 }
            out.append(k < tags.count && starts[k] <= offset ? tags[k] : .x)
        }
        return out
    }

    /// The tag of each topic word.
    func tags(of words: [TopicScan.Word]) -> [UPOS] { tags(atOffsets: words.lazy.map(\.start)) }
}
