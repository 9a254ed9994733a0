/// A reporting word right after a quantifier it does not agree with is a noun of the
/// quantifier's phrase, not a verb whose subject the quantifier is: `Some jokes also have a
/// tag`, `One comment thread praised the mayor`. Standing alone as a subject, a plural quantifier
/// takes a plain verb (`Some say`, `Many argue`) and a singular one a third-person form (`One
/// says`, `Each claims`); the other form is a noun the quantifier counts (`some reports`, `one
/// comment`). Past forms (`Some reported`, `one reported case`) agree with both and are left alone.
extension Attributor {
    /// Quantifiers that stand as a plural subject (`Some say`, `Both argue`).
    static let pluralQuantifiers: WordSet = [
        "some", "many", "few", "several", "both", "all", "most", "various", "numerous",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]
    /// Quantifiers that stand as a singular subject (`One says`, `Each claims`).
    static let singularQuantifiers: WordSet = ["one", "each", "another", "either", "neither"]

    /// Whether the reporting word at `v` disagrees with a quantifier right before it, and so is
    /// the noun that quantifier counts.
    func disagreesWithQuantifier(_ v: Int) -> Bool {
        guard v > 0, tokens[v - 1].sentence == tokens[v].sentence, tokens[v - 1].quote == tokens[v].quote else { return false }
        let q = tokens[v - 1].lower, w = tokens[v].lower
        if Self.pluralQuantifiers.contains(q) {
            // "some jokes": an -s form, which a plural subject never takes.
            return w.endsWith("s") && !w.endsWith("ss") && !Lexicon.irregularPastForms.contains(w)
        }
        if Self.singularQuantifiers.contains(q) {
            // "one comment": a plain form, which a singular subject never takes.
            return !Lexicon.isInflectedForm(w) && !Lexicon.isGerund(w)
        }
        return false
    }
}
