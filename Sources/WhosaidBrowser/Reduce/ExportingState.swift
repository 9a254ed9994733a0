/// What the single-article browser and the corpus browser share about marks, export and
/// quitting: writing the file named in the prompt, the overwrite question, the runner's report
/// on an export, and the question before quitting with marks not exported. Each says what its
/// export effect is (``requestExport(to:overwrite:)``); their marks are statement numbers of one
/// article or row ids of a corpus.
protocol ExportingState {
    associatedtype MarkID: Hashable & Comparable
    var mode: Mode { get set }
    var status: StatusMessage? { get set }
    var marks: Set<MarkID> { get }
    /// The marks as they were last exported.
    var exportedMarks: Set<MarkID> { get set }
    /// The statements of the export being named.
    var exportIDs: [MarkID] { get }
    /// The file name typed.
    var promptText: String { get }
    /// The file awaiting an overwrite answer.
    var confirmPath: String? { get set }
    var shouldQuit: Bool { get set }
    /// Asks the runner to write ``exportIDs`` to `path`.
    mutating func requestExport(to path: String, overwrite: Bool)
}

extension ExportingState {
    /// Enter in the export prompt: write the file named, unless no name is typed.
    mutating func exportToTypedPath() {
        let path = promptText.trimmingWhitespace
        guard !path.isEmpty else {
            status = StatusMessage("Type a file name, or Esc to cancel", isError: true)
            return
        }
        mode = .normal
        requestExport(to: path, overwrite: false)
    }

    /// Keys while asked whether to overwrite.
    mutating func applyInConfirm(_ action: Action) {
        guard case .confirm(let yes) = action else { return }
        if yes, let path = confirmPath {
            mode = .normal
            requestExport(to: path, overwrite: true)
        } else {
            mode = .prompt
            status = StatusMessage("Not overwritten; choose another name")
        }
        confirmPath = nil
    }

    /// `q`: quit, or ask first when marked statements have not been exported (asked already:
    /// quit).
    mutating func quit() {
        if !marks.isSubset(of: exportedMarks), mode != .confirmQuit { mode = .confirmQuit } else { shouldQuit = true }
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
