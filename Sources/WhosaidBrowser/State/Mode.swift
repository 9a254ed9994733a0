/// What keys do right now: the key table's modes (``KeyTable/bindings(for:)``), without the data a
/// mode works on (``Interaction`` carries that).
public enum Mode: Equatable, Sendable {
    /// Browsing.
    case normal
    /// Typing a search query for ``State/searchPane``.
    case search
    /// Editing the export file name, or the name of a speaker.
    case prompt
    /// Asking whether to overwrite a file.
    case confirm
    /// Asking whether to quit with marked statements not exported.
    case confirmQuit
    /// The help overlay.
    case help
}

/// The browser's mode with what that mode works on: the cursor of a search, the line of a prompt,
/// the file a question is about, the scroll of the help overlay. Data of a mode lives and ends
/// with it.
public enum Interaction: Equatable, Sendable {
    /// Browsing.
    case normal
    /// Typing a search query for ``State/searchPane`` (the query is ``State/listQuery`` or
    /// ``State/textQuery``: it stays after the search is typed); the cursor in it, in characters.
    case search(cursor: Int)
    /// Editing the export file name, or the name of a speaker.
    case prompt(Prompt)
    /// Asking whether to overwrite `path`; no goes back to `prompt`.
    case confirm(path: String, prompt: Prompt)
    /// Asking whether to quit with marked statements not exported.
    case confirmQuit
    /// The help overlay, scrolled to its line `scroll`.
    case help(scroll: Int)

    /// What keys do in it.
    public var mode: Mode {
        switch self {
        case .normal: .normal
        case .search: .search
        case .prompt: .prompt
        case .confirm: .confirm
        case .confirmQuit: .confirmQuit
        case .help: .help
        }
    }
}

/// A line typed in the status line, and what it is for.
public struct Prompt: Equatable, Sendable {
    /// What the text is for.
    public var purpose: PromptPurpose
    /// The text and its cursor.
    public var line: LineEdit

    /// A prompt for `purpose` holding `text`, the cursor at its end.
    public init(_ purpose: PromptPurpose, text: String) {
        self.purpose = purpose
        self.line = LineEdit(text)
    }
}

/// What a prompt's text is for.
public enum PromptPurpose: Equatable, Sendable {
    /// The name of the file to write these statements to.
    case export(statementIDs: [Int])
    /// The speaker to give the selected statement.
    case reassign
    /// The actor the selected actor is the same as.
    case merge

    /// Whether the prompt asks for an export file name.
    public var isExport: Bool {
        if case .export = self { true } else { false }
    }
}

/// What the left pane lists.
public enum LeftView: Sendable {
    case actors
    case topics
}

/// A row of the left pane.
public enum ListRow: Hashable, Sendable {
    /// "All statements" or "All topics": no filter.
    case all
    /// An actor, by id.
    case actor(Int)
    /// A topic, by id.
    case topic(Int)
}

/// A message in the status line.
public struct StatusMessage: Equatable, Sendable {
    /// The text.
    public var text: String
    /// Whether it reports a failure.
    public var isError: Bool

    /// Creates a message.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
