import WhosaidSyntax

/// `Ana Ruiz was asked by the host, “Why did you vote no?”`: a passive cue of addressing someone
/// with its agent after `by`: the agent says the quote, never the one addressed (the passive's
/// subject). Other passives of speaking report someone else's words (`was quoted by the paper as
/// saying`) and name no speaker here.
extension Attributor {
    /// Participles of addressing someone whose `by` agent speaks the words after them.
    static let addressingParticiples: WordSet = ["asked", "questioned", "pressed", "told", "warned", "urged", "reminded", "challenged"]

    /// The agent after `by` of the passive cue at `v` (`was asked by the host`), when the verb is one
    /// of ``addressingParticiples`` and `by` follows it at once; the agent's phrase ends by `last`.
    func passiveCueAgent(_ v: Int, last: Int) -> SpeakerMention? {
        guard v + 2 <= last, Self.addressingParticiples.contains(tokens[v].lower), tokens[v + 1].lower == "by",
              let m = finder.phrase(startingAt: v + 2, ceiling: last) else { return nil }
        return m
    }
}
