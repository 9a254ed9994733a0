@testable import WhosaidModel
import Testing

/// Shapes that a read of PolNeAR train's missed statements found (session of 2026-12-07,
/// helper acc56a): `as reported by` frames, poll shares with a `who say` clause inside a longer
/// clause, phase verbs with a `by` gerund, and `imply` as a reporting verb. One table per rule,
/// with sentences written for the purpose.
@Suite struct ReportFrameShapeTests {
    typealias Case = AttributionGrammarTests.Case

    /// `As reported by SOURCE, CLAUSE` and `CLAUSE, as first reported by SOURCE.`
    /// (``Attributor/asReportedBySourceStart(at:last:)``, ``Attributor/trailingAsReportedBy(first:last:)``).
    static let asReportedByCases: [Case] = [
        Case(text: "As reported by the Lakeside Gazette, the council will cut the library budget.",
             expected: [("the Lakeside Gazette", "the council will cut the library budget")]),
        Case(text: "As first reported by Radio Alma, the mill will close in June.",
             expected: [("Radio Alma", "the mill will close in June")]),
        Case(text: "As reported in the Lakeside Gazette, the mill will close in June.",
             expected: [("the Lakeside Gazette", "the mill will close in June")]),
        Case(text: "The mill will close in June, as first reported by the Lakeside Gazette on Tuesday.",
             expected: [("the Lakeside Gazette", "The mill will close in June")]),
        // A time after `in` is no source, nor a numbered part of a text.
        Case(text: "As reported in March, the mill will close in June.", expected: []),
        Case(text: "As reported in Table 3, costs rose sharply in June.", expected: []),
        // The auxiliary written out frames the clause as well.
        Case(text: "As was reported by the Lakeside Gazette, the mill will close in June.",
             expected: [("the Lakeside Gazette", "the mill will close in June")]),
        // `as` with a subject is the verb's own clause (unchanged).
        Case(text: "As the Lakeside Gazette reported, the mill will close in June.",
             expected: [("the Lakeside Gazette", "the mill will close in June")]),
    ]

    /// A poll share with a restrictive `who say` clause inside a longer clause
    /// (``Attributor/pollShareBeforeRelativeWho(endingAt:verb:floor:)``).
    static let pollShareRelativeCases: [Case] = [
        Case(text: "Most voters backed the levy, compared with 34 percent who said the tax was too high.",
             expected: [("34 percent", "the tax was too high")]),
        Case(text: "A majority opposed the plan, including 18% who say they would move away.",
             expected: [("18%", "they would move away")]),
        Case(text: "Half wanted a newcomer, compared with four in 10 who said they preferred an incumbent.",
             expected: [("four in 10", "they preferred an incumbent")]),
        // `those` is no share (left out: PolNeAR annotates it only in some shapes).
        Case(text: "Among those who said schools mattered most, Ortiz won easily.", expected: []),
        // A share opening the sentence is its subject: its clause runs into the main verb.
        Case(text: "The 40 percent who said they would vote for Ortiz were mostly young.", expected: []),
        // The lead words are the share's; a pro-form after `said` is no clause.
        Case(text: "Most voters backed the levy, compared with the 25 percent who say the same about the bond.",
             expected: [("the 25 percent", "the same about the bond")]),
        Case(text: "Most voters backed the levy, compared with 25 percent who said otherwise.", expected: []),
        // `who` with another verb reports nothing.
        Case(text: "Ortiz won, compared with 34 percent who backed the levy.", expected: []),
    ]

    /// A phase verb with a `by` gerund: `began by telling…`, `concluded by warning…`
    /// (``Attributor/phaseVerbsBeforeBy``).
    static let phaseVerbByGerundCases: [Case] = [
        Case(text: "Vance began by telling the jury that the council had lied.",
             expected: [("Vance", "the council had lied")]),
        Case(text: "Dr. Lena Park concluded by warning that the wells would run dry.",
             expected: [("Lena Park", "the wells would run dry")]),
        Case(text: "The mayor opened by saying the budget was balanced.",
             expected: [("The mayor", "the budget was balanced")]),
        // A `by` phrase of means after another verb is not this shape.
        Case(text: "Vance won by saying little.", expected: []),
    ]

    /// `imply` reports its clause like `suggest` (``Lexicon/reportingBases``).
    static let implyCases: [Case] = [
        Case(text: "Vance implied that the council had hidden the audit.",
             expected: [("Vance", "the council had hidden the audit")]),
        Case(text: "Ortiz questioned why the clerk stayed silent, implying that she had been paid.",
             expected: [("Ortiz", "she had been paid")]),
    ]

    static let allCases = asReportedByCases + pollShareRelativeCases + phaseVerbByGerundCases + implyCases

    @Test(arguments: allCases) func attribution(_ c: Case) {
        let got = AttributionGrammarTests.statements(c.text)
        #expect(got.map(\.0) == c.expected.map(\.0), "\(got)")
        #expect(got.map(\.1) == c.expected.map(\.1), "\(got)")
    }
}
