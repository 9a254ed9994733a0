import WhosaidModel

/// Draws the left pane: actors (with counts and dimmed roles) or topics.
func renderList(_ state: State, into screen: inout Screen) {
    let analysis = state.analysis
    let rows = state.listRows
    let noun = state.leftView == .actors ? "Actors" : "Topics"
    let total = state.leftView == .actors ? analysis.actors.count : analysis.topics.count
    var title = "\(noun) \(total)"
    if !state.listQuery.isEmpty || (state.mode == .search && state.searchPane == .list) {
        title += "  /\(state.listQuery) (\(rows.count))"
    }
    renderTitle(title, pane: .list, state: state, into: &screen)
    let content = state.layout.content(of: .list)
    if rows.isEmpty {
        screen.put(" No match", x: content.x, y: content.y, style: .dim, width: content.width)
        return
    }
    let cursor = state.listCursor
    var y = content.y
    var i = state.listScroll
    while i < rows.count, y < content.y + content.height {
        let row = rows[i]
        let height = state.listRowHeight(row)
        let (name, count, role) = describe(row, state)
        let nameStyle: Style = row == .all ? .bold : .normal
        putRow(
            left: " " + name, right: "\(count) ", x: content.x, y: y, width: content.width, style: nameStyle,
            rightStyle: .dim, into: &screen)
        if let role, height > 1 {
            screen.put("   " + truncated(role, width: max(0, content.width - 4)), x: content.x, y: y + 1, style: .dim, width: content.width)
        }
        if i == cursor {
            let visible = min(height, content.y + content.height - y)
            screen.restyle(
                Rect(x: content.x, y: y, width: content.width, height: visible),
                style: state.focus == .list ? .selected : .selectedInactive)
        }
        y += height
        i += 1
    }
}

/// Name, statement count and role of a left-pane row.
private func describe(_ row: ListRow, _ state: State) -> (String, Int, String?) {
    let analysis = state.analysis
    switch row {
    case .all:
        return state.leftView == .actors
            ? ("All statements", analysis.statements.count, nil) : ("All topics", analysis.statements.count, nil)
    case .actor(let id):
        let actor = analysis.actors[id]
        return (actor.name, actor.statementIDs.count, actor.role)
    case .topic(let id):
        let topic = analysis.topics[id]
        return (topic.phrase, topic.statementIDs.count, nil)
    }
}
