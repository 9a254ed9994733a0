import WhosaidSyntax

/// One sentence of an article as the tagger reads it: its tokens with their tags, and chunks.
public struct TaggedSentence: Sendable {
    /// A token of the article with its part-of-speech tag.
    public struct Word: Sendable {
        /// The token's words, exactly as in the text.
        public var text: String
        /// Where it stands (Unicode scalar offsets, end exclusive).
        public var span: TextSpan
        /// Its Universal POS tag.
        public var tag: UPOS
    }

    /// The sentence's tokens.
    public var words: [Word]
    /// Noun phrases, verb groups, appositions and coordinations over ``words``.
    public var chunks: [Chunk]
    /// Indexes of the words that open a clause.
    public var clauseStarts: [Int]
}

extension Engine {
    /// The article's sentences, tokenised as the engine reads them, tagged and chunked.
    public func tagged(_ document: Document) -> [TaggedSentence] {
        var (tokens, forms) = Tokenizer.tokensAndForms(of: document)
        TokenTagging.tag(&tokens, forms: forms)
        var out: [TaggedSentence] = []
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
            let slice = tokens[start..<end]
            let tags = slice.map(\.tag)
            let lowers = slice.map(\.lower)
            out.append(TaggedSentence(
                words: slice.map { TaggedSentence.Word(text: document.text(in: TextSpan(start: $0.start, end: $0.end)), span: TextSpan(start: $0.start, end: $0.end), tag: $0.tag) },
                chunks: Chunker.chunks(tags: tags, words: lowers),
                clauseStarts: Chunker.clauseStarts(tags: tags, words: lowers)))
            start = end
        }
        return out
    }
}
