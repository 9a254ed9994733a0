import Foundation
import Testing
@testable import WhosaidModel

/// Descriptions quoted again and again (`“We won,” said the mayor of Easton.`, `… said the 12
/// mayors.`) must cost linear time and give output linear in the input: one actor's aliases were
/// repeated at every one of its statements, and each description was compared with every
/// earlier one with its head.
@Suite struct DescriptionActorsLinearTests {
    /// Invented lower-case words, distinct for `i` ("bakomi", "dakomi", …).
    static func word(_ i: Int) -> String {
        let syllables = ["ba", "do", "ki", "lu", "me", "no", "pi", "ra", "su", "te"]
        var n = i, w = ""
        repeat { w += syllables[n % 10]; n /= 10 } while n > 0
        return w + "mi"
    }

    /// Paragraphs of `“We won,” said the <description i>.`
    static func text(_ count: Int, _ description: (Int) -> String) -> String {
        (0..<count).map { "“We won,” said the \(description($0)).\n\n" }.joined()
    }

    /// Largest ratio of JSON sizes for `growth` times the paragraphs: linear output gives about
    /// `growth`, one actor's aliases repeated at each of its statements `growth²`.
    static let maxJSONGrowth = 1.5 * Double(LinearTimeTests.growth)

    /// Descriptions, each distinct by `i`.
    enum Family: String, CaseIterable, Sendable {
        case placeAfterTheHead, lowerCaseComplement, adjectiveBeforeTheHead, countedHeads

        func phrase(_ i: Int) -> String {
            switch self {
            case .placeAfterTheHead: "mayor of \(DescriptionActorsLinearTests.word(i).capitalized)"
            case .lowerCaseComplement: "director of \(DescriptionActorsLinearTests.word(i))"
            // An adjective's ending: an invented noun before the head would classify it
            // (``DescriptionClassifier``), each a mayor of its own.
            case .adjectiveBeforeTheHead: "\(DescriptionActorsLinearTests.word(i))ous mayor"
            case .countedHeads: "\(i + 10) mayors"
            }
        }
    }

    @Test(arguments: Family.allCases)
    func jsonStaysLinear(_ family: Family) {
        func jsonBytes(_ paragraphs: Int) -> Int {
            let analysis = Engine().analyze(text: Self.text(paragraphs, family.phrase), name: "descriptions")
            #expect(analysis.statements.count == paragraphs, "\(family.rawValue)")
            return AnalysisJSON.line(analysis, id: "descriptions").count
        }
        let small = jsonBytes(1_000), large = jsonBytes(1_000 * LinearTimeTests.growth)
        #expect(Double(large) / Double(small) < Self.maxJSONGrowth, "\(family.rawValue): \(small) bytes of JSON, then \(large)")
    }

    @Test(arguments: [Family.placeAfterTheHead, .countedHeads])
    func timeStaysLinear(_ family: Family) {
        let small = Self.text(1_000, family.phrase), large = Self.text(1_000 * LinearTimeTests.growth, family.phrase)
        let smallSeconds = max(LinearTimeTests.floorSeconds, min(LinearTimeTests.seconds(small), LinearTimeTests.seconds(small)))
        let largeSeconds = min(LinearTimeTests.seconds(large), LinearTimeTests.seconds(large))
        #expect(largeSeconds / smallSeconds < LinearTimeTests.maxRatio, "\(family.rawValue): \(smallSeconds) s, then \(largeSeconds) s")
    }

    @Test func aStatementListsABoundedNumberOfAliases() throws {
        let analysis = Engine().analyze(text: Self.text(100) { "\(Self.word($0))ous mayor" }, name: "aliases")
        let actor = try #require(analysis.actors.first)
        #expect(actor.aliases.count > AnalysisJSON.maxSpeakerAliases)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(AnalysisJSON.line(analysis, id: "a"))) as? [String: Any])
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect((quotes.first?["speaker_aliases"] as? [String])?.count == AnalysisJSON.maxSpeakerAliases)
        #expect((actors.first?["aliases"] as? [String])?.count == actor.aliases.count)
    }
}
