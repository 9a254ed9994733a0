/// What sort of speaker an actor is.
public enum ActorKind: String, Sendable, Codable, CaseIterable {
    /// A named person ("Leon V. Sigal", "President Obama").
    case person
    /// A named organisation or outlet ("the State Department", "KCNA").
    case organisation
    /// A group of people ("Some other Track 2 participants").
    case group
    /// An unnamed speaker known by a description ("a North Korean diplomat").
    case description
}

/// A speaker: every mention of one person, organisation, group or described speaker.
public struct Actor: Identifiable, Hashable, Sendable {
    /// Index of the actor in ``Analysis/actors``.
    public var id: Int
    /// The fullest name form in the article ("Leon V. Sigal", "President Obama").
    public var name: String
    /// Other forms the article uses ("Sigal", "Mr. Sigal"); pronouns are not listed.
    public var aliases: [String]
    /// Roles the article gives the actor ("a professor at Yonsei University in Seoul").
    public var roles: [String]
    /// Person, organisation, group or description.
    public var kind: ActorKind
    /// Every mention of the actor in the text, pronouns included, in text order.
    public var mentions: [TextSpan]
    /// Ids of the actor's statements in article order.
    public var statementIDs: [Int]

    /// Creates an actor.
    public init(
        id: Int, name: String, aliases: [String] = [], roles: [String] = [], kind: ActorKind,
        mentions: [TextSpan] = [], statementIDs: [Int] = []
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.kind = kind
        self.mentions = mentions
        self.statementIDs = statementIDs
    }

    /// The first role, the one to show beside the name.
    public var role: String? { roles.first }
}
