@testable import WhosaidModel

/// Subjects with appositions and titles, from the session of the night of 2026-12-03: one table
/// per rule, with sentences written for the purpose; run by ``AttributionGrammarTests/attribution(_:)``.
enum ApposedSubjectShapeTests {
    typealias Case = AttributionGrammarTests.Case

    /// `NAME, ROLE, THING NAME, said`: a name apposed to the outlet or organisation noun that closes
    /// the role names that thing; the person named first speaks. A name apposed to a role with no
    /// name before it is the speaker, as before.
    static let thingNameAfterRoleCases: [Case] = [
        Case(text: "Gina Vian, the editor of the city’s official newspaper, The Ledger, said the vote was close.",
             expected: [("Gina Vian", "the vote was close")]),
        Case(text: "“We won,” said Gina Vian, the editor of the city's newspaper, The Ledger.",
             expected: [("Gina Vian", "“We won,”")]),
        Case(text: "A reporter for the paper, John Smith, said the vote was close.",
             expected: [("John Smith", "the vote was close")]),
    ]

    /// `CBC Chairman G.K. Butterfield of North Carolina said`: an organisation may qualify the
    /// title before a person's name with an `of` phrase; the person speaks, initials and all.
    static let qualifiedTitleOfPlaceCases: [Case] = [
        Case(text: "CBC Chairman G.K. Butterfield of North Carolina said he was outraged.",
             expected: [("G.K. Butterfield", "he was outraged")]),
        Case(text: "Caucus Chairman Tom Butterfield of Ohio said the plan was dead.",
             expected: [("Tom Butterfield", "the plan was dead")]),
    ]

    /// `according to a New York Times/CBS News poll`: the name after a slash runs on over its
    /// capitalised words to the source's head noun; a time word after it is no part of it.
    static let slashedSourceCases: [Case] = [
        Case(text: "Clinton leads by four points, according to a New York Times/CBS News poll.",
             expected: [("a New York Times/CBS News poll", "Clinton leads by four points")]),
        Case(text: "Clinton leads by four points, according to a Fox/Marist Monday.",
             expected: [("a Fox/Marist", "Clinton leads by four points")]),
    ]

    /// `Katie Lowe, who is chairman of the fund said`: a relative clause between the speaker and
    /// the verb, closed by a comma or not, before and after a quote; a possessive before the
    /// "verb" makes it a noun (`on Mr. King's show`).
    static let relativeClauseBeforeVerbCases: [Case] = [
        Case(text: "Katie Lowe, who is chairman of the fund said the ad was shocking.",
             expected: [("Katie Lowe", "the ad was shocking")]),
        Case(text: "“This is shocking,” Katie Lowe, who is chairman of the fund said in a statement.",
             expected: [("Katie Lowe", "“This is shocking,”")]),
        Case(text: "“This is shocking,” Katie Lowe, who chairs the fund, told reporters.",
             expected: [("Katie Lowe", "“This is shocking,”")]),
        Case(text: "These are the times of Tom Reyes, who sat for an interview this month on Mr. King's show, “Politicking.” Critics seized on it.",
             expected: []),
    ]

    /// `Both have promised to…`: a bare head opening its clause is the subject, though `both` and
    /// `all` also stand between a subject and its verb (`They both said`).
    static let bareHeadOpeningClauseCases: [Case] = [
        Case(text: "Ruiz and Cole met the voters. Both have promised to cut taxes.", expected: [("Both", "to cut taxes")]),
        Case(text: "Ruiz and Cole met the voters. All said the plan was dead.", expected: [("All", "the plan was dead")]),
    ]

    /// `Blocher and the party complained`: a name coordinated with a definite phrase opening its
    /// clause is one subject, whose actor is the group, not the second name with the first as its
    /// title; after a noun (`the first time Republicans and the party agreed`) the name is left out.
    static let nameAndDefinitePhraseCases: [Case] = [
        Case(text: "Both Blocher and the party have long complained that the system is broken.",
             expected: [("Blocher and the party", "the system is broken")]),
        Case(text: "On Monday, Clinton and the State Department said the emails were not classified.",
             expected: [("Clinton and the State Department", "the emails were not classified")]),
        Case(text: "Goldsmith and the Second Circuit said the print was a copy.",
             expected: [("Goldsmith and the Second Circuit", "the print was a copy")]),
        Case(text: "It was the first time Republicans and the party agreed that taxes must rise.",
             expected: [("the party", "taxes must rise")]),
    ]

    /// `Small groups of protesters marched while chanting, “…”`: a capitalised adjective before a
    /// lower-case noun opens the sentence's subject; an aside between dashes before `while` +
    /// participle holds no main verb whose subject would speak.
    static let participleAfterSubordinatorCases: [Case] = [
        Case(text: "Small groups of protesters marched while chanting, “Hands off our park.”",
             expected: [("Small groups of protesters", "“Hands off our park.”")]),
        Case(text: "Small groups of fans circled Memorial Arena - where the Comets played the Hawks - while chanting, “We want jobs.”",
             expected: [("Small groups of fans", "“We want jobs.”")]),
    ]

    /// `Officials at the Department of Energy, who asked…`: "who" takes people, so after an
    /// organisation's name that closes a prepositional phrase the antecedent is the whole phrase.
    static let whoAfterOrganisationCases: [Case] = [
        Case(text: "Officials at the Department of Energy, who warned that the plant was old, said the reactor was safe.",
             expected: [("Officials at the Department of Energy", "the plant was old"),
                        ("Officials at the Department of Energy", "the reactor was safe")]),
    ]

    /// Every table above.
    static let allCases = thingNameAfterRoleCases + qualifiedTitleOfPlaceCases + slashedSourceCases + relativeClauseBeforeVerbCases
        + bareHeadOpeningClauseCases + nameAndDefinitePhraseCases + participleAfterSubordinatorCases
        + whoAfterOrganisationCases
}
