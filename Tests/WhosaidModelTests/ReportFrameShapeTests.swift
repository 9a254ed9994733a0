@testable import WhosaidModel
import Testing

/// Shapes that a read of PolNeAR train's missed statements found (session of 2026-12-07,
/// helper acc56a): `as reported by` frames, poll shares with a `who say` clause inside a longer
/// clause, phase verbs with a `by` gerund, and `imply` as a reporting verb. One table per rule,
/// with sentences written for the purpose.
@Suite struct ReportFrameShapeTests {
    typealias Case = AttributionGrammarTests.Case

    /// `imply` reports its clause like `suggest` (``Lexicon/reportingBases``).
    static let implyCases: [Case] = [
        Case(text: "Vance implied that the council had hidden the audit.",
             expected: [("Vance", "the council had hidden the audit")]),
        Case(text: "Ortiz questioned why the clerk stayed silent, implying that she had been paid.",
             expected: [("Ortiz", "she had been paid")]),
    ]

    static let allCases = implyCases

    @Test(arguments: allCases) func attribution(_ c: Case) {
        let got = AttributionGrammarTests.statements(c.text)
        #expect(got.map(\.0) == c.expected.map(\.0), "\(got)")
        #expect(got.map(\.1) == c.expected.map(\.1), "\(got)")
    }
}
