import WhosaidSyntax

/// `Even as the vote nears, the race is close, said Ann Lowe.`: a segment set off by commas
/// before a verb whose noun phrase an auxiliary follows (`the race is close`) is a clause, the
/// words a trailing cue reports, not a role apposed to the phrase before it (`Ann Lowe, the
/// mayor, said`). Read as a role, the phrase before it (`the vote nears`) spoke.
extension MentionFinder {
    /// Most words of the noun phrase read at the start of a segment before its auxiliary.
    static let maxClauseSegmentSubjectWords = 6

    /// Tags of the words of a segment's opening noun phrase (`the race`, `Lowe's new plan`); a
    /// particle only as a possessive ending (``clauseSegmentParticles``).
    static let clauseSegmentSubjectTags: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .part, .pron]

    /// The particles a segment's opening noun phrase may hold: possessive endings, never the `to`
    /// of an infinitive (`the first woman to be elected mayor` is a role, not `woman … be`).
    static let clauseSegmentParticles: Set<String> = ["'s", "\u{2019}s", "'", "\u{2019}"]

    /// Whether the segment that starts at `start` and ends before `end` opens as a clause: up to
    /// ``maxClauseSegmentSubjectWords`` noun phrase words outside quotes, then an auxiliary
    /// before `end` (`the race is`, `turnout was`). A relative pronoun, a participle or a
    /// preposition after the noun (`a teacher who is…`, `the man running it`) keeps it a role.
    func opensClauseSegment(_ start: Int, before end: Int) -> Bool {
        var k = start
        while k < end, k - start < Self.maxClauseSegmentSubjectWords, tokens[k].isWord, tokens[k].quote == nil,
              Self.clauseSegmentSubjectTags.contains(tokens[k].tag),
              tokens[k].tag != .part || Self.clauseSegmentParticles.contains(tokens[k].lower), !Self.relativeOpeners.contains(tokens[k].lower) {
            k += 1
        }
        return k > start && k < end && tokens[k].tag == .aux && tokens[k].quote == nil
    }

    /// Words that open a relative clause inside a role (`a teacher who is retired`).
    static let relativeOpeners: WordSet = ["who", "whom", "whose", "which", "that"]
}
