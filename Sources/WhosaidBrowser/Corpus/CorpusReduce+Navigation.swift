extension CorpusState {
    /// Moves the focused pane's cursor (or the source text) by `delta`.
    mutating func move(by delta: Int) {
        switch focus {
        case .articles: selectArticle(at: articleCursor + delta)
        case .people: selectPerson(at: personCursor + delta)
        case .statements: selectStatement(at: statementCursor + delta)
        case .source: sourceScroll += delta
        }
    }

    /// Moves the focused pane's cursor to `index` (clamped).
    mutating func move(to index: Int) {
        switch focus {
        case .articles: selectArticle(at: index)
        case .people: selectPerson(at: index)
        case .statements: selectStatement(at: index)
        case .source: sourceScroll = index == 0 ? 0 : sourceLayout.lines.count
        }
    }

    /// Moves a page down (`direction` 1) or up (-1).
    mutating func page(_ direction: Int) {
        let pane = focus == .source ? layout.base.source : layout.rect(of: focus)
        let rows = max(1, pane.height - 1)
        switch focus {
        case .articles: selectArticle(at: articleCursor + direction * max(1, rows / 2))
        case .people: selectPerson(at: personCursor + direction * rows)
        case .statements:
            selectStatement(at: Viewport.page(
                from: statementCursor, direction: direction, count: statements.total, rows: rows, height: statementHeight))
        case .source: sourceScroll += direction * max(1, sourceRows - 1)
        }
    }

    /// Selects row `index` of the articles pane (clamped): its statements are listed, whoever said them.
    mutating func selectArticle(at index: Int) {
        let i = min(max(0, index), articleRowCount - 1)
        guard i != articleCursor else { return }
        articleCursor = i
        reading { s in try s.loadArticlePage() }
        pickedArticle = i == 0 ? nil : articles.row(i - 1)
        pickedPerson = nil
        pickedTopic = nil
        personCursor = 0
        reloadStatements()
    }

    /// Selects row `index` of the people pane (clamped): their statements across all articles are listed.
    mutating func selectPerson(at index: Int) {
        let i = min(max(0, index), personRowCount - 1)
        guard i != personCursor else { return }
        personCursor = i
        reading { s in try s.loadPersonPage() }
        let row = i == 0 ? nil : people.row(i - 1)
        pickedPerson = showsTopics ? nil : row
        pickedTopic = showsTopics ? row : nil
        pickedArticle = nil
        articleCursor = 0
        reloadStatements()
    }

    /// Selects listed statement `index` (clamped) and shows it in its article.
    mutating func selectStatement(at index: Int) {
        guard statements.total > 0 else { return }
        statementCursor = min(max(0, index), statements.total - 1)
        reading { s in try s.loadStatementPage() }
        showSourceArticle()
    }

    /// Rows taken by a statement: a heading and its text, at most ``State/maxStatementLines`` lines.
    func statementHeight(_ index: Int) -> Int {
        guard let s = statements.row(index) else { return 2 }
        return 1 + min(State.maxStatementLines, TextWrap.wrap(Glyph.glyphs(of: s.statement.text), width: statementTextWidth).count)
    }

    /// Text columns of a statement in the statements pane.
    var statementTextWidth: Int { max(1, layout.base.statements.width - 3) }

    /// Rows taken by row `index` of the articles pane: "All articles" one, an article two.
    func articleRowHeight(_ index: Int) -> Int { index == 0 ? 1 : 2 }

    /// Clamps the scroll positions so the cursors are on screen.
    mutating func keepSelectionVisible() {
        guard !layout.base.isTooSmall else { return }
        articleScroll = Viewport.scroll(
            keeping: articleCursor, from: articleScroll, count: articleRowCount,
            rows: max(1, layout.articles.height - 1), height: articleRowHeight)
        personScroll = Viewport.scroll(
            keeping: personCursor, from: personScroll, count: personRowCount, rows: max(1, layout.people.height - 1), height: { _ in 1 })
        statementScroll = Viewport.scroll(
            keeping: statementCursor, from: statementScroll, count: statements.total,
            rows: max(1, layout.base.statements.height - 1), height: statementHeight)
        sourceScroll = min(max(0, sourceScroll), max(0, sourceLayout.lines.count - sourceRows))
    }

    /// The pane under a cell, if any.
    func pane(atX x: Int, y: Int) -> CorpusPane? {
        let panes: [CorpusPane] = layout.isSplit ? CorpusPane.allCases : [leftPane, .statements, .source]
        return panes.first { layout.rect(of: $0).contains(x: x, y: y) }
    }

    /// A click focuses the pane under the pointer and selects the item there.
    mutating func click(x: Int, y: Int) {
        guard let pane = pane(atX: x, y: y) else { return }
        focus(pane)
        let row = y - layout.rect(of: pane).y - 1
        switch pane {
        case .articles:
            if let i = Viewport.item(atRow: row, scroll: articleScroll, count: articleRowCount, height: articleRowHeight) { selectArticle(at: i) }
        case .people:
            if let i = Viewport.item(atRow: row, scroll: personScroll, count: personRowCount, height: { _ in 1 }) { selectPerson(at: i) }
        case .statements:
            if let i = Viewport.item(atRow: row, scroll: statementScroll, count: statements.total, height: statementHeight) { selectStatement(at: i) }
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
