import WhosaidModel

/// Everything the browser shows, as a value. ``reduce(_:_:)`` changes it; ``render(_:)`` draws it.
public struct State: Sendable {
    /// The article and what was found in it, with the reader's corrections applied.
    public let analysis: Analysis
    /// What the engine found, before the reader's corrections.
    public let engineAnalysis: Analysis
    /// The reader's corrections of this article.
    public internal(set) var corrections: Corrections
    /// The article name shown in the status line.
    public let fileName: String
    /// Actor ids in list order: most statements first, then first appearance.
    public let actorOrder: [Int]
    /// The statements, actors and topics folded for searching.
    public let index: SearchIndex

    /// The terminal size.
    public internal(set) var size: Size
    /// Where the panes go at ``size``.
    public internal(set) var layout: Layout
    /// The article wrapped to the source pane.
    public internal(set) var sourceLayout: SourceLayout

    /// The pane keys act on.
    public internal(set) var focus: Pane = .list
    /// Whether the left pane lists actors or topics.
    public internal(set) var leftView: LeftView = .actors {
        didSet { if leftView != oldValue { refreshListRows(extending: nil) } }
    }
    /// What keys do, with what that mode works on (a prompt's line, the file asked about).
    public internal(set) var interaction: Interaction = .normal
    /// The selected actor, or nil for all statements.
    public internal(set) var actorID: Int? {
        didSet { if actorID != oldValue { refreshListedStatements() } }
    }
    /// The selected topic, or nil for all topics.
    public internal(set) var topicID: Int? {
        didSet { if topicID != oldValue { refreshListedStatements() } }
    }
    /// The selected statement.
    public internal(set) var statementID: Int?
    /// Filter of the left pane (names, aliases, roles; or topic phrases).
    public internal(set) var listQuery = "" {
        didSet { if listQuery != oldValue { refreshListRows(extending: oldValue) } }
    }
    /// Rows of the left pane: "All" first (hidden while a filter is typed), then the matching
    /// actors or topics. Kept up to date as the filter changes, narrowing the last result while
    /// the filter is only typed on.
    public internal(set) var listRows: [ListRow] = []
    /// Ids of the statements the statements pane lists: those of the selected actor and topic;
    /// none while the left pane's filter matches nothing.
    public internal(set) var listedStatementIDs: [Int] = []
    /// Unfiltered rows of the actors and topics lists (topics without statements left out).
    let allActorRows: [ListRow]
    let allTopicRows: [ListRow]
    /// The last text search's hits, to narrow from while it is typed on (see ``State/textHits()``).
    var textHitCache = TextHits()
    /// Text search of the statements and source panes.
    public internal(set) var textQuery = ""
    /// The pane the current text search belongs to.
    public internal(set) var searchPane: Pane = .list
    /// First visible item of the left pane.
    public internal(set) var listScroll = 0
    /// First visible statement.
    public internal(set) var statementScroll = 0
    /// First visible row of the source pane.
    public internal(set) var sourceScroll = 0
    /// Marked statement ids.
    public internal(set) var marks: Set<Int> = []
    /// The marks as they were last exported (quitting with others asks first).
    public internal(set) var exportedMarks: Set<Int> = []
    /// The export prompt whose file the runner is writing: its report (``Action/exportFinished(_:)``)
    /// may ask to overwrite, and no goes back to it.
    var pendingExport: Prompt?
    /// The status line message.
    public internal(set) var status: StatusMessage?
    /// Work for the runner to do (write a file); it reports back with an action.
    public internal(set) var effect: Effect?
    /// Whether the browser should exit.
    public internal(set) var shouldQuit = false
    /// The directory exports go to by default ("" for the current directory).
    public internal(set) var exportDirectory = ""

    /// What keys do: ``interaction`` without its data.
    public var mode: Mode { interaction.mode }

    /// The prompt being edited, if any.
    public var prompt: Prompt? {
        if case .prompt(let prompt) = interaction { prompt } else { nil }
    }

    /// The first line of the help overlay shown (0 when it is closed).
    public var helpScroll: Int {
        if case .help(let scroll) = interaction { scroll } else { 0 }
    }

    /// A browser on `analysis` at `size`, showing `status` until the first key.
    public init(analysis: Analysis, size: Size, fileName: String? = nil, corrections: Corrections = Corrections(), status: StatusMessage? = nil) {
        self.engineAnalysis = analysis
        self.corrections = corrections
        self.status = status
        let analysis = corrections.applied(to: analysis)
        self.analysis = analysis
        self.fileName = fileName ?? analysis.document.name
        self.actorOrder = analysis.actors.indices.sorted { a, b in
            let x = analysis.actors[a]
            let y = analysis.actors[b]
            if x.statementIDs.count != y.statementIDs.count { return x.statementIDs.count > y.statementIDs.count }
            return (x.statementIDs.first ?? Int.max, a) < (y.statementIDs.first ?? Int.max, b)
        }
        self.index = SearchIndex(analysis)
        self.allActorRows = [.all] + actorOrder.map(ListRow.actor)
        self.allTopicRows = [.all] + analysis.topics.indices.filter { !analysis.topics[$0].statementIDs.isEmpty }.map(ListRow.topic)
        self.size = size
        self.layout = Layout(size: size)
        self.sourceLayout = SourceLayout()
        refreshListRows(extending: nil)
        statementID = analysis.statements.first?.id
        relayout()
        keepSelectionVisible()
    }

    /// Recomputes the layout for ``size`` and rewraps the article when the source width changed.
    mutating func relayout() {
        layout = Layout(size: size)
        let width = layout.isTooSmall ? 0 : layout.sourceTextWidth
        guard width > 0, width != sourceLayout.width else { return }
        sourceLayout = sourceLayout.glyphs.isEmpty
            ? SourceLayout(document: analysis.document, width: width) : sourceLayout.rewrapped(to: width)
    }
}
