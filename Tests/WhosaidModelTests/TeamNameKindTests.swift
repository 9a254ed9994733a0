import Testing
@testable import WhosaidModel

/// A sports club's name (`Harwick Rovers`) ends in a word of ``Lexicon/organisationHeads``, so it
/// is an organisation's, which `he` and `she` never take: the statement keeps no speaker, or the
/// person named near it.
struct TeamNameKindTests {
    @Test(arguments: [
        "Harwick Rovers beat Dunmore on Saturday. \"Why not us?\" he said.",
        "Ellisford United lost again on Tuesday. \"We were poor,\" she said.",
        "Dunmore Athletic won the cup. \"It was a long season,\" he said.",
    ])
    func aTeamIsNoPersonAPronounTakes(text: String) {
        let a = Engine().analyze(text: text)
        #expect(a.statements.allSatisfy { a.actor(of: $0) == nil })
    }

    /// The speaker the pronoun takes, when the team is no candidate.
    @Test func thePersonAfterATeamTakesThePronoun() {
        let a = Engine().analyze(text: "Harwick Rovers beat Dunmore on Saturday, and Teo Vasquez scored twice. \"Why not us?\" he said.")
        #expect(a.statements.map { a.actor(of: $0)?.name } == ["Teo Vasquez"])
    }
}

extension TeamNameKindTests {
    @Test func teamWordsAreOrganisationHeads() {
        for w in ["rovers", "wanderers", "athletic", "albion", "hotspur", "united", "fc", "afc"] {
            #expect(Lexicon.organisationHeads.contains(w), "\(w)")
        }
    }
}
