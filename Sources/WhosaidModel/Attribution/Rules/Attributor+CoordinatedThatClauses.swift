import WhosaidSyntax

/// `Lowe said the road was shut and that no one had been hurt`: a second complement clause
/// joined to the first by `and that` goes on with what the same cue reports, as news annotation
/// (PolNeAR) keeps it: one statement over both clauses. A reporting verb inside the second
/// clause (`…and that no deaths had been reported`, `…and that residents had complained`) is
/// that clause's own verb, not a new speaker's cue closing the first clause.
///
/// `that` is the complementiser when what follows it opens a subject: a determiner, a pronoun,
/// a number, a name, an adjective or a plural noun. A singular common noun right after it may
/// be a demonstrative's (`…and that official said…`): the clause ends there as before.
extension Attributor {
    /// Whether the `and` at `k` joins a second `that` clause to the reported clause: `and that`,
    /// then a subject's first word (``opensThatClauseSubject(at:last:)``).
    func coordinatesThatClause(and k: Int, last: Int) -> Bool {
        guard k + 2 <= last, tokens[k].lower == "and", tokens[k + 1].lower == "that", tokens[k + 1].quote == nil else { return false }
        return opensThatClauseSubject(at: k + 2, last: last)
    }

    /// Whether token `k`, right after a `that`, opens the subject of a complement clause rather
    /// than continuing a demonstrative's noun phrase.
    func opensThatClauseSubject(at k: Int, last: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.quote == nil else { return false }
        switch t.tag {
        case .det, .pron, .num, .propn, .adj: return true
        case .noun:
            // "and that officials had…": a plural; "and that official said…": a demonstrative's noun.
            return t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss")
        default:
            return t.kind == .number
        }
    }
}
