@testable import WhosaidModel

/// Wrong speakers that a read of PolNeAR train's misattributed statements found (session of
/// 2026-12-07, speaker53): one table per rule, sentences written for the purpose; run with the
/// other ``SpeakerPhraseShapeTests`` tables.
extension SpeakerPhraseShapeTests {
    /// `A June poll showed that most voters…`: `show` reports the that-clause right after it
    /// (``Attributor/thatClauseCues``), so the poll or the records speak, not the voters the
    /// clause counts; a bare object (`showed the visitors the harbour`) is no statement.
    static let shownFindingCases: [Case] = [
        Case(text: "A Bixby poll in June showed that 72 percent of voters said the tax bothered them.",
             expected: [("A Bixby poll in June", "72 percent of voters said the tax bothered them")]),
        Case(text: "Court records show that the firm paid the fine twice.",
             expected: [("Court records", "the firm paid the fine twice")]),
        Case(text: "The guide showed the visitors the old harbour.", expected: []),
    ]

    /// `Ann Lee attacked Bo Diaz, with whom she clashed, calling him “a loser.”`: the phrase read
    /// back from a labelling participle after a comma is a verb's object, never the participle's
    /// subject (``Attributor/isVerbObjectBeforeCommaParticiple(_:first:)``); the clause's subject
    /// labels. A subject with its own apposition still labels, and so does a sender of a letter
    /// whose addressee's name is set off by commas.
    static let verbObjectBeforeCommaParticipleCases: [Case] = [
        Case(text: "Ann Lee also attacked Bo Diaz, with whom she clashed at the debate, calling him “a loser.”",
             expected: [("Ann Lee", "him “a loser.”")]),
        // The tagger reads the verb as an adjective before a noun (`attacked billionaire`).
        Case(text: "Ann Lee also attacked billionaire Bo Diaz, with whom she clashed at the debate, calling him “a loser.”",
             expected: [("Ann Lee", "him “a loser.”")]),
        Case(text: "Ann Lee attacked Bo Diaz, the former mayor, calling him “a fraud.”",
             expected: [("Ann Lee", "him “a fraud.”")]),
        Case(text: "Ann Lee attacked Bo Diaz, calling him “a loser.”", expected: [("Ann Lee", "him “a loser.”")]),
        Case(text: "Mayor Ann Lee, calling the plan “a disgrace,” left the room.",
             expected: [("Ann Lee", "the plan “a disgrace,”")]),
        Case(text: "The board sent a letter to its chair, Lee Ortiz, calling the plan “a mess.”",
             expected: [("The board", "the plan “a mess.”")]),
    ]

    /// `Vance fears that the plant will close, citing…`: a participle after the comma that closes
    /// a verb's that-clause complement goes with the verb's subject
    /// (``Attributor/opensComplementClause(of:at:)``), not the complement's; a clause a
    /// subordinator opens keeps it (`until students interrupted her, shouting…`).
    static let complementClauseParticipleCases: [Case] = [
        Case(text: "Vance fears that the plant will close, citing the loss of two contracts.",
             expected: [("Vance", "the loss of two contracts")]),
        Case(text: "Hale hopes that the focus on Dover could produce a good outcome for the city, pointing to the sale of some city land.",
             expected: [("Hale", "the sale of some city land")]),
        Case(text: "Ruiz spoke until students interrupted her, shouting that she should resign.",
             expected: [("students", "she should resign")]),
    ]
}
