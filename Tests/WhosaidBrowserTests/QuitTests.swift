import Foundation
import Testing
import WhosaidBrowser

/// Quitting with marked statements that were never exported asks first.
@Suite struct QuitTests {
    @Test func withoutMarksQQuits() {
        #expect(run(Fixture.state(), .quit).shouldQuit)
    }

    @Test func withUnexportedMarksQAsksFirst() {
        let marked = run(Fixture.state(), .focus(.statements), .toggleMark, .moveDown, .toggleMark)
        let asked = run(marked, .quit)
        #expect(!asked.shouldQuit)
        #expect(asked.mode == .confirmQuit)
        #expect(render(asked).lines[22].hasPrefix(" 2 marked statements not exported. Quit anyway? (y/n)"))
        #expect(render(asked).lines[23] == " " + KeyTable.footer(for: .confirmQuit))
        #expect(KeyTable.action(for: .char("y"), in: asked) == .confirm(true))
        #expect(run(asked, .confirm(true)).shouldQuit)
        let stayed = run(asked, .confirm(false))
        #expect(!stayed.shouldQuit && stayed.mode == .normal)
        #expect(stayed.status?.text == "Not quitting; e exports the marked statements")
        // Clearing the marks makes q quit again.
        #expect(run(stayed, .clearMarks, .quit).shouldQuit)
    }

    @Test func onceTheMarksAreExportedQQuits() throws {
        let marked = run(Fixture.state(), .focus(.statements), .toggleMark, .export, .open)
        guard case .export(let ids, let path, _) = try #require(marked.effect) else { return }
        let written = run(marked, .exportFinished(.written(count: ids.count, path: path)))
        #expect(run(written, .quit).shouldQuit)
        // A new mark is not exported yet.
        #expect(run(written, .moveDown, .toggleMark, .quit).mode == .confirmQuit)
    }

    /// On a tiny terminal the question is asked on the "too small" screen.
    @Test func onATinyTerminalTheQuestionFitsTheMessage() {
        let marked = run(Fixture.state(), .focus(.statements), .toggleMark, .resize(Size(width: 30, height: 8)))
        let asked = run(marked, KeyTable.action(for: .char("q"), in: marked)!)
        #expect(asked.mode == .confirmQuit)
        #expect(text(render(asked)).contains("1 marked statement not"))
        #expect(KeyTable.action(for: .char("y"), in: asked) == .confirm(true))
        #expect(run(asked, .confirm(true)).shouldQuit)
    }
}
