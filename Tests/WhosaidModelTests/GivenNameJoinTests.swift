import Testing
@testable import WhosaidModel

/// A lone first name with no title that no surname owns is the one person named in full with it
/// (``DraftIndex/onlyPerson(withGivenName:)``); two people with that first name keep it apart.
struct GivenNameJoinTests {
    @Test("A first name alone joins the one person named in full with it", arguments: [
        ("“I have done this for years,” says Rosa Delgado. Her daughter, Lucia Delgado, works beside her. Rosa says the secret is time.", "Rosa Delgado"),
        ("Felix Brandt, 71, still rows every day. “The river keeps me young,” Felix said.", "Felix Brandt"),
        ("“We left at dawn,” said Joan Pardew. Her daughter, Amy Pardew, drove. Joan said the hills were the hardest part.", "Joan Pardew"),
    ])
    func joins(_ c: (String, String)) {
        let a = analyze(c.0)
        let person = a.actor(named: c.1)
        #expect(person != nil)
        #expect(a.statements.allSatisfy { $0.actorID == person?.id })
        #expect(!a.actors.contains { $0.name.split(separator: " ").count == 1 })
    }

    @Test func twoPeopleWithTheFirstNameKeepItApart() {
        let a = analyze("Rosa Delgado runs the bakery. Rosa Pinto runs the cafe next door. Rosa said the rent had doubled.")
        #expect(a.actor(named: "Rosa Delgado")?.statementIDs.count ?? 0 == 0)
        #expect(a.actor(named: "Rosa Pinto")?.statementIDs.count ?? 0 == 0)
    }
}

/// A headline's section label before a colon (``Attributor/isSectionLabel(first:colon:)``,
/// ``Attributor/headlineKickers``) is no speaker of the quote after it.
struct SectionLabelTests {
    @Test("A section label is no speaker", arguments: [
        "Exclusive: ‘We cannot keep building on floodplains’\n\nThe council met on Tuesday.",
        "Analysis: “The map changes everything”\n\nThe council met on Tuesday.",
        "INTERVIEW: “I was never going to quit”\n\nThe council met on Tuesday.",
    ])
    func noSpeaker(_ text: String) {
        let a = analyze(text)
        #expect(a.statements.allSatisfy { $0.actorID == nil })
        #expect(a.actors.isEmpty)
    }

    @Test func aNameBeforeTheColonStillSpeaks() {
        let a = analyze("At the rally, Nora Vance went further: “Tear it down.”")
        #expect(a.actor(named: "Nora Vance")?.statementIDs.count == 1)
    }
}
