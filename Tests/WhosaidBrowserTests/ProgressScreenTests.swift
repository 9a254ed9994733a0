import Testing
import WhosaidBrowser

@Suite struct ProgressScreenTests {
    @Test func theProgressScreenNamesTheArticleItsSizeAndHowToQuit() {
        let screen = renderProgress(name: "big.txt", characters: 8_400_000, seconds: 3, size: Size(width: 44, height: 7))
        #expect(
            text(screen) == """

                         Analysing big.txt…
                 8.4 million characters, 3 s so far

                         q or Ctrl-C quits


            """)
        #expect(screen.styleLines[1] == ".............bbbbbbbbbbbbbbbbbb")
    }

    @Test func onATinyTerminalItWrapsInsteadOfBeingCut() {
        let screen = renderProgress(name: "a-long-article-name.txt", characters: 950, seconds: 12, size: Size(width: 20, height: 8))
        for line in screen.lines { #expect(DisplayWidth.of(line) <= 20) }
        let shown = screen.lines.joined(separator: " ")
        #expect(shown.contains("950 characters"))
        #expect(shown.contains("so far"))
        #expect(shown.contains("q or Ctrl-C quits"))
    }
}
