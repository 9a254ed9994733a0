@testable import WhosaidModel
import Testing

/// `X, according to SOURCE, said …`: the source's aside stands between a subject and its own
/// reporting verb, so the subject speaks (``Attributor/isSourceAsideBeforeReportingVerb(comma:closingComma:first:last:)``,
/// ``Attributor/subjectAcrossSourceAside(ofVerb:first:)``); run by
/// ``AttributionGrammarTests/attribution(_:)`` through ``SpeakerPhraseShapeTests/allCases``.
extension SpeakerPhraseShapeTests {
    static let sourceAsideBeforeReportingVerbCases: [Case] = [
        Case(text: "President Ilie Dragomir, according to state media, said the exercises would continue.",
             expected: [("Ilie Dragomir", "the exercises would continue")]),
        Case(text: "The minister, according to two aides, privately told the cabinet that she would resign.",
             expected: [("The minister", "she would resign")]),
        Case(text: "Dana Whitfield, according to the Ledger, warned that the levy would fail.",
             expected: [("Dana Whitfield", "the levy would fail")]),
        // No reporting verb after the aside: the source's statement, as before.
        Case(text: "Fundraising, according to the campaign, has surged since the primary in May.",
             expected: [("the campaign", "Fundraising"), ("the campaign", "has surged since the primary in May")]),
    ]
}
