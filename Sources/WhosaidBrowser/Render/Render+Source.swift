import WhosaidModel

/// Draws the source pane: the wrapped article with paragraph numbers, the selected statement
/// highlighted, other listed statements and the selected actor's mentions set off, search matches marked.
func renderSource(_ state: State, into screen: inout Screen) {
    let layout = state.sourceLayout
    let content = state.layout.content(of: .source)
    let rows = content.height
    let lastShown = min(layout.lines.count, state.sourceScroll + rows)
    // Where the view is: the paragraphs in it and the rows, with how far down that is.
    var title = "Source"
    let inView = layout.lines.isEmpty ? [] : layout.lines[min(state.sourceScroll, layout.lines.count - 1)..<lastShown].compactMap(\.paragraph)
    if let first = inView.first, let last = inView.last {
        let paragraphs = first == last ? "¶\(first + 1)" : "¶\(first + 1)–\(last + 1)"
        title += " · \(paragraphs) of \(state.analysis.document.paragraphs.count)"
    }
    if !layout.lines.isEmpty {
        let position = lastShown >= layout.lines.count ? (state.sourceScroll == 0 ? "all" : "end")
            : state.sourceScroll == 0 ? "top" : "\(100 * state.sourceScroll / max(1, layout.lines.count - rows))%"
        title += "  \(state.sourceScroll + 1)-\(lastShown)/\(layout.lines.count) \(position)"
    }
    renderTitle(title, pane: .source, state: state, into: &screen)
    guard state.sourceScroll < layout.lines.count else { return }

    // Offsets on screen, and the spans that touch them.
    let visible = state.sourceViewOffsets
    func near(_ spans: [TextSpan]) -> [TextSpan] { spans.filter { $0.start < visible.upperBound && $0.end > visible.lowerBound } }
    let selected = state.selectedStatement.map { [$0.span] } ?? []
    let listed = near(state.listedStatementIDs.map { state.analysis.statements[$0].span })
    let mentions = state.actorID.map { near(state.analysis.actors[$0].mentions) } ?? []
    let shownParagraphs = Set(layout.lines[state.sourceScroll..<lastShown].compactMap(\.paragraph))
    let matches = shownParagraphs.sorted().flatMap { state.textMatches(in: state.analysis.document.paragraphs[$0]) }
        .map { TextSpan(start: $0.lowerBound, end: $0.upperBound) }

    func style(at offset: Int) -> Style {
        if matches.contains(where: { $0.contains(offset) }) { return .match }
        if selected.contains(where: { $0.contains(offset) }) { return .highlight }
        if mentions.contains(where: { $0.contains(offset) }) { return .mention }
        if listed.contains(where: { $0.contains(offset) }) { return .quote }
        return .normal
    }

    drawSourceLines(layout, from: state.sourceScroll, to: lastShown, in: content, style: style, into: &screen)
}

/// Draws rows `first..<last` of `layout` in `content`: paragraph numbers in the gutter, each
/// glyph in the style `style` gives its offset.
func drawSourceLines(
    _ layout: SourceLayout, from first: Int, to last: Int, in content: Rect, style: (Int) -> Style, into screen: inout Screen
) {
    let textX = content.x + Layout.gutterWidth
    let limit = content.x + content.width
    for (row, index) in (first..<last).enumerated() {
        let line = layout.lines[index]
        let y = content.y + row
        if line.opensParagraph, let p = line.paragraph {
            let number = String(p + 1)
            screen.put(number, x: content.x + max(0, Layout.gutterWidth - 1 - number.count), y: y, style: .dim, width: Layout.gutterWidth - 1)
        }
        var x = textX
        for g in layout.glyphs[line.glyphs] {
            x += screen.put(character: g.character, width: g.width, x: x, y: y, style: style(g.offset), limit: limit)
        }
    }
}
