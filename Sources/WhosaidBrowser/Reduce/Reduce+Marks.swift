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
        case .open:
            guard case .export(let ids) = prompt.purpose else {
                finishCorrection()
                return
            }
            let path = prompt.line.text.trimmingWhitespace
            guard !path.isEmpty else {
                status = StatusMessage("Type a file name, or Esc to cancel", isError: true)
                return
            }
            interaction = .normal
            export(ids, to: path, overwrite: false, from: prompt)
        case .back:
            interaction = .normal
            status = StatusMessage(prompt.purpose.isExport ? "Export cancelled" : "Not changed")
        default:
            break
        }
    }

    /// Keys while asked whether to overwrite.
    mutating func applyInConfirm(_ action: Action) {
        guard case .confirm(let yes) = action, case .confirm(let path, let prompt) = interaction else { return }
        if yes, case .export(let ids) = prompt.purpose {
            interaction = .normal
            export(ids, to: path, overwrite: true, from: prompt)
        } else {
            interaction = .prompt(prompt)
            status = StatusMessage("Not overwritten; choose another name")
        }
    }

    /// Asks the runner to write statements `ids` to `path`; its report comes back to `prompt`.
    private mutating func export(_ ids: [Int], to path: String, overwrite: Bool, from prompt: Prompt) {
        effect = .export(statementIDs: ids, path: path, overwrite: overwrite)
        pendingExport = prompt
    }

    /// Whether some marked statements have not been exported.
    public var hasUnexportedMarks: Bool { !marks.isSubset(of: exportedMarks) }

    /// `q`: quit, or ask first when marked statements have not been exported (asked already:
    /// quit).
    mutating func quit() {
        if hasUnexportedMarks, mode != .confirmQuit { interaction = .confirmQuit } else { shouldQuit = true }
    }

    /// Keys while asked whether to quit with unexported marks.
    mutating func applyInConfirmQuit(_ action: Action) {
        guard case .confirm(let yes) = action else { return }
        if yes {
            shouldQuit = true
        } else {
            interaction = .normal
            status = StatusMessage("Not quitting; e exports the marked statements")
        }
    }

    /// The runner's report on an export.
    mutating func finishExport(_ outcome: ExportOutcome) {
        let prompt = pendingExport
        pendingExport = nil
        switch outcome {
        case .written(let count, let path):
            interaction = .normal
            if case .export(let ids) = prompt?.purpose, ids == marks.sorted() { exportedMarks = marks }
            status = StatusMessage("Exported \(count) statement\(count == 1 ? "" : "s") to \(path)")
        case .exists(let path):
            interaction = .confirm(path: path, prompt: prompt ?? Prompt(.export(statementIDs: []), text: path))
            status = nil
        case .failed(let message):
            interaction = .normal
            status = StatusMessage(message, isError: true)
        }
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
