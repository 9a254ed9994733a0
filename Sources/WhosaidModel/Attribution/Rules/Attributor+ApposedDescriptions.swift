/// A noun phrase that opens the sentence and is set off by commas before a name and its verb is
/// the name's description, not words it reports: `The mayor's sister, Ann Lowe, shouted to the
/// crowd.` has a speaker and no reported clause (the quote before it is hers), unlike `The plan
/// is dead, Ann Lowe said.`
extension Attributor {
    /// Whether the words before the subject `m` of the verb at `v` (sentence from `first`) are a
    /// verbless noun phrase apposed to it: the subject is a name closed by a comma right before
    /// its verb group, and the words before its opening comma hold no finite verb and no quote.
    func frontsApposedDescription(subject m: SpeakerMention, verb v: Int, first: Int) -> Bool {
        guard m.kind == .name, m.first - 2 >= first, m.lastWithRole + 1 < v,
              tokens[m.lastWithRole + 1].lower == "," else { return false }
        // Only adverbs, auxiliaries and a negation may stand between the closing comma and the
        // verb ("…, Ann Lowe, later said", "The company, Desert Sun, did not respond…").
        guard (m.lastWithRole + 2..<v).allSatisfy({ tokens[$0].tag == .adv || tokens[$0].tag == .aux || Self.cueNegations.contains(tokens[$0].lower) })
        else { return false }
        return !holdsFiniteVerb(first, m.first - 2) && !holdsQuote(first, m.first - 2)
    }
}

extension Attributor {
    /// The first token of a description apposed before the person's name `m` that opens a
    /// sentence-final cue's subject at `subjectStart` (`The mill is struggling, the firm's
    /// founder, Tom Reyes, said.`): a description phrase closed by the comma before the name and
    /// opened by a comma that ends the reported clause. Nil when there is none.
    func apposedDescriptionBefore(name m: SpeakerMention, subjectStart: Int, first: Int) -> Int? {
        guard m.kind == .name, m.actorKind == .person, subjectStart == m.first, m.first - 3 > first,
              tokens[m.first - 1].lower == ",", tokens[m.first - 1].quote == nil,
              let role = finder.phrase(endingAt: m.first - 2, floor: first), role.kind == .description,
              role.first - 1 > first, tokens[role.first - 1].lower == ",", tokens[role.first - 1].quote == nil,
              tokens[role.first].is(.determiner) || tokens[role.first].lower.isPossessiveForm else { return nil }
        return role.first
    }
}
