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

    /// `someone shouted, “Cruz,” Beck joked, “Amen!”`: a quote between two cues that each lead the
    /// quote after them is the first cue's (``Attributor/standsBetweenLeadingCues(quote:nextCue:)``);
    /// a quote split by one cue stays whole with it.
    static let successiveLeadingCueCases: [Case] = [
        Case(text: "When someone in the audience shouted, “Cruz,” Beck joked, again using a thick accent, “Amen, brother!”",
             expected: [("someone in the audience", "“Cruz,”"), ("Beck", "“Amen, brother!”")]),
        Case(text: "When Ann Lowe shouted, “Cruz,” Tom Ruiz answered, “Amen, brother!”",
             expected: [("Ann Lowe", "“Cruz,”"), ("Tom Ruiz", "“Amen, brother!”")]),
        Case(text: "“Go home,” Tom Ruiz said, “and rest.”",
             expected: [("Tom Ruiz", "“Go home,”"), ("Tom Ruiz", "“and rest.”")]),
    ]

    /// `Then someone said…`, `someone in the crowd shouted`: `someone` is a bare head that speaks,
    /// as `everyone` is, after an adverb opening the sentence too (``MentionFinder/bareHeads``).
    static let indefiniteSpeakerCases: [Case] = [
        Case(text: "Then someone said the vote was rigged.", expected: [("someone", "the vote was rigged")]),
        Case(text: "Someone in the crowd shouted, “Liar!”", expected: [("Someone in the crowd", "“Liar!”")]),
    ]

    /// `In a long, in-prison interview with NAME last year, Lazar said… and added, “…”`: a comma
    /// between two modifiers of one noun does not end the introduction
    /// (``Attributor/joinsNounModifiers(comma:)``), so the name inside it is not the subject.
    static let coordinateModifierIntroductionCases: [Case] = [
        Case(text: "In a long, in-prison interview with journalist Tom Reyes last year, Lazar said he welcomed the trial and added, “I will plead guilty.”",
             expected: [("Lazar", "he welcomed the trial"), ("Lazar", "“I will plead guilty.”")]),
    ]

    /// `sent out a text message to supporters saying: “…”`: the message's addressee stands between
    /// it and the participle (``Attributor/beforeAddressee(_:first:)``); the sender speaks.
    static let messageAddresseeCases: [Case] = [
        Case(text: "Before the results came in, the campaign sent out a text message to supporters saying: “We just won in Ohio!”",
             expected: [("the campaign", "“We just won in Ohio!”")]),
    ]

    static let allCases = quoteOnlyPhrasalCases + topicInfinitiveCases + messageRelativeCases + urgingVerbCases
        + successiveLeadingCueCases + indefiniteSpeakerCases + coordinateModifierIntroductionCases + messageAddresseeCases
}
