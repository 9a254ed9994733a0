/// An actor named at a token: what pronoun resolution reads back through, in text order.
///
/// Stored in 8 bytes (32-bit token and actor indexes, as ``Token`` stores its offsets): one large
/// document has millions of name tokens, and a pair of `Int`s took 0.5 bytes of memory per byte of
/// text at the engine's peak, while actors are built (issue 12).
struct ActorOccurrence: Sendable {
    private var _token: Int32
    private var _actor: Int32

    init(token: Int, actor: Int) {
        _token = Int32(truncatingIfNeeded: token)
        _actor = Int32(truncatingIfNeeded: actor)
    }

    /// Index of the token that names the actor.
    var token: Int { Int(_token) }
    /// Index of the actor's draft.
    var actor: Int { Int(_actor) }
}
