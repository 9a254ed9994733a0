import WhosaidModel

extension State {
    /// Matches of the text search inside `span` of the article, as scalar offsets of the article.
    func textMatches(in span: TextSpan) -> [Range<Int>] {
        guard !textQuery.isEmpty else { return [] }
        return SearchQuery(textQuery).matchRanges(in: analysis.document.text(in: span))
            .map { ($0.lowerBound + span.start)..<($0.upperBound + span.start) }
    }

    /// Ids of the statements whose text matches the text search.
    func statementIDsMatchingText() -> Set<Int> {
        Set(index.statementIDs(matchingText: SearchQuery(textQuery)))
    }
}
