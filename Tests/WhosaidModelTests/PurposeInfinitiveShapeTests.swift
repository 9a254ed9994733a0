@testable import WhosaidModel
import Testing

/// A reporting verb in the infinitive of purpose after a verb of taking an occasion
/// (``Attributor/occasionVerb(beforePurposeTo:floor:)``): the occasion verb's subject speaks.
/// Sentences written for these tests.
enum PurposeInfinitiveShapeTests {
    typealias Case = AttributionGrammarTests.Case

    static let allCases: [Case] = [
        Case(text: "Reyes used the speech to warn that taxes would rise.",
             expected: [("Reyes", "taxes would rise")]),
        Case(text: "Senator Ana Pruett went on television to argue that the plan would fail.",
             expected: [("Ana Pruett", "the plan would fail")]),
        Case(text: "Mara Lind held a news conference in the capital to announce that she would run again.",
             expected: [("Mara Lind", "she would run again")]),
        // A time between the occasion's object and its infinitive; an addressee after the verb.
        Case(text: "Tom Reyes took to Twitter on Sunday to say that the budget was a fraud.",
             expected: [("Tom Reyes", "the budget was a fraud")]),
        Case(text: "The mayor went to the harbor to tell fishermen that help was coming.",
             expected: [("The mayor", "help was coming")]),
        Case(text: "The union issued a statement late Friday to insist that the strike would go on.",
             expected: [("The union", "the strike would go on")]),
        // Guards: an object that may be the infinitive's agent; wording, not speech; an
        // expletive `it`.
        Case(text: "Reyes sent aides to tell reporters that he was ill.", expected: []),
        Case(text: "The coach used a slur to describe the referee.", expected: []),
        Case(text: "If it takes this long to announce that the school will close, parents will leave.", expected: []),
        // An expletive `it` behind an auxiliary; an object that speaks (`use` needs an occasion
        // as its object); a passive and a reduced relative; a sign read, not speech; a relative
        // clause's subject is left to the relative-clause rules.
        Case(text: "It could take weeks to confirm that the victim was a local man.", expected: []),
        Case(text: "The gang used children to tell police that the house was empty.", expected: []),
        Case(text: "The speech was used by the minister to warn that taxes would rise.", expected: []),
        Case(text: "The figures used by the minister to claim that crime had fallen were wrong.", expected: []),
        Case(text: "Investors took the data to suggest that inflation had peaked.", expected: []),
        Case(text: "Shares rose sharply on Monday to suggest that investors expected a deal.", expected: []),
        Case(text: "Tom Reyes took the opportunity to argue that the levy was unfair.",
             expected: [("Tom Reyes", "the levy was unfair")]),
    ]
}
