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
        // A time after `in` is no source.
        Case(text: "As reported in March, the mill will close in June.", expected: []),
        // `as` with a subject is the verb's own clause (unchanged).
        Case(text: "As the Lakeside Gazette reported, the mill will close in June.",
             expected: [("the Lakeside Gazette", "the mill will close in June")]),
    ]

    /// `imply` reports its clause like `suggest` (``Lexicon/reportingBases``).
    static let implyCases: [Case] = [
        Case(text: "Vance implied that the council had hidden the audit.",
             expected: [("Vance", "the council had hidden the audit")]),
        Case(text: "Ortiz questioned why the clerk stayed silent, implying that she had been paid.",
             expected: [("Ortiz", "she had been paid")]),
    ]

    static let allCases = asReportedByCases + implyCases

    @Test(arguments: allCases) func attribution(_ c: Case) {
        let got = AttributionGrammarTests.statements(c.text)
        #expect(got.map(\.0) == c.expected.map(\.0), "\(got)")
        #expect(got.map(\.1) == c.expected.map(\.1), "\(got)")
    }
}
