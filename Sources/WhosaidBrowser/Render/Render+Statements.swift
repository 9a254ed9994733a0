import WhosaidModel

/// The marker of a statement's kind: “ verbatim, ~ reported, ≈ reported with quoted words.
func kindMarker(_ kind: StatementKind) -> String {
    switch kind {
    case .direct: return "“"
    case .indirect: return "~"
    case .mixed: return "≈"
    }
}

/// Draws the statements pane: kind marker, cue and paragraph, then the wrapped text.
func renderStatements(_ state: State, into screen: inout Screen) {
    let analysis = state.analysis
    let ids = state.listedStatementIDs
    var title = "Statements \(ids.count)"
    if let actorID = state.actorID { title += " · \(analysis.actors[actorID].name)" }
    if let topicID = state.topicID { title += " · \(analysis.topics[topicID].phrase)" }
    renderTitle(title, pane: .statements, state: state, into: &screen)
    let content = state.layout.content(of: .statements)
    if ids.isEmpty {
        let noun = state.leftView == .actors ? "actor" : "topic"
        let message = analysis.statements.isEmpty ? " No statements found in this article"
            : !state.listQuery.isEmpty && state.listRows.isEmpty ? " No \(noun) matches “\(state.listQuery)”"
            : " No statements match the filters"
        screen.put(message, x: content.x, y: content.y, style: .dim, width: content.width)
        return
    }
    let cursor = state.statementCursor
    let bottom = content.y + content.height
    var y = content.y
    var i = state.statementScroll
    while i < ids.count, y < bottom {
        let statement = analysis.statements[ids[i]]
        let top = y
        renderStatementHeading(statement, state: state, x: content.x, y: y, width: content.width, into: &screen)
        y += 1
        let (glyphs, lines, truncatedText) = state.statementLines(statement.id)
        let ownMatches = state.textMatches(in: statement.span)
        for (k, line) in lines.enumerated() where y < bottom {
            var x = content.x + 3
            for g in glyphs[line] {
                let style: Style = ownMatches.contains { $0.contains(g.offset) } ? .match : .normal
                x += screen.put(character: g.character, width: g.width, x: x, y: y, style: style, limit: content.x + content.width)
            }
            if truncatedText, k == lines.count - 1 { screen.put("…", x: min(x, content.x + content.width - 1), y: y, style: .dim) }
            y += 1
        }
        if i == cursor {
            screen.restyle(
                Rect(x: content.x, y: top, width: content.width, height: min(y, bottom) - top),
                style: state.focus == .statements ? .selected : .selectedInactive)
        }
        i += 1
    }
}

/// The first line of a statement: mark, kind, cue, paragraph, and the speaker when all are listed.
private func renderStatementHeading(_ statement: Statement, state: State, x: Int, y: Int, width: Int, into screen: inout Screen) {
    let marked = state.marks.contains(statement.id)
    var col = x
    col += screen.put(marked ? "*" : " ", x: col, y: y, style: marked ? .marked : .normal, width: 1)
    col += screen.put(kindMarker(statement.kind) + " ", x: col, y: y, style: .bold, width: max(0, x + width - col))
    var detail = (statement.cue ?? "no cue") + " ¶\(statement.paragraph + 1)"
    if let why = whyThisSpeaker(statement, in: state.analysis) { detail += " · " + why }
    if state.actorID == nil {
        let speaker = statement.actorID.map { state.analysis.actors[$0].name } ?? "unattributed"
        detail += " · " + speaker
    }
    screen.put(detail, x: col, y: y, style: .dim, width: max(0, x + width - col))
}

/// Why a statement has its speaker, when the cue alone does not say: the pronoun and the
/// mention it was tied to (`he→Delury`), or the paragraph of the statement a quote continues.
func whyThisSpeaker(_ statement: Statement, in analysis: Analysis) -> String? {
    switch statement.link {
    case .pronoun(let antecedent?):
        guard let mention = statement.speakerMention else { return nil }
        let to = analysis.document.text(in: antecedent).split(separator: " ").last.map(String.init) ?? ""
        return analysis.document.text(in: mention) + "→" + to
    case .continuation(let of) where of < analysis.statements.count:
        return "continues ¶\(analysis.statements[of].paragraph + 1)"
    default:
        return nil
    }
}
