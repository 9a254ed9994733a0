/// The subjects ``Attributor/subject(ofVerb:floor:)`` has found, by verb and floor, so that a
/// verb's subject is read once however many sieves ask for it: the reporting-verb sieve, the
/// clause rules and the quote sieves ask again for the same verbs of a sentence, and each reading
/// goes back over the verb group, asides, relative clauses and apposition (some 20,000
/// instructions on news).
///
/// A subject depends only on the attributor's tokens, quotes and mention finder, which never
/// change once it is made (not on the cues used so far), so a remembered answer is the answer.
/// At most ``capacity`` answers are kept and a full memo starts afresh: the sieves ask about one
/// sentence at a time, and a document of any size keeps a memo of the same small size.
final class SubjectMemo {
    /// The most answers kept at once.
    static let capacity = 32

    /// The verbs and floors asked about and their subjects, in the order first asked, in room
    /// made for ``capacity`` at the start (grown an answer at a time, the room cost more than the
    /// answers saved).
    private var entries: [(verb: Int, floor: Int, subject: SpeakerMention?)] = []

    init() { entries.reserveCapacity(Self.capacity) }

    /// How many answers are kept.
    var count: Int { entries.count }

    /// The remembered subject of the verb at `v` read back no further than `floor`: `.some(nil)`
    /// when it has none, nil when not asked about since the memo last started afresh.
    func subject(ofVerb v: Int, floor: Int) -> SpeakerMention?? {
        for i in entries.indices where entries[i].verb == v && entries[i].floor == floor { return .some(entries[i].subject) }
        return nil
    }

    /// Remembers `m` as the subject of the verb at `v` read back no further than `floor`.
    func record(_ m: SpeakerMention?, ofVerb v: Int, floor: Int) {
        if entries.count == Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries.append((v, floor, m))
    }
}
