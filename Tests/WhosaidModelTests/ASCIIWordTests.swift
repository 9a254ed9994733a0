import Testing
@testable import WhosaidModel

/// The byte-level fast paths of issue 12 read the same as the Character-level code they skip:
/// words split at spaces in ASCII, first names looked up without lower-casing them again.
struct ASCIIWordTests {
    @Test("A name's last word ends in a hyphenated given name, ASCII or not", arguments: [
        ("Park Geun-hye", true),
        ("Kim Jong-un", true),
        ("Kim Jong-un  ", true),
        ("Mercedes-Benz", false),
        ("Ana -maria", false),
        ("Lee Jae-", false),
        ("Moon", false),
        ("", false),
        ("   ", false),
        ("Kim Jŏng-un", true),
        ("Jŏng Kim-Élan", false),
    ] as [(String, Bool)])
    func syllableGivenName(name: String, expected: Bool) {
        #expect(PersonNameIndex.endsWithSyllableGivenName(name) == expected)
    }

    @Test func roleWordsSplitAtSpacesAsCharactersWould() {
        #expect(RoleText.opensParticipleClause("speaking  on condition of anonymity"))
        #expect(RoleText.opensParticipleClause(" asked about it"))
        #expect(!RoleText.opensParticipleClause("acting director"))
        #expect(!RoleText.opensParticipleClause("Citing a report"))
        #expect(!RoleText.opensParticipleClause("speaking"))
        #expect(RoleText.opensParticipleClause("citing a “report”"))
        #expect(RoleText.opensNoNounPhrase("  of Sarasota"))
        #expect(RoleText.opensNoNounPhrase("Of Sarasota"))
        #expect(!RoleText.opensNoNounPhrase("officer of Sarasota"))
        #expect(!RoleText.opensNoNounPhrase(""))
        #expect(RoleText.opensNoNounPhrase("in “a statement”"))
    }

    @Test func firstNamesAreFoundWhateverTheirCase() {
        #expect(FirstNameGender.gender(of: "MARY") == .female)
        #expect(FirstNameGender.gender(of: "mary") == .female)
        #expect(FirstNameGender.isFirstName("john"))
        #expect(FirstNameGender.isFirstName("JoHn"))
        #expect(!FirstNameGender.isFirstName("j\u{00F6}hn"))
    }
}
