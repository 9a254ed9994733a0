import WhosaidSyntax

/// A relative pronoun as the subject of a cue that leads a quotation: the phrase it follows says
/// the quote.
///
///     Hale linked to the Courier report, which notes, “Most wells are dry.”   → the Courier report
///     The loudest reply came from Rikki Vale who tweeted, “Shame on you.”     → Rikki Vale
///     It was a note from a farmer which said, “We have lost everything.”      → a farmer
///
/// Only beside the quotation's own mark and its comma or colon: a `which` clause that reports
/// words in its own sentence (`the bill, which says that…`) or a restrictive clause that picks
/// out its antecedent (`voters who said they…`) is read elsewhere, or not at all. A `which`
/// without its comma picks out a thing the main clause handles (`Hale added the caption which
/// reads, “…”`): the main clause's subject puts the words forward, so that is left to it.
extension Attributor {
    /// Relative pronouns that may stand as a leading cue's subject.
    static let cueRelativePronouns: WordSet = ["which", "who"]

    /// The antecedent of the relative pronoun right before the verb group of the leading cue at
    /// `v` (comma, or nothing, between the antecedent and the pronoun), or nil. The caller checks
    /// that the cue leads a quotation with a comma or colon.
    func relativePronounCueSubject(ofCue v: Int, floor: Int) -> SpeakerMention? {
        let e = beforeVerbGroup(v, floor: floor)
        guard e > floor, tokens[e].quote == nil, Self.cueRelativePronouns.contains(tokens[e].lower) else { return nil }
        var end = e - 1
        let nonRestrictive = end > floor && tokens[end].lower == "," && tokens[end].quote == nil
        if nonRestrictive { end -= 1 }
        guard nonRestrictive || tokens[e].lower == "who", end >= floor, tokens[end].isWord, tokens[end].quote == nil, !isCloseMark(end)
        else { return nil }
        // A prepositional object set off by the comma is the antecedent too (`linked to the
        // report, which notes, “…”`), as for ``subject(ofVerb:floor:)``'s `, who`.
        let m = finder.subject(endingAt: end, floor: floor) ?? finder.taggedSubject(endingAt: end, floor: floor)
            ?? (nonRestrictive ? finder.phrase(endingAt: end, floor: floor) : nil)
        guard let m, m.kind != .pronoun else { return nil }
        return m
    }
}
