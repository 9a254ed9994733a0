import Testing
@testable import WhosaidModel

/// The role the article gives a person wherever it gives it: an apposition at a mention that is
/// no speaker's (``PersonNameIndex/appositiveRole(from:)``), and never a title of courtesy.
struct AppositiveRoleTests {
    @Test func aRoleGivenBeforeThePersonSpeaksIsTheirs() {
        let a = analyze("Maria Lopez, the county's new health director, toured the clinics on Monday. She said the staff was stretched thin.")
        #expect(a.speaker(of: "the staff was stretched thin") == "Maria Lopez")
        #expect(a.actor(named: "Maria Lopez")?.roles == ["the county's new health director"])
    }

    @Test("Appositions that are no role give none", arguments: [
        "Christyn Lowe, a Neptune, N.J., resident, spent the day at the clinic. She said the wait was long.",
        "Christyn Lowe, the woman who ran the clinic, left in May. She said the wait was long.",
        "Christyn Lowe, former governor Mike Ruiz and Ann Bee debated. Christyn Lowe said the wait was long.",
    ])
    func noRole(_ text: String) {
        let a = analyze(text)
        #expect(a.speaker(of: "the wait was long") == "Christyn Lowe")
        #expect(a.actor(named: "Christyn Lowe")?.roles == [])
    }

    /// An age (and home town) after a name apposed to a description keeps the description as the
    /// person's role, as without them (``MentionFinder/residentSubject(commaAt:floor:)``).
    @Test("An apposed role survives an age after the name", arguments: [
        ("Marquez's daughter, Elena, 24, says she is trying to raise money.", "Elena", "Marquez's daughter"),
        ("His neighbor, Tom Ruiz, 61, of Dayton, Ohio, said he heard shots.", "Tom Ruiz", "His neighbor"),
        ("The youngest candidate, Ada Fell, 19, told reporters she would win.", "Ada Fell", "The youngest candidate"),
    ])
    func roleBeforeAnAge(_ c: (String, String, String)) {
        let a = analyze(c.0)
        #expect(a.statements.first.flatMap { $0.actorID } == a.actor(named: c.1)?.id)
        #expect(a.actor(named: c.1)?.roles == [c.2])
    }

    @Test func aTitleOfCourtesyIsNoRole() {
        let a = analyze("Labour leader Jeremy Corbyn welcomed the vote. Mr Corbyn said the party was ready. Mr. Corbyn added that it would win.")
        let roles = a.actor(named: "Jeremy Corbyn")?.roles ?? []
        #expect(a.speaker(of: "the party was ready") == "Jeremy Corbyn")
        #expect(!roles.contains("Mr") && !roles.contains("Mr."))
    }

    /// A reduced relative clause after a subject (`released Thursday by…`) is no role; a participle
    /// modifying the role's noun (`acting political director`) is part of one
    /// (``MentionFinder/isParticipleOpening(_:)``).
    @Test func aReducedRelativeClauseIsNoRole() {
        let a = analyze("The audit, released Thursday by the state comptroller, found that the agency had ignored warnings.")
        #expect(a.speaker(of: "the agency had ignored warnings") == "The audit")
        #expect(a.actor(named: "The audit")?.roles == [])
        let b = analyze("The vote was close, said Ana Ruiz, acting political director of the Civic Fund.")
        #expect(b.actor(named: "Ana Ruiz")?.roles == ["acting political director of the Civic Fund"])
    }

    /// Scare quotes around a word of the role leave the apposition whole, its words as written
    /// (``MentionFinder/maxScareQuoteTokens``).
    @Test("Scare quotes inside an apposition keep its role", arguments: [
        ("Ida Crane, a “former” judge, said the ruling was wrong.", "Ida Crane", "a “former” judge"),
        ("Ben Ross, the “citizen journalist” from Elm Street, said the ruling was wrong.", "Ben Ross", "the “citizen journalist” from Elm Street"),
    ])
    func scareQuotesInARole(_ c: (String, String, String)) {
        let a = analyze("The city council met on Tuesday.\n" + c.0)
        #expect(a.speaker(of: "the ruling was wrong") == c.1)
        #expect(a.actor(named: c.1)?.roles == [c.2])
    }

    /// A courtesy title before a surname's particle (`Mr. Van Voorhis`) gives no role `Mr. Van`.
    @Test func aCourtesyTitleWithAParticleIsNoRole() {
        let a = analyze("Chandler Van Voorhis runs a land trust in Virginia. “The mines can be restored,” Mr. Van Voorhis said.")
        let roles = a.actors.flatMap(\.roles)
        #expect(a.speaker(of: "mines can be restored") != nil)
        #expect(!roles.contains("Mr. Van"))
    }

    /// The title of a mention that never speaks is the role of a person who speaks elsewhere
    /// without one (``ActorBuilder/giveAppositiveRoles(from:to:)``), with what the article
    /// writes before it; an apposition's role comes first, the title after it, a courtesy title
    /// is none.
    @Test("A title at a mention that is no speaker's is the role", arguments: [
        ("Lawyers for the firm told Judge Harriet Lam that it had complied. Lam said she would rule in May.", "Harriet Lam", ["Judge"]),
        ("The rally was opened by Ohio Gov. Carla Benning on Friday. Benning said the plant would stay.", "Carla Benning", ["Ohio Gov."]),
        ("Protesters met Mayor Ines Okoro, a former nurse, outside. Okoro said she would listen.", "Ines Okoro", ["a former nurse", "Mayor"]),
        ("Reporters asked Mr. Dale Whitcombe about the plant. Whitcombe said it would stay.", "Dale Whitcombe", []),
    ])
    func titleOfAnUnspokenMention(_ c: (String, String, [String])) {
        let a = analyze(c.0)
        #expect(a.actor(named: c.1)?.roles == c.2)
    }
}
