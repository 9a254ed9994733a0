/// Which statements of a corpus to list: of one article, of one person, on one topic (nil: any),
/// and those matching a full-text query ("" for all). The corpus browser's statements pane shows them.
public struct CorpusFilter: Hashable, Sendable {
    /// The article's row id.
    public var article: Int64?
    /// The person's row id.
    public var person: Int64?
    /// The corpus topic's row id: statements on that topic in any article.
    public var topic: Int64?
    /// A full-text query of the statements' text (words in any form the stemmer joins).
    public var text: String

    /// Creates a filter.
    public init(article: Int64? = nil, person: Int64? = nil, topic: Int64? = nil, text: String = "") {
        self.article = article
        self.person = person
        self.topic = topic
        self.text = text
    }
}
