import Testing
@testable import WhosaidModel

/// A name with no proof of a person (no title, no first name) apposed to a description of a kind
/// of organisation is that organisation, whichever comes first
/// (``MentionFinder/apposesOrganisationDescription(_:roleFrom:to:)``); a person's name stays a
/// person's.
struct ApposedOrganisationTests {
    @Test("A name apposed to an organisation's description is an organisation", arguments: [
        ("The utility, Coastal Electric, said in a statement that power was back.", "Coastal Electric"),
        ("Coastal Electric, the utility, said power was back.", "Coastal Electric"),
        ("Brenmark Logistics, a retailer, said sales fell in May.", "Brenmark Logistics"),
        ("The airline, Skyward Pacific, said the flight was delayed.", "Skyward Pacific"),
        // A lone word that is also a first name (``MentionFinder/isLoneUntitledName(_:)``).
        ("The retailer, Bram, said sales fell.", "Bram"),
        ("Bram, the retailer, said sales fell.", "Bram"),
        ("The airline, Ryan, said the flight was late.", "Ryan"),
    ])
    func apposedOrganisation(_ c: (String, String)) {
        let a = analyze(c.0)
        #expect(a.actor(named: c.1)?.kind == .organisation)
        #expect(a.statements.first.flatMap { $0.actorID } == a.actor(named: c.1)?.id)
    }

    @Test("A person's name apposed to a description stays a person's", arguments: [
        ("Maria Ostrow, the company's spokeswoman, said sales fell.", "Maria Ostrow"),
        ("Dale Whitcombe, head of the agency, said sales fell.", "Dale Whitcombe"),
        ("Its founder, Lisa Park, said sales fell.", "Lisa Park"),
        ("Vandermeer Okoye, a former union official, said sales fell.", "Vandermeer Okoye"),
        ("Okafor, the company spokesman, said sales fell.", "Okafor"),
        ("His daughter, Maya, said sales fell.", "Maya"),
        ("Maya, the company spokeswoman, said sales fell.", "Maya"),
    ])
    func apposedPerson(_ c: (String, String)) {
        #expect(analyze(c.0).actor(named: c.1)?.kind == .person)
    }

    /// The organisation's name coming back alone is the same organisation, not a person of the
    /// same name (``ActorBuilder/organisationKeyPrefix``); a known first name still shows a person.
    @Test("An apposed organisation named again stays one actor", arguments: [
        "Teck, the Canadian mining company, said it would appeal. Teck said the ruling was wrong.",
        "The utility, Coastal Electric, said power was back. Later, Coastal Electric said crews were out.",
        "The watchdog, Ofgem, said prices would rise. Ofgem said it would act.",
    ])
    func namedAgain(_ text: String) {
        let a = analyze(text)
        #expect(a.actors.count == 1)
        #expect(a.actors.first?.kind == .organisation)
        #expect(a.statements.count == 2)
    }
}
