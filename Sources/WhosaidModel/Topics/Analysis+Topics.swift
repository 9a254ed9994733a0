extension Analysis {
    /// The topics `actor`'s statements mention, most important first.
    public func topics(of actor: Actor) -> [Topic] {
        topics.filter { $0.actorIDs.contains(actor.id) }
    }
}
