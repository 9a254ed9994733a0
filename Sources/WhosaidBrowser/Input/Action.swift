import WhosaidModel

/// Everything the user (or the runner reporting back) can ask of the browser.
public enum Action: Equatable, Sendable {
    case moveDown, moveUp, moveFirst, moveLast, pageDown, pageUp
    case nextPane, previousPane
    /// Focus one pane (keys 1, 2, 3).
    case focus(Pane)
    /// Enter: actor → their statements; statement → its place in the source; confirm a search or prompt.
    case open
    /// Esc: go back a pane, clear a filter, cancel a search or prompt.
    case back
    case toggleHelp, quit
    /// The terminal changed size.
    case resize(Size)
    /// A mouse click at a cell.
    case click(x: Int, y: Int)
    /// A wheel step at a cell (`delta` rows, negative is up).
    case wheel(x: Int, y: Int, delta: Int)
    /// Focus a pane of the corpus browser.
    case focusCorpus(CorpusPane)
    /// `/`: start a search in the focused pane.
    case startSearch
    /// Type a character into the search or prompt.
    case insert(Character)
    /// Delete the character before the cursor in the search or prompt.
    case deleteBackward
    /// Move the cursor or delete text in the search or prompt.
    case edit(LineEdit.Command)
    case nextMatch, previousMatch
    /// `]` / `[`: the next or previous listed statement in the text (from the view in the source pane).
    case nextStatement, previousStatement
    /// Switch the left pane between actors and topics.
    case toggleTopics
    /// Clear the actor, topic and search filters.
    case clearFilters
    case toggleMark, markAllListed, clearMarks
    /// `e`: ask where to export the marked (or listed) statements.
    case export
    /// `E` in the corpus browser: as ``export``, grouped by article rather than by person.
    case exportByArticle
    /// `f` in the corpus browser: only the selected statement's person in its article (again: as before).
    case speakerInArticle
    /// The answer to an overwrite question.
    case confirm(Bool)
    /// The runner finished an ``Effect/export(statementIDs:path:overwrite:)``.
    case exportFinished(ExportOutcome)
    /// `R`: ask who said the selected statement instead.
    case reassign
    /// `M`: ask which actor the selected one is the same as.
    case mergeActor
    /// The runner saved the corrections (nil) or could not (why, one line).
    case correctionsSaved(String?)
}

/// Work the browser asks its runner to do; the runner answers with an ``Action``.
public enum Effect: Equatable, Sendable {
    /// Write these statements as Markdown to `path`; replace a file there only when `overwrite`.
    case export(statementIDs: [Int], path: String, overwrite: Bool)
    /// Save the reader's corrections of this article.
    case saveCorrections(Corrections)
}

/// How an export went.
public enum ExportOutcome: Equatable, Sendable {
    /// The file was written.
    case written(count: Int, path: String)
    /// A file is already there; nothing was written.
    case exists(path: String)
    /// Nothing was written, for this reason (one line).
    case failed(String)
}
