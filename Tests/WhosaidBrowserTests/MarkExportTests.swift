import Foundation
import Testing
import WhosaidBrowser
@testable import WhosaidModel

@Suite struct MarkExportTests {
    @Test func spaceMarksAndUnmarksTheSelectedStatement() {
        let s = run(Fixture.state(), .focus(.statements), .toggleMark, .moveDown, .toggleMark)
        #expect(s.marks == [0, 1])
        #expect(s.status?.text == "2 marked")
        #expect(run(s, .toggleMark).marks == [0])
    }

    @Test func marksShowInTheListAndTheStatusLine() {
        let s = run(Fixture.state(), .focus(.statements), .toggleMark)
        let screen = render(s)
        #expect(screen.lines[1].contains("│*“ said"))
        #expect(screen.lines[22].contains("1 marked"))
    }

    @Test func markAllListedAndClearMarks() {
        let s = run(Fixture.state(), .moveDown, .markAllListed)
        #expect(s.marks == [0, 1])
        #expect(run(s, .clearMarks).marks.isEmpty)
    }

    @Test func exportPromptsWithTheDefaultNameForMarkedStatements() {
        let s = run(Fixture.state(), .focus(.statements), .toggleMark, .export)
        #expect(s.mode == .prompt)
        #expect(s.prompt?.line.text == "harbour-statements.md")
        #expect(s.prompt?.purpose == .export(statementIDs: [0]))
        #expect(render(s).lines[22].contains("Export 1 statement to: harbour-statements.md█"))
    }

    @Test func withoutMarksExportTakesTheListedStatements() {
        let s = run(Fixture.state(), .moveDown, .export)
        #expect(s.prompt?.purpose == .export(statementIDs: [0, 1]))
    }

    @Test func enterAsksTheRunnerToWriteWithoutOverwriting() {
        var s = run(Fixture.state(), .export)
        s = run(s, .deleteBackward, .deleteBackward)
        s = type(s, "txt")
        s = run(s, .open)
        #expect(s.mode == .normal)
        #expect(s.effect == .export(statementIDs: [0, 1, 2, 3], path: "harbour-statements.txt", overwrite: false))
        // The effect is reported once: the next action clears it.
        #expect(run(s, .moveDown).effect == nil)
    }

    @Test func escapeCancelsThePrompt() {
        let s = run(Fixture.state(), .export, .back)
        #expect(s.mode == .normal)
        #expect(s.effect == nil)
        #expect(s.status?.text == "Export cancelled")
    }

    @Test func anExistingFileNeedsAYes() {
        let asked = run(Fixture.state(), .export, .open, .exportFinished(.exists(path: "harbour-statements.md")))
        #expect(asked.mode == .confirm)
        #expect(render(asked).lines[22].contains("harbour-statements.md exists. Overwrite? (y/n)"))
        let yes = run(asked, .confirm(true))
        #expect(yes.effect == .export(statementIDs: [0, 1, 2, 3], path: "harbour-statements.md", overwrite: true))
        let no = run(asked, .confirm(false))
        #expect(no.effect == nil)
        #expect(no.mode == .prompt)
        // Back to the prompt as it was: the name typed and the statements to export.
        #expect(no.prompt == Prompt(.export(statementIDs: [0, 1, 2, 3]), text: "harbour-statements.md"))
        #expect(run(no, .open).effect == .export(statementIDs: [0, 1, 2, 3], path: "harbour-statements.md", overwrite: false))
    }

    @Test func theOutcomeGoesToTheStatusLine() {
        let done = run(Fixture.state(), .exportFinished(.written(count: 2, path: "out.md")))
        #expect(done.status == StatusMessage("Exported 2 statements to out.md"))
        let failed = run(Fixture.state(), .exportFinished(.failed("nope/x.md: directory nope does not exist")))
        #expect(failed.status?.isError == true)
        #expect(render(failed).lines[22].hasPrefix(" nope/x.md: directory nope does not exist"))
    }

    @Test func nothingToExportIsAnError() {
        var analysis = Fixture.analysis
        analysis.statements = []
        analysis.actors = []
        let s = run(State(analysis: analysis, size: Size(width: 80, height: 24)), .export)
        #expect(s.mode == .normal)
        #expect(s.status == StatusMessage("Nothing to export", isError: true))
    }
}
