import WhosaidModel

/// Hits of a text search kept between keystrokes: typing on only narrows a search, so the next
/// query tests only the last one's hits.
struct TextHits: Sendable {
    /// The query and the ids of the statements that match it.
    var statements: (query: String, ids: [Int])?
    /// The query and the indices of the paragraphs that match it.
    var paragraphs: (query: String, ids: [Int])?
    /// The article's paragraphs folded for searching, built at the first search of the source.
    var paragraphKeys: FoldedTexts?

    /// The hits of `query`: `cached` when it is for the same query; otherwise `search` over the
    /// cached hits when `query` extends that query, or over everything.
    static func hits(
        of query: String, cached: (query: String, ids: [Int])?, search: ([Int]?) -> [Int]
    ) -> (query: String, ids: [Int]) {
        if let cached, cached.query == query { return cached }
        let narrowing = cached.flatMap { !$0.query.isEmpty && query.hasPrefix($0.query) ? $0.ids : nil }
        return (query, search(narrowing))
    }
}

extension State {
    /// Matches of the text search inside `span` of the article, as scalar offsets of the article.
    func textMatches(in span: TextSpan) -> [Range<Int>] {
        guard !textQuery.isEmpty else { return [] }
        return SearchQuery(textQuery).matchRanges(in: analysis.document.text(in: span))
            .map { ($0.lowerBound + span.start)..<($0.upperBound + span.start) }
    }

    /// Ids of the statements whose text matches the text search, in order.
    mutating func statementIDsMatchingText() -> [Int] {
        let query = SearchQuery(textQuery)
        let hits = TextHits.hits(of: textQuery, cached: textHitCache.statements) { candidates in
            index.statementIDs(matchingText: query, among: candidates)
        }
        textHitCache.statements = hits
        return hits.ids
    }

    /// Indices of the paragraphs that match the text search, in order.
    mutating func paragraphsMatchingText() -> [Int] {
        let keys = textHitCache.paragraphKeys
            ?? FoldedTexts(analysis.document.paragraphs.map { analysis.document.text(in: $0) })
        textHitCache.paragraphKeys = keys
        let query = SearchQuery(textQuery)
        let hits = TextHits.hits(of: textQuery, cached: textHitCache.paragraphs) { candidates in
            keys.indices(matching: query, among: candidates)
        }
        textHitCache.paragraphs = hits
        return hits.ids
    }
}
