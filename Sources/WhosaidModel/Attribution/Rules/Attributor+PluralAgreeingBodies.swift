/// `The Harbour Board are drafting new rules. They say that…`: English may treat a body as
/// plural (its members), and then refers to it with "they". The antecedent subjects
/// (``Attributor/antecedentSubject(ofSentence:before:)``) drop an organisation whose verb is
/// plural, which no "it" can take up; a "they" still can.
extension Attributor {
    /// Pronouns that take up an organisation its verb treats as plural.
    static let pluralAgreeingBodyPronouns: WordSet = ["they", "they're", "they've", "they'd", "they'll"]

    /// Whether the speaker pronoun `pronoun` (lower case) may stand for an organisation that a
    /// plural verb followed (`The council are …. They said…`).
    static func takesPluralAgreeingBody(_ pronoun: String) -> Bool {
        pluralAgreeingBodyPronouns.contains(pronoun)
    }
}
