@testable import WhosaidModel
import Testing

/// Pronoun antecedents that a reader of invented news found wrong (2026-12-07, session acc58a):
/// one table per rule, sentences written for the purpose; run by
/// ``AttributionGrammarTests/attribution(_:)`` through ``SpeakerPhraseShapeTests/allCases``.
extension SpeakerPhraseShapeTests {
    /// A definite role description that no one named holds, the subject of a sentence after the
    /// previous statement, is the pronoun's antecedent when gender allows
    /// (``ActorBuilder/bringsInUnheldRole(_:holders:)``, ``PronounSalience/newRoleSubject``); a
    /// role someone named holds, an object, or a noun of the other gender leaves the earlier speaker.
    static let newRoleSubjectCases58: [Case] = [
        Case(text: "Senator Ruth Kell said the plan was sound. The agriculture minister hit back. \"Nonsense,\" she said.",
             expected: [("Ruth Kell", "the plan was sound"), ("The agriculture minister", "\"Nonsense,\"")]),
        Case(text: "Senator Ruth Kell said the plan was sound. The county commissioner was less sure. She said the costs would double.",
             expected: [("Ruth Kell", "the plan was sound"), ("The county commissioner", "the costs would double")]),
        Case(text: "\"We will rebuild,\" Tom Reyes said. The fire chief shook his head. \"It will take years,\" he said.",
             expected: [("Tom Reyes", "\"We will rebuild,\""), ("The fire chief", "\"It will take years,\"")]),
        // An object description does not take the pronoun from the subject who spoke.
        Case(text: "Senator Ruth Kell met the agriculture minister on Monday. \"It went well,\" she said.",
             expected: [("Ruth Kell", "\"It went well,\"")]),
        // A role the speaker holds takes her up.
        Case(text: "Senator Ruth Kell said the plan was sound. The senator later hit back at her critics. \"Nonsense,\" she said.",
             expected: [("Ruth Kell", "the plan was sound"), ("Ruth Kell", "\"Nonsense,\"")]),
        // A noun of the other gender keeps the earlier speaker.
        Case(text: "Senator Ruth Kell said the plan was sound. The congressman hit back. \"Nonsense,\" she said.",
             expected: [("Ruth Kell", "the plan was sound"), ("Ruth Kell", "\"Nonsense,\"")]),
    ]

    /// `The widow of one of the workers, Carla Dean, sat…`: a partitive `of` after a number or
    /// quantifier stays inside the opening noun phrase, so the apposed name is the subject
    /// (``PronounSalience/isPartitiveOf(_:tokens:)``); after a noun of a thing (`A letter from
    /// one of the workers, NAME,`) the name is no subject and the previous speaker keeps the pronoun.
    static let partitiveApposedSubjectCases58: [Case] = [
        Case(text: "Senator Ruth Kell said the plant was safe. The widow of one of the workers, Carla Dean, sat in the front row. She said the company had lied.",
             expected: [("Ruth Kell", "the plant was safe"), ("Carla Dean", "the company had lied")]),
        Case(text: "Senator Ruth Kell said the plant was safe. One of the nurses, Carla Dean, sat in the front row. She said the company had lied.",
             expected: [("Ruth Kell", "the plant was safe"), ("Carla Dean", "the company had lied")]),
        Case(text: "Senator Ruth Kell said the plant was safe. A letter from one of the workers, Carla Dean, was read aloud. She said the company would pay.",
             expected: [("Ruth Kell", "the plant was safe"), ("Ruth Kell", "the company would pay")]),
    ]

    /// `They` takes a group of people that a coordinator opens the sentence before
    /// (``Attributor/subjectSearchStart(_:before:)``), or that is the subject of its own
    /// sentence's first clause (``Attributor/ownSentenceGroupSubject(ofSentence:before:)``);
    /// `she` never takes a group.
    static let pluralGroupAntecedentCases58: [Case] = [
        Case(text: "Mayor Ann Pruett said the water was clean. But residents are not convinced. They say the water still smells.",
             expected: [("Ann Pruett", "the water was clean"), ("residents", "the water still smells")]),
        Case(text: "Mayor Ann Pruett said the water was clean. And the farmers agree. They say the wells are fine.",
             expected: [("Ann Pruett", "the water was clean"), ("the farmers", "the wells are fine")]),
        Case(text: "Mayor Ann Pruett said the water was clean. Residents are not convinced, and they say the water still smells.",
             expected: [("Ann Pruett", "the water was clean"), ("Residents", "the water still smells")]),
        // A capitalised plural noun of people read as a name is a group before a plural verb
        // (``Attributor/peopleNounPluralBeforePluralVerb(_:verb:)``).
        Case(text: "Mayor Ann Pruett said the water was clean. Nurses have complained for years. They say the wards are understaffed.",
             expected: [("Ann Pruett", "the water was clean"), ("Nurses", "the wards are understaffed")]),
        Case(text: "Mayor Ann Pruett said the water was clean. Residents are not convinced. She said tests are run daily.",
             expected: [("Ann Pruett", "the water was clean"), ("Ann Pruett", "tests are run daily")]),
    ]

    /// `The dough rests overnight, she explains, and nothing is rushed.`: a verb the tagger read
    /// as a noun still makes the words before a parenthetical cue a clause
    /// (``Attributor/holdsNounTaggedPresentVerb(_:_:)``): two statements, the second with its `and`.
    static let nounTaggedVerbBeforeCoordinatedCueCases58: [Case] = [
        Case(text: "Maria Lopez runs a small bakery in Dunmore.\n\nThe dough rests overnight, she explains, and nothing is rushed.",
             expected: [("Maria Lopez", "The dough rests overnight"), ("Maria Lopez", "and nothing is rushed")]),
        Case(text: "Maria Lopez runs a small bakery in Dunmore.\n\nThe oven heats slowly, Lopez said, and the loaves bake for an hour.",
             expected: [("Maria Lopez", "The oven heats slowly"), ("Maria Lopez", "and the loaves bake for an hour")]),
        // Without the coordinated clause the sentence was read already.
        Case(text: "Maria Lopez runs a small bakery in Dunmore.\n\nThe dough rests overnight, she explains.",
             expected: [("Maria Lopez", "The dough rests overnight")]),
    ]

    static let acc58aCases = newRoleSubjectCases58 + partitiveApposedSubjectCases58 + pluralGroupAntecedentCases58
        + nounTaggedVerbBeforeCoordinatedCueCases58
}
