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
            // Read through base pointers, the bounds known from the counts: each step of the
            // walk checked them again (35 instructions a word).
            words.withUnsafeBufferPointer { words in
                starts.withUnsafeBufferPointer { starts in
                    tags.withUnsafeBufferPointer { tags in
                        guard let wordBase = words.baseAddress, let outBase = out.baseAddress else { return }
                        let startCount = starts.count, tagCount = tags.count
                        var k = 0
                        for i in 0..<words.count {
                            let offset = wordBase[i].start
                            while k &+ 1 < startCount, starts[k &+ 1] <= offset { k &+= 1 }
                            (outBase + i).initialize(to: k < tagCount && k < startCount && starts[k] <= offset ? tags[k] : .x)
                        }
                    }
                }
            }
            count = words.count
        }
    }
}
