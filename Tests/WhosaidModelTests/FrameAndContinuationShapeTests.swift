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

    static let allCases = holdingStatementCases
}
