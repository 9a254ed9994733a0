/// A speech act asked about in a yes-no question, with a thing after it (`Do you ask for
/// references?`, `Can you explain more about it?`, `Will they announce the results?`): the
/// question asks whether someone does or could do it; it reports nothing said. A clause after
/// the verb is still the question's report (`Did you say the vote was fair?`).
///
///     Do you ask for references?             → none
///     Did you say the vote was fair?         → "the vote was fair"
extension Attributor {
    /// Auxiliaries and modals that open a yes-no question (`Do you…?`, `Can they…?`): the forms
    /// of `do` and ``modalAuxiliaryWords``.
    static let questionAuxiliaries = WordSet(modalAuxiliaryWords.union(["do", "does", "did"]))
    /// Coordinators that may come before a question's auxiliary (`And do you…?`).
    static let questionLeadCoordinators: WordSet = ["and", "but", "so", "or"]

    /// Whether the reporting verb at `v` is asked about in a yes-no question (the sentence
    /// `first...last` opens with one of ``questionAuxiliaries``, after a coordinator maybe, and
    /// ends in `?`) and `c`, what it reports, is a thing (``reportsThing(_:verb:last:)``).
    func isQuestionOnThing(verb v: Int, _ c: Candidate, first: Int, last: Int) -> Bool {
        guard tokens[last].lower == "?" else { return false }
        var a = first
        if a < v, Self.questionLeadCoordinators.contains(tokens[a].lower) { a += 1 }
        guard a < v, tokens[a].quote == nil, Self.questionAuxiliaries.contains(tokens[a].lower) else { return false }
        return reportsThing(c, verb: v, last: last)
    }
}
