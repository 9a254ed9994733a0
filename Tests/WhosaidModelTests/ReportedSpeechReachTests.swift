@testable import WhosaidModel
import Testing

/// Reported speech beyond one corpus's habits (session of 2026-12-07, morning): sentences written
/// for the purpose, one table per rule; run with ``SpeakerPhraseShapeTests/allCases``.
extension SpeakerPhraseShapeTests {
    /// `The union voted to strike and insists that…`: a cue that may read as a plural noun after a
    /// coordinator that follows a verb group's last word is the subject's second predicate
    /// (``Attributor/isCoordinatedPredicateVerb(_:first:)``); after a noun it stays a noun unless it
    /// is never one (``Lexicon/verbOnlyCueForms``). A progressive after `and` shares the subject
    /// too (``Attributor/followsProgressiveAuxiliary(_:floor:)``).
    static let coordinatedCueVerbCases: [Case] = [
        Case(text: "The union voted to strike and insists that the contract is unfair.",
             expected: [("The union", "the contract is unfair")]),
        Case(text: "The board met twice and claims that the audit was rushed.",
             expected: [("The board", "the audit was rushed")]),
        Case(text: "The ministry denied the report and insists that the figures are correct.",
             expected: [("The ministry", "the report"), ("The ministry", "the figures are correct")]),
        Case(text: "The union voted on Monday and claims that the contract is unfair.",
             expected: [("The union", "the contract is unfair")]),
        Case(text: "The union has voted to strike and is demanding that the contract be rewritten.",
             expected: [("The union", "the contract be rewritten")]),
        Case(text: "Reyes denied the charge and added that she would appeal.",
             expected: [("Reyes", "the charge"), ("Reyes", "she would appeal")]),
        // Two nouns joined: the claims are someone else's (what was rejected is the mayor's).
        Case(text: "The mayor rejected the demands and claims that the plan was rushed.",
             expected: [("The mayor", "the demands")]),
    ]

    /// `made it known that`, `made it abundantly clear that`: `make` with a word of making known
    /// (``Attributor/madeClearWords``), perhaps after `it` and graders, reports the `that` clause
    /// as its subject's (``Attributor/madeClearWord(after:last:)``); a thing that cannot speak
    /// makes nothing clear in that sense.
    static let madeClearWordCases: [Case] = [
        Case(text: "Okafor made it known that he would not run again.",
             expected: [("Okafor", "he would not run again")]),
        Case(text: "The mayor made known that the budget would shrink.",
             expected: [("The mayor", "the budget would shrink")]),
        Case(text: "The minister made it abundantly clear that no deal was possible.",
             expected: [("The minister", "no deal was possible")]),
        Case(text: "Coach Dana Ellis made it plain that the starters would rest.",
             expected: [("Dana Ellis", "the starters would rest")]),
        Case(text: "The flood made it clear that the levee was too low.",
             expected: []),
    ]

    /// `According to the company the plant will close.`: with no comma after a fronted source,
    /// the clause that runs into its verb right after the source is the statement
    /// (``Attributor/commalessAccordingToClause(after:last:)``); a standard (`according to plan`)
    /// is no source.
    static let commalessAccordingToCases: [Case] = [
        Case(text: "According to the company the plant will close in May.",
             expected: [("the company", "the plant will close in May")]),
        Case(text: "According to police there were no injuries in the crash.",
             expected: [("police", "there were no injuries in the crash")]),
        Case(text: "According to two recent studies most shoppers prefer frozen peas.",
             expected: [("two recent studies", "most shoppers prefer frozen peas")]),
        Case(text: "According to the company it will close the plant in May.",
             expected: [("the company", "it will close the plant in May")]),
        Case(text: "According to plan the crews left the harbour at dawn.",
             expected: []),
        Case(text: "According to reports the agency will close three offices.",
             expected: [("reports", "the agency will close three offices")]),
        Case(text: "According to police the driver fled on foot.",
             expected: [("police", "the driver fled on foot")]),
    ]

    /// `According to reports Monday the agency…`, `according to police Friday`: a day after the
    /// source's head is the time the source spoke, no part of it and never its name
    /// (``Attributor/withoutTrailingDay(_:)``).
    static let dayAfterAccordingToSourceCases: [Case] = [
        Case(text: "According to reports Monday the agency will close three offices.",
             expected: [("reports", "the agency will close three offices")]),
        Case(text: "According to a report Friday, the mayor will resign in June.",
             expected: [("a report", "the mayor will resign in June")]),
        Case(text: "According to police Friday the suspect fled on foot.",
             expected: [("police", "the suspect fled on foot")]),
        Case(text: "The suspect fled on foot, according to police Friday.",
             expected: [("police", "The suspect fled on foot")]),
        // A participle keeps its day: the day tells when the poll came out.
        Case(text: "Turnout rose, according to a poll released Monday.",
             expected: [("a poll released Monday", "Turnout rose")]),
        // A name after the source stays a name (`Monday` is no person).
        Case(text: "According to Tom Friday, the plant will close.",
             expected: [("Tom Friday", "the plant will close")]),
    ]

    /// `has said since the election that…`, `said after the vote that…`: a time phrase between
    /// the cue and its `that` clause is the cue's adjunct.
    static let timePhraseBeforeThatCases: [Case] = [
        Case(text: "Lind has said since the election that the count was fair.",
             expected: [("Lind", "the count was fair")]),
        Case(text: "Marsh said after the vote that the plan had failed.",
             expected: [("Marsh", "the plan had failed")]),
    ]

    /// `said a man was arrested and charged with theft`: a cue's past participle after `and`
    /// that goes on the passive group before it, with its preposition, is no new reporting verb
    /// (``Attributor/continuesPassiveGroup(cue:coordinator:last:)``); an active cue after `and`
    /// still opens a statement of its own.
    static let coordinatedPassiveParticipleCases: [Case] = [
        Case(text: "Police said a man was arrested and charged with theft.",
             expected: [("Police", "a man was arrested and charged with theft")]),
        Case(text: "Police said two men were arrested Sunday and charged with murder.",
             expected: [("Police", "two men were arrested Sunday and charged with murder")]),
        Case(text: "Officials said the clerk had been suspended and accused of fraud.",
             expected: [("Officials", "the clerk had been suspended and accused of fraud")]),
        Case(text: "Dana Ellis was arrested and said that she was innocent.",
             expected: [("Dana Ellis", "she was innocent")]),
    ]
}
