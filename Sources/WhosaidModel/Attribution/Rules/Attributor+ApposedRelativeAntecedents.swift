import WhosaidSyntax

/// `A woman who lives nearby, a retired teacher, said…`, `One man who arrived last week, a
/// 22-year-old from Eritrea, told the BBC…`, `A neighbor who saw the fire, who asked not to be
/// named, said…`: a description that carries a restrictive relative clause, then an apposition
/// or a second (non-restrictive) relative clause set off by commas before the verb. The
/// apposition has no name to give and the words before its comma end the restrictive clause, so
/// the clause's antecedent speaks, with the apposition as its role.
extension Attributor {
    /// Most tokens of the apposition or relative clause set off before the verb.
    static let maxApposedAsideTokens = 30

    /// The antecedent of the restrictive relative clause that ends right before the comma that
    /// opens the aside closed by the comma at `e` (``restrictiveRelativeSubject(endingAt:floor:)``),
    /// when the aside is a role in lower case (``MentionFinder/isRoleStart(_:)``), an age or a
    /// `who` clause.
    /// Nil for any other shape. Reads back at most ``maxApposedAsideTokens`` tokens once.
    func apposedRelativeAntecedent(commaAt e: Int, floor: Int) -> SpeakerMention? {
        guard e - 3 > floor, tokens[e].lower == ",", tokens[e].quote == nil else { return nil }
        var c = e - 1
        while c > floor, e - c <= Self.maxApposedAsideTokens, tokens[c].quote == nil, tokens[c].isWord { c -= 1 }
        guard c - 1 > floor, c + 1 < e, tokens[c].lower == ",", tokens[c].quote == nil else { return nil }
        let opener = tokens[c + 1]
        let who = Self.isWhoForm(opener.lower)
        // An apposed name or title (`, Sgt. Mark Lane,`) names the antecedent: the name speaks.
        // A role holds no verb of its own (`a state she hoped to win, the race will be tight, said`
        // is a clause, not an apposition).
        guard who || (opener.kind == .number || finder.isRoleStart(c + 1) && !opener.isCapitalized) && !holdsPredicate(c + 1, e - 1),
              tokens[c - 1].isWord, tokens[c - 1].quote == nil,
              var m = restrictiveRelativeSubject(endingAt: c - 1, floor: floor), m.kind != .pronoun,
              // `Geoff Lane, a pollster who works with Vote Now, a PAC, said`: the description is
              // itself apposed to what stands before its comma, which speaks.
              !(m.first > floor && tokens[m.first - 1].lower == ",") else { return nil }
        if !who, m.role == nil { m.role = finder.text(c + 1, e - 1) }
        m.lastWithRole = max(m.lastWithRole, e - 1)
        return m
    }

    /// Whether tokens `a...b` hold a predicate: an auxiliary, or a verb right after a noun or a
    /// pronoun (`the race will be tight`, `the race tightened`); a participle that modifies a noun
    /// after a determiner (`a retired teacher`) is none.
    func holdsPredicate(_ a: Int, _ b: Int) -> Bool {
        guard a <= b else { return false }
        return (a...b).contains { k in
            let t = tokens[k]
            guard t.quote == nil else { return false }
            return t.tag == .aux || t.tag == .verb && k > a && [.noun, .propn, .pron].contains(tokens[k - 1].tag)
        }
    }
}
