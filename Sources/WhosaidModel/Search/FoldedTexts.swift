/// Texts folded once for searching (an article's paragraphs, say), so that each keystroke of a
/// search only compares bytes. Matching is ``SearchQuery``'s.
public struct FoldedTexts: Sendable {
    /// Folded bytes of each text.
    let keys: [[UInt8]]

    /// Folds `texts`.
    public init(_ texts: [String]) {
        keys = texts.map(TextFolding.bytes)
    }

    /// Number of texts.
    public var count: Int { keys.count }

    /// Indices of the texts that match `query`, in order. With `candidates` (the hits of a query
    /// this one extends: typing only narrows a search) only those are tested.
    public func indices(matching query: SearchQuery, among candidates: [Int]? = nil) -> [Int] {
        (candidates ?? Array(keys.indices)).filter { query.matches(folded: keys[$0]) }
    }
}
