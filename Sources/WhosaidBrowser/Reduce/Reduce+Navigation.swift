extension State {
    /// Rows of the source pane under its title.
    var sourceRows: Int { max(1, layout.source.height - 1) }

    /// Moves the focused pane's cursor (or the source text) by `delta`.
    mutating func move(by delta: Int) {
        switch focus {
        case .list: selectRow(at: listCursor + delta)
        case .statements: selectStatement(at: statementCursor + delta)
        case .source: sourceScroll += delta
        }
    }

    /// Moves the focused pane's cursor to `index` (clamped; `Int.max` is the last).
    mutating func move(to index: Int) {
        switch focus {
        case .list: selectRow(at: index)
        case .statements: selectStatement(at: index)
        case .source: sourceScroll = index == 0 ? 0 : sourceLayout.lines.count
        }
    }

    /// Moves a page down (`direction` 1) or up (-1).
    mutating func page(_ direction: Int) {
        switch focus {
        case .list:
            let rows = listRows
            let target = Viewport.page(
                from: listCursor, direction: direction, count: rows.count, rows: max(1, listRect(for: leftView).height - 1),
                height: { listRowHeight(rows[$0]) })
            selectRow(at: target)
        case .statements:
            let ids = listedStatementIDs
            let target = Viewport.page(
                from: statementCursor, direction: direction, count: ids.count,
                rows: max(1, layout.statements.height - 1), height: { statementHeight(ids[$0]) })
            selectStatement(at: target)
        case .source:
            sourceScroll += direction * max(1, sourceRows - 1)
        }
    }

    /// Selects row `index` of the left pane (clamped) and lists its statements.
    mutating func selectRow(at index: Int) {
        let rows = listRows
        guard !rows.isEmpty else { return }
        let row = rows[min(max(0, index), rows.count - 1)]
        let before = selectedRow
        switch row {
        case .all:
            if leftView == .actors { actorID = nil } else { topicID = nil }
        case .actor(let id): actorID = id
        case .topic(let id): topicID = id
        }
        if row != before { selectStatement(at: 0) }
    }

    /// Selects listed statement `index` (clamped) and scrolls the source to it.
    mutating func selectStatement(at index: Int) {
        let ids = listedStatementIDs
        guard !ids.isEmpty else { return }
        statementID = ids[min(max(0, index), ids.count - 1)]
        revealStatementInSource(force: false)
    }

    /// Scrolls the source so the selected statement shows; `force` puts it near the top even when visible.
    mutating func revealStatementInSource(force: Bool) {
        guard let statement = selectedStatement, !sourceLayout.lines.isEmpty else { return }
        let first = sourceLayout.line(containing: statement.span.start)
        let last = sourceLayout.line(containing: max(statement.span.start, statement.span.end - 1))
        let rows = sourceRows
        let visible = first >= sourceScroll && last < sourceScroll + rows
        if force || !visible {
            // Show the whole statement when it fits, with a little context above it.
            let context = last - first + 1 < rows ? min(rows / 4, rows - (last - first + 1)) : 0
            sourceScroll = max(0, first - context)
        }
    }

    /// Enter: actor → statements → source.
    mutating func open() {
        switch focus {
        case .list:
            if listedStatementIDs.isEmpty { status = StatusMessage("No statements") } else { focus = .statements }
        case .statements:
            guard selectedStatement != nil else { return }
            focus = .source
            revealStatementInSource(force: true)
        case .source:
            // The selected statement if it is in view, else the first listed one in view.
            let view = sourceViewOffsets
            func inView(_ id: Int) -> Bool { analysis.statements[id].span.start < view.upperBound && analysis.statements[id].span.end > view.lowerBound }
            guard let id = statementID.flatMap({ inView($0) && listedStatementIDs.contains($0) ? $0 : nil }) ?? listedStatementIDs.first(where: inView)
            else {
                status = StatusMessage("No listed statement in view; ] and [ go to the next and previous")
                return
            }
            statementID = id
            focus = .statements
        }
    }

    /// `]` / `[`: selects the next (or previous) listed statement in the text after (or before)
    /// the selected one, or, in the source pane when the selection is out of view, after the view's top.
    mutating func stepStatement(forward: Bool) {
        let ids = listedStatementIDs.sorted { analysis.statements[$0].span.start < analysis.statements[$1].span.start }
        guard !ids.isEmpty else { return }
        let view = sourceViewOffsets
        let reference: Int
        if let selected = selectedStatement, focus != .source || (selected.span.start < view.upperBound && selected.span.end > view.lowerBound) {
            reference = selected.span.start
        } else {
            reference = forward ? view.lowerBound - 1 : view.lowerBound
        }
        let next = forward
            ? ids.first { analysis.statements[$0].span.start > reference }
            : ids.last { analysis.statements[$0].span.start < reference }
        guard let next else {
            status = StatusMessage(forward ? "No statement after this one" : "No statement before this one")
            return
        }
        statementID = next
        revealStatementInSource(force: false)
    }

    /// The scalar offsets shown in the source pane.
    var sourceViewOffsets: Range<Int> {
        let lines = sourceLayout.lines
        guard sourceScroll < lines.count else { return 0..<0 }
        var lo = Int.max
        var hi = Int.min
        for line in lines[sourceScroll..<min(lines.count, sourceScroll + sourceRows)] where !line.glyphs.isEmpty {
            lo = min(lo, sourceLayout.glyphs[line.glyphs.lowerBound].offset)
            hi = max(hi, sourceLayout.glyphs[line.glyphs.upperBound - 1].offset + 1)
        }
        return lo <= hi ? lo..<hi : 0..<0
    }

    /// Esc: clear the focused pane's search, or go back a pane.
    mutating func back() {
        if focus != .list, !textQuery.isEmpty {
            textQuery = ""
            return
        }
        switch focus {
        case .source: focus = .statements
        case .statements: focus = .list
        case .list:
            if !listQuery.isEmpty { listQuery = "" } else if !textQuery.isEmpty { textQuery = "" }
        }
    }

    /// Clamps the scroll positions so the selections are on screen.
    mutating func keepSelectionVisible() {
        guard !layout.isTooSmall else { return }
        let ids = listedStatementIDs
        if let statementID, !ids.contains(statementID) { self.statementID = ids.first }
        if statementID == nil { statementID = ids.first }
        let rows = listRows
        listScroll = Viewport.scroll(
            keeping: listCursor, from: listScroll, count: rows.count, rows: max(1, listRect(for: leftView).height - 1),
            height: { listRowHeight(rows[$0]) })
        statementScroll = Viewport.scroll(
            keeping: statementCursor, from: statementScroll, count: ids.count,
            rows: max(1, layout.statements.height - 1), height: { statementHeight(ids[$0]) })
        sourceScroll = min(max(0, sourceScroll), max(0, sourceLayout.lines.count - sourceRows))
    }
}
