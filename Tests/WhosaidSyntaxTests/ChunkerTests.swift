import Testing
@testable import WhosaidModel
@testable import WhosaidSyntax

/// Chunk patterns over given tags (no model involved), then over the tagger's own output.
@Suite struct ChunkerTests {
    /// Chunks of `pairs` ("word/TAG" each) as "KIND:word word".
    func chunks(_ pairs: String) -> [String] {
        let items = pairs.split(separator: " ").map { $0.split(separator: "/").map(String.init) }
        let words = items.map { $0[0].lowercased() }
        let tags = items.map { UPOS(name: $0[1])! }
        return Chunker.chunks(tags: tags, words: words).map { c in
            "\(c.kind.rawValue):" + c.range.map { items[$0][0] }.joined(separator: " ")
        }
    }

    @Test(arguments: [
        ("the/DET former/ADJ ambassador/NOUN", "NP:the former ambassador"),
        ("Bill/PROPN de/PROPN Blasio/PROPN", "NP:Bill de Blasio"),
        ("Bill/PROPN de/ADP Blasio/PROPN", "NP:Bill de Blasio"),
        ("Osama/PROPN bin/X Laden/PROPN", "NP:Osama bin Laden"),
        ("Secretary/PROPN of/ADP State/PROPN John/PROPN Kerry/PROPN", "NP:Secretary of State John Kerry"),
        ("Ortiz/PROPN 's/PART fire/NOUN chief/NOUN", "NP:Ortiz 's fire chief"),
        ("his/PRON wife/NOUN", "NP:his wife"),
        ("the/DET growing/VERB security/NOUN fears/NOUN", "NP:the growing security fears"),
        ("a/DET very/ADV senior/ADJ official/NOUN", "NP:a very senior official"),
    ])
    func nounPhrases(_ input: String, _ expected: String) {
        #expect(chunks(input).first == expected)
    }

    @Test func particlesOutsideTheParticleListDoNotJoinNames() {
        #expect(chunks("Osama/PROPN bin/PROPN Laden/PROPN") == ["NP:Osama bin Laden"])
        #expect(chunks("Paris/PROPN at/ADP Rome/PROPN") == ["NP:Paris", "NP:Rome"])
    }

    @Test(arguments: [
        ("has/AUX not/PART yet/ADV said/VERB", "VG:has not yet said"),
        ("tried/VERB to/PART argue/VERB", "VG:tried to argue"),
        ("was/AUX quoted/VERB as/SCONJ saying/VERB", "VG:was quoted as saying"),
        ("will/AUX be/AUX closed/VERB", "VG:will be closed"),
        ("is/AUX", "VG:is"),
    ])
    func verbGroups(_ input: String, _ expected: String) {
        #expect(chunks(input) == [expected])
    }

    @Test func appositionAndCoordination() {
        let c = chunks("Tom/PROPN Reyes/PROPN ,/PUNCT the/DET fire/NOUN chief/NOUN ,/PUNCT said/VERB")
        #expect(c.contains("APPOS:Tom Reyes , the fire chief"))
        let d = chunks("Ann/PROPN Pruett/PROPN and/CCONJ Tom/PROPN Reyes/PROPN said/VERB")
        #expect(d.contains("COORD:Ann Pruett and Tom Reyes"))
        // A list of places is no apposition: its second part is a name, not a role.
        #expect(!chunks("Ohio/PROPN ,/PUNCT Iowa/PROPN ,/PUNCT said/VERB").contains { $0.hasPrefix("APPOS") })
    }

    @Test func appositionRoleRunsThroughPrepositionalPhrases() {
        let c = chunks("Mara/PROPN Lind/PROPN ,/PUNCT the/DET editor/NOUN of/ADP the/DET paper/NOUN ,/PUNCT wrote/VERB")
        #expect(c.contains("APPOS:Mara Lind , the editor of the paper"))
    }

    @Test func clauseStartsAtSubordinatorsRelativesAndCoordinatedClauses() {
        let items = "Ortiz/PROPN vowed/VERB to/PART cut/VERB taxes/NOUN while/SCONJ promising/VERB more/ADJ ,/PUNCT and/CCONJ Democrats/PROPN said/VERB no/INTJ"
            .split(separator: " ").map { $0.split(separator: "/").map(String.init) }
        let starts = Chunker.clauseStarts(tags: items.map { UPOS(name: $0[1])! }, words: items.map { $0[0].lowercased() })
        #expect(starts == [5, 9])
    }

    @Test func taggedArticleChunksASpeakerAndItsCue() {
        let s = Engine().tagged(Document(name: "t", text: "The bridge will be closed for a year, Mayor Ann Pruett said Wednesday."))[0]
        let text = s.chunks.map { c in "\(c.kind.rawValue):" + s.words[c.range].map(\.text).joined(separator: " ") }
        #expect(text.contains("NP:Mayor Ann Pruett"))
        #expect(text.contains("VG:said"))
    }
}
