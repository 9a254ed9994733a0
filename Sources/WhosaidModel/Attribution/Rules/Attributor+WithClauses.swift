import WhosaidSyntax

/// An absolute `with` clause whose reporting gerund has a poll's share as its own subject:
/// `Support fell, with 40 percent of voters saying the fee was too high`. The share between
/// `with` and the gerund is who spoke; a poll reports its shares so, one clause each.
/// After a comma, a person's or group's phrase there speaks too when the gerund reports a clause
/// (``withClausePhraseSpeaker(gerund:first:last:)``: `…, with its owner tweeting that…`).
extension Attributor {
    /// Most tokens of the noun phrase between `with` and a reporting gerund.
    static let maxWithClauseSubject = 8
    /// Words other than nouns and their modifiers that a poll's share holds (`three in 10`,
    /// `eight out of 10`, `30 percent of voters`, `47%`).
    static let withClauseShareWords: WordSet = ["of", "in", "out", "%"]

    /// The speaker of the reporting gerund at `v` when `with` and a poll's share (a number,
    /// `percent`, a share word: ``MentionFinder/shareWords``) stand right before it and the
    /// gerund reports a clause (`with three in 10 saying the race…`), or nil.
    /// A name after `of` may close the phrase (`with 47 percent of Cuban Americans saying`); a
    /// name alone is left to ``gerundSpeaker(_:first:)`` (`with Ruiz saying`), and a pronoun
    /// (`with me saying`) is no speaker.
    /// Units an election count reports by (`with 98 percent of precincts reporting`): they
    /// report results, not statements.
    static let tallyUnits: WordSet = ["precincts", "districts", "counties", "wards", "parishes", "polling"]

    func withClauseSpeaker(gerund v: Int, first: Int, last: Int) -> SpeakerMention? {
        guard v - 2 >= first, Lexicon.isGerund(tokens[v].lower), opensReportedClause(at: v + 1, last: last) else { return nil }
        var k = v - 1
        var sawOf = false
        var sawShare = false
        while k > first, v - k <= Self.maxWithClauseSubject {
            let t = tokens[k]
            guard t.quote == nil, t.lower != "with" else { break }
            if t.lower == "of" { sawOf = true }
            let allowed = [.det, .adj, .adv, .noun, .num].contains(t.tag) || Self.withClauseShareWords.contains(t.lower)
                || t.tag == .propn || t.lower == "percent"
            guard allowed else { return nil }
            if t.tag == .num || t.lower == "percent" || t.lower == "%" || MentionFinder.shareWords.contains(t.lower) { sawShare = true }
            k -= 1
        }
        guard tokens[k].lower == "with", k < v - 1, sawShare, !Self.tallyUnits.contains(tokens[v - 1].lower) else { return nil }
        // Names only inside an `of` phrase: "with Fox News and NBC News calling" is left alone.
        if !sawOf, (k + 1..<v).contains(where: { tokens[$0].tag == .propn }) { return nil }
        return finder.make(first: k + 1, last: v - 1, kind: .description)
    }

    /// Most adverbs between the subject of an absolute `with` clause and its gerund (`with Cruz
    /// repeatedly calling`).
    static let maxWithClauseAdverbs = 2

    /// The speaker of the reporting gerund at `v` in an absolute `with` clause after a comma
    /// whose own subject is a noun phrase, not a poll's share: `The team denied the report, with
    /// its owner tweeting that the sale was off`, `…, with Sen. Lowe saying that…`. The gerund
    /// must report a clause (`that`, a quote, a subject and a finite verb): `with the economy
    /// adding jobs`, `with the firm claiming residency` tell circumstances. A pronoun (`with me
    /// saying`) is no speaker; a name after a common noun's `of` (`with footage of Ruiz
    /// saying`) is. A bare plural (`with experts warning it could…`, `with polls saying`) names
    /// no one in particular: the circumstance of the sentence, as in news annotation; a phrase
    /// must be a name or open with a determiner, a possessive or a number (`its owner`, `some
    /// polls`, `the union`). Nil for any other shape.
    func withClausePhraseSpeaker(gerund v: Int, first: Int, last: Int) -> SpeakerMention? {
        guard v - 2 >= first, Lexicon.isGerund(tokens[v].lower), opensReportedClause(at: v + 1, last: last) else { return nil }
        var end = v - 1
        while end > first, v - end <= Self.maxWithClauseAdverbs, tokens[end].tag == .adv, tokens[end].quote == nil { end -= 1 }
        var k = end
        while k > first, v - k <= Self.maxWithClauseSubject + 1, tokens[k].quote == nil, tokens[k].lower != "with" { k -= 1 }
        guard k < end, k >= 1, tokens[k].lower == "with", tokens[k].quote == nil, tokens[k - 1].lower == ",", tokens[k - 1].quote == nil,
              let m = finder.phrase(startingAt: k + 1, ceiling: end), m.lastWithRole == end, m.kind != .pronoun else { return nil }
        let opener = tokens[m.first]
        guard m.kind == .name || opener.tag == .det || opener.tag == .num || opener.is(.determiner)
                || MentionFinder.possessivePronouns.contains(opener.lower) else { return nil }
        return nameAfterCommonNounLink(in: m) ?? m
    }
}
