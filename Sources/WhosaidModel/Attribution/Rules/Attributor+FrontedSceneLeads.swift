import WhosaidSyntax

/// `Now, Ruiz has responded to the mayor's remarks.`, `Thus far, the firm has refused to comment
/// on the sale.`, `Earlier this week, the union wrote to the board.`: words of time or sequence
/// alone before the subject's comma set the scene for a cue that carries its own complement;
/// they are no statement the cue reports (`Sorry, Ruiz said.` and `The plan is dead, Ruiz told
/// reporters.` still are: a bare cue, or a lead with words of its own).
extension Attributor {
    /// Words of time or sequence that open a sentence as its scene (`Now,`, `Thus far,`, `So far,`,
    /// `Earlier this week,`, `Two days ago,`); numbers count too.
    static let frontedSceneWords = WordSet(Lexicon.timeWords.union([
        "now", "thus", "so", "far", "meanwhile", "already", "since", "then", "ago", "days", "weeks",
        "months", "years", "past", "recent", "earlier", "later", "finally", "eventually", "ultimately",
        "soon", "afterward", "afterwards", "previously", "overnight", "until", "for", "the", "a", "few",
        "several", "two", "three", "next", "day", "hours", "hour", "minutes", "moments",
    ]))

    /// Whether the words `a...b` before the subject's comma are only a scene of time
    /// (``frontedSceneWords``, numbers) and the cue at `v` carries words after its verb
    /// (`cueEnd > v`: an object or a prepositional complement of its own).
    func frontsSceneBeforeOwnComplement(_ a: Int, _ b: Int, verb v: Int, cueEnd: Int) -> Bool {
        guard cueEnd > v, a <= b else { return false }
        return (a...b).allSatisfy { k in
            let t = tokens[k]
            return t.quote == nil && (t.tag == .num || Self.frontedSceneWords.contains(t.lower))
        }
    }
}
