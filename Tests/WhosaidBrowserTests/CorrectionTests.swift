import Testing
import WhosaidBrowser
@testable import WhosaidModel

/// `R` gives the selected statement to another speaker, `M` merges the selected actor into
/// another; both apply at once and ask the runner to save them.
@Suite struct CorrectionTests {
    @Test func reassigningAStatementAppliesAndAsksToSave() throws {
        var s = run(Fixture.state(), .focus(.statements), .reassign)
        #expect(s.mode == .prompt)
        #expect(text(render(s)).contains(" Who said it: "))
        s = run(s, .edit(.deleteToStart))
        s = type(s, "Lia Moss")
        let id = try #require(s.statementID)
        s = run(s, .open)
        #expect(s.mode == .normal)
        #expect(s.analysis.actor(of: s.analysis.statements[id])?.name == "Lia Moss")
        guard case .saveCorrections(let saved) = s.effect else { Issue.record("no save effect"); return }
        #expect(saved.reassignments.map(\.speaker) == ["Lia Moss"])
        #expect(s.status?.text == "Statement given to Lia Moss")
    }

    @Test func mergingAnActorNeedsAnotherActorsName() throws {
        let start = run(Fixture.state(), .moveDown, .open)
        let actor = try #require(start.actorID)
        let name = start.analysis.actors[actor].name
        let other = try #require(start.analysis.actors.first { $0.name != name }).name
        var s = type(run(start, .focus(.list), .mergeActor), "Nobody Here")
        s = run(s, .open)
        #expect(s.mode == .prompt)
        #expect(s.status?.isError == true)
        s = type(run(s, .edit(.deleteToStart)), other)
        s = run(s, .open)
        #expect(s.mode == .normal)
        #expect(!s.analysis.actors.contains { $0.name == name })
        #expect(s.analysis.actors.first { $0.name == other }?.aliases.contains(name) == true)
        #expect(s.effect == .saveCorrections(s.corrections))
    }
}
