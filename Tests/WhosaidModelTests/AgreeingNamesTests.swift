import Testing
@testable import WhosaidModel

@Suite struct AgreeingNamesTests {
    /// Full names of invented people: first names, initials, middle names and suffixes that agree
    /// in some pairs and not in others.
    static let names = [
        "Leon V. Sigal", "Leon Sigal", "L. Sigal", "Leon W. Sigal", "Lara Sigal", "L. V. Sigal",
        "Leon Victor Sigal", "Leon Sigal Jr.", "Lena Sigal", "Ann Marie Sigal", "Ann Sigal", "A. Sigal",
        "Ann M. Sigal", "Ann Mara Sigal", "Leon V. Okafor", "Sigal",
    ]

    /// The draft a max by last sighting over every agreeing one picks (lowest id of a tie).
    static func scanned(_ form: NameForm, forms: [NameForm], lastSeen: LastSightings) -> Int? {
        forms.indices.filter { !forms[$0].given.isEmpty && forms[$0].canBeSamePerson(as: form) }
            .max { (lastSeen[$0] ?? -1) < (lastSeen[$1] ?? -1) }
    }

    @Test func latestAgreeingIsTheScansPick() {
        let forms = Self.names.map(NameForm.init)
        var index = AgreeingNames()
        var lastSeen: LastSightings = [:]
        for (id, form) in forms.enumerated() { index.file(id, form: form, lastSeen: lastSeen) }
        // Before any sighting, then after each: drafts seen in a shuffled order, some twice, some never.
        var token = 0
        for id in [3, 0, 9, 1, 12, 3, 5, 7, 10, 2, 0, 6, 11] {
            // Queried, as the builder asks, only for names with a given name.
            for query in forms where !query.given.isEmpty {
                #expect(index.latestAgreeing(with: query, lastSeen: lastSeen) == Self.scanned(query, forms: forms, lastSeen: lastSeen))
            }
            token += 1
            lastSeen[id] = token
            index.saw(id, lastSeen: lastSeen)
        }
    }

    @Test func aNameWithoutGivenNamesIsNotFiled() {
        var index = AgreeingNames()
        index.file(0, form: NameForm("Sigal"), lastSeen: [:])
        #expect(index.latestAgreeing(with: NameForm("Leon Sigal"), lastSeen: [:]) == nil)
        #expect(index.latestAgreeing(with: NameForm("Sigal"), lastSeen: [:]) == nil)
    }
}
