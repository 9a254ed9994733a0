/// A speech act the speaker does by saying so, in the present, with a thing after it (`I urge a
/// vote on the bill`, `We ask you to reaffirm the ruling`, `I acknowledge the support of…`, `we
/// propose a method`): the words are the act, in a speech or a letter; no one reports that
/// anything was said. A clause after it is still said (`I say the plan will fail`), and so is a
/// habit in a clause of time or condition (`When I ask him what he does, …`).
///
///     I urge a yes vote on the levy.                 → none
///     We ask the court to reverse the ruling.        → none
///     I say the levy will pass.                      → "the levy will pass"
extension Attributor {
    /// Subjects that speak for themselves (`I`, `we`).
    static let performativeSubjects: WordSet = ["i", "we"]
    /// Subordinators whose clause tells a habit or a condition (`when I ask him…`), not a speech act.
    static let habitSubordinators: WordSet = ["when", "whenever", "if", "as", "once", "until", "before", "after", "because"]
    /// Most adverbs between the subject and the verb (`I also urge`, `we therefore ask`).
    static let maxAdverbsBeforePerformative = 2

    /// Whether the reporting verb at `v` is a present speech act of ``performativeSubjects`` (a
    /// base form right after `I` or `we`, no subordinator before them) and `c`, what it reports,
    /// is a thing, not a clause, a question or a quotation.
    func isPerformativeOnThing(verb v: Int, _ c: Candidate, first: Int, last: Int) -> Bool {
        let w = tokens[v].lower
        guard !Lexicon.isInflectedForm(w), !Lexicon.isGerund(w) else { return false }
        var b = v - 1
        while b > first, v - 1 - b < Self.maxAdverbsBeforePerformative, tokens[b].tag == .adv { b -= 1 }
        guard b >= first, tokens[b].quote == nil, Self.performativeSubjects.contains(tokens[b].lower) else { return false }
        if b > first, Self.habitSubordinators.contains(tokens[b - 1].lower) { return false }
        return reportsThing(c, verb: v, last: last)
    }

}
