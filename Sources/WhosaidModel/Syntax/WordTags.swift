import WhosaidSyntax

/// The part-of-speech tags of a document's tokens by where they start, for stages that cut the
/// text into words of their own (the topic extractor).
struct WordTags {
    private var starts: [Int32]
    private var tags: [UPOS]

    init(_ tokens: Tokens) {
        (starts, tags) = tokens.startsAndTags
    }

    /// The tag of the token holding each topic word's start (the words in text order): a merge
    /// walk over the arrays' storage, written straight into the result (through `self` and an
    /// append per word, each step checked bounds and room).
    func tags(of words: [TopicScan.Word]) -> [UPOS] {
        [UPOS](unsafeUninitializedCapacity: words.count) { out, count in
            starts.withUnsafeBufferPointer { starts in
                tags.withUnsafeBufferPointer { tags in
                    var k = 0
                    for i in words.indices {
                        let offset = words[i].start
                        while k + 1 < starts.count, starts[k + 1] <= offset { k += 1 }
                        out.initializeElement(at: i, to: k < tags.count && starts[k] <= offset ? tags[k] : .x)
                    }
                }
            }
            count = words.count
        }
    }
}
