@testable import WhosaidModel
import Testing

/// A noun of someone's words before `is`/`was` and a colon, then those words in the writer's
/// own (``ColonParaphraseSieve``): the words' owner speaks the rest of the sentence. Sentences
/// written for these tests.
enum ColonParaphraseShapeTests {
    typealias Case = AttributionGrammarTests.Case

    static let allCases: [Case] = [
        Case(text: "Tom Ortiz spoke last. His message to voters was simple: the city cannot afford the stadium.",
             expected: [("Tom Ortiz", "the city cannot afford the stadium")]),
        Case(text: "Mara Lind's answer was firm: the union will strike on Monday.",
             expected: [("Mara Lind", "the union will strike on Monday")]),
        Case(text: "The message from Mara Lind was clear: the union will strike on Monday.",
             expected: [("Mara Lind", "the union will strike on Monday")]),
        Case(text: "The union's demand is simple: a raise of ten percent for every driver.",
             expected: [("The union", "a raise of ten percent for every driver")]),
        // Words quoted inside the paraphrase make it mixed, not a new statement.
        Case(text: "Mara Lind's reply was short: the offer is “an insult” to drivers.",
             expected: [("Mara Lind", "the offer is “an insult” to drivers")]),
        // Guards: no owner (the writer's own verdict); a quote after the colon (the colon
        // sieve's); too short to be a statement; a colon that introduces no words of anyone's.
        Case(text: "The answer is clear: the city cannot afford the stadium.", expected: []),
        Case(text: "Mara Lind's response was swift: “We will strike.”",
             expected: [("Mara Lind", "“We will strike.”")]),
        Case(text: "Mara Lind's answer was short: no.", expected: []),
        Case(text: "The plan has two parts: a new bridge and a wider road.", expected: []),
    ]
}
