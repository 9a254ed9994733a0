import Foundation
import Testing
@testable import WhosaidModel

/// A reader's corrections: merges and reassignments applied to the engine's reading, kept in a
/// file of their own, atomically written.
@Suite struct CorrectionsTests {
    static let text = """
    Mayor Ann Pruett and fire chief Tom Reyes toured the bridge on Monday.

    “The bridge will stay closed until spring,” Pruett said.

    “We will rebuild it,” said Ann Pruett's deputy, Ben Ortiz.

    “It is safe for now,” Reyes said.
    """

    @Test func aReassignedStatementTakesTheNamedSpeakerAndAMergeJoinsTwoActors() throws {
        let a = Engine().analyze(text: Self.text)
        #expect(a.actors.map(\.name) == ["Ann Pruett", "Ben Ortiz", "Tom Reyes"])
        var c = Corrections()
        c.reassign(a.statements[2].span, to: "Ann Pruett")
        c.merge("Ben Ortiz", into: "Tom Reyes")
        let fixed = c.applied(to: a)
        #expect(fixed.statements.map { fixed.actor(of: $0)?.name } == ["Ann Pruett", "Tom Reyes", "Ann Pruett"])
        let reyes = try #require(fixed.actors.first { $0.name == "Tom Reyes" })
        #expect(reyes.aliases.contains("Ben Ortiz"))
        #expect(fixed.actors.map(\.statementIDs.count).reduce(0, +) == 3)
        #expect(fixed.actors.enumerated().allSatisfy { $0.offset == $0.element.id })
    }

    @Test func aSpeakerNoActorHasBecomesANewActor() {
        let a = Engine().analyze(text: Self.text)
        var c = Corrections()
        c.reassign(a.statements[0].span, to: "Lia Moss")
        let fixed = c.applied(to: a)
        #expect(fixed.actor(of: fixed.statements[0])?.name == "Lia Moss")
    }

    @Test func theStoreRoundTripsAndReportsAnUnreadableFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-corrections-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = CorrectionsStore(directory: dir)
        let document = Document(name: "bridge.txt", text: Self.text)
        #expect(try store.load(for: document) == Corrections())
        var c = Corrections()
        c.merge("Ben Ortiz", into: "Tom Reyes")
        try store.save(c, for: document)
        #expect(try store.load(for: document) == c)
        // Another article's text has a file of its own.
        #expect(store.url(for: Document(name: "other.txt", text: Self.text + " ")) != store.url(for: document))
        try Data("not json".utf8).write(to: store.url(for: document))
        #expect(throws: CorrectionsError.unreadable(store.url(for: document).path)) { try store.load(for: document) }
    }

    @Test func theStandardStoreLivesInTheUsersDataFolder() {
        #expect(CorrectionsStore.standard(environment: ["XDG_DATA_HOME": "/data"]).directory.path == "/data/whosaid/corrections")
        #expect(CorrectionsStore.standard(environment: ["HOME": "/home/ann"]).directory.path == "/home/ann/.local/share/whosaid/corrections")
    }
}
