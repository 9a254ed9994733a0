import WhosaidModel

extension State {
    /// Most text lines a statement shows in the statements pane; the source pane shows the rest.
    static let maxStatementLines = 5

    /// Rows taken by row `index` of the left pane: a name line, and a dimmed role line when there is a role.
    func listRowHeight(_ row: ListRow) -> Int {
        if case .actor(let id) = row, analysis.actors[id].role != nil { return 2 }
        return 1
    }

    /// Text columns of a statement in the statements pane.
    var statementTextWidth: Int { max(1, layout.statements.width - 3) }

    /// The wrapped text of statement `id` in the statements pane (at most ``maxStatementLines`` lines).
    func statementLines(_ id: Int) -> (glyphs: [Glyph], lines: [Range<Int>], truncated: Bool) {
        let statement = analysis.statements[id]
        let glyphs = Glyph.glyphs(of: statement.text, start: statement.span.start)
        let lines = TextWrap.wrap(glyphs, width: statementTextWidth)
        let limit = State.maxStatementLines
        return (glyphs, Array(lines.prefix(limit)), lines.count > limit)
    }

    /// Rows taken by statement `id`: a heading line and its text.
    func statementHeight(_ id: Int) -> Int {
        1 + statementLines(id).lines.count
    }
}
