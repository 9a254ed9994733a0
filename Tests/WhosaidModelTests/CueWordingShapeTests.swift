@testable import WhosaidModel

/// Cue wordings a read of PolNeAR train's wrong speakers found unparsed (session of 2026-12-04,
/// afternoon): one table per rule, with sentences written for the purpose; run by
/// ``AttributionGrammarTests/attribution(_:)``.
enum CueWordingShapeTests {
    typealias Case = AttributionGrammarTests.Case

    /// `“…?” Ruiz went on.`, `her husband cut in: “…”`: a phrasal cue beside a quote whose particle
    /// closes the clause (``Lexicon/quoteOnlyPhrasals``); elsewhere the verb moves or lasts.
    static let quoteOnlyPhrasalCases: [Case] = [
        Case(text: "“We built this town,” Ann Lowe said.\n\n“Was that fair, really?” Tom Ruiz went on, ignoring her.",
             expected: [("Ann Lowe", "“We built this town,”"), ("Tom Ruiz", "“Was that fair, really?”")]),
        Case(text: "“Call me tomorrow,” Ann Lowe said, as her husband cut in: “Bring the photos.”",
             expected: [("Ann Lowe", "“Call me tomorrow,”"), ("her husband", "“Bring the photos.”")]),
        Case(text: "The talks went on for hours. “We are done,” Tom Ruiz said.",
             expected: [("Tom Ruiz", "“We are done,”")]),
    ]

    /// `“…?” Lichtman said about the senator's effort to play down his ties`: an infinitive in the
    /// cue's topic is no clause of its own (``Attributor/topicHoldsClause(_:_:)``).
    static let topicInfinitiveCases: [Case] = [
        Case(text: "“Why would anyone run toward the president?” Lichtman said about the senator's effort to play down his ties.",
             expected: [("Lichtman", "“Why would anyone run toward the president?”")]),
    ]

    /// `released a video that said, “…”`: a message put out speaks for whoever put it out
    /// (``Attributor/messageRelativeSender(ofVerb:floor:)``); a message only cited does not.
    static let messageRelativeCases: [Case] = [
        Case(text: "In selling the courses, Dana Lopez released a video that said, “We will hire the best teachers in the state.”",
             expected: [("Dana Lopez", "“We will hire the best teachers in the state.”")]),
        Case(text: "Dana Lopez issued a statement Monday which said the teachers would be hired.",
             expected: [("Dana Lopez", "the teachers would be hired")]),
        Case(text: "Dana Lopez cited a report that said the teachers would be hired.",
             expected: [("Dana Lopez", "a report that said the teachers would be hired")]),
    ]

    /// `“…,” exhorted the mayor's introducer, actress Jane Doe`: a verb of urging beside a quote.
    static let urgingVerbCases: [Case] = [
        Case(text: "Then came the line of the night: “It is time we had a new mayor,” exhorted the mayor's introducer, actress Jane Doe.",
             expected: [("Jane Doe", "“It is time we had a new mayor,”")]),
    ]

    static let allCases = quoteOnlyPhrasalCases + topicInfinitiveCases + messageRelativeCases + urgingVerbCases
}
