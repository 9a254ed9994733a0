/// A reader's corrections to one article's attribution: statements given to another speaker and
/// actors merged into one. They are kept in the user's data folder (``CorrectionsStore``), not
/// beside the article, and applied whenever the article is opened or exported again.
public struct Corrections: Codable, Equatable, Sendable {
    /// A statement, found by its span, given to the speaker named `speaker`.
    struct Reassignment: Codable, Equatable, Sendable {
        var start: Int
        var end: Int
        var speaker: String
    }

    /// The actor named `actor` is the same as the one named `into`.
    public struct Merge: Codable, Equatable, Sendable {
        public var actor: String
        var into: String
    }

    /// The format's version.
    public var version = 1
    /// Statements given to another speaker, in the order they were made.
    private(set) var reassignments: [Reassignment] = []
    /// Actors merged, in the order they were made.
    private(set) var merges: [Merge] = []
    /// The reading the corrections were made on (``madeLinkingRoles``); absent from a file saved
    /// before the browser could link role descriptions, whose reading was the literal one.
    private var linkedRoles: Bool?

    /// Whether the corrections were made on the reading that ties role descriptions to the people
    /// holding the role (``Engine/Options/linkRoleDescriptions``): the actor names they hold are
    /// that reading's ("Ann Pruett" there may also be "the mayor" of the literal reading).
    public var madeLinkingRoles: Bool {
        get { linkedRoles ?? false }
        set { linkedRoles = newValue }
    }

    /// No corrections.
    public init() {}

    /// Whether there are no corrections.
    public var isEmpty: Bool { reassignments.isEmpty && merges.isEmpty }

    /// Gives the statement at `span` to `speaker` (replacing an earlier reassignment of it).
    public mutating func reassign(_ span: TextSpan, to speaker: String) {
        reassignments.removeAll { $0.start == span.start && $0.end == span.end }
        reassignments.append(Reassignment(start: span.start, end: span.end, speaker: speaker))
    }

    /// Merges the actor named `actor` into the one named `into`.
    public mutating func merge(_ actor: String, into: String) {
        merges.append(Merge(actor: actor, into: into))
    }
}
