import WhosaidModel

/// Marks and export in the corpus browser: marks are kept across articles and filters, and the
/// export writes each statement with its article's title and date.
extension CorpusState {
    /// Most listed statements `e` exports when none is marked.
    static let exportListedLimit = 1_000

    /// Space: mark or unmark the selected statement.
    mutating func toggleMark() {
        guard let statement = selectedStatement else { return }
        if marks.remove(statement.id) == nil {
            marks.insert(statement.id)
            markArticles[statement.id] = statement.article
        } else {
            markArticles[statement.id] = nil
        }
        let articles = Set(markArticles.values).count
        status = StatusMessage("\(marks.count) marked" + (articles > 1 ? " in \(articles) articles" : ""))
    }

    /// `u`: clear all marks.
    mutating func clearMarks() {
        let n = marks.count
        marks.removeAll()
        markArticles.removeAll()
        status = StatusMessage("Cleared \(n) mark\(n == 1 ? "" : "s")")
    }

    /// `e`: ask for a file name to export the marked statements, or the listed ones when none is
    /// marked and there are not too many.
    mutating func startExport() {
        var ids = marks.sorted()
        if ids.isEmpty {
            guard statements.total > 0 else {
                status = StatusMessage("Nothing to export", isError: true)
                return
            }
            guard statements.total <= Self.exportListedLimit else {
                status = StatusMessage("\(statements.total) statements listed: mark the ones to export with Space", isError: true)
                return
            }
            reading { s in ids = try s.source.statements(s.filter, offset: 0, limit: s.statements.total).map(\.id) }
            guard !ids.isEmpty else { return }
        }
        exportIDs = ids
        promptText = ExportFile.defaultPath(forArticle: name, in: exportDirectory)
        entryCursor = promptText.count
        mode = .prompt
    }

    /// Keys while editing the file name.
    mutating func applyInPrompt(_ action: Action) {
        switch action {
        case .insert, .deleteBackward, .edit: edit(action)
        case .open:
            let path = promptText.trimmingWhitespace
            guard !path.isEmpty else {
                status = StatusMessage("Type a file name, or Esc to cancel", isError: true)
                return
            }
            mode = .normal
            effect = .export(statementIDs: exportIDs, path: path, overwrite: false)
        case .back:
            mode = .normal
            status = StatusMessage("Export cancelled")
        default:
            break
        }
    }

    /// Keys while asked whether to overwrite.
    mutating func applyInConfirm(_ action: Action) {
        guard case .confirm(let yes) = action else { return }
        if yes, let path = confirmPath {
            mode = .normal
            effect = .export(statementIDs: exportIDs, path: path, overwrite: true)
        } else {
            mode = .prompt
            status = StatusMessage("Not overwritten; choose another name")
        }
        confirmPath = nil
    }

    /// `q`: quit, or ask first when marked statements have not been exported.
    mutating func quit() {
        if hasUnexportedMarks, mode != .confirmQuit { mode = .confirmQuit } else { shouldQuit = true }
    }

    /// Keys while asked whether to quit with unexported marks.
    mutating func applyInConfirmQuit(_ action: Action) {
        guard case .confirm(let yes) = action else { return }
        if yes {
            shouldQuit = true
        } else {
            mode = .normal
            status = StatusMessage("Not quitting; e exports the marked statements")
        }
    }

    /// The runner's report on an export.
    mutating func finishExport(_ outcome: ExportOutcome) {
        switch outcome {
        case .written(let count, let path):
            mode = .normal
            if exportIDs == marks.sorted() { exportedMarks = marks }
            status = StatusMessage("Exported \(count) statement\(count == 1 ? "" : "s") to \(path)")
        case .exists(let path):
            mode = .confirm
            confirmPath = path
            status = nil
        case .failed(let message):
            mode = .normal
            status = StatusMessage(message, isError: true)
        }
    }
}
