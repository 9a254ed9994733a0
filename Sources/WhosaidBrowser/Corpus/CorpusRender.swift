import WhosaidModel

/// Draws the corpus browser into a grid of cells the size of its terminal: articles and people
/// on the left, the statements of the pick in the middle, the article of the selected statement
/// on the right; the status line and the key hints below.
public func render(_ state: CorpusState) -> Screen {
    var screen = Screen(size: state.size)
    let layout = state.layout
    if layout.base.isTooSmall {
        renderTooSmall(&screen, question: state.mode == .confirmQuit ? corpusUnexported(state) + ". Quit? (y/n)" : nil)
        return screen
    }
    for rect in layout.base.verticalSeparators {
        for y in rect.y..<(rect.y + rect.height) { screen.put("│", x: rect.x, y: y, style: .dim) }
    }
    for rect in layout.horizontalSeparators {
        screen.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: .dim)
    }
    if layout.isSplit || state.leftPane == .articles { renderArticles(state, into: &screen) }
    if layout.isSplit || state.leftPane == .people { renderPeople(state, into: &screen) }
    renderCorpusStatements(state, into: &screen)
    renderCorpusSource(state, into: &screen)
    renderCorpusStatus(state, into: &screen)
    let footer = " " + KeyTable.footer(of: KeyTable.corpusBindings(for: state.mode), width: max(0, state.size.width - 1))
    screen.put(footer, x: 0, y: layout.base.footerRow, style: .dim, width: state.size.width)
    if state.mode == .help { HelpOverlay.render(CorpusHelp.lines, scroll: state.helpScroll, into: &screen) }
    return screen
}

/// A pane's title: its number and name, the search typed for it, full width.
private func renderCorpusTitle(_ title: String, _ pane: CorpusPane, _ state: CorpusState, into screen: inout Screen) {
    var title = " \(pane.rawValue + 1) \(title)"
    let query = state.query(for: pane)
    if pane != .source, !query.isEmpty || (state.mode == .search && state.searchPane == pane) { title += "  /\(query)" }
    renderTitle(title, in: state.layout.rect(of: pane), focused: state.focus == pane, into: &screen)
}

/// Highlights row `index` when it is the cursor's, across `height` rows from `y`.
private func restyleCursor(_ pane: CorpusPane, _ state: CorpusState, y: Int, height: Int, bottom: Int, into screen: inout Screen) {
    let rect = state.layout.rect(of: pane)
    screen.restyle(
        Rect(x: rect.x, y: y, width: rect.width, height: min(height, bottom - y)),
        style: state.focus == pane ? .selected : .selectedInactive)
}

private func renderArticles(_ state: CorpusState, into screen: inout Screen) {
    renderCorpusTitle("Articles \(state.articles.total)", .articles, state, into: &screen)
    let rect = state.layout.articles
    let bottom = rect.y + rect.height
    var y = rect.y + 1
    var i = state.articleScroll
    if state.articles.total == 0, !state.articleQuery.isEmpty {
        screen.put(" No article matches", x: rect.x, y: y + 1, style: .dim, width: rect.width)
    }
    while i < state.articleRowCount, y < bottom {
        let height = state.articleRowHeight(i)
        if i == 0 {
            screen.put(" All articles", x: rect.x, y: y, style: .bold, width: rect.width)
        } else if let a = state.articles.row(i - 1) {
            let title = a.title.flatMap { $0.isEmpty ? nil : $0 } ?? a.key.split(separator: "/").last.map(String.init) ?? a.key
            putRow(left: " " + title, right: "\(a.statements) ", x: rect.x, y: y, width: rect.width, style: .normal, rightStyle: .dim, into: &screen)
            let detail = [a.date, a.source].compactMap { $0 }.joined(separator: " · ")
            if y + 1 < bottom { screen.put("   " + truncated(detail, width: max(0, rect.width - 4)), x: rect.x, y: y + 1, style: .dim, width: rect.width) }
        }
        if i == state.articleCursor { restyleCursor(.articles, state, y: y, height: height, bottom: bottom, into: &screen) }
        y += height
        i += 1
    }
}

private func renderPeople(_ state: CorpusState, into screen: inout Screen) {
    renderCorpusTitle("\(state.showsTopics ? "Topics" : "People") \(state.people.total)", .people, state, into: &screen)
    let rect = state.layout.people
    let bottom = rect.y + rect.height
    var y = rect.y + 1
    var i = state.personScroll
    if state.people.total == 0, !state.personQuery.isEmpty {
        screen.put(state.showsTopics ? " No topic matches" : " No name matches", x: rect.x, y: y + 1, style: .dim, width: rect.width)
    }
    while i < state.personRowCount, y < bottom {
        if i == 0 {
            screen.put(state.showsTopics ? " All topics" : " All people", x: rect.x, y: y, style: .bold, width: rect.width)
        } else if let p = state.people.row(i - 1) {
            putRow(left: " " + p.name, right: "\(p.statements) in \(p.articles) ", x: rect.x, y: y, width: rect.width,
                   style: .normal, rightStyle: .dim, into: &screen)
        }
        if i == state.personCursor { restyleCursor(.people, state, y: y, height: 1, bottom: bottom, into: &screen) }
        y += 1
        i += 1
    }
}

