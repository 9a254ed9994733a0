import Testing
@testable import WhosaidModel

/// An actor's role is a description, never an age (issue 10: roles read "— 64" or "44").
struct RoleTextTests {
    @Test("An age opening a role is no part of it", arguments: [
        ("44", nil),
        ("44, a nurse from Camden", "a nurse from Camden"),
        ("— 64", nil),
        ("a nurse from Camden", "a nurse from Camden"),
        ("1,200 members strong", "1,200 members strong"),
        ("2016 nominee", "2016 nominee"),
        ("", nil),
        ("speaking on condition of anonymity because he was not authorized to speak", nil),
        ("asked about the delay", nil),
        ("citing a company report", nil),
        ("acting director of the agency", "acting director of the agency"),
        ("retired teacher from Ohio", "retired teacher from Ohio"),
        ("22 and 19", nil),
        ("Mr. Van", nil),
        ("Mr. Obama's deputy national security adviser", "Mr. Obama's deputy national security adviser"),
        ("33%", nil),
        ("of Sarasota", nil),
        ("in a statement released by the campaign on Thursday", nil),
        ("with whom he clashed at the debate", nil),
        ("who ran the clinic", nil),
        ("then senior pastor at a church in Fort Worth", "then senior pastor at a church in Fort Worth"),
    ] as [(String, String?)])
    func cleaned(role: String, expected: String?) {
        #expect(RoleText.cleaned(role) == expected)
    }

    @Test func actorsRoleLeavesOutTheAge() {
        let a = analyze("“I was scared,” said Tamika Jones, 44, a nurse from Camden. “It is calm now,” said Ray Alvarez, 61.")
        #expect(a.actor(named: "Tamika Jones")?.roles == ["a nurse from Camden"])
        #expect(a.actor(named: "Ray Alvarez")?.roles == [])
    }

    @Test func aRoleNounsModifierIsNoCue() {
        let a = analyze("“That is false,” press secretary Dana Lowe told reporters.")
        #expect(a.speaker(of: "That is false") == "Dana Lowe")
        #expect(a.statements.first?.cue == "told")
        #expect(a.actor(named: "Dana Lowe")?.roles.contains("press secretary") == true)
    }
}

extension RoleTextTests {
    /// A quotation a role leaves open is mended (``RoleText/closingQuotedTitle(_:)``).
    @Test("A role's open quotation is closed or dropped", arguments: [
        ("the author of ''", "the author"),
        ("the author of \u{201C}", "the author"),
        ("the hacker known as \u{201C}Lazarus,", "the hacker known as \u{201C}Lazarus\u{201D}"),
        ("the author of ''Night Train,''", "the author of ''Night Train,''"),
        ("the author of \u{201C}Night Train\u{201D}", "the author of \u{201C}Night Train\u{201D}"),
        ("the mayor's top aide", "the mayor's top aide"),
        ("the host of \"Night Desk,", "the host of \"Night Desk\""),
    ] as [(String, String)])
    func openQuotation(role: String, expected: String) {
        #expect(RoleText.cleaned(role) == expected)
    }

    /// The byte test before the mending (``RoleText/mayHoldQuoteMark(_:)``): a possessive's
    /// single mark is no quotation mark.
    @Test func quoteMarksAreFoundByTheirBytes() {
        #expect(RoleText.mayHoldQuoteMark("the host of \"Night"))
        #expect(RoleText.mayHoldQuoteMark("the author of ''Night"))
        #expect(RoleText.mayHoldQuoteMark("the author of \u{201C}Night"))
        #expect(!RoleText.mayHoldQuoteMark("the mayor's top aide"))
        #expect(!RoleText.mayHoldQuoteMark("Bo's and Al's aide"))
    }
}
