import WhosaidSyntax

/// A statement participle coordinated after a participle cue whose clause holds a finite verb:
/// `Pruett criticized the board, alleging that it hid the costs, and calling the plan a sham`,
/// `…, with its owner tweeting that the sale was off and asking fans to wait`. The first
/// participle's clause ends before `, and` and the second participle; the second is the same
/// speaker's next statement (news annotation, PolNeAR, makes two records). Participles joined
/// straight after an object (`calling them rapists and vowing…`) are
/// ``coordinatedParticiple(before:first:)``'s.
extension Attributor {
    /// Most tokens between a coordinated statement participle and the participle cue before it.
    static let maxCoordinatedStatementDistance = 40

    /// Whether the comma at `k` closes a reported clause before `and` and a statement participle
    /// (``opensStatementParticiple(at:end:)``: `…, and calling the plan a sham`,
    /// `…, and adding that…`): the participle opens the speaker's next statement.
    func closesBeforeCoordinatedStatementParticiple(comma k: Int, last: Int) -> Bool {
        guard k + 2 <= last, tokens[k + 1].lower == "and", tokens[k + 1].quote == nil else { return false }
        return opensStatementParticiple(at: k + 2, end: last) && !isAttributiveParticiple(k + 2, end: last)
    }

    /// The participle cue (a reporting or labelling verb's -ing form) nearest before the
    /// coordinator at `and`, within ``maxCoordinatedStatementDistance`` tokens and with no colon,
    /// semicolon, finite reporting verb or progressive between; nil otherwise.
    func earlierStatementParticiple(before and: Int, first: Int) -> Int? {
        var k = and - 1
        while k > first, and - k <= Self.maxCoordinatedStatementDistance {
            let t = tokens[k]
            if t.quote == nil, t.lower.isOne(of: ";", ":") { return nil }
            // "with its owner tweeting that…": a participle the tagger read as a noun counts once
            // it has made its statement.
            if t.quote == nil, t.tag == .verb || usedCue[k], Lexicon.isGerund(t.lower) {
                // "journalists are pointing this out and informing us": a progressive is finite,
                // its own subject's verb; the participle after `and` goes on from no cue.
                if isAfterProgressiveBe(k) { return nil }
                if t.is(.reporting) || t.is(.labelCue) { return k }
            } else if t.quote == nil, t.tag == .verb, t.is(.reporting) {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// The speaker of the statement participle at `v` after a coordinator (`…, and calling…`,
    /// `…was off and asking…`) that goes on from an earlier participle cue
    /// (``earlierStatementParticiple(before:first:)``): that participle's speaker, the subject a
    /// comma participle shares (``commaParticipleSubject(_:first:)``) or its own
    /// (``participleSpeaker(_:first:)``: `with its owner tweeting`). Nil otherwise.
    func coordinatedStatementParticipleSpeaker(_ v: Int, first: Int) -> SpeakerMention? {
        guard v - 2 > first, Self.listCoordinators.contains(tokens[v - 1].lower), tokens[v - 1].quote == nil,
              Lexicon.isGerund(tokens[v].lower), let g = earlierStatementParticiple(before: v - 1, first: first) else { return nil }
        if tokens[g - 1].lower == ",", tokens[g - 1].quote == nil { return commaParticipleSubject(g, first: first) }
        // "…, alleging A, and calling B, and adding C": the chain goes back to its first participle.
        if Self.listCoordinators.contains(tokens[g - 1].lower) { return coordinatedStatementParticipleSpeaker(g, first: first) }
        return participleSpeaker(g, first: first)
    }

    /// Whether the -ing form at `k` follows a form of `be` (`are pointing`, `they're saying`,
    /// `is also calling`): a progressive, the finite verb of its own clause.
    func isAfterProgressiveBe(_ k: Int) -> Bool {
        var b = k - 1
        if b > 0, tokens[b].tag == .adv { b -= 1 }
        guard b >= 0, tokens[b].quote == nil else { return false }
        let w = tokens[b].lower
        return Self.progressiveAuxiliaries.contains(w) || tokens[b].tag == .pron && Self.auxiliaryClitics.contains(where: { w.hasSuffix($0) })
    }
}
