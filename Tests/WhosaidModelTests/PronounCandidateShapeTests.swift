@testable import WhosaidModel
import Testing

/// Pronoun antecedents that were no candidates, so that `he`/`she` fell back to the previous
/// speaker (review of invented non-US news, 2026-12-07, session acc59a): one table per rule,
/// sentences written for the purpose; run by ``AttributionGrammarTests/attribution(_:)`` through
/// ``SpeakerPhraseShapeTests/allCases``.
extension SpeakerPhraseShapeTests {
    /// A verb in -s right after a name that opens its clause, before its object or particle, is
    /// the name's verb, not the head of a compound noun (``NameVerbTagRepair``): the name is the
    /// clause's subject after a fronted adverbial too, and the pronoun after it takes that name
    /// over the speaker before.
    static let verbAfterNameCases59: [Case] = [
        Case(text: "\"It is up to the public,\" Alasdair Reid says.\n\nBack at the jetty, Callum Ferguson ties up the boat. \"My father loved this loch,\" he says.",
             expected: [("Alasdair Reid", "\"It is up to the public,\""), ("Callum Ferguson", "\"My father loved this loch,\"")]),
        Case(text: "\"The road is closed,\" Alasdair Reid says.\n\nAt the harbour, Callum Ferguson checks the nets. \"We lost two this week,\" he says.",
             expected: [("Alasdair Reid", "\"The road is closed,\""), ("Callum Ferguson", "\"We lost two this week,\"")]),
        Case(text: "\"The road is closed,\" Alasdair Reid says.\n\nOn the hill, Marta Olsen locks up her shop. \"Nobody comes any more,\" she says.",
             expected: [("Alasdair Reid", "\"The road is closed,\""), ("Marta Olsen", "\"Nobody comes any more,\"")]),
        // A plural noun after a name, with no object after it, stays a compound's head.
        Case(text: "\"The road is closed,\" Alasdair Reid says.\n\nAt the harbour, the Ferguson boats are idle. \"It is the wind,\" he says.",
             expected: [("Alasdair Reid", "\"The road is closed,\""), ("Alasdair Reid", "\"It is the wind,\"")]),
    ]

    /// The subject of a contact relative on a noun apposed to a sentence (`…, a remark Ines
    /// Castellar finds amusing.`) is a candidate as a clause's subject once its verb reads as
    /// one (``NameVerbTagRepair/objectComplementVerbs``), and outranks a description of unknown
    /// gender that said nothing.
    static let contactRelativeSubjectCases59: [Case] = [
        Case(text: "A critic called the show dull, a remark Ines Castellar finds amusing.\n\n\"He is right,\" she said.",
             expected: [("Ines Castellar", "\"He is right,\"")]),
        Case(text: "A neighbour called the plan reckless, a word Tomas Varga finds insulting.\n\n\"I have lived here for forty years,\" he said.",
             expected: [("Tomas Varga", "\"I have lived here for forty years,\"")]),
    ]

    /// The possessor of a thing's noun that is its sentence's subject (`Castellar's next project
    /// is a song cycle.`) is what the sentence is about: it ranks as a subject
    /// (``PronounSalience/ownsSubject(_:tokens:)``), so the pronoun of the quote after it takes
    /// the possessor over the speaker before. A possessor of a person's noun (`Castellar's agent
    /// said`) or of an object is none.
    static let subjectPossessorCases59: [Case] = [
        Case(text: "The opera is by Ines Castellar. \"I was tired,\" said Yelena Brandt.\n\nCastellar's next project is a song cycle. \"It is about rivers,\" she said.",
             expected: [("Yelena Brandt", "\"I was tired,\""), ("Ines Castellar", "\"It is about rivers,\"")]),
        Case(text: "Composer Ines Castellar's first opera opened on Friday. \"I am done,\" said Yelena Brandt.\n\nCastellar's next project is a song cycle. \"It is about rivers,\" she said.",
             expected: [("Yelena Brandt", "\"I am done,\""), ("Ines Castellar", "\"It is about rivers,\"")]),
        Case(text: "\"The bridge is late,\" said Peter Lund.\n\nGeorge Hale's ferry company has run the crossing since 1990. \"We will carry on,\" he said.",
             expected: [("Peter Lund", "\"The bridge is late,\""), ("George Hale", "\"We will carry on,\"")]),
        // Near misses: the possessed noun is a person's, or the possessive is no subject's.
        Case(text: "\"The bridge is late,\" said Peter Lund.\n\nGeorge Hale's daughter runs the crossing now. \"We will carry on,\" he said.",
             expected: [("Peter Lund", "\"The bridge is late,\""), ("Peter Lund", "\"We will carry on,\"")]),
        Case(text: "\"The bridge is late,\" said Peter Lund.\n\nThe council read George Hale's letter aloud. \"We will carry on,\" he said.",
             expected: [("Peter Lund", "\"The bridge is late,\""), ("Peter Lund", "\"We will carry on,\"")]),
    ]

    static let acc59aCases = verbAfterNameCases59 + contactRelativeSubjectCases59 + subjectPossessorCases59
}
