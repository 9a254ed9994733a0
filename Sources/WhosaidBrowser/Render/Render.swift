/// Draws `state` into a grid of cells the size of its terminal.
public func render(_ state: State) -> Screen {
    var screen = Screen(size: state.size)
    let layout = state.layout
    if layout.isTooSmall {
        renderTooSmall(&screen, question: state.mode == .confirmQuit ? unexportedSummary(state) + ". Quit? (y/n)" : nil)
        return screen
    }
    for rect in layout.verticalSeparators {
        for y in rect.y..<(rect.y + rect.height) { screen.put("│", x: rect.x, y: y, style: .dim) }
    }
    for rect in layout.horizontalSeparators {
        screen.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: .dim)
    }
    renderList(state, into: &screen)
    renderStatements(state, into: &screen)
    renderSource(state, into: &screen)
    renderStatusLine(state, into: &screen)
    renderFooter(state, into: &screen)
    if state.mode == .help { HelpOverlay.render(state, into: &screen) }
    return screen
}

/// The message shown instead of the panes when the terminal is too small, wrapped to its width.
func renderTooSmall(_ screen: inout Screen, question: String? = nil) {
    let size = screen.size
    let minimum = Layout.minimum
    let lines = [
        ("Terminal too small", Style.bold),
        ("\(size.width)x\(size.height), need \(minimum.width)x\(minimum.height)", .normal),
        question.map { ($0, Style.error) } ?? ("Enlarge the window, or q to quit", .normal),
    ].flatMap { line, style in TextWrap.wrap(line, width: size.width).map { ($0, style) } }
    putCentred(lines, into: &screen)
}

/// Draws a pane's title row: full width, highlighted when the pane has focus.
func renderTitle(_ title: String, pane: Pane, state: State, into screen: inout Screen) {
    renderTitle(" \(pane.rawValue + 1) \(title)", in: state.layout.rect(of: pane), focused: state.focus == pane, into: &screen)
}

/// Draws a title row across the top of `rect`.
func renderTitle(_ title: String, in rect: Rect, focused: Bool, into screen: inout Screen) {
    let style: Style = focused ? .titleFocused : .title
    screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
    screen.put(truncated(title, width: rect.width), x: rect.x, y: rect.y, style: style, width: rect.width)
}

/// Writes `right` right-aligned and `left` before it, clipped so the two never overlap.
func putRow(left: String, right: String, x: Int, y: Int, width: Int, style: Style, rightStyle: Style, into screen: inout Screen) {
    let rightWidth = min(width, DisplayWidth.of(right))
    let room = max(0, width - rightWidth - 1)
    screen.put(truncated(left, width: room), x: x, y: y, style: style, width: room)
    screen.put(right, x: x + width - rightWidth, y: y, style: rightStyle, width: rightWidth)
}

/// `text` as drawn (``Glyph/drawn(_:)``), cut to `width` columns with "…" when it is longer.
func truncated(_ text: String, width: Int) -> String {
    let text = String(text.map(Glyph.drawn))
    guard DisplayWidth.of(text) > width else { return text }
    guard width > 1 else { return width == 1 ? "…" : "" }
    var out = ""
    var used = 0
    for c in text {
        let w = DisplayWidth.of(c)
        if used + w > width - 1 { break }
        out.append(c)
        used += w
    }
    return out + "…"
}
