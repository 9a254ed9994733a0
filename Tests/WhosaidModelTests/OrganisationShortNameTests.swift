import Testing
@testable import WhosaidModel

/// A firm named in full and then by its first word alone is one organisation
/// (``ActorBuilder/shortName(ofOrganisationKey:)``), unless a person owns that word as a surname.
struct OrganisationShortNameTests {
    @Test("A firm's short name joins its full name", arguments: [
        ("Quillon Systems said revenue rose 12 percent. Quillon said the buyback reflected confidence.", "Quillon Systems", "Quillon"),
        ("Brightwater Foods Inc. said it would close two plants. Brightwater said the closures were necessary.",
         "Brightwater Foods Inc.", "Brightwater"),
        ("Dunmore Motors said sales fell in March. Dunmore said a new model would follow in the autumn.", "Dunmore Motors", "Dunmore"),
    ])
    func joins(_ c: (String, String, String)) {
        let a = analyze(c.0)
        let firm = a.actor(named: c.1)
        #expect(firm?.kind == .organisation)
        #expect(firm?.aliases.contains(c.2) == true)
        #expect(a.actors.count == 1)
        #expect(a.statements.count == 2 && a.statements.allSatisfy { $0.actorID == firm?.id })
    }

    @Test func aPersonWithTheSurnameKeepsIt() {
        let a = analyze("Dunmore Motors said sales fell. Tom Dunmore, who founded it, said he was sad. Dunmore said the firm would recover.")
        let person = a.actor(named: "Tom Dunmore")
        #expect(person?.kind == .person)
        #expect(a.statements.last?.actorID == person?.id)
    }

    @Test("Names whose first word stands for no firm alone", arguments: [
        "american airlines", "national grid", "united foods", "quillon", "the union", "maria systems", "city council",
    ])
    func noShortName(_ key: String) {
        #expect(ActorBuilder.shortName(ofOrganisationKey: key) == nil)
    }

    @Test("Short names", arguments: [("quillon systems", "quillon"), ("brightwater foods inc.", "brightwater"), ("fenwick partners", "fenwick")])
    func shortName(_ c: (String, String)) {
        #expect(ActorBuilder.shortName(ofOrganisationKey: c.0) == c.1)
    }

    @Test func sharedOpeningsAreLowerCaseWords() {
        for w in ActorBuilder.sharedNameOpenings {
            #expect(w == w.lowercased() && w.allSatisfy(\.isLetter), "\(w)")
        }
    }
}

/// British style writes abbreviated titles without a full stop (`Prof`, `Cllr`, `Det Insp`): they
/// are titles, dropped from the actor's name and kept as the role it was given.
struct UnstoppedTitleTests {
    @Test("A title without its full stop is no part of the name", arguments: [
        ("Prof Amir Khalil said the findings were preliminary. Khalil said more work was needed.", "Amir Khalil", "Prof"),
        ("Cllr Margaret Doyle said the council would review the decision. Doyle said residents had been consulted.",
         "Margaret Doyle", "Cllr"),
        ("Det Insp Ian Roe said the car was found burnt out. Roe said officers wanted to hear from witnesses.", "Ian Roe", nil),
        ("Supt Carla Mann said patrols would be stepped up. Mann said the area was safe.", "Carla Mann", "Supt"),
    ])
    func titleDropped(_ c: (String, String, String?)) {
        let a = analyze(c.0)
        let person = a.actor(named: c.1)
        #expect(person?.kind == .person)
        #expect(a.actors.count == 1)
        if let role = c.2 { #expect(person?.role == role) }
    }

    @Test func unstoppedTitlesAreListed() {
        for t in ["prof", "cllr", "sgt", "supt", "insp", "det", "capt", "col", "lt", "maj", "revd", "dame"] {
            #expect(Lexicon.titles.contains(t), "\(t)")
            #expect(PersonNameIndex.personTitles.contains(t), "\(t)")
        }
        for t in ["prof", "cllr", "sgt", "supt", "insp", "det", "capt", "col", "lt", "maj", "revd"] {
            #expect(RoleWords.expansion[t] != nil, "\(t)")
        }
    }
}
