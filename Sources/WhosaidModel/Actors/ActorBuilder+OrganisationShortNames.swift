/// The short name a firm goes by after its full name: `Quillon Systems said… Quillon said` and
/// `Brightwater Foods Inc. … Brightwater` are one organisation, not an organisation and a person.
extension ActorBuilder {
    /// Prefix of the keys under which an organisation's short name is filed in the full-key table.
    static let organisationShortNameKeyPrefix = "orgshort:"

    /// The short name of an organisation's key (`quillon` for `quillon systems`): its first word,
    /// when the name has two words or more, its last word names a kind of firm (``Lexicon/organisationHeads``,
    /// ``MentionFinder/firmNameEnds``: `Systems`, `Foods`, `Inc.`, `Partners`), and the first word
    /// could stand alone for it (three letters or more, no article, no given name, no common word of names
    /// such as `National` or `American`). Nil for any other name.
    static func shortName(ofOrganisationKey bare: String) -> String? {
        let words = bare.split(separator: " ")
        guard words.count >= 2, let last = words.last.map(String.init),
              Lexicon.organisationHeads.contains(last) || MentionFinder.firmNameEnds.contains(last) else { return nil }
        let first = String(words[0])
        guard first.count >= 3, first != "the", first.allSatisfy(\.isLetter), !FirstNameGender.isFirstName(first),
              !sharedNameOpenings.contains(first), !Lexicon.organisationHeads.contains(first) else { return nil }
        return first
    }

    /// First words that open many organisations' names and stand for none of them alone
    /// (`National Grid`, `American Airlines`, `United Foods`): data, checked by a test.
    static let sharedNameOpenings: WordSet = [
        "national", "american", "united", "general", "first", "new", "international", "global", "royal",
        "federal", "state", "city", "county", "north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "central", "pacific", "atlantic", "great", "union", "standard", "british",
        "european", "world", "public", "private", "independent", "metropolitan", "regional", "local",
    ]
}
