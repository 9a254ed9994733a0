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
    var kind: MentionKind
    /// Where the name without titles stands ("Leon V. Sigal" in "former envoy Leon V. Sigal");
    /// texts are made only for the mentions that end up naming an actor.
    var bareSpan: TextSpan
    /// A fuller name found elsewhere in the article, replacing the bare name.
    var bareOverride: String?
    /// Words before the bare name that describe the speaker ("President", "Vermont Sen.").
    var title: String?
    /// The role from an appositive ("a professor at Yonsei University in Seoul").
    var role: String?
    /// Person, organisation, group or description.
    var actorKind: ActorKind
    /// Lower-cased head word (the surname for people).
    var head: String
}

extension SpeakerMention {
    /// The mention's words.
    func text(in document: Document) -> String { document.text(in: span) }
    /// The name without titles (or the fuller name found for it).
    func bareName(in document: Document) -> String { bareOverride ?? document.text(in: bareSpan) }
}
