import Testing
@testable import WhosaidModel

/// Sentence frames and continuations that a read of PolNeAR train's misattributed statements found
/// broken (session of 2026-12-04, night): one table per rule, with sentences written for the
/// purpose; run by ``AttributionGrammarTests/attribution(_:)``.
enum FrameAndContinuationShapeTests {
    typealias Case = AttributionGrammarTests.Case

    /// A quotation with no cue after a sentence whose own statement holds a label or a reported
    /// clause continues the sentence's speaker (``Attributor/statementHolding(_:in:)``), not the
    /// speaker of the word quoted inside it.
    static let holdingStatementCases: [Case] = [
        Case(text: "Her friends mocked the race, calling the mayor “a windbag,” Susan Ortiz said as she left.\n\n“But he is our windbag, and we love him!”",
             expected: [("Susan Ortiz", "Her friends mocked the race, calling the mayor “a windbag,”"),
                        ("Her friends", "the mayor “a windbag,”"),
                        ("Susan Ortiz", "“But he is our windbag, and we love him!”")]),
    ]

    /// A sentence ending in a colon before a quote: a time or a phrase set off before a clause with
    /// its own subject is no speaker (``Attributor/frontedAdjunctEnd(_:before:)``), and no word
    /// inside an organisation's name passes for a person named with a verb.
    static let colonSubjectCases: [Case] = [
        Case(text: "Each campaign season, there’s a promise many voters make and few keep: “If he wins, I am moving to Canada!”",
             expected: []),
        Case(text: "Each campaign season, there is a promise many voters make and few keep: “If he wins, I am moving to Canada!”",
             expected: []),
        Case(text: "Each spring, the board members gave the same answer: “The budget is closed.”",
             expected: [("the board members", "“The budget is closed.”")]),
        Case(text: "As if addressing him directly, the Ohio Board of Elections was conclusive in its findings: “Further discussion is unnecessary.”",
             expected: [("the Ohio Board of Elections", "“Further discussion is unnecessary.”")]),
        Case(text: "The chairman of the Ohio Board of Elections, Ann Lowe, was blunt: “Further discussion is unnecessary.”",
             expected: [("Ann Lowe", "“Further discussion is unnecessary.”")]),
    ]

    static let allCases = holdingStatementCases + colonSubjectCases
}

@Suite struct PeriodNounListTests {
    @Test func periodNounsAreLowerCaseSingleWords() {
        #expect(Attributor.periodNouns.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
        #expect(Attributor.existentialContractions.allSatisfy { $0.hasPrefix("there") })
    }
}
