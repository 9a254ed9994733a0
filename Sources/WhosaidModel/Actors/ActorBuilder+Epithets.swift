/// A news epithet names the person named just before it: `Grace Olumide took part in the trial.
/// “…,” the mother of three said.` A count of children describes someone the reader has just met;
/// it is no new person.
/// Read only when descriptions are linked to the people they name (`--link-roles`): PolNeAR's
/// annotation keeps the epithet as the speaker, and linking it cost dev and train a TP each.
extension ActorBuilder {
    /// Most sentences between an epithet and the full name it refers back to.
    static let epithetSentences = 2

    /// Whether the description `m` is an epithet: `the` and a parent counted by children (`the
    /// mother of three`, `the 44-year-old father of two`, ``MentionFinder/parentNouns``). (An age
    /// alone, `the 24-year-old`, is linked by the age the article gives the person, which is surer:
    /// ``RoleHolderTable``.)
    func isEpithet(_ m: SpeakerMention) -> Bool {
        guard m.kind == .description, m.actorKind == .description, m.last > m.first, tokens[m.first].lower == "the" else { return false }
        return m.last - 2 > m.first && tokens[m.last - 1].lower == "of" && MentionFinder.parentNouns.contains(tokens[m.last - 2].lower)
    }

    /// The person the epithet `m` refers back to: the latest full name (a given name and a
    /// surname, outside quotation marks) before it, at most ``epithetSentences`` sentences back
    /// and in its paragraph or the one before, whose first name's gender does not disagree with the
    /// epithet's noun (`mother`, `father`). `m` made that name's mention, the epithet its role.
    func epithetReferent(_ m: SpeakerMention, entries: [PersonNameIndex.Entry]) -> SpeakerMention? {
        guard isEpithet(m) else { return nil }
        let sentence = tokens[m.first].sentence
        let paragraph = paragraphOf(m.first)
        let wanted = GenderedNouns.gender(of: m.head)
        var k = entries.partitioningIndex { $0.token >= m.first }
        while k > 0 {
            k -= 1
            let e = entries[k]
            guard sentence - tokens[e.token].sentence <= Self.epithetSentences, paragraph - paragraphOf(e.token) <= 1 else { return nil }
            guard tokens[e.token].quote == nil, e.name.hasSpace, !e.name.isPossessiveForm,
                  PersonNameIndex.opensWithAGivenName(e.name) else { continue }
            if let wanted, let given = NameForm(e.name).given.first, let g = FirstNameGender.gender(of: given), g != wanted { continue }
            var named = m
            named.kind = .name
            named.actorKind = .person
            named.bareOverride = e.name
            named.head = e.surname
            named.role = document.text(in: m.span)
            return named
        }
        return nil
    }
}
