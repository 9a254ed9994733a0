/// A statement of one article of a corpus, with what a listing or an export across articles
/// shows beside it: the article's title and date, and the speaker's corpus-wide name.
public struct CorpusStatement: Sendable, Hashable, Identifiable {
    /// The statement's row id in the corpus database.
    public var id: Int64
    /// The article's row id in the corpus database.
    public var article: Int64
    /// The article's key (its JSONL id, or its file's path).
    public var articleKey: String
    /// The article's title, when it has one.
    public var title: String?
    /// The article's date as given, when it has one.
    public var date: String?
    /// The speaker: the corpus person's name when the actor is one, else the article's name for
    /// the actor; nil when the statement is unattributed.
    public var speaker: String?
    /// The corpus person's row id, when the speaker is one.
    public var person: Int64?
    /// The role the article gives the speaker.
    public var role: String?
    /// The statement as its article holds it (span, text, kind, cue, paragraph).
    public var statement: Statement
    /// Where a full-text search matched, as scalar offsets into ``Statement/text``.
    public var matches: [Range<Int>]

    /// Creates a corpus statement.
    public init(
        id: Int64, article: Int64, articleKey: String, title: String? = nil, date: String? = nil,
        speaker: String? = nil, person: Int64? = nil, role: String? = nil, statement: Statement, matches: [Range<Int>] = []
    ) {
        self.id = id
        self.article = article
        self.articleKey = articleKey
        self.title = title
        self.date = date
        self.speaker = speaker
        self.person = person
        self.role = role
        self.statement = statement
        self.matches = matches
    }

    /// The article as a reader names it: its title (else its key), and its date when known.
    public var articleLabel: String {
        let name = title.flatMap { $0.isEmpty ? nil : $0 } ?? articleKey
        return date.map { "\(name) (\($0))" } ?? name
    }
}
