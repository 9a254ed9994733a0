import Testing
@testable import WhosaidModel

@Suite struct SearchMatchingTests {
    @Test func foldingIgnoresCaseAccentsAndPunctuation() {
        #expect("Délury".folded == "delury")
        #expect("ÉVANS  Révère".folded == "evans revere")
        #expect("Richey-Allen".folded == "richey allen")
        #expect("U.S. officials".folded == "us officials")
        #expect("Leon V. Sigal".folded == "leon v sigal")
        #expect("North Korea’s program".folded == "north koreas program")
        #expect("Straße Łódź Øre".folded == "strasse lodz ore")
        #expect("  “quoted,” ".folded == "quoted")
    }

    @Test func substringsAndWordPrefixesMatch() {
        #expect(matches(query: "sig", in: "Leon V. Sigal"))
        #expect(matches(query: "delu", in: "John Delury"))
        #expect(matches(query: "yonsei", in: "a professor at Yonsei University in Seoul"))
        #expect(matches(query: "richey", in: "Anna Richey-Allen"))
        #expect(matches(query: "state dep", in: "a former State Department policy official"))
        #expect(matches(query: "STATE   DEP", in: "the State Department’s East Asia bureau"))
    }

    @Test func accentsMatchEitherWay() {
        #expect(matches(query: "delury", in: "John Délury"))
        #expect(matches(query: "délu", in: "John Delury"))
        #expect(matches(query: "Muller", in: "Thomas Müller"))
    }

    @Test func midWordMatchesOnlyAsOneContiguousPiece() {
        // A single fragment may sit inside a word.
        #expect(matches(query: "igal", in: "Leon V. Sigal"))
        #expect(matches(query: "tate dep", in: "State Department"))
        // Separate words must each start a word of the text, in any order.
        #expect(matches(query: "dep state", in: "State Department"))
        #expect(matches(query: "richey anna", in: "Anna Richey-Allen"))
        #expect(!matches(query: "tate partment", in: "State Department"))
        #expect(!matches(query: "state xyz", in: "State Department"))
        #expect(!matches(query: "sigal", in: "Leon V. Sig"))
    }

    @Test func emptyQueryMatchesEverything() {
        #expect(matches(query: "", in: "anything"))
        #expect(matches(query: "  - ", in: ""))
        #expect(SearchQuery(" ").isEmpty)
        #expect(!matches(query: "a", in: ""))
    }

    @Test func matchRangesPointAtTheOriginalText() {
        let text = "John Délury, at Yonsei"
        #expect(SearchQuery("delu").matchRanges(in: text) == [5..<9])
        #expect(SearchQuery("yonsei").matchRanges(in: text) == [16..<22])
        let words = "the State Department and the state"
        #expect(SearchQuery("dep st").matchRanges(in: words) == [4..<6, 10..<13, 29..<31])
        #expect(SearchQuery("zzz").matchRanges(in: text).isEmpty)
        #expect(SearchQuery("").matchRanges(in: text).isEmpty)
    }

    @Test func actorsMatchByNameAliasOrRole() {
        let actor = Actor(
            id: 0, name: "John Delury", aliases: ["Delury", "Mr. Delury"],
            roles: ["a professor at Yonsei University in Seoul"], kind: .person)
        #expect(actor.matches(query: "delu"))
        #expect(actor.matches(query: "mr del"))
        #expect(actor.matches(query: "yonsei"))
        #expect(actor.matches(query: "professor seoul"))
        #expect(actor.matches(query: ""))
        #expect(!actor.matches(query: "sigal"))
    }
}