private func renderCorpusStatements(_ state: CorpusState, into screen: inout Screen) {
    var title = "Statements \(state.statements.total)"
    if let person = state.pickedPerson { title += " · \(person.name)" }
    if let topic = state.pickedTopic { title += " · topic “\(topic.name)”" }
    if let article = state.pickedArticle { title += " · \(article.title ?? article.key)" }
    renderCorpusTitle(title, .statements, state, into: &screen)
    let rect = state.layout.base.statements
    let bottom = rect.y + rect.height
    var y = rect.y + 1
    if state.statements.total == 0 {
        let message = state.textQuery.isEmpty ? " No statements" : " No statement matches “\(state.textQuery)”"
        screen.put(message, x: rect.x, y: y, style: .dim, width: rect.width)
        return
    }
    var i = state.statementScroll
    while i < state.statements.total, y < bottom, let s = state.statements.row(i) {
        let top = y
        let marked = state.marks.contains(s.id)
        screen.put(marked ? "*" : " ", x: rect.x, y: y, style: marked ? .marked : .normal, width: 1)
        screen.put(kindMarker(s.statement.kind) + " ", x: rect.x + 1, y: y, style: .bold, width: 2)
        var detail = [(s.statement.cue ?? "no cue") + " ¶\(s.statement.paragraph + 1)"]
        if state.pickedPerson == nil { detail.append(s.speaker ?? "unattributed") }
        if state.pickedArticle == nil { detail.append([s.date, s.title ?? s.articleKey].compactMap { $0 }.joined(separator: " ")) }
        screen.put(detail.joined(separator: " · "), x: rect.x + 3, y: y, style: .dim, width: max(0, rect.width - 3))
        y += 1
        let glyphs = Glyph.glyphs(of: s.statement.text)
        let lines = TextWrap.wrap(glyphs, width: state.statementTextWidth)
        for (k, line) in lines.prefix(State.maxStatementLines).enumerated() where y < bottom {
            var x = rect.x + 3
            for g in glyphs[line] {
                let style: Style = s.matches.contains { $0.contains(g.offset) } ? .match : .normal
                x += screen.put(character: g.character, width: g.width, x: x, y: y, style: style, limit: rect.x + rect.width)
            }
            if lines.count > State.maxStatementLines, k == State.maxStatementLines - 1 {
                screen.put("…", x: min(x, rect.x + rect.width - 1), y: y, style: .dim)
            }
            y += 1
        }
        if i == state.statementCursor { restyleCursor(.statements, state, y: top, height: y - top, bottom: bottom, into: &screen) }
        i += 1
    }
}

private func renderCorpusSource(_ state: CorpusState, into screen: inout Screen) {
    let layout = state.sourceLayout
    let rows = state.sourceRows
    let last = min(layout.lines.count, state.sourceScroll + rows)
    var title = "Source"
    if let document = state.document {
        title += " · " + (document.headline ?? document.name)
        if !layout.lines.isEmpty { title += "  \(state.sourceScroll + 1)-\(last)/\(layout.lines.count)" }
    }
    renderCorpusTitle(title, .source, state, into: &screen)
    guard state.sourceScroll < layout.lines.count else { return }
    let selected = state.selectedStatement.flatMap { $0.article == state.documentID ? $0 : nil }
    let span = selected?.statement.span
    let matches = (selected?.matches ?? []).map { ($0.lowerBound + span!.start)..<($0.upperBound + span!.start) }
    drawSourceLines(layout, from: state.sourceScroll, to: last, in: state.layout.base.content(of: .source), style: { offset in
        if matches.contains(where: { $0.contains(offset) }) { return .match }
        return span?.contains(offset) == true ? .highlight : .normal
    }, into: &screen)
}

/// "2 marked statements not exported".
func corpusUnexported(_ state: CorpusState) -> String {
    let n = state.marks.subtracting(state.exportedMarks).count
    return "\(n) marked statement\(n == 1 ? "" : "s") not exported"
}

private func renderCorpusStatus(_ state: CorpusState, into screen: inout Screen) {
    let y = state.layout.base.statusRow
    let width = state.size.width
    screen.fill(Rect(x: 0, y: y, width: width, height: 1), style: .status)
    var style: Style = .status
    var left: String
    let mode: String
    let typed = state.entry.text + "█"
    switch state.mode {
    case .search:
        mode = "SEARCH"
        let what = switch state.searchPane {
        case .articles: "articles"
        case .people: "people"
        case .statements, .source: "statements"
        }
        left = " Search \(what): \(typed)"
    case .prompt:
        mode = "EXPORT"
        let grouping = state.exportGrouping == .article ? " by article" : ""
        left = " Export \(state.exportIDs.count) statement\(state.exportIDs.count == 1 ? "" : "s")\(grouping) to: \(typed)"
    case .confirm:
        mode = "EXPORT"
        left = " \(state.confirmPath ?? "") exists. Overwrite? (y/n)"
        style = .error
    case .confirmQuit:
        mode = "QUIT"
        left = " \(corpusUnexported(state)). Quit anyway? (y/n)"
        style = .error
    case .help, .normal:
        mode = state.mode == .help ? "HELP" : "NORMAL"
        left = " \(state.name) · \(state.articles.total) articles · \(state.people.total) people"
    }
    if let status = state.status {
        left = state.mode == .normal ? " " + status.text : left + "  " + status.text
        if status.isError { style = .error }
    }
    let right = [state.marks.isEmpty ? nil : "\(state.marks.count) marked", mode].compactMap { $0 }.joined(separator: " │ ") + " "
    let limit = max(0, width - DisplayWidth.of(right) - 1)
    screen.put(truncated(left, width: limit), x: 0, y: y, style: style, width: limit)
    putRow(left: "", right: right, x: 0, y: y, width: width, style: .status, rightStyle: .status, into: &screen)
}
