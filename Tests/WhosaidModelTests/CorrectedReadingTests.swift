import Foundation
import Testing
@testable import WhosaidModel

/// Corrections name actors, and linking role descriptions joins "the mayor" to Ann Pruett: a
/// correction made on one reading is applied on the other only when it names the same statements
/// there; otherwise the article is read as the corrections were made, and nothing is misapplied.
@Suite struct CorrectedReadingTests {
    static let document = Document(name: "bridge.txt", text: """
        Mayor Ann Pruett opened the bridge on Friday.

        “We are proud of it,” Pruett said.

        “It took nine years,” the mayor said.

        “The toll stays,” said Tom Reyes.
        """)

    static func options(linking: Bool) -> Engine.Options {
        var options = Engine.Options()
        options.linkRoleDescriptions = linking
        return options
    }

    @Test func theTwoReadingsDifferInWhoSaidNineYears() {
        let literal = Engine(options: Self.options(linking: false)).analyze(Self.document)
        let linked = Engine(options: Self.options(linking: true)).analyze(Self.document)
        #expect(literal.speaker(of: "nine years") == "the mayor")
        #expect(linked.speaker(of: "nine years") == "Ann Pruett")
        #expect(literal.speaker(of: "proud") == "Ann Pruett" && linked.speaker(of: "proud") == "Ann Pruett")
    }

    @Test func aMergeOfALinkedSpeakerMadeOnTheLiteralReadingKeepsThatReading() {
        var c = Corrections()
        c.merge("Ann Pruett", into: "Tom Reyes")
        let reading = CorrectedReading(document: Self.document, corrections: c, options: Self.options(linking: true))
        #expect(reading.keptCorrectionsReading)
        #expect(!reading.linksRoles)
        let fixed = reading.corrected
        // As the reader saw it: Pruett's own words went to Reyes, the mayor's stayed the mayor's.
        #expect(fixed.speaker(of: "proud") == "Tom Reyes")
        #expect(fixed.speaker(of: "nine years") == "the mayor")
    }

    @Test func aMergeOfALinkedSpeakerMadeOnTheLinkedReadingKeepsThatReading() {
        var c = Corrections()
        c.madeLinkingRoles = true
        c.merge("Ann Pruett", into: "Tom Reyes")
        let reading = CorrectedReading(document: Self.document, corrections: c, options: Self.options(linking: false))
        #expect(reading.keptCorrectionsReading)
        #expect(reading.linksRoles)
        // Both of her statements, the mayor's too, are Reyes's, as the reader made them.
        #expect(reading.corrected.speaker(of: "proud") == "Tom Reyes")
        #expect(reading.corrected.speaker(of: "nine years") == "Tom Reyes")
    }

    @Test func correctionsThatNameNoLinkedSpeakerFitTheOtherReading() {
        let literal = Engine(options: Self.options(linking: false)).analyze(Self.document)
        var c = Corrections()
        c.reassign(literal.statement(containing: "toll")!.span, to: "Lia Moss")
        let reading = CorrectedReading(document: Self.document, corrections: c, options: Self.options(linking: true))
        #expect(!reading.keptCorrectionsReading)
        #expect(reading.linksRoles)
        #expect(reading.corrections.madeLinkingRoles)
        #expect(reading.corrected.speaker(of: "toll") == "Lia Moss")
        #expect(reading.corrected.speaker(of: "nine years") == "Ann Pruett")
    }

    @Test func correctionsOnTheirOwnReadingApplyAndNoneTakeTheReadingAskedFor() {
        var c = Corrections()
        c.merge("Ann Pruett", into: "Tom Reyes")
        let literal = CorrectedReading(document: Self.document, corrections: c, options: Self.options(linking: false))
        #expect(!literal.keptCorrectionsReading && !literal.linksRoles)
        #expect(literal.corrected.speaker(of: "proud") == "Tom Reyes")
        let none = CorrectedReading(document: Self.document, corrections: Corrections(), options: Self.options(linking: true))
        #expect(!none.keptCorrectionsReading)
        #expect(none.corrections.madeLinkingRoles)
        #expect(none.corrected.speaker(of: "nine years") == "Ann Pruett")
    }

    @Test func aFileSavedBeforeTheReadingWasRecordedIsTheLiteralOnesAndTheReadingRoundTrips() throws {
        let old = Data(#"{"merges":[{"actor":"Ann Pruett","into":"Tom Reyes"}],"reassignments":[],"version":1}"#.utf8)
        let decoded = try JSONDecoder().decode(Corrections.self, from: old)
        #expect(!decoded.madeLinkingRoles)
        #expect(decoded.merges == [Corrections.Merge(actor: "Ann Pruett", into: "Tom Reyes")])
        var linked = decoded
        linked.madeLinkingRoles = true
        #expect(try JSONDecoder().decode(Corrections.self, from: JSONEncoder().encode(linked)).madeLinkingRoles)
    }
}
