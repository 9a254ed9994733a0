/// Which rows of a long list to read: `limit` rows from `offset` of `total`, and, when the
/// reader already holds a neighbour of them, that row's id, so that a database can seek to it
/// (keyset paging) instead of stepping over every row before `offset`.
public struct CorpusPage: Hashable, Sendable {
    /// Index of the first row wanted.
    public var offset: Int
    /// Rows wanted (fewer at the end of the list).
    public var limit: Int
    /// The list's length when it was counted.
    public var total: Int
    /// The id of row `offset - 1`, when known.
    public var after: Int64?
    /// The id of row `offset + limit`, when known.
    public var before: Int64?

    /// A page of `limit` rows from `offset` of a list of `total`.
    public init(offset: Int, limit: Int, total: Int, after: Int64? = nil, before: Int64? = nil) {
        self.offset = offset
        self.limit = limit
        self.total = total
        self.after = after
        self.before = before
    }
}
