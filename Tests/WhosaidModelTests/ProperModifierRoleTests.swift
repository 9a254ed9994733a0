import Testing
@testable import WhosaidModel

/// A role description with two proper modifiers or more (`the Florida Republican senator`) names
/// the speaker whose title or role holds them all (``RoleSightings``, ``RoleHolderTable``): the
/// answers the filed combinations give are those of reading every holder of the role.
@Suite struct ProperModifierRoleTests {
    @Test func theDescriptionTakesTheSpeakerHoldingEveryModifier() {
        let a = analyzeLinkingRoles("""
            “Yes,” said Ann Rubino, a Florida Republican senator.

            “No,” said Tom Keller, a Texas Republican senator.

            “We won,” said the Florida Republican senator.
            """)
        #expect(a.speaker(of: "We won") == "Ann Rubino")
    }

    /// Asked first when no one holds both words, then after a speaker's new role holds them.
    @Test func aRoleGivenAfterTheFirstAskJoinsTheDescription() {
        let a = analyzeLinkingRoles("""
            “We lost,” said Tom Keller, a Florida senator.

            “Hmm,” said Ann Rubino, a Republican senator.

            “Maybe,” said the Florida Republican senator.

            “Yes,” said Ann Rubino, a Florida Republican senator.

            “We won,” said the Florida Republican senator.
            """)
        #expect(a.speaker(of: "Maybe") == "the Florida Republican senator")
        #expect(a.speaker(of: "We won") == "Ann Rubino")
    }

    /// People who share a surname are one holder: the one seen last speaks.
    @Test func holdersSharingASurnameGiveTheLatest() {
        let a = analyzeLinkingRoles("""
            “Yes,” said Ann Rubino, a Florida Republican senator.

            “No,” said Tom Rubino, a Florida Republican senator.

            “We won,” said the Florida Republican senator.
            """)
        #expect(a.speaker(of: "We won") == "Tom Rubino")
    }
}
