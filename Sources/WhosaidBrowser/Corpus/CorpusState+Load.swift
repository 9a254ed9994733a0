import WhosaidModel

/// Reading from the source: each list's length when its filter changes, a page around its
/// cursor as the cursor moves, and the article of the selected statement. A failure leaves the
/// list as it was and says why in the status line.
extension CorpusState {
    /// Runs `body`; a thrown error becomes the status message.
    mutating func reading(_ body: (inout CorpusState) throws -> Void) {
        do {
            try body(&self)
        } catch {
            status = StatusMessage("Cannot read the corpus: \(error)", isError: true)
        }
    }

    /// Counts the articles matching ``articleQuery`` and loads the first page.
    mutating func reloadArticles() {
        reading { s in
            s.articles.reset(total: try s.source.articleCount(matching: s.articleQuery))
            s.articleCursor = 0
            s.articleScroll = 0
            try s.loadArticlePage()
        }
    }

    /// Loads the first page of the people (or topics) matching ``personQuery``, and counts them
    /// when they fill more than a page: a search for a rare name reads the table once, not twice.
    mutating func reloadPeople() {
        reading { s in
            let (source, query, topics) = (s.source, s.personQuery, s.showsTopics)
            let size = PagedList<CorpusPersonRow>.pageSize
            let first = try topics ? source.topics(matching: query, offset: 0, limit: size) : source.people(matching: query, offset: 0, limit: size)
            let total = first.count < size ? first.count : try topics ? source.topicCount(matching: query) : source.peopleCount(matching: query)
            s.people.reset(total: total, firstPage: first)
            s.personCursor = 0
            s.personScroll = 0
        }
    }

    /// Counts the statements of ``filter``, selects the first and loads its page and article.
    mutating func reloadStatements() {
        reading { s in
            s.statements.reset(total: try s.source.statementCount(s.filter))
            s.statementCursor = 0
            s.statementScroll = 0
            try s.loadStatementPage()
        }
        showSourceArticle()
    }

    mutating func loadArticlePage() throws {
        let (source, query) = (self.source, articleQuery)
        try articles.load(around: max(0, articleCursor - 1)) { try source.articles(matching: query, offset: $0, limit: $1) }
    }

    mutating func loadPersonPage() throws {
        let (source, query, topics) = (self.source, personQuery, showsTopics)
        try people.load(around: max(0, personCursor - 1)) {
            try topics ? source.topics(matching: query, offset: $0, limit: $1) : source.people(matching: query, offset: $0, limit: $1)
        }
    }

    mutating func loadStatementPage() throws {
        let (source, filter) = (self.source, self.filter)
        try statements.load(around: statementCursor, id: \.id) { try source.statements(filter, page: $0) }
    }

    /// Puts the article of the selected statement (or the picked article) in the source pane,
    /// reading it when it is another one, and scrolls to the statement.
    mutating func showSourceArticle() {
        let id = selectedStatement?.article ?? pickedArticle?.id
        if id != documentID {
            documentID = id
            document = nil
            sourceLayout = SourceLayout()
            sourceScroll = 0
            if let id { reading { s in s.document = try s.source.document(ofArticle: id) } }
            relayoutSource()
        }
        revealStatementInSource(force: false)
    }

    /// Wraps the article to the source pane's width (again, when it changed).
    mutating func relayoutSource() {
        let width = layout.base.isTooSmall ? 0 : layout.base.sourceTextWidth
        guard let document, width > 0, width != sourceLayout.width else { return }
        sourceLayout = sourceLayout.glyphs.isEmpty ? SourceLayout(document: document, width: width) : sourceLayout.rewrapped(to: width)
    }

    /// Rows of the source pane under its title.
    var sourceRows: Int { max(1, layout.base.source.height - 1) }

    /// Scrolls the source so the selected statement shows; `force` puts it near the top even when visible.
    mutating func revealStatementInSource(force: Bool) {
        guard let statement = selectedStatement?.statement, statements.row(statementCursor)?.article == documentID,
              !sourceLayout.lines.isEmpty else { return }
        let first = sourceLayout.line(containing: statement.span.start)
        let last = sourceLayout.line(containing: max(statement.span.start, statement.span.end - 1))
        let rows = sourceRows
        if force || first < sourceScroll || last >= sourceScroll + rows {
            let context = last - first + 1 < rows ? min(rows / 4, rows - (last - first + 1)) : 0
            sourceScroll = max(0, first - context)
        }
    }
}
