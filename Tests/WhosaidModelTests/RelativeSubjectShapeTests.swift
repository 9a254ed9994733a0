@testable import WhosaidModel
import Testing

/// Subjects that carry a relative clause of a shape without `who` or `that`: a contact clause
/// (`The people we spoke to said`) and a partitive `whom` (`…, many of whom say`). Sentences
/// written for these tests.
enum RelativeSubjectShapeTests {
    typealias Case = AttributionGrammarTests.Case

    /// A noun phrase with a contact relative clause speaks as a whole
    /// (``Attributor/contactRelativeSubject(endingAt:through:floor:)``), not the clause's own subject.
    static let contactRelativeCases: [Case] = [
        Case(text: "All the economists I interviewed said the plan was sound.",
             expected: [("All the economists I interviewed", "the plan was sound")]),
        Case(text: "The economists the paper interviewed said the plan was sound.",
             expected: [("The economists the paper interviewed", "the plan was sound")]),
        // A preposition left at the clause's end, which the verb group had taken in.
        Case(text: "The economists we spoke to said the plan was sound.",
             expected: [("The economists we spoke to", "the plan was sound")]),
        Case(text: "The nurses I have talked with say the ward will close.",
             expected: [("The nurses I have talked with", "the ward will close")]),
        Case(text: "The reports the agency released last year warned that the levee was weak.",
             expected: [("The reports the agency released last year", "the levee was weak")]),
        // The clause's verb read as a noun by the tagger; a capitalised head opening the sentence;
        // a particle left at the clause's end; a quantifier floated to the verb.
        Case(text: "Analysts the agency surveyed said the rate would rise.",
             expected: [("Analysts the agency surveyed", "the rate would rise")]),
        Case(text: "The company the minister criticized said it would appeal.",
             expected: [("The company the minister criticized", "it would appeal")]),
        Case(text: "The patients the hospital turned away say they were not told why.",
             expected: [("The patients the hospital turned away", "they were not told why")]),
        Case(text: "The two economists I interviewed both said the plan was sound.",
             expected: [("The two economists I interviewed", "the plan was sound")]),
        // Guards: a comma-less aside of thinking; a time phrase before the subject; a clause
        // closed by a comma; a participle.
        Case(text: "Most voters I think would say the plan is unfair.", expected: []),
        Case(text: "Last week the minister said the plan was sound.",
             expected: [("the minister", "the plan was sound")]),
        Case(text: "The day the mayor resigned, aides said the city was calm.",
             expected: [("aides", "the city was calm")]),
        Case(text: "A simple drill we use is saying the letters of the alphabet backwards.", expected: []),
    ]

    /// `many of whom`, `two of whom`: a partitive of the relative `whom` after a comma is the
    /// subject of its clause (``MentionFinder/partitivePronounSubject(endingAt:floor:)``).
    static let partitiveWhomCases: [Case] = [
        Case(text: "The mayor met three union leaders, all of whom said the deal was unfair.",
             expected: [("all of whom", "the deal was unfair")]),
        Case(text: "The agency hired 40 inspectors, some of whom have said the rules are too loose.",
             expected: [("some of whom", "the rules are too loose")]),
        Case(text: "The firm has 20 partners, most of whom told the paper that the merger was a mistake.",
             expected: [("most of whom", "the merger was a mistake")]),
        // The clause of `whom` set off inside the sentence ends at its closing comma.
        Case(text: "The workers, some of whom say they were not paid, plan to strike on Monday.",
             expected: [("some of whom", "they were not paid")]),
        // Guard: the clause of `whom` closes before the main verb, whose subject speaks.
        Case(text: "Residents, many of whom lost their homes, said the aid came too late.",
             expected: [("Residents", "the aid came too late")]),
    ]

    static let allCases = contactRelativeCases + partitiveWhomCases
}
