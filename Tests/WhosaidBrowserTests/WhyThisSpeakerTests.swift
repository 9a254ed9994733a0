import Testing
import WhosaidBrowser
@testable import WhosaidModel

/// The statements pane says why a statement has its speaker when the cue alone does not: the
/// pronoun and the mention it was tied to, or the paragraph of the quote it continues.
@Suite struct WhyThisSpeakerTests {
    static let article = """
    Sen. Mary Lind questioned bank chief Tom Reyes on Tuesday.

    “You should resign,” Lind told Reyes. “You took the money.”

    “I did nothing wrong,” he said.
    """

    @Test func headingsShowThePronounsAntecedentAndTheContinuedQuote() {
        let analysis = Engine().analyze(text: Self.article)
        let screen = text(render(State(analysis: analysis, size: Size(width: 100, height: 24))))
        #expect(screen.contains("“ told ¶2 · Mary Lind"))
        #expect(screen.contains("“ no cue ¶2 · continues ¶2 · Mary Lind"))
        #expect(screen.contains("“ said ¶3 · he→Reyes · Tom Reyes"))
    }
}
