import Testing
@testable import WhosaidModel

@Suite struct SearchStemmerTests {
    @Test func inflectionsShareAStem() {
        let groups: [[String]] = [
            ["negotiations", "negotiation", "Negotiation’s"],
            ["talks", "talk", "talked"],
            ["policies", "policy", "policy’s"],
            ["stopped", "stop", "stops"],
            ["negotiate", "negotiated", "negotiates"],
            ["agree", "agreed", "agrees"],
            ["meetings", "meeting"],
            ["Korea’s", "Korea"],
            ["watches", "watch"],
        ]
        for group in groups {
            let stems = Set(group.map(Stemmer.stem))
            #expect(stems.count == 1, "\(group) -> \(stems)")
        }
    }

    @Test func nonInflectionsStayApart() {
        #expect(Stemmer.stem("negotiation") != Stemmer.stem("negotiate"))
        #expect(Stemmer.stem("news") != Stemmer.stem("new"))
        #expect(Stemmer.stem("meetings") != Stemmer.stem("meet"))
        #expect(Stemmer.stem("status") == "status")
        #expect(Stemmer.stem("analysis") == "analysis")
        #expect(Stemmer.stem("class") == "class")
        #expect(Stemmer.stem("bus") == "bus")
        #expect(Stemmer.stem("thing") == "thing")
        #expect(Stemmer.stem("2") == "2")
    }

    @Test func phrasesAreMentionedWithInflections() {
        #expect(mentions("official negotiation", in: "could lead back to official negotiations"))
        #expect(mentions("Track 2 talks", in: "what are commonly called Track 2 talk."))
        #expect(mentions("nuclear program", in: "North Korea’s nuclear programs"))
        #expect(!mentions("nuclear program", in: "a nuclear weapons program"))
        #expect(!mentions("nuclear", in: "no sign of denuclearization"))
        #expect(!mentions("", in: "anything"))
    }
}

@Suite struct SearchAcronymTests {
    @Test func acronymsMatchOnlyAcronyms() {
        #expect(!mentions("U.S.", in: "let us talk"))
        #expect(mentions("us", in: "the U.S. government"), "a lower-case word finds the acronym too")
        #expect(mentions("U.S. government", in: "what the U.S. government did"))
        #expect(mentions("US government", in: "what the U.S. government did"))
        #expect(mentions("EPA", in: "the EPA’s new rules"))
        #expect(mentions("super PAC", in: "two super PACs"))
        #expect(mentions("nato", in: "NATO allies"))
        #expect(!mentions("NATO", in: "the nato summit"), "an acronym finds only acronyms")
    }

    @Test func acronymShapes() {
        func check(_ w: String) -> Bool { StemMatching.isAcronym(Array(w.unicodeScalars)[...]) }
        #expect(check("U.S") && check("NATO") && check("PACs") && check("EPA’s"))
        #expect(!check("I") && !check("Korea") && !check("Us") && !check("MacBook"))
    }
}
