import Testing
@testable import WhosaidModel

/// ``TopicLinks`` agrees with ``mentions(_:in:)``, whether the shared stems of short words
/// (``ShortStemCache``) are new or filled by earlier documents.
struct TopicLinksTests {
    static let statements = [
        "The governments agreed on tariffs.",
        "Our government said the tariff stays.",
        "NATO ministers met the U.N. envoy; the nato talks went on.",
        "Négociations résumed after the strikes.",
        "Nothing was agreed.",
    ]
    static let phrases = ["government", "tariff", "NATO", "négociation", "strike", "agree", "talks", "U.N."]

    static func expected() -> [[Int]] {
        phrases.map { p in statements.indices.filter { mentions(p, in: statements[$0]) } }
    }

    @Test func linksMatchMentionsWithAColdAndAWarmCache() {
        let expected = Self.expected()
        #expect(expected[0] == [0, 1])
        // The first run may fill the shared table; the second reads it.
        for _ in 0..<2 {
            #expect(TopicLinks(statements: Self.statements, phrases: Self.phrases).statementIDs == expected)
        }
    }

    @Test func aLongWordWhoseStemIsShortMeetsTheShortWord() {
        // "governments" (11 letters) stems to "government" (10), which packs: one stem, one id.
        let links = TopicLinks(statements: ["The governments met.", "A government fell."], phrases: ["governments"])
        #expect(links.statementIDs == [[0, 1]])
    }
}
