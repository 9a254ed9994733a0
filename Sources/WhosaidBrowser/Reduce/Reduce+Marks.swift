import WhosaidModel

extension State: ExportingState {
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
        exportIDs = ids
        promptText = ExportFile.defaultPath(forArticle: analysis.document.name, in: exportDirectory)
        entryCursor = promptText.count
        promptPurpose = .export
        mode = .prompt
    }

    /// Keys while editing the file name.
    mutating func applyInPrompt(_ action: Action) {
        switch action {
        case .insert, .deleteBackward, .edit: _ = edit(action)
        case .open where promptPurpose != .export:
            finishCorrection()
        case .open: exportToTypedPath()
        case .back:
            mode = .normal
            status = StatusMessage(promptPurpose == .export ? "Export cancelled" : "Not changed")
        default:
            break
        }
    }

    /// Asks the runner to write the export.
    mutating func requestExport(to path: String, overwrite: Bool) {
        effect = .export(statementIDs: exportIDs, path: path, overwrite: overwrite)
    }

    /// Whether some marked statements have not been exported.
    public var hasUnexportedMarks: Bool { !marks.isSubset(of: exportedMarks) }
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
