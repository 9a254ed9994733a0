import Testing
@testable import WhosaidModel

/// A spokesman is a person who speaks for an organisation, not the organisation: the actor is a
/// description, and a personal pronoun after it takes it up.
struct SpokespersonKindTests {
    @Test("Organisation heads hold no person's job")
    func noJobNounsAmongOrganisationHeads() {
        for job in ["spokesman", "spokeswoman", "spokesperson", "director", "minister", "official"] {
            #expect(!Lexicon.organisationHeads.contains(job), "\(job)")
        }
    }

    @Test("A bare spokesman is a described person", arguments: [
        "The depot will close in March.\n\n\"The numbers speak for themselves,\" a spokesman said.",
        "The depot will close in March.\n\nThe spokesman said the decision was final.",
        "The depot will close in March.\n\nA spokeswoman said the decision was final.",
    ])
    func describedPerson(_ text: String) {
        let a = analyze(text)
        #expect(a.statements.count == 1)
        #expect(a.actors.map(\.kind) == [.description])
    }

    @Test("A personal pronoun takes up the spokesman", arguments: [
        "The depot will close in March.\n\nThe spokesman said the decision was final. He added that no jobs would move.",
        "The depot will close in March.\n\nA company spokesman said the decision was final. \"No jobs will move,\" he said.",
    ])
    func pronounTakesUpSpokesman(_ text: String) {
        let a = analyze(text)
        #expect(a.statements.count == 2)
        #expect(a.statements.count == 2 && a.statements[0].actorID != nil && a.statements[0].actorID == a.statements[1].actorID)
    }
}
