import Testing
@testable import WhosaidModel

/// A person's name apposed to a description behind lower-case role words speaks, not the
/// description (``MentionFinder/roledApposedSubject(commaAt:floor:)``); the description and the
/// role words are the person's role.
struct RoledApposedNameTests {
    @Test("The name behind role words speaks", arguments: [
        ("Dr. Halloran's co-author, epidemiologist Kenji Sato, told reporters the results were robust.", "Kenji Sato", "Dr. Halloran's co-author, epidemiologist"),
        ("The team's captain, midfielder Ola Brandt, said the squad was tired.", "Ola Brandt", "The team's captain, midfielder"),
        ("Her lawyer, veteran defense attorney Mara Quint, said the charges were thin.", "Mara Quint", "Her lawyer, veteran defense attorney"),
        ("The plant's owner, local businessman Teo Varga of Varga & Sons, said the mill would reopen.", "Teo Varga", "The plant's owner, local businessman"),
    ])
    func nameSpeaks(_ c: (String, String, String)) {
        let a = analyze(c.0)
        #expect(a.statements.count == 1)
        #expect(a.statements.first.flatMap { $0.actorID } == a.actor(named: c.1)?.id)
        // The index may add the role words again as a role of their own (`veteran defense attorney`).
        #expect(a.actor(named: c.1)?.roles.first == c.2)
    }

    @Test("An affiliation with an ampersand stays the name's", arguments: [
        "Another analyst, Tomasz Wierzbicki of Crane & Mott, said the selloff was an overreaction.",
        "Another analyst, Tomasz Wierzbicki of Crane & Mott, was more positive, saying the selloff was an overreaction.",
    ])
    func ampersandAffiliation(_ text: String) {
        let a = analyze(text)
        #expect(a.speaker(of: "the selloff was an overreaction") == "Tomasz Wierzbicki")
    }

    @Test("Words that are no role leave the description speaking", arguments: [
        // An article after the comma opens a role of its own, no role words before a name.
        "The team's captain, a midfielder from Dunmore, told reporters the squad was tired.",
        // A place, not a person, after the role words.
        "The team's captain, midfield anchor of Dunmore, told reporters the squad was tired.",
    ])
    func noRoleWords(_ text: String) {
        let a = analyze(text)
        #expect(a.speaker(of: "the squad was tired") == "The team's captain")
    }
}
