import WhosaidModel

extension State {
    /// Rows of the left pane: "All" first (hidden while a filter is typed), then the matching
    /// actors or topics.
    public var listRows: [ListRow] { rows(for: leftView) }

    /// Rows of the list of `view`; the filter applies to the active view only.
    public func rows(for view: LeftView) -> [ListRow] {
        let filter = view == leftView ? listQuery : ""
        let query = SearchQuery(filter)
        switch view {
        case .actors:
            // While filtering, the best matches come first (names before aliases before roles).
            if filter.isEmpty { return [.all] + actorOrder.map(ListRow.actor) }
            return index.rankedActorIDs(matching: query).map(ListRow.actor)
        case .topics:
            if filter.isEmpty { return [.all] + analysis.topics.indices.map(ListRow.topic) }
            return index.topicIDs(matching: query).map(ListRow.topic)
        }
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

    /// Ids of the statements the statements pane lists: those of the selected actor and topic.
    public var listedStatementIDs: [Int] {
        var ids = actorID.map { analysis.actors[$0].statementIDs } ?? analysis.statements.map(\.id)
        if let topicID {
            let wanted = Set(analysis.topics[topicID].statementIDs)
            ids = ids.filter(wanted.contains)
        }
        return ids
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
