import WhosaidModel

/// Everything the corpus browser shows, as a value: ``reduce(_:_:)-(CorpusState,_)`` changes it
/// and ``render(_:)-(CorpusState)`` draws it. The lists hold a page of rows around their
/// cursors (``PagedList``), read from ``source`` as the cursors move: a corpus of any size opens
/// at once and never sits in memory whole.
public struct CorpusState: Sendable {
    /// Where the articles, people and statements come from.
    public let source: any CorpusSource
    /// The corpus name shown in the status line (the database file's name).
    public let name: String

    /// The terminal size, and where the panes go at it.
    public internal(set) var size: Size
    public internal(set) var layout: CorpusLayout
    /// The pane keys act on.
    public internal(set) var focus: CorpusPane = .articles
    /// The pane the left column shows when it is too short for both.
    public internal(set) var leftPane: CorpusPane = .articles
    /// What keys do.
    public internal(set) var mode: Mode = .normal

    /// The articles pane: row 0 is "All articles", row `i` is article `i - 1` of ``articles``.
    var articles = PagedList<CorpusArticleRow>()
    public internal(set) var articleCursor = 0
    var articleScroll = 0
    /// The full-text query the articles are filtered by.
    public internal(set) var articleQuery = ""

    /// The people pane: row 0 is "All people" (or "All topics": `t` shows the topics across the
    /// corpus there instead, in rows of the same shape).
    var people = PagedList<CorpusPersonRow>()
    public internal(set) var personCursor = 0
    var personScroll = 0
    /// What the people's names (or the topics' phrases) are filtered by.
    public internal(set) var personQuery = ""
    /// Whether the people pane lists topics.
    public internal(set) var showsTopics = false

    /// The article or person the statements are listed for (picking one clears the other).
    public internal(set) var pickedArticle: CorpusArticleRow?
    public internal(set) var pickedPerson: CorpusPersonRow?
    /// The topic the statements are listed for (picking it clears the article and person).
    public internal(set) var pickedTopic: CorpusTopicRow?
    /// The statements listed, and the full-text query they match.
    var statements = PagedList<CorpusStatement>()
    public internal(set) var statementCursor = 0
    var statementScroll = 0
    public internal(set) var textQuery = ""

    /// The article in the source pane, wrapped to it.
    public internal(set) var document: Document?
    var documentID: Int64?
    var sourceLayout = SourceLayout()
    var sourceScroll = 0

    /// Marked statements (row ids), across articles; and those last exported.
    public internal(set) var marks: Set<Int64> = []
    public internal(set) var exportedMarks: Set<Int64> = []
    /// The article of each marked statement.
    var markArticles: [Int64: Int64] = [:]
    /// The search being typed is for this pane.
    var searchPane: CorpusPane = .articles
    /// The export file name being typed, its cursor, and the statements it is for.
    var promptText = ""
    var entryCursor = 0
    var exportIDs: [Int64] = []
    /// How the export being named is grouped.
    public internal(set) var exportGrouping = MarkdownExporter.Grouping.speaker
    /// The article and person picked before `f` narrowed the list to one person in one article.
    var widened: (article: CorpusArticleRow?, person: CorpusPersonRow?, topic: CorpusTopicRow?)?
    /// The file awaiting an overwrite answer.
    var confirmPath: String?
    /// First visible row of the help overlay.
    var helpScroll = 0
    /// The status line message.
    public internal(set) var status: StatusMessage?
    /// Work for the runner (write the export); it answers with ``Action/exportFinished(_:)``.
    public internal(set) var effect: CorpusEffect?
    /// Whether the browser should exit.
    public internal(set) var shouldQuit = false
    /// The directory exports go to by default ("" for the current one).
    public var exportDirectory = ""

    /// A browser on `source` at `size`: the newest articles, the people with the most
    /// statements, and all statements, the first selected.
    public init(source: any CorpusSource, name: String, size: Size) {
        self.source = source
        self.name = name
        self.size = size
        self.layout = CorpusLayout(size: size)
        reloadArticles()
        reloadPeople()
        reloadStatements()
    }

    /// Whether some marked statements have not been exported.
    public var hasUnexportedMarks: Bool { !marks.isSubset(of: exportedMarks) }

    /// The filter of the statements pane.
    public var filter: CorpusFilter {
        CorpusFilter(article: pickedArticle?.id, person: pickedPerson?.id, topic: pickedTopic?.id, text: textQuery)
    }

    /// The selected statement, when it is loaded.
    public var selectedStatement: CorpusStatement? { statements.row(statementCursor) }

    /// Rows of the articles pane ("All articles" and the articles).
    public var articleRowCount: Int { articles.total + 1 }
    /// Rows of the people pane ("All people" and the people).
    public var personRowCount: Int { people.total + 1 }
    /// Statements listed.
    public var statementCount: Int { statements.total }
}

/// Work the corpus browser asks its runner to do.
public enum CorpusEffect: Equatable, Sendable {
    /// Write these statements (row ids) as Markdown to `path`, grouped by person or by article;
    /// replace a file there only when `overwrite`.
    case export(statementIDs: [Int64], path: String, overwrite: Bool, grouping: MarkdownExporter.Grouping = .speaker)
}
