import WhosaidModel

/// Draws the left pane: actors (with counts and dimmed roles) or topics; when topics have a
/// pane of their own, both lists, the inactive one with its selection shown but no cursor.
func renderList(_ state: State, into screen: inout Screen) {
    if state.layout.topicList != nil {
        renderList(.actors, state, into: &screen)
        renderList(.topics, state, into: &screen)
    } else {
        renderList(state.leftView, state, into: &screen)
    }
}

private func renderList(_ view: LeftView, _ state: State, into screen: inout Screen) {
    let analysis = state.analysis
    let active = view == state.leftView
    let rows = state.rows(for: view)
    let rect = state.listRect(for: view)
    let noun = view == .actors ? "Actors" : "Topics"
    let total = (view == .actors ? state.allActorRows : state.allTopicRows).count - 1
    // Counts honour the other list's selection: an actor's statements on the selected topic, a
    // topic's statements by the selected actor.
    let other: Set<Int>? = view == .actors
        ? state.topicID.map { Set(analysis.topics[$0].statementIDs) }
        : state.actorID.map { Set(analysis.actors[$0].statementIDs) }
    var title = active ? " 1 \(noun) \(total)" : " t \(noun) \(total)"
    if active, !state.listQuery.isEmpty || (state.mode == .search && state.searchPane == .list) {
        title += "  /\(state.listQuery) (\(rows.count))"
    }
    renderTitle(title, in: rect, focused: active && state.focus == .list, into: &screen)
    let content = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
    if rows.isEmpty {
        screen.put(" No match", x: content.x, y: content.y, style: .dim, width: content.width)
        return
    }
    let cursor = rows.firstIndex(of: state.selectedRow(for: view)) ?? 0
    var y = content.y
    var i = state.listScroll(for: view)
    while i < rows.count, y < content.y + content.height {
        let row = rows[i]
        let height = state.listRowHeight(row)
        let (name, count, role) = describe(row, view, state, within: other)
        let nameStyle: Style = row == .all ? .bold : .normal
        putRow(
            left: " " + name, right: "\(count) ", x: content.x, y: y, width: content.width, style: nameStyle,
            rightStyle: .dim, into: &screen)
        // The role line only when it is inside the pane (below 70 columns the next row is a separator).
        if let role, height > 1, y + 1 < content.y + content.height {
            screen.put("   " + truncated(role, width: max(0, content.width - 4)), x: content.x, y: y + 1, style: .dim, width: content.width)
        }
        if i == cursor {
            let visible = min(height, content.y + content.height - y)
            screen.restyle(
                Rect(x: content.x, y: y, width: content.width, height: visible),
                style: active && state.focus == .list ? .selected : .selectedInactive)
        }
        y += height
        i += 1
    }
}

/// Name, statement count and role of a left-pane row; the count of statements `within` the
/// other list's selection when there is one.
private func describe(_ row: ListRow, _ view: LeftView, _ state: State, within other: Set<Int>?) -> (String, Int, String?) {
    let analysis = state.analysis
    func count(_ ids: [Int]) -> Int { other.map { set in ids.count { set.contains($0) } } ?? ids.count }
    switch row {
    case .all:
        return (view == .actors ? "All statements" : "All topics", other?.count ?? analysis.statements.count, nil)
    case .actor(let id):
        let actor = analysis.actors[id]
        return (actor.name, count(actor.statementIDs), actor.role)
    case .topic(let id):
        let topic = analysis.topics[id]
        return (topic.phrase, count(topic.statementIDs), nil)
    }
}
