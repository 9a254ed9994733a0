/// What the single-article browser and the corpus browser share about marks, export and
/// quitting: writing the file named in the prompt, the overwrite question, the runner's report
/// on an export, and the question before quitting with marks not exported. Each says what its
/// export effect is (``requestExport(to:overwrite:)``) and how it changes mode (the article
/// browser keeps a mode's data in ``Interaction``, the corpus browser in fields,
/// ``ExportingModeFields``); their marks are statement numbers of one article or row ids of a
/// corpus.
protocol ExportingState {
    associatedtype MarkID: Hashable & Comparable
    var mode: Mode { get }
    var status: StatusMessage? { get set }
    var marks: Set<MarkID> { get }
    /// The marks as they were last exported.
    var exportedMarks: Set<MarkID> { get set }
    /// The statements of the export being named or written.
    var exportIDs: [MarkID] { get }
    /// The file name typed.
    var promptText: String { get }
    /// The file awaiting an overwrite answer.
    var confirmPath: String? { get }
    var shouldQuit: Bool { get set }
    /// Asks the runner to write ``exportIDs`` to `path`.
    mutating func requestExport(to path: String, overwrite: Bool)
    /// Back to browsing.
    mutating func leaveMode()
    /// Asks whether to quit with marks not exported.
    mutating func askToQuit()
    /// Asks whether to overwrite `path`, the file of the export just requested.
    mutating func askToOverwrite(_ path: String)
    /// No to the overwrite question: back to the export prompt.
    mutating func returnToPrompt()
}

extension ExportingState {
    /// Enter in the export prompt: write the file named, unless no name is typed.
    mutating func exportToTypedPath() {
        let path = promptText.trimmingWhitespace
        guard !path.isEmpty else {
            status = StatusMessage("Type a file name, or Esc to cancel", isError: true)
            return
        }
        requestExport(to: path, overwrite: false)
        leaveMode()
    }

    /// Keys while asked whether to overwrite.
    mutating func applyInConfirm(_ action: Action) {
        guard case .confirm(let yes) = action else { return }
        if yes, let path = confirmPath {
            requestExport(to: path, overwrite: true)
            leaveMode()
        } else {
            returnToPrompt()
            status = StatusMessage("Not overwritten; choose another name")
        }
    }

    /// `q`: quit, or ask first when marked statements have not been exported (asked already:
    /// quit).
    mutating func quit() {
        if !marks.isSubset(of: exportedMarks), mode != .confirmQuit { askToQuit() } else { shouldQuit = true }
    }

    /// Keys while asked whether to quit with unexported marks.
    mutating func applyInConfirmQuit(_ action: Action) {
        guard case .confirm(let yes) = action else { return }
        if yes {
            shouldQuit = true
        } else {
            leaveMode()
            status = StatusMessage("Not quitting; e exports the marked statements")
        }
    }

    /// The runner's report on an export.
    mutating func finishExport(_ outcome: ExportOutcome) {
        switch outcome {
        case .written(let count, let path):
            if exportIDs == marks.sorted() { exportedMarks = marks }
            leaveMode()
            status = StatusMessage("Exported \(count) statement\(count == 1 ? "" : "s") to \(path)")
        case .exists(let path):
            askToOverwrite(path)
            status = nil
        case .failed(let message):
            leaveMode()
            status = StatusMessage(message, isError: true)
        }
    }
}

/// An ``ExportingState`` whose mode and overwrite question are plain fields (the corpus
/// browser's): the mode changes set them.
protocol ExportingModeFields: ExportingState {
    var mode: Mode { get set }
    var confirmPath: String? { get set }
}

extension ExportingModeFields {
    mutating func leaveMode() {
        mode = .normal
        confirmPath = nil
    }

    mutating func askToQuit() { mode = .confirmQuit }

    mutating func askToOverwrite(_ path: String) {
        mode = .confirm
        confirmPath = path
    }

    mutating func returnToPrompt() {
        mode = .prompt
        confirmPath = nil
    }
}

extension CorpusState: ExportingModeFields {}
