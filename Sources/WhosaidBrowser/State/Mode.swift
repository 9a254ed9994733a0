/// What keys do right now.
public enum Mode: Equatable, Sendable {
    /// Browsing.
    case normal
    /// Typing a search query for ``State/searchPane``.
    case search
    /// Editing the export file name.
    case prompt
    /// Asking whether to overwrite ``State/confirmPath``.
    case confirm
    /// Asking whether to quit with marked statements not exported.
    case confirmQuit
    /// The help overlay.
    case help
}

/// What a prompt's text is for.
public enum PromptPurpose: Equatable, Sendable {
    /// The export file name.
    case export
    /// The speaker to give the selected statement.
    case reassign
    /// The actor the selected actor is the same as.
    case merge
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
