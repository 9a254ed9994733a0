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

    /// A reporting `as` clause with nothing reported after its cue: mid-sentence, when it closes
    /// the main clause, it reports that clause, never the words after it
    /// (``Attributor/asClauseMainClause(verb:subject:first:last:)``); fronted after a sentence
    /// adverb, it reports the clause after it, as it does opening the sentence.
    static let asClauseCases: [Case] = [
        Case(text: "The bridge will close for a year, as the Ledger reported on Tuesday.",
             expected: [("the Ledger", "The bridge will close for a year")]),
        Case(text: "The bridge will close for a year, as the Ledger reported on Tuesday, and the ferry will run instead.",
             expected: [("the Ledger", "The bridge will close for a year")]),
        Case(text: "However, as the Ledger has reported, the cases that led to charges were different.",
             expected: [("the Ledger", "the cases that led to charges were different")]),
        // `as` with a clause of its own after the cue means `while`: the ordinary reading.
        Case(text: "The talks stalled, as the two leaders said the deal was dead.",
             expected: [("the two leaders", "the deal was dead")]),
    ]

    /// `NAME's Ohio state director, NAME, …, writing:`: a name that only modifies the noun after
    /// it gives way to the person's name apposed to that noun
    /// (``Attributor/apposedNameAfterModifier(_:before:)``).
    static let apposedNameAfterModifierCases: [Case] = [
        Case(text: "In early October, Lowe’s Ohio state director, Mike Rubino, reached out to the firm, writing in an email: “We want to use this soon.”",
             expected: [("Mike Rubino", "“We want to use this soon.”")]),
        Case(text: "Weeks later, Lowe’s Ohio field director, Jane Park, called the firm again, saying, “We are ready.”",
             expected: [("Jane Park", "“We are ready.”")]),
    ]

    /// Coordinated verbs share their subject: a bare plural opening the sentence (`People`,
    /// `Voters`) is that subject even when a verb follows it at once
    /// (``MentionFinder/unmarkedPluralHeads``), and inside a subordinate clause opening the
    /// sentence the subject comes after its subordinator, while the clause is open.
    static let coordinatedSubjectCases: [Case] = [
        Case(text: "People come up to me and say, “Hey Ann.”",
             expected: [("People", "“Hey Ann.”")]),
        Case(text: "Voters come up to me and introduce themselves and say, “Hey Ann.”",
             expected: [("Voters", "“Hey Ann.”")]),
        Case(text: "When people come up to me and say, “Hey Ann,” I smile.",
             expected: [("people", "“Hey Ann,”")]),
        Case(text: "When the votes were counted, Lowe stood up and said, “We won.”",
             expected: [("Lowe", "“We won.”")]),
    ]

    /// A full stop whose space was lost (`said.Lowe claimed`) still ends the cue's sentence, so
    /// neither the quote before it nor the claim after it is lost
    /// (``SentenceSplitter/isGluedSentenceEnd(_:dot:end:)``).
    static let gluedSentenceEndCases: [Case] = [
        Case(text: "“The traders have control,” Lowe said.Lowe claimed that she learned this from bankers.",
             expected: [("Lowe", "“The traders have control,”"), ("Lowe", "she learned this from bankers")]),
    ]

    static let allCases = holdingStatementCases + colonSubjectCases + asClauseCases + apposedNameAfterModifierCases
        + coordinatedSubjectCases + gluedSentenceEndCases
}

@Suite struct PeriodNounListTests {
    @Test func periodNounsAreLowerCaseSingleWords() {
        #expect(Attributor.periodNouns.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
        #expect(Attributor.existentialContractions.allSatisfy { $0.hasPrefix("there") })
        #expect(MentionFinder.unmarkedPluralHeads.allSatisfy { $0 == $0.lowercased() && !$0.hasSuffix("s") })
    }
}
