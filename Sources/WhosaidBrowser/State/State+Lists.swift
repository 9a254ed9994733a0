import WhosaidModel

extension State {
    /// Rows of the list of `view`; the filter applies to the active view only.
    public func rows(for view: LeftView) -> [ListRow] {
        if view == leftView { return listRows }
        return view == .actors ? allActorRows : allTopicRows
    }

    /// Recomputes ``listRows`` for ``listQuery``; when the query extends `previous`, only the
    /// rows that matched `previous` are tested (typing on only narrows a filter).
    mutating func refreshListRows(extending previous: String?) {
        let all = leftView == .actors ? allActorRows : allTopicRows
        if listQuery.isEmpty {
            listRows = all
        } else {
            let query = SearchQuery(listQuery)
            var candidates: [Int]?
            if let previous, !previous.isEmpty, listQuery.hasPrefix(previous) { candidates = listRows.compactMap(\.id) }
            switch leftView {
            case .actors:
                // While filtering, the best matches come first (names before aliases before roles).
                listRows = index.rankedActorIDs(matching: query, among: candidates).map(ListRow.actor)
            case .topics:
                let listed = candidates ?? all.compactMap(\.id)
                listRows = index.topicIDs(matching: query, among: listed).map(ListRow.topic)
            }
        }
        refreshListedStatements()
    }

    /// Recomputes ``listedStatementIDs`` for the selected actor and topic.
    mutating func refreshListedStatements() {
        if !listQuery.isEmpty, listRows.isEmpty {
            listedStatementIDs = []
            return
        }
        var ids = actorID.map { analysis.actors[$0].statementIDs } ?? analysis.statements.map(\.id)
        if let topicID {
            let wanted = Set(analysis.topics[topicID].statementIDs)
            ids = ids.filter(wanted.contains)
        }
        listedStatementIDs = ids
    }

    /// The row that stands for the current selection of the left pane.
    public var selectedRow: ListRow { selectedRow(for: leftView) }

    /// The row that stands for the selection of the list of `view`.
    public func selectedRow(for view: LeftView) -> ListRow {
        switch view {
        case .actors: return actorID.map(ListRow.actor) ?? .all
        case .topics: return topicID.map(ListRow.topic) ?? .all
        }
    }

    /// Index of the selected row in ``listRows`` (0 when it is filtered out).
    public var listCursor: Int {
        listRows.firstIndex(of: selectedRow) ?? 0
    }

    /// Where the list of `view` is drawn: topics get their own pane when the layout has one.
    public func listRect(for view: LeftView) -> Rect {
        view == .topics ? (layout.topicList ?? layout.list) : layout.list
    }

    /// The first row shown of the list of `view`: the active list scrolls with ``listScroll``;
    /// the other one (in its own pane) just keeps its selection in view.
    func listScroll(for view: LeftView) -> Int {
        if view == leftView { return listScroll }
        let rows = rows(for: view)
        let cursor = rows.firstIndex(of: selectedRow(for: view)) ?? 0
        return Viewport.scroll(
            keeping: cursor, from: 0, count: rows.count, rows: max(1, listRect(for: view).height - 1),
            height: { listRowHeight(rows[$0]) })
    }

    /// Index of the selected statement in ``listedStatementIDs`` (0 when it is not listed).
    public var statementCursor: Int {
        guard let statementID else { return 0 }
        return listedStatementIDs.firstIndex(of: statementID) ?? 0
    }

    /// The selected statement, if it is listed.
    public var selectedStatement: Statement? {
        guard let statementID, listedStatementIDs.contains(statementID) else { return nil }
        return analysis.statements[statementID]
    }

    /// The active filters in words, for the status line ("actor: Leon V. Sigal · topic: talks").
    public var filterSummary: String? {
        var parts: [String] = []
        if let actorID { parts.append("actor: \(analysis.actors[actorID].name)") }
        if let topicID { parts.append("topic: \(analysis.topics[topicID].phrase)") }
        if !listQuery.isEmpty { parts.append("filter: \(listQuery)") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}

extension ListRow {
    /// The actor or topic id of the row; nil for "All".
    var id: Int? {
        switch self {
        case .all: return nil
        case .actor(let id), .topic(let id): return id
        }
    }
}
