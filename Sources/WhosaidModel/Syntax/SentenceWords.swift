import WhosaidSyntax

/// The tagger's words of one sentence at a time, in buffers kept from sentence to sentence: where
/// each word's reading is, where each token's first word stands, and the tags. Arrays appended
/// word by word checked their uniqueness and capacity at every word (about 2% of tagging).
struct SentenceWords {
    /// The treebank words a token can stand for (`don't` → `do`, `n't`).
    static let wordsPerToken = 2

    /// The words of the sentence, each a pointer to its reading.
    private(set) var words: UnsafeMutablePointer<UnsafePointer<ScoredWord>>
    /// The index in ``words`` of each token's first word.
    private(set) var firstWord: UnsafeMutablePointer<Int32>
    /// The tags of the words.
    private(set) var tags: UnsafeMutablePointer<UPOS>
    /// The number of words of the sentence.
    private(set) var count = 0
    /// The most tokens a sentence may have before the buffers grow.
    private var tokenCapacity = 0

    /// Empty buffers; ``deallocate()`` frees them.
    init() {
        words = .allocate(capacity: 0)
        firstWord = .allocate(capacity: 0)
        tags = .allocate(capacity: 0)
    }

    /// Starts a sentence of `tokens` tokens, growing the buffers when it is longer than any before.
    mutating func start(tokens: Int) {
        count = 0
        guard tokens > tokenCapacity else { return }
        deallocate()
        tokenCapacity = max(tokens, 2 * tokenCapacity)
        words = .allocate(capacity: tokenCapacity * Self.wordsPerToken)
        firstWord = .allocate(capacity: tokenCapacity)
        tags = .allocate(capacity: tokenCapacity * Self.wordsPerToken)
    }

    /// Adds the words of the sentence's token number `token` (counted from the sentence's first), `reading`.
    @inline(__always) mutating func append(token: Int, _ reading: UnsafeBufferPointer<ScoredWord>) {
        precondition(reading.count <= Self.wordsPerToken, "SentenceWords: a token read as more than two words")
        firstWord[token] = Int32(truncatingIfNeeded: count)
        for w in 0..<reading.count { words[count + w] = reading.baseAddress! + w }
        count += reading.count
    }

    /// The tag of the sentence's token number `token`: its first word's.
    @inline(__always) func tag(ofToken token: Int) -> UPOS { tags[Int(firstWord[token])] }

    /// Frees the buffers.
    func deallocate() {
        words.deallocate()
        firstWord.deallocate()
        tags.deallocate()
    }
}
