import WhosaidSyntax

/// The speaker of a first-person imperative: `Let me say, “…”`, `let me tell you that…`. The one
/// who asks to be let speak is the speaker, "I" as much as in `I say`. Not `let us say`, which
/// more often supposes (`let us say the plan fails`) than reports.
extension Attributor {
    /// "me" right before the verb at `v` (token `e`), after "let": a first-person pronoun
    /// mention whose head is "i", so that it is the narrator's where the text names one.
    func letMeSubject(endingAt e: Int, floor: Int) -> SpeakerMention? {
        guard e - 1 >= floor, tokens[e].lower == "me", tokens[e].quote == nil, tokens[e - 1].lower == "let" else { return nil }
        var m = finder.make(first: e, last: e, kind: .pronoun)
        m.head = "i"
        return m
    }
}
