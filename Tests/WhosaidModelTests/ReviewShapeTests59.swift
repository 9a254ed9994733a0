@testable import WhosaidModel
import Testing

/// Shapes a reader of twelve invented articles in new styles found broken (2026-12-07, review59):
/// one table per rule, sentences written for the purpose; run by
/// ``AttributionGrammarTests/attribution(_:)`` through ``SpeakerPhraseShapeTests/allCases``.
extension SpeakerPhraseShapeTests {
    /// A parent described by a count of children speaks (`the mother of three said`,
    /// ``MentionFinder/parentNoun(beforeChildCountEndingAt:floor:)``,
    /// ``MentionFinder/childCountEnd(afterParentAt:ceiling:)``); the quote was lost before.
    static let childCountParentCases59: [Case] = [
        Case(text: "“I used to lose two days a week,” the mother of three said.",
             expected: [("the mother of three", "“I used to lose two days a week,”")]),
        Case(text: "“We lost the final,” said the father of two.",
             expected: [("the father of two", "“We lost the final,”")]),
        Case(text: "“It was a long night,” the 44-year-old grandmother of 11 told reporters.",
             expected: [("the 44-year-old grandmother of 11", "“It was a long night,”")]),
        // The count of the children named after it is read as before.
        Case(text: "The mother of three children said the school had closed early.",
             expected: [("The mother of three children", "the school had closed early")]),
    ]

    /// A speaker pronoun's antecedent is never a name inside the statement it speaks while another
    /// person agrees (`Okoro was wrong, she said` after Ann Ross disagreed is Ross's).
    static let nameInsideOwnStatementCases59: [Case] = [
        Case(text: "Okoro said the plan was sound. Ann Ross disagreed. Okoro was wrong, she said.",
             expected: [("Okoro", "the plan was sound"), ("Ann Ross", "Okoro was wrong")]),
        Case(text: "Lumetra said the hinge was strong. Mei Ostrowski noted that rivals had failed. Lumetra would need to prove it, she wrote.",
             expected: [("Lumetra", "the hinge was strong"), ("Mei Ostrowski", "rivals had failed"), ("Mei Ostrowski", "Lumetra would need to prove it")]),
    ]

    /// Capitalised modifiers (a nationality, an employer) may open the role before a described
    /// person's name (``MentionFinder/describesPersonByRole(first:nameStart:)``): the person speaks.
    static let capitalisedRoleModifierCases59: [Case] = [
        Case(text: "The Danish architect Sven Aalto said the building would open next year.",
             expected: [("Sven Aalto", "the building would open next year")]),
        Case(text: "The Harvard economist Jane Roe said the rates would rise.",
             expected: [("Jane Roe", "the rates would rise")]),
    ]

    /// A quoted title closing on its own comma sets off the name apposed after it
    /// (``MentionFinder/followsQuotedTitleComma(_:floor:)``): the name speaks.
    static let quotedTitleCommaCases59: [Case] = [
        Case(text: "The director of “Saltwater,” Anouk Brisebois, said the cast had been brilliant.",
             expected: [("Anouk Brisebois", "the cast had been brilliant")]),
        Case(text: "The author of “Cold Harbour,” Tomas Brandt, told the festival that he had rewritten the ending.",
             expected: [("Tomas Brandt", "he had rewritten the ending")]),
    ]

    /// All of this session's review tables.
    static let reviewCases59 = childCountParentCases59 + nameInsideOwnStatementCases59 + capitalisedRoleModifierCases59
        + quotedTitleCommaCases59
}

/// The parent nouns that take a count of children are lower-case words without duplicates.
struct ChildCountWordsTests {
    @Test func parentNounsAreLowerCaseWords() {
        for w in MentionFinder.parentNouns {
            #expect(w == w.lowercased() && w.allSatisfy { $0.isLetter || $0 == "-" }, "\(w)")
        }
    }

    @Test func theParentIsTheHead() {
        let a = Engine().analyze(text: "The clinic opened in May. “I used to lose two days a week,” the mother of three said.")
        #expect(a.statements.count == 1)
        #expect(a.actors.first?.name == "the mother of three")
    }

    @Test func anEpithetStaysAsWrittenByDefault() {
        let a = Engine().analyze(text: "Grace Olumide took part. “I used to lose two days a week,” the mother of three said.")
        #expect(a.statements.count == 1)
        #expect(a.actors.first?.name == "the mother of three")
    }
}

/// With descriptions linked to the people they name (`--link-roles`), an epithet (a parent counted
/// by children) names the person named in full just before it, when its noun does not show the
/// other gender (``ActorBuilder/epithetReferent(_:entries:)``).
struct EpithetLinkTests {
    @Test("An epithet names the person just named", arguments: [
        ("Grace Olumide took part in the trial. “I used to lose two days a week,” the mother of three said.", "Grace Olumide", "the mother of three"),
        ("Tom Reyes lost his job in May. “We are managing,” said the father of four.", "Tom Reyes", "the father of four"),
    ])
    func links(_ c: (String, String, String)) {
        let a = analyzeLinkingRoles(c.0)
        let person = a.actor(named: c.1)
        #expect(person != nil)
        #expect(person?.role == c.2)
        #expect(a.statements.count == 1 && a.statements.allSatisfy { $0.actorID == person?.id })
    }

    @Test("No referent: the epithet speaks", arguments: [
        // A father is no Grace.
        ("Grace Olumide took part in the trial. “We were scared,” the father of two said.", "the father of two"),
        ("Water reached the second floor. “We were scared,” the mother of two said.", "the mother of two"),
    ])
    func stays(_ c: (String, String)) {
        let a = analyzeLinkingRoles(c.0)
        #expect(a.statements.count == 1)
        #expect(a.actor(of: a.statements[0])?.name == c.1)
    }
}

/// An office written with capitals after its article (`The Prime Minister`, `the Opposition
/// Leader`) describes a person, as the lower-case form does; it is no organisation's name
/// (``ActorBuilder/capitalisedOfficeHead(from:to:)``).
struct CapitalisedOfficeDescriptionTests {
    @Test("A capitalised office is a description", arguments: [
        ("Prime Minister Ilinca Sarbu spoke to parliament. The Prime Minister said nothing had been conceded.", "The Prime Minister"),
        ("Chief Minister Haripal Deshmane opened the clinic. “No villager should travel far,” the Chief Minister said.", "the Chief Minister"),
        ("Mr Tolley, the Opposition Leader, spoke first. The Opposition Leader said voters would not be fooled.", "The Opposition Leader"),
    ])
    func description(_ c: (String, String)) {
        let a = analyze(c.0)
        #expect(a.actor(named: c.1)?.kind == .description)
    }

    @Test("Organisations stay organisations", arguments: [
        ("The Governor Hotel said rooms were booked.", "The Governor Hotel"),
        ("The General Assembly said the vote would be held.", "The General Assembly"),
    ])
    func organisation(_ c: (String, String)) {
        let a = analyze(c.0)
        #expect(a.actor(named: c.1)?.kind == .organisation)
    }

    @Test func officeHeadsAreLowerCaseWords() {
        for w in ActorBuilder.officeHeads { #expect(w == w.lowercased() && w.allSatisfy(\.isLetter), "\(w)") }
    }
}
