/// How a statement's speaker was tied to its actor: the last link of the "why this speaker"
/// chain cue → speaker mention → antecedent → actor.
public enum SpeakerLink: Hashable, Sendable {
    /// The speaker mention names the actor ("Leon V. Sigal", "Sigal", "Mr. Sigal").
    case name
    /// The speaker mention is a description that is the actor ("a North Korean diplomat").
    case description
    /// A pronoun ("he said"), resolved to the actor's mention at `antecedent` (nil when the
    /// actor was chosen as the previous speaker and no mention of it stands before).
    case pronoun(antecedent: TextSpan?)
    /// A quote with no cue that continues statement `of` (its id) and takes its speaker.
    case continuation(of: Int)

    /// The link's name in JSON: `name`, `description`, `pronoun` or `continuation`.
    public var label: String {
        switch self {
        case .name: "name"
        case .description: "description"
        case .pronoun: "pronoun"
        case .continuation: "continuation"
        }
    }
}
