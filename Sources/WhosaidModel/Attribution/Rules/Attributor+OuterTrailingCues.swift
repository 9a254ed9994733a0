import WhosaidSyntax

/// `Thus far, the firm has refused to comment on the sale, Lee said.`: a cue set off by a comma
/// that closes on a short cue of another reporter ending the sentence (`Lee said.`, `said Lee.`,
/// `the agency reported on Friday.`) sits inside that reporter's statement. It is no
/// parenthetical splitting a clause in two: the words after its comma are a cue, not the rest of
/// what was said.
extension Attributor {
    /// The most words of an adjunct after the outer cue's verb (`told reporters on Friday`).
    static let maxOuterCueAdjunctWords = 6
    /// Verbs that stand before their speaker in a closing cue (`…, said Lee.`, `…, added Lee.`):
    /// any other verb after the comma is a predicate with its object.
    static let invertingCueVerbs = WordSet(Set(["say", "add", "write"].flatMap(Lexicon.inflections)))

    /// Whether the words after `comma` up to the end of the sentence `last` are only a subject and
    /// a reporting verb (either order), perhaps with an adverb before the verb and a short adjunct
    /// after it (see above).
    func closesOnOuterCue(after comma: Int, last: Int) -> Bool {
        let a = comma + 1
        guard a < last else { return false }
        var verb: Int
        if isOuterCueVerb(a) {
            // `…, said Lee.`; not a verb and its object (`The firm, Lee said, announced layoffs.`).
            guard Self.invertingCueVerbs.contains(tokens[a].lower), let m = finder.phrase(startingAt: a + 1, ceiling: last),
                  m.kind == .name || m.kind == .pronoun || tokens[m.first].is(.determiner) else { return false }
            return endsSentence(after: m.lastWithRole, last: last)
        }
        // `…, Lee said.` / `…, the agency reported on Friday.`
        guard let m = finder.phrase(startingAt: a, ceiling: last), m.lastWithRole + 1 < last else { return false }
        verb = m.lastWithRole + 1
        if tokens[verb].tag == .adv, verb + 1 < last { verb += 1 }
        guard isOuterCueVerb(verb) else { return false }
        var words = 0
        for k in (verb + 1)..<(last + 1) {
            let t = tokens[k]
            if k == last, endsSentence(after: k - 1, last: last) { return true }
            if t.quote != nil || isOpenMark(k) || !t.isWord || t.lower == "that" || Self.clauseTags.contains(t.tag) { return false }
            words += 1
            if words > Self.maxOuterCueAdjunctWords { return false }
        }
        return true
    }

    /// Whether token `k` is a finite reporting verb outside quotes (`said`, `says`, `reported`).
    private func isOuterCueVerb(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.quote == nil && t.tag == .verb && t.is(.reporting) && !Lexicon.isGerund(t.lower)
    }
}
