@testable import WhosaidModel
import Testing

/// Pronoun antecedents that a reader of invented news found wrong (2026-12-07, session acc58a):
/// one table per rule, sentences written for the purpose; run by
/// ``AttributionGrammarTests/attribution(_:)`` through ``SpeakerPhraseShapeTests/allCases``.
extension SpeakerPhraseShapeTests {
    /// one of the workers, NAME,`) the name is no subject and the previous speaker keeps the pronoun.
    static let partitiveApposedSubjectCases58: [Case] = [
        Case(text: "Senator Ruth Kell said the plant was safe. The widow of one of the workers, Carla Dean, sat in the front row. She said the company had lied.",
             expected: [("Ruth Kell", "the plant was safe"), ("Carla Dean", "the company had lied")]),
        Case(text: "Senator Ruth Kell said the plant was safe. One of the nurses, Carla Dean, sat in the front row. She said the company had lied.",
             expected: [("Ruth Kell", "the plant was safe"), ("Carla Dean", "the company had lied")]),
        Case(text: "Senator Ruth Kell said the plant was safe. A letter from one of the workers, Carla Dean, was read aloud. She said the company would pay.",
             expected: [("Ruth Kell", "the plant was safe"), ("Ruth Kell", "the company would pay")]),
    ]


    static let acc58aCases = partitiveApposedSubjectCases58
}
