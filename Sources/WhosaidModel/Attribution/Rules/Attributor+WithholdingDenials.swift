import WhosaidSyntax

/// `deny` with two objects withholds something, it says nothing: `could deny them mining
/// permits`, `hoped to deny him a first-round win`. With one object (`denied the report`,
/// `denied it`) or a clause (`denied that…`) it reports a statement.
extension Attributor {
    /// Forms of the verb whose two objects make it a withholding, not a statement.
    static let withholdingVerbs: WordSet = WordSet(Set(Lexicon.inflections("deny")))

    /// Whether the verb at `v` withholds: a form of ``withholdingVerbs`` followed by an object
    /// pronoun and then a second object opening with a determiner, a number, an adjective, a noun
    /// or a participle.
    func withholds(verb v: Int, last: Int) -> Bool {
        guard v + 2 <= last, Self.withholdingVerbs.contains(tokens[v].lower),
              Self.objectPronouns.contains(tokens[v + 1].lower), tokens[v + 1].quote == nil else { return false }
        let second = tokens[v + 2]
        // A participle may modify the second object (`mining permits`).
        return second.quote == nil && (second.is(.determiner) || [.num, .adj, .noun].contains(second.tag) || Lexicon.isGerund(second.lower))
    }
}
