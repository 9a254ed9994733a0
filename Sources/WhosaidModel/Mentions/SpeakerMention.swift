/// How a speaker is referred to at one place in the text.
enum MentionKind: Sendable, Equatable {
    /// A proper name ("Leon V. Sigal", "President Obama", "the State Department").
    case name
    /// A personal pronoun ("he", "they").
    case pronoun
    /// A common-noun description ("a North Korean diplomat", "some other participants").
    case description
}

/// A speaker's mention found next to a reporting cue.
struct SpeakerMention: Sendable {
    /// Token range of the whole mention, determiners and titles included.
    var first: Int
    var last: Int
    /// Last token of the mention with its appositive role, when the role follows it.
    var lastWithRole: Int
    var span: TextSpan
    var text: String
    var kind: MentionKind
    /// The name without titles ("Leon V. Sigal" for "former envoy Leon V. Sigal").
    var bareName: String
    /// Words before the bare name that describe the speaker ("President", "Vermont Sen.").
    var title: String?
    /// The role from an appositive ("a professor at Yonsei University in Seoul").
    var role: String?
    /// Person, organisation, group or description.
    var actorKind: ActorKind
    /// Lower-cased head word (the surname for people).
    var head: String
}
