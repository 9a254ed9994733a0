/// Draws the status line: a prompt while typing, otherwise the message or the file and counts,
/// the filters and marks, and the mode on the right.
func renderStatusLine(_ state: State, into screen: inout Screen) {
    let y = state.layout.statusRow
    let width = state.size.width
    screen.fill(Rect(x: 0, y: y, width: width, height: 1), style: .status)
    let mode: String
    var left: String
    // Where the cursor of a search or file name is: a block after the text, or the character
    // under it shown unreversed.
    var cursorColumn: Int?
    let entryEnd = state.entry.cursor == state.entry.text.count ? "█" : ""
    var leftStyle: Style = .status
    switch state.interaction {
    case .search:
        mode = "SEARCH"
        let what = state.searchPane == .list ? (state.leftView == .actors ? "actors" : "topics") : "text"
        cursorColumn = DisplayWidth.of(" Search \(what): ") + DisplayWidth.of(String(state.entry.text.prefix(state.entry.cursor)))
        left = " Search \(what): \(state.entry.text)\(entryEnd)"
        if let status = state.status { left += "  " + status.text }
    case .prompt(let prompt):
        mode = prompt.purpose.isExport ? "EXPORT" : "CORRECT"
        let label = switch prompt.purpose {
        case .export(let ids): " Export \(ids.count) statement\(ids.count == 1 ? "" : "s") to: "
        case .reassign: " Who said it: "
        case .merge: " Merge \(state.actorID.map { state.analysis.actors[$0].name } ?? "") into: "
        }
        cursorColumn = DisplayWidth.of(label) + DisplayWidth.of(String(state.entry.text.prefix(state.entry.cursor)))
        left = label + state.entry.text + entryEnd
        if let status = state.status { left += "  " + status.text }
    case .confirmQuit:
        mode = "QUIT"
        left = " \(unexportedSummary(state)). Quit anyway? (y/n)"
        leftStyle = .error
    case .confirm(let path, _):
        mode = "EXPORT"
        left = " \(path) exists. Overwrite? (y/n)"
        leftStyle = .error
    case .help:
        mode = "HELP"
        left = " " + summary(state)
    case .normal:
        mode = "NORMAL"
        if let status = state.status {
            left = " " + status.text
            if status.isError { leftStyle = .error }
        } else {
            left = " " + summary(state)
        }
    }
    // A message or prompt comes first: beside it only the marks and the mode. Otherwise the
    // filters, marks and mode come before the file name and counts.
    let hasMessage = state.status != nil || state.mode != .normal
    var right = [hasMessage ? nil : state.filterSummary, state.marks.isEmpty ? nil : "\(state.marks.count) marked", mode]
        .compactMap { $0 }.joined(separator: " │ ") + " "
    let maxRight = max(8, width - 12)
    if DisplayWidth.of(right) > maxRight { right = truncated(String(right.dropLast()), width: maxRight - 1) + " " }
    let leftWidth = DisplayWidth.of(left)
    let limit = max(0, width - DisplayWidth.of(right) - 1)
    screen.put(leftWidth > limit ? truncated(left, width: limit) : left, x: 0, y: y, style: leftStyle, width: limit)
    if let cursorColumn, state.entry.cursor < state.entry.text.count, cursorColumn < limit {
        let under = state.entry.text.dropFirst(state.entry.cursor).first.map(DisplayWidth.of) ?? 1
        screen.restyle(Rect(x: cursorColumn, y: y, width: max(1, under), height: 1), style: .normal)
    }
    putRow(left: "", right: right, x: 0, y: y, width: width, style: .status, rightStyle: .status, into: &screen)
}

/// "2 marked statements not exported".
func unexportedSummary(_ state: State) -> String {
    let n = state.marks.subtracting(state.exportedMarks).count
    return "\(n) marked statement\(n == 1 ? "" : "s") not exported"
}

/// File name and counts.
private func summary(_ state: State) -> String {
    let a = state.analysis
    return "\(state.fileName) · \(a.statements.count) statements · \(a.actors.count) actors"
}

/// Draws the key hints of the current mode, from the key table.
func renderFooter(_ state: State, into screen: inout Screen) {
    let footer = " " + KeyTable.footer(for: state.mode, width: max(0, state.size.width - 1))
    screen.put(footer, x: 0, y: state.layout.footerRow, style: .dim, width: state.size.width)
}
