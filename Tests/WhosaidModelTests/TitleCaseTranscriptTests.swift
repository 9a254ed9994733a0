import Testing
@testable import WhosaidModel

/// Transcript turns under labels in title case (``Attributor/titleCaseTranscriptLabel(at:last:)``):
/// only in a document where two speakers or more open turns and each is named outside them.
struct TitleCaseTranscriptTests {
    static let interview = """
        Sara Lind, the housing minister, spoke to Tom Reyes of the Gazette.

        Reyes: You have called for a ban on building near rivers. Why now?

        Lind: Because the floods are getting worse. We have built 4,000 homes on floodplains.

        Reyes: Will the ban hurt builders?

        Lind: Not at all. They will build elsewhere.
        """

    @Test func turnsAreTheLabelledSpeakers() {
        let a = analyze(Self.interview)
        let lind = a.statements.filter { $0.actorID == a.actor(named: "Sara Lind")?.id }
        #expect(lind.count == 2)
        #expect(a.statements.contains { $0.text.hasPrefix("Not at all") })
        #expect(a.statements.contains { $0.actorID == a.actor(named: "Tom Reyes")?.id })
    }

    @Test("Labels that are no transcript open no turns", arguments: [
        // One speaker only.
        "Sara Lind spoke on Monday.\n\nLind: The floods are getting worse.\n\nLind: We will act.",
        // Places in a roundup.
        "News from the region.\n\nBrussels: The council met on Monday.\n\nBerlin: The mayor resigned on Monday.",
        // Kickers.
        "The council met.\n\nUpdate: The vote was delayed.\n\nCorrection: The vote was on Monday.",
    ])
    func noTurns(_ text: String) {
        let a = analyze(text)
        #expect(!a.statements.contains { $0.cue == ":" })
    }
}
