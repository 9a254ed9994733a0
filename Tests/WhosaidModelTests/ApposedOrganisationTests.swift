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
    ])
    func apposedPerson(_ c: (String, String)) {
        #expect(analyze(c.0).actor(named: c.1)?.kind == .person)
    }
}
