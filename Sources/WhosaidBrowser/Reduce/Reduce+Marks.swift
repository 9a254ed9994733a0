import WhosaidModel

extension State {
    /// Space: mark or unmark the selected statement.
    mutating func toggleMark() {
        guard let id = selectedStatement?.id else { return }
        if marks.remove(id) == nil { marks.insert(id) }
        status = StatusMessage("\(marks.count) marked")
    }

    /// `a`: mark every listed statement.
    mutating func markAllListed() {
        let ids = listedStatementIDs
        marks.formUnion(ids)
        status = StatusMessage("Marked \(ids.count) listed statement\(ids.count == 1 ? "" : "s"); \(marks.count) marked")
    }

    /// `u`: clear all marks.
    mutating func clearMarks() {
        let n = marks.count
        marks.removeAll()
        status = StatusMessage("Cleared \(n) mark\(n == 1 ? "" : "s")")
    }

    /// `e`: ask for a file name to export the marked statements, or the listed ones when none is marked.
    mutating func startExport() {
        let ids = marks.isEmpty ? listedStatementIDs : marks.sorted()
        guard !ids.isEmpty else {
            status = StatusMessage("Nothing to export", isError: true)
            return
        }
        let path = ExportFile.defaultPath(forArticle: analysis.document.name, in: exportDirectory)
        interaction = .prompt(Prompt(.export(statementIDs: ids), text: path))
    }

    /// Keys while editing the file name.
    mutating func applyInPrompt(_ action: Action) {
        guard let prompt else { return }
        switch action {
        case .insert, .deleteBackward, .edit: _ = edit(action)
        case .open where !prompt.purpose.isExport: finishCorrection()
        case .open: exportToTypedPath()
        case .back:
            interaction = .normal
            status = StatusMessage(prompt.purpose.isExport ? "Export cancelled" : "Not changed")
        default:
            break
        }
    }

    /// Whether some marked statements have not been exported.
    public var hasUnexportedMarks: Bool { !marks.isSubset(of: exportedMarks) }
}

/// The export's steps shared with the corpus browser, on ``Interaction``: a prompt's data goes
/// with the export requested from it (``State/pendingExport``), so that an overwrite question
/// and its no come back to it.
extension State: ExportingState {
    /// The export prompt being edited, asked about, or last written from.
    private var exportPrompt: Prompt? {
        switch interaction {
        case .prompt(let prompt), .confirm(_, let prompt): prompt
        default: pendingExport
        }
    }

    var exportIDs: [Int] {
        if case .export(let ids)? = exportPrompt?.purpose { ids } else { [] }
    }

    var promptText: String { prompt?.line.text ?? "" }

    var confirmPath: String? {
        if case .confirm(let path, _) = interaction { path } else { nil }
    }

    /// Asks the runner to write the export; its report comes back to the prompt it was named in.
    mutating func requestExport(to path: String, overwrite: Bool) {
        effect = .export(statementIDs: exportIDs, path: path, overwrite: overwrite)
        pendingExport = exportPrompt
    }

    mutating func leaveMode() { interaction = .normal }

    mutating func askToQuit() { interaction = .confirmQuit }

    mutating func askToOverwrite(_ path: String) {
        interaction = .confirm(path: path, prompt: pendingExport ?? Prompt(.export(statementIDs: []), text: path))
    }

    mutating func returnToPrompt() {
        if case .confirm(_, let prompt) = interaction { interaction = .prompt(prompt) }
    }
}

extension String {
    /// The string without white space at either end.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
