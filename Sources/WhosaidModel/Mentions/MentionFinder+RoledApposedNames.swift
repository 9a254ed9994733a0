import WhosaidSyntax

/// `Dr. Halloran's co-author, epidemiologist Kenji Sato, said`, `The team's captain, midfielder
/// Ola Brandt, said`: a person's name apposed to a description behind lower-case role words.
/// The name speaks, as a bare apposed name does (`a spokeswoman for the chain, Jenna Ruiz`); the
/// role words join the description as its role.
extension MentionFinder {
    /// Most lower-case role words before an apposed name (`senior trade analyst Ann Lee`).
    static let maxApposedRoleWords = 3

    /// The person's name after lower-case role words from `start`, with the role words' last
    /// token; nil unless one to ``maxApposedRoleWords`` nouns or adjectives, the last a noun,
    /// stand before a capitalised person's name.
    func roledApposedName(from start: Int, ceiling: Int) -> (name: SpeakerMention, lastRoleWord: Int)? {
        var j = start
        while j <= ceiling, j - start < Self.maxApposedRoleWords, tokens[j].quote == nil, tokens[j].isWord, !tokens[j].isCapitalized,
              tokens[j].tag == .noun || tokens[j].tag == .adj {
            j += 1
        }
        guard j > start, j <= ceiling, tokens[j - 1].tag == .noun, tokens[j].isCapitalized, tokens[j].quote == nil,
              let name = phrase(startingAt: j, ceiling: ceiling), name.kind == .name, name.actorKind == .person,
              name.first == j, name.last > name.first else { return nil }
        return (name, j - 1)
    }

    /// Most tokens of an apposed segment read back from its closing comma.
    static let maxApposedSegmentTokens = 12

    /// The subject read back from the apposition's closing `comma` when its last segment is role
    /// words and a person's name (with an affiliation: `senior analyst Ann Lee of Crane & Mott`)
    /// after a description: the person, whose role is the description and the role words.
    func roledApposedSubject(commaAt comma: Int, floor: Int) -> SpeakerMention? {
        var p = comma - 1
        while p > floor, comma - p <= Self.maxApposedSegmentTokens, tokens[p].lower != ",", tokens[p].quote == nil { p -= 1 }
        guard p > floor + 1, tokens[p].lower == ",", tokens[p].quote == nil, !tokens[p + 1].isCapitalized,
              let (found, lastRoleWord) = roledApposedName(from: p + 1, ceiling: comma - 1) else { return nil }
        var person = found
        let end = person.lastWithRole == comma - 1 ? comma - 1 : affiliationEnd(after: person.lastWithRole + 1, ceiling: comma - 1)
        guard end == comma - 1, let description = phrase(endingAt: p - 1, floor: floor), description.kind == .description else { return nil }
        person.lastWithRole = comma - 1
        person.role = text(description.first, description.last) + ", " + text(p + 1, lastRoleWord)
        return person
    }
}
