import WhosaidSyntax

/// A reporting gerund after a preposition whose `that` clause follows the cue's adjuncts, as a
/// finite cue's may (`said in a debate that…`):
///
///     Cole faced questions after saying in a debate that the count was fair.  → Cole: "that the count was fair"
///     Since announcing in October that he would retire, Cole has been quiet.   → Cole: "that he would retire"
///
/// Only a `that` clause counts here: without the complementiser the words after the adjunct may
/// be the gerund's object (`after mentioning on Friday the new budget`), which names no statement.
extension Attributor {
    /// The `that` opening the reported clause of the prepositional gerund at `g` after one or
    /// more cue adjuncts (``thatAfterCueAdjuncts(verb:last:)``: a prepositional phrase, time
    /// words, an addressee, an aside), or nil when no adjunct stands between or none follows.
    func thatAfterGerundAdjuncts(_ g: Int, last: Int) -> Int? {
        guard g + 2 <= last, Lexicon.isGerund(tokens[g].lower), tokens[g].quote == nil,
              tokens[g + 1].lower != "that" else { return nil }
        return thatAfterCueAdjuncts(verb: g, last: last)
    }
}
