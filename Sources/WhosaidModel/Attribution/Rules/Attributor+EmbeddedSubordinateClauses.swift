/// `The crowd cheered when the mayor spotted a banner and asked for it`: a verb coordinated
/// inside an adverbial clause that opens after the main clause's verb shares that clause's
/// subject, not the sentence's. The clause is still open at the coordinator: no comma, colon,
/// semicolon, dash or quotation stands between its subordinator and the coordinator.
/// ``Attributor/openSubordinateClause(before:floor:)`` reads the clause that opens a sentence or
/// follows a comma; this one the clause a subordinator opens in mid-sentence. A thing that
/// cannot speak there (`smiled when the results came in and said…`) leaves the verb to the
/// main clause (``canSpeakInEmbeddedClause(_:)``).
extension Attributor {
    /// Subordinators that open an adverbial clause in mid-sentence. Not `as` (`served as chair
    /// and said`) nor `like`, which are prepositions there as often; a preposition that is also
    /// a subordinator (`after the vote and said`) opens no clause with a finite verb, which
    /// ``coordinatedVerbSubject(ofVerb:floor:)`` requires.
    static let embeddedClauseSubordinators = WordSet(subordinatorList.union(["since", "until", "once"]))

    /// The subordinator of the adverbial clause open at `end` that stands inside the sentence
    /// after `floor` (not its first word, and no comma right before it: those are
    /// ``openSubordinateClause(before:floor:)``'s), or nil when a clause break comes first.
    func embeddedSubordinateClause(before end: Int, floor: Int) -> Int? {
        var k = end - 1
        while k > floor, end - k <= maxSentenceCueDistance {
            let t = tokens[k]
            if t.quote != nil || isOpenMark(k) || isCloseMark(k) || t.lower.isOne(of: ",", ";", ":") || Self.isAsideDash(t.lower) { return nil }
            if Self.embeddedClauseSubordinators.contains(t.lower) {
                return tokens[k - 1].lower == "," || k + 1 >= end ? nil : k
            }
            k -= 1
        }
        return nil
    }

    /// Whether the subject `m` of an embedded clause may be the one who speaks in its coordinated
    /// verb: a name or a pronoun, or a description of a person (a job, a gendered noun, a noun
    /// of a person or of one who does something: `the organizer`), of a group of people
    /// (`police`, `some`) or of a document that speaks for its source (`the report`).
    func canSpeakInEmbeddedClause(_ m: SpeakerMention) -> Bool {
        guard m.kind == .description else { return true }
        let head = m.head
        let singular = head.endsWith("s") && !head.endsWith("ss") ? String(head.dropLast()) : head
        return isPersonDescription(m) || [head, singular].contains { w in
            PersonNameIndex.isPersonNoun(w) || MentionFinder.documentNouns.contains(w) || MentionFinder.unmarkedPluralHeads.contains(w)
                || MentionFinder.bareHeads.contains(w) || Self.agentNounEndings.contains(where: w.hasSuffix)
        }
    }
}
