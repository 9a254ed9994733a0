import Testing
@testable import WhosaidModel

/// Shapes of direct quotation the grammar reads since the afternoon session of 2026-12-03, one
/// table per rule, with sentences written for the purpose.
struct DirectQuoteShapeTests {
    typealias Case = AttributionGrammarTests.Case

    /// `“…,” the filing states.`: `state(s)` closing the clause after a quote is the verb.
    static let clauseFinalStateCases: [Case] = [
        Case(text: "“Family leave is unpaid,” the lawsuit states.", expected: [("the lawsuit", "“Family leave is unpaid,”")]),
        Case(text: "“The kingdom fights terror,” the envoys state in the white paper.",
             expected: [("the envoys", "“The kingdom fights terror,”")]),
        Case(text: "“We won,” state officials said.", expected: [("state officials", "“We won,”")]),
    ]

    @Test(arguments: clauseFinalStateCases)
    func attribution(_ c: Case) {
        let got = AttributionGrammarTests.statements(c.text)
        #expect(got.map(\.0) == c.expected.map(\.0), "\(got)")
        #expect(got.map(\.1) == c.expected.map(\.1), "\(got)")
    }
}
