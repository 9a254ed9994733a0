import WhosaidModel

/// Marks and export in the corpus browser: marks are kept across articles and filters, and the
/// export writes each statement with its article's title and date.
extension CorpusState: ExportingState {
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

    /// Most listed statements `a` marks at once.
    static let markAllLimit = 10_000

    /// `a`: mark every listed statement (of all pages), when there are not too many.
    mutating func markAllListed() {
        let total = statements.total
        guard total > 0 else {
            status = StatusMessage("No statements listed", isError: true)
            return
        }
        guard total <= Self.markAllLimit else {
            status = StatusMessage("\(total) statements listed: pick an article or a person, or search, to mark fewer", isError: true)
            return
        }
        reading { s in
            for key in try s.source.statementKeys(s.filter, limit: total) {
                s.marks.insert(key.id)
                s.markArticles[key.id] = key.article
            }
            let articles = Set(s.markArticles.values).count
            s.status = StatusMessage("Marked \(total) listed statement\(total == 1 ? "" : "s"); \(s.marks.count) marked"
                + (articles > 1 ? " in \(articles) articles" : ""))
        }
    }

    /// `u`: clear all marks.
    mutating func clearMarks() {
        let n = marks.count
        marks.removeAll()
        markArticles.removeAll()
        status = StatusMessage("Cleared \(n) mark\(n == 1 ? "" : "s")")
    }

    /// `e` (by person) and `E` (by article): ask for a file name to export the marked
    /// statements, or the listed ones when none is marked and there are not too many.
    mutating func startExport(grouping: MarkdownExporter.Grouping) {
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
            reading { s in ids = try s.source.statementKeys(s.filter, limit: s.statements.total).map(\.id) }
            guard !ids.isEmpty else { return }
        }
        exportIDs = ids
        exportGrouping = grouping
        promptText = ExportFile.defaultPath(forArticle: name, in: exportDirectory)
        entryCursor = promptText.count
        mode = .prompt
    }

    /// Keys while editing the file name.
    mutating func applyInPrompt(_ action: Action) {
        switch action {
        case .insert, .deleteBackward, .edit: edit(action)
        case .open: exportToTypedPath()
        case .back:
            mode = .normal
            status = StatusMessage("Export cancelled")
        default:
            break
        }
    }

    /// Asks the runner to write the export, grouped as chosen.
    mutating func requestExport(to path: String, overwrite: Bool) {
        effect = .export(statementIDs: exportIDs, path: path, overwrite: overwrite, grouping: exportGrouping)
    }
}
