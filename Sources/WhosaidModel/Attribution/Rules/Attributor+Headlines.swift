import WhosaidSyntax

/// Headlines: `Warren: ‘You Should Be Investigated’`, `Graham: Trump Could Act` — a name and a
/// colon open the statement; and in title case a capitalised verb may be a cue (`Graham Says`).
extension Attributor {
    /// The most words of the name before a headline's colon.
    static let maxHeadlineSpeakerWords = 4

    /// `NAME: STATEMENT` in a title-case headline `first...last`: the article's first paragraph,
    /// a person's name (section titles such as `Interview: …` are not headlines of speech).
    func headlineLabel(first: Int, last: Int) -> Candidate? {
        guard titleCase[tokens[first].sentence], tokens[first].paragraph == 0 else { return nil }
        var colon = first
        while colon <= last, tokens[colon].lower != ":", colon - first <= Self.maxHeadlineSpeakerWords { colon += 1 }
        guard colon > first, colon < last, tokens[colon].lower == ":",
              let m = finder.phrase(startingAt: first, ceiling: colon - 1), m.kind == .name, m.actorKind == .person,
              m.lastWithRole == colon - 1,
              let span = clauseSpan(from: colon + 1, to: last), wordCount(span) >= 2 else { return nil }
        return make(span, cue: colon...colon, m, .reportedSpeech, 0.6)
    }
}
