extension State {
    /// The pane under the cell, if any.
    func pane(atX x: Int, y: Int) -> Pane? {
        if layout.topicList?.contains(x: x, y: y) == true { return .list }
        return Pane.allCases.first { layout.rect(of: $0).contains(x: x, y: y) }
    }

    /// A click focuses the pane under the pointer and selects the item there.
    mutating func click(x: Int, y: Int) {
        guard let pane = pane(atX: x, y: y) else { return }
        focus = pane
        let row = y - layout.content(of: pane).y
        switch pane {
        case .list:
            // With a topics pane of its own, a click there makes topics the active list.
            let view: LeftView = layout.topicList?.contains(x: x, y: y) == true ? .topics : (layout.topicList == nil ? leftView : .actors)
            let listRow = y - listRect(for: view).y - 1
            if view != leftView {
                let scroll = listScroll(for: view)
                toggleTopics()
                listScroll = scroll
            }
            let rows = listRows
            if let i = Viewport.item(atRow: listRow, scroll: listScroll, count: rows.count, height: { listRowHeight(rows[$0]) }) {
                selectRow(at: i)
            }
        case .statements:
            let ids = listedStatementIDs
            if let i = Viewport.item(atRow: row, scroll: statementScroll, count: ids.count, height: { statementHeight(ids[$0]) }) {
                selectStatement(at: i)
            }
        case .source:
            break
        }
    }

    /// The wheel moves the selection of the pane under the pointer, or scrolls the source.
    mutating func wheel(x: Int, y: Int, delta: Int) {
        guard let pane = pane(atX: x, y: y) else { return }
        let saved = focus
        focus = pane
        move(by: pane == .source ? delta : delta.signum())
        focus = saved
    }
}
